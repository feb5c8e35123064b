package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Sla;
import io.tessera.platform.it.TicketClient;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.tessera.platform.it.TicketClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA policies and ticket clocks over the real stack: policy CRUD with optimistic locking, bad input (problem, nothing
 * stored), roles, another tenant's ids not found; clocks that pause on the policy's statuses and explain their
 * timeline; warnings and breaches fired exactly once even under concurrent sweeps, with their escalations; running
 * clocks recomputed when their calendar changes; the compliance report.
 */
class SlaClockIT extends ApiTestBase {

    private static Map<String, Object> policyBody(String name, String calendarId, List<Map<String, Object>> targets,
                                                  List<Map<String, Object>> escalations) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("calendarId", calendarId);
        body.put("conditions", Map.of("types", List.of("incident")));
        body.put("pauseStatuses", List.of("on_hold:awaiting_customer"));
        body.put("targets", targets);
        body.put("escalations", escalations);
        return body;
    }

    private static Map<String, Object> target(String metric, String priority, Object target) {
        return Map.of("metric", metric, "priority", priority, "target", target);
    }

    @Test
    void policiesAreDefinedByAdminsCheckedAsAWholeAndInvisibleToOtherTenants() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        Sla sla = new Sla(api, acme.slug());
        String cal = sla.calendarId(agent, "24x7");
        String path = "/api/t/" + acme.slug() + "/sla/policies";

        Api.Reply created = sla.createPolicy(acme.adminToken(), policyBody("Gold", cal,
                List.of(target("resolution", "P3", "PT4H"), target("first_response", "P3", 30),
                        target("vendor_callback", "P2", 90.5)),
                List.of(Map.of("percent", 75, "action", "notify"), Map.of("percent", 100, "action", "raise_priority"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        String id = created.json().get("id").asText();
        JsonNode view = api.get(path + "/" + id, agent).json();
        assertThat(view.get("targets").findValuesAsText("target")).contains("PT4H", "PT30M", "PT1H30M30S");
        assertThat(view.get("conditions").get("types").get(0).asText()).isEqualTo("incident");

        // agents read, only admins write; end users see nothing
        String user = tenants.user(acme, "ursula", "end-user");
        assertThat(api.get(path, user).status()).isEqualTo(403);
        assertThat(sla.createPolicy(agent, policyBody("Agent's", cal, List.of(target("resolution", "P1", 1)),
                List.of())).status()).isEqualTo(403);

        // bad input: every problem with its field, nothing stored
        Map<String, Object> bad = policyBody("", "not-a-uuid", List.of(target("Resolution!", "P9", -5),
                        target("resolution", "P1", "soon")),
                List.of(Map.of("percent", 150, "action", "explode"), Map.of("percent", 100, "action", "reassign")));
        Api.Reply r = sla.createPolicy(acme.adminToken(), bad);
        assertProblem(r, 400, "invalid-input");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("name", "calendarId", "targets[0].metric", "targets[0].priority",
                "targets[0].target", "targets[1].target", "escalations[0].percent", "escalations[0].action",
                "escalations[1].group");
        assertProblem(sla.createPolicy(acme.adminToken(), policyBody("Unknown calendar",
                "00000000-0000-0000-0000-000000000000", List.of(target("resolution", "P1", 1)), List.of())),
                422, "sla-calendar-not-found");
        assertProblem(api.post(path, acme.adminToken(), Map.of("name", "x", "colour", "red")), 400, "unknown-field");
        assertProblem(sla.createPolicy(acme.adminToken(), policyBody("gold", cal,
                List.of(target("resolution", "P1", 1)), List.of())), 409, "sla-policy-name-taken");
        assertThat(api.get(path, agent).json().get("items")).hasSize(1);

        // optimistic locking
        Map<String, Object> renamed = policyBody("Gold 2", cal, List.of(target("resolution", "P3", "PT8H")), List.of());
        Api.Reply put = api.request("PUT", path + "/" + id, acme.adminToken(), renamed, Map.of("If-Match", "\"0\""));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.headers().firstValue("ETag")).hasValue("\"1\"");
        assertProblem(api.request("PUT", path + "/" + id, acme.adminToken(), renamed, Map.of("If-Match", "\"0\"")),
                412, "sla-policy-changed");
        // a calendar used by a policy cannot be deleted
        assertProblem(api.delete("/api/t/" + acme.slug() + "/calendars/" + cal, acme.adminToken()), 409,
                "calendar-in-use");

        // another tenant: the id does not exist there, on every endpoint
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String g = "/api/t/" + globex.slug() + "/sla/policies/" + id;
        assertProblem(api.get(g, globex.adminToken()), 404, "sla-policy-not-found");
        assertProblem(api.request("PUT", g, globex.adminToken(), renamed, Map.of()), 404, "sla-policy-not-found");
        assertProblem(api.delete(g, globex.adminToken()), 404, "sla-policy-not-found");
        assertThat(api.get("/api/t/" + globex.slug() + "/sla/policies", globex.adminToken()).json().get("items"))
                .isEmpty();
        // acme's token on globex's API
        assertThat(api.get(g, acme.adminToken()).status()).isIn(401, 403, 404);

        Api.Reply deleted = api.request("DELETE", path + "/" + id, acme.adminToken(), null, Map.of("If-Match", "\"1\""));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertProblem(api.get(path + "/" + id, agent), 404, "sla-policy-not-found");
    }

    @Test
    void clocksPauseExplainThemselvesAndFireWarningsAndBreachesExactlyOnce() throws Exception {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        Sla sla = new Sla(api, acme.slug());
        TicketClient tickets = new TicketClient(api, acme.slug());
        String cal = sla.calendarId(agent, "24x7");
        String group = api.post("/api/t/" + acme.slug() + "/groups", acme.adminToken(), Map.of("name", "Escalations"))
                .json().get("id").asText();
        // seconds-long targets on the round-the-clock calendar: 0.2 min = 12 s, 0.5 min = 30 s
        sla.policy(acme.adminToken(), policyBody("Fast", cal,
                List.of(target("resolution", "P3", 0.2), target("first_response", "P3", 0.5),
                        target("resolution", "P2", "PT1H")),
                List.of(Map.of("percent", 50, "action", "notify"),
                        Map.of("percent", 100, "action", "reassign", "group", group),
                        Map.of("percent", 100, "action", "raise_priority"))));

        // plugins are told: the webhook plugin, switched on, posts every ticket event to a receiver of this test
        List<String> hooked = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            hooked.add(exchange.getRequestHeaders().getFirst("X-Tessera-Event"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        Api.Reply hook = api.put("/api/t/" + acme.slug() + "/plugins/webhook", acme.adminToken(), Map.of("enabled",
                true, "settings", Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sla",
                        "secret", "sla-secret-1")));
        assertThat(hook.status()).as(hook.toString()).isEqualTo(200);
        try {
            breachOnce(acme, agent, sla, tickets, group, hooked);
        } finally {
            receiver.stop(0);
        }
    }

    private void breachOnce(Tenants.TestTenant acme, String agent, Sla sla, TicketClient tickets, String group,
                            List<String> hooked) throws Exception {
        String user = tenants.user(acme, "ursula", "end-user");
        String number = tickets.created(user, Map.of("title", "Printer on fire")).get("number").asText();
        JsonNode resolution = sla.clock(agent, number, "resolution");
        assertThat(resolution.get("state").asText()).isEqualTo("running");
        assertThat(resolution.get("policy").asText()).isEqualTo("Fast");
        assertThat(resolution.get("target").asText()).isEqualTo("PT12S");
        Instant started = Instant.parse(resolution.get("startedAt").asText());
        assertThat(Instant.parse(resolution.get("due").asText())).isEqualTo(started.plusSeconds(12));

        // an agent's public reply is the first response: met
        Api.Reply reply = api.post(tickets.path("/tickets/" + number + "/comments"), agent,
                Map.of("body", "Looking into it", "visibility", "public"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(sla.clock(agent, number, "first_response").get("state").asText()).isEqualTo("met");

        // waiting for the customer pauses the resolution clock; the timeline says why
        tickets.move(agent, number, "on_hold", "reason", "awaiting_customer");
        JsonNode paused = sla.clock(agent, number, "resolution");
        assertThat(paused.get("state").asText()).isEqualTo("paused");
        assertThat(paused.get("due").isNull()).isTrue();
        Thread.sleep(2000);
        tickets.move(agent, number, "in_progress");
        JsonNode resumed = sla.clock(agent, number, "resolution");
        List<String> kinds = new ArrayList<>();
        resumed.get("timeline").forEach(s -> kinds.add(s.get("kind").asText() + "/" + s.get("detail").asText()));
        assertThat(kinds).contains("counted/null", "paused/on_hold:awaiting_customer");
        double pausedSeconds = 0;
        for (JsonNode s : resumed.get("timeline")) {
            if (s.get("kind").asText().equals("paused")) {
                pausedSeconds += s.get("seconds").asDouble();
            }
        }
        assertThat(pausedSeconds).isGreaterThanOrEqualTo(1.9);
        // the due instant moved by the time paused
        assertThat(Instant.parse(resumed.get("due").asText())).isAfter(started.plusSeconds(13));

        // meanwhile sweeps race: the scheduler on its own and eight callers at once, again and again
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            List<Future<Api.Reply>> calls = new ArrayList<>();
            while (System.nanoTime() < end) {
                calls.clear();
                for (int i = 0; i < 8; i++) {
                    calls.add(pool.submit(() -> sla.sweep(acme.adminToken())));
                }
                for (Future<Api.Reply> f : calls) {
                    assertThat(f.get().status()).as(f.get().toString()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<JsonNode> firings = sla.awaitFirings(agent, number, Duration.ofSeconds(10),
                f -> Sla.count(f, "resolution", "breach") >= 1);
        assertThat(Sla.count(firings, "resolution", "breach")).as(firings.toString()).isEqualTo(1);
        assertThat(Sla.count(firings, "resolution", "warning")).as(firings.toString()).isEqualTo(1);
        List<String> actions = new ArrayList<>();
        firings.stream().filter(f -> f.get("kind").asText().equals("breach")).findFirst().orElseThrow()
                .get("actions").forEach(a -> actions.add(a.asText()));
        assertThat(actions).containsExactlyInAnyOrder("reassign", "raise_priority");
        // the escalations ran: the ticket went to the escalation group with priority raised one level
        JsonNode ticket = tickets.get(agent, number).json();
        assertThat(ticket.get("priority").asText()).isEqualTo("P2");
        assertThat(ticket.toString()).contains(group);
        JsonNode breached = sla.clock(agent, number, "resolution");
        assertThat(breached.get("state").asText()).isEqualTo("breached");
        assertThat(breached.get("priority").asText()).isEqualTo("P2");
        // the outbox holds one delivery per firing, and the receiver got the breach
        List<String> delivered = new ArrayList<>();
        api.get("/api/t/" + acme.slug() + "/plugins/webhook/deliveries?limit=200", acme.adminToken()).json()
                .forEach(d -> delivered.add(d.get("eventType").asText()));
        assertThat(delivered.stream().filter("sla.breached"::equals).count()).as(delivered.toString()).isEqualTo(1);
        assertThat(delivered.stream().filter("sla.warning"::equals).count()).as(delivered.toString()).isEqualTo(1);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!hooked.contains("sla.breached") && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        assertThat(hooked).as(hooked.toString()).containsOnlyOnce("sla.breached");
        // later sweeps fire nothing again
        Thread.sleep(3000);
        assertThat(sla.sweep(acme.adminToken()).json().get("claimed").asInt()).isZero();
        assertThat(Sla.count(sla.firings(agent, number), "resolution", "breach")).isEqualTo(1);

        // resolved: breached stays breached; the report counts it for this month
        tickets.move(agent, number, "resolved", "resolutionCode", "solved", "notes", "Extinguished");
        assertThat(sla.clock(agent, number, "resolution").get("state").asText()).isEqualTo("breached");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply report = api.get("/api/t/" + acme.slug() + "/sla/reports/compliance?from=" + today.withDayOfMonth(1)
                + "&to=" + today.plusDays(1), agent);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        Map<String, long[]> byMetric = new HashMap<>();
        report.json().get("rows").forEach(row -> {
            assertThat(row.get("policy").asText()).isEqualTo("Fast");
            assertThat(row.get("month").asText()).isEqualTo(today.toString().substring(0, 7));
            long[] c = byMetric.computeIfAbsent(row.get("metric").asText(), k -> new long[2]);
            c[0] += row.get("met").asLong();
            c[1] += row.get("breached").asLong();
        });
        assertThat(byMetric.get("first_response")).containsExactly(1, 0);
        assertThat(byMetric.get("resolution")).containsExactly(0, 1);
        assertProblem(api.get("/api/t/" + acme.slug() + "/sla/reports/compliance?from=yesterday&to=" + today, agent),
                400, "invalid-input");
        assertProblem(api.get("/api/t/" + acme.slug() + "/sla/reports/compliance?from=" + today + "&to=" + today,
                agent), 400, "invalid-input");

        // another tenant: the ticket's clocks do not exist there, its report and sweeps are its own
        Tenants.TestTenant globex = tenants.newTenant("globex");
        assertProblem(new Sla(api, globex.slug()).ticketSla(globex.adminToken(), number), 404, "ticket-not-found");
        assertThat(api.get("/api/t/" + globex.slug() + "/sla/reports/compliance?from=" + today.withDayOfMonth(1)
                + "&to=" + today.plusDays(1), globex.adminToken()).json().get("rows")).isEmpty();
        assertThat(new Sla(api, globex.slug()).sweep(globex.adminToken()).json().get("claimed").asInt()).isZero();
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets/" + number + "/sla", globex.adminToken()).status())
                .isIn(401, 403, 404);
    }

    @Test
    void runningClocksAreRecomputedWhenTheirCalendarChanges() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        Sla sla = new Sla(api, acme.slug());
        TicketClient tickets = new TicketClient(api, acme.slug());
        String calendars = "/api/t/" + acme.slug() + "/calendars";
        Map<String, Object> weekly = new HashMap<>();
        weekly.put("monday", List.of(Map.of("start", "09:00", "end", "10:00")));
        Api.Reply office = api.post(calendars, acme.adminToken(), Map.of("name", "Mondays", "timeZone", "UTC",
                "weekly", weekly));
        assertThat(office.status()).as(office.toString()).isEqualTo(201);
        String cal = office.json().get("id").asText();
        String policy = sla.policy(acme.adminToken(), policyBody("Mondays only", cal,
                List.of(target("resolution", "P3", "PT2H")), List.of())).get("id").asText();
        String number = tickets.created(agent, Map.of("title", "Slow one")).get("number").asText();
        JsonNode before = sla.clock(agent, number, "resolution");
        Instant started = Instant.parse(before.get("startedAt").asText());
        // one hour a week: two hours are due on a Monday at least a week away
        assertThat(Instant.parse(before.get("due").asText())).isAfter(started.plus(Duration.ofDays(6)));

        Map<String, Object> allDay = new HashMap<>();
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            allDay.put(d, List.of(Map.of("start", "00:00", "end", "24:00")));
        }
        Api.Reply changed = api.put(calendars + "/" + cal, acme.adminToken(), Map.of("name", "Mondays",
                "timeZone", "UTC", "weekly", allDay));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = sla.clock(agent, number, "resolution");
        assertThat(Instant.parse(after.get("due").asText())).isEqualTo(started.plus(Duration.ofHours(2)));
        JsonNode timers = after.get("timers");
        assertThat(timers).hasSize(1);
        assertThat(Instant.parse(timers.get(0).get("due").asText())).isEqualTo(started.plus(Duration.ofHours(2)));

        // a changed policy retargets its running clocks: three hours now, and a warning at 50 %
        Api.Reply retargeted = api.request("PUT", "/api/t/" + acme.slug() + "/sla/policies/" + policy,
                acme.adminToken(), policyBody("Mondays only", cal, List.of(target("resolution", "P3", "PT3H")),
                        List.of(Map.of("percent", 50, "action", "notify"))), Map.of("If-Match", "\"0\""));
        assertThat(retargeted.status()).as(retargeted.toString()).isEqualTo(200);
        JsonNode longer = sla.clock(agent, number, "resolution");
        assertThat(longer.get("target").asText()).isEqualTo("PT3H");
        assertThat(Instant.parse(longer.get("due").asText())).isEqualTo(started.plus(Duration.ofHours(3)));
        assertThat(longer.get("timers").findValuesAsText("percent")).containsExactly("50", "100");
        assertThat(Instant.parse(longer.get("timers").get(0).get("due").asText()))
                .isEqualTo(started.plus(Duration.ofMinutes(90)));
    }

    @Test
    void olaClocksCountOnlyTheTimeTheirGroupHoldsTheTicket() throws Exception {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        Sla sla = new Sla(api, acme.slug());
        TicketClient tickets = new TicketClient(api, acme.slug());
        String network = api.post("/api/t/" + acme.slug() + "/groups", acme.adminToken(), Map.of("name", "Network"))
                .json().get("id").asText();
        String desktop = api.post("/api/t/" + acme.slug() + "/groups", acme.adminToken(), Map.of("name", "Desktop"))
                .json().get("id").asText();
        Map<String, Object> ola = new HashMap<>();
        ola.put("name", "Network OLA");
        ola.put("calendarId", sla.calendarId(agent, "24x7"));
        ola.put("conditions", Map.of("groups", List.of(network)));
        ola.put("targets", List.of(target("resolution", "P3", "PT1H")));
        sla.policy(acme.adminToken(), ola);
        ola.put("name", "Unknown group");
        ola.put("conditions", Map.of("groups", List.of("00000000-0000-0000-0000-000000000000")));
        assertProblem(sla.createPolicy(acme.adminToken(), ola), 422, "group-not-found");

        String number = tickets.created(agent, Map.of("title", "Switch down")).get("number").asText();
        assertThat(sla.ticketSla(agent, number).json().get("clocks")).isEmpty();
        assign(tickets, agent, number, network);
        JsonNode running = sla.clock(agent, number, "resolution");
        assertThat(running.get("olaGroup").asText()).isEqualTo(network);
        assertThat(running.get("state").asText()).isEqualTo("running");
        Instant started = Instant.parse(running.get("startedAt").asText());
        assertThat(Instant.parse(running.get("due").asText())).isEqualTo(started.plus(Duration.ofHours(1)));

        Thread.sleep(1000);
        assign(tickets, agent, number, desktop);
        JsonNode elsewhere = sla.clock(agent, number, "resolution");
        assertThat(elsewhere.get("state").asText()).isEqualTo("paused");
        assertThat(elsewhere.get("due").isNull()).isTrue();
        Thread.sleep(1500);
        assign(tickets, agent, number, network);
        JsonNode back = sla.clock(agent, number, "resolution");
        assertThat(back.get("state").asText()).isEqualTo("running");
        double away = 0;
        for (JsonNode seg : back.get("timeline")) {
            if (seg.get("kind").asText().equals("paused")) {
                assertThat(seg.get("detail").asText()).isEqualTo("assigned_elsewhere");
                away += seg.get("seconds").asDouble();
            }
        }
        assertThat(away).isGreaterThanOrEqualTo(1.4);
        assertThat(Instant.parse(back.get("due").asText())).isAfter(started.plus(Duration.ofHours(1)).plusMillis(1400));
        assertThat(sla.ticketSla(agent, number).json().get("clocks")).hasSize(1);

        tickets.move(agent, number, "resolved", "resolutionCode", "solved", "notes", "Rebooted");
        assertThat(sla.clock(agent, number, "resolution").get("state").asText()).isEqualTo("met");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode rows = api.get("/api/t/" + acme.slug() + "/sla/reports/compliance?from=" + today + "&to="
                + today.plusDays(1), agent).json().get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("group").asText()).isEqualTo(network);
        assertThat(rows.get(0).get("policy").asText()).isEqualTo("Network OLA");
        assertThat(rows.get(0).get("met").asLong()).isEqualTo(1);
    }

    @Test
    void theContractAndOrganisationOfATicketPickItsPolicyAndAChangeRepicksIt() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        Sla sla = new Sla(api, acme.slug());
        TicketClient tickets = new TicketClient(api, acme.slug());
        String cal = sla.calendarId(agent, "24x7");
        Map<String, Object> gold = policyBody("Gold contract", cal, List.of(target("resolution", "P3", "PT2H")),
                List.of());
        gold.put("position", 10);
        gold.put("conditions", Map.of("contracts", List.of("GOLD-2026"), "organisations", List.of()));
        JsonNode goldView = sla.policy(acme.adminToken(), gold);
        assertThat(goldView.get("conditions").get("contracts").get(0).asText()).isEqualTo("GOLD-2026");
        assertThat(goldView.get("conditions").get("organisations")).isEmpty();
        Map<String, Object> standard = policyBody("Standard", cal, List.of(target("resolution", "P3", "PT8H")),
                List.of());
        standard.put("position", 200);
        sla.policy(acme.adminToken(), standard);

        // bad condition values: a problem per field, nothing stored
        Map<String, Object> bad = policyBody("Bad refs", cal, List.of(target("resolution", "P3", "PT1H")), List.of());
        bad.put("conditions", Map.of("organisations", List.of(" "), "contracts", List.of("GOLD,SILVER")));
        Api.Reply refused = sla.createPolicy(acme.adminToken(), bad);
        assertProblem(refused, 400, "invalid-input");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("conditions.organisations[0]", "conditions.contracts[0]");

        // a GOLD ticket gets the GOLD clock, one without a contract the default; the ticket keeps both references
        JsonNode goldTicket = tickets.created(agent, Map.of("title", "Mail down in Shanghai",
                "organisation", "Shanghai office", "contract", "GOLD-2026"));
        assertThat(goldTicket.get("organisation").asText()).isEqualTo("Shanghai office");
        assertThat(goldTicket.get("contract").asText()).isEqualTo("GOLD-2026");
        String goldNumber = goldTicket.get("number").asText();
        JsonNode goldClock = sla.clock(agent, goldNumber, "resolution");
        assertThat(goldClock.get("policy").asText()).isEqualTo("Gold contract");
        assertThat(goldClock.get("target").asText()).isEqualTo("PT2H");

        JsonNode plain = tickets.created(agent, Map.of("title", "Mail down in Berlin", "organisation", "Berlin"));
        assertThat(plain.get("contract").isNull()).isTrue();
        String plainNumber = plain.get("number").asText();
        JsonNode plainClock = sla.clock(agent, plainNumber, "resolution");
        assertThat(plainClock.get("policy").asText()).isEqualTo("Standard");
        assertThat(plainClock.get("target").asText()).isEqualTo("PT8H");
        Instant started = Instant.parse(plainClock.get("startedAt").asText());

        // end users cannot set them
        String user = tenants.user(acme, "ursula", "end-user");
        assertProblem(tickets.open(user, Map.of("title", "Mine", "contract", "GOLD-2026")), 403, "ticket-agents-only");

        // the contract edited to GOLD: the running clock is GOLD's now; cleared again: the default's
        JsonNode edited = tickets.edit(agent, plainNumber, Map.of("contract", " GOLD-2026 "));
        assertThat(edited.get("contract").asText()).isEqualTo("GOLD-2026");
        assertThat(edited.get("organisation").asText()).isEqualTo("Berlin");
        JsonNode repicked = sla.clock(agent, plainNumber, "resolution");
        assertThat(repicked.get("policy").asText()).isEqualTo("Gold contract");
        assertThat(repicked.get("target").asText()).isEqualTo("PT2H");
        assertThat(Instant.parse(repicked.get("due").asText())).isEqualTo(started.plus(Duration.ofHours(2)));
        assertThat(sla.ticketSla(agent, plainNumber).json().get("clocks")).hasSize(1);
        JsonNode read = tickets.get(agent, plainNumber).json();
        assertThat(read.get("contract").asText()).isEqualTo("GOLD-2026");
        assertThat(read.get("organisation").asText()).isEqualTo("Berlin");

        tickets.edit(agent, plainNumber, Map.of("contract", "", "organisation", "Berlin HQ"));
        JsonNode back = sla.clock(agent, plainNumber, "resolution");
        assertThat(back.get("policy").asText()).isEqualTo("Standard");
        assertThat(back.get("target").asText()).isEqualTo("PT8H");
        assertThat(tickets.get(agent, plainNumber).json().get("contract").isNull()).isTrue();

        // history records both changes
        Api.Reply history = api.get(tickets.path("/tickets/" + plainNumber + "/history"), agent);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> changes = new ArrayList<>();
        history.json().forEach(entry -> {
            if (entry.has("changes")) {
                entry.get("changes").forEach(c -> changes.add(c.get("field").asText() + ": " + text(c.get("from"))
                        + " -> " + text(c.get("to"))));
            }
        });
        assertThat(changes).contains("organisation: null -> Berlin", "contract: null -> GOLD-2026",
                "contract: GOLD-2026 -> null", "organisation: Berlin -> Berlin HQ");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private void assign(TicketClient tickets, String token, String number, String group) {
        Api.Reply r = api.request("PUT", tickets.path("/tickets/" + number + "/assignment"), token,
                Map.of("group", group), Map.of("If-Match", tickets.etag(token, number)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
