package io.tessera.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The few calls the seeding makes: Keycloak's token endpoint and the platform's JSON API. */
public final class PlatformClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String apiUrl;
    private final String keycloakUrl;
    private final HttpClient http;

    /** A status and body as received. */
    public record Answer(String method, String url, int status, String body) {

        /** For error messages: the request, the status and (the start of) the body. */
        public String describe() {
            String b = body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
            return method + " " + url + " -> " + status + (b.isBlank() ? "" : " " + b.strip());
        }
    }

    public PlatformClient(String apiUrl, String keycloakUrl) {
        this.apiUrl = apiUrl;
        this.keycloakUrl = keycloakUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The answer's body as JSON; a body that is no JSON is a {@link SeedException} naming the request. */
    public com.fasterxml.jackson.databind.JsonNode json(Answer a) throws SeedException {
        try {
            return JSON.readTree(a.body().isBlank() ? "{}" : a.body());
        } catch (java.io.IOException e) {
            throw new SeedException("not JSON: " + a.describe(), e);
        }
    }

    /** An access token for a user of {@code realm}, from the dev-mode password-grant client. */
    public String token(String realm, String username, String password) throws SeedException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", DemoDirectory.CLI_CLIENT,
                        "username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String url = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
        Answer a = send("POST", url, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (a.status() != 200) {
            throw new SeedException("sign-in as " + username + " in realm " + realm + " failed: " + a.describe());
        }
        try {
            return JSON.readTree(a.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new SeedException("unreadable token answer: " + a.describe(), e);
        }
    }

    public Answer get(String path, String token) throws SeedException, InterruptedException {
        String url = apiUrl + path;
        return send("GET", url, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
    }

    public Answer post(String path, String token, JsonNode body) throws SeedException, InterruptedException {
        String url = apiUrl + path;
        try {
            return send("POST", url, HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SeedException("cannot write request body for " + url, e);
        }
    }

    private Answer send(String method, String url, HttpRequest.Builder request)
            throws SeedException, InterruptedException {
        try {
            HttpResponse<String> r = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(method, url, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new SeedException(method + " " + url + " failed: " + e, e);
        }
    }
}
