package dev.warden.it.corpus;

/**
 * A document as the demo and tests send it: Europarl text, possibly with made-up personal data
 * mixed in.
 *
 * @param id stable id ({@code europarl-<line>})
 * @param personalData the synthetic personal data inserted, empty when none
 */
public record CorpusDocument(String id, String text, String personalData) {

    public boolean containsPersonalData() {
        return !personalData.isEmpty();
    }
}
