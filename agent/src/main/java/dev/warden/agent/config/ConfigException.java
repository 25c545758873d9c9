package dev.warden.agent.config;

/** A setting is missing or invalid. The message names the setting, where it came from and what to do. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
