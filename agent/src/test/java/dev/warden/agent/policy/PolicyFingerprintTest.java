package dev.warden.agent.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.warden.policy.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's revision of text on disk must be the loader's revision of the same text. */
class PolicyFingerprintTest {

    static final String IDENTITIES = """
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        entrypoint split_text {
            method "com.example.Splitter#split"
        }
        """;
    static final String RULES = """
        permit ingest_may_split {
            principal ingest
            call      split_text
        }
        """;

    @TempDir
    Path tmp;

    @Test
    void aDirectoryOfSeveralFilesHasTheRevisionTheLoaderGivesIt() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Files.writeString(dir.resolve("b-rules.policy"), RULES);
        Files.writeString(dir.resolve("a-identities.policy"), IDENTITIES);
        Files.writeString(dir.resolve("notes.txt"), "not a policy file");

        PolicyFingerprint fingerprint = PolicyFingerprint.of(List.of(dir));

        assertEquals(PolicyLoader.load(List.of(dir)).revision(), fingerprint.revision());
        assertEquals(2, fingerprint.files());
    }

    @Test
    void filesGivenOneByOneInAnyOrderAndFromSeveralDirectoriesOrderLikeTheLoader() throws Exception {
        Path one = Files.createDirectory(tmp.resolve("one"));
        Path two = Files.createDirectory(tmp.resolve("two"));
        Path rules = Files.writeString(one.resolve("rules.policy"), RULES);
        Path identities = Files.writeString(two.resolve("identities.policy"), IDENTITIES);

        List<Path> paths = List.of(rules, identities);

        assertEquals(PolicyLoader.load(paths).revision(), PolicyFingerprint.of(paths).revision());
        assertEquals(PolicyFingerprint.of(paths), PolicyFingerprint.of(List.of(identities, rules)));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheRevisionAsForTheLoader() throws Exception {
        byte[] text = (IDENTITIES + RULES).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path plain = Files.write(Files.createDirectory(tmp.resolve("plain")).resolve("x.policy"), text);
        Path bom = Files.write(Files.createDirectory(tmp.resolve("bom")).resolve("x.policy"), withBom);

        assertEquals(PolicyLoader.load(List.of(bom)).revision(), PolicyFingerprint.of(List.of(bom)).revision());
        assertEquals(PolicyFingerprint.of(List.of(plain)), PolicyFingerprint.of(List.of(bom)));
    }

    @Test
    void anyChangeToTheTextChangesTheRevisionAndTextThatDoesNotCompileHasOneToo() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.policy"), IDENTITIES + RULES);
        PolicyFingerprint good = PolicyFingerprint.of(List.of(file));

        Files.writeString(file, IDENTITIES + RULES.replace("permit", "permitt"));
        PolicyFingerprint broken = PolicyFingerprint.of(List.of(file));

        assertNotEquals(good.revision(), broken.revision());
        assertEquals(1, broken.files());
    }

    @Test
    void filesThatCannotBeReadAreLeftOutOfTheRevisionAndTheCount() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.policy"), RULES);

        PolicyFingerprint fingerprint = PolicyFingerprint.of(List.of(file, tmp.resolve("gone.policy"), tmp.resolve("nodir")));

        assertEquals(PolicyFingerprint.of(List.of(file)), fingerprint);
        assertEquals(0, PolicyFingerprint.of(List.of(tmp.resolve("gone.policy"))).files());
    }
}
