package dev.warden.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentFactsTest {

    public static final class Doc {
        private final String body;

        Doc(String body) {
            this.body = body;
        }

        public String text() {
            return body;
        }
    }

    @Test
    void countsCharactersOfStringsAndOfObjectsWithATextAccessor() {
        Map<String, Object> facts = ArgumentFacts.of(new Object[] {"hello", new Doc("four"), 42});

        assertEquals(9L, facts.get(ArgumentFacts.SIZE));
        assertEquals(2L, facts.get(ArgumentFacts.COUNT));
    }

    @Test
    void countsEveryDocumentOfACollectionArgument() {
        Map<String, Object> facts = ArgumentFacts.of(new Object[] {List.of(new Doc("ab"), new Doc("cde"))});

        assertEquals(5L, facts.get(ArgumentFacts.SIZE));
        assertEquals(2L, facts.get(ArgumentFacts.COUNT));
    }

    @Test
    void noArgumentsMeansZeroNotMissing() {
        Map<String, Object> facts = ArgumentFacts.of(null);

        assertEquals(0L, facts.get(ArgumentFacts.SIZE));
        assertEquals(0L, facts.get(ArgumentFacts.COUNT));
    }
}
