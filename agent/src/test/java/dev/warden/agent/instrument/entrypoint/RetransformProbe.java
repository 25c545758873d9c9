package dev.warden.agent.instrument.entrypoint;

import dev.warden.agent.instrument.Instrumenter;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.bootstrap.Dispatcher;
import dev.warden.bootstrap.WardenHooks;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import dev.warden.testapp.Farewell;
import dev.warden.testapp.Greeter;
import dev.warden.testapp.Later;
import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Runs in a JVM started with {@code -javaagent:byte-buddy-agent.jar} (for an {@link Instrumentation}):
 * installs Warden's instrumentation as premain does, with a policy naming {@code Greeter#hello},
 * calls the test app, reloads to a policy naming {@code Farewell#bye} and {@code Later#run} instead,
 * follows it, and calls again. Prints which methods reached the enter hook in each phase.
 */
public final class RetransformProbe {

    private RetransformProbe() {
    }

    static String policyNaming(String... methods) {
        StringBuilder text = new StringBuilder("""
            identity anyone {
                issuer  "https://issuer.warden.test"
                subject "*"
            }
            entrypoint guarded {
            """);
        for (String method : methods) {
            text.append("    method \"").append(method).append("\"\n");
        }
        return text.append("""
            }
            permit anyone_may {
                principal anyone
                call      guarded
            }
            """).toString();
    }

    /** Counts enter hooks per {@code Class#method}; lets every call run. */
    static final class CountingDispatcher implements Dispatcher {
        final Map<String, Integer> entered = new TreeMap<>();

        @Override
        public synchronized Object enterEntryPoint(Class<?> declaringType, String methodSignature, Object[] arguments) {
            entered.merge(declaringType.getSimpleName() + "#" + methodSignature.substring(0, methodSignature.indexOf('(')), 1, Integer::sum);
            return Boolean.TRUE;
        }

        @Override
        public void exitEntryPoint(Object scope, Throwable thrown) {
        }

        @Override
        public int enterInbound(String method, String path, String authorization) {
            return 0;
        }

        @Override
        public void exitInbound(Throwable thrown) {
        }

        @Override
        public <T> T runAs(String bearerToken, Callable<T> work) throws Exception {
            return work.call();
        }

        synchronized String takeCounts() {
            String counts = entered.toString();
            entered.clear();
            return counts;
        }
    }

    public static void main(String[] args) throws Exception {
        WardenLog.setThreshold(WardenLog.Level.INFO);
        Instrumentation instrumentation = ByteBuddyAgent.getInstrumentation();
        CountingDispatcher hooks = new CountingDispatcher();
        WardenHooks.install(hooks);
        PolicySet first = PolicyLoader.parse("first.policy", policyNaming("dev.warden.testapp.Greeter#hello"));
        PolicySet second = PolicyLoader.parse("second.policy",
            policyNaming("dev.warden.testapp.Farewell#bye", "dev.warden.testapp.Later#run"));
        PolicyHolder policy = new PolicyHolder(first);
        Instrumenter.install(instrumentation, new EntryPointInstrumentation(policy), false, false);

        new Greeter().hello("a");
        new Farewell().bye("a");
        System.out.println("first " + hooks.takeCounts());

        policy.replace(first, second);
        new EntryPointRetransformer(instrumentation).follow(first, second);
        new Greeter().hello("a");
        new Farewell().bye("a");
        new Later().run("a");
        System.out.println("second " + hooks.takeCounts());
    }
}
