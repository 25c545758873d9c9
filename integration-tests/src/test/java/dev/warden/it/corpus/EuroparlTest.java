package dev.warden.it.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EuroparlTest {

    @Test
    void theCorpusHoldsAllItsDocumentsEachWithABody() {
        try (Stream<EuroparlDocument> documents = Europarl.documents()) {
            List<EuroparlDocument> all = documents.toList();
            assertEquals(17_597, all.size());
            assertTrue(all.stream().noneMatch(d -> d.body().isBlank()));
            assertEquals(1, all.get(0).number());
            assertEquals(17_597, all.get(all.size() - 1).number());
        }
    }

    @Test
    void aLineSplitsIntoTitleDateAndBody() {
        EuroparlDocument document = Europarl.parse(7, "Debates\t2004-03-30\tThe body\twith a tab inside.");

        assertEquals(new EuroparlDocument(7, "Debates", "2004-03-30", "The body\twith a tab inside."), document);
    }

    @Test
    void aLineWithoutThreeFieldsIsReportedWithItsLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Europarl.parse(12, "only a title"));

        assertTrue(e.getMessage().contains(Europarl.RESOURCE + ":12"), e.getMessage());
    }

    @Test
    void theSameSeedMixesTheSamePersonalDataIntoTheSameDocuments() {
        List<CorpusDocument> first = mixed(42);
        List<CorpusDocument> second = mixed(42);

        assertEquals(first, second);
    }

    @Test
    void mixedInPersonalDataIsInTheTextAndTheRestIsUntouched() {
        List<CorpusDocument> documents = mixed(SyntheticPersonalData.DEFAULT_SEED);
        List<CorpusDocument> withData = documents.stream().filter(CorpusDocument::containsPersonalData).toList();

        assertFalse(withData.isEmpty());
        assertTrue(withData.size() < documents.size());
        for (CorpusDocument d : withData) {
            assertTrue(d.text().contains(d.personalData()), d.id());
            assertTrue(d.personalData().contains("@"), d.personalData());
        }
        try (Stream<EuroparlDocument> originals = Europarl.documents().limit(200)) {
            List<EuroparlDocument> bodies = originals.toList();
            for (int i = 0; i < bodies.size(); i++) {
                if (!documents.get(i).containsPersonalData()) {
                    assertEquals(bodies.get(i).body(), documents.get(i).text());
                }
            }
        }
    }

    private static List<CorpusDocument> mixed(long seed) {
        SyntheticPersonalData data = new SyntheticPersonalData(seed, 10);
        try (Stream<EuroparlDocument> documents = Europarl.documents().limit(200)) {
            return documents.map(data::mixInto).toList();
        }
    }
}
