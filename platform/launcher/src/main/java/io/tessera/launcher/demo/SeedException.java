package io.tessera.launcher.demo;

/** Seeding could not go on; the message quotes what the platform or Keycloak answered. */
public class SeedException extends Exception {

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
