/**
 * Property-based tests (jqwik) of the policy parser, checker and {@code decide}.
 *
 * <ul>
 *   <li>{@link dev.warden.policy.fuzz.MutatedPolicyProperties}: real policies ({@link
 *       dev.warden.policy.fuzz.PolicyCorpus}: every {@code examples/**}{@code /*.policy} and every policy
 *       written in this module's tests, found at run time) and generated ones, damaged by {@link
 *       dev.warden.policy.fuzz.Mutation}s. {@code PolicyLoader.parse} returns a set or throws
 *       {@code PolicyException} with well-formed diagnostics ({@link dev.warden.policy.fuzz.WellFormed}),
 *       nothing else, within a deadline ({@link dev.warden.policy.fuzz.BoundedParse}).</li>
 *   <li>{@link dev.warden.policy.fuzz.GeneratedPolicyProperties}: valid policies from the grammar
 *       ({@link dev.warden.policy.fuzz.PolicyGenerators}, rendered by {@link dev.warden.policy.fuzz.PolicyText})
 *       compile, and {@code decide} never throws and agrees with the rules it names.</li>
 *   <li>{@link dev.warden.policy.fuzz.NearValidPolicyProperties}: one known mistake ({@link
 *       dev.warden.policy.fuzz.Fault}) in a valid policy is reported with its code, and nothing else is.</li>
 * </ul>
 *
 * <p>The build runs a fixed seed and a few hundred tries per property; {@link
 * dev.warden.policy.fuzz.FuzzSettings} says how to run more, with other seeds, and how to replay a failure.
 */
package dev.warden.policy.fuzz;
