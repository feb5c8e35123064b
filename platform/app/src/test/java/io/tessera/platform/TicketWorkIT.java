package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Fixture;
import io.tessera.platform.it.TicketClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.tessera.platform.it.TicketClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents working tickets: optimistic locking (ETag / If-Match / 412, also under real concurrency), public replies
 * versus internal work notes, the audited history, assignment groups and assignment.
 */
class TicketWorkIT extends ApiTestBase {

    private static Fixture fx;
    private TicketClient t;

    @BeforeEach
    void fixture() {
        if (fx == null) {
            fx = new Fixture(api, tenants, "work");
        }
        t = new TicketClient(api, fx.slug());
    }

    @Test
    void changesNeedTheCurrentETagInIfMatch() {
        Api.Reply created = t.open(fx.agent(), Map.of("title", "Wi-Fi flaky"));
        String n = created.json().get("number").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");
        assertThat(t.etag(fx.agent(), n)).isEqualTo(etag);

        assertProblem(t.patch(fx.agent(), n, null, Map.of("title", "x")), 428, "if-match-required");
        assertProblem(t.patch(fx.agent(), n, "\"7\"", Map.of("title", "x")), 412, "ticket-changed");
        assertProblem(t.patch(fx.agent(), n, "W/\"0\"", Map.of("title", "x")), 412, "ticket-changed");
        assertThat(t.get(fx.agent(), n).json().get("title").asText()).isEqualTo("Wi-Fi flaky");

        Api.Reply ok = t.patch(fx.agent(), n, etag, Map.of("title", "Wi-Fi flaky in building B"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        String next = ok.headers().firstValue("ETag").orElseThrow();
        assertThat(next).isNotEqualTo(etag);
        // the old ETag is stale now, for every kind of change
        assertProblem(t.patch(fx.agent(), n, etag, Map.of("title", "y")), 412, "ticket-changed");
        assertProblem(t.transition(fx.agent(), n, etag, Map.of("to", "in_progress")), 412, "ticket-changed");
        assertProblem(t.put(fx.agent(), n, "assignment", etag, Map.of()), 412, "ticket-changed");
        assertThat(t.get(fx.agent(), n).headers().firstValue("ETag")).contains(next);
        // If-Match: * means "whatever the current version is"
        assertThat(t.patch(fx.agent(), n, "*", Map.of("description", "all floors")).status()).isEqualTo(200);
        // end users cannot change fields
        assertProblem(t.patch(fx.user(), n, "*", Map.of("title", "z")), 403, "forbidden");
    }

    @Test
    void twoAgentsEditingTheSameTicketNeverSilentlyLoseAChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String n = t.created(fx.agent(), null, "Race " + round).get("number").asText();
                String etag = t.etag(fx.agent(), n);
                String agnes = fx.agent();
                String arthur = fx.agent2();
                CountDownLatch start = new CountDownLatch(1);
                Future<Api.Reply> a = pool.submit(() -> {
                    start.await();
                    return t.patch(agnes, n, etag, Map.of("description", "Agnes: cable replaced"));
                });
                Future<Api.Reply> b = pool.submit(() -> {
                    start.await();
                    return t.patch(arthur, n, etag, Map.of("impact", "high"));
                });
                start.countDown();
                List<Integer> statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).as("round " + round + ": " + a.get() + " / " + b.get())
                        .containsExactlyInAnyOrder(200, 412);
                boolean agnesWon = a.get().status() == 200;
                JsonNode after = t.get(fx.agent(), n).json();
                assertThat(after.get("version").asLong()).isEqualTo(1);
                // the loser re-reads and re-applies: both changes are there in the end
                if (agnesWon) {
                    assertThat(after.get("impact").asText()).isEqualTo("medium");
                    t.edit(arthur, n, Map.of("impact", "high"));
                } else {
                    assertThat(after.get("description").asText()).isEmpty();
                    t.edit(agnes, n, Map.of("description", "Agnes: cable replaced"));
                }
                JsonNode both = t.get(fx.agent(), n).json();
                assertThat(both.get("description").asText()).isEqualTo("Agnes: cable replaced");
                assertThat(both.get("impact").asText()).isEqualTo("high");
            }

