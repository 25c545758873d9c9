package dev.warden.it.corpus;

/**
 * One document of the Europarl corpus: one line of the file, {@code title TAB date TAB body}.
 *
 * @param number 1-based line number in the file, a stable id for the document
 */
public record EuroparlDocument(int number, String title, String date, String body) {
}
