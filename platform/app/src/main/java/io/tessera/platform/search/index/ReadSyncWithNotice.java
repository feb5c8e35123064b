package io.tessera.platform.search.index;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate Search's {@code read-sync} (a write returns once searches see it; ADR 0006), followed by a notice: once a
 * transaction's index changes are visible, {@link IndexChangesVisible} is fired on the committing thread, so caches
 * of search answers ({@link io.tessera.platform.search.SearchResultCache}) know the committing tenant's answers may
 * be old. The notice also follows a failed indexing (part of it may have been applied). Should the notice itself
 * fail, {@link #undelivered()} moves on, which every cached answer is checked against.
 *
 * <p>Configured as {@code hibernate.search.indexing.plan.synchronization.strategy} in persistence.xml.
 */
public class ReadSyncWithNotice implements IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(ReadSyncWithNotice.class.getName());
    private static final AtomicLong UNDELIVERED = new AtomicLong();

    private final IndexingPlanSynchronizationStrategy readSync = IndexingPlanSynchronizationStrategy.readSync();

    /** How many notices could not be delivered since start. */
    public static long undelivered() {
        return UNDELIVERED.get();
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        readSync.apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {
            @Override
            public void documentCommitStrategy(DocumentCommitStrategy strategy) {
                context.documentCommitStrategy(strategy);
            }

            @Override
            public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
                context.documentRefreshStrategy(strategy);
            }

            @Override
            public void indexingFutureHandler(
                    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
                context.indexingFutureHandler(future -> {
                    try {
                        handler.accept(future);
                    } finally {
                        notice();
                    }
                });
            }

            @Override
            public FailureHandler failureHandler() {
                return context.failureHandler();
            }

            @Override
            public void operationSubmitter(OperationSubmitter submitter) {
                context.operationSubmitter(submitter);
            }
        });
    }

    private static void notice() {
        try {
            CDI.current().getBeanManager().getEvent().select(IndexChangesVisible.class)
                    .fire(IndexChangesVisible.INSTANCE);
        } catch (RuntimeException e) {
            UNDELIVERED.incrementAndGet();
            LOG.log(Level.WARNING, "could not tell the search caches about index changes; all cached answers are "
                    + "dropped", e);
        }
    }
}
