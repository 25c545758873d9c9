package dev.warden.it.bench.jmh;

/**
 * The methods the benchmark policy guards ({@link EntryCallBenchmark#POLICY}): {@code allowed} is
 * permitted to every caller, {@code denied} forbidden to every caller. Their body is the same cheap
 * piece of real work (counting the words of a paragraph), so a ratio to it means something.
 */
public final class GuardedService {

    public int allowed(String text) {
        return words(text);
    }

    public int denied(String text) {
        return words(text);
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
