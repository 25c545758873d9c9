package dev.warden.policy;

import java.util.List;

/**
 * One {@code mask} rule's obligation: mask every match of its detectors, regular expressions and
 * column patterns.
 *
 * @param ruleId the mask rule
 * @param detectors built-in detector names ({@code email}, {@code credit_card}, ...; see {@link #DETECTORS})
 * @param regexes RE2 regular expressions (linear-time), already validated
 * @param columns result column or field name globs ({@code *} one dotted part, {@code **} any)
 * @param replacement what each match becomes
 * @param apply to the call's input, its output, or both
 */
public record MaskSpec(String ruleId, List<String> detectors, List<String> regexes, List<String> columns,
                       String replacement, Apply apply) {

    /** The built-in detectors a {@code detect} clause may name. */
    public static final List<String> DETECTORS = List.of("email", "phone", "iban", "credit_card", "ssn",
        "ip_address", "jwt", "aws_key", "github_token", "slack_token", "gitlab_token", "google_api_key",
        "private_key");

    /** The replacement when a rule gives none. */
    public static final String DEFAULT_REPLACEMENT = "[MASKED]";

    /** Where a mask applies. */
    public enum Apply { INPUT, OUTPUT, BOTH }

    public MaskSpec {
        detectors = List.copyOf(detectors);
        regexes = List.copyOf(regexes);
        columns = List.copyOf(columns);
    }
}
