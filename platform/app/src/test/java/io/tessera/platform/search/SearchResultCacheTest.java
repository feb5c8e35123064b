package io.tessera.platform.search;

import io.tessera.platform.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The search result cache: answers only for the same tenant, request, synonyms and tenant index generation. */
class SearchResultCacheTest {

    record Request(String text, List<String> audience) {
    }

    private final TenantId acme = TenantId.of("acme");
    private final TenantId globex = TenantId.of("globex");
    private final AtomicInteger searches = new AtomicInteger();
    private SearchResultCache cache;

    @BeforeEach
    void setUp() {
        cache = new SearchResultCache();
        cache.configure(1);
    }

    private String search(TenantId tenant, Request r, Object synonyms) {
        return cache.get(tenant, "search", r, synonyms,
                () -> tenant.value() + ":" + r.text() + "#" + searches.incrementAndGet(), String::length,
                s -> s + " (cached)");
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWhileNothingChanged() {
        Request vpn = new Request("vpn", List.of("everyone"));
        assertThat(search(acme, vpn, List.of("s1"))).isEqualTo("acme:vpn#1");
        assertThat(search(acme, new Request("vpn", List.of("everyone")), List.of("s1")))
                .isEqualTo("acme:vpn#1 (cached)");
        assertThat(cache.figures(acme)).isEqualTo(new SearchResultCache.Figures(true, 1, 1));
        assertThat(cache.figures(acme).hitRatio()).isEqualTo(0.5);
    }

    @Test
    void anotherTenantNeverGetsTheAnswer() {
        Request vpn = new Request("vpn", List.of("everyone"));
        search(acme, vpn, List.of());
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#2");
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#1 (cached)");
        assertThat(cache.figures(globex)).isEqualTo(new SearchResultCache.Figures(true, 0, 1));
    }

    @Test
    void otherAudiencesAndSynonymChangesAreMisses() {
        Request everyone = new Request("vpn", List.of("everyone"));
        search(acme, everyone, List.of("s1"));
        assertThat(search(acme, new Request("vpn", List.of("everyone", "agents")), List.of("s1")))
                .isEqualTo("acme:vpn#2");
        assertThat(search(acme, everyone, List.of("s1", "s2"))).isEqualTo("acme:vpn#3");
        // the newest answer replaced the older one
        assertThat(search(acme, everyone, List.of("s1", "s2"))).isEqualTo("acme:vpn#3 (cached)");
        assertThat(search(acme, everyone, List.of("s1"))).isEqualTo("acme:vpn#4");
    }

    @Test
    void aTenantsIndexChangeDropsItsAnswersOnlyWhenTheAnswersIndexMoved() {
        Request vpn = new Request("vpn", List.of());
        search(acme, vpn, List.of());
        search(globex, vpn, List.of());
        // acme's first notice: whatever it changed, acme's answers go; globex keeps its own
        cache.indexChangesVisible(acme, List.of(7L));
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#3");
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#2 (cached)");
        // acme changed something else (a ticket): the articles' index is still at 7, the answer stays
        cache.indexChangesVisible(acme, List.of(7L));
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#3 (cached)");
        // the articles' index moved since acme's last notice: acme's answers go
        cache.indexChangesVisible(acme, List.of(8L));
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#4");
        // an index whose version cannot be read always counts as changed
        cache.indexChangesVisible(acme, null);
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#5");
        cache.indexChangesVisible(acme, null);
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#6");
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#2 (cached)");
    }

    @Test
    void changesOfNoKnownTenantAndRebuildsDropAnswers() {
        Request vpn = new Request("vpn", List.of());
        search(acme, vpn, List.of());
        search(globex, vpn, List.of());
        cache.indexChangesVisible(null, List.of(1L));
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#3");
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#4");
        cache.invalidate(globex);
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#3 (cached)");
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#5");
        // after a rebuild the next notice counts as a change even at a version seen before
        cache.indexChangesVisible(globex, List.of(1L));
        cache.invalidate(globex);
        search(globex, vpn, List.of());
        cache.indexChangesVisible(globex, List.of(1L));
        assertThat(search(globex, vpn, List.of())).isEqualTo("globex:vpn#7");
    }

    @Test
    void turnedOffEverySearchRuns() {
        cache.configure(0);
        Request vpn = new Request("vpn", List.of());
        search(acme, vpn, List.of());
        assertThat(search(acme, vpn, List.of())).isEqualTo("acme:vpn#2");
        assertThat(cache.figures(acme)).isEqualTo(new SearchResultCache.Figures(false, 0, 2));
    }

    @Test
    void theBoundHoldsWhenAnswersAreLarge() {
        for (int i = 0; i < 200; i++) {
            int n = i;
            cache.get(acme, "search", new Request("q" + i, List.of()), List.of(),
                    () -> "x".repeat(10), s -> 20_000 + n, UnaryOperator.identity());
        }
        cache.cleanUp();
        assertThat(cache.weight()).isLessThanOrEqualTo(1024L * 1024L);
    }
}
