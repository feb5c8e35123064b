package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.ArticleRepository;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of article attachments, one short transaction each (the bytes are streamed outside any). An
 * article the reader may not read does not exist for them (404), and neither do its attachments.
 */
@ApplicationScoped
@Transactional
public class ArticleAttachmentRecords {

    @Inject
    ArticleRepository articles;

    /** Checks that the reader may read the article (404 otherwise). */
    public void checkReadable(ArticleNumber number, Audience.Reader reader) {
        readable(number, reader);
    }

    public ArticleAttachment record(ArticleNumber number, Audience.Reader reader, Actor by, UUID id, String filename,
                                    String type, long size, String sha256) {
        ArticleAttachment a = ArticleAttachment.of(id, readable(number, reader), filename, type, size, sha256, by,
                Instant.now());
        articles.addAttachment(a);
        return a;
    }

    public List<ArticleAttachment> list(ArticleNumber number, Audience.Reader reader) {
        return articles.attachments(readable(number, reader).id());
    }

    public ArticleAttachment get(ArticleNumber number, Audience.Reader reader, String id) {
        Article article = readable(number, reader);
        return parse(id).flatMap(articles::attachment).filter(a -> a.articleId().equals(article.id()))
                .orElseThrow(() -> ApiException.notFound("article-attachment-not-found", id));
    }

    /** Removes the record of an attachment of an article the reader may read (404 otherwise); returns it. */
    public ArticleAttachment remove(ArticleNumber number, Audience.Reader reader, String id) {
        ArticleAttachment a = get(number, reader, id);
        articles.removeAttachment(a);
        return a;
    }

    private Article readable(ArticleNumber number, Audience.Reader reader) {
        return articles.find(number).filter(a -> a.readableBy(reader))
                .orElseThrow(() -> ApiException.notFound("article-not-found", number.toString()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
