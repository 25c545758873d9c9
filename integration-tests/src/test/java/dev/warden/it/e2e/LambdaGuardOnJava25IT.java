package dev.warden.it.e2e;

import dev.warden.it.fork.JavaCommand;
import java.util.Optional;

/** {@link LambdaGuardSuite} on Java 25, where the machine has it. */
class LambdaGuardOnJava25IT extends LambdaGuardSuite {

    @Override
    Optional<JavaCommand> java() {
        return JavaCommand.java25();
    }

    @Override
    String whyMissing() {
        return "SKIPPED on this machine: no Java 25 at " + JavaCommand.JAVA_25_HOME + " (install Temurin 25 there to run this suite)";
    }
}
