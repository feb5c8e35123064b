package io.tessera.platform.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words and phrases that mean the same thing to the people searching ("VPN", "虚拟专用网"): a query that contains
 * one of them also looks for the others. Terms are trimmed, lower-cased and de-duplicated; a set needs two.
 */
public record SynonymSet(List<String> terms) {

    public static final int MAX_TERMS = 20;
    public static final int MAX_TERM_LENGTH = 60;

    public SynonymSet {
        Set<String> clean = new LinkedHashSet<>();
        for (String t : terms) {
            String s = t == null ? "" : t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                clean.add(s);
            }
        }
        if (clean.size() < 2 || clean.size() > MAX_TERMS
                || clean.stream().anyMatch(s -> s.length() > MAX_TERM_LENGTH)) {
            throw new IllegalArgumentException("a synonym set has 2.." + MAX_TERMS + " distinct terms of at most "
                    + MAX_TERM_LENGTH + " characters");
        }
        terms = List.copyOf(new ArrayList<>(clean));
    }

    public static SynonymSet of(String... terms) {
        return new SynonymSet(List.of(terms));
    }
}
