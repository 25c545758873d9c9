package dev.warden.policy;

/**
 * The part of a source line a rendered diagnostic shows, and where its caret goes. A long line is
 * cut to a window around the span: every diagnostic on a 20 KB line would otherwise repeat the
 * whole line, and a file of such errors would render to gigabytes.
 *
 * @param text what to print (with {@code ...} where the line was cut)
 * @param caretOffset index in {@code text} of the first caret
 * @param caretLength how many carets (at least 1)
 */
record LineExcerpt(String text, int caretOffset, int caretLength) {

    /** Lines up to this long are shown whole; longer ones are cut to this many characters. */
    static final int WIDTH = 120;
    /** How much of a cut line is shown before the span. */
    private static final int LEAD = 40;
    private static final String CUT = "...";

    static LineExcerpt of(String line, int column, int length) {
        int at = Math.max(0, column - 1);
        int carets = Math.max(1, length);
        if (line.length() <= WIDTH) {
            return new LineExcerpt(line, at, carets);
        }
        int start = Math.max(0, Math.min(at - LEAD, line.length() - WIDTH));
        int end = Math.min(line.length(), start + WIDTH);
        String before = start > 0 ? CUT : "";
        String text = before + line.substring(start, end) + (end < line.length() ? CUT : "");
        return new LineExcerpt(text, before.length() + at - start, Math.max(1, Math.min(carets, end + 1 - at)));
    }
}
