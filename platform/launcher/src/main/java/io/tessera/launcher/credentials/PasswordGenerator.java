package io.tessera.launcher.credentials;

import java.security.SecureRandom;
import java.util.Random;

/** Random passwords that are easy to copy: letters and digits only, without look-alikes (0/O, 1/l/I). */
public final class PasswordGenerator {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 20;

    private final Random random;

    public PasswordGenerator() {
        this(new SecureRandom());
    }

    PasswordGenerator(Random random) {
        this.random = random;
    }

    public String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
