package dev.warden.policy.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Seed and number of tries of every fuzz property. The build runs a fixed seed, so a red build is
 * red again on every machine; jqwik prints the seed and the shrunk input of any failure. To explore
 * further than the build does, on Java 17 only ({@code surefire:test@default-test} skips the
 * second run on Java 25; {@code test-compile} first if the sources changed):
 *
 * <pre>mvn -B -o -pl policy-dsl surefire:test@default-test -Dtest='*Properties' -Dwarden.fuzz.seed=random -Dwarden.fuzz.tries=2000</pre>
 *
 * Tries differ in cost: one near-valid try splices all its mistakes, one generated-policy try
 * decides up to 20 requests. 2,000 tries of every property took two to three minutes on the
 * project's shared two-core machine. To replay a failure, pass the seed it printed:
 * {@code -Dwarden.fuzz.seed=-123456789}.
 */
public final class FuzzSettings implements AroundPropertyHook {

    /** The seed the build uses. Any long; changing it is a choice of which inputs the build tries. */
    static final String DEFAULT_SEED = "20260503";

    /** Registered on a class, it must reach the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("warden.fuzz.seed", DEFAULT_SEED).strip();
        if (!seed.equalsIgnoreCase("random") && context.attributes().seed().isEmpty()) {
            context.attributes().setSeed(seed);
        }
        Integer tries = Integer.getInteger("warden.fuzz.tries");
        if (tries != null) {
            context.attributes().setTries(tries);
        }
        return property.execute();
    }
}
