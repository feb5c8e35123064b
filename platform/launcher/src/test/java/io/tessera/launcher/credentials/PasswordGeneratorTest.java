package io.tessera.launcher.credentials;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordGeneratorTest {

    @Test
    void passwordsAreLongLettersAndDigitsWithoutLookAlikes() {
        PasswordGenerator generator = new PasswordGenerator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = generator.next();
            assertThat(p).hasSize(PasswordGenerator.LENGTH).matches("[a-zA-Z2-9]+").doesNotContain("0", "O", "1",
                    "l", "I");
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }
}
