package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.domain.Article;
import io.tessera.platform.knowledge.domain.ArticleContent;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.ArticleVersion;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.knowledge.domain.Codes;
import io.tessera.platform.knowledge.domain.FeedbackRepository;
import io.tessera.platform.knowledge.domain.RichText;
import io.tessera.platform.knowledge.domain.VersionTransition;
import io.tessera.platform.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Request and response bodies of the knowledge API. */
public final class KnowledgeDtos {

    private KnowledgeDtos() {
    }

    /**
     * @param groups the assignment groups (ids or names on input; ids on output)
     * @param names  on output, each group's id and current name (null for a group deleted since); ignored on input
     */
    public record AudienceDto(@NotNull @Pattern(regexp = "everyone|agents|groups") String kind,
                              @Size(max = 20) Set<@NotBlank @Size(max = 80) String> groups, List<GroupName> names) {
        Audience toAudience() {
            return new Audience(Codes.fromCode(Audience.Kind.class, kind), groups == null ? Set.of() : groups);
        }

        static AudienceDto of(Audience a, Function<String, Optional<String>> groupName) {
            if (a.kind() != Audience.Kind.GROUPS) {
                return new AudienceDto(a.kind().code(), a.groups(), null);
            }
            List<GroupName> names = a.groups().stream().sorted()
                    .map(id -> new GroupName(id, groupName.apply(id).orElse(null))).toList();
            return new AudienceDto(a.kind().code(), a.groups(), names);
        }
    }

    public record GroupName(String id, String name) {
    }

    public record ContentDto(@NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,
                             @Size(max = ArticleContent.MAX_SUMMARY) String summary,
                             @Size(max = RichText.MAX_LENGTH) String body,
                             @Size(max = ArticleContent.MAX_TAGS) List<@NotBlank @Size(max = ArticleContent.MAX_TAG) String> tags) {
        ArticleContent toContent() {
            return new ArticleContent(title, summary, RichText.sanitise(body), tags);
        }
    }

    public record CreateArticle(@NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,
                                @Size(max = ArticleContent.MAX_SUMMARY) String summary,
                                @Size(max = RichText.MAX_LENGTH) String body,
                                @Size(max = ArticleContent.MAX_TAGS) List<@NotBlank @Size(max = ArticleContent.MAX_TAG) String> tags,
                                @NotNull @Pattern(regexp = "en|zh-CN") String language,
                                @Valid AudienceDto audience,
                                UUID category,
                                @Size(max = 20) List<@NotBlank @Size(max = 100) String> relatedServices,
                                String translationOf) {
        ContentDto content() {
            return new ContentDto(title, summary, body, tags);
        }
    }

    public record Classification(@Pattern(regexp = "en|zh-CN") String language, @Valid AudienceDto audience,
                                 UUID category, Boolean clearCategory,
                                 @Size(max = 20) List<@NotBlank @Size(max = 100) String> relatedServices,
                                 String translationOf) {
    }

    public record Step(@Size(max = 2000) String comment) {
    }

    public record KnownError(@NotBlank @Size(max = 100) String sourceRef,
                             @NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,
                             @Size(max = ArticleContent.MAX_SUMMARY) String summary,
                             @Size(max = RichText.MAX_LENGTH) String body,
                             @Size(max = ArticleContent.MAX_TAGS) List<@NotBlank @Size(max = ArticleContent.MAX_TAG) String> tags,
                             @NotNull @Pattern(regexp = "en|zh-CN") String language,
                             @Size(max = 20_000) String workaround,
                             @Pattern(regexp = "everyone|agents") String workaroundAudience,
                             @Valid AudienceDto audience) {
    }

    public record VersionView(int seq, String state, String title, String summary, String body, List<String> tags,
                              String author, String reviewer, Instant updatedAt) {
        static VersionView of(ArticleVersion v) {
            ArticleContent c = v.content();
            return new VersionView(v.seq(), v.state().code(), c.title(), c.summary(), c.body().html(), c.tags(),
                    v.author().name(), v.reviewer() == null ? null : v.reviewer().name(), v.updatedAt());
        }
    }

    public record TranslationView(String number, String language, String title) {
    }

    public record FeedbackView(long helpful, long notHelpful, long openOutdatedFlags) {
        static FeedbackView of(FeedbackRepository.Tally t) {
            return new FeedbackView(t.helpful(), t.notHelpful(), t.openOutdatedFlags());
        }
    }

    /**
     * An article as its reader may see it: the live version's content; for agents also the version being worked on
     * and the whole version list.
     */
    public record ArticleView(String number, String kind, String status, String language, AudienceDto audience,
                              UUID category, List<String> relatedServices, Instant publishedAt,
                              VersionView live, String workaround, String workaroundAudience,
                              List<TranslationView> translations, VersionView working, List<VersionView> versions,
                              Long views, FeedbackView feedback) {

        static ArticleView of(Article a, Audience.Reader reader, List<Article> translations,
                              FeedbackRepository.Tally tally, Function<String, Optional<String>> groupName) {
            boolean agent = reader.agent();
            return new ArticleView(a.number().toString(), a.kind().code(), a.status().code(), a.language().code(),
                    AudienceDto.of(a.audience(), groupName), a.categoryId().orElse(null), a.relatedServices(), a.publishedAt(),
                    a.liveVersion().map(VersionView::of).orElse(null),
                    a.workaroundVisibleTo(reader) ? a.workaround().orElse(null) : null,
                    a.workaroundVisibleTo(reader) ? a.workaroundAudience().map(Audience.Kind::code).orElse(null) : null,
                    translations.stream().map(t -> new TranslationView(t.number().toString(), t.language().code(),
                            t.liveVersion().map(v -> v.content().title()).orElse(null))).toList(),
                    agent ? a.workingVersion().map(VersionView::of).orElse(null) : null,
                    agent ? a.versions().stream().map(VersionView::of).toList() : null,
                    agent ? a.viewCount() : null,
                    tally == null ? null : FeedbackView.of(tally));
        }
    }

    public record Summary(String number, String kind, String status, String language, String title,
                          String workingState, Instant publishedAt) {
        static Summary of(Article a) {
            return new Summary(a.number().toString(), a.kind().code(), a.status().code(), a.language().code(),
                    a.liveVersion().or(() -> a.workingVersion()).map(v -> v.content().title()).orElse(null),
                    a.workingVersion().map(v -> v.state().code()).orElse(null), a.publishedAt());
        }
    }

    public record SummaryPage(List<Summary> items, String next) {
    }

    public record TransitionView(int version, String from, String to, String actor, String comment, Instant at) {
        static TransitionView of(VersionTransition t, Article a) {
            int seq = a.versions().stream().filter(v -> v.id().equals(t.versionId())).findFirst()
                    .map(ArticleVersion::seq).orElse(0);
            return new TransitionView(seq, t.fromState(), t.toState(), t.actor().name(), t.comment(), t.at());
        }
    }

    static ArticleNumber number(String text) {
        return ArticleNumber.parse(text).orElseThrow(() -> ApiException.notFound("article-not-found", text));
    }

    static ArticleNumber optionalNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return ArticleNumber.parse(text).orElseThrow(() -> ApiException.badRequest("article-not-found", text));
    }
}
