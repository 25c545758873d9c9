/**
 * Policy tests ({@code .policytest} files, {@code policy test}): a request, the decision it must
 * get, and which rules a set of tests exercised. The file format is read by the CLI; this package
 * holds what a test says and how it is judged, independent of any file format.
 */
package dev.warden.policy.testing;
