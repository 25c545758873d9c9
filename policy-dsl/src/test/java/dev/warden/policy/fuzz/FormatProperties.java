package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.FormatResult;
import dev.warden.policy.PolicyFormatter;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * {@code policy fmt} over generated sets: every file formats, formatting the result changes
 * nothing, and the formatted set makes the same decision as the original for every request.
 */
@AddLifecycleHook(FuzzSettings.class)
class FormatProperties {

    @Property(tries = 100)
    void formattingIsIdempotentAndKeepsEveryDecision(@ForAll("policies") PolicyModel model,
                                                    @ForAll("requests") List<RequestGenerators.Shape> requests) {
        Map<String, String> sources = PolicyText.render(model).sources();
        Map<String, String> formatted = new LinkedHashMap<>();
        sources.forEach((name, text) -> {
            FormatResult once = PolicyFormatter.format(name, text);
            assertTrue(once.ok(), () -> "a valid file did not format: " + once.errors() + Inputs.describe(Map.of(name, text)));
            assertEquals(once.text(), PolicyFormatter.format(name, once.text()).text(),
                () -> "formatting a formatted file changed it" + Inputs.describe(Map.of(name, once.text())));
            formatted.put(name, once.text());
        });
        PolicySet before = Compiled.of(sources);
        PolicySet after = Compiled.of(formatted);
        for (RequestGenerators.Shape shape : requests) {
            Request request = shape.resolve(model).request();
            assertEquals(Compiled.withoutRevision(Compiled.decide(before, request)),
                Compiled.withoutRevision(Compiled.decide(after, request)),
                () -> "the formatted set decides otherwise: " + request + Inputs.describe(formatted));
        }
    }

    @Provide
    Arbitrary<PolicyModel> policies() {
        return PolicyGenerators.policies();
    }

    @Provide
    Arbitrary<List<RequestGenerators.Shape>> requests() {
        return RequestGenerators.shapes().list().ofMinSize(1).ofMaxSize(10);
    }
}
