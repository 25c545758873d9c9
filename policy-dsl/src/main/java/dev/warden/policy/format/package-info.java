/**
 * Internal: the policy formatter behind {@link dev.warden.policy.PolicyFormatter} ({@code policy fmt}).
 * It works on the parser's syntax tree plus the lexer's side table of comments, so loading a
 * policy never pays for comments.
 */
package dev.warden.policy.format;
