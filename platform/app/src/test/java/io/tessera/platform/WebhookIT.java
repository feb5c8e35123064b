package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook plugin, loaded by the platform's PF4J host from the built plugin zip, delivers each tenant's ticket
 * events to that tenant's URL only, signed with that tenant's secret.
 */
class WebhookIT extends ApiTestBase {
    HttpServer receiver;

    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger flakyCalls = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        int status = 204;
        if (path.startsWith("/flaky") && flakyCalls.incrementAndGet() == 1) {
            status = 500;
        } else {
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String hookUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private void enableWebhook(Tenants.TestTenant t, String url, String secret) {
        Api.Reply r = api.put("/api/t/" + t.slug() + "/plugins/webhook", t.adminToken(),
                Map.of("enabled", true, "settings", Map.of("url", url, "secret", secret)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Test
    void eachTenantsEventsGoOnlyToItsOwnUrlSignedWithItsOwnSecret() throws Exception {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");
        enableWebhook(acme, hookUrl("/acme"), "acme-secret-1");
        enableWebhook(globex, hookUrl("/globex"), "globex-secret-2");
        String acmeUser = tenants.user(acme, "ann", "end-user");
        String globexUser = tenants.user(globex, "gil", "end-user");

        assertThat(api.post("/api/t/" + acme.slug() + "/tickets", acmeUser, Map.of("title", "VPN down")).status()).isEqualTo(201);
        assertThat(api.post("/api/t/" + globex.slug() + "/tickets", globexUser, Map.of("title", "Mail slow")).status()).isEqualTo(201);
        assertThat(api.post("/api/t/" + globex.slug() + "/tickets", globexUser, Map.of("title", "Disk full")).status()).isEqualTo(201);

        await("three deliveries", () -> received.size() >= 3, Duration.ofSeconds(30));
        Thread.sleep(1000); // nothing more should arrive

        assertThat(at("/acme")).hasSize(1);
        assertThat(at("/globex")).hasSize(2);
        assertThat(received).hasSize(3);

        for (Received r : at("/acme")) {
            JsonNode event = Api.JSON.readTree(r.body());
            assertThat(event.get("tenant").asText()).isEqualTo(acme.slug());
            assertThat(event.get("type").asText()).isEqualTo("ticket.created");
            assertThat(event.get("ticket").get("title").asText()).isEqualTo("VPN down");
            assertThat(r.header("X-Tessera-Tenant")).isEqualTo(acme.slug());
            String expected = "sha256=" + hmac("acme-secret-1", r.header("X-Tessera-Timestamp") + "." + r.body());
            assertThat(r.header("X-Tessera-Signature")).isEqualTo(expected);
            assertThat(r.header("X-Tessera-Signature"))
                    .isNotEqualTo("sha256=" + hmac("globex-secret-2", r.header("X-Tessera-Timestamp") + "." + r.body()));
        }
        for (Received r : at("/globex")) {
            JsonNode event = Api.JSON.readTree(r.body());
            assertThat(event.get("tenant").asText()).isEqualTo(globex.slug());
            assertThat(event.get("ticket").get("title").asText()).isIn("Mail slow", "Disk full");
            assertThat(r.body()).doesNotContain("VPN down");
            assertThat(r.header("X-Tessera-Signature"))
                    .isEqualTo("sha256=" + hmac("globex-secret-2", r.header("X-Tessera-Timestamp") + "." + r.body()));
        }

        // the tenant admin sees what was delivered; the secret is never shown
        await("deliveries recorded", () -> api.get("/api/t/" + acme.slug() + "/plugins/webhook/deliveries", acme.adminToken())
                .json().get(0).get("status").asText().equals("delivered"), Duration.ofSeconds(10));
        Api.Reply plugin = api.get("/api/t/" + acme.slug() + "/plugins/webhook", acme.adminToken());
        assertThat(plugin.json().get("enabled").asBoolean()).isTrue();
        assertThat(plugin.body()).doesNotContain("acme-secret-1");
        assertThat(plugin.body()).contains(hookUrl("/acme"));
    }

    @Test
    void everyKindOfTicketEventReachesThePluginWithItsTenant() throws Exception {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        enableWebhook(acme, hookUrl("/events"), "events-secret");
        String agent = tenants.user(acme, "agnes", "agent");
        String agentId = api.get("/api/t/" + acme.slug() + "/me", agent).json().get("id").asText();
        io.tessera.platform.it.TicketClient t = new io.tessera.platform.it.TicketClient(api, acme.slug());

        String n = t.created(agent, Map.of("type", "problem", "title", "Disk latency", "impact", "high"))
                .get("number").asText();
        t.edit(agent, n, Map.of("rootCause", "Firmware"));
        assertThat(t.put(agent, n, "assignment", t.etag(agent, n), Map.of("assignee", agentId)).status()).isEqualTo(200);
        t.move(agent, n, "assessed");
        assertThat(t.comment(agent, n, "work_note", "Vendor contacted").status()).isEqualTo(201);

        await("five events", () -> at("/events").size() >= 5, Duration.ofSeconds(30));
        Thread.sleep(1000);
        List<Received> events = at("/events");
        assertThat(events).hasSize(5);
        assertThat(events.stream().map(r -> r.header("X-Tessera-Event")).toList()).containsExactlyInAnyOrder(
                "ticket.created", "ticket.updated", "ticket.assigned", "ticket.status_changed", "ticket.commented");
        for (Received r : events) {
            JsonNode event = Api.JSON.readTree(r.body());
            assertThat(event.get("tenant").asText()).isEqualTo(acme.slug());
            assertThat(r.header("X-Tessera-Tenant")).isEqualTo(acme.slug());
            assertThat(event.get("ticket").get("number").asText()).isEqualTo(n);
        }
        JsonNode statusChanged = events.stream().filter(r -> r.header("X-Tessera-Event").equals("ticket.status_changed"))
                .map(r -> { try { return Api.JSON.readTree(r.body()); } catch (IOException e) { throw new IllegalStateException(e); } })
                .findFirst().orElseThrow();
        assertThat(statusChanged.get("ticket").get("status").asText()).isEqualTo("assessed");
        // a change refused by the lifecycle raises nothing
        assertThat(t.transition(agent, n, t.etag(agent, n), Map.of("to", "closed")).status()).isEqualTo(409);
        Thread.sleep(1500);
        assertThat(at("/events")).hasSize(5);
    }

    @Test
    void failedDeliveryIsRetriedUntilItSucceeds() throws Exception {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        enableWebhook(acme, hookUrl("/flaky"), "s3cret-value");
        String user = tenants.user(acme, "ann", "end-user");
        assertThat(api.post("/api/t/" + acme.slug() + "/tickets", user, Map.of("title", "retry me")).status()).isEqualTo(201);

        await("retried delivery", () -> !at("/flaky").isEmpty(), Duration.ofSeconds(90));
        assertThat(flakyCalls.get()).isGreaterThanOrEqualTo(2);
        JsonNode deliveries = api.get("/api/t/" + acme.slug() + "/plugins/webhook/deliveries", acme.adminToken()).json();
        assertThat(deliveries.get(0).get("status").asText()).isEqualTo("delivered");
        assertThat(deliveries.get(0).get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        // the same event id on every attempt, so receivers can de-duplicate
        assertThat(at("/flaky").get(0).header("X-Tessera-Delivery")).isNotBlank();
    }

    @Test
    void pluginConfigurationIsValidatedAndReservedToTenantAdmins() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String path = "/api/t/" + acme.slug() + "/plugins/webhook";

        Api.Reply noUrl = api.put(path, acme.adminToken(), Map.of("enabled", true, "settings", Map.of("secret", "x")));
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.isProblem()).isTrue();
        assertThat(noUrl.body()).contains("settings.url");

        Api.Reply badUrl = api.put(path, acme.adminToken(),
                Map.of("enabled", true, "settings", Map.of("url", "ftp://x", "secret", "x")));
        assertThat(badUrl.status()).isEqualTo(400);

        Api.Reply unknown = api.put(path, acme.adminToken(),
                Map.of("enabled", false, "settings", Map.of("colour", "blue")));
        assertThat(unknown.status()).isEqualTo(400);

        assertThat(api.put("/api/t/" + acme.slug() + "/plugins/no-such-plugin", acme.adminToken(),
                Map.of("enabled", true)).status()).isEqualTo(404);

        String endUser = tenants.user(acme, "ann", "end-user");
        assertThat(api.put(path, endUser, Map.of("enabled", true, "settings", Map.of("url", hookUrl("/x"), "secret", "s")))
                .status()).isEqualTo(403);

        // nothing was stored: the plugin is still off
        assertThat(api.get(path, acme.adminToken()).json().get("enabled").asBoolean()).isFalse();
    }
}
