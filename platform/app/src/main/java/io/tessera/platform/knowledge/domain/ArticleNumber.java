package io.tessera.platform.knowledge.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article's human number within its tenant, shown as {@code KB0000042}. */
public record ArticleNumber(long value) {

    private static final Pattern FORMAT = Pattern.compile("KB(\\d{7,18})");

    public ArticleNumber {
        if (value < 1) {
            throw new IllegalArgumentException("article numbers start at 1");
        }
    }

    public static Optional<ArticleNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(m.group(1));
            return v < 1 ? Optional.empty() : Optional.of(new ArticleNumber(v));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return String.format("KB%07d", value);
    }
}
