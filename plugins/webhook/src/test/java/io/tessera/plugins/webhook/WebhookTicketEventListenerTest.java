package io.tessera.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketView;
import io.tessera.sdk.testkit.FakePluginContext;
import io.tessera.sdk.testkit.SampleEvents;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTicketEventListenerTest {

    private static final String SECRET = "whsec-acme-5f1c7e";
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final ObjectMapper json = new ObjectMapper();
    private final WebhookTicketEventListener listener =
            new WebhookTicketEventListener(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10));
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void postsTheEventAsSignedJson() throws Exception {
        Instant created = Instant.parse("2026-11-23T09:00:00Z");
        Instant updated = Instant.parse("2026-11-23T10:15:29.123Z");
        TicketEvent event = new TicketEvent("0b6f7a52-1f0e-4b7e-9d55-6a1a3c0e2b11", "ticket.updated", "acme", updated,
                new TicketView("TCK0000042", "VPN drops", "Ünïcödé: 网络断开", "in_progress", "u-1", "Dana",
                        created, updated));

        listener.onTicketEvent(event, context("acme", receiver.url("/hooks/acme"), SECRET));

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/acme");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Tessera-Event")).isEqualTo("ticket.updated");
        assertThat(request.header("X-Tessera-Delivery")).isEqualTo("0b6f7a52-1f0e-4b7e-9d55-6a1a3c0e2b11");
        assertThat(request.header("X-Tessera-Tenant")).isEqualTo("acme");
        assertThat(request.header("X-Tessera-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));

        JsonNode body = json.readTree(request.body());
        assertThat(fieldNames(body)).containsExactly("id", "type", "tenant", "occurredAt", "ticket");
        assertThat(body.get("id").asText()).isEqualTo("0b6f7a52-1f0e-4b7e-9d55-6a1a3c0e2b11");
        assertThat(body.get("type").asText()).isEqualTo("ticket.updated");
        assertThat(body.get("tenant").asText()).isEqualTo("acme");
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-11-23T10:15:29.123Z");
        JsonNode ticket = body.get("ticket");
        assertThat(fieldNames(ticket)).containsExactly("number", "title", "description", "status", "requesterId",
                "requesterName", "createdAt", "updatedAt");
        assertThat(ticket.get("number").asText()).isEqualTo("TCK0000042");
        assertThat(ticket.get("title").asText()).isEqualTo("VPN drops");
        assertThat(ticket.get("description").asText()).isEqualTo("Ünïcödé: 网络断开");
        assertThat(ticket.get("status").asText()).isEqualTo("in_progress");
        assertThat(ticket.get("requesterId").asText()).isEqualTo("u-1");
        assertThat(ticket.get("requesterName").asText()).isEqualTo("Dana");
        assertThat(ticket.get("createdAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(ticket.get("updatedAt").asText()).isEqualTo("2026-11-23T10:15:29.123Z");

        String timestamp = request.header("X-Tessera-Timestamp");
        String signature = request.header("X-Tessera-Signature");
        assertThat(signature).matches("sha256=[0-9a-f]{64}");
        assertThat(Hmac.verifies(SECRET, timestamp, request.body(), signature)).isTrue();
        assertThat(Hmac.verifies("another-secret", timestamp, request.body(), signature)).isFalse();
        assertThat(Hmac.verifies(SECRET, Long.toString(NOW.getEpochSecond() + 1), request.body(), signature))
                .isFalse();
    }

    @Test
    void sendsNullForMissingOptionalTicketFields() throws Exception {
        TicketEvent event = new TicketEvent("e-1", "ticket.created", "acme", NOW,
                new TicketView("TCK0000001", "Printer", null, "new", null, null, NOW, NOW));

        listener.onTicketEvent(event, context("acme", receiver.url("/hook"), SECRET));

        JsonNode ticket = json.readTree(receiver.received().get(0).body()).get("ticket");
        assertThat(ticket.get("description").isNull()).isTrue();
        assertThat(ticket.get("requesterId").isNull()).isTrue();
        assertThat(ticket.get("requesterName").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 400, 404, 500, 503})
    void aNon2xxAnswerFailsTheDeliveryNamingStatusAndUrlButNotTheSecret(int status) {
        receiver.respondWith(status);
        FakePluginContext context = context("acme", receiver.url("/hook?token=abc123"), SECRET);

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context))
                .isInstanceOf(WebhookDeliveryException.class)
                .hasMessageContaining("HTTP " + status)
                .hasMessageContaining(receiver.url("/hook"))
                .hasMessageNotContaining("abc123")
                .hasMessageNotContaining(SECRET)
                .satisfies(e -> assertThat(((WebhookDeliveryException) e).statusCode()).isEqualTo(status));
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void anUnreachableReceiverFailsTheDeliveryNamingTheUrl() {
        WebhookReceiver closed = WebhookReceiver.start();
        String url = closed.url("/gone");
        closed.close();

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("acme"),
                context("acme", url, SECRET)))
                .isInstanceOf(WebhookDeliveryException.class)
                .hasMessageContaining(url)
                .hasMessageNotContaining(SECRET)
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aSlowReceiverTimesOut() {
        WebhookTicketEventListener impatient =
                new WebhookTicketEventListener(Clock.systemUTC(), Duration.ofMillis(300));
        receiver.delayResponsesBy(Duration.ofSeconds(3));

        assertThatThrownBy(() -> impatient.onTicketEvent(SampleEvents.ticketCreated("acme"),
                context("acme", receiver.url("/slow"), SECRET)))
                .isInstanceOf(WebhookDeliveryException.class)
                .hasMessageContaining("timed out")
                .hasMessageContaining(receiver.url("/slow"))
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void usesTheDocumentedTimeoutByDefault() {
        assertThat(WebhookTicketEventListener.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aMissingUrlIsAClearConfigurationError() {
        FakePluginContext context = FakePluginContext.builder().tenantId("acme").setting("secret", SECRET).build();

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'url'")
                .hasMessageContaining("not configured");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aMissingSecretIsAClearConfigurationError() {
        FakePluginContext context = FakePluginContext.builder()
                .tenantId("acme").setting("url", receiver.url("/hook")).build();

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'secret'");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aUrlThatIsNotHttpIsAClearConfigurationError() {
        FakePluginContext context = context("acme", "ftp://files.example.com/hook", SECRET);

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'url'")
                .hasMessageContaining("http");
    }

    @Test
    void eachTenantReceivesOnlyItsOwnEvent() throws Exception {
        try (WebhookReceiver other = WebhookReceiver.start()) {
            FakePluginContext acme = context("acme", receiver.url("/acme"), "acme-secret");
            FakePluginContext globex = context("globex", other.url("/globex"), "globex-secret");
            TicketEvent acmeEvent = SampleEvents.ticketCreated("acme");
            TicketEvent globexEvent = SampleEvents.ticketCreated("globex");

            listener.onTicketEvent(acmeEvent, acme);
            listener.onTicketEvent(globexEvent, globex);

            assertThat(receiver.received()).singleElement().satisfies(request -> {
                assertThat(request.header("X-Tessera-Tenant")).isEqualTo("acme");
                assertThat(request.header("X-Tessera-Delivery")).isEqualTo(acmeEvent.id());
                assertThat(json.readTree(request.body()).get("tenant").asText()).isEqualTo("acme");
                assertThat(Hmac.verifies("acme-secret", request.header("X-Tessera-Timestamp"), request.body(),
                        request.header("X-Tessera-Signature"))).isTrue();
            });
            assertThat(other.received()).singleElement().satisfies(request -> {
                assertThat(request.header("X-Tessera-Tenant")).isEqualTo("globex");
                assertThat(request.header("X-Tessera-Delivery")).isEqualTo(globexEvent.id());
                assertThat(json.readTree(request.body()).get("tenant").asText()).isEqualTo("globex");
                assertThat(Hmac.verifies("acme-secret", request.header("X-Tessera-Timestamp"), request.body(),
                        request.header("X-Tessera-Signature"))).isFalse();
            });
        }
    }

    @Test
    void refusesAnEventOfAnotherTenant() {
        FakePluginContext acme = context("acme", receiver.url("/acme"), SECRET);

        assertThatThrownBy(() -> listener.onTicketEvent(SampleEvents.ticketCreated("globex"), acme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("globex");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void neverLogsTheSecret() throws Exception {
        FakePluginContext context = context("acme", receiver.url("/hook"), SECRET);

        listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context);

        assertThat(context.logLines()).isNotEmpty().noneMatch(line -> line.contains(SECRET));
    }

    private static FakePluginContext context(String tenantId, String url, String secret) {
        return FakePluginContext.builder()
                .tenantId(tenantId)
                .setting(WebhookSettings.URL, url)
                .setting(WebhookSettings.SECRET, secret)
                .build();
    }

    private static Iterable<String> fieldNames(JsonNode node) {
        return node::fieldNames;
    }
}
