package dev.warden.it.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the demo runs, from system properties:
 * <ul>
 *   <li>{@code warden.demo.documents}: how many Europarl documents to send, from the start of the
 *       file (default 2000; {@code all} for all ~17,600)</li>
 *   <li>{@code warden.demo.clients}: concurrent clients, 2 to 4 (default 3)</li>
 *   <li>{@code warden.demo.policy}: the policy file to copy (default: examples/chunking.policy
 *       when found, else its copy on the class path)</li>
 *   <li>{@code warden.agent.jar}: the built agent jar</li>
 * </ul>
 */
record DemoSettings(int documents, int clients, Optional<Path> policy, int chunkSize, int chunkOverlap) {

    static final int DEFAULT_DOCUMENTS = 2000;
    static final int DEFAULT_CLIENTS = 3;

    static DemoSettings fromSystemProperties() {
        return new DemoSettings(
            documents(System.getProperty("warden.demo.documents", String.valueOf(DEFAULT_DOCUMENTS))),
            clients(System.getProperty("warden.demo.clients", String.valueOf(DEFAULT_CLIENTS))),
            policy(System.getProperty("warden.demo.policy", "examples/chunking.policy")),
            500,
            50);
    }

    boolean allDocuments() {
        return documents == Integer.MAX_VALUE;
    }

    private static int documents(String value) {
        if (value.strip().equalsIgnoreCase("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("-Dwarden.demo.documents=" + value + " is not valid: give a positive number "
            + "(default " + DEFAULT_DOCUMENTS + ") or 'all'");
    }

    private static int clients(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 2 && n <= 4) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("-Dwarden.demo.clients=" + value + " is not valid: give 2, 3 or 4");
    }

    private static Optional<Path> policy(String value) {
        Path path = Path.of(value);
        return Files.isRegularFile(path) ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
    }
}
