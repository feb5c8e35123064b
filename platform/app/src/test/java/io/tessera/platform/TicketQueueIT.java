package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TicketClient;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tessera.platform.it.TicketClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues: filters, sorts, keyset pagination that neither skips nor repeats, counts per status, "my work" and
 * "my group's work", and what end users get from the same endpoint.
 */
class TicketQueueIT extends ApiTestBase {

    private static List<String> numbers(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").findValuesAsText("number");
    }

    @Test
    void agentsFilterSortAndPageTheQueueEndUsersOnlyEverSeeTheirOwn() throws Exception {
        Tenants.TestTenant tenant = tenants.newTenant("queue");
        String admin = tenant.adminToken();
        String agnes = tenants.user(tenant, "agnes", "agent");
        String arthur = tenants.user(tenant, "arthur", "agent");
        String ursula = tenants.user(tenant, "ursula", "end-user");
        TicketClient t = new TicketClient(api, tenant.slug());
        String agnesId = api.get(t.path("/me"), agnes).json().get("id").asText();
        String ursulaId = api.get(t.path("/me"), ursula).json().get("id").asText();
        String group = api.post(t.path("/groups"), admin, Map.of("name", "Network")).json().get("id").asText();
        api.request("PUT", t.path("/groups/" + group + "/members/" + agnesId), admin, null, Map.of());

        Instant before = Instant.now();
        String inc1 = t.created(ursula, Map.of("title", "Printer jams on floor three", "impact", "high", "urgency", "high"))
                .get("number").asText();                                                             // P1
        String inc2 = t.created(ursula, Map.of("title", "Mouse broken", "impact", "low", "urgency", "low"))
                .get("number").asText();                                                             // P5
        String req1 = t.created(ursula, Map.of("type", "request", "title", "New keyboard")).get("number").asText(); // P3
        String inc3 = t.created(arthur, Map.of("title", "Switch down in building B", "impact", "high"))
                .get("number").asText();                                                             // P2
        String prb1 = t.created(arthur, Map.of("type", "problem", "title", "Printers keep jamming"))
                .get("number").asText();                                                             // P3
        String chg1 = t.created(arthur, Map.of("type", "change", "title", "Replace switch")).get("number").asText();
        Instant middle = Instant.now();
        String inc4 = t.created(arthur, Map.of("title", "VPN slow", "urgency", "high")).get("number").asText(); // P2
        t.put(agnes, inc3, "assignment", t.etag(agnes, inc3), Map.of("group", group, "assignee", agnesId));
        t.put(agnes, inc4, "assignment", t.etag(agnes, inc4), Map.of("group", group));
        t.put(agnes, inc2, "assignment", t.etag(agnes, inc2), Map.of("assignee", agnesId));
        t.move(agnes, inc2, "resolved", "resolutionCode", "solved", "notes", "New mouse");
        t.move(agnes, inc1, "in_progress");
        List<String> all = List.of(inc4, chg1, prb1, inc3, req1, inc2, inc1);

        String q = t.path("/tickets?");
        // newest first by default, all types
        assertThat(numbers(api.get(q, agnes))).containsExactlyElementsOf(all);
        assertThat(numbers(api.get(q + "type=incident", agnes))).containsExactly(inc4, inc3, inc2, inc1);
        assertThat(numbers(api.get(q + "type=problem,change", agnes))).containsExactly(chg1, prb1);
        assertThat(numbers(api.get(q + "status=new&type=incident", agnes))).containsExactly(inc4, inc3);
        assertThat(numbers(api.get(q + "status=in_progress&status=resolved", agnes))).containsExactly(inc2, inc1);
        assertThat(numbers(api.get(q + "open=false", agnes))).containsExactly(inc2);
        assertThat(numbers(api.get(q + "priority=P1,P2", agnes))).containsExactly(inc4, inc3, inc1);
        assertThat(numbers(api.get(q + "group=" + group, agnes))).containsExactly(inc4, inc3);
        assertThat(numbers(api.get(q + "assignee=me", agnes))).containsExactly(inc3, inc2);
        assertThat(numbers(api.get(q + "requester=" + ursulaId, agnes))).containsExactly(req1, inc2, inc1);
        assertThat(numbers(api.get(q + "createdFrom=" + middle, agnes))).containsExactly(inc4);
        assertThat(numbers(api.get(q + "createdTo=" + middle + "&createdFrom=" + before, agnes)))
                .containsExactly(chg1, prb1, inc3, req1, inc2, inc1);
        assertThat(numbers(api.get(q + "updatedFrom=" + middle, agnes))).containsExactlyInAnyOrder(inc4, inc3, inc2, inc1);
        assertThat(numbers(api.get(q + "q=printer", agnes))).containsExactly(prb1, inc1);
        assertThat(numbers(api.get(q + "q=" + URLEncoder.encode("switch building", StandardCharsets.UTF_8), agnes)))
                .containsExactly(inc3);
        assertThat(numbers(api.get(q + "q=" + chg1.toLowerCase(), agnes))).containsExactly(chg1);

        // my work, my groups' work (open tickets only)
        assertThat(numbers(api.get(q + "scope=assigned", agnes))).containsExactly(inc3);
        assertThat(numbers(api.get(q + "scope=groups", agnes))).containsExactly(inc4, inc3);
        assertThat(numbers(api.get(q + "scope=groups", arthur))).isEmpty();
        assertThat(numbers(api.get(q + "scope=mine", arthur))).containsExactly(inc4, chg1, prb1, inc3);

        // sorted by priority, ties oldest first; and descending
        assertThat(numbers(api.get(q + "sort=priority&type=incident", agnes))).containsExactly(inc1, inc3, inc4, inc2);
        assertThat(numbers(api.get(q + "sort=-priority&type=incident", agnes))).containsExactly(inc2, inc4, inc3, inc1);
        assertThat(numbers(api.get(q + "sort=-updated&limit=1", agnes))).containsExactly(inc1);

        // keyset pages cover every ticket exactly once, for every sort
        for (String sort : List.of("-created", "created", "priority", "-priority", "updated", "-updated")) {
            List<String> seen = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                Api.Reply page = api.get(q + "limit=2&sort=" + sort + (after == null ? "" : "&after=" + after), agnes);
                seen.addAll(numbers(page));
                JsonNode next = page.json().get("next");
                after = next.isNull() ? null : next.asText();
                pages++;
            } while (after != null);
            assertThat(seen).as(sort).containsExactlyInAnyOrderElementsOf(all);
            assertThat(new HashSet<>(seen)).hasSize(all.size());
            assertThat(pages).isEqualTo(4);
        }
        // several statuses are walked one by one and merged: pages still come newest first, each ticket once
        List<String> merged = new ArrayList<>();
        String next = null;
        do {
            Api.Reply page = api.get(q + "limit=2&status=new,in_progress,resolved,submitted"
                    + (next == null ? "" : "&after=" + next), agnes);
            merged.addAll(numbers(page));
            next = page.json().get("next").isNull() ? null : page.json().get("next").asText();
        } while (next != null);
        assertThat(merged).containsExactly(inc4, prb1, inc3, req1, inc2, inc1);

