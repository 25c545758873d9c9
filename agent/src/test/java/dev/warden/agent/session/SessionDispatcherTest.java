package dev.warden.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.agent.config.WardenConfig;
import dev.warden.agent.identity.TokenVerifiers;
import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.agent.journal.JournalReader;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.agent.replay.Replay;
import dev.warden.agent.replay.SessionSummary;
import dev.warden.bootstrap.ApprovalPendingException;
import dev.warden.bootstrap.WardenDeniedException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher against a real policy, real signed tokens and a real Chronicle journal. */
class SessionDispatcherTest {

    static final String ISSUER = "https://issuer.warden.test";
    static final String AUDIENCE = "chunking-service";
    static final String SPLIT = "split(Ljava/lang/String;)Ljava/util/List;";

    interface Splitter {
        List<String> split(String text);
    }

    static final class LineSplitter implements Splitter {
        @Override
        public List<String> split(String text) {
            return List.of(text.split("\n"));
        }
    }

    static final String POLICY = """
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        identity reporting {
            issuer  "https://issuer.warden.test"
            subject "svc-reporting@warden.test"
        }
        entrypoint split_text {
            method "dev.warden.agent.session.SessionDispatcherTest$Splitter#split"
        }
        permit ingest_may_split {
            principal ingest
            call      split_text
            when      arg.size <= 100
        }
        forbid reporting_never_splits {
            principal reporting
            call      split_text
        }
        """;

    static RSAKey signingKey;
    static RSAKey otherKey;

    @TempDir
    Path dir;
    ChronicleJournal journal;

