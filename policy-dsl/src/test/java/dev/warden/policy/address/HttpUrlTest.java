package dev.warden.policy.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one URL normal form: what requests and endpoint patterns are both reduced to. */
class HttpUrlTest {

    @Test
    void partsAreSplitAndDefaultsFilledIn() {
        HttpUrl url = HttpUrl.parse("HTTPS://API.Example.COM/v1/Embed?x=1#frag");
        assertEquals(new HttpUrl("https", "api.example.com", 443, "/v1/Embed", "x=1"), url);
        assertEquals("https://api.example.com/v1/Embed", url.display());
        assertEquals(80, HttpUrl.parse("http://h/").port());
        assertEquals("http://h:8080/", HttpUrl.parse("http://h:8080").display());
        assertNull(HttpUrl.parse("http://h/a").query());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // dot segments, plain and percent-encoded (unreserved escapes are decoded first)
        "https://h/v1/../admin, /admin",
        "https://h/v1/./x, /v1/x",
        "https://h/v1/%2e%2e/admin, /admin",
        "https://h/v1/%2E%2E/admin, /admin",
        "https://h/v1/.%2e/admin, /admin",
        "https://h/../../etc, /etc",
        // path parameters: Tomcat-style /..;/ traversal
        "https://h/v1/..;/admin, /admin",
        "https://h/v1/users;jsessionid=abc, /v1/users",
        // repeated slashes collapse, as most servers do
        "https://h//admin//x, /admin/x",
        // encoded slash stays encoded (never a separator); hex upper-cased
        "https://h/v1/a%2fb, /v1/a%2Fb",
        // double encoding is decoded once only
        "https://h/v1/%252e%252e/admin, /v1/%252e%252e/admin",
        // unreserved escapes decoded, others kept
        "https://h/%7Euser/%41%20b, /~user/A%20b",
        // trailing slash kept, empty path is /
        "https://h/v1/, /v1/",
        "https://h, /",
        "https://h?q, /",
    })
    void pathsAreNormalised(String url, String path) {
        assertEquals(path, HttpUrl.parse(url).path());
    }

    @Test
    void hostIsLowerCasedTrailingDotDroppedUserInfoIgnored() {
        assertEquals("api.example.com", HttpUrl.parse("https://API.example.com./x").host());
        assertEquals("evil.example", HttpUrl.parse("https://good.example@evil.example/x").host());
        assertEquals("evil.example", HttpUrl.parse("https://user:pw@evil.example:443/").host());
        assertEquals("[::1]", HttpUrl.parse("http://[::1]:8080/").host());
        assertEquals(8080, HttpUrl.parse("http://[::1]:8080/").port());
    }

    @Test
    void internationalHostsBecomePunycodeAndPathsPercentEncoded() {
        HttpUrl url = HttpUrl.parse("https://bücher.example/café");
        assertEquals("xn--bcher-kva.example", url.host());
        assertEquals("/caf%C3%A9", url.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ftp://h/x", "//h/x", "h/x", "", "https:///x", "https://h:0/", "https://h:99999/", "https://h:8o/",
        "https://h/a b", "https://h/a\\..\\admin", "https://h/%zz", "https://h/%4", "https://h%2e/x",
        "https://a..b/", "https://[::1/", "https://h/\u0000"})
    void ambiguousOrBadUrlsAreRejected(String url) {
        assertThrows(IllegalArgumentException.class, () -> HttpUrl.parse(url));
    }

    /**
     * Found by AddressProperties: half a surrogate pair was encoded as '%3F' (an escaped '?' the URL
     * never had), taking the next character into an escape, so normalising twice changed the path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"https://h/a\uD800b", "https://h/a\uDC00", "https://h/x?q=\uD83D", "https://h/\uDE00\uD83D"})
    void unpairedSurrogatesAreRejectedAndPairsEncoded(String url) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HttpUrl.parse(url)).getMessage().contains("surrogate"));
        assertEquals("/a%F0%9F%98%80b", HttpUrl.parse("https://h/a\uD83D\uDE00b").path());
    }

    @Test
    void patternsRejectWhatWouldChangeTheirMeaning() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse("https://h/v1/../x"))
            .getMessage().contains("'..'"));
        assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse("https://h"));
        assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse("https://h/x?q=1"));
        assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse("https://u@h/x"));
        assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse("https://h/***"));
        assertEquals(new UrlPattern("https", "*.example.com", 443, "/v1/**"), UrlPattern.parse("https://*.Example.com/v1/**"));
    }
}