        String cursor = api.get(q + "limit=2&sort=priority", agnes).json().get("next").asText();
        assertProblem(api.get(q + "limit=2&sort=updated&after=" + cursor, agnes), 400, "invalid-cursor");

        // counts per status, with the same filters
        JsonNode counts = api.get(t.path("/tickets/counts?type=incident"), agnes).json();
        assertThat(counts.get("new").asLong()).isEqualTo(2);
        assertThat(counts.get("in_progress").asLong()).isEqualTo(1);
        assertThat(counts.get("resolved").asLong()).isEqualTo(1);
        assertThat(api.get(t.path("/tickets/counts"), agnes).json().get("draft").asLong()).isEqualTo(1);
        assertThat(api.get(t.path("/tickets/counts"), ursula).json().get("new")).isNull();
        assertThat(api.get(t.path("/tickets/counts"), ursula).json().get("submitted").asLong()).isEqualTo(1);

        // end users: their own tickets, whatever they ask for
        assertThat(numbers(api.get(q, ursula))).containsExactly(req1, inc2, inc1);
        assertThat(numbers(api.get(q + "scope=all&requester=" + agnesId, ursula))).containsExactly(req1, inc2, inc1);
        assertThat(numbers(api.get(q + "type=change", ursula))).isEmpty();
        assertThat(numbers(api.get(q + "q=switch", ursula))).isEmpty();

        // bad parameters are 400 problems
        for (String bad : Set.of("type=sandwich", "priority=P9", "sort=title", "open=maybe", "createdFrom=yesterday",
                "group=not-a-uuid", "limit=lots", "status=DROP%20TABLE")) {
            assertProblem(api.get(q + bad, agnes), 400, "invalid-query");
        }
        assertProblem(api.get(q + "scope=everything", agnes), 400, "invalid-scope");
    }
}
