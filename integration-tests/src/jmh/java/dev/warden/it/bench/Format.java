package dev.warden.it.bench;

import java.util.Locale;

/** Numbers as people read them in the results: three significant digits, thousands grouped. */
final class Format {

    private Format() {
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** {@code 1.23 ± 0.04}, {@code 812 (790–845)} or {@code 1.23}. */
    static String figure(Figure f) {
        if (f == null) {
            return "—";
        }
        if (f.hasError()) {
            return number(f.value()) + " ± " + number(f.error());
        }
        if (f.hasRange()) {
            return number(f.value()) + " (" + number(f.low()) + "–" + number(f.high()) + ")";
        }
        return number(f.value());
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.2f×", r);
    }

    static String signed(double v) {
        return Double.isNaN(v) ? "—" : (v >= 0 ? "+" : "") + number(v);
    }
}
