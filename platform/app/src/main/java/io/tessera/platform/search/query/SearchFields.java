package io.tessera.platform.search.query;

import io.tessera.platform.search.analysis.TesseraAnalyzers;

import java.util.List;

/**
 * The searchable text of a document, as groups of index fields: each group ({@code title}, {@code body}, ...) is
 * indexed three times, once per analyzer, as {@code <group>_en}, {@code <group>_zh} and {@code <group>_cjk}.
 */
public final class SearchFields {

    /** One way of analysing text, with the suffix of its fields and its weight in the relevance score. */
    public enum Analysis {
        ENGLISH("_en", TesseraAnalyzers.ENGLISH, 1.0f),
        CHINESE("_zh", TesseraAnalyzers.CHINESE, 1.0f),
        CJK_BIGRAM("_cjk", TesseraAnalyzers.CJK_BIGRAM, 0.6f);

        private final String suffix;
        private final String analyzer;
        private final float weight;

        Analysis(String suffix, String analyzer, float weight) {
            this.suffix = suffix;
            this.analyzer = analyzer;
            this.weight = weight;
        }

        public String field(String group) {
            return group + suffix;
        }

        public String analyzer() {
            return analyzer;
        }

        public float weight() {
            return weight;
        }
    }

    /** A group of fields and how much a match in it counts. */
    public record Group(String name, float boost) {
    }

    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** Text only agents may find by (known errors' internal workarounds). */
    public static final String INTERNAL = "internal";
    /** Edge n-grams of the title, for suggestions. */
    public static final String TITLE_PREFIX = "title_prefix";

    public static final Group TITLE_GROUP = new Group(TITLE, 3.0f);
    public static final Group BODY_GROUP = new Group(BODY, 1.0f);
    public static final Group INTERNAL_GROUP = new Group(INTERNAL, 0.8f);

    public static final List<Group> PUBLIC_TEXT = List.of(TITLE_GROUP, BODY_GROUP);
    public static final List<Group> AGENT_TEXT = List.of(TITLE_GROUP, BODY_GROUP, INTERNAL_GROUP);

    private SearchFields() {
    }
}
