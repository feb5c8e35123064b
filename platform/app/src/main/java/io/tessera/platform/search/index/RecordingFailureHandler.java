package io.tessera.platform.search.index;

import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate Search's background failure handler ({@code hibernate.search.background_failure_handler}): logs each
 * failure like the default handler and records it in {@link IndexingFailures} for the index health API.
 * Instantiated by Hibernate Search by reflection.
 */
public class RecordingFailureHandler implements FailureHandler {

    private static final Logger LOG = Logger.getLogger(RecordingFailureHandler.class.getName());

    @Override
    public void handle(FailureContext context) {
        LOG.log(Level.SEVERE, "search failure: " + context.failingOperation(), context.throwable());
        IndexingFailures.record(new IndexingFailures.Failure(Instant.now(), String.valueOf(context.failingOperation()),
                message(context.throwable()), List.of()));
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        List<IndexingFailures.EntityRef> refs = new ArrayList<>();
        for (EntityReference r : context.failingEntityReferences()) {
            refs.add(new IndexingFailures.EntityRef(r.name(), r.id()));
        }
        LOG.log(Level.SEVERE, "indexing failed for " + refs + ": " + context.failingOperation(), context.throwable());
        IndexingFailures.record(new IndexingFailures.Failure(Instant.now(), String.valueOf(context.failingOperation()),
                message(context.throwable()), List.copyOf(refs)));
    }

    private static String message(Throwable t) {
        return t == null ? "" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
