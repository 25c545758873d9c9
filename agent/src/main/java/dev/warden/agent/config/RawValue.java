package dev.warden.agent.config;

/**
 * A setting as written, before parsing.
 *
 * @param source where it came from, for messages: e.g. {@code agent argument 'mode'},
 *     {@code system property warden.mode}, {@code environment variable WARDEN_MODE}
 */
record RawValue(String value, String source) {
}
