package io.tessera.platform.knowledge.domain;

import java.util.Arrays;
import java.util.Optional;

/** Persisted codes of the knowledge base's small vocabularies (never ordinals). */
public final class Codes {

    private Codes() {
    }

    /** Something with a stable persisted code. */
    public interface Coded {
        String code();
    }

    public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return parse(type, code).orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName()
                + ": " + code));
    }

    public enum Language implements Coded {
        EN("en"), ZH_CN("zh-CN");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum Kind implements Coded {
        ARTICLE("article"), KNOWN_ERROR("known_error");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Where the article as a whole is: never published yet, live, or withdrawn. */
    public enum ArticleStatus implements Coded {
        DRAFT("draft"), PUBLISHED("published"), RETIRED("retired");

        private final String code;

        ArticleStatus(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Where one version of the content is in the review workflow. */
    public enum VersionState implements Coded {
        DRAFT("draft"), IN_REVIEW("in_review"), PUBLISHED("published"), RETIRED("retired");

        private final String code;

        VersionState(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
