package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Knowledge;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tessera.platform.it.Knowledge.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Knowledge articles: the review workflow, versions, audiences, known errors and feedback, through the API. */
class KnowledgeIT extends ApiTestBase {

    @Test
    void draftReviewPublishAndTheLiveVersionStaysWhileTheNextIsDrafted() {
        Tenants.TestTenant t = tenants.newTenant("kb");
        String author = tenants.user(t, "ann", "agent");
        String reviewer = tenants.user(t, "rob", "agent");
        String user = tenants.user(t, "eve", "end-user");
        Knowledge kb = new Knowledge(api, t.slug());

        Api.Reply created = kb.create(author, article("VPN setup", "<p>Install the client</p><script>alert(1)</script>",
                "en", List.of("VPN", "Network")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String n = created.json().get("number").asText();
        assertThat(n).matches("KB\\d{7}");
        assertThat(created.json().get("status").asText()).isEqualTo("draft");
        assertThat(created.json().get("working").get("state").asText()).isEqualTo("draft");
        assertThat(created.json().get("working").get("body").asText()).isEqualTo("<p>Install the client</p>");
        assertThat(created.json().get("working").get("tags")).extracting(JsonNode::asText).containsExactly("network", "vpn");
        // end users cannot create, and do not see drafts
        assertThat(kb.create(user, article("x", "", "en", List.of())).status()).isEqualTo(403);
        assertThat(api.get(kb.base() + "/articles/" + n, user).status()).isEqualTo(404);

        assertThat(kb.step(author, n, "submit", null).json().get("state").asText()).isEqualTo("in_review");
        assertProblem(api.put(kb.base() + "/articles/" + n + "/draft", author, Map.of("title", "changed")), 409, "article-in-review");
        assertProblem(kb.step(author, n, "approve", null), 409, "review-by-author");
        assertProblem(kb.step(reviewer, n, "reject", " "), 400, "review-comment-required");
        assertThat(kb.step(reviewer, n, "reject", "add screenshots").json().get("state").asText()).isEqualTo("draft");
        assertThat(api.put(kb.base() + "/articles/" + n + "/draft", author,
                Map.of("title", "VPN setup", "body", "<p>Install the client, then sign in</p>")).status()).isEqualTo(200);
        kb.step(author, n, "submit", "screenshots added");
        Api.Reply approved = kb.step(reviewer, n, "approve", "good");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("published");
        assertThat(approved.json().get("reviewer").asText()).isEqualTo("rob Tester");

        JsonNode live = api.get(kb.base() + "/articles/" + n, user).json();
        assertThat(live.get("status").asText()).isEqualTo("published");
        assertThat(live.get("live").get("seq").asInt()).isEqualTo(1);
        assertThat(live.get("working").isNull()).isTrue();

        // the next version is drafted while version 1 stays live
        Api.Reply v2 = api.put(kb.base() + "/articles/" + n + "/draft", author,
                Map.of("title", "VPN setup (2027)", "body", "<p>New client</p>"));
        assertThat(v2.json().get("seq").asInt()).isEqualTo(2);
        assertThat(api.get(kb.base() + "/articles/" + n, user).json().get("live").get("title").asText()).isEqualTo("VPN setup");
        assertThat(kb.hits(user, "VPN setup")).containsExactly(n);
        assertThat(kb.hits(user, "2027")).isEmpty();
        JsonNode agentView = api.get(kb.base() + "/articles/" + n, author).json();
        assertThat(agentView.get("working").get("title").asText()).isEqualTo("VPN setup (2027)");

        kb.step(author, n, "submit", null);
        kb.step(reviewer, n, "approve", null);
        JsonNode after = api.get(kb.base() + "/articles/" + n, author).json();
        assertThat(after.get("live").get("seq").asInt()).isEqualTo(2);
        assertThat(after.get("versions")).extracting(v -> v.get("state").asText()).containsExactly("retired", "published");
        assertThat(kb.hits(user, "2027")).containsExactly(n);

        List<String> steps = new ArrayList<>();
        api.get(kb.base() + "/articles/" + n + "/history", reviewer).json()
                .forEach(s -> steps.add(s.get("version").asInt() + ":" + s.get("to").asText()));
        assertThat(steps.subList(0, 7)).containsExactly("1:draft", "1:in_review", "1:draft", "1:in_review",
                "1:published", "2:draft", "2:in_review");
        // superseding and publishing happen in the same instant
        assertThat(steps.subList(7, 9)).containsExactlyInAnyOrder("1:retired", "2:published");

        assertThat(kb.step(author, n, "retire", "replaced").status()).isEqualTo(200);
        assertThat(api.get(kb.base() + "/articles/" + n, user).status()).isEqualTo(404);
        assertThat(kb.hits(user, "VPN")).isEmpty();
        assertThat(kb.hits(author, "VPN")).isEmpty();
        assertProblem(api.put(kb.base() + "/articles/" + n + "/draft", author, Map.of("title", "again")), 409, "article-retired");
    }

    @Test
    void endUsersSeeOnlyPublishedArticlesMeantForThemAgentsSeeInternalOnes() {
        Tenants.TestTenant t = tenants.newTenant("kb");
        String author = tenants.user(t, "ann", "agent");
        String reviewer = tenants.user(t, "rob", "agent");
        String user = tenants.user(t, "eve", "end-user");
        Knowledge kb = new Knowledge(api, t.slug());

        String everyone = kb.publish(author, reviewer, article("Printer toner replacement", "Open the front cover", "en", List.of()));
        Map<String, Object> internal = article("Printer firmware recovery", "Use the service menu", "en", List.of());
        internal.put("audience", Map.of("kind", "agents"));
        String agentsOnly = kb.publish(author, reviewer, internal);
        // an article for the finance team, written by a tenant admin and reviewed by a member of the team
        String fin = tenants.user(t, "fin", "agent");
        String financeGroup = api.post("/api/t/" + t.slug() + "/groups", t.adminToken(), Map.of("name", "Finance"))
                .json().get("id").asText();
        api.put("/api/t/" + t.slug() + "/groups/" + financeGroup + "/members/"
                + api.get("/api/t/" + t.slug() + "/me", fin).json().get("id").asText(), t.adminToken(), "");
        Map<String, Object> finance = article("Printer for the finance team", "Cheque printer", "en", List.of());
        finance.put("audience", Map.of("kind", "groups", "groups", List.of("Finance")));
        String financeOnly = kb.publish(t.adminToken(), fin, finance);
        Api.Reply draft = kb.create(author, article("Printer draft notes", "unfinished", "en", List.of()));
        String draftOnly = draft.json().get("number").asText();

        assertThat(kb.hits(user, "printer")).containsExactly(everyone);
        // the finance team's article: neither end users nor agents outside the group (ADR 0006, named-group audiences)
        assertThat(kb.hits(author, "printer")).containsExactlyInAnyOrder(everyone, agentsOnly);
        assertThat(kb.hits(t.adminToken(), "printer")).containsExactlyInAnyOrder(everyone, agentsOnly, financeOnly);
        assertThat(kb.hits(fin, "printer")).containsExactlyInAnyOrder(everyone, agentsOnly, financeOnly);
        assertThat(api.get(kb.base() + "/articles/" + agentsOnly, user).status()).isEqualTo(404);
        assertThat(api.get(kb.base() + "/articles/" + financeOnly, user).status()).isEqualTo(404);
        assertThat(api.get(kb.base() + "/articles/" + agentsOnly, author).status()).isEqualTo(200);
        assertThat(api.get(kb.base() + "/articles/" + draftOnly, reviewer).status()).isEqualTo(200);

        List<String> listed = new ArrayList<>();
        api.get(kb.base() + "/articles", user).json().get("items").forEach(i -> listed.add(i.get("number").asText()));
        assertThat(listed).containsExactly(everyone);
        List<String> agentListed = new ArrayList<>();
        api.get(kb.base() + "/articles?limit=2", author).json().get("items").forEach(i -> agentListed.add(i.get("number").asText()));
        assertThat(agentListed).containsExactly(draftOnly, agentsOnly);
        assertThat(api.get(kb.base() + "/suggest?q=print", user).json()).extracting(s -> s.get("number").asText())
                .containsExactly(everyone);

        // changing the audience is effective in search at once
        assertThat(api.put(kb.base() + "/articles/" + agentsOnly + "/classification", author,
                Map.of("audience", Map.of("kind", "everyone"))).status()).isEqualTo(200);
        assertThat(kb.hits(user, "printer")).containsExactlyInAnyOrder(everyone, agentsOnly);
    }

    @Test
    void namedGroupArticlesAreForTheMembersOfThoseAssignmentGroupsOnly() {
        Tenants.TestTenant t = tenants.newTenant("kb");
        String ann = tenants.user(t, "ann", "agent");
        String rob = tenants.user(t, "rob", "agent");
        String bob = tenants.user(t, "bob", "agent");
        String eve = tenants.user(t, "eve", "end-user");
        String admin = t.adminToken();
        Knowledge kb = new Knowledge(api, t.slug());
        String groups = "/api/t/" + t.slug() + "/groups";
        String network = api.post(groups, admin, Map.of("name", "Network team")).json().get("id").asText();
        String finance = api.post(groups, admin, Map.of("name", "Finance")).json().get("id").asText();
        for (String member : List.of(ann, rob)) {
            String id = api.get("/api/t/" + t.slug() + "/me", member).json().get("id").asText();
            assertThat(api.put(groups + "/" + network + "/members/" + id, admin, "").status()).isEqualTo(200);
        }
        String bobId = api.get("/api/t/" + t.slug() + "/me", bob).json().get("id").asText();
        api.put(groups + "/" + finance + "/members/" + bobId, admin, "");

        Map<String, Object> unknown = article("Router firmware", "x", "en", List.of());
        unknown.put("audience", Map.of("kind", "groups", "groups", List.of("No such team")));
        assertProblem(kb.create(ann, unknown), 400, "audience-group-not-found");

        Map<String, Object> restricted = article("Core router firmware upgrade",
                "Upload the router image to the standby switch first", "en", List.of("router"));
        restricted.put("audience", Map.of("kind", "groups", "groups", List.of("network TEAM")));
        Api.Reply created = kb.create(ann, restricted);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // stored by the group's id (renaming the group keeps the restriction)
        assertThat(created.json().get("audience").get("groups")).extracting(JsonNode::asText).containsExactly(network);
        // and shown with its current name
        assertThat(created.json().at("/audience/names/0/id").asText()).isEqualTo(network);
        assertThat(created.json().at("/audience/names/0/name").asText()).isEqualTo("Network team");
        String secret = created.json().get("number").asText();
        step(kb, ann, secret, "submit", 200);
        step(kb, bob, secret, "approve", 404);       // outside the group, the article does not exist for bob
        step(kb, rob, secret, "approve", 200);
        String open = kb.publish(ann, rob, article("Home router keeps dropping Wi-Fi",
                "Restart the router and move it away from the microwave", "en", List.of("router")));

        // reads
        assertThat(api.get(kb.base() + "/articles/" + secret, ann).status()).isEqualTo(200);
        assertThat(api.get(kb.base() + "/articles/" + secret, rob).status()).isEqualTo(200);
        assertThat(api.get(kb.base() + "/articles/" + secret, admin).status()).isEqualTo(200);
        assertThat(api.get(kb.base() + "/articles/" + secret, bob).status()).isEqualTo(404);
        assertThat(api.get(kb.base() + "/articles/" + secret, eve).status()).isEqualTo(404);
        assertThat(api.get(kb.base() + "/articles/" + secret + "/history", bob).status()).isEqualTo(404);
        // lists
        assertThat(listed(kb, ann)).containsExactly(open, secret);
        assertThat(listed(kb, bob)).containsExactly(open);
        assertThat(listed(kb, eve)).containsExactly(open);
        // search, suggestions, deflection
        assertThat(kb.hits(ann, "router firmware")).containsExactly(secret, open);
        assertThat(kb.hits(bob, "router firmware")).containsExactly(open);
        assertThat(kb.hits(eve, "router firmware")).containsExactly(open);
        assertThat(kb.hits(admin, "router")).containsExactlyInAnyOrder(secret, open);
        assertThat(suggested(kb, ann, "core rou")).containsExactly(secret);
        assertThat(suggested(kb, bob, "core rou")).isEmpty();
        assertThat(suggested(kb, eve, "core rou")).isEmpty();
        Map<String, Object> ticket = Map.of("title", "Core router firmware", "description", "upgrade of the router image");
        assertThat(Knowledge.numbers(api.post(kb.base() + "/deflect", ann, ticket).json())).contains(secret);
        assertThat(Knowledge.numbers(api.post(kb.base() + "/deflect", bob, ticket).json())).doesNotContain(secret);
        assertThat(Knowledge.numbers(api.post(kb.base() + "/deflect", eve, ticket).json())).doesNotContain(secret);

        // membership is effective at once: bob joins the network team, rob leaves it
        String robId = api.get("/api/t/" + t.slug() + "/me", rob).json().get("id").asText();
        api.put(groups + "/" + network + "/members/" + bobId, admin, "");
        api.delete(groups + "/" + network + "/members/" + robId, admin);
        assertThat(kb.hits(bob, "router firmware")).containsExactly(secret, open);
        assertThat(api.get(kb.base() + "/articles/" + secret, bob).status()).isEqualTo(200);
        assertThat(kb.hits(rob, "router firmware")).containsExactly(open);
        assertThat(api.get(kb.base() + "/articles/" + secret, rob).status()).isEqualTo(404);

        // opening the article to everyone makes it visible to end users
        assertThat(api.put(kb.base() + "/articles/" + secret + "/classification", ann,
                Map.of("audience", Map.of("kind", "everyone"))).status()).isEqualTo(200);
        assertThat(kb.hits(eve, "router firmware")).containsExactly(secret, open);
    }

    private void step(Knowledge kb, String token, String number, String step, int status) {
        Api.Reply r = kb.step(token, number, step, "ok");
        assertThat(r.status()).as(step + " " + r).isEqualTo(status);
    }

    private List<String> listed(Knowledge kb, String token) {
        List<String> out = new ArrayList<>();
        api.get(kb.base() + "/articles?status=published", token).json().get("items")
                .forEach(i -> out.add(i.get("number").asText()));
        return out;
    }

    private List<String> suggested(Knowledge kb, String token, String prefix) {
        List<String> out = new ArrayList<>();
        api.get(kb.base() + "/suggest?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8),
                token).json().forEach(s -> out.add(s.get("number").asText()));
        return out;
    }

    @Test
    void knownErrorsPublishWithAWorkaroundForTheChosenAudience() {
        Tenants.TestTenant t = tenants.newTenant("kb");
        String agent = tenants.user(t, "ann", "agent");
        String user = tenants.user(t, "eve", "end-user");
        Knowledge kb = new Knowledge(api, t.slug());

        Api.Reply ke = api.post(kb.base() + "/known-errors", agent, Map.of("sourceRef", "PRB0000042",
                "title", "Outlook crashes when opening calendar", "body", "Outlook closes at once on the calendar tab.",
                "language", "en", "workaround", "Start outlook.exe with the resetnavpane switch",
                "workaroundAudience", "agents"));
        assertThat(ke.status()).as(ke.toString()).isEqualTo(200);
        String n = ke.json().get("number").asText();
        assertThat(ke.json().get("kind").asText()).isEqualTo("known_error");
        assertThat(ke.json().get("status").asText()).isEqualTo("published");

        JsonNode seenByUser = api.get(kb.base() + "/articles/" + n, user).json();
        assertThat(seenByUser.get("workaround").isNull()).isTrue();
        assertThat(api.get(kb.base() + "/articles/" + n, agent).json().get("workaround").asText()).contains("resetnavpane");
        assertThat(kb.hits(user, "resetnavpane")).isEmpty();
        assertThat(kb.hits(agent, "resetnavpane")).containsExactly(n);

        // problem management changes its mind: the workaround is for everyone now (same article, new version)
        Api.Reply revised = api.post(kb.base() + "/known-errors", agent, Map.of("sourceRef", "PRB0000042",
                "title", "Outlook crashes when opening calendar", "body", "Outlook closes at once on the calendar tab.",
                "language", "en", "workaround", "Start outlook.exe with the resetnavpane switch",
                "workaroundAudience", "everyone"));
        assertThat(revised.json().get("number").asText()).isEqualTo(n);
        assertThat(api.get(kb.base() + "/articles/" + n, user).json().get("workaround").asText()).contains("resetnavpane");
        assertThat(kb.hits(user, "resetnavpane")).containsExactly(n);
    }

    @Test
    void feedbackVotesFlagsAndThePoorFeedbackReport() {
        Tenants.TestTenant t = tenants.newTenant("kb");
        String author = tenants.user(t, "ann", "agent");
        String reviewer = tenants.user(t, "rob", "agent");
        List<String> users = List.of(tenants.user(t, "usr1", "end-user"), tenants.user(t, "usr2", "end-user"),
                tenants.user(t, "usr3", "end-user"));
        Knowledge kb = new Knowledge(api, t.slug());
        String good = kb.publish(author, reviewer, article("Good article", "helps", "en", List.of()));
        String poor = kb.publish(author, reviewer, article("Poor article", "does not help", "en", List.of()));
        String stale = kb.publish(author, reviewer, article("Stale article", "old", "en", List.of()));

        for (String u : users) {
            api.get(kb.base() + "/articles/" + poor, u);
            assertThat(api.post(kb.base() + "/articles/" + good + "/feedback", u, Map.of("helpful", true)).status()).isEqualTo(200);
            api.post(kb.base() + "/articles/" + poor + "/feedback", u, Map.of("helpful", true));
            // changing one's mind replaces the vote
            api.post(kb.base() + "/articles/" + poor + "/feedback", u, Map.of("helpful", false));
        }
        Api.Reply flagged = api.post(kb.base() + "/articles/" + stale + "/outdated", users.get(0), Map.of("comment", "menu moved"));
        assertThat(flagged.json().get("openOutdatedFlags").asLong()).isEqualTo(1);
        assertThat(api.post(kb.base() + "/articles/" + poor + "/feedback", users.get(0), Map.of()).status()).isEqualTo(400);

        JsonNode report = api.get(kb.base() + "/reports/poor-feedback", author).json();
        assertThat(report).extracting(r -> r.get("number").asText()).containsExactly(stale, poor);
        JsonNode poorRow = report.get(1);
        assertThat(poorRow.get("notHelpful").asLong()).isEqualTo(3);
        assertThat(poorRow.get("helpful").asLong()).isEqualTo(0);
        assertThat(poorRow.get("views").asLong()).isEqualTo(3);
        assertThat(api.get(kb.base() + "/reports/poor-feedback", users.get(0)).status()).isEqualTo(403);

        api.post(kb.base() + "/articles/" + stale + "/outdated/resolve", author, "");
        assertThat(api.get(kb.base() + "/reports/poor-feedback", author).json())
                .extracting(r -> r.get("number").asText()).containsExactly(poor);
        JsonNode goodView = api.get(kb.base() + "/articles/" + good, author).json();
        assertThat(goodView.get("feedback").get("helpful").asLong()).isEqualTo(3);
    }

    static void assertProblem(Api.Reply r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
}
