package io.tessera.platform.search.query;

import io.tessera.platform.search.query.SearchFields.Analysis;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Highlighted snippets: marks the character ranges of a stored text whose terms the query looked for (Chinese words
 * and bigrams where they occur; Latin words by re-analysing the text's Latin parts with the English analyzer,
 * exactly or within the fuzzy edit distance), picks the window with most marked text and
 * returns it HTML-escaped with {@code <mark>} around the matches. Works the same for Chinese (words and bigrams)
 * and English (stems), which Lucene's highlighters would need extra modules for that WildFly does not ship.
 */
public final class SnippetHighlighter {

    /** Only the start of long texts is analysed, to keep snippets cheap. */
    public static final int MAX_ANALYSED = 4000;

    private final Map<Analysis, Analyzer> analyzers = new EnumMap<>(Analysis.class);

    public SnippetHighlighter(Map<String, Analyzer> analyzersByName) {
        for (Analysis a : Analysis.values()) {
            analyzers.put(a, analyzersByName.get(a.analyzer()));
        }
    }

    /**
     * @param text     stored plain text (may be null)
     * @param maxChars length of the snippet window; texts that fit are returned whole
     * @return escaped HTML; empty string for no text
     */
    public String highlight(String text, RelevanceQueryBuilder.MatchTerms terms, int maxChars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String analysed = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        List<int[]> ranges = new ArrayList<>();
        RelevanceQueryBuilder.Scripts scripts = RelevanceQueryBuilder.Scripts.of(analysed);
        boolean cjk = scripts.cjk();
        boolean nonCjk = scripts.other();
        // Chinese words and bigrams are the text's own characters (the Chinese analyses neither stem nor fold Han
        // script): they are found by looking for them, not by segmenting the text again with SmartChinese, which
        // was the costliest part of a search response. Latin terms those analyses produced join the English ones.
        Set<String> latin = new HashSet<>(terms.exact().getOrDefault(Analysis.ENGLISH, Set.of()));
        Set<String> latinSurface = new HashSet<>();
        for (Analysis a : List.of(Analysis.CHINESE, Analysis.CJK_BIGRAM)) {
            for (String term : terms.exact().getOrDefault(a, Set.of())) {
                if (SearchText.isAllCjk(term)) {
                    if (cjk) {
                        markOccurrences(analysed, term, ranges);
                    }
                } else {
                    latinSurface.add(term);
                }
            }
        }
        boolean fuzzy = !terms.fuzzy().isEmpty();
        if (nonCjk && (!latin.isEmpty() || !latinSurface.isEmpty() || fuzzy)) {
            // the English analysis sees the text with its CJK characters blanked out (offsets stay the same): it
            // would otherwise emit, fold and stem every Han character as a token of its own
            String latinText = cjk ? blankCjk(analysed) : analysed;
            Analysis en = Analysis.ENGLISH;
            for (Tokens.Token t : Tokens.withOffsets(analyzers.get(en), en.field(SearchFields.BODY), latinText)) {
                if (latin.contains(t.term()) || (fuzzy && fuzzyMatch(t.term(), terms.fuzzy()))
                        || (!latinSurface.isEmpty() && (latinSurface.contains(t.term()) || latinSurface.contains(
                        analysed.substring(t.start(), t.end()).toLowerCase(Locale.ROOT))))) {
                    ranges.add(new int[] {t.start(), t.end()});
                }
            }
        }
        List<int[]> merged = merge(ranges);
        int start = 0;
        int end = Math.min(text.length(), maxChars);
        if (text.length() > maxChars && !merged.isEmpty()) {
            int best = 0;
            int bestStart = 0;
            for (int[] r : merged) {
                int from = Math.max(0, Math.min(r[0] - maxChars / 4, text.length() - maxChars));
                int covered = 0;
                for (int[] o : merged) {
                    covered += Math.max(0, Math.min(o[1], from + maxChars) - Math.max(o[0], from));
                }
                if (covered > best) {
                    best = covered;
                    bestStart = from;
                }
            }
            start = snapStart(text, bestStart);
            end = Math.min(text.length(), start + maxChars);
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        int pos = start;
        for (int[] r : merged) {
            if (r[1] <= start || r[0] >= end) {
                continue;
            }
            int from = Math.max(r[0], start);
            int to = Math.min(r[1], end);
            escape(text, pos, from, out);
            out.append("<mark>");
            escape(text, from, to, out);
            out.append("</mark>");
            pos = to;
        }
        escape(text, pos, end, out);
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static void markOccurrences(String text, String term, List<int[]> ranges) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            ranges.add(new int[] {at, at + term.length()});
        }
    }

    /** The text with every CJK character replaced by a space, so offsets into it are offsets into the text. */
    private static String blankCjk(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (SearchText.isCjk(cp)) {
                for (int k = 0; k < n; k++) {
                    out[i + k] = ' ';
                }
            }
            i += n;
        }
        return new String(out);
    }

    private static int snapStart(String text, int from) {
        int limit = Math.min(text.length(), from + 20);
        for (int i = from; i < limit; i++) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || SearchText.isCjk(text.charAt(i))) {
                return i;
            }
        }
        return from;
    }

    private static List<int[]> merge(List<int[]> ranges) {
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static boolean fuzzyMatch(String token, Set<String> fuzzyTerms) {
        for (String f : fuzzyTerms) {
            int edits = RelevanceQueryBuilder.fuzzyEdits(f);
            if (Math.abs(token.length() - f.length()) <= edits && token.length() > 2
                    && token.charAt(0) == f.charAt(0) && distance(token, f, edits) <= edits) {
                return true;
            }
        }
        return false;
    }

    /** Optimal string alignment distance, giving up (returning max + 1) beyond {@code max}. */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
