package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PolicyLoader#check}: what a set holds and what is wrong with it, without an exception. */
class PolicyCheckTest {
    private static final String RULES = "permit p {\n    principal ingest\n    call split_documents\n}\n"
        + "forbid f {\n    principal reporting\n    call any\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aValidSetListsItsFilesInNameOrderCountsItsRulesAndCompiles() throws Exception {
        write("b-rules.policy", RULES);
        write("a-names.policy", Policies.DECLARATIONS);
        CheckResult check = PolicyLoader.check(List.of(dir));
        assertTrue(check.ok());
        assertEquals(List.of(dir.resolve("a-names.policy").toString(), dir.resolve("b-rules.policy").toString()), check.fileNames());
        assertEquals(2, check.rules());
        assertEquals(List.of(), check.diagnostics());
        assertEquals(PolicyLoader.load(List.of(dir)).revision(), check.policySet().revision());
    }

    @Test
    void errorsInSeveralFilesAreAllReturnedInFileOrder() throws Exception {
        Path names = write("a.policy", Policies.DECLARATIONS + "permti x {\n}\n");
        Path rules = write("b.policy", "permit p {\n    principal ingst\n    call split_documents\n}\n");
        CheckResult check = PolicyLoader.check(List.of(rules, names));
        assertFalse(check.ok());
        assertNull(check.policySet());
        assertEquals(List.of(names + ":12:P001", rules + ":2:P010"),
            check.diagnostics().stream().map(d -> d.file() + ":" + d.line() + ":" + d.code()).toList());
    }

    @Test
    void aMissingFileIsListedAndReportedAsP041() throws Exception {
        Path present = write("a.policy", Policies.DECLARATIONS);
        Path missing = dir.resolve("missing.policy");
        CheckResult check = PolicyLoader.check(List.of(present, missing));
        assertEquals(List.of(present.toString(), missing.toString()), check.fileNames());
        assertEquals(List.of("P041"), check.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void withAFileMissingTheOthersAreCheckedForSyntaxButNotForNames() throws Exception {
        Path rules = write("rules.policy", "permti x {\n}\npermit p {\n    principal declared_in_the_missing_file\n"
            + "    call any\n}\n");
        Path missing = dir.resolve("names.policy");
        CheckResult check = PolicyLoader.check(List.of(missing, rules));
        assertEquals(List.of(missing + ":0:P041", rules + ":1:P001"),
            check.diagnostics().stream().map(d -> d.file() + ":" + d.line() + ":" + d.code()).toList());
    }
}
