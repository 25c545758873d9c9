package dev.warden.agent.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.jar.JarFile;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the Implementation-Version of the warden-agent.jar this class came from. */
final class WardenVersion implements IVersionProvider {

    static final String UNKNOWN = "development build";

    @Override
    public String[] getVersion() {
        return new String[] {"warden " + version()};
    }

    static String version() {
        // The isolated class loader defines packages without manifest data, so read the jar's own.
        CodeSource source = WardenVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return UNKNOWN;
        }
        try {
            File file = new File(source.getLocation().toURI());
            if (!file.isFile()) {
                return UNKNOWN;
            }
            try (JarFile jar = new JarFile(file, false)) {
                String version = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Implementation-Version");
                return version == null ? UNKNOWN : version;
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return UNKNOWN;
        }
    }
}
