package dev.warden.agent.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCheckTest {

    @TempDir
    Path dir;

    private PolicySet policy(Path present, Path absent) throws Exception {
        return PolicyLoader.parse("secrets.policy", """
            endpoint embeddings {
                url "https://api.embeddings.example/v1/*"
            }
            credential embeddings_key {
                source  env "EMBEDDINGS_API_KEY"
                only_to [embeddings]
            }
            credential vector_key {
                source  env "VECTOR_API_KEY"
                only_to [embeddings]
            }
            credential mounted_key {
                source  file "%s"
                only_to [embeddings]
            }
            credential another_key {
                source  file "%s"
                only_to [embeddings]
            }
            """.formatted(present, absent));
    }

    @Test
    void eachCredentialThatCannotBeReadNowIsOneLineInNameOrderNamingItsSourceNeverAValue() throws Exception {
        Path present = Files.writeString(dir.resolve("mounted"), SecretFileTest.SECRET + "\n");
        Path absent = dir.resolve("absent");
        Credentials credentials = new Credentials(Map.of("VECTOR_API_KEY", SecretFileTest.SECRET));

        List<String> problems = CredentialCheck.problems(policy(present, absent), credentials);

        assertEquals(List.of(
            "credential another_key: file " + absent + " does not exist; inject rules that use it will deny the call; "
                + "provide the file, readable by the service's user",
            "credential embeddings_key: environment variable EMBEDDINGS_API_KEY is not set; "
                + "inject rules that use it will deny the call; set it in the service's environment"), problems);
    }

    @Test
    void aPolicyWhoseCredentialsAreAllReadableOrThatDeclaresNoneHasNoProblem() throws Exception {
        Path present = Files.writeString(dir.resolve("mounted"), "k");
        Credentials credentials = new Credentials(Map.of("VECTOR_API_KEY", "v", "EMBEDDINGS_API_KEY", "e"));

        assertEquals(List.of(), CredentialCheck.problems(policy(present, present), credentials));
        assertEquals(List.of(), CredentialCheck.problems(PolicySet.denyAll("none"), new Credentials(Map.of())));
    }
}
