package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business calendars over the real API: definitions, due/elapsed questions, iCalendar exchange, optimistic locking,
 * bad input (nothing stored), roles, and that another tenant can neither see nor touch a calendar.
 */
class SlaCalendarIT extends ApiTestBase {

    private static List<Map<String, String>> splitShift() {
        return List.of(Map.of("start", "09:00", "end", "12:00"), Map.of("start", "13:30", "end", "18:00"));
    }

    private static Map<String, Object> shanghaiOffice(String name) {
        Map<String, Object> weekly = new HashMap<>();
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            weekly.put(d, splitShift());
        }
        return Map.of("name", name, "timeZone", "Asia/Shanghai", "weekly", weekly,
                "holidays", List.of(Map.of("date", "2026-01-01", "name", "元旦")),
                "specialDays", List.of(Map.of("date", "2026-01-10", "name", "调休上班",
                        "windows", List.of(Map.of("start", "09:00", "end", "18:00")))));
    }

    private String calendars(Tenants.TestTenant t) {
        return "/api/t/" + t.slug() + "/calendars";
    }

    private Api.Reply send(String method, String path, String token, Map<String, String> headers, String contentType,
                           String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return api.send(b, token);
    }

    private static String json(Object o) {
        try {
            return Api.JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Api.Reply list) {
        List<String> names = new ArrayList<>();
        list.json().get("items").forEach(n -> names.add(n.get("name").asText()));
        return names;
    }

    @Test
    void adminsDefineCalendarsAndAgentsAskThemForBusinessTime() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "agnes", "agent");
        String user = tenants.user(acme, "ursula", "end-user");

        // every tenant starts with a round-the-clock calendar
        assertThat(names(api.get(calendars(acme), agent))).containsExactly("24x7");

        Api.Reply created = api.post(calendars(acme), acme.adminToken(), shanghaiOffice("Shanghai office"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        String id = created.json().get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        JsonNode view = api.get(calendars(acme) + "/" + id, agent).json();
        assertThat(view.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(view.get("weekly").get("monday").get(1).get("start").asText()).isEqualTo("13:30");
        assertThat(view.get("weekly").get("saturday")).isEmpty();
        assertThat(view.get("holidays").get(0).get("name").asText()).isEqualTo("元旦");

        // used up exactly at the end of the morning window: due at 12:00, not at 13:30
        Api.Reply due = api.post(calendars(acme) + "/" + id + "/due", agent,
                Map.of("start", "2026-01-05T08:00:00+08:00", "target", "PT3H"));
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        assertThat(due.json().get("due").asText()).isEqualTo("2026-01-05T04:00:00Z");
        assertThat(due.json().get("dueLocal").asText()).isEqualTo("2026-01-05T12:00:00+08:00");
        assertThat(due.json().get("outcome").asText()).isEqualTo("due");
        // minutes as a number; instants with any offset; Friday evening + 2 h lands on the make-up Saturday
        Api.Reply makeUp = api.post(calendars(acme) + "/" + id + "/due", agent,
                Map.of("start", "2026-01-09T09:00:00Z", "target", 120));
        assertThat(makeUp.json().get("due").asText()).isEqualTo("2026-01-10T02:00:00Z");
        // an open pause before the target is used up: no due instant
        Api.Reply paused = api.post(calendars(acme) + "/" + id + "/due", agent, Map.of(
                "start", "2026-01-05T08:00:00+08:00", "target", 240,
                "pauses", List.of(Map.of("from", "2026-01-05T10:00:00+08:00"))));
        assertThat(paused.json().get("due").isNull()).isTrue();
        assertThat(paused.json().get("outcome").asText()).isEqualTo("paused-indefinitely");

        Api.Reply elapsed = api.post(calendars(acme) + "/" + id + "/elapsed", agent, Map.of(
                "from", "2026-01-05T00:00:00+08:00", "to", "2026-01-06T00:00:00+08:00",
                "pauses", List.of(Map.of("from", "2026-01-05T11:00:00+08:00", "to", "2026-01-05T14:00:00+08:00"))));
        assertThat(elapsed.status()).as(elapsed.toString()).isEqualTo(200);
        assertThat(elapsed.json().get("elapsed").asText()).isEqualTo("PT6H");
        assertThat(elapsed.json().get("minutes").asLong()).isEqualTo(360);

        // repeated local times count twice: New York's fall-back night, window 00:00-03:00, is four real hours
        Map<String, Object> nights = new HashMap<>();
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            nights.put(d, List.of(Map.of("start", "00:00", "end", "03:00")));
        }
        String ny = api.post(calendars(acme), acme.adminToken(), Map.of("name", "NY nights",
                "timeZone", "America/New_York", "weekly", nights)).json().get("id").asText();
        Api.Reply fallBack = api.post(calendars(acme) + "/" + ny + "/elapsed", agent,
                Map.of("from", "2026-11-01T00:00:00-04:00", "to", "2026-11-01T12:00:00-05:00"));
        assertThat(fallBack.json().get("elapsed").asText()).isEqualTo("PT4H");
        Api.Reply secondPass = api.post(calendars(acme) + "/" + ny + "/due", agent,
                Map.of("start", "2026-11-01T00:00:00-04:00", "target", 150.5));
        assertThat(secondPass.json().get("due").asText()).isEqualTo("2026-11-01T06:30:30Z");
        assertThat(secondPass.json().get("dueLocal").asText()).isEqualTo("2026-11-01T01:30:30-05:00");

        // end users have no business with calendars; agents may not change them
        assertThat(api.get(calendars(acme), user).status()).isEqualTo(403);
        assertThat(api.post(calendars(acme) + "/" + id + "/due", user,
                Map.of("start", "2026-01-05T08:00:00Z", "target", 1)).status()).isEqualTo(403);
        assertThat(api.post(calendars(acme), agent, shanghaiOffice("Agent's own")).status()).isEqualTo(403);
        assertThat(api.put(calendars(acme) + "/" + id, agent, shanghaiOffice("Renamed")).status()).isEqualTo(403);
    }

    @Test
    void badDefinitionsAndQuestionsAreProblemsWithFieldsAndStoreNothing() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Map<String, Object> bad = new HashMap<>(shanghaiOffice("Broken"));
        bad.put("timeZone", "Asia/Atlantis");
        bad.put("weekly", Map.of(
                "monday", List.of(Map.of("start", "09:00", "end", "12:00"), Map.of("start", "11:00", "end", "13:00")),
                "tuesday", List.of(Map.of("start", "18:00", "end", "09:00")),
                "wednesday", List.of(Map.of("start", "25:00", "end", "26:00"))));
        Api.Reply r = api.post(calendars(acme), acme.adminToken(), bad);
        assertProblem(r, 400, "invalid-input");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).anyMatch(f -> f.startsWith("weekly.tuesday")).anyMatch(f -> f.startsWith("weekly.wednesday"));

        // the library's own checks (zone, overlap) once the values parse
        bad.put("weekly", Map.of("monday", List.of(Map.of("start", "09:00", "end", "12:00"),
                Map.of("start", "11:00", "end", "13:00"))));
        Api.Reply semantic = send("POST", calendars(acme), acme.adminToken(), Map.of("Accept-Language", "zh-CN"),
                "application/json", json(bad));
        assertProblem(semantic, 400, "invalid-input");
        Map<String, String> messages = new HashMap<>();
        semantic.json().get("errors").forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(messages).containsKeys("timeZone", "weekly.monday[1]");
        assertThat(messages.get("timeZone")).contains("IANA 时区");

        assertThat(api.post(calendars(acme), acme.adminToken(), Map.of("name", " ")).status()).isEqualTo(400);
        assertProblem(api.post(calendars(acme), acme.adminToken(), "{\"name\": \"x\", \"colour\": 1}"), 400,
                "unknown-field");
        assertThat(names(api.get(calendars(acme), acme.adminToken()))).containsExactly("24x7");

        String id = api.post(calendars(acme), acme.adminToken(), shanghaiOffice("Shanghai")).json().get("id").asText();
        assertProblem(api.post(calendars(acme), acme.adminToken(), shanghaiOffice("shanghai")), 409,
                "calendar-name-taken");
        Api.Reply badQuestion = api.post(calendars(acme) + "/" + id + "/due", acme.adminToken(), Map.of(
                "start", "2026-01-05 08:00", "target", "four hours",
                "pauses", List.of(Map.of("from", "2026-01-05T10:00:00Z", "to", "2026-01-05T09:00:00Z"))));
        assertProblem(badQuestion, 400, "invalid-input");
        List<String> questionFields = new ArrayList<>();
        badQuestion.json().get("errors").forEach(e -> questionFields.add(e.get("field").asText()));
        assertThat(questionFields).containsExactlyInAnyOrder("start", "target", "pauses[0].to");
        assertProblem(api.post(calendars(acme) + "/" + id + "/due", acme.adminToken(),
                Map.of("start", "2026-01-05T08:00:00Z", "target", -5)), 400, "invalid-input");
        assertProblem(api.post(calendars(acme) + "/" + id + "/elapsed", acme.adminToken(),
                Map.of("from", "2026-01-06T00:00:00Z", "to", "2026-01-05T00:00:00Z")), 400, "invalid-input");
        assertProblem(api.get(calendars(acme) + "/not-a-uuid", acme.adminToken()), 404, "calendar-not-found");
    }

    @Test
    void concurrentEditsAreCaughtWithETags() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String path = calendars(acme) + "/"
                + api.post(calendars(acme), acme.adminToken(), shanghaiOffice("Office")).json().get("id").asText();
        String etag = api.get(path, acme.adminToken()).headers().firstValue("ETag").orElseThrow();

        Api.Reply first = send("PUT", path, acme.adminToken(), Map.of("If-Match", etag), "application/json",
                json(shanghaiOffice("Office (renamed)")));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).isNotEqualTo(etag));
        Api.Reply stale = send("PUT", path, acme.adminToken(), Map.of("If-Match", etag), "application/json",
                json(shanghaiOffice("Lost update")));
        assertProblem(stale, 412, "calendar-changed");
        assertProblem(send("DELETE", path, acme.adminToken(), Map.of("If-Match", etag), null, null), 412,
                "calendar-changed");
        assertThat(api.get(path, acme.adminToken()).json().get("name").asText()).isEqualTo("Office (renamed)");

        String current = first.headers().firstValue("ETag").orElseThrow();
        assertThat(send("DELETE", path, acme.adminToken(), Map.of("If-Match", current), null, null).status())
                .isEqualTo(204);
        assertProblem(api.get(path, acme.adminToken()), 404, "calendar-not-found");
    }

    @Test
    void anotherTenantCanNeitherSeeNorChangeACalendar() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String id = api.post(calendars(acme), acme.adminToken(), shanghaiOffice("Acme secret hours"))
                .json().get("id").asText();
        String foreign = calendars(globex) + "/" + id;

        assertProblem(api.get(foreign, globex.adminToken()), 404, "calendar-not-found");
        assertProblem(api.put(foreign, globex.adminToken(), shanghaiOffice("Hijacked")), 404, "calendar-not-found");
        assertProblem(send("DELETE", foreign, globex.adminToken(), Map.of(), null, null), 404, "calendar-not-found");
        assertProblem(api.post(foreign + "/due", globex.adminToken(),
                Map.of("start", "2026-01-05T08:00:00Z", "target", 60)), 404, "calendar-not-found");
        assertProblem(send("GET", foreign + "/export", globex.adminToken(), Map.of("Accept", "text/calendar"), null,
                null), 404, "calendar-not-found");
        assertThat(names(api.get(calendars(globex), globex.adminToken()))).containsExactly("24x7");
        // acme's token is worthless on globex's calendars
        assertThat(api.get(foreign, acme.adminToken()).status()).isEqualTo(401);
        // and acme's calendar is untouched
        assertThat(api.get(calendars(acme) + "/" + id, acme.adminToken()).json().get("name").asText())
                .isEqualTo("Acme secret hours");
    }

    @Test
    void holidaysAndSpecialDaysTravelAsICalendar() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String path = calendars(acme) + "/"
                + api.post(calendars(acme), acme.adminToken(), shanghaiOffice("Office")).json().get("id").asText();
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260217",
                "DTEND;VALUE=DATE:20260219", "SUMMARY:春节", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTAMP:20260101T000000Z", "DTSTART:20260214T090000",
                "DTEND:20260214T120000", "SUMMARY:调休上班", "END:VEVENT",
                "END:VCALENDAR", "");
        Api.Reply imported = send("POST", path + "/holidays/import", acme.adminToken(), Map.of(), "text/calendar", ics);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("holidays").asInt()).isEqualTo(2);
        assertThat(imported.json().get("specialDays").asInt()).isEqualTo(1);
        JsonNode calendar = api.get(path, acme.adminToken()).json();
        assertThat(calendar.get("holidays")).hasSize(3);
        assertThat(calendar.get("specialDays")).hasSize(2);
        // Monday 2026-02-16 17:00 + 2 h: 1 h that day, Tue and Wed are holidays, Thursday 10:00
        Api.Reply due = api.post(path + "/due", acme.adminToken(),
                Map.of("start", "2026-02-16T17:00:00+08:00", "target", "PT2H"));
        assertThat(due.json().get("dueLocal").asText()).isEqualTo("2026-02-19T10:00:00+08:00");

        Api.Reply garbage = send("POST", path + "/holidays/import", acme.adminToken(), Map.of(), "text/calendar",
                "BEGIN:VCALENDAR\r\nthis is not iCalendar");
        assertProblem(garbage, 400, "invalid-icalendar");
        assertThat(api.get(path, acme.adminToken()).json().get("holidays")).hasSize(3);

        Api.Reply export = send("GET", path + "/export", acme.adminToken(), Map.of("Accept", "text/calendar"), null,
                null);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/calendar");
        assertThat(export.body()).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20260217", "SUMMARY:春节",
                "TZID=Asia/Shanghai");
        // the export replaces the dates of a second calendar exactly
        String copy = calendars(acme) + "/" + api.post(calendars(acme), acme.adminToken(),
                Map.of("name", "Copy", "timeZone", "Asia/Shanghai")).json().get("id").asText();
        Api.Reply reimported = send("POST", copy + "/holidays/import?mode=replace", acme.adminToken(), Map.of(),
                "text/calendar", export.body());
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);
        JsonNode copied = api.get(copy, acme.adminToken()).json();
        assertThat(copied.get("holidays")).isEqualTo(calendar.get("holidays"));
        assertThat(copied.get("specialDays")).isEqualTo(calendar.get("specialDays"));
    }

    private static void assertProblem(Api.Reply r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("type").asText()).as(r.toString()).endsWith("/" + type);
        assertThat(r.json().get("title").asText()).isNotBlank();
    }
}
