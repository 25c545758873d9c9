/**
 * Internal: the policy language's source model, lexer, parser and syntax tree. Not API — types
 * here are public only so that the checker and compiler in sibling packages can read them.
 */
package dev.warden.policy.syntax;
