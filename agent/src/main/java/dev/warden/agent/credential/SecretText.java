package dev.warden.agent.credential;

import java.util.Arrays;

/** How the bytes of a secret file become the secret. */
final class SecretText {

    private SecretText() {
    }

    /**
     * Drops exactly one final {@code \n} or {@code \r\n}: files written by {@code echo}, editors and
     * {@code kubectl create secret --from-file} of such files end with one, and it is never part of
     * a key. Anything before it, further newlines included, is kept as written.
     */
    static byte[] withoutFinalNewline(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }
}
