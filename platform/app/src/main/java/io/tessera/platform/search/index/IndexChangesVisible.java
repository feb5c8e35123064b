package io.tessera.platform.search.index;

/**
 * A synchronous CDI event, fired on the thread that committed a transaction once the index changes it made are
 * visible to searches ({@link ReadSyncWithNotice}). The tenant is the one the committing unit of work is bound to
 * ({@link io.tessera.platform.tenancy.TenantContext}), when there is one.
 */
public final class IndexChangesVisible {

    static final IndexChangesVisible INSTANCE = new IndexChangesVisible();

    private IndexChangesVisible() {
    }
}
