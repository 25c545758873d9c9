package dev.warden.it.bench.jmh;

import dev.warden.policy.Decision;
import dev.warden.policy.PolicyException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code PolicySet.decide} over generated policies of 10, 200 and 2,000 rules
 * ({@link PolicyGenerator}), each call on the next of 1,024 varied requests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecideBenchmark {

    private static final int REQUESTS = 1024; // a power of two: the next one is picked with a mask
    private static final long SEED = 4_2024L;

    @Param({"10", "200", "2000"})
    public int rules;

    private PolicySet policy;
    private Request[] requests;
    private int next;

    @Setup(Level.Trial)
    public void compile() throws PolicyException {
        PolicyGenerator.Generated generated = PolicyGenerator.generate(rules, REQUESTS, SEED);
        policy = PolicyLoader.parse("generated-" + rules + ".policy", generated.text());
        requests = generated.requests().toArray(new Request[0]);
        int permits = 0;
        int forbids = 0;
        int defaults = 0;
        for (Request r : requests) {
            Decision d = policy.decide(r);
            if (d.permitted()) {
                permits++;
            } else if (d.ruleIds().isEmpty()) {
                defaults++;
            } else {
                forbids++;
            }
        }
        new PolicyGenerator.Mix(permits, forbids, defaults).check(rules);
    }

    @Benchmark
    public Decision decide() {
        return policy.decide(requests[next++ & (REQUESTS - 1)]);
    }
}