            // a burst: eight agents' requests with the same ETag, exactly one wins
            String n = t.created(fx.agent(), null, "Burst").get("number").asText();
            String etag = t.etag(fx.agent(), n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = i % 2 == 0 ? fx.agent() : fx.agent2();
                int k = i;
                burst.add(pool.submit(() -> {
                    start.await();
                    return k % 3 == 0 ? t.transition(token, n, etag, Map.of("to", "in_progress"))
                            : t.patch(token, n, etag, Map.of("title", "Burst " + k));
                }));
            }
            start.countDown();
            int ok = 0;
            for (Future<Api.Reply> f : burst) {
                Api.Reply r = f.get();
                assertThat(r.status()).as(r.toString()).isIn(200, 412);
                ok += r.status() == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(1);
            assertThat(t.get(fx.agent(), n).json().get("version").asLong()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void endUsersNeverSeeWorkNotes() {
        String n = t.created(fx.user(), null, "Cannot print payslips").get("number").asText();
        assertThat(t.comment(fx.user(), n, null, "Urgent, payroll is today").status()).isEqualTo(201);
        Api.Reply note = t.comment(fx.agent(), n, "work_note", "SECRET: printer driver is pirated");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(note.json().get("visibility").asText()).isEqualTo("work_note");
        assertThat(t.comment(fx.agent(), n, "public", "We are on it").status()).isEqualTo(201);

        Api.Reply mine = api.get(t.path("/tickets/" + n + "/comments"), fx.user());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().findValuesAsText("body")).containsExactly("Urgent, payroll is today", "We are on it");
        assertThat(mine.body()).doesNotContain("SECRET").doesNotContain("work_note");
        assertThat(api.get(t.path("/tickets/" + n + "/comments"), fx.agent()).json().findValuesAsText("body"))
                .containsExactly("Urgent, payroll is today", "SECRET: printer driver is pirated", "We are on it");
        // nor through the history, which is for agents
        assertProblem(api.get(t.path("/tickets/" + n + "/history"), fx.user()), 403, "forbidden");
        // nor by writing one
        assertProblem(t.comment(fx.user(), n, "work_note", "x"), 403, "work-notes-agents-only");
        assertProblem(t.comment(fx.user(), n, "shout", "x"), 422, "ticket-invalid-code");
        // another end user sees neither the ticket nor its comments
        assertProblem(api.get(t.path("/tickets/" + n + "/comments"), fx.user2()), 404, "ticket-not-found");
        assertProblem(t.comment(fx.user2(), n, null, "me too"), 404, "ticket-not-found");
        // ...until made a watcher: then the public thread only
        t.edit(fx.agent(), n, Map.of("watchers", List.of(fx.user2Id)));
        Api.Reply watched = api.get(t.path("/tickets/" + n + "/comments"), fx.user2());
        assertThat(watched.status()).isEqualTo(200);
        assertThat(watched.body()).doesNotContain("SECRET");
        assertThat(t.get(fx.user2(), n).status()).isEqualTo(200);
    }

    @Test
    void historyRecordsEveryChangeWithWhoAndWhen() {
        JsonNode created = t.created(fx.user(), Map.of("title", "VPN drops", "description", "every 10 minutes"));
        String n = created.get("number").asText();
        String group = api.post(t.path("/groups"), fx.admin(), Map.of("name", "Network " + n)).json().get("id").asText();
        api.request("PUT", t.path("/groups/" + group + "/members/" + fx.agentId), fx.admin(), null, Map.of());
        t.edit(fx.agent(), n, Map.of("title", "VPN drops for the whole sales team", "impact", "high"));
        Api.Reply assigned = t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n),
                Map.of("group", group, "assignee", fx.agentId));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        t.move(fx.agent(), n, "in_progress");
        t.comment(fx.user(), n, null, "Still happening");
        t.comment(fx.agent(), n, "work_note", "Firewall logs show resets");
        t.move(fx.agent2(), n, "resolved", "resolutionCode", "solved", "notes", "MTU fixed");

        Api.Reply reply = api.get(t.path("/tickets/" + n + "/history"), fx.agent());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode history = reply.json();
        List<String> kinds = history.findValuesAsText("kind");
        assertThat(kinds).containsExactly("created", "updated", "updated", "updated", "commented", "commented", "updated");

        JsonNode first = history.get(0);
        assertThat(first.get("actor").get("id").asText()).isEqualTo(fx.userId);
        assertThat(first.get("at").asText()).isNotBlank();
        assertThat(changes(first)).containsEntry("title", "null -> VPN drops").containsEntry("status", "null -> new");

