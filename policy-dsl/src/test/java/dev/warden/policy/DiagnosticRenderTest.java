package dev.warden.policy;

import static dev.warden.policy.Policies.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a diagnostic renders its source line, in particular a long one. */
class DiagnosticRenderTest {

    /**
     * Found by the fuzz tests: every diagnostic repeated its whole line, so 20,000 bad characters on
     * one line rendered to about 400 million characters, an OutOfMemoryError in the loader.
     */
    @Test
    void aLineFullOfErrorsRendersInSpaceLinearInItsLength() {
        PolicyException e = assertThrows(PolicyException.class,
            () -> PolicyLoader.parse("garbage.policy", "'".repeat(20_000)));
        assertEquals(20_000, e.diagnostics().size());
        assertTrue(e.getMessage().length() < 20_000 * 300, () -> "message of " + e.getMessage().length() + " chars");
    }

    @Test
    void aLongLineIsCutToAWindowWithTheCaretUnderTheSpan() {
        String line = "    issuer \"" + "x".repeat(300) + "\" subject \"y\"";
        Diagnostic d = only(errors("identity a {\n" + line + "\n}\n"));
        String[] rendered = d.render().split("\n");
        String shown = rendered[1];
        String carets = rendered[2];
        assertTrue(shown.startsWith("    ...x") && shown.endsWith("xxx\" subject \"y\""), shown);
        assertEquals(4 + 3 + 120, shown.length(), shown);
        assertEquals(shown.indexOf("subject"), carets.indexOf('^'), () -> shown + "\n" + carets);
        assertEquals("^^^^^^^", carets.strip());
    }

    @Test
    void anErrorAtTheStartOfALongLineShowsItsStartAndCutsTheRest() {
        Diagnostic d = only(errors("permti x { " + "y ".repeat(200) + "\n"));
        String[] rendered = d.render().split("\n");
        assertEquals("    permti x { " + "y ".repeat(54) + "y...", rendered[1]); // 120 characters, then the cut
        assertEquals("    ^^^^^^", rendered[2]);
    }

    @Test
    void aShortLineIsShownWhole() {
        Diagnostic d = only(errors("permti x {\n}\n"));
        String[] rendered = d.render().split("\n");
        assertEquals(List.of("    permti x {", "    ^^^^^^"), List.of(rendered[1], rendered[2]));
    }

    private static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        return diagnostics.get(0);
    }
}
