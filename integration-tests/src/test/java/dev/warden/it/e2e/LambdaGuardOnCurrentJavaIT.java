package dev.warden.it.e2e;

import dev.warden.it.fork.JavaCommand;
import java.util.Optional;

/** {@link LambdaGuardSuite} on the JDK running the build (Java 17 in CI). */
class LambdaGuardOnCurrentJavaIT extends LambdaGuardSuite {

    @Override
    Optional<JavaCommand> java() {
        return Optional.of(JavaCommand.current());
    }

    @Override
    String whyMissing() {
        return "";
    }
}
