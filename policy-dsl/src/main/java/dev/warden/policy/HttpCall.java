package dev.warden.policy;

import dev.warden.policy.address.HttpUrl;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An outbound HTTP request about to be sent.
 *
 * @param method the request method, upper case ({@code GET}, {@code POST}, ...)
 * @param url the destination, normalised once by {@link HttpUrl#parse}
 * @param headers request headers by lower-case name (one value each; join repeated headers with
 *     {@code ", "} as HTTP does); conditions read them as {@code http.header.NAME}
 */
public record HttpCall(String method, HttpUrl url, Map<String, String> headers) implements Action {

    public HttpCall {
        method = method.toUpperCase(Locale.ROOT);
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> lower.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b));
        headers = Map.copyOf(lower);
    }

    /** Parses and normalises {@code url}; throws IllegalArgumentException if it is not a valid http(s) URL. */
    public static HttpCall of(String method, String url, Map<String, String> headers) {
        return new HttpCall(method, HttpUrl.parse(url), headers);
    }

    @Override
    public String display() {
        return method + " " + url.display();
    }
}