    @BeforeAll
    static void keys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        WardenLog.setThreshold(WardenLog.Level.OFF);
    }

    @BeforeEach
    void openJournal() {
        journal = ChronicleJournal.open(dir.resolve("journal"));
    }

    @AfterEach
    void closeJournal() {
        journal.close();
        ThreadState.CURRENT.remove(); // a test that fails halfway must not leave its request open for the next
    }

    SessionDispatcher dispatcher(boolean enforce) throws Exception {
        return dispatcher(enforce, POLICY);
    }

    SessionDispatcher dispatcher(boolean enforce, String policySource) throws Exception {
        return dispatcher(enforce, new PolicyHolder(PolicyLoader.parse("test.policy", policySource)));
    }

    SessionDispatcher dispatcher(boolean enforce, PolicyHolder policy) throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(signingKey.toPublicJWK()).toString());
        WardenConfig config = new WardenConfig(List.of(), dir.resolve("journal"), enforce ? WardenConfig.Mode.ENFORCE
            : WardenConfig.Mode.MONITOR, jwks, ISSUER, AUDIENCE, Duration.ofSeconds(60), Set.of("RS256"), WardenLog.Level.OFF);
        return new SessionDispatcher(policy, TokenVerifiers.fromConfig(config), journal, enforce);
    }

    static String token(RSAKey key, String subject, Instant expiry) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .issueTime(new Date()).expirationTime(Date.from(expiry)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String bearer(String subject) throws JOSEException {
        return "Bearer " + token(signingKey, subject, Instant.now().plusSeconds(600));
    }

    List<JournalEvent> journaled() {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir.resolve("journal"))) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }

    @Test
    void permittedCallOfAVerifiedIdentityIsJournaledAsOneSession() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);

        assertEquals(0, dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test")));
        Object scope = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a\nb"});
        dispatcher.exitEntryPoint(scope, null);
        dispatcher.exitInbound(null);

        List<JournalEvent> events = journaled();
        assertEquals(3, events.size());
        SessionStarted started = assertInstanceOf(SessionStarted.class, events.get(0));
        assertEquals("verified", started.identityStatus());
        assertEquals("svc-ingest@warden.test", started.subject());
        assertTrue(started.tokenFingerprint().startsWith("sha256:"));
        DecisionMade decision = assertInstanceOf(DecisionMade.class, events.get(1));
        assertEquals("permit", decision.effect());
        assertEquals(List.of("ingest_may_split"), decision.ruleIds());
        SessionEnded ended = assertInstanceOf(SessionEnded.class, events.get(2));
        assertEquals("ok", ended.outcome());
        assertEquals(started.sessionId(), ended.sessionId());
    }

    @Test
    void forbiddenIdentityIsDeniedByNameAndTheDecisionIsJournaledFirst() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"text"}));
        assertEquals(Denials.BY_RULE, denied.code());
        assertEquals("reporting_never_splits", denied.ruleId());
        dispatcher.exitInbound(denied);

        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("deny", decision.effect());
        assertEquals(List.of("reporting_never_splits"), decision.ruleIds());
        assertEquals("denied", assertInstanceOf(SessionEnded.class, journaled().get(2)).outcome());
    }

    @Test
    void conditionOnArgumentSizeDeniesTooLargeInputByDefault() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"x".repeat(101)}));
        dispatcher.exitInbound(denied);

        assertEquals(Denials.BY_DEFAULT, denied.code());
        assertNull(denied.ruleId());
    }

    @Test
    void expiredTokenIsRefusedWith401AndNeverTreatedAsItsSubject() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        String expired = "Bearer " + token(signingKey, "svc-ingest@warden.test", Instant.now().minusSeconds(3600));

        assertEquals(401, dispatcher.enterInbound("POST", "/chunk", expired));
        dispatcher.exitInbound(null);

        List<JournalEvent> events = journaled();
        SessionStarted started = assertInstanceOf(SessionStarted.class, events.get(0));
        assertEquals("rejected", started.identityStatus());
        assertNull(started.subject());
        assertEquals("expired", started.identityDetail());
        assertEquals("rejected", assertInstanceOf(SessionEnded.class, events.get(events.size() - 1)).outcome());
    }

    @Test
    void aRequestWithTwoAuthorizationHeadersIsRefusedEvenWhenTheFirstIsValid() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);

        assertEquals(401, dispatcher.enterInbound("POST", "/chunk",
            bearer("svc-ingest@warden.test") + "\n" + bearer("svc-reporting@warden.test")));
        dispatcher.exitInbound(null);

        SessionStarted started = assertInstanceOf(SessionStarted.class, journaled().get(0));
        assertEquals("rejected", started.identityStatus());
        assertEquals("duplicate_header", started.identityDetail());
        assertNull(started.subject());
    }

    @Test
    void anAuthorizationSchemeOtherThanBearerIsRefusedAsNotBearer() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);

        assertEquals(401, dispatcher.enterInbound("POST", "/chunk", "Basic c3ZjOnNlY3JldA=="));
        dispatcher.exitInbound(null);

        assertEquals("not_bearer", assertInstanceOf(SessionStarted.class, journaled().get(0)).identityDetail());
    }

    @Test
    void tokenSignedByAnUnpublishedKeyIsRefused() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        String forged = "Bearer " + token(otherKey, "svc-ingest@warden.test", Instant.now().plusSeconds(600));

        assertEquals(401, dispatcher.enterInbound("POST", "/chunk", forged));
    }

    @Test
    void nestedGuardedCallIsCheckedOnlyOnce() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));

        Object outer = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        Object inner = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        dispatcher.exitEntryPoint(inner, null);
        dispatcher.exitEntryPoint(outer, null);
        dispatcher.exitInbound(null);

        assertEquals(1, journaled().stream().filter(DecisionMade.class::isInstance).count());
    }

    @Test
    void callOutsideAnInboundRequestRunsAsTheRunAsIdentityInItsOwnSession() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        String token = token(signingKey, "svc-ingest@warden.test", Instant.now().plusSeconds(600));

        dispatcher.runAs(token, () -> {
            dispatcher.exitEntryPoint(dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}), null);
            return null;
        });

        List<JournalEvent> events = journaled();
        SessionStarted started = assertInstanceOf(SessionStarted.class, events.get(0));
        assertEquals("svc-ingest@warden.test", started.subject());
        assertEquals("permit", assertInstanceOf(DecisionMade.class, events.get(1)).effect());
        assertEquals("ok", assertInstanceOf(SessionEnded.class, events.get(2)).outcome());
    }

    /** What the work inside {@code runAs} does: one guarded call. */
    Object splitOnce(SessionDispatcher dispatcher) {
        dispatcher.exitEntryPoint(dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}), null);
        return "split";
    }

    static String tokenOf(String subject) throws JOSEException {
        return token(signingKey, subject, Instant.now().plusSeconds(600));
    }

    @Test
    void insideARequestAGuardedCallInRunAsIsDecidedForTheRunAsIdentityAndDeniedWhenItIsForbidden() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.runAs(tokenOf("svc-reporting@warden.test"), () -> splitOnce(dispatcher)));
        dispatcher.exitInbound(denied);

        assertEquals(Denials.BY_RULE, denied.code());
        assertEquals("reporting_never_splits", denied.ruleId());
        assertTrue(denied.getMessage().contains("for svc-reporting@warden.test"), denied.getMessage());
        List<JournalEvent> events = journaled();
        SessionStarted request = assertInstanceOf(SessionStarted.class, events.get(0));
        SessionStarted runAs = assertInstanceOf(SessionStarted.class, events.get(1));
        assertEquals("runAs in " + request.sessionId(), runAs.source());
        assertEquals("svc-reporting@warden.test", runAs.subject());
        List<DecisionMade> decisions = events.stream().filter(DecisionMade.class::isInstance).map(DecisionMade.class::cast).toList();
        assertEquals(2, decisions.size());
        // the caller is checked too: permitted in the request's session; the runAs identity denied in its own
        assertEquals(List.of(request.sessionId(), "permit"), List.of(decisions.get(0).sessionId(), decisions.get(0).effect()));
        assertEquals(List.of(runAs.sessionId(), "deny"), List.of(decisions.get(1).sessionId(), decisions.get(1).effect()));
        assertEquals(runAs.sessionId(), denied.sessionId());
        SessionEnded runAsEnded = assertInstanceOf(SessionEnded.class, events.get(4));
        assertEquals(runAs.sessionId(), runAsEnded.sessionId());
        assertEquals("denied", runAsEnded.outcome());
    }

    @Test
    void insideARequestRunAsCannotLendTheCallerAPermissionTheCallerLacks() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.runAs(tokenOf("svc-ingest@warden.test"), () -> splitOnce(dispatcher)));
        dispatcher.exitInbound(denied);

        assertEquals("reporting_never_splits", denied.ruleId());
        assertTrue(denied.getMessage().contains("for svc-reporting@warden.test"), denied.getMessage());
        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(2));
        assertEquals("deny", decision.effect());
        assertEquals(assertInstanceOf(SessionStarted.class, journaled().get(0)).sessionId(), decision.sessionId());
    }

    @Test
    void insideARequestRunAsOfAPermittedIdentityRunsAndReplayListsItsSessionUnderThatIdentity() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true, POLICY_REPORTING_PERMITTED);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        assertEquals("split", dispatcher.runAs(tokenOf("svc-ingest@warden.test"), () -> splitOnce(dispatcher)));
        dispatcher.exitInbound(null);

        List<SessionSummary> sessions = Replay.sessions(dir.resolve("journal")).list();
        assertEquals(2, sessions.size());
        SessionSummary runAs = sessions.stream().filter(s -> s.source().startsWith("runAs in ")).findFirst().orElseThrow();
        assertEquals("svc-ingest@warden.test", runAs.identity());
        assertEquals(List.of(SessionSummary.PERMIT, "ok"), List.of(runAs.decision(), runAs.outcome()));
        assertEquals(List.of("ingest_may_split"), runAs.ruleIds());
    }

    @Test
    void insideARequestARejectedRunAsTokenFailsClosedInEnforceModeAndTheWorkNeverRuns() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));
        String expired = token(signingKey, "svc-reporting@warden.test", Instant.now().minusSeconds(3600));
        boolean[] ran = {false};

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.runAs(expired, () -> ran[0] = true));
        dispatcher.exitInbound(denied);

        assertEquals(Denials.IDENTITY, denied.code());
        assertTrue(!ran[0]);
        SessionStarted runAs = assertInstanceOf(SessionStarted.class, journaled().get(1));
        assertEquals(List.of("rejected", "expired"), List.of(runAs.identityStatus(), runAs.identityDetail()));
        assertTrue(runAs.source().startsWith("runAs in "), runAs.source());
        assertEquals("rejected", journaled().stream().filter(SessionEnded.class::isInstance).map(SessionEnded.class::cast)
            .filter(e -> e.sessionId().equals(runAs.sessionId())).findFirst().orElseThrow().outcome());
    }

    @Test
    void aPlainGuardedCallInARequestAfterARunAsIsDecidedForTheCallerAlone() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));
        assertThrows(WardenDeniedException.class,
            () -> dispatcher.runAs(tokenOf("svc-reporting@warden.test"), () -> splitOnce(dispatcher)));

        splitOnce(dispatcher);
        dispatcher.exitInbound(null);

        DecisionMade last = journaled().stream().filter(DecisionMade.class::isInstance).map(DecisionMade.class::cast)
            .reduce((first, second) -> second).orElseThrow();
        assertEquals(List.of(assertInstanceOf(SessionStarted.class, journaled().get(0)).sessionId(), "permit"),
            List.of(last.sessionId(), last.effect()));
    }

    static final String APPROVERS = """
        approvers stewards {
            group "data-stewards"
        }
        require_approval big_splits {
            principal any
            call      split_text
            approvers stewards
            when      arg.size > 10
        }
        mask pii_in_text {
            principal reporting
            call      split_text
            detect    email
        }
        permit reporting_may_split_masked {
            principal reporting
            call      split_text
        }
        """;

    /** The ingest identity splits a long text, which big_splits holds for approval. */
    ApprovalPendingException heldForApproval() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true, POLICY + APPROVERS);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));
        ApprovalPendingException pending = assertThrows(ApprovalPendingException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"x".repeat(50)}));
        dispatcher.exitInbound(pending);
        return pending;
    }

    @Test
    void approvalRequiredFailsFastWithApprovalPendingNamingTheRule() throws Exception {
        ApprovalPendingException pending = heldForApproval();

        assertEquals("big_splits", pending.ruleId());
        assertTrue(pending.getMessage().contains("approval by 'stewards'"), pending.getMessage());
        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("approval_required", decision.effect());
        assertEquals(pending.requestId(), decision.sessionId());
    }

    @Test
    void replayShowsASessionThatNeededApprovalAsApprovalRequired() throws Exception {
        heldForApproval();

        SessionSummary session = Replay.sessions(dir.resolve("journal")).list().get(0);
        assertEquals(SessionSummary.APPROVAL_REQUIRED, session.decision());
        assertEquals(List.of("big_splits"), session.ruleIds());
        assertEquals("denied", session.outcome());
    }

    /** {@link #POLICY} + {@link #APPROVERS} without the forbid: reporting is permitted only with its text masked. */
    static final String POLICY_REPORTING_MASKED = POLICY.replace("""
        forbid reporting_never_splits {
            principal reporting
            call      split_text
        }
        """, "") + APPROVERS;

    @Test
    void maskObligationOnAnEntryPointIsADenialWithItsOwnCodeAndIsJournaledAsThatDenial() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true, POLICY_REPORTING_MASKED);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}));
        dispatcher.exitInbound(denied);

        assertEquals(Denials.OBLIGATION, denied.code());
        assertEquals("pii_in_text", denied.ruleId());
        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("deny", decision.effect());
        assertEquals(List.of("pii_in_text"), decision.ruleIds());
        assertEquals("enforce", decision.mode());
        assertTrue(decision.reason().contains("'pii_in_text' requires masking, which Warden cannot yet carry out on "
            + "an entry point"), decision.reason());
        assertTrue(denied.getMessage().contains(decision.reason()), denied.getMessage());
        SessionSummary session = Replay.sessions(dir.resolve("journal")).list().get(0);
        assertEquals(SessionSummary.DENY, session.decision());
        assertEquals(List.of("pii_in_text"), session.ruleIds());
        assertEquals("denied", session.outcome());
    }

    @Test
    void inMonitorModeAnObligationThatCannotBeCarriedOutIsRecordedAsAWouldBeDenial() throws Exception {
        SessionDispatcher dispatcher = dispatcher(false, POLICY_REPORTING_MASKED);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        dispatcher.exitEntryPoint(dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}), null);
        dispatcher.exitInbound(null);

        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("deny", decision.effect());
        assertEquals(List.of("pii_in_text"), decision.ruleIds());
        assertEquals("monitor", decision.mode());
    }

    @Test
    void monitorOnlyDefaultDenyRunsInEnforceModeAndIsJournaledAsMonitor() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true, "policy {\n    default monitor\n}\n" + POLICY);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test"));

        Object scope = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"x".repeat(101)});
        dispatcher.exitEntryPoint(scope, null);
        dispatcher.exitInbound(null);

        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("deny", decision.effect());
        assertEquals("monitor", decision.mode());
        assertEquals("ok", assertInstanceOf(SessionEnded.class, journaled().get(2)).outcome());
    }

    @Test
    void monitorModeRecordsTheDenialButLetsTheCallRun() throws Exception {
        SessionDispatcher dispatcher = dispatcher(false);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        Object scope = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        assertNotNull(scope);
        dispatcher.exitEntryPoint(scope, null);
        dispatcher.exitInbound(null);

        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("deny", decision.effect());
        assertEquals("monitor", decision.mode());
    }

    @Test
    void journalThatCannotBeWrittenFailsClosedInEnforceMode() throws Exception {
        SessionDispatcher dispatcher = dispatcher(true);
        journal.close();

        assertEquals(503, dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test")));
        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}));
        dispatcher.exitInbound(denied);

        assertEquals(Denials.INTERNAL, denied.code());
        assertEquals("Warden denied " + LineSplitter.class.getName() + "#split(java.lang.String): Warden could not "
            + "check or record this call and fails closed (WARDEN-DENY-ERROR)", denied.getMessage());
    }

    @Test
    void journalThatCannotBeWrittenLetsCallsRunInMonitorMode() throws Exception {
        SessionDispatcher dispatcher = dispatcher(false);
        journal.close();

        assertEquals(0, dispatcher.enterInbound("POST", "/chunk", bearer("svc-ingest@warden.test")));
        Object scope = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        dispatcher.exitEntryPoint(scope, null);
        dispatcher.exitInbound(null);
    }

    /** {@link #POLICY} with the forbid rule turned into a permit: reporting may split too. */
    static final String POLICY_REPORTING_PERMITTED = POLICY.replace("forbid reporting_never_splits", "permit reporting_may_split");

    /** {@link #POLICY} with its entry point moved to another type: {@code Splitter#split} is no longer guarded. */
    static final String POLICY_ELSEWHERE = POLICY.replace("dev.warden.agent.session.SessionDispatcherTest$Splitter#split",
        "com.example.Elsewhere#split");

    @Test
    void afterASwapTheNextDecisionComesFromTheNewSnapshotAndCarriesItsRevision() throws Exception {
        PolicySet before = PolicyLoader.parse("test.policy", POLICY);
        PolicySet after = PolicyLoader.parse("test.policy", POLICY_REPORTING_PERMITTED);
        PolicyHolder policy = new PolicyHolder(before);
        SessionDispatcher dispatcher = dispatcher(true, policy);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));
        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}));
        dispatcher.exitInbound(denied);

        assertTrue(policy.replace(before, after));
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));
        dispatcher.exitEntryPoint(dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"}), null);
        dispatcher.exitInbound(null);

        List<DecisionMade> decisions = journaled().stream().filter(DecisionMade.class::isInstance).map(DecisionMade.class::cast).toList();
        assertEquals(List.of("deny", "permit"), decisions.stream().map(DecisionMade::effect).toList());
        assertEquals(List.of(before.revision(), after.revision()), decisions.stream().map(DecisionMade::policyRevision).toList());
        assertEquals(List.of("reporting_may_split"), decisions.get(1).ruleIds());
    }

    @Test
    void aMethodTheSnapshotInForceNoLongerGuardsRunsWithoutADecisionOrASession() throws Exception {
        PolicySet before = PolicyLoader.parse("test.policy", POLICY);
        PolicyHolder policy = new PolicyHolder(before);
        SessionDispatcher dispatcher = dispatcher(true, policy);
        assertTrue(policy.replace(before, PolicyLoader.parse("test.policy", POLICY_ELSEWHERE)));

        // No inbound request: a guarded call would open a session of its own (anonymous, denied).
        Object scope = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        dispatcher.exitEntryPoint(scope, null);

        assertEquals(List.of(), journaled());
    }

    @Test
    void aCallInsideAnUnguardedOneIsStillCheckedAsTheOutermostGuardedCall() throws Exception {
        PolicyHolder policy = new PolicyHolder(PolicyLoader.parse("test.policy", POLICY_ELSEWHERE));
        SessionDispatcher dispatcher = dispatcher(true, policy);
        dispatcher.enterInbound("POST", "/chunk", bearer("svc-reporting@warden.test"));

        Object unguarded = dispatcher.enterEntryPoint(LineSplitter.class, SPLIT, new Object[] {"a"});
        assertThrows(WardenDeniedException.class,
            () -> dispatcher.enterEntryPoint(com.example.Elsewhere.class, "split(Ljava/lang/String;)Ljava/util/List;", new Object[] {"a"}));
        dispatcher.exitEntryPoint(unguarded, null);
        dispatcher.exitInbound(null);

        DecisionMade decision = assertInstanceOf(DecisionMade.class, journaled().get(1));
        assertEquals("com.example.Elsewhere#split", decision.target());
    }
}
