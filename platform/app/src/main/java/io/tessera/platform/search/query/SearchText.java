package io.tessera.platform.search.query;

import java.text.Normalizer;
import java.util.Optional;

/**
 * User text that is about to be searched for: NFKC-normalised (full-width Latin and digits become ASCII), control
 * characters removed, white space collapsed. Nothing in it has a syntactic meaning: {@code *}, quotes,
 * {@code AND(}, {@code field:value} are just characters that the analyzers split or drop.
 */
public record SearchText(String value) {

    /** Longest search query accepted from a search box. */
    public static final int MAX_QUERY = 500;

    public SearchText {
        if (value == null) {
            throw new IllegalArgumentException("null text");
        }
    }

    /** The cleaned text, or empty when nothing searchable is left. Never throws on any input. */
    public static Optional<SearchText> of(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || cp == 0xFFFD;
            if (blank) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.appendCodePoint(cp);
            }
        }
        return b.length() == 0 ? Optional.empty() : Optional.of(new SearchText(b.toString()));
    }

    /** The first {@code max} characters (not splitting a surrogate pair), for long texts like ticket descriptions. */
    public SearchText truncate(int max) {
        if (value.length() <= max) {
            return this;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return new SearchText(value.substring(0, end));
    }

    public boolean containsCjk() {
        return value.codePoints().anyMatch(SearchText::isCjk);
    }

    /** Whether every character of a (non-empty) term is CJK. */
    static boolean isAllCjk(String term) {
        return !term.isEmpty() && term.codePoints().allMatch(SearchText::isCjk);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
