package dev.warden.it.bench;

import java.util.List;

/** Medians and ranges of repeated whole-JVM runs. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The median, with the lowest and highest value when there is more than one. */
    static Figure medianWithRange(List<Double> values) {
        double median = median(values);
        if (values.size() == 1) {
            return Figure.of(median);
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return Figure.withRange(median, low, high);
    }
}
