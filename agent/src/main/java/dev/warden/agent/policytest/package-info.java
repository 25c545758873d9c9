/**
 * The files the policy tools read: request files ({@code policy explain --request}) and
 * {@code .policytest} files ({@code policy test}), both JSON, both read with the position of every
 * value so each mistake is reported as {@code file:line:col} with what to do. The request format
 * is defined once ({@link dev.warden.agent.policytest.RequestReader}) and shared by both.
 */
package dev.warden.agent.policytest;
