package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of identity/jwt.jsonl (a copy of shared/cases/jwt.jsonl, ids kept), built into real
 * tokens and verified by the real verifier. Where a case's text names variants ("repeat with alg
 * 'None' and 'nOnE'"), each variant is a token of its own and each must reach the case's decision.
 */
class JwtCasesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws IOException {
        try (var in = JwtCasesTest.class.getResourceAsStream("/identity/jwt.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).map(JwtCasesTest::parse)
                    .map(n -> Arguments.of(n.get("id").asText(), n)).toList().stream();
        }
    }

    @Test
    void everyCaseFileLineIsRun() throws IOException {
        List<String> ids = cases().map(a -> (String) a.get()[0]).toList();
        assertEquals(15, ids.size(), ids.toString());
        assertEquals(15, Set.copyOf(ids).size(), "case ids are unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifierReachesTheCaseDecision(String id, JsonNode node) throws Exception {
        JwtCase c = new JwtCase(node, dir);
        Map<String, Object> outcomes = attempts(c);
        assertFalse(outcomes.isEmpty());
        outcomes.forEach((variant, outcome) -> judge(c, variant, outcome));
    }

    private static void judge(JwtCase c, String variant, Object outcome) {
        String where = c.id() + " [" + variant + "]";
        if (c.id().startsWith("jwt-027") && outcome instanceof VerifiedToken t) {
            // Lenient: acceptable only if the effective subject is the lexically last one.
            assertEquals("svc-ingest@example.com", t.subject(), where);
            return;
        }
        if (c.expectedDecision().equals("accept")) {
            if (outcome instanceof TokenRejectedException e) {
                fail(where + " should be accepted, was rejected: " + e.reason() + ": " + e.getMessage());
            }
            assertEquals("https://issuer.example.com", ((VerifiedToken) outcome).issuer(), where);
        } else {
            assertTrue(outcome instanceof TokenRejectedException, where + " should be rejected, was accepted");
            TokenRejectedException e = (TokenRejectedException) outcome;
            assertTrue(e.fingerprint().matches("sha256:[0-9a-f]{16}"), where);
            assertEquals(expectedReason(c.id(), variant), e.reason(), where + ": " + e.getMessage());
        }
    }

    /** The reject cases must fail for the reason the case is about, not by accident. */
    private static String expectedReason(String id, String variant) {
        if (variant.equals("PS256 allowed, key declared RS256")) {
            return "key_mismatch";
        }
        return switch (id.substring(0, 7)) {
            case "jwt-003", "jwt-007", "jwt-025" -> "unsupported_alg";
            case "jwt-005" -> "embedded_key";
            case "jwt-009" -> "expired";
            case "jwt-011" -> "not_yet_valid";
            case "jwt-015" -> "wrong_audience";
            case "jwt-017" -> "unsupported_header";
            case "jwt-019" -> "bad_signature";
            case "jwt-023" -> "unknown_key";
            case "jwt-027" -> "malformed";
            case "jwt-029" -> "too_large";
            default -> throw new AssertionError("no expected reason recorded for " + id);
        };
    }

    /** variant label -> VerifiedToken or TokenRejectedException. */
    private Map<String, Object> attempts(JwtCase c) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        ObjectNode header = c.header();
        String payload = c.payloadJson();
        switch (c.id()) {
            case "jwt-003-alg-none-case-variants" -> {
                JwksTokenVerifier v = c.verifier();
                for (String alg : List.of("NONE", "None", "nOnE", "none")) {
                    out.put("alg " + alg, run(v, c.token(header.put("alg", alg), payload)));
                    // The same header with a genuine K1 RS256 signature attached is still alg none.
                    out.put("alg " + alg + " + K1 signature",
                            run(v, TokenForge.token(header.toString(), payload, TokenForge.jws("RS256", TestKeys.K1))));
                }
            }
            case "jwt-017-unknown-crit-extension" -> {
                JwksTokenVerifier v = c.verifier();
                out.put("crit unknown extension", run(v, c.token(header, payload)));
                ObjectNode empty = c.header();
                empty.remove("https://example.com/ext/bind");
                empty.set("crit", JwtCase.array());
                out.put("crit []", run(v, c.token(empty, payload)));
                ObjectNode b64 = c.header();
                b64.remove("https://example.com/ext/bind");
                b64.set("crit", JwtCase.array("b64"));
                b64.put("b64", false);
                out.put("crit [b64], b64 false", run(v, c.token(b64, payload)));
            }
            case "jwt-019-payload-tampered" -> {
                ObjectNode baselinePayload = c.input().get("payload").deepCopy();
                baselinePayload.put("sub", "svc-ingest@example.com");
                String genuine = c.token(header, c.payloadJson(baselinePayload));
                String[] parts = genuine.split("\\.");
                String forged = parts[0] + "." + TokenForge.b64(payload) + "." + parts[2];
                JwksTokenVerifier v = c.verifier();
                assertTrue(run(v, genuine) instanceof VerifiedToken, "the untampered baseline verifies");
                out.put("payload swapped", run(v, forged));
            }
            case "jwt-021-rotation-new-kid" -> {
                Path jwks = dir.resolve("rotating.json");
                JwksTokenVerifier v = c.verifierTrusting(jwks, TestKeys.K1);
                String warmUp = TokenForge.token(header.deepCopy().put("kid", "rsa-2025-01").toString(), payload,
                        TokenForge.jws("RS256", TestKeys.K1));
                assertTrue(run(v, warmUp) instanceof VerifiedToken, "warm-up with K1 verifies");
                TestKeys.writeJwks(jwks, TestKeys.K1, TestKeys.K3); // the issuer publishes K3
                out.put("signed by newly published K3", run(v, c.token(header, payload)));
            }
            case "jwt-023-key-removed-from-jwks" -> {
                Path jwks = dir.resolve("rotating.json");
                JwksTokenVerifier v = c.verifierTrusting(jwks, TestKeys.K1);
                String token = c.token(header, payload);
                assertTrue(run(v, token) instanceof VerifiedToken, "accepted while K1 is published (and now cached)");
                TestKeys.writeJwks(jwks, TestKeys.K3); // K1 withdrawn
                c.clock.advance(JwksFileSource.DEFAULT_REFRESH.plusSeconds(1));
                out.put("K1 token after K1 withdrawn and refresh interval passed", run(v, token));
            }
            case "jwt-025-alg-differs-from-jwk-alg" -> {
                out.put("PS256 not allowed", run(c.verifier(), c.token(header, payload)));
                // Even with PS256 allowed, K1 is declared for RS256 only (RFC 7517 4.4).
                Path jwks = dir.resolve("ps.json");
                TestKeys.writeJwks(jwks, TestKeys.K1);
                VerifierSettings s = c.settings();
                JwksTokenVerifier lax = new JwksTokenVerifier(new JwksFileSource(jwks), new VerifierSettings(
                        s.issuer(), s.audience(), s.clockSkew(), Set.of("RS256", "PS256", "ES256")), c.clock);
                out.put("PS256 allowed, key declared RS256", run(lax, c.token(header, payload)));
            }
            default -> out.put("as written", run(c.verifier(), c.token(header, payload)));
        }
        return out;
    }

    static Object run(TokenVerifier verifier, String token) {
        try {
            return verifier.verify(token);
        } catch (TokenRejectedException e) {
            assertFalse(!token.isEmpty() && e.getMessage().contains(token), "message never contains the token");
            return e;
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JwtCase.JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("bad line in jwt.jsonl: " + e.getMessage(), e);
        }
    }

}
