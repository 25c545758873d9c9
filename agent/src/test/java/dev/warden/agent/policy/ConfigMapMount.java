package dev.warden.agent.policy;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory laid out and updated as the kubelet's atomic writer does for a mounted ConfigMap:
 * the data in a timestamped directory, {@code ..data} linking to it, each key a link
 * {@code name -> ..data/name}. An update writes a new timestamped directory, points
 * {@code ..data_tmp} at it, renames {@code ..data_tmp} over {@code ..data}, and deletes the old one.
 */
public final class ConfigMapMount {

    private final Path mount;
    private final String key;
    private Path current;
    private int version;

    private ConfigMapMount(Path mount, String key) {
        this.mount = mount;
        this.key = key;
    }

    public static ConfigMapMount create(Path mount, String key, String text) throws IOException {
        ConfigMapMount configMap = new ConfigMapMount(mount, key);
        configMap.current = configMap.writeVersion(text);
        Files.createSymbolicLink(mount.resolve("..data"), configMap.current.getFileName());
        Files.createSymbolicLink(mount.resolve(key), Path.of("..data").resolve(key));
        return configMap;
    }

    public void update(String text) throws IOException {
        Path previous = current;
        current = writeVersion(text);
        Path tmpLink = Files.createSymbolicLink(mount.resolve("..data_tmp"), current.getFileName());
        Files.move(tmpLink, mount.resolve("..data"), ATOMIC_MOVE, REPLACE_EXISTING);
        try (Stream<Path> old = Files.walk(previous)) {
            for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path writeVersion(String text) throws IOException {
        Path dir = Files.createDirectory(mount.resolve("..2026_05_03_03_09_37." + (++version)));
        Files.writeString(dir.resolve(key), text);
        return dir;
    }
}
