/**
 * Internal: name resolution and checks over parsed files, producing a {@link
 * dev.warden.policy.check.CheckedPolicy} the compiler can trust. Not API.
 */
package dev.warden.policy.check;
