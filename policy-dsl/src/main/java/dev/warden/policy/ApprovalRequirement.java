package dev.warden.policy;

import java.util.List;

/**
 * One {@code require_approval} rule's obligation: someone from its approvers must agree.
 *
 * @param ruleId the require_approval rule
 * @param approvers the name of the {@code approvers} declaration
 * @param groups OIDC groups whose members may approve
 * @param subjects subjects who may approve
 */
public record ApprovalRequirement(String ruleId, String approvers, List<String> groups, List<String> subjects) {

    public ApprovalRequirement {
        groups = List.copyOf(groups);
        subjects = List.copyOf(subjects);
    }
}
