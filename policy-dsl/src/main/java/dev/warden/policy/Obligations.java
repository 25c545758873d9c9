package dev.warden.policy;

import java.util.List;

/**
 * What must happen for a permitted (or approval-required) call to run. The caller must carry out
 * every obligation or refuse the call: an obligation that cannot be carried out is a denial.
 *
 * @param masks what to mask, from every {@code mask} rule that applies
 * @param injections credentials to inject, from every {@code inject} rule that applies
 * @param approvals who must approve, from every {@code require_approval} rule that applies
 */
public record Obligations(List<MaskSpec> masks, List<Injection> injections, List<ApprovalRequirement> approvals) {

    public static final Obligations NONE = new Obligations(List.of(), List.of(), List.of());

    public Obligations {
        masks = List.copyOf(masks);
        injections = List.copyOf(injections);
        approvals = List.copyOf(approvals);
    }

    public boolean isEmpty() {
        return masks.isEmpty() && injections.isEmpty() && approvals.isEmpty();
    }
}
