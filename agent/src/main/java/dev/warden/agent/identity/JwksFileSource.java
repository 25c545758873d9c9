package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWKSet;
import dev.warden.agent.config.ConfigException;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.runtime.FileStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keys from a JWKS file on disk. Re-read every {@code refreshInterval} (so a withdrawn key stops
 * verifying within that bound), and at once when a token names an unknown {@code kid} and the
 * file has changed (key rotation); unknown kids alone re-read at most every {@link #MIN_RELOAD}.
 */
public final class JwksFileSource implements JwksSource {

    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(5);
    static final Duration MIN_RELOAD = Duration.ofSeconds(30);

    private final Path file;
    private final Duration refreshInterval;
    private final Clock clock;
    private volatile Snapshot current;

    private record Snapshot(JWKSet keys, FileStamp stamp, Instant loadedAt) {
    }

    /** @throws ConfigException naming the file if it is missing, unreadable or not a usable JWKS */
    public JwksFileSource(Path file) {
        this(file, DEFAULT_REFRESH, Clock.systemUTC());
    }

    public JwksFileSource(Path file, Duration refreshInterval, Clock clock) {
        this.file = file;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
        this.current = load(null);
    }

    @Override
    public JWKSet keys() {
        Snapshot snap = current;
        if (!clock.instant().isBefore(snap.loadedAt().plus(refreshInterval))) {
            reload(snap);
        }
        return current.keys();
    }

    @Override
    public JWKSet keysAfterUnknownKid() {
        Snapshot snap = current;
        boolean stale = !clock.instant().isBefore(snap.loadedAt().plus(MIN_RELOAD));
        if (stale || !snap.stamp().equals(FileStamp.ofOrNull(file))) {
            reload(snap);
        }
        return current.keys();
    }

    private synchronized void reload(Snapshot seen) {
        if (current != seen) {
            return; // another thread reloaded meanwhile
        }
        try {
            Snapshot fresh = load(seen.keys());
            current = fresh;
        } catch (ConfigException e) {
            // Keep verifying with the last good keys rather than rejecting every caller; retry later.
            current = new Snapshot(seen.keys(), seen.stamp(), clock.instant());
            WardenLog.warn(e.getMessage() + " Keeping the previously loaded keys.");
        }
    }

    /** @param previous the keys in use; returned as-is when unchanged, so the verification cache stays warm */
    private Snapshot load(JWKSet previous) {
        String where = "JWKS file " + file.toAbsolutePath();
        Instant now = clock.instant();
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw new ConfigException(where + " is not a regular file. Set jwks to the issuer's JWKS file.");
            }
            if (attrs.size() > JwksParser.MAX_JWKS_CHARS * 4L) {
                throw new ConfigException(where + " is " + attrs.size() + " bytes; a JWKS is a few KiB.");
            }
            FileStamp stamp = FileStamp.of(attrs);
            JWKSet keys = JwksParser.parse(Files.readString(file, StandardCharsets.UTF_8), where);
            boolean same = previous != null && previous.toJSONObject().equals(keys.toJSONObject());
            return new Snapshot(same ? previous : keys, stamp, now);
        } catch (IOException e) {
            throw new ConfigException(where + " cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that jwks names an existing, readable file.");
        }
    }

    @Override
    public String toString() {
        return "JWKS file " + file;
    }
}
