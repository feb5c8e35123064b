package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.ArticleRepository;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.FeedbackRepository;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Readers' feedback on articles they can read, and the report of articles with poor feedback (agents). */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @Inject
    ArticleRepository articles;
    @Inject
    FeedbackRepository feedback;

    public FeedbackRepository.Tally vote(ArticleNumber number, Audience.Reader reader, boolean helpful) {
        Article a = readable(number, reader);
        feedback.vote(a.id(), reader.id(), helpful, Instant.now());
        return feedback.tally(a.id());
    }

    public FeedbackRepository.Tally flagOutdated(ArticleNumber number, Audience.Reader reader, String comment) {
        Article a = readable(number, reader);
        feedback.flagOutdated(a.id(), reader.id(), comment, Instant.now());
        return feedback.tally(a.id());
    }

    public FeedbackRepository.Tally resolveFlags(ArticleNumber number) {
        Article a = articles.find(number).orElseThrow(() -> ApiException.notFound("article-not-found", number.toString()));
        feedback.resolveFlags(a.id(), Instant.now());
        return feedback.tally(a.id());
    }

    public FeedbackRepository.Tally tally(Article article) {
        return feedback.tally(article.id());
    }

    public List<FeedbackRepository.ReportRow> poorFeedback(int minVotes, double maxHelpfulRatio, int limit) {
        return feedback.poorFeedback(minVotes, maxHelpfulRatio, limit);
    }

    private Article readable(ArticleNumber number, Audience.Reader reader) {
        return articles.find(number).filter(a -> a.readableBy(reader)
                        && a.status() == io.tessera.platform.knowledge.domain.Codes.ArticleStatus.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("article-not-found", number.toString()));
    }
}
