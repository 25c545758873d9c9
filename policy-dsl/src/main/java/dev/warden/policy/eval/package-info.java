/**
 * Internal: the compiled, immutable form of a checked policy and the pure {@code decide} over it.
 * Not API — {@link dev.warden.policy.eval.PolicyCompiler} is the one entry the loader uses.
 */
package dev.warden.policy.eval;
