package dev.warden.policy;

import static dev.warden.policy.Policies.http;
import static dev.warden.policy.Policies.select;
import static dev.warden.policy.Policies.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** mask and inject rules: what a permitted request must carry, and when an obligation denies instead. */
class ObligationsTest {
    private static final String INGEST = "svc-ingest@warden.test";
    private static final String EMBED = "https://api.embed.example/v1/embeddings";

    private static final String BASE = Policies.DECLARATIONS + """
        endpoint embeddings {
            url "https://api.embed.example/v1/**"
        }
        endpoint other_api {
            url "https://other.example/**"
        }
        datasource warehouse {
            url "jdbc:postgresql://warehouse.example/sales"
        }
        credential embed_key {
            source  env "EMBED_API_KEY"
            only_to [embeddings]
        }
        credential other_key {
            source  file "/run/secrets/other"
            only_to [embeddings, other_api]
        }
        credential db_password {
            source  file "/run/secrets/db"
            only_to warehouse
        }
        permit ingest_embeds {
            principal ingest
            endpoint  [embeddings, other_api]
        }
        permit ingest_reads {
            principal ingest
            datasource warehouse
        }
        """;

    private static PolicySet with(String rules) {
        return Policies.compile(BASE + rules);
    }

    @Test
    void permittedRequestCarriesItsInjection() {
        Decision d = with("inject embed_key_header {\n    principal ingest\n    endpoint embeddings\n    credential embed_key\n"
            + "    into header \"X-Api-Key\"\n}\n").decide(http(INGEST, "POST", EMBED));
        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of("ingest_embeds"), d.ruleIds());
        assertEquals(List.of(new Injection("embed_key_header", "embed_key",
            new CredentialSource(CredentialSource.Kind.ENV, "EMBED_API_KEY"), Injection.Slot.HEADER, "X-Api-Key")),
            d.obligations().injections());
    }

    @Test
    void passwordInjectionForADatasource() {
        Decision d = with("inject db_login {\n    principal any\n    datasource warehouse\n    credential db_password\n"
            + "    into password\n}\n").decide(sql(INGEST, "jdbc:postgresql://warehouse.example/sales", select()));
        assertEquals(List.of(new Injection("db_login", "db_password",
            new CredentialSource(CredentialSource.Kind.FILE, "/run/secrets/db"), Injection.Slot.PASSWORD, null)),
            d.obligations().injections());
    }

    @Test
    void injectionOutsideOnlyToDeniesNamingTheRule() {
        PolicySet policy = with("inject everywhere {\n    principal any\n    endpoint any\n    credential embed_key\n"
            + "    into bearer\n}\n");
        assertEquals(1, policy.decide(http(INGEST, "POST", EMBED)).obligations().injections().size());
        Decision d = policy.decide(http(INGEST, "GET", "https://other.example/x"));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("everywhere"), d.ruleIds());
        assertEquals("inject 'everywhere' may not send credential 'embed_key' to other_api: its only_to is embeddings",
            d.reason());
    }

    @Test
    void twoInjectionsIntoOnePlaceConflictAndDeny() {
        PolicySet policy = with("""
            inject a {
                principal any
                endpoint embeddings
                credential embed_key
                into bearer
            }
            inject b {
                principal any
                endpoint any
                credential other_key
                into header "authorization"
            }
            """);
        Decision d = policy.decide(http(INGEST, "POST", EMBED));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("a", "b"), d.ruleIds());
        assertEquals("injects 'a' and 'b' put different credentials ('embed_key', 'other_key') into header "
            + "'authorization'", d.reason());
        assertEquals(Obligations.NONE, d.obligations());
        assertTrue(policy.decide(http(INGEST, "GET", "https://other.example/x")).permitted());
    }

    @Test
    void injectWhoseConditionErrorsDenies() {
        Decision d = with("inject a {\n    principal any\n    endpoint embeddings\n    credential embed_key\n"
            + "    into bearer\n    when tenant == \"acme\"\n}\n").decide(http(INGEST, "POST", EMBED));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("a"), d.ruleIds());
        assertEquals("inject 'a' could not be evaluated (attribute 'tenant' is missing), and an obligation that cannot "
            + "be carried out denies the call", d.reason());
    }

    @Test
    void masksOfEveryApplicableRuleAreCarriedAndAnErroringMaskApplies() {
        PolicySet policy = with("""
            mask pii {
                principal any
                endpoint embeddings
                detect [email, phone]
                regex "EMP-[0-9]{6}"
                apply input
            }
            mask tenant_secrets {
                principal ingest
                endpoint any
                detect iban
                replace "<iban>"
                when tenant == "acme"
            }
            mask elsewhere {
                principal any
                endpoint other_api
                detect email
            }
            """);
        Decision d = policy.decide(http(INGEST, "POST", EMBED));
        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of(
            new MaskSpec("pii", List.of("email", "phone"), List.of("EMP-[0-9]{6}"), List.of(), "[MASKED]",
                MaskSpec.Apply.INPUT),
            new MaskSpec("tenant_secrets", List.of("iban"), List.of(), List.of(), "<iban>", MaskSpec.Apply.BOTH)),
            d.obligations().masks());
    }

    @Test
    void deniedRequestCarriesNoObligations() {
        PolicySet policy = with("mask pii {\n    principal any\n    endpoint any\n    detect email\n}\n");
        Decision d = policy.decide(http("svc-reporting@warden.test", "POST", EMBED));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(Obligations.NONE, d.obligations());
    }

    @Test
    void columnMasksForResults() {
        PolicySet policy = with("mask customer_email {\n    principal any\n    datasource warehouse\n"
            + "    column \"customers.*email*\"\n    apply output\n}\n");
        Decision d = policy.decide(new Request(Policies.principal(INGEST),
            SqlCall.of("jdbc:postgresql://warehouse.example/sales"), select(), Instant.EPOCH));
        assertEquals(List.of("customers.*email*"), d.obligations().masks().get(0).columns());
    }
}
