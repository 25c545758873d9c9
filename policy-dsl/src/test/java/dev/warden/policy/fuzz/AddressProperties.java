package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.address.HttpUrl;
import dev.warden.policy.address.JdbcAddress;
import dev.warden.policy.address.UrlPattern;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The shared normalisers: every spelling of a URL or of a JDBC URL reaches what its plain spelling
 * reaches, the normal form of a URL is a fixed point, and on damaged input the parsers answer or
 * throw {@link IllegalArgumentException}, nothing else.
 */
@AddLifecycleHook(FuzzSettings.class)
class AddressProperties {

    @Property(tries = 300)
    void everySpellingOfAUrlNormalisesToWhatItsPlainSpellingDoes(@ForAll("patterns") String pattern, @ForAll long seed) {
        Random random = new Random(seed);
        String plain = HttpAddresses.matching(UrlPattern.parse(pattern), random);
        String spelled = HttpAddresses.respelled(plain, random);
        HttpUrl expected = HttpUrl.parse(plain);
        HttpUrl actual = HttpUrl.parse(spelled);
        assertEquals(expected.display() + " port " + expected.port(), actual.display() + " port " + actual.port(),
            () -> spelled + " is another spelling of " + plain);
    }

    @Property(tries = 300)
    void everySpellingOfAJdbcUrlReachesTheSameDatabaseAndItsNeighbourAnother(@ForAll("databases") JdbcAddresses.Database db,
                                                                          @ForAll long seed) {
        Random random = new Random(seed);
        String first = JdbcAddresses.spelled(db, random);
        String second = JdbcAddresses.spelled(db, random);
        assertEquals(JdbcAddress.parse(first), JdbcAddress.parse(second), () -> first + " and " + second + " reach " + db);
        String neighbour = JdbcAddresses.spelled(JdbcAddresses.neighbour(db, random), random);
        assertNotEquals(JdbcAddress.parse(first), JdbcAddress.parse(neighbour), () -> neighbour + " is not " + first);
    }

    @Property(tries = 300)
    void aDamagedUrlIsReadInNormalFormOrRejected(@ForAll("damagedUrls") String url) {
        HttpUrl parsed = parsedOrRejected(url, HttpUrl::parse);
        if (parsed == null) {
            return;
        }
        String path = parsed.path();
        assertTrue(path.startsWith("/") && !path.contains("//"), () -> url + " -> path " + path);
        List<String> segments = List.of(path.split("/", -1));
        assertFalse(segments.contains(".") || segments.contains(".."), () -> url + " -> path " + path);
        String again = parsed.display() + (parsed.query() == null ? "" : "?" + parsed.query());
        HttpUrl reparsed = parsedOrRejected(again, HttpUrl::parse);
        assertEquals(parsed, reparsed, () -> "the normal form of " + url + " is not a fixed point: " + again);
    }

    @Property(tries = 300)
    void aDamagedJdbcUrlIsReadOrRejected(@ForAll("damagedJdbcUrls") String url) {
        parsedOrRejected(url, JdbcAddress::parse);
    }

    /** The parsed value, or null when {@code parser} rejects {@code input} with IllegalArgumentException. */
    private static <T> T parsedOrRejected(String input, Function<String, T> parser) {
        try {
            return parser.apply(input);
        } catch (IllegalArgumentException rejected) {
            assertTrue(rejected.getMessage() != null && !rejected.getMessage().isBlank(), () -> "no reason for " + input);
            return null;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("parsing '" + Inputs.escaped(input) + "' threw " + e, e);
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        return HttpAddresses.patterns();
    }

    @Provide
    Arbitrary<JdbcAddresses.Database> databases() {
        return JdbcAddresses.databases();
    }

    @Provide
    Arbitrary<String> damagedUrls() {
        Arbitrary<String> urls = Combinators.combine(HttpAddresses.patterns(), Arbitraries.longs()).as((pattern, seed) -> {
            Random random = new Random(seed);
            return HttpAddresses.respelled(HttpAddresses.matching(UrlPattern.parse(pattern), random), random);
        });
        return damaged(urls);
    }

    @Provide
    Arbitrary<String> damagedJdbcUrls() {
        return damaged(Combinators.combine(JdbcAddresses.databases(), Arbitraries.longs())
            .as((db, seed) -> JdbcAddresses.spelled(db, new Random(seed))));
    }

    /** A few character and token edits, with the characters that matter in URLs among the inserts. */
    private static Arbitrary<String> damaged(Arbitrary<String> valid) {
        Arbitrary<Mutation> edit = Combinators.combine(Arbitraries.of(Mutation.Kind.values()), Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 500), Arbitraries.oneOf(Arbitraries.of(Mutations.SPECIALS),
                    Arbitraries.of("%", "%2", "%zz", "%2e", "..", "@", ":", ":0", ":65536", "[", "]", "?", "#", ";", "//", "\u00df",
                        "xn--", "\u0130", "/", "\\")))
            .as(Mutation::new);
        return Combinators.combine(valid, edit.list().ofMinSize(1).ofMaxSize(3)).as((text, edits) -> {
            String damaged = text;
            for (Mutation m : edits) {
                damaged = m.apply(damaged);
            }
            return damaged;
        });
    }
}
