package io.tessera.platform.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The SLA API of one tenant, as the tests use it. */
public final class Sla {

    private final Api api;
    private final String base;

    public Sla(Api api, String slug) {
        this.api = api;
        this.base = "/api/t/" + slug;
    }

    public String calendarId(String token, String name) {
        for (JsonNode c : api.get(base + "/calendars", token).json().get("items")) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asText();
            }
        }
        throw new IllegalStateException("no calendar " + name);
    }

    public Api.Reply createPolicy(String token, Map<String, ?> body) {
        return api.post(base + "/sla/policies", token, body);
    }

    public JsonNode policy(String token, Map<String, ?> body) {
        Api.Reply r = createPolicy(token, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public Api.Reply ticketSla(String token, String number) {
        return api.get(base + "/tickets/" + number + "/sla", token);
    }

    public JsonNode clock(String token, String number, String metric) {
        Api.Reply r = ticketSla(token, number);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode c : r.json().get("clocks")) {
            if (c.get("metric").asText().equals(metric)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + metric + " in " + r);
    }

    public List<JsonNode> firings(String token, String number) {
        List<JsonNode> out = new ArrayList<>();
        ticketSla(token, number).json().get("firings").forEach(out::add);
        return out;
    }

    /** Polls the ticket's firings until {@code done} holds or {@code within} passes; returns the last firings. */
    public List<JsonNode> awaitFirings(String token, String number, Duration within, Predicate<List<JsonNode>> done) {
        long end = System.nanoTime() + within.toNanos();
        List<JsonNode> f = firings(token, number);
        while (!done.test(f) && System.nanoTime() < end) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            f = firings(token, number);
        }
        return f;
    }

    public static long count(List<JsonNode> firings, String metric, String kind) {
        return firings.stream().filter(f -> f.get("metric").asText().equals(metric)
                && f.get("kind").asText().equals(kind)).count();
    }

    public Api.Reply sweep(String token) {
        return api.post(base + "/sla/timers/sweep", token, Map.of());
    }
}
