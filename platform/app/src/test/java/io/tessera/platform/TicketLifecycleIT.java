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

import static io.tessera.platform.it.TicketClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ITIL lifecycles through the REST API: every type's way from its first to its last status, the rules of the
 * steps (missing information is a 422 naming the fields), and illegal transitions (409 naming the allowed
 * statuses, nothing changed). Also numbers per type and the per-tenant priority matrix.
 */
class TicketLifecycleIT extends ApiTestBase {

    private static Fixture fx;
    private TicketClient t;

    @BeforeEach
    void fixture() {
        if (fx == null) {
            fx = new Fixture(api, tenants, "life");
        }
        t = new TicketClient(api, fx.slug());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void assertIllegal(String number, String to, String... allowed) {
        String etag = t.etag(fx.agent(), number);
        Api.Reply r = t.transition(fx.agent(), number, etag, Map.of("to", to));
        assertProblem(r, 409, "illegal-transition");
        assertThat(texts(r.json().get("allowed"))).containsExactly(allowed);
        // nothing changed: same version, same status
        assertThat(t.etag(fx.agent(), number)).isEqualTo(etag);
    }

    @Test
    void incidentGoesFromNewThroughHoldAndResolutionToClosedAndRefusesIllegalSteps() {
        JsonNode inc = t.created(fx.user(), null, "Printer on 3rd floor jams");
        String n = inc.get("number").asText();
        assertThat(n).matches("INC\\d{7}");
        assertThat(inc.get("type").asText()).isEqualTo("incident");
        assertThat(inc.get("status").asText()).isEqualTo("new");
        assertThat(inc.get("priority").asText()).isEqualTo("P3");
        assertThat(inc.get("channel").asText()).isEqualTo("api");

        assertIllegal(n, "closed", "in_progress", "on_hold", "resolved", "cancelled");
        Api.Reply illegal = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "closed"));
        assertThat(illegal.json().get("detail").asText()).contains("in_progress, on_hold, resolved, cancelled");
        Api.Reply zh = api.request("POST", t.path("/tickets/" + n + "/transitions"), fx.agent(), Map.of("to", "closed"),
                Map.of("If-Match", t.etag(fx.agent(), n), "Accept-Language", "zh-CN"));
        assertThat(zh.json().get("title").asText()).isEqualTo("不允许的状态转换");

