package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWK;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recently verified tokens, keyed by the full SHA-256 of the token, so a caller that presents the
 * same token on every request pays for one signature check. Bounded (least recently used entries
 * go first). An entry records the key that verified it: the verifier honours a hit only while that
 * key is still published and the token has not reached its {@code exp}.
 */
final class VerificationCache {

    record Entry(VerifiedToken token, JWK key) {
    }

    private final Map<TokenHash, Entry> entries;

    VerificationCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TokenHash, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The live entry for the token hash, or {@code null}; entries at or past their exp are dropped. */
    synchronized Entry get(TokenHash tokenSha256, long nowSecond) {
        Entry entry = entries.get(tokenSha256);
        if (entry != null && nowSecond >= entry.token().expiresAtEpochSecond()) {
            entries.remove(tokenSha256);
            return null;
        }
        return entry;
    }

    synchronized void put(TokenHash tokenSha256, Entry entry) {
        entries.put(tokenSha256, entry);
    }

    synchronized void remove(TokenHash tokenSha256) {
        entries.remove(tokenSha256);
    }

    synchronized int size() {
        return entries.size();
    }
}
