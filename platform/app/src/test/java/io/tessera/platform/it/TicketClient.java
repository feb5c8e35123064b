package io.tessera.platform.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket API of one tenant, as the tests use it: JSON bodies, ETags and If-Match handled here. */
public final class TicketClient {

    private final Api api;
    private final String base;

    public TicketClient(Api api, String slug) {
        this.api = api;
        this.base = "/api/t/" + slug;
    }

    public String path(String rest) {
        return base + rest;
    }

    public Api.Reply open(String token, Map<String, ?> body) {
        return api.post(base + "/tickets", token, body);
    }

    /** Opens a ticket and asserts it was created; returns its JSON. */
    public JsonNode created(String token, Map<String, ?> body) {
        Api.Reply r = open(token, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public JsonNode created(String token, String type, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        if (type != null) {
            body.put("type", type);
        }
        return created(token, body);
    }

    public Api.Reply get(String token, String number) {
        return api.get(base + "/tickets/" + number, token);
    }

    public String etag(String token, String number) {
        Api.Reply r = get(token, number);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.headers().firstValue("ETag").orElseThrow();
    }

    public Api.Reply patch(String token, String number, String etag, Map<String, ?> body) {
        return api.request("PATCH", base + "/tickets/" + number, token, body, ifMatch(etag));
    }

    public Api.Reply transition(String token, String number, String etag, Map<String, ?> body) {
        return api.request("POST", base + "/tickets/" + number + "/transitions", token, body, ifMatch(etag));
    }

    /** Moves a ticket with the current ETag; asserts success. Extra fields as key/value pairs. */
    public JsonNode move(String token, String number, String to, String... extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        for (int i = 0; i < extra.length; i += 2) {
            body.put(extra[i], extra[i + 1]);
        }
        Api.Reply r = transition(token, number, etag(token, number), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo(to);
        return r.json();
    }

    /** Edits with the current ETag; asserts success. */
    public JsonNode edit(String token, String number, Map<String, ?> body) {
        Api.Reply r = patch(token, number, etag(token, number), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public Api.Reply put(String token, String number, String what, String etag, Map<String, ?> body) {
        return api.request("PUT", base + "/tickets/" + number + "/" + what, token, body, ifMatch(etag));
    }

    public Api.Reply comment(String token, String number, String visibility, String body) {
        Map<String, Object> b = new HashMap<>();
        b.put("body", body);
        if (visibility != null) {
            b.put("visibility", visibility);
        }
        return api.post(base + "/tickets/" + number + "/comments", token, b);
    }

    private static Map<String, String> ifMatch(String etag) {
        return etag == null ? Map.of() : Map.of("If-Match", etag);
    }

    /** Asserts an RFC 9457 problem of the given status and type code. */
    public static void assertProblem(Api.Reply r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("type").asText()).as(r.toString()).endsWith("/" + type);
        assertThat(r.json().get("title").asText()).isNotBlank();
    }
}
