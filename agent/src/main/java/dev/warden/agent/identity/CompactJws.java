package dev.warden.agent.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A token split into its three compact-serialization segments. Decoding is strict: canonical
 * unpadded base64url only, JSON objects only, and a duplicate member name anywhere makes the
 * token malformed (two parsers must never disagree on who the caller is).
 */
final class CompactJws {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String headerSegment;
    private final String payloadSegment;
    private final String signatureSegment;
    private final String fingerprint;

    private CompactJws(String header, String payload, String signature, String fingerprint) {
        this.headerSegment = header;
        this.payloadSegment = payload;
        this.signatureSegment = signature;
        this.fingerprint = fingerprint;
    }

    /** Splits the token; the caller has already bounded its length. */
    static CompactJws split(String token, String fingerprint) throws TokenRejectedException {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            long dots = token.chars().filter(c -> c == '.').count();
            throw RejectReason.MALFORMED.reject(fingerprint, dots == 4
                    ? "token is an encrypted JWT (JWE); only signed JWTs (JWS) are accepted"
                    : "token is not a compact JWS (expected 3 dot-separated segments, found " + (dots + 1) + ")");
        }
        return new CompactJws(token.substring(0, first), token.substring(first + 1, second),
                token.substring(second + 1), fingerprint);
    }

    Map<String, Object> header() throws TokenRejectedException {
        return json(headerSegment, "header");
    }

    Map<String, Object> payload() throws TokenRejectedException {
        return json(payloadSegment, "payload");
    }

    byte[] signingInput() {
        return (headerSegment + "." + payloadSegment).getBytes(StandardCharsets.US_ASCII);
    }

    String signatureSegment() {
        return signatureSegment;
    }

    byte[] signature() throws TokenRejectedException {
        return decode(signatureSegment, "signature");
    }

    private Map<String, Object> json(String segment, String name) throws TokenRejectedException {
        byte[] bytes = decode(segment, name);
        try {
            return TokenJson.object(bytes);
        } catch (TokenJson.Invalid e) {
            throw RejectReason.MALFORMED.reject(fingerprint, "token " + name + " "
                    + (e.duplicateName ? "has a duplicate member name" : "is not a valid JSON object"));
        }
    }

    private byte[] decode(String segment, String name) throws TokenRejectedException {
        byte[] bytes;
        try {
            bytes = DECODER.decode(segment);
        } catch (IllegalArgumentException e) {
            throw RejectReason.MALFORMED.reject(fingerprint, "token " + name + " is not base64url");
        }
        // Only the canonical encoding: otherwise one signature has many spellings (token malleability).
        if (!ENCODER.encodeToString(bytes).equals(segment)) {
            throw RejectReason.MALFORMED.reject(fingerprint, "token " + name + " is not canonical unpadded base64url");
        }
        return bytes;
    }
}