        t.move(fx.agent(), n, "in_progress");
        Api.Reply noReason = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "on_hold"));
        assertProblem(noReason, 422, "ticket-fields-required");
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        Api.Reply badReason = t.transition(fx.agent(), n, t.etag(fx.agent(), n),
                Map.of("to", "on_hold", "reason", "lunch_break"));
        assertProblem(badReason, 422, "ticket-invalid-code");
        assertThat(texts(badReason.json().get("allowed"))).containsExactly("awaiting_customer", "awaiting_vendor",
                "awaiting_change");

        JsonNode held = t.move(fx.agent(), n, "on_hold", "reason", "awaiting_customer");
        assertThat(held.get("incident").get("holdReason").asText()).isEqualTo("awaiting_customer");
        assertThat(held.get("open").asBoolean()).isTrue();
        assertThat(t.move(fx.agent(), n, "in_progress").get("incident").get("holdReason").isNull()).isTrue();

        Api.Reply unresolved = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "resolved"));
        assertProblem(unresolved, 422, "ticket-fields-required");
        assertThat(unresolved.json().get("errors").findValuesAsText("field")).containsExactly("resolutionCode", "notes");

        JsonNode resolved = t.move(fx.agent(), n, "resolved", "resolutionCode", "workaround", "notes", "Cleared the queue");
        assertThat(resolved.get("incident").get("resolutionCode").asText()).isEqualTo("workaround");
        assertThat(resolved.get("resolutionNotes").asText()).isEqualTo("Cleared the queue");
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();
        assertThat(resolved.get("open").asBoolean()).isFalse();

        // reopened within the window (7 days by default)
        JsonNode reopened = t.move(fx.agent(), n, "in_progress");
        assertThat(reopened.get("incident").get("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();

        t.move(fx.agent(), n, "resolved", "resolutionCode", "solved", "notes", "New toner");
        t.move(fx.agent(), n, "closed");
        assertIllegal(n, "in_progress");
        // end users cannot move tickets, not even their own
        assertProblem(t.transition(fx.user(), n, t.etag(fx.user(), n), Map.of("to", "cancelled")), 403, "forbidden");

        JsonNode other = t.created(fx.agent(), null, "Duplicate report");
        t.move(fx.agent(), other.get("number").asText(), "cancelled");
        assertIllegal(other.get("number").asText(), "new");
    }

    @Test
    void reopeningIsRefusedOnceTheTenantsWindowHasPassed() {
        String policy = t.path("/settings/tickets");
        assertThat(api.put(policy, fx.admin(), Map.of("reopenWindowDays", 0)).status()).isEqualTo(200);
        try {
            String n = t.created(fx.agent(), null, "Mail bounces").get("number").asText();
            t.move(fx.agent(), n, "resolved", "resolutionCode", "solved", "notes", "Fixed MX");
            Api.Reply reopen = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "in_progress"));
            assertProblem(reopen, 409, "reopen-window-expired");
            assertThat(t.get(fx.agent(), n).json().get("status").asText()).isEqualTo("resolved");
            assertProblem(api.put(policy, fx.agent(), Map.of("reopenWindowDays", 3)), 403, "forbidden");
            assertProblem(api.put(policy, fx.admin(), Map.of("reopenWindowDays", 400)), 400, "invalid-input");
        } finally {
            api.put(policy, fx.admin(), Map.of("reopenWindowDays", 7));
        }
        assertThat(api.get(policy, fx.agent()).json().get("reopenWindowDays").asInt()).isEqualTo(7);
    }

    @Test
    void serviceRequestIsApprovedFulfilledAndClosedOrRejectedWithAReason() {
        JsonNode req = t.created(fx.user(), "request", "New laptop");
        String n = req.get("number").asText();
        assertThat(n).matches("REQ\\d{7}");
        assertThat(req.get("status").asText()).isEqualTo("submitted");
        assertIllegal(n, "fulfilled", "approved", "rejected", "cancelled");
        t.move(fx.agent(), n, "approved");
        t.move(fx.agent(), n, "fulfilling");
        t.move(fx.agent(), n, "fulfilled", "notes", "Handed over");
        t.move(fx.agent(), n, "closed");

        String r2 = t.created(fx.user(), "request", "Admin rights").get("number").asText();
        assertProblem(t.transition(fx.agent(), r2, t.etag(fx.agent(), r2), Map.of("to", "rejected")), 422,
                "ticket-fields-required");
        assertThat(t.move(fx.agent(), r2, "rejected", "notes", "Policy forbids it").get("resolutionNotes").asText())
                .isEqualTo("Policy forbids it");
        assertIllegal(r2, "approved", "closed");
    }

    @Test
    void problemNeedsRootCauseAndWorkaroundToBecomeAKnownError() {
        assertProblem(t.open(fx.user(), Map.of("type", "problem", "title", "x")), 403, "ticket-agents-only");
        String n = t.created(fx.agent(), "problem", "Printers drop off the network").get("number").asText();
        assertThat(n).matches("PRB\\d{7}");
        t.move(fx.agent(), n, "assessed");
        assertIllegal(n, "known_error", "root_cause_analysis", "cancelled");
        t.move(fx.agent(), n, "root_cause_analysis");
        Api.Reply early = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "known_error"));
        assertProblem(early, 422, "ticket-fields-required");
        assertThat(early.json().get("errors").findValuesAsText("field")).containsExactly("rootCause", "workaround");
        t.edit(fx.agent(), n, Map.of("rootCause", "DHCP lease too short", "workaround", "Static IPs for printers"));
        JsonNode known = t.move(fx.agent(), n, "known_error");
        assertThat(known.get("problem").get("knownError").asBoolean()).isTrue();
        assertThat(known.get("problem").get("workaround").asText()).isEqualTo("Static IPs for printers");
        t.move(fx.agent(), n, "resolved", "notes", "Lease time raised");
        t.move(fx.agent(), n, "closed");
        // fields of other types are refused
        String inc = t.created(fx.agent(), null, "x").get("number").asText();
        assertProblem(t.patch(fx.agent(), inc, t.etag(fx.agent(), inc), Map.of("rootCause", "y")), 422,
                "ticket-field-not-applicable");
    }

    @Test
    void normalChangeIsAuthorisedByItsCabBeforeItIsScheduled() {
        JsonNode chg = t.created(fx.agent(), Map.of("type", "change", "title", "Upgrade core switch",
                "configurationItem", "switch-core-" + System.nanoTime()));
        String n = chg.get("number").asText();
        assertThat(n).matches("CHG\\d{7}");
        assertThat(chg.get("status").asText()).isEqualTo("draft");
        assertThat(chg.get("change").get("changeModel").asText()).isEqualTo("normal");
        assertIllegal(n, "scheduled", "assessment", "cancelled");
        t.move(fx.agent(), n, "assessment");
        Api.Reply noAssessment = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "authorization"));
        assertProblem(noAssessment, 422, "ticket-fields-required");
        assertThat(noAssessment.json().get("errors").findValuesAsText("field")).containsExactly("risk", "approvers");

        t.edit(fx.agent(), n, Map.of("risk", "high", "plannedStart", "2027-03-01T22:00:00Z",
                "plannedEnd", "2027-03-01T23:00:00Z"));
        Api.Reply notAgent = t.put(fx.agent(), n, "approvers", t.etag(fx.agent(), n),
                Map.of("approvers", List.of(fx.userId), "rule", "all"));
        assertProblem(notAgent, 422, "user-not-an-agent");
        Api.Reply cab = t.put(fx.agent(), n, "approvers", t.etag(fx.agent(), n),
                Map.of("approvers", List.of(fx.agentId, fx.agent2Id), "rule", "all"));
        assertThat(cab.status()).as(cab.toString()).isEqualTo(200);
        assertThat(cab.json().get("change").get("approvals")).hasSize(2);
        t.move(fx.agent(), n, "authorization");

        String approvals = t.path("/tickets/" + n + "/approvals");
        assertThat(api.post(approvals, fx.agent(), Map.of("decision", "approve", "comment", "fine")).status()).isEqualTo(200);
        Api.Reply early = t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "scheduled"));
        assertProblem(early, 409, "change-not-approved");
        assertProblem(api.post(approvals, fx.agent(), Map.of("decision", "reject")), 409, "change-already-decided");
        assertProblem(api.post(approvals, fx.admin(), Map.of("decision", "approve")), 403, "change-not-an-approver");
        JsonNode approved = api.post(approvals, fx.agent2(), Map.of("decision", "approve")).json();
        assertThat(approved.get("change").get("approvalOutcome").asText()).isEqualTo("approved");

        t.move(fx.agent(), n, "scheduled");
        t.move(fx.agent(), n, "implementing");
        assertProblem(t.transition(fx.agent(), n, t.etag(fx.agent(), n), Map.of("to", "review")), 422,
                "ticket-fields-required");
        Api.Reply badOutcome = t.transition(fx.agent(), n, t.etag(fx.agent(), n),
                Map.of("to", "review", "outcome", "meh"));
        assertProblem(badOutcome, 422, "ticket-invalid-code");
        JsonNode reviewed = t.move(fx.agent(), n, "review", "outcome", "successful", "notes", "No downtime");
        assertThat(reviewed.get("change").get("reviewOutcome").asText()).isEqualTo("successful");
        t.move(fx.agent(), n, "closed");
        assertIllegal(n, "review");
    }

    @Test
    void standardChangesArePreAuthorisedAndEmergencyChangesGoStraightToImplementation() {
        String std = t.created(fx.agent(), Map.of("type", "change", "changeModel", "standard",
                "title", "Add printer queue")).get("number").asText();
        assertIllegal(std, "assessment", "scheduled", "cancelled");
        assertProblem(t.transition(fx.agent(), std, t.etag(fx.agent(), std), Map.of("to", "scheduled")), 422,
                "ticket-fields-required");
        t.edit(fx.agent(), std, Map.of("plannedStart", "2027-04-01T10:00:00Z", "plannedEnd", "2027-04-01T11:00:00Z"));
        t.move(fx.agent(), std, "scheduled");

        String emg = t.created(fx.agent(), Map.of("type", "change", "changeModel", "emergency",
                "title", "Patch zero-day")).get("number").asText();
        assertIllegal(emg, "assessment", "authorization", "cancelled");
        t.edit(fx.agent(), emg, Map.of("risk", "high", "plannedStart", "2027-04-02T10:00:00Z",
                "plannedEnd", "2027-04-02T11:00:00Z"));
        assertThat(t.put(fx.agent(), emg, "approvers", t.etag(fx.agent(), emg),
                Map.of("approvers", List.of(fx.agent2Id), "rule", "any")).status()).isEqualTo(200);
        t.move(fx.agent(), emg, "authorization");
        api.post(t.path("/tickets/" + emg + "/approvals"), fx.agent2(), Map.of("decision", "approve"));
        t.move(fx.agent(), emg, "implementing");
        t.move(fx.agent(), emg, "review", "outcome", "backed_out");
        t.move(fx.agent(), emg, "closed");
        assertProblem(t.open(fx.agent(), Map.of("type", "change", "changeModel", "chaotic", "title", "x")), 422,
                "ticket-invalid-code");
    }

    @Test
    void tasksLiveUnderAParentTicket() {
        String chg = t.created(fx.agent(), "change", "Replace UPS").get("number").asText();
        assertProblem(t.open(fx.agent(), Map.of("type", "task", "title", "Order UPS")), 422, "ticket-fields-required");
        JsonNode task = t.created(fx.agent(), Map.of("type", "task", "title", "Order UPS", "parent", chg));
        String n = task.get("number").asText();
        assertThat(n).matches("TSK\\d{7}");
        assertThat(task.get("parent").asText()).isEqualTo(chg);
        assertThat(t.get(fx.agent(), n).json().get("parent").asText()).isEqualTo(chg);
        assertIllegal(n, "completed", "in_progress", "cancelled");
        t.move(fx.agent(), n, "in_progress");
        t.move(fx.agent(), n, "completed", "notes", "Delivered");
        assertIllegal(n, "in_progress");
        assertProblem(t.open(fx.agent(), Map.of("type", "task", "title", "x", "parent", "CHG9999999")), 404,
                "ticket-not-found");
        assertProblem(t.open(fx.agent(), Map.of("type", "sandwich", "title", "x")), 422, "ticket-invalid-type");
    }

    @Test
    void priorityFollowsTheTenantsMatrix() {
        String matrix = t.path("/settings/priority-matrix");
        JsonNode cells = api.get(matrix, fx.agent()).json().get("cells");
        assertThat(cells).hasSize(9);
        assertThat(cells.get(0).toString()).isEqualTo("{\"impact\":\"high\",\"urgency\":\"high\",\"priority\":\"P1\"}");
        assertThat(cells.get(8).toString()).isEqualTo("{\"impact\":\"low\",\"urgency\":\"low\",\"priority\":\"P5\"}");
        assertThat(api.get(matrix, fx.user()).status()).isEqualTo(403);

        assertThat(t.created(fx.agent(), Map.of("title", "Site down", "impact", "high", "urgency", "high"))
                .get("priority").asText()).isEqualTo("P1");
        assertThat(t.created(fx.agent(), Map.of("title", "Typo", "impact", "low", "urgency", "medium"))
                .get("priority").asText()).isEqualTo("P4");
        assertProblem(t.open(fx.agent(), Map.of("title", "x", "impact", "huge")), 422, "ticket-invalid-code");

        List<Map<String, String>> custom = new ArrayList<>();
        for (String i : List.of("high", "medium", "low")) {
            for (String u : List.of("high", "medium", "low")) {
                custom.add(Map.of("impact", i, "urgency", u, "priority", i.equals("high") && u.equals("high") ? "P2" : "P4"));
            }
        }
        assertProblem(api.put(matrix, fx.agent(), Map.of("cells", custom)), 403, "forbidden");
        assertProblem(api.put(matrix, fx.admin(), Map.of("cells", custom.subList(0, 8))), 400, "invalid-input");
        List<Map<String, String>> duplicate = new ArrayList<>(custom.subList(0, 8));
        duplicate.add(custom.get(0));
        assertProblem(api.put(matrix, fx.admin(), Map.of("cells", duplicate)), 400, "invalid-input");
        try {
            assertThat(api.put(matrix, fx.admin(), Map.of("cells", custom)).status()).isEqualTo(200);
            JsonNode rated = t.created(fx.agent(), Map.of("title", "Site down again", "impact", "high", "urgency", "high"));
            assertThat(rated.get("priority").asText()).isEqualTo("P2");
            // re-rating an existing ticket uses the matrix of the moment
            JsonNode edited = t.edit(fx.agent(), rated.get("number").asText(), Map.of("urgency", "low"));
            assertThat(edited.get("priority").asText()).isEqualTo("P4");
            assertThat(edited.get("urgency").asText()).isEqualTo("low");
        } finally {
            List<Map<String, String>> itil = new ArrayList<>();
            String[] levels = {"high", "medium", "low"};
            for (int i = 0; i < 3; i++) {
                for (int u = 0; u < 3; u++) {
                    itil.add(Map.of("impact", levels[i], "urgency", levels[u], "priority", "P" + (i + u + 1)));
                }
            }
            assertThat(api.put(matrix, fx.admin(), Map.of("cells", itil)).status()).isEqualTo(200);
        }
    }

    @Test
    void categoriesAreFreeTextUntilTheTenantAdminListsThem() {
        String categories = t.path("/settings/categories");
        assertThat(api.get(categories, fx.agent()).json().get("categories")).isEmpty();
        assertThat(t.created(fx.agent(), Map.of("title", "x", "category", "Whatever")).get("category").asText())
                .isEqualTo("Whatever");
        Map<String, Object> catalog = Map.of("categories", Map.of("Hardware", List.of("Printer", "Laptop"),
                "Network", List.of()));
        assertProblem(api.put(categories, fx.agent(), catalog), 403, "forbidden");
        assertProblem(api.put(categories, fx.admin(), Map.of("categories", Map.of("Hardware", List.of("A", "A")))), 400,
                "invalid-input");
        assertThat(api.put(categories, fx.admin(), catalog).status()).isEqualTo(200);
        try {
            JsonNode ok = t.created(fx.user(), Map.of("title", "Printer offline", "category", "Hardware",
                    "subcategory", "Printer"));
            assertThat(ok.get("subcategory").asText()).isEqualTo("Printer");
            Api.Reply wrongSub = t.open(fx.user(), Map.of("title", "x", "category", "Hardware", "subcategory", "Router"));
            assertProblem(wrongSub, 422, "ticket-invalid-code");
            assertThat(texts(wrongSub.json().get("allowed"))).containsExactly("Printer", "Laptop");
            assertProblem(t.open(fx.user(), Map.of("title", "x", "category", "Software")), 422, "ticket-invalid-code");
            String n = t.created(fx.agent(), Map.of("title", "Switch port dead", "category", "Network")).get("number").asText();
            assertProblem(t.patch(fx.agent(), n, t.etag(fx.agent(), n), Map.of("subcategory", "Printer")), 422,
                    "ticket-invalid-code");
            assertThat(t.edit(fx.agent(), n, Map.of("category", "Hardware", "subcategory", "Laptop"))
                    .get("subcategory").asText()).isEqualTo("Laptop");
        } finally {
            api.put(categories, fx.admin(), Map.of("categories", Map.of()));
        }
    }

    @Test
    void typesAndLifecyclesAreDescribedForClients() {
        JsonNode catalogue = api.get(t.path("/ticket-types"), fx.user()).json();
        assertThat(catalogue.get("types").findValuesAsText("numberPrefix")).containsExactly("INC", "REQ", "PRB", "CHG", "TSK");
        JsonNode incident = catalogue.get("lifecycles").get(0);
        assertThat(incident.get("code").asText()).isEqualTo("incident");
        assertThat(texts(incident.get("transitions").get("resolved"))).containsExactly("in_progress", "closed");
        assertThat(catalogue.get("lifecycles").findValuesAsText("code")).contains("change.standard", "change.normal",
                "change.emergency");
    }

    @Test
    void schedulingAChangeRefusesOverlapsOnTheSameItemAndBlackoutWindows() {
        String ci = "db-cluster-" + System.nanoTime();
        String first = standardChange(ci, "2027-05-01T20:00:00Z", "2027-05-01T22:00:00Z");
        t.move(fx.agent(), first, "scheduled");

        String overlapping = standardChange(ci, "2027-05-01T21:00:00Z", "2027-05-01T23:00:00Z");
        Api.Reply clash = t.transition(fx.agent(), overlapping, t.etag(fx.agent(), overlapping), Map.of("to", "scheduled"));
        assertProblem(clash, 409, "change-window-conflict");
        assertThat(clash.json().get("conflicts").get(0).get("kind").asText()).isEqualTo("change");
        assertThat(clash.json().get("conflicts").get(0).get("reference").asText()).isEqualTo(first);
        assertThat(t.get(fx.agent(), overlapping).json().get("status").asText()).isEqualTo("draft");

        // back to back on the same item, or overlapping on another item: fine
        t.move(fx.agent(), standardChange(ci, "2027-05-01T22:00:00Z", "2027-05-01T23:00:00Z"), "scheduled");
        t.move(fx.agent(), standardChange(ci + "-b", "2027-05-01T21:00:00Z", "2027-05-01T23:00:00Z"), "scheduled");

        String blackouts = t.path("/change-calendar/blackouts");
        Map<String, String> freeze = Map.of("name", "Year-end freeze", "startsAt", "2027-12-20T00:00:00Z",
                "endsAt", "2028-01-03T00:00:00Z");
        assertProblem(api.post(blackouts, fx.agent(), freeze), 403, "forbidden");
        Api.Reply added = api.post(blackouts, fx.admin(), freeze);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String frozen = standardChange(ci + "-c", "2027-12-24T10:00:00Z", "2027-12-24T11:00:00Z");
        Api.Reply blocked = t.transition(fx.agent(), frozen, t.etag(fx.agent(), frozen), Map.of("to", "scheduled"));
        assertProblem(blocked, 409, "change-window-conflict");
        assertThat(blocked.json().get("conflicts").get(0).get("kind").asText()).isEqualTo("blackout");
        assertThat(blocked.json().get("conflicts").get(0).get("reference").asText()).isEqualTo("Year-end freeze");

        JsonNode calendar = api.get(t.path("/change-calendar?from=2027-05-01T00:00:00Z&to=2027-05-02T00:00:00Z"),
                fx.agent()).json();
        assertThat(calendar.get("changes").findValuesAsText("number")).contains(first);
        assertThat(calendar.get("changes").findValuesAsText("number")).doesNotContain(frozen);
        assertProblem(api.get(t.path("/change-calendar?from=2027-05-02T00:00:00Z&to=2027-05-01T00:00:00Z"), fx.agent()),
                400, "invalid-range");
        assertThat(api.delete(blackouts + "/" + added.json().get("id").asText(), fx.admin()).status()).isEqualTo(204);
        t.move(fx.agent(), frozen, "scheduled");
    }

    @Test
    void majorIncidentIsResolvedTogetherWithItsChildren() {
        String major = t.created(fx.agent(), null, "Email down for everyone").get("number").asText();
        String plain = t.created(fx.agent(), null, "Not major").get("number").asText();
        assertProblem(t.open(fx.agent(), Map.of("title", "x", "parent", plain)), 422, "ticket-not-major-incident");
        t.edit(fx.agent(), major, Map.of("majorIncident", true));
        String child1 = t.created(fx.agent(), Map.of("title", "Outlook cannot connect", "parent", major))
                .get("number").asText();
        String child2 = t.created(fx.user(), null, "No new mail since 9:00").get("number").asText();
        Api.Reply attached = t.put(fx.agent(), child2, "parent", t.etag(fx.agent(), child2), Map.of("parent", major));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(attached.json().get("parent").asText()).isEqualTo(major);
        String child3 = t.created(fx.agent(), Map.of("title", "Duplicate", "parent", major)).get("number").asText();
        t.move(fx.agent(), child3, "cancelled");
        String detached = t.created(fx.agent(), Map.of("title", "Unrelated after all", "parent", major))
                .get("number").asText();
        Map<String, Object> noParent = new java.util.HashMap<>();
        noParent.put("parent", null);
        assertThat(t.put(fx.agent(), detached, "parent", t.etag(fx.agent(), detached), noParent).json().get("parent")
                .isNull()).isTrue();

        t.move(fx.agent(), major, "resolved", "resolutionCode", "solved", "notes", "Mail gateway restarted");
        for (String child : List.of(child1, child2)) {
            JsonNode c = t.get(fx.agent(), child).json();
            assertThat(c.get("status").asText()).as(child).isEqualTo("resolved");
            assertThat(c.get("resolutionNotes").asText()).isEqualTo("Mail gateway restarted");
            assertThat(c.get("incident").get("resolutionCode").asText()).isEqualTo("solved");
        }
        assertThat(t.get(fx.agent(), child3).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(t.get(fx.agent(), detached).json().get("status").asText()).isEqualTo("new");
        // the requester of a child sees it resolved too
        assertThat(t.get(fx.user(), child2).json().get("status").asText()).isEqualTo("resolved");
    }

    @Test
    void linksJoinIncidentsProblemsAndChangesFromBothEnds() {
        String inc = t.created(fx.agent(), null, "Laptop reboots").get("number").asText();
        String prb = t.created(fx.agent(), "problem", "BIOS bug on model X").get("number").asText();
        String chg = t.created(fx.agent(), "change", "Roll out BIOS 1.2").get("number").asText();
        String links = "/tickets/" + inc + "/links";

        Api.Reply linked = api.post(t.path(links), fx.agent(), Map.of("kind", "caused_by_problem", "target", prb));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().get("relation").asText()).isEqualTo("caused_by_problem");
        assertProblem(api.post(t.path(links), fx.agent(), Map.of("kind", "caused_by_problem", "target", prb)), 409,
                "ticket-link-exists");
        assertProblem(api.post(t.path("/tickets/" + prb + "/links"), fx.agent(),
                Map.of("kind", "caused_by_problem", "target", inc)), 422, "ticket-link-not-allowed");
        assertProblem(api.post(t.path(links), fx.agent(), Map.of("kind", "related_to", "target", inc)), 422,
                "ticket-link-to-itself");
        assertProblem(api.post(t.path(links), fx.agent(), Map.of("kind", "blames", "target", prb)), 422,
                "ticket-invalid-code");
        assertThat(api.post(t.path(links), fx.agent(), Map.of("kind", "resolved_by_change", "target", chg)).status())
                .isEqualTo(201);
        assertThat(api.post(t.path("/tickets/" + prb + "/links"), fx.agent(),
                Map.of("kind", "resolved_by_change", "target", chg)).status()).isEqualTo(201);

        JsonNode fromProblem = api.get(t.path("/tickets/" + prb + "/links"), fx.agent()).json();
        assertThat(fromProblem.findValuesAsText("relation")).containsExactly("causes_incident", "resolved_by_change");
        assertThat(fromProblem.get(0).get("direction").asText()).isEqualTo("incoming");
        assertThat(fromProblem.get(0).get("number").asText()).isEqualTo(inc);
        JsonNode fromChange = api.get(t.path("/tickets/" + chg + "/links"), fx.agent()).json();
        assertThat(fromChange.findValuesAsText("relation")).containsExactly("resolves", "resolves");
        assertThat(fromChange.findValuesAsText("number")).containsExactly(inc, prb);

        String id = linked.json().get("id").asText();
        assertProblem(api.delete(t.path("/tickets/" + chg + "/links/" + id), fx.agent()), 404, "ticket-link-not-found");
        assertThat(api.delete(t.path("/tickets/" + prb + "/links/" + id), fx.agent()).status()).isEqualTo(204);
        assertThat(api.get(t.path(links), fx.agent()).json().findValuesAsText("number")).containsExactly(chg);
        assertProblem(api.get(t.path(links), fx.user()), 403, "forbidden");
    }

    private String standardChange(String ci, String start, String end) {
        return t.created(fx.agent(), Map.of("type", "change", "changeModel", "standard", "title", "Work on " + ci,
                "configurationItem", ci)).get("number").asText().transform(n -> {
            t.edit(fx.agent(), n, Map.of("plannedStart", start, "plannedEnd", end));
            return n;
        });
    }
}
