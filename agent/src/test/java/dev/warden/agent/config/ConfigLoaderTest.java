package dev.warden.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.log.WardenLog;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private static WardenConfig args(String agentArgs) {
        return ConfigLoader.load(agentArgs, Map.of(), Map.of());
    }

    private static ConfigException fails(String agentArgs, Map<String, String> props, Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(agentArgs, props, env));
    }

    private static void assertMentions(ConfigException e, String... parts) {
        assertMentions(e.getMessage(), parts);
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void nothingSetGivesTheDefaults() {
        WardenConfig c = ConfigLoader.load(null, Map.of("java.version", "17"), Map.of("PATH", "/bin"));
        assertEquals(List.of(), c.policyPaths());
        assertEquals(Path.of("warden-journal"), c.journalDir());
        assertEquals(WardenConfig.Mode.ENFORCE, c.mode());
        assertNull(c.jwksFile());
        assertNull(c.issuer());
        assertNull(c.audience());
        assertEquals(Duration.ofSeconds(60), c.clockSkew());
        assertEquals(Set.of("RS256", "ES256"), c.algorithms());
        assertEquals(WardenLog.Level.INFO, c.logLevel());
        assertEquals(new WardenConfig.PolicyReload(true, Duration.ofMillis(300)), c.reload());
    }

    @Test
    void everyKeyIsReadFromAgentArguments() {
        WardenConfig c = args("policy=/etc/warden,journal=/var/lib/warden,mode=monitor,jwks=/etc/jwks.json,"
                + "issuer=https://issuer.example.com,audience=chunking-service,clock_skew=30,algorithms=ES256,log=debug");
        assertEquals(List.of(Path.of("/etc/warden")), c.policyPaths());
        assertEquals(Path.of("/var/lib/warden"), c.journalDir());
        assertEquals(WardenConfig.Mode.MONITOR, c.mode());
        assertEquals(Path.of("/etc/jwks.json"), c.jwksFile());
        assertEquals("https://issuer.example.com", c.issuer());
        assertEquals("chunking-service", c.audience());
        assertEquals(Duration.ofSeconds(30), c.clockSkew());
        assertEquals(Set.of("ES256"), c.algorithms());
        assertEquals(WardenLog.Level.DEBUG, c.logLevel());
    }

    @Test
    void listsInAgentArgumentsContinueAcrossCommas() {
        WardenConfig c = args("policy=/a.policy,/b.policy,algorithms=RS256,PS256,mode=monitor");
        assertEquals(List.of(Path.of("/a.policy"), Path.of("/b.policy")), c.policyPaths());
        assertEquals(Set.of("RS256", "PS256"), c.algorithms());
        assertEquals(WardenConfig.Mode.MONITOR, c.mode());
    }

    @Test
    void policyAcceptsThePathSeparator() {
        WardenConfig c = args("policy=/a.policy" + File.pathSeparator + "/b");
        assertEquals(List.of(Path.of("/a.policy"), Path.of("/b")), c.policyPaths());
    }

    @Test
    void everyKeyIsReadFromSystemPropertiesAndEnvironment() {
        WardenConfig p = ConfigLoader.load(null, Map.of("warden.mode", "monitor", "warden.clock-skew", "5",
                "warden.log", "WARN"), Map.of());
        assertEquals(WardenConfig.Mode.MONITOR, p.mode());
        assertEquals(Duration.ofSeconds(5), p.clockSkew());
        assertEquals(WardenLog.Level.WARN, p.logLevel());
        WardenConfig e = ConfigLoader.load(null, Map.of(), Map.of("WARDEN_POLICY", "/x,/y", "WARDEN_JOURNAL", "/j",
                "WARDEN_JWKS", "/k.json", "WARDEN_ISSUER", "i", "WARDEN_AUDIENCE", "a", "WARDEN_CLOCK_SKEW", "0",
                "WARDEN_ALGORITHMS", "RS256, ES384", "WARDEN_LOG", "off", "WARDEN_MODE", "enforce"));
        assertEquals(List.of(Path.of("/x"), Path.of("/y")), e.policyPaths());
        assertEquals(Path.of("/j"), e.journalDir());
        assertEquals(Path.of("/k.json"), e.jwksFile());
        assertEquals(Duration.ZERO, e.clockSkew());
        assertEquals(Set.of("RS256", "ES384"), e.algorithms());
        assertEquals(WardenLog.Level.OFF, e.logLevel());
    }

    @Test
    void agentArgumentsBeatSystemPropertiesWhichBeatEnvironmentWhichBeatsTheConfigFile() throws Exception {
        Path file = dir.resolve("warden.properties");
        Files.writeString(file, "mode=monitor\nlog=error\njournal=/from-file\nclock_skew=10\n");
        WardenConfig c = ConfigLoader.load("mode=enforce,config=" + file,
                Map.of("warden.mode", "monitor", "warden.log", "debug"),
                Map.of("WARDEN_LOG", "warn", "WARDEN_JOURNAL", "/from-env", "WARDEN_MODE", "monitor"));
        assertEquals(WardenConfig.Mode.ENFORCE, c.mode());      // agent argument
        assertEquals(WardenLog.Level.DEBUG, c.logLevel());       // system property over environment
        assertEquals(Path.of("/from-env"), c.journalDir());      // environment over file
        assertEquals(Duration.ofSeconds(10), c.clockSkew());     // file over default
    }

    @Test
    void configFileCanBeNamedByEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("w.properties"), "policy=/p\n");
        assertEquals(List.of(Path.of("/p")), ConfigLoader.load(null, Map.of(), Map.of("WARDEN_CONFIG", file.toString()))
                .policyPaths());
    }

    @Test
    void missingConfigFileNamesItAndItsSource() {
        ConfigException e = fails(null, Map.of("warden.config", "/no/such.properties"), Map.of());
        assertMentions(e, "/no/such.properties", "system property warden.config");
    }

    @Test
    void configFileMayNotNameAnotherAndMayNotHoldUnknownKeys() throws Exception {
        Path nested = Files.writeString(dir.resolve("a.properties"), "config=/other\n");
        assertMentions(fails("config=" + nested, Map.of(), Map.of()), "do not nest");
        Path typo = Files.writeString(dir.resolve("b.properties"), "polcy=/p\n");
        assertMentions(fails("config=" + typo, Map.of(), Map.of()), "'polcy'", "config file", "Did you mean 'policy'?");
    }

    @Test
    void unknownKeyNamesItsSourceAndSuggestsTheClosest() {
        assertMentions(fails("mdoe=monitor", Map.of(), Map.of()), "'mdoe'", "agent argument", "Did you mean 'mode'?");
        assertMentions(fails("frobnicate=1", Map.of(), Map.of()), "Known keys: policy, journal, mode");
    }

    @Test
    void unknownNamesInTheSharedPropertyAndEnvironmentNamespacesAreIgnoredWithAWarning() {
        Map<String, String> props = Map.of("warden.jwk", "/x", "warden.mode", "monitor");
        Map<String, String> env = Map.of("WARDEN_AUDIANCE", "x", "WARDEN_HOME", "/opt/other-tool");

        WardenConfig config = ConfigLoader.load(null, props, env);
        List<String> warnings = ConfigLoader.ignoredSettings(props, env);

        assertEquals(WardenConfig.Mode.MONITOR, config.mode(), "known names still apply");
        assertNull(config.jwksFile());
        assertEquals(3, warnings.size(), warnings::toString);
        assertMentions(warnings.get(0), "system property warden.jwk", "'jwk'", "Did you mean 'jwks'?");
        assertMentions(warnings.get(1), "environment variable WARDEN_AUDIANCE", "Did you mean 'audience'?");
        assertMentions(warnings.get(2), "environment variable WARDEN_HOME", "'HOME' is not a Warden setting");
    }

    @Test
    void invalidValuesNameTheValueTheSourceAndTheAllowedValues() {
        assertMentions(fails("mode=audit", Map.of(), Map.of()), "'audit'", "agent argument 'mode'", "enforce, monitor");
        assertMentions(fails(null, Map.of("warden.log", "trace"), Map.of()), "'trace'", "warden.log",
                "debug, info, warn, error, off");
        assertMentions(fails(null, Map.of(), Map.of("WARDEN_CLOCK_SKEW", "301")), "'301'", "WARDEN_CLOCK_SKEW", "0 to 300");
        assertMentions(fails("clock_skew=-1", Map.of(), Map.of()), "'-1'", "0 to 300");
        assertMentions(fails("clock_skew=1m", Map.of(), Map.of()), "'1m'");
        assertMentions(fails("algorithms=rs256", Map.of(), Map.of()), "'rs256'", "RS256", "case-sensitive");
        assertMentions(fails("algorithms=EdDSA", Map.of(), Map.of()), "'EdDSA'");
        assertMentions(fails("policy=,", Map.of(), Map.of()), "agent argument 'policy'");
        assertMentions(fails("issuer= ", Map.of(), Map.of()), "agent argument 'issuer'");
        assertMentions(fails("journal=", Map.of(), Map.of()), "agent argument 'journal'");
        assertMentions(fails("policy=a\u0000b", Map.of(), Map.of()), "valid file path");
    }

    @Test
    void clockSkewAcceptsASecondsSuffixAndTheMaximum() {
        assertEquals(Duration.ofSeconds(300), args("clock_skew=300s").clockSkew());
    }

    @Test
    void policyReloadCanBeSwitchedOffAndItsDebounceSetInMillisecondsOrSeconds() {
        assertEquals(new WardenConfig.PolicyReload(false, Duration.ofMillis(300)), args("policy_reload=off").reload());
        assertEquals(new WardenConfig.PolicyReload(true, Duration.ofMillis(50)),
                args("policy_reload=ON,policy_reload_debounce=50").reload());
        assertEquals(Duration.ofMillis(750),
                ConfigLoader.load(null, Map.of("warden.policy-reload-debounce", "750ms"), Map.of()).reload().debounce());
        assertEquals(Duration.ofSeconds(2),
                ConfigLoader.load(null, Map.of(), Map.of("WARDEN_POLICY_RELOAD_DEBOUNCE", "2s")).reload().debounce());
        assertEquals(false, ConfigLoader.load(null, Map.of(), Map.of("WARDEN_POLICY_RELOAD", "false")).reload().enabled());
    }

    @Test
    void invalidPolicyReloadSettingsNameTheValueAndWhatIsAllowed() {
        assertMentions(fails("policy_reload=sometimes", Map.of(), Map.of()), "'sometimes'", "agent argument 'policy_reload'",
                "on, off");
        assertMentions(fails("policy_reload_debounce=5", Map.of(), Map.of()), "'5'", "from 10 to 60000");
        assertMentions(fails("policy_reload_debounce=61s", Map.of(), Map.of()), "'61s'", "from 10 to 60000");
        assertMentions(fails("policy_reload_debounce=soon", Map.of(), Map.of()), "'soon'", "milliseconds");
        assertMentions(fails("policy_reload_debounce=-100", Map.of(), Map.of()), "'-100'");
        assertMentions(fails("policy_realod=off", Map.of(), Map.of()), "Did you mean 'policy_reload'?");
    }

    @Test
    void noneAndHmacAlgorithmsAreRefusedWithTheReason() {
        for (String alg : List.of("none", "NONE", "None")) {
            assertMentions(fails("algorithms=RS256," + alg, Map.of(), Map.of()), alg, "unsigned tokens are never accepted");
        }
        assertMentions(fails(null, Map.of("warden.algorithms", "HS256"), Map.of()), "HS256", "HMAC",
                "system property warden.algorithms");
    }

    @Test
    void agentArgumentsMustBeKeyValueAndNotRepeated() {
        assertMentions(fails("monitor", Map.of(), Map.of()), "'monitor' is not key=value");
        assertMentions(fails("mode=monitor,mode=enforce", Map.of(), Map.of()), "given twice");
    }

    @Test
    void halfConfiguredIdentityIsAnError() {
        assertMentions(fails("jwks=/k.json,issuer=https://i", Map.of(), Map.of()), "audience", "agent argument 'jwks'");
        assertMentions(fails(null, Map.of(), Map.of("WARDEN_AUDIENCE", "a")), "jwks", "WARDEN_JWKS");
    }

    @Test
    void unrelatedPropertiesAndVariablesAreIgnored() {
        WardenConfig c = ConfigLoader.load(null, Map.of("wardenx", "1", "other.mode", "x"), Map.of("WARDENS", "1"));
        assertEquals(WardenConfig.Mode.ENFORCE, c.mode());
    }

    @Test
    void missingPolicyAndIdentityAreExplainedAsWarnings() {
        List<String> w = ConfigLoader.warnings(args(null));
        assertEquals(1, w.size(), "no policy is an error of its own, logged where the policy is loaded: " + w);
        assertTrue(w.get(0).contains("every bearer token is rejected"), w.toString());
        assertEquals(List.of(), ConfigLoader.warnings(args("policy=/p,jwks=/k,issuer=i,audience=a")));
    }

    @Test
    void failingClosedKeepsThePolicyPathsJournalAndLogLevelOfAnInvalidConfiguration() {
        String invalid = "policy=/p,/q,journal=/j,log=debug,mode=monitr,polcy_reload=off,policy=/again,jwks=/k";
        fails(invalid, Map.of(), Map.of());

        WardenConfig c = ConfigLoader.failClosed(invalid, Map.of(), Map.of());

        assertEquals(List.of(Path.of("/p"), Path.of("/q")), c.policyPaths());
        assertEquals(Path.of("/j"), c.journalDir());
        assertEquals(WardenLog.Level.DEBUG, c.logLevel());
        assertEquals(WardenConfig.Mode.ENFORCE, c.mode(), "an unreadable mode fails closed");
        assertNull(c.jwksFile(), "no token is verified under an invalid configuration");
        assertEquals(false, c.reload().enabled(), "the configuration is read once: only a restart fixes it");
    }

    @Test
    void failingClosedFindsThePolicyInEverySourceAndSurvivesAnythingMalformed() throws Exception {
        Path file = Files.writeString(dir.resolve("c.properties"), "polcy=/typo\npolicy=/from-file\n");
        assertEquals(List.of(Path.of("/from-file")),
            ConfigLoader.failClosed("notkeyvalue,config=" + file, Map.of(), Map.of()).policyPaths());
        assertEquals(List.of(Path.of("/from-env")), ConfigLoader.failClosed("junk,mdoe=x",
            Map.of("warden.config", "/no/such.properties"), Map.of("WARDEN_POLICY", "/from-env")).policyPaths());
        assertEquals(List.of(), ConfigLoader.failClosed("config=\u0000", Map.of(), Map.of()).policyPaths());
        assertEquals(Path.of("warden-journal"), ConfigLoader.failClosed("journal=", Map.of(), Map.of()).journalDir());
    }

    @Test
    void aBareWordAfterASingleValueSettingIsAnErrorNotPartOfTheValue() {
        assertMentions(fails("audience=my-app,verbose", Map.of(), Map.of()), "'verbose' is not key=value", "'audience'",
            "only policy and algorithms");
        assertEquals("my-app", args("audience=my-app,,issuer=i,jwks=/k").audience(), "an empty segment is still ignored");
    }

    @Test
    void aConfigFilePathThatIsNoPathIsAConfigurationErrorNotACrash() {
        assertMentions(fails("config=a\u0000b", Map.of(), Map.of()), "is not a valid path", "agent argument 'config'");
    }
}
