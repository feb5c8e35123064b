package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.ArticleContent;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;

import java.util.List;
import java.util.UUID;

/** Inputs of the article use cases, already validated for shape by the edge. */
public final class ArticleCommands {

    private ArticleCommands() {
    }

    public record Create(ArticleContent content, Codes.Language language, Audience audience, UUID category,
                         List<String> relatedServices, ArticleNumber translationOf) {
    }

    /** Classification changes; null fields stay as they are. */
    public record Classify(Codes.Language language, Audience audience, UUID category, boolean clearCategory,
                           List<String> relatedServices, ArticleNumber translationOf) {
    }

    public record PublishKnownError(String sourceRef, Codes.Language language, ArticleContent content,
                                    String workaround, Audience.Kind workaroundAudience, Audience audience) {
    }
}
