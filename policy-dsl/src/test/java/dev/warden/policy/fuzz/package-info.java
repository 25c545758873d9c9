/**
 * Property-based tests (jqwik) of the policy language: parser, checker, {@code decide}, {@code explain},
 * the formatter and the shared URL and JDBC normalisers.
 *
 * <p>The generators cover the whole language. {@link dev.warden.policy.fuzz.PolicyGenerators} and
 * {@link dev.warden.policy.fuzz.RuleGenerators} make valid {@link dev.warden.policy.fuzz.PolicyModel}s
 * of one to three files (headers, every declaration, every rule kind, conditions typed for the
 * rule's target), which {@link dev.warden.policy.fuzz.PolicyText} lays out every way the language
 * allows. {@link dev.warden.policy.fuzz.RequestGenerators} makes requests of the three action kinds
 * aimed at a policy's rules and declarations ({@link dev.warden.policy.fuzz.Callers},
 * {@link dev.warden.policy.fuzz.Actions}, with URLs and JDBC URLs spelled many ways by
 * {@link dev.warden.policy.fuzz.HttpAddresses} and {@link dev.warden.policy.fuzz.JdbcAddresses}).
 *
 * <ul>
 *   <li>{@link dev.warden.policy.fuzz.MutatedPolicyProperties}: real policies ({@link
 *       dev.warden.policy.fuzz.PolicyCorpus}: every {@code examples/**}{@code /*.policy} and every policy
 *       written in this module's tests, found at run time) and generated ones, damaged by {@link
 *       dev.warden.policy.fuzz.Mutation}s. {@code PolicyLoader.parse} returns a set or throws
 *       {@code PolicyException} with well-formed diagnostics ({@link dev.warden.policy.fuzz.WellFormed}),
 *       nothing else, within a deadline ({@link dev.warden.policy.fuzz.BoundedParse}).</li>
 *   <li>{@link dev.warden.policy.fuzz.GeneratedPolicyProperties}: valid policies compile; {@code decide}
 *       never throws, is deterministic, reads every spelling of a URL alike, and returns what the
 *       {@code explain} traces add up to, with the obligations of exactly the rules that applied
 *       ({@link dev.warden.policy.fuzz.DecisionChecks}, {@link dev.warden.policy.fuzz.ObligationChecks});
 *       {@link dev.warden.policy.fuzz.Reached} makes sure the requests reach every outcome.</li>
 *   <li>{@link dev.warden.policy.fuzz.NearValidPolicyProperties}: one known mistake ({@link
 *       dev.warden.policy.fuzz.Fault}, one or more per error code) in a valid set is reported with its
 *       code, and nothing else is.</li>
 *   <li>{@link dev.warden.policy.fuzz.FormatProperties}: formatting is idempotent and keeps every decision.</li>
 *   <li>{@link dev.warden.policy.fuzz.AddressProperties}: the URL and JDBC normalisers on respelled and
 *       damaged input; {@link dev.warden.policy.fuzz.TimeProperties}: time facts against java.time.</li>
 * </ul>
 *
 * <p>The build runs a fixed seed and a few hundred tries per property; {@link
 * dev.warden.policy.fuzz.FuzzSettings} says how to run more, with other seeds, and how to replay a failure.
 */
package dev.warden.policy.fuzz;
