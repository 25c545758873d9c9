package dev.warden.launcher;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;

/** Finds the warden-agent.jar this launcher was loaded from. */
final class AgentJar {

    private AgentJar() {
    }

    static File locate() {
        CodeSource source = AgentJar.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("warden: cannot locate warden-agent.jar (no code source)");
        }
        try {
            File file = new File(source.getLocation().toURI());
            if (!file.isFile()) {
                throw new IllegalStateException("warden: expected to run from warden-agent.jar, found " + file);
            }
            return file;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("warden: cannot locate warden-agent.jar: " + e.getMessage(), e);
        }
    }
}