        JsonNode edit = history.get(1);
        assertThat(edit.get("actor").get("id").asText()).isEqualTo(fx.agentId);
        assertThat(edit.get("actor").get("name").asText()).isEqualTo("agnes Tester");
        assertThat(changes(edit)).containsEntry("title", "VPN drops -> VPN drops for the whole sales team")
                .containsEntry("impact", "medium -> high").containsEntry("priority", "P3 -> P2")
                .doesNotContainKey("description");
        assertThat(changes(history.get(2))).containsEntry("assignmentGroup", "null -> " + group)
                .containsEntry("assignee", "null -> agnes Tester");
        assertThat(changes(history.get(3))).containsEntry("status", "new -> in_progress");
        assertThat(history.get(4).get("visibility").asText()).isEqualTo("public");
        assertThat(history.get(4).get("actor").get("id").asText()).isEqualTo(fx.userId);
        assertThat(history.get(5).get("visibility").asText()).isEqualTo("work_note");
        JsonNode resolved = history.get(6);
        assertThat(resolved.get("actor").get("id").asText()).isEqualTo(fx.agent2Id);
        assertThat(changes(resolved)).containsEntry("status", "in_progress -> resolved")
                .containsEntry("resolutionCode", "null -> solved").containsEntry("resolutionNotes", "null -> MTU fixed");
        // revisions only go up
        List<Long> revisions = new ArrayList<>();
        history.forEach(e -> revisions.add(e.get("revision").asLong()));
        assertThat(revisions).isSorted();
    }

    @Test
    void attachmentsRoundTripByteExactWithinTheTenantsLimitsAndSafeNames() throws Exception {
        String n = t.created(fx.user(), null, "Screenshot of the error").get("number").asText();
        String files = t.path("/tickets/" + n + "/attachments");
        // a PNG larger than the JSON body limit, with bytes of every value
        byte[] png = new byte[300_000];
        new java.util.Random(42).nextBytes(png);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 0, png, 0, 8);
        Api.Reply up = api.postRaw(files + "?filename=" + java.net.URLEncoder.encode("错误 screen.png",
                java.nio.charset.StandardCharsets.UTF_8), fx.user(), "image/png", png);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        assertThat(up.json().get("size").asLong()).isEqualTo(png.length);
        assertThat(up.json().get("filename").asText()).isEqualTo("错误 screen.png");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(up.json().get("sha256").asText()).isEqualTo(sha);

        Api.Bytes down = api.getBytes(files + "/" + up.json().get("id").asText(), fx.agent());
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(png);
        assertThat(down.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(down.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''%E9%94%99%E8%AF%AF%20screen.png");
        assertThat(down.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // names that try to leave the store are reduced to their last segment; bytes are kept by id only
        Api.Reply traversal = api.postRaw(files + "?filename=..%2F..%2F..%2Fetc%2Fpasswd", fx.agent(), "text/plain",
                "root:x:0:0".getBytes());
        assertThat(traversal.status()).as(traversal.toString()).isEqualTo(201);
        assertThat(traversal.json().get("filename").asText()).isEqualTo("passwd");
        Api.Reply windows = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + files.substring(1)))
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename=\"..\\..\\boot.ini\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[boot loader]")), fx.agent());
        assertThat(windows.json().get("filename").asText()).isEqualTo("boot.ini");
        java.nio.file.Path store = java.nio.file.Path.of(System.getProperty("tessera.it.work"), "wildfly", "standalone",
                "data", "attachments", fx.slug());
        try (var walk = java.nio.file.Files.walk(store)) {
            assertThat(walk.filter(java.nio.file.Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(3).allMatch(name -> name.matches("[0-9a-f-]{36}"));
        }

        // types: only accepted ones, and the bytes must fit the declared type
        assertProblem(api.postRaw(files, fx.agent(), "text/html", "<script>alert(1)</script>".getBytes()), 415,
                "attachment-type-not-accepted");
        assertProblem(api.postRaw(files, fx.agent(), "application/pdf", "MZ\u0090 not a pdf".getBytes()), 415,
                "attachment-content-mismatch");
        assertProblem(api.postRaw(files, fx.agent(), "image/png", "GIF89a....".getBytes()), 415,
                "attachment-content-mismatch");
        assertProblem(api.postRaw(files, fx.agent(), "text/plain", new byte[0]), 400, "attachment-empty");

        // the tenant's size limit, to the byte
        String policy = t.path("/settings/tickets");
        assertThat(api.put(policy, fx.admin(), Map.of("reopenWindowDays", 7, "maxAttachmentBytes", 1000)).status())
                .isEqualTo(200);
        try {
            assertThat(api.postRaw(files, fx.agent(), "text/plain", "a".repeat(1000).getBytes()).status()).isEqualTo(201);
            assertProblem(api.postRaw(files, fx.agent(), "text/plain", "a".repeat(1001).getBytes()), 413,
                    "attachment-too-large");
        } finally {
            api.put(policy, fx.admin(), Map.of("reopenWindowDays", 7, "maxAttachmentBytes", 10_485_760));
        }
        assertThat(api.get(files, fx.user()).json().findValuesAsText("filename"))
                .containsExactly("错误 screen.png", "passwd", "boot.ini", "attachment");
        try (var walk = java.nio.file.Files.walk(store)) {
            assertThat(walk.filter(java.nio.file.Files::isRegularFile)).hasSize(4);
        }
        // someone who cannot see the ticket cannot see its files
        assertProblem(api.get(files, fx.user2()), 404, "ticket-not-found");
        assertThat(api.getBytes(files + "/" + up.json().get("id").asText(), fx.user2()).status()).isEqualTo(404);
        assertProblem(api.postRaw(files, fx.user2(), "text/plain", "x".getBytes()), 404, "ticket-not-found");
        assertThat(api.getBytes(files + "/" + java.util.UUID.randomUUID(), fx.agent()).status()).isEqualTo(404);
    }

    private static Map<String, String> changes(JsonNode entry) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        entry.get("changes").forEach(c -> m.put(c.get("field").asText(),
                text(c.get("from")) + " -> " + text(c.get("to"))));
        return m;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    @Test
    void tenantAdminsManageGroupsOfAgentsAndTicketsGoToTheirMembers() {
        String groups = t.path("/groups");
        String name = "Service desk " + System.nanoTime();
        assertProblem(api.post(groups, fx.agent(), Map.of("name", name)), 403, "forbidden");
        Api.Reply created = api.post(groups, fx.admin(), Map.of("name", name, "description", "First line"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertProblem(api.post(groups, fx.admin(), Map.of("name", name.toUpperCase())), 409, "group-exists");
        assertProblem(api.post(groups, fx.admin(), Map.of("name", " ")), 400, "invalid-input");

        String members = groups + "/" + id + "/members/";
        assertProblem(api.request("PUT", members + fx.userId, fx.admin(), null, Map.of()), 422, "user-not-an-agent");
        assertProblem(api.request("PUT", members + "no-such-user", fx.admin(), null, Map.of()), 422, "user-not-an-agent");
        Api.Reply added = api.request("PUT", members + fx.agentId, fx.admin(), null, Map.of());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().get("members").findValuesAsText("userId")).containsExactly(fx.agentId);
        assertThat(api.get(groups + "/" + id, fx.agent()).json().get("members").get(0).get("name").asText())
                .isEqualTo("agnes Tester");

        String n = t.created(fx.user(), null, "Monitor flickers").get("number").asText();
        assertProblem(t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n),
                Map.of("group", id, "assignee", fx.agent2Id)), 422, "assignee-not-in-group");
        assertProblem(t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n),
                Map.of("group", "6f1c2b4e-0000-4000-8000-000000000000")), 422, "group-not-found");
        assertProblem(t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n), Map.of("assignee", fx.userId)), 422,
                "user-not-an-agent");
        JsonNode assigned = t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n),
                Map.of("group", id, "assignee", fx.agentId)).json();
        assertThat(assigned.get("assignmentGroup").asText()).isEqualTo(id);
        assertThat(assigned.get("assigneeName").asText()).isEqualTo("agnes Tester");
        // an agent outside any group can still be assigned directly
        assertThat(t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n), Map.of("assignee", fx.agent2Id))
                .json().get("assigneeId").asText()).isEqualTo(fx.agent2Id);
        t.put(fx.agent(), n, "assignment", t.etag(fx.agent(), n), Map.of("group", id));

        assertProblem(api.delete(groups + "/" + id, fx.admin()), 409, "group-in-use");
        assertThat(api.request("DELETE", members + fx.agentId, fx.admin(), null, Map.of()).json().get("members"))
                .isEmpty();
        assertProblem(api.request("DELETE", members + fx.agentId, fx.admin(), null, Map.of()), 404,
                "group-member-not-found");
        String empty = api.post(groups, fx.admin(), Map.of("name", "Temp " + System.nanoTime())).json().get("id").asText();
        assertThat(api.delete(groups + "/" + empty, fx.admin()).status()).isEqualTo(204);
        assertProblem(api.get(groups + "/" + empty, fx.agent()), 404, "group-not-found");
        assertProblem(api.get(groups, fx.user()), 403, "forbidden");
    }
}
