package io.tessera.platform.knowledge.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Readers' feedback on the current tenant's articles: votes, outdated flags, and the report over them. */
public interface FeedbackRepository {

    /** One vote per reader and article; voting again replaces the earlier vote. */
    void vote(UUID article, String userId, boolean helpful, Instant at);

    void flagOutdated(UUID article, String userId, String comment, Instant at);

    /** Marks the open outdated flags of an article as dealt with. */
    int resolveFlags(UUID article, Instant at);

    record Tally(long helpful, long notHelpful, long openOutdatedFlags) {
    }

    Tally tally(UUID article);

    /** An article's feedback figures, for the poor-feedback report. */
    record ReportRow(UUID article, long number, String title, String status, long views, long helpful,
                     long notHelpful, long openOutdatedFlags) {

        /** Share of helpful votes, or null without votes. */
        public Double helpfulRatio() {
            long votes = helpful + notHelpful;
            return votes == 0 ? null : (double) helpful / votes;
        }
    }

    /**
     * Articles with poor feedback, worst first: at least {@code minVotes} votes and a helpful share at most
     * {@code maxHelpfulRatio}, or any open outdated flag.
     */
    List<ReportRow> poorFeedback(int minVotes, double maxHelpfulRatio, int limit);
}
