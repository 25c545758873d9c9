package dev.warden.it.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the output of {@code replay sessions --json}: JSON Lines, one session per line, with the
 * fields documented in docs/replay.md.
 */
public final class SessionListing {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionListing() {
    }

    /**
     * One listed session.
     *
     * @param identity the verified subject, {@code anonymous}, {@code rejected: <reason>} or {@code unknown}
     * @param decision overall decision: {@code permit}, {@code deny} or {@code none}
     * @param outcome {@code ok}, {@code denied}, {@code rejected}, {@code error} or {@code open}
     * @param ruleIds the rules behind the session's decisions
     */
    public record Session(String id, String identity, String decision, String outcome, List<String> ruleIds) {
    }

    /** @throws IllegalArgumentException when a line is not a JSON object */
    public static List<Session> parse(String output) {
        List<Session> sessions = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (!line.isBlank()) {
                sessions.add(session(line));
            }
        }
        return sessions;
    }

    private static Session session(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("`replay sessions --json` printed a line that is not JSON: " + line, e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("`replay sessions --json` printed a line that is not a JSON object: " + line);
        }
        List<String> rules = new ArrayList<>();
        node.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
        return new Session(text(node, "sessionId"), text(node, "identity"), text(node, "decision"), text(node, "outcome"),
            List.copyOf(rules));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
