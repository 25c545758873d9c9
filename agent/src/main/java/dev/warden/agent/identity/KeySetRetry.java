package dev.warden.agent.identity;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.runtime.FileStamp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The verifier while the JWKS file has not yet been read: a file that is missing or broken at start
 * (mounted late, being rotated, a typo fixed by an operator) must not refuse every token until a
 * restart. Until the file reads, every token is refused with {@code keys_unavailable}; the file is
 * tried again when it changes (a {@code stat} per token, only while it is unreadable) and at least
 * every {@link #RETRY}. Once it reads, the real verifier takes over for good (it has its own refresh).
 */
final class KeySetRetry implements TokenVerifier {

    static final Duration RETRY = Duration.ofSeconds(30);

    private final Path file;
    private final Function<JwksSource, TokenVerifier> verifierOver;
    private final Clock clock;
    private volatile TokenVerifier ready;
    private volatile Attempt last;
    private final ReentrantLock retrying = new ReentrantLock();

    /** When the file was last tried, how it looked then, and why it failed. */
    private record Attempt(Instant at, FileStamp stamp, String problem) {
    }

    /**
     * @param firstProblem why the first read, at start, failed
     * @param verifierOver builds the real verifier once the key set reads
     */
    KeySetRetry(Path file, String firstProblem, Function<JwksSource, TokenVerifier> verifierOver, Clock clock) {
        this.file = file;
        this.verifierOver = verifierOver;
        this.clock = clock;
        this.last = new Attempt(clock.instant(), FileStamp.ofOrNull(file), firstProblem);
    }

    @Override
    public VerifiedToken verify(String bearerToken) throws TokenRejectedException {
        TokenVerifier verifier = ready != null ? ready : retryIfDue();
        if (verifier == null) {
            throw RejectReason.KEYS_UNAVAILABLE.reject(TokenFingerprint.of(bearerToken == null ? "" : bearerToken),
                "the issuer's key set cannot be read: " + last.problem());
        }
        return verifier.verify(bearerToken);
    }

    private TokenVerifier retryIfDue() {
        if (!retrying.tryLock()) {
            return ready; // another request is reading the file: refuse this one rather than queue behind it
        }
        try {
            return retryIfDueLocked();
        } finally {
            retrying.unlock();
        }
    }

    private TokenVerifier retryIfDueLocked() {
        Attempt seen = last;
        FileStamp stamp = FileStamp.ofOrNull(file);
        if (ready != null || (Objects.equals(stamp, seen.stamp()) && clock.instant().isBefore(seen.at().plus(RETRY)))) {
            return ready;
        }
        try {
            ready = verifierOver.apply(new JwksFileSource(file, JwksFileSource.DEFAULT_REFRESH, clock));
            WardenLog.info("JWKS file " + file.toAbsolutePath() + " read: bearer tokens are verified from now on");
        } catch (ConfigException e) {
            if (!e.getMessage().equals(seen.problem())) {
                WardenLog.warn(e.getMessage() + " Every bearer token is still refused (keys_unavailable).");
            }
            last = new Attempt(clock.instant(), stamp, e.getMessage());
        }
        return ready;
    }
}
