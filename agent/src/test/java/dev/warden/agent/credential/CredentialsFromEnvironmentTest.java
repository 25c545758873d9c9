package dev.warden.agent.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.warden.policy.CredentialSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsFromEnvironmentTest {

    private static final String SECRET = SecretFileTest.SECRET;
    private static final CredentialSource SOURCE = new CredentialSource(CredentialSource.Kind.ENV, "EMBEDDINGS_API_KEY");

    @Test
    void aSetVariableIsTheSecretAsIsWithoutStrippingAnything() {
        Credentials credentials = new Credentials(Map.of("EMBEDDINGS_API_KEY", SECRET + "\n", "OTHER", "x"));

        assertEquals(SECRET + "\n", SecretFileTest.text(credentials.secret("embeddings_key", SOURCE)));
    }

    @Test
    void anUnsetVariableIsAnErrorNamingTheCredentialAndTheVariable() {
        Credentials credentials = new Credentials(Map.of("EMBEDDINGS_API_KEYS", SECRET));

        CredentialException e = assertThrows(CredentialException.class, () -> credentials.secret("embeddings_key", SOURCE));

        assertEquals("credential embeddings_key: environment variable EMBEDDINGS_API_KEY is not set; "
            + "set it in the service's environment", e.getMessage());
    }

    @Test
    void anEmptyVariableIsAnError() {
        Credentials credentials = new Credentials(Map.of("EMBEDDINGS_API_KEY", ""));

        CredentialException e = assertThrows(CredentialException.class, () -> credentials.secret("embeddings_key", SOURCE));

        assertEquals("credential embeddings_key: environment variable EMBEDDINGS_API_KEY is empty", e.problem());
        assertFalse(e.getMessage().contains(SECRET));
    }
}
