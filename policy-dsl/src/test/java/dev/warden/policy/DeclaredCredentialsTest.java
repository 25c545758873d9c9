package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PolicySet#credentials()}: what the agent checks it can read when a set loads. */
class DeclaredCredentialsTest {

    private static final String POLICY = """
        endpoint embeddings {
            url "https://api.embeddings.example/v1/*"
        }

        credential zeta_key {
            source  file "/var/run/secrets/zeta/key"
            only_to [embeddings]
        }

        credential alpha_key {
            source  env "ALPHA_API_KEY"
            only_to [embeddings]
        }
        """;

    @Test
    void everyDeclaredCredentialIsListedByNameInNameOrderWithItsSource() throws PolicyException {
        PolicySet set = PolicyLoader.parse("secrets.policy", POLICY);

        assertEquals(List.of("alpha_key", "zeta_key"), List.copyOf(set.credentials().keySet()));
        assertEquals(new CredentialSource(CredentialSource.Kind.ENV, "ALPHA_API_KEY"), set.credentials().get("alpha_key"));
        assertEquals(new CredentialSource(CredentialSource.Kind.FILE, "/var/run/secrets/zeta/key"), set.credentials().get("zeta_key"));
    }

    @Test
    void aSetWithoutCredentialDeclarationsAndTheDenyAllSetListNone() throws PolicyException {
        PolicySet none = PolicyLoader.parse("plain.policy", "endpoint e {\n    url \"https://x.example/*\"\n}\n");

        assertEquals(Map.of(), none.credentials());
        assertEquals(Map.of(), PolicySet.denyAll("no policy").credentials());
    }
}
