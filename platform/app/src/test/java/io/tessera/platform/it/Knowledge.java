package io.tessera.platform.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Knowledge-base calls for the tests: write, review and publish articles, search. */
public final class Knowledge {

    private final Api api;
    private final String base;

    public Knowledge(Api api, String tenant) {
        this.api = api;
        this.base = "/api/t/" + tenant + "/knowledge";
    }

    public String base() {
        return base;
    }

    public static Map<String, Object> article(String title, String body, String language, List<String> tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("summary", "");
        m.put("body", body);
        m.put("language", language);
        m.put("tags", tags);
        return m;
    }

    public Api.Reply create(String token, Map<String, Object> article) {
        return api.post(base + "/articles", token, article);
    }

    /** Creates an article as {@code author} and has {@code reviewer} publish it; returns its number. */
    public String publish(String author, String reviewer, Map<String, Object> article) {
        Api.Reply created = create(author, article);
        if (created.status() != 201) {
            throw new IllegalStateException("not created: " + created);
        }
        String number = created.json().get("number").asText();
        step(author, number, "submit", null);
        Api.Reply approved = step(reviewer, number, "approve", "ok");
        if (approved.status() != 200) {
            throw new IllegalStateException("not approved: " + approved);
        }
        return number;
    }

    public Api.Reply step(String token, String number, String step, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comment", comment);
        return api.post(base + "/articles/" + number + "/" + step, token, body);
    }

    public Api.Reply search(String token, String query) {
        return api.get(base + "/search?q=" + enc(query), token);
    }

    public Api.Reply searchWith(String token, String queryString) {
        return api.get(base + "/search?" + queryString, token);
    }

    /** Numbers of the hits of a search, in order. */
    public List<String> hits(String token, String query) {
        Api.Reply r = search(token, query);
        if (r.status() != 200) {
            throw new IllegalStateException("search failed: " + r);
        }
        return numbers(r.json());
    }

    public static List<String> numbers(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("number").asText()));
        return out;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
