package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Knowledge;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TestStack;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tessera.platform.it.Knowledge.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge search against the real server: Chinese without spaces, English stemming and typos, synonyms (built-in
 * and the tenant's own, live), highlighting, facets, paging, suggestions, deflection, hostile input, tenant
 * isolation, ticket search, index health and per-tenant reindex.
 */
class KnowledgeSearchIT extends ApiTestBase {

    private record Corpus(Tenants.TestTenant tenant, String agent, String user, Knowledge kb, Map<String, String> n) {
    }

    /**
     * The answer of the first of a few identical searches that came from the cache. A tenant's cached answers are
     * dropped whenever one of its transactions changed an index while the article index had moved since its last
     * one, which background work of the tenant may do between any two requests (harmless: the answer is computed
     * afresh and cached again), so a hit is asserted within a few tries rather than on exactly the next one.
     */
    private static JsonNode soonCached(java.util.function.Supplier<JsonNode> search) {
        JsonNode r = null;
        for (int i = 0; i < 5; i++) {
            r = search.get();
            if (r.get("cached").asBoolean()) {
                return r;
            }
        }
        throw new AssertionError("five identical searches in a row, none answered from the cache: " + r);
    }

    private Corpus corpus() {
        Tenants.TestTenant t = tenants.newTenant("search");
        String author = tenants.user(t, "ann", "agent");
        String reviewer = tenants.user(t, "rob", "agent");
        String user = tenants.user(t, "eve", "end-user");
        Knowledge kb = new Knowledge(api, t.slug());
        Map<String, String> n = new java.util.LinkedHashMap<>();
        n.put("printer-zh", kb.publish(author, reviewer, article("打印机无法连接网络怎么办",
                "如果打印机显示脱机，请检查网线并重新添加打印机。无线打印机需要连接到同一个网络。", "zh-CN", List.of("打印机", "网络"))));
        n.put("password-zh", kb.publish(author, reviewer, article("忘记密码时如何重置",
                "在登录页面点击“忘记密码”，按照邮件中的链接设置新密码。", "zh-CN", List.of("账号"))));
        n.put("vpn-zh", kb.publish(author, reviewer, article("远程办公：虚拟专用网客户端安装",
                "安装客户端后使用公司账号登录。", "zh-CN", List.of("网络"))));
        n.put("mfa-zh", kb.publish(author, reviewer, article("开启双因素认证",
                "使用手机验证器应用扫描二维码。", "zh-CN", List.of("账号", "安全"))));
        n.put("password-en", kb.publish(author, reviewer, article("Resetting your password",
                "Use the self-service portal to reset a forgotten password.", "en", List.of("account"))));
        n.put("printer-en", kb.publish(author, reviewer, article("Printer shows offline",
                "Power-cycle the printer and check the network cable.", "en", List.of("printing", "network"))));
        n.put("outlook-en", kb.publish(author, reviewer, article("Outlook cannot send email",
                "Check the outbox and your mailbox quota.", "en", List.of("email"))));
        n.put("kiosk-zh", kb.publish(author, reviewer, article("大厅自助终端重启步骤",
                "长按电源键十秒。", "zh-CN", List.of())));
        return new Corpus(t, author, user, kb, n);
    }

    @Test
    void chineseAndEnglishQueriesSynonymsTyposHighlightsFacetsAndPaging() {
        Corpus c = corpus();
        Knowledge kb = c.kb();
        String user = c.user();

        assertThat(kb.hits(user, "打印机无法连接").get(0)).isEqualTo(c.n().get("printer-zh"));
        assertThat(kb.hits(user, "忘记密码怎么办").get(0)).isEqualTo(c.n().get("password-zh"));
        assertThat(kb.hits(user, "重置密码")).contains(c.n().get("password-zh"));
        assertThat(kb.hits(user, "reset passwords").get(0)).isEqualTo(c.n().get("password-en"));
        // bilingual synonyms: VPN ↔ 虚拟专用网, 2FA ↔ 双因素认证, 密码 ↔ password
        assertThat(kb.hits(user, "VPN")).contains(c.n().get("vpn-zh"));
        assertThat(kb.hits(user, "2FA")).contains(c.n().get("mfa-zh"));
        assertThat(kb.hits(user, "password")).contains(c.n().get("password-en"), c.n().get("password-zh"));
        // typos in longer Latin words
        assertThat(kb.hits(user, "pasword")).contains(c.n().get("password-en"));
        assertThat(kb.hits(user, "printr offline")).startsWith(c.n().get("printer-en"));
        assertThat(kb.hits(user, "Outlok")).contains(c.n().get("outlook-en"));

        JsonNode r = kb.searchWith(user, "q=" + Knowledge.enc("打印机无法连接") + "&facets=true").json();
        JsonNode first = r.get("hits").get(0);
        assertThat(first.get("titleHighlighted").asText()).contains("<mark>打印机");
        assertThat(first.get("snippet").asText()).contains("<mark>");
        assertThat(r.get("facets").get("tags")).anySatisfy(f -> {
            assertThat(f.get("value").asText()).isEqualTo("打印机");
            assertThat(f.get("count").asLong()).isEqualTo(1);
        });
        // facets only when asked for; a small total is exact
        JsonNode plain = kb.search(user, "打印机无法连接").json();
        assertThat(plain.get("facets").isEmpty()).isTrue();
        assertThat(plain.get("totalExact").asBoolean()).isTrue();
        assertThat(plain.get("total").asLong()).isEqualTo(r.get("total").asLong());
        // facet selection and paging
        JsonNode network = kb.searchWith(user, "tag=" + Knowledge.enc("network") + "&size=10").json();
        assertThat(Knowledge.numbers(network)).containsExactly(c.n().get("printer-en"));
        JsonNode all = kb.searchWith(user, "size=3&page=1").json();
        assertThat(all.get("total").asLong()).isEqualTo(8);
        assertThat(all.get("hits")).hasSize(3);
        JsonNode page3 = kb.searchWith(user, "size=3&page=3").json();
        assertThat(page3.get("hits")).hasSize(2);
        JsonNode zhOnly = kb.searchWith(user, "lang=zh-CN").json();
        assertThat(zhOnly.get("total").asLong()).isEqualTo(5);

        // suggestions as you type and deflection for a ticket being written
        assertThat(api.get(kb.base() + "/suggest?q=" + Knowledge.enc("print"), user).json())
                .extracting(s -> s.get("number").asText()).contains(c.n().get("printer-en"));
        assertThat(api.get(kb.base() + "/suggest?q=" + Knowledge.enc("忘记"), user).json())
                .extracting(s -> s.get("number").asText()).contains(c.n().get("password-zh"));
        Api.Reply deflect = api.post(kb.base() + "/deflect", user, Map.of("title", "打印机连不上",
                "description", "三楼的打印机从昨天开始一直显示脱机，无法打印"));
        assertThat(deflect.status()).as(deflect.toString()).isEqualTo(200);
        assertThat(Knowledge.numbers(deflect.json()).get(0)).isEqualTo(c.n().get("printer-zh"));
    }

    @Test
    void tenantSynonymsTakeEffectWithoutRedeployAndHostileInputNeverFails() {
        Corpus c = corpus();
        Knowledge kb = c.kb();
        String admin = c.tenant().adminToken();
        String path = "/api/t/" + c.tenant().slug() + "/admin/search/synonyms";

        assertThat(kb.hits(c.user(), "kiosk")).isEmpty();
        Api.Reply added = api.post(path, admin, Map.of("terms", List.of("Kiosk", "自助终端")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(kb.hits(c.user(), "kiosk")).containsExactly(c.n().get("kiosk-zh"));
        assertThat(api.post(path, c.agent(), Map.of("terms", List.of("a", "b"))).status()).isEqualTo(403);
        KnowledgeIT.assertProblem(api.post(path, admin, Map.of("terms", List.of("only-one"))), 400, "invalid-input");
        String id = added.json().get("id").asText();
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path.substring(1) + "/" + id))
                .DELETE(), admin).status()).isEqualTo(204);
        assertThat(kb.hits(c.user(), "kiosk")).isEmpty();

        List<String> hostile = List.of("*", "\"unbalanced", "AND(", "title:打印机 OR", "\\", "((((", ")", "~2", "?*?",
                "a".repeat(500), "打".repeat(500), "+-&&||!(){}[]^\"~*?:\\/", "%", "\u0000\u0001", "\uD83D\uDE00 emoji",
                "password* AND NOT", "<script>alert(1)</script>", "' or 1=1 --", "a* b* c* d* e* f* g* h* i*");
        for (String q : hostile) {
            Api.Reply r = kb.search(c.user(), q);
            assertThat(r.status()).as(q + " -> " + r).isEqualTo(200);
            Api.Reply s = api.get(kb.base() + "/suggest?q=" + Knowledge.enc(q), c.user());
            assertThat(s.status()).as(q + " -> " + s).isEqualTo(200);
        }
        assertThat(kb.search(c.user(), "<script>打印机</script>").body()).doesNotContain("<script>");
        KnowledgeIT.assertProblem(kb.search(c.user(), "x".repeat(501)), 400, "search-query-too-long");
        KnowledgeIT.assertProblem(kb.search(c.user(), "打印机 ".repeat(1000)), 400, "search-query-too-long");
        KnowledgeIT.assertProblem(kb.searchWith(c.user(), "q=a&size=0"), 400, "invalid-paging");
        KnowledgeIT.assertProblem(kb.searchWith(c.user(), "q=a&page=100000"), 400, "invalid-paging");
        KnowledgeIT.assertProblem(kb.searchWith(c.user(), "lang=fr"), 400, "invalid-language");
        assertThat(kb.searchWith(c.user(), "page=abc").status()).isBetween(400, 404);
        Api.Reply longDeflect = api.post(kb.base() + "/deflect", c.user(), Map.of("title", "打印机",
                "description", "打印机无法连接 printer offline ".repeat(300)));
        assertThat(longDeflect.status()).as(longDeflect.toString()).isEqualTo(200);
        assertThat(Knowledge.numbers(longDeflect.json())).isNotEmpty();
    }

    @Test
    void searchNeverReturnsAnotherTenantsArticlesOrTickets() {
        Corpus acme = corpus();
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String gAuthor = tenants.user(globex, "gail", "agent");
        String gReviewer = tenants.user(globex, "gus", "agent");
        Knowledge gkb = new Knowledge(api, globex.slug());
        String secret = "zanzibar" + UUID.randomUUID().toString().substring(0, 6);
        String gNumber = gkb.publish(gAuthor, gReviewer, article("打印机 printer " + secret, secret, "en", List.of()));

        assertThat(gkb.hits(gAuthor, secret)).containsExactly(gNumber);
        assertThat(acme.kb().hits(acme.agent(), secret)).isEmpty();
        // same numbers exist in both tenants; acme only ever sees its own
        JsonNode acmePrinter = acme.kb().search(acme.agent(), "打印机").json();
        assertThat(acmePrinter.toString()).doesNotContain(secret);
        assertThat(gkb.search(gAuthor, "打印机").json().get("total").asLong()).isEqualTo(1);
        assertThat(acme.kb().searchWith(acme.agent(), "size=50").json().get("total").asLong()).isEqualTo(8);

        // tickets: agents search their own tenant's tickets only
        String gTicket = api.post("/api/t/" + globex.slug() + "/tickets", gAuthor,
                Map.of("title", "Kiosk " + secret + " broken", "description", "大厅的打印机无法连接")).json().get("number").asText();
        api.post("/api/t/" + acme.tenant().slug() + "/tickets", acme.user(),
                Map.of("title", "我的打印机坏了", "description", "printer offline since Monday"));
        JsonNode gHits = api.get("/api/t/" + globex.slug() + "/search/tickets?q=" + Knowledge.enc("打印机连接"), gAuthor).json();
        assertThat(gHits.get("hits")).extracting(h -> h.get("number").asText()).containsExactly(gTicket);
        assertThat(api.get("/api/t/" + globex.slug() + "/search/tickets?q=" + gTicket, gAuthor).json()
                .get("hits").get(0).get("number").asText()).isEqualTo(gTicket);
        JsonNode aHits = api.get("/api/t/" + acme.tenant().slug() + "/search/tickets?q=" + Knowledge.enc("printer"), acme.agent()).json();
        assertThat(aHits.get("hits")).hasSize(1);
        assertThat(aHits.toString()).doesNotContain(secret);
        assertThat(api.get("/api/t/" + acme.tenant().slug() + "/search/tickets?q=printer", acme.user()).status()).isEqualTo(403);
    }

    @Test
    void repeatedSearchesComeFromTheCacheOnlyWhileNothingChangedAndNeverFromAnotherTenant() {
        Corpus c = corpus();
        Knowledge kb = c.kb();
        String bob = tenants.user(c.tenant(), "bob", "end-user");
        JsonNode first = kb.search(c.user(), "打印机").json();
        assertThat(first.get("cached").asBoolean()).isFalse();
        JsonNode again = soonCached(() -> kb.search(c.user(), "打印机").json());
        assertThat(Knowledge.numbers(again)).isEqualTo(Knowledge.numbers(first)).contains(c.n().get("printer-zh"));
        assertThat(again.get("hits")).isEqualTo(first.get("hits"));
        // another end user of the same tenant sees the same articles: the answer is shared by visibility. Each try
        // uses a query bob never asked, so his hit can only be eve's answer.
        boolean shared = false;
        for (String q : List.of("网络", "密码", "账号", "network", "password")) {
            JsonNode eve = kb.search(c.user(), q).json();
            JsonNode his = kb.search(bob, q).json();
            if (his.get("cached").asBoolean()) {
                assertThat(his.get("hits")).isEqualTo(eve.get("hits"));
                shared = true;
                break;
            }
        }
        assertThat(shared).as("a second end user was served the first one's cached answer").isTrue();
        // an agent may see more, so their search is a search of its own
        assertThat(kb.search(c.agent(), "打印机").json().get("cached").asBoolean()).isFalse();

        // restricting an article to agents: the very next end-user search no longer shows it
        assertThat(api.put(kb.base() + "/articles/" + c.n().get("printer-zh") + "/classification", c.agent(),
                Map.of("audience", Map.of("kind", "agents"))).status()).isEqualTo(200);
        JsonNode restricted = kb.search(c.user(), "打印机").json();
        assertThat(restricted.get("cached").asBoolean()).isFalse();
        assertThat(Knowledge.numbers(restricted)).doesNotContain(c.n().get("printer-zh"));
        assertThat(kb.hits(c.agent(), "打印机")).contains(c.n().get("printer-zh"));

        // a tenant synonym: the cached "no hits" answer is not served once the synonym exists
        assertThat(kb.hits(c.user(), "kiosk")).isEmpty();
        assertThat(Knowledge.numbers(soonCached(() -> kb.search(c.user(), "kiosk").json()))).isEmpty();
        String admin = c.tenant().adminToken();
        assertThat(api.post("/api/t/" + c.tenant().slug() + "/admin/search/synonyms", admin,
                Map.of("terms", List.of("Kiosk", "自助终端"))).status()).isEqualTo(201);
        JsonNode withSynonym = kb.search(c.user(), "kiosk").json();
        assertThat(withSynonym.get("cached").asBoolean()).isFalse();
        assertThat(Knowledge.numbers(withSynonym)).containsExactly(c.n().get("kiosk-zh"));

        // the same request in another tenant with the same article numbers: its own answer, never acme's
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String gAuthor = tenants.user(globex, "gail", "agent");
        String gReviewer = tenants.user(globex, "gus", "agent");
        String gUser = tenants.user(globex, "gwen", "end-user");
        Knowledge gkb = new Knowledge(api, globex.slug());
        String marker = "quartz" + UUID.randomUUID().toString().substring(0, 6);
        String gNumber = gkb.publish(gAuthor, gReviewer, article("打印机无法连接网络怎么办", marker, "zh-CN", List.of()));
        kb.search(c.user(), "打印机");
        JsonNode gFirst = gkb.search(gUser, "打印机").json();
        assertThat(gFirst.get("cached").asBoolean()).isFalse();
        assertThat(Knowledge.numbers(gFirst)).containsExactly(gNumber);
        assertThat(gFirst.toString()).contains(marker);
        assertThat(kb.search(c.user(), "打印机").json().toString()).doesNotContain(marker);
        assertThat(Knowledge.numbers(soonCached(() -> gkb.search(gUser, "打印机").json()))).containsExactly(gNumber);

        // suggestions as you type are cached the same way
        List<String> typed = new ArrayList<>();
        api.get(kb.base() + "/suggest?q=" + Knowledge.enc("打印"), c.agent()).json()
                .forEach(x -> typed.add(x.get("number").asText()));
        assertThat(typed).contains(c.n().get("printer-zh"));
        List<String> gTyped = new ArrayList<>();
        api.get(gkb.base() + "/suggest?q=" + Knowledge.enc("打印"), gAuthor).json()
                .forEach(x -> gTyped.add(x.get("number").asText()));
        assertThat(gTyped).containsExactly(gNumber);

        // another tenant's writes leave this tenant's answers in place (the index is shared, the cache is not)
        JsonNode acmeBefore = soonCached(() -> kb.search(c.user(), "打印机").json());
        gkb.publish(gAuthor, gReviewer, article("打印机卡纸", "打开前盖取出纸张。", "zh-CN", List.of()));
        assertThat(gkb.hits(gUser, "卡纸")).hasSize(1);
        JsonNode acmeAfter = kb.search(c.user(), "打印机").json();
        assertThat(acmeAfter.get("cached").asBoolean()).as(acmeAfter.toString()).isTrue();
        assertThat(acmeAfter.get("hits")).isEqualTo(acmeBefore.get("hits"));

        JsonNode health = api.get("/api/t/" + c.tenant().slug() + "/admin/search/health", admin).json();
        assertThat(health.at("/cache/enabled").asBoolean()).as(health.toString()).isTrue();
        assertThat(health.at("/cache/hits").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(health.at("/cache/misses").asLong()).isGreaterThanOrEqualTo(5);
        JsonNode gHealth = api.get("/api/t/" + globex.slug() + "/admin/search/health", globex.adminToken()).json();
        assertThat(gHealth.at("/cache/hits").asLong()).as(gHealth.toString()).isEqualTo(1);
    }

    @Test
    void indexHealthShowsDriftAndAPerTenantReindexRepairsIt() throws Exception {
        Corpus c = corpus();
        String admin = c.tenant().adminToken();
        String adminPath = "/api/t/" + c.tenant().slug() + "/admin/search";
        JsonNode healthy = api.get(adminPath + "/health", admin).json();
        assertThat(healthy.get("status").asText()).as(healthy.toString()).isEqualTo("ok");
        assertThat(healthy.get("ratio").asDouble()).isEqualTo(1.0);
        assertThat(healthy.get("analysis").isNull()).isTrue();
        assertThat(api.get(adminPath + "/health", c.agent()).status()).isEqualTo(403);

        // a row written behind Hibernate Search's back (e.g. restored from a backup) is drift the health shows
        String schema = "\"t_" + c.tenant().slug().replace('-', '_') + "\"";
        UUID id = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             PreparedStatement ps = db.prepareStatement("insert into " + schema + ".kb_article (id, number, kind, language,"
                     + " translation_group, audience, status, live_title, live_text, published_at, created_by, created_at, updated_at)"
                     + " values (?, nextval('" + schema + ".kb_article_number_seq'), 'article', 'en', ?, 'everyone', 'published',"
                     + " 'Restored quokka article', 'restored from backup', now(), 'restore', now(), now())")) {
            ps.setObject(1, id);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
        JsonNode drift = api.get(adminPath + "/health", admin).json();
        assertThat(drift.get("status").asText()).isEqualTo("degraded");
        assertThat(drift.get("ratio").asDouble()).isLessThan(1.0);
        assertThat(c.kb().hits(c.user(), "quokka")).isEmpty();

        Tenants.TestTenant other = tenants.newTenant("other");
        String otherAgent = tenants.user(other, "ozzy", "agent");
        String otherReviewer = tenants.user(other, "ola", "agent");
        String otherArticle = new Knowledge(api, other.slug()).publish(otherAgent, otherReviewer,
                article("Other tenant printer", "kept", "en", List.of()));

        Api.Reply started = api.post(adminPath + "/reindex", admin, "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode health;
        do {
            Thread.sleep(300);
            health = api.get(adminPath + "/health", admin).json();
        } while (!"succeeded".equals(health.at("/lastReindex/state").asText()) && Instant.now().isBefore(deadline));
        assertThat(health.at("/lastReindex/state").asText()).as(health.toString()).isEqualTo("succeeded");
        assertThat(health.get("ratio").asDouble()).isEqualTo(1.0);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(c.kb().hits(c.user(), "quokka")).hasSize(1);
        assertThat(c.kb().hits(c.user(), "打印机无法连接").get(0)).isEqualTo(c.n().get("printer-zh"));
        // the other tenant's documents were neither purged nor duplicated
        assertThat(new Knowledge(api, other.slug()).hits(otherAgent, "printer")).containsExactly(otherArticle);
        List<String> kinds = new ArrayList<>();
        health.get("entities").forEach(e -> kinds.add(e.get("entity").asText()));
        // tickets are indexed per type (the concrete entity classes of the ticket hierarchy)
        assertThat(kinds).contains("Article", "Incident", "ServiceRequest", "Problem", "Change", "Task");
    }
}
