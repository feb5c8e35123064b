package io.tessera.launcher.config;

/** A setting the launcher cannot work with; the message says which one and what is expected. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
