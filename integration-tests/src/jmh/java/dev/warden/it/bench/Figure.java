package dev.warden.it.bench;

/**
 * One measured number, in its measure's unit, with how sure it is: a JMH error (half-width of the
 * 99.9% confidence interval of a mean or throughput), or the range over repeated whole-JVM runs.
 * NaN where not applicable (a percentile has neither).
 */
public record Figure(double value, double error, double low, double high) {

    public static Figure of(double value) {
        return new Figure(value, Double.NaN, Double.NaN, Double.NaN);
    }

    public static Figure withError(double value, double error) {
        return new Figure(value, error, Double.NaN, Double.NaN);
    }

    public static Figure withRange(double value, double low, double high) {
        return new Figure(value, Double.NaN, low, high);
    }

    public Figure {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a measured value must be a finite number, got " + value);
        }
    }

    public boolean hasError() {
        return Double.isFinite(error);
    }

    public boolean hasRange() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** The same figure scaled to another unit (e.g. ns to µs). */
    public Figure scaled(double factor) {
        return new Figure(value * factor, error * factor, low * factor, high * factor);
    }
}
