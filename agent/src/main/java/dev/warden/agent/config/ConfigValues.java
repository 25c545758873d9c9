package dev.warden.agent.config;

import dev.warden.agent.identity.JwsAlgorithms;
import dev.warden.agent.log.WardenLog;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns raw setting text into typed values; every error names the value, its source and what is allowed. */
final class ConfigValues {

    static final int MAX_CLOCK_SKEW_SECONDS = 300;
    static final long MIN_DEBOUNCE_MS = 10;
    static final long MAX_DEBOUNCE_MS = 60_000;

    private ConfigValues() {
    }

    static List<Path> paths(RawValue raw) {
        List<Path> out = new ArrayList<>();
        for (String part : raw.value().split("[," + File.pathSeparator + "]")) {
            if (!part.isBlank()) {
                out.add(path(new RawValue(part.trim(), raw.source())));
            }
        }
        if (out.isEmpty()) {
            throw invalid(raw, "one or more policy files or directories, separated by ',' or '" + File.pathSeparator + "'");
        }
        return out;
    }

    static Path path(RawValue raw) {
        try {
            return Path.of(nonBlank(raw, "a file path"));
        } catch (InvalidPathException e) {
            throw invalid(raw, "a valid file path (" + e.getReason() + ")");
        }
    }

    static String nonBlank(RawValue raw, String allowed) {
        if (raw.value().isBlank()) {
            throw invalid(raw, allowed);
        }
        return raw.value();
    }

    static WardenConfig.Mode mode(RawValue raw) {
        return switch (raw.value().toLowerCase(Locale.ROOT)) {
            case "enforce" -> WardenConfig.Mode.ENFORCE;
            case "monitor" -> WardenConfig.Mode.MONITOR;
            default -> throw invalid(raw, "enforce, monitor");
        };
    }

    static WardenLog.Level logLevel(RawValue raw) {
        for (WardenLog.Level level : WardenLog.Level.values()) {
            if (level.name().equalsIgnoreCase(raw.value())) {
                return level;
            }
        }
        throw invalid(raw, "debug, info, warn, error, off");
    }

    /** Whole seconds, optionally suffixed {@code s}: {@code 30} or {@code 30s}. */
    static Duration clockSkew(RawValue raw) {
        String text = raw.value().endsWith("s") ? raw.value().substring(0, raw.value().length() - 1) : raw.value();
        String allowed = "a whole number of seconds from 0 to " + MAX_CLOCK_SKEW_SECONDS
                + " (RFC 7519 allows a few minutes of leeway at most)";
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds < 0 || seconds > MAX_CLOCK_SKEW_SECONDS) {
                throw invalid(raw, allowed);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw invalid(raw, allowed);
        }
    }

    static boolean onOff(RawValue raw) {
        return switch (raw.value().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw invalid(raw, "on, off (or true, false)");
        };
    }

    /** Milliseconds: {@code 300}, {@code 300ms} or whole seconds {@code 2s}, from 10 ms to 60 s. */
    static Duration debounce(RawValue raw) {
        String text = raw.value().toLowerCase(Locale.ROOT);
        String allowed = "a whole number of milliseconds from " + MIN_DEBOUNCE_MS + " to " + MAX_DEBOUNCE_MS
                + " (e.g. 300 or 300ms), or of seconds with an s suffix (e.g. 2s)";
        long unit = 1;
        if (text.endsWith("ms")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("s")) {
            text = text.substring(0, text.length() - 1);
            unit = 1000;
        }
        try {
            long millis = Math.multiplyExact(Long.parseLong(text.trim()), unit);
            if (millis < MIN_DEBOUNCE_MS || millis > MAX_DEBOUNCE_MS) {
                throw invalid(raw, allowed);
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(raw, allowed);
        }
    }

    /** A comma-separated allow-list; names are case-sensitive, as in the JWS header. */
    static Set<String> algorithms(RawValue raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.value().split(",")) {
            String alg = part.trim();
            if (alg.isEmpty()) {
                continue;
            }
            if (alg.equalsIgnoreCase("none")) {
                throw new ConfigException("Algorithm '" + alg + "' (" + raw.source() + ") is refused: unsigned tokens "
                        + "are never accepted. Allowed values: " + JwsAlgorithms.supported());
            }
            if (alg.toUpperCase(Locale.ROOT).startsWith("HS")) {
                throw new ConfigException("Algorithm '" + alg + "' (" + raw.source() + ") is refused: HMAC needs a "
                        + "shared secret and invites RSA-key/HMAC confusion; use the issuer's asymmetric keys. Allowed values: "
                        + JwsAlgorithms.supported());
            }
            if (!JwsAlgorithms.isSupported(alg)) {
                throw invalid(new RawValue(alg, raw.source()), String.join(", ", JwsAlgorithms.supported())
                        + " (case-sensitive)");
            }
            out.add(alg);
        }
        if (out.isEmpty()) {
            throw invalid(raw, "a comma-separated list of " + String.join(", ", JwsAlgorithms.supported()));
        }
        return out;
    }

    static ConfigException invalid(RawValue raw, String allowed) {
        return new ConfigException("Invalid value '" + raw.value() + "' for " + raw.source() + ". Allowed: " + allowed + ".");
    }
}
