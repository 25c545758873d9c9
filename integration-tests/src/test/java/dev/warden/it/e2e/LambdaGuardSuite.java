package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.ProcessRun;
import dev.warden.it.fork.SampleService;
import dev.warden.it.fork.WardenCli;
import dev.warden.it.identity.Identities;
import dev.warden.it.identity.TokenIssuer;
import dev.warden.it.sample.RecordService;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Lambdas are hidden classes no transformer sees: {@link RecordService} has a lambda
 * {@code HttpHandler} and a lambda implementation of the interface the policy names, and both must
 * be guarded like classes. One service per class; each variant (a JDK) subclasses this suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LambdaGuardSuite {

    private static final String FETCH = "dev.warden.it.sample.RecordStore#fetch";
    private static final String POLICY = AgentWorkspace.examplePolicy() + """

        entrypoint read_records {
            method "%s"
        }

        permit ingest_may_read_records {
            principal ingest
            call      read_records
        }
        """.formatted(FETCH);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private AgentWorkspace workspace;
    private ForkedService service;

    /** The JVM to run the service in; empty (with a reason) to skip the suite visibly. */
    abstract Optional<JavaCommand> java();

    abstract String whyMissing();

    @BeforeAll
    void startService() throws Exception {
        Optional<JavaCommand> java = java();
        assumeTrue(java.isPresent(), this::whyMissing);
        workspace = AgentWorkspace.create(ItWork.freshDir(getClass().getSimpleName()), POLICY);
        service = ForkedService.start(java.get().agent(BuildLayout.agentJar(), workspace.options().with("policy_reload", "off").with("lambdas", "on"))
            .main(BuildLayout.sampleClasspath(), RecordService.class.getName(), "0"), SampleService.START_DEADLINE);
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private HttpResponse<String> fetch(String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri("/records?id=42")).timeout(Duration.ofSeconds(60)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer from the service: " + e + "\n" + ItWork.stderrOf(service).get(), e);
        }
    }

    private String describe(HttpResponse<String> response) {
        return response.statusCode() + " " + response.body() + "\n" + ItWork.stderrOf(service).get();
    }

    @Test
    void aLambdaHandlerRefusesAForgedTokenWith401() throws Exception {
        String forged = TokenIssuer.generate("warden-test-key").mint(Identities.INGEST, Duration.ofMinutes(10));

        HttpResponse<String> response = fetch(forged);

        assertEquals(401, response.statusCode(), () -> describe(response));
    }

    @Test
    void aLambdaHandlerVerifiesAPermittedTokenAndItsLambdaStoreRuns() throws Exception {
        HttpResponse<String> response = fetch(workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10)));

        assertEquals(200, response.statusCode(), () -> describe(response));
        assertEquals("record 42", new ObjectMapper().readTree(response.body()).path("record").asText(), response.body());
    }

    @Test
    void aLambdaImplementationOfANamedInterfaceIsDeniedAndJournaled() throws Exception {
        HttpResponse<String> response = fetch(workspace.issuer().mint(Identities.REPORTING, Duration.ofMinutes(10)));

        assertEquals(403, response.statusCode(), () -> describe(response));
        JsonNode denial = new ObjectMapper().readTree(response.body());
        assertEquals("WARDEN-DENY-DEFAULT", denial.path("code").asText(), response.body());
        ProcessRun.Result shown = new WardenCli(BuildLayout.agentJar())
            .run("replay", "show", denial.path("session").asText(), "--journal", workspace.journal().toString());
        assertEquals(0, shown.exitCode(), shown::describe);
        assertTrue(shown.stdout().contains("#fetch") && shown.stdout().contains("deny"), shown.stdout());
    }
}
