package io.tessera.platform.knowledge.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What an author writes: title, summary, sanitised body and tags (lower-cased, de-duplicated, sorted). */
public record ArticleContent(String title, String summary, RichText body, List<String> tags) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;

    public ArticleContent {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1.." + MAX_TITLE + " characters");
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("summary exceeds " + MAX_SUMMARY + " characters");
        }
        body = body == null ? RichText.sanitise("") : body;
        Set<String> clean = new TreeSet<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            String s = t == null ? "" : t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                if (s.length() > MAX_TAG) {
                    throw new ArticleRuleViolation("invalid-tag", t);
                }
                clean.add(s);
            }
        }
        if (clean.size() > MAX_TAGS) {
            throw new ArticleRuleViolation("too-many-tags", MAX_TAGS);
        }
        tags = List.copyOf(clean);
    }
}
