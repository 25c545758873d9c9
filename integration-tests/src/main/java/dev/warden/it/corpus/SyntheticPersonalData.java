package dev.warden.it.corpus;

import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Mixes made-up personal data (a name, an e-mail address, a phone number, an IBAN) into some
 * corpus documents, reproducibly: the same seed and documents always give the same text. Real
 * proceedings rarely hold such data; a chunking service in production often does.
 */
public final class SyntheticPersonalData {

    /** The seed the demo and tests use. */
    public static final long DEFAULT_SEED = 20_240_330L;

    private final Faker faker;
    private final Random chooser;
    private final int everyNth;

    /**
     * @param seed fixes the generated data
     * @param everyNth one document in {@code everyNth} (on average) gets personal data; 0 for none
     */
    public SyntheticPersonalData(long seed, int everyNth) {
        this.faker = new Faker(Locale.ENGLISH, new Random(seed));
        this.chooser = new Random(seed ^ 0x5DEECE66DL);
        this.everyNth = everyNth;
    }

    /** Not thread-safe: call it from the one thread that reads the corpus. */
    public CorpusDocument mixInto(EuroparlDocument document) {
        String id = "europarl-" + document.number();
        if (everyNth <= 0 || chooser.nextInt(everyNth) != 0) {
            return new CorpusDocument(id, document.body(), "");
        }
        String sentence = sentence();
        String body = document.body();
        int cut = body.indexOf(". ", body.length() / 2);
        String text = cut < 0 ? body + " " + sentence : body.substring(0, cut + 2) + sentence + " " + body.substring(cut + 2);
        return new CorpusDocument(id, text, sentence);
    }

    private String sentence() {
        String name = faker.name().fullName();
        String email = faker.internet().emailAddress();
        return "For follow-up contact " + name + " (" + email + ", " + faker.phoneNumber().phoneNumber()
            + "), refunds to IBAN " + faker.finance().iban() + ".";
    }
}
