package dev.warden.agent.policytest;

import dev.warden.policy.testing.PolicyTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .policytest} file.
 *
 * @param path where it was read from
 * @param policy the policy set its {@code "policy"} names, resolved against the file's directory;
 *     empty when it names none
 * @param tests its tests, in file order
 */
public record TestFile(Path path, List<Path> policy, List<PolicyTest> tests) {

    public TestFile {
        policy = List.copyOf(policy);
        tests = List.copyOf(tests);
    }

    public Optional<PolicyTest> test(String name) {
        return tests.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
