package dev.warden.it.bench.jmh;

import dev.warden.agent.identity.JwksFileSource;
import dev.warden.agent.identity.JwksTokenVerifier;
import dev.warden.agent.identity.TokenRejectedException;
import dev.warden.agent.identity.VerifiedToken;
import dev.warden.agent.identity.VerifierSettings;
import dev.warden.it.bench.TempDirectories;
import dev.warden.it.identity.Identities;
import dev.warden.it.identity.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The agent's JWT verification of RS256 tokens (RSA-2048, from the test issuer of the identity
 * kit) against a JWKS file. First sight: a token this verifier has never seen, so a full check
 * (parse, header rules, key lookup, signature, claims) and a cache insert. Repeat: the same token
 * again, answered from the verification cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JwtVerifyBenchmark {

    /** Distinct tokens; after the last one a fresh verifier (empty cache) starts over. */
    private static final int FRESH_TOKENS = 256;

    private Path dir;
    private JwksFileSource keys;
    private VerifierSettings settings;
    private String[] fresh;
    private int next;
    private JwksTokenVerifier firstSightVerifier;
    private String repeated;
    private JwksTokenVerifier repeatVerifier;

    @Setup(Level.Trial)
    public void issueTokens() throws TokenRejectedException {
        dir = TempDirectories.create("jwks");
        TokenIssuer issuer = TokenIssuer.generate("bench-key");
        keys = new JwksFileSource(issuer.writeJwks(dir.resolve("jwks.json")));
        settings = new VerifierSettings(Identities.ISSUER, Identities.AUDIENCE, Duration.ofSeconds(60), Set.of("RS256", "ES256"));
        fresh = new String[FRESH_TOKENS];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = issuer.mint(Identities.INGEST, Duration.ofHours(2));
        }
        firstSightVerifier = new JwksTokenVerifier(keys, settings);
        repeated = issuer.mint(Identities.INGEST, Duration.ofHours(2));
        repeatVerifier = new JwksTokenVerifier(keys, settings);
        repeatVerifier.verify(repeated);
    }

    @TearDown(Level.Trial)
    public void deleteKeys() {
        TempDirectories.delete(dir);
    }

    @Benchmark
    public VerifiedToken firstSight() throws TokenRejectedException {
        if (next == fresh.length) {
            firstSightVerifier = new JwksTokenVerifier(keys, settings); // amortised over 256 calls
            next = 0;
        }
        return firstSightVerifier.verify(fresh[next++]);
    }

    @Benchmark
    public VerifiedToken repeat() throws TokenRejectedException {
        return repeatVerifier.verify(repeated);
    }
}
