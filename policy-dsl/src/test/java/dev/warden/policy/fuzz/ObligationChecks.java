package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.CredentialSource;
import dev.warden.policy.Decision;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The obligations of a permitted or approval-required decision, against the rules that applied and
 * against the policy's text: each mask, injection and approval is exactly what its rule and the
 * declarations it names say.
 */
final class ObligationChecks {

    private ObligationChecks() {
    }

    /**
     * @param masks the mask rules that applied (or errored), sorted
     * @param injects the inject rules that applied, sorted
     * @param approvals the require_approval rules that counted, sorted (empty for a permit)
     */
    static void assertCarried(PolicyModel model, Decision d, List<String> masks, List<String> injects, List<String> approvals,
                              Supplier<String> context) {
        assertEquals(masks, d.obligations().masks().stream().map(MaskSpec::ruleId).toList(), context);
        d.obligations().masks().forEach(m -> assertEquals(sorted(expectedMask(model.rule(m.ruleId()))), sorted(m), context));
        assertEquals(approvals, d.obligations().approvals().stream().map(ApprovalRequirement::ruleId).toList(), context);
        d.obligations().approvals().forEach(a -> assertEquals(sorted(expectedApproval(model, model.rule(a.ruleId()))), sorted(a),
            context));
        List<String> places = new ArrayList<>();
        for (Injection injection : d.obligations().injections()) {
            assertTrue(injects.contains(injection.ruleId()), () -> "injection of a rule that did not apply: " + injection
                + context.get());
            assertEquals(expectedInjection(model, model.rule(injection.ruleId())), injection, context);
            places.add(slotKey(model.rule(injection.ruleId()).inject()));
        }
        assertEquals(places.size(), new LinkedHashSet<>(places).size(), () -> "two injections into one place" + context.get());
        for (String id : injects) {
            PolicyModel.Inject inject = model.rule(id).inject();
            assertTrue(d.obligations().injections().stream().anyMatch(i -> i.credential().equals(inject.credential())
                && slotKey(model.rule(i.ruleId()).inject()).equals(slotKey(inject))),
                () -> "inject '" + id + "' applied but its credential is not injected" + context.get());
        }
    }

    /**
     * A denial by inject rules: one whose condition errored, one whose credential may not go where
     * the request goes, or two that put different credentials in one place.
     */
    static void assertInjectDenial(PolicyModel model, Decision d, List<String> injects, List<String> failed, String target,
                                   Supplier<String> context) {
        List<String> ids = d.ruleIds();
        assertTrue(!ids.isEmpty() && ids.size() <= 2, () -> "an obligation denial names one or two inject rules" + context.get());
        if (ids.size() == 2) {
            PolicyModel.Inject a = model.rule(ids.get(0)).inject();
            PolicyModel.Inject b = model.rule(ids.get(1)).inject();
            assertTrue(injects.containsAll(ids) && slotKey(a).equals(slotKey(b)) && !a.credential().equals(b.credential()),
                () -> "a conflict is two applied injects of different credentials into one place" + context.get());
        } else if (!failed.contains(ids.get(0))) {
            assertTrue(injects.contains(ids.get(0)), () -> "denied by an inject that did not apply" + context.get());
            List<String> onlyTo = model.credential(model.rule(ids.get(0)).inject().credential()).onlyTo();
            assertTrue(target == null || !onlyTo.contains(target), () -> "inject '" + ids.get(0) + "' denied a request to "
                + target + ", which its credential's only_to " + onlyTo + " lists" + context.get());
        }
    }

    static String slotKey(PolicyModel.Inject inject) {
        return switch (inject.slot()) {
            case "header" -> inject.header().toLowerCase(Locale.ROOT);
            case "bearer" -> "authorization";
            default -> "password";
        };
    }

    /** Lists in a mask or approval follow the source order of their members, which the generator shuffles. */
    private static MaskSpec sorted(MaskSpec m) {
        return new MaskSpec(m.ruleId(), sorted(m.detectors()), sorted(m.regexes()), sorted(m.columns()), m.replacement(),
            m.apply());
    }

    private static ApprovalRequirement sorted(ApprovalRequirement a) {
        return new ApprovalRequirement(a.ruleId(), a.approvers(), sorted(a.groups()), sorted(a.subjects()));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static MaskSpec expectedMask(PolicyModel.Rule rule) {
        PolicyModel.Mask m = rule.mask();
        return new MaskSpec(rule.name(), List.copyOf(new LinkedHashSet<>(m.detectors())), m.regexes(), m.columns(),
            m.replace() == null ? MaskSpec.DEFAULT_REPLACEMENT : m.replace(),
            m.apply() == null ? MaskSpec.Apply.BOTH : MaskSpec.Apply.valueOf(m.apply().toUpperCase(Locale.ROOT)));
    }

    private static ApprovalRequirement expectedApproval(PolicyModel model, PolicyModel.Rule rule) {
        PolicyModel.Approvers a = model.approversNamed(rule.approvers());
        return new ApprovalRequirement(rule.name(), a.name(), List.copyOf(new LinkedHashSet<>(a.groups())),
            List.copyOf(new LinkedHashSet<>(a.subjects())));
    }

    private static Injection expectedInjection(PolicyModel model, PolicyModel.Rule rule) {
        PolicyModel.Inject inject = rule.inject();
        PolicyModel.Credential c = model.credential(inject.credential());
        return new Injection(rule.name(), c.name(), new CredentialSource(CredentialSource.Kind.valueOf(c.source()
            .toUpperCase(Locale.ROOT)), c.location()), Injection.Slot.valueOf(inject.slot().toUpperCase(Locale.ROOT)),
            inject.header());
    }
}
