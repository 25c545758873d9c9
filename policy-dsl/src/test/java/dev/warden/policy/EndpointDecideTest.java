package dev.warden.policy;

import static dev.warden.policy.Policies.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Endpoint declarations: URL patterns on the normalised URL, methods, http.* conditions. */
class EndpointDecideTest {
    private static final String INGEST = "svc-ingest@warden.test";

    private static final String ENDPOINTS = Policies.DECLARATIONS + """
        endpoint embeddings {
            url    "https://api.embed.example/v1/**"
            method [POST]
        }
        endpoint admin {
            url "https://api.embed.example/admin/**"
            url "https://api.embed.example/admin"
        }
        endpoint any_internal {
            url "https://*.internal.example/**"
        }
        permit ingest_may_embed {
            principal ingest
            endpoint  [embeddings, any_internal]
        }
        forbid nobody_calls_admin {
            principal any
            endpoint  admin
        }
        """;

    private static final PolicySet POLICY = Policies.compile(ENDPOINTS);

    @Test
    void permittedEndpointWithItsMethod() {
        Decision d = POLICY.decide(http(INGEST, "POST", "https://API.embed.example:443/v1/embeddings"));
        assertEquals(List.of("ingest_may_embed"), d.ruleIds());
        assertTrue(d.permitted());
    }

    @Test
    void otherMethodIsNotTheEndpointAndIsDeniedByDefault() {
        Decision d = POLICY.decide(http(INGEST, "GET", "https://api.embed.example/v1/embeddings"));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of(), d.ruleIds());
        assertEquals("no rule permits subject 'svc-ingest@warden.test' of issuer 'https://issuer.warden.test' to send "
            + "GET https://api.embed.example/v1/embeddings", d.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://api.embed.example/v1/../admin/users",
        "https://api.embed.example/v1/%2e%2e/admin/users",
        "https://api.embed.example/v1/..;/admin/users",
        "https://api.embed.example//admin/users",
        "https://api.embed.example/v1/./../admin",
        "https://API.EMBED.EXAMPLE./admin/users",
        "https://x@api.embed.example/admin/users",
    })
    void pathTricksCannotSlipPastAForbid(String url) {
        Decision d = POLICY.decide(http(INGEST, "POST", url));
        assertEquals(List.of("nobody_calls_admin"), d.ruleIds(), d::reason);
        assertEquals(Effect.DENY, d.effect());
    }

    @Test
    void encodedSlashIsNotASeparator() {
        // %2F keeps "v1/a%2Fb" one segment below /v1/, never a path into /admin
        assertTrue(POLICY.decide(http(INGEST, "POST", "https://api.embed.example/v1/a%2Fb")).permitted());
        assertEquals(Effect.DENY, POLICY.decide(http(INGEST, "POST", "https://api.embed.example/v1%2F..%2Fadmin")).effect());
    }

    @Test
    void otherSchemeOrPortIsAnotherEndpoint() {
        assertEquals(Effect.DENY, POLICY.decide(http(INGEST, "POST", "http://api.embed.example/v1/x")).effect());
        assertEquals(Effect.DENY, POLICY.decide(http(INGEST, "POST", "https://api.embed.example:8443/v1/x")).effect());
    }

    @Test
    void hostGlobMatchesOneLabel() {
        assertTrue(POLICY.decide(http(INGEST, "GET", "https://svc.internal.example/x")).permitted());
        assertFalse(POLICY.decide(http(INGEST, "GET", "https://a.b.internal.example/x")).permitted());
        assertFalse(POLICY.decide(http(INGEST, "GET", "https://internal.example/x")).permitted());
        assertFalse(POLICY.decide(http(INGEST, "GET", "https://svc.internal.example.evil/x")).permitted());
    }

    @Test
    void rulesForEntryPointsDoNotApplyToEndpoints() {
        PolicySet policy = Policies.compile(ENDPOINTS + "permit all_calls {\n    principal any\n    call any\n}\n");
        assertEquals(Effect.DENY, policy.decide(http(INGEST, "GET", "https://other.example/")).effect());
        assertTrue(policy.decide(Policies.request(INGEST)).permitted());
    }

    @Test
    void httpFactsAndHeadersAreConditions() {
        PolicySet policy = Policies.compile(ENDPOINTS + """
            permit small_json_posts {
                principal reporting
                endpoint  any
                when      http.method in ["POST", "PUT"] and payload.size <= 1000
                when      http.header.content_type == "application/json"
                unless    http.path matches "/v1/internal/.*"
                when      http.host == "api.embed.example"
            }
            """);
        Principal reporting = Policies.principal("svc-reporting@warden.test");
        Request ok = new Request(reporting, HttpCall.of("post", "https://api.embed.example/v1/x",
            Map.of("Content-Type", "application/json")), Map.of("payload.size", 10L), Instant.EPOCH);
        assertEquals(List.of("small_json_posts"), policy.decide(ok).ruleIds());
        Request internal = new Request(reporting, HttpCall.of("POST", "https://api.embed.example/v1/internal/y",
            Map.of("content-type", "application/json")), Map.of("payload.size", 10L), Instant.EPOCH);
        assertFalse(policy.decide(internal).permitted());
        Request noHeader = new Request(reporting, HttpCall.of("POST", "https://api.embed.example/v1/x", Map.of()),
            Map.of("payload.size", 10L), Instant.EPOCH);
        Decision d = policy.decide(noHeader);
        assertFalse(d.permitted());
        assertTrue(d.reason().contains("http.header.content_type (header 'content-type') is missing"), d.reason());
    }
}
