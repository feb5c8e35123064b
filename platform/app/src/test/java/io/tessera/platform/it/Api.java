package io.tessera.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: JSON in and out, bearer tokens, raw bodies when a test needs them. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 like most API clients (the JDK client would otherwise try an h2c upgrade first)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    public Reply post(String path, String token, Object body) {
        return sendJson("POST", path, token, body);
    }

    public Reply put(String path, String token, Object body) {
        return sendJson("PUT", path, token, body);
    }

    /** A JSON request with extra headers (e.g. {@code If-Match}); {@code body} may be null. */
    public Reply request(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            headers.forEach(b::header);
            return send(b, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download: status, headers and the exact bytes. */
    public record Bytes(int status, java.net.http.HttpHeaders headers, byte[] body) {
    }

    public Bytes getBytes(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "*/*");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), token);
    }

    public Reply postRaw(String path, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    private Reply sendJson(String method, String path, String token, Object body) {
        try {
            byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!request.build().headers().firstValue("Accept").isPresent()) {
            request.header("Accept", "application/json, application/problem+json");
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** A password-grant token from {@code realm} through the dev-only {@code tessera-cli} client. */
    public static String token(String realm, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", "tessera-cli", "username", username,
                        "password", password, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply r = new Api(TestStack.keycloakUrl()).send(HttpRequest.newBuilder(
                        URI.create(TestStack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
        if (r.status() != 200) {
            throw new IllegalStateException("no token for " + username + "@" + realm + ": " + r);
        }
        return r.json().get("access_token").asText();
    }
}
