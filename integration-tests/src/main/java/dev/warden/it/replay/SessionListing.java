package dev.warden.it.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the output of {@code replay sessions --json}: a JSON array of sessions, an object with a
 * {@code sessions} array, or JSON Lines (one session per line).
 */
public final class SessionListing {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionListing() {
    }

    /**
     * One listed session; fields the output does not carry are null.
     *
     * @param outcome how the session ended or was decided (e.g. ok/denied/rejected, permit/deny)
     */
    public record Session(String id, String subject, String outcome, JsonNode raw) {
    }

    /** @throws IllegalArgumentException when {@code output} is not JSON of one of those shapes */
    public static List<Session> parse(String output) {
        List<Session> sessions = new ArrayList<>();
        for (JsonNode node : nodes(output)) {
            sessions.add(new Session(
                text(node, "sessionId", "session", "id"),
                text(node, "subject", "principal.subject", "identity.subject", "principal"),
                text(node, "outcome", "decision", "effect", "result"),
                node));
        }
        return sessions;
    }

    private static List<JsonNode> nodes(String output) {
        String trimmed = output.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        try {
            if (trimmed.startsWith("[")) {
                return elements(JSON.readTree(trimmed));
            }
            JsonNode first = JSON.readTree(trimmed.lines().findFirst().orElseThrow());
            if (first.has("sessions") && first.get("sessions").isArray()) {
                return elements(first.get("sessions"));
            }
            List<JsonNode> lines = new ArrayList<>();
            for (String line : trimmed.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalArgumentException("`replay sessions --json` printed something that is not JSON: "
                + e.getMessage() + "\n" + output, e);
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** The first of the dotted {@code paths} that holds a scalar value, as text. */
    private static String text(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode value = node;
            for (String step : path.split("\\.")) {
                value = value.path(step);
            }
            if (value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }
}
