package io.tessera.plugins.webhook;

import io.tessera.sdk.PluginContext;
import io.tessera.sdk.TicketEvent;
import io.tessera.sdk.TicketEventListener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.pf4j.Extension;

/**
 * POSTs each ticket event as signed JSON to the tenant's {@link WebhookSettings#URL URL}.
 *
 * <p>Stateless apart from its clock and timeout, so the single instance PF4J creates serves all tenants and
 * threads. See the plugin's README for the request format and how receivers verify the signature.
 */
@Extension
public class WebhookTicketEventListener implements TicketEventListener {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    static final String EVENT_HEADER = "X-Tessera-Event";
    static final String DELIVERY_HEADER = "X-Tessera-Delivery";
    static final String TENANT_HEADER = "X-Tessera-Tenant";
    static final String TIMESTAMP_HEADER = "X-Tessera-Timestamp";
    static final String SIGNATURE_HEADER = "X-Tessera-Signature";

    private final Clock clock;
    private final Duration timeout;

    /** Used by PF4J. */
    public WebhookTicketEventListener() {
        this(Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    WebhookTicketEventListener(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void onTicketEvent(TicketEvent event, PluginContext context) throws WebhookDeliveryException {
        if (!event.tenantId().equals(context.tenantId())) {
            throw new IllegalArgumentException("Event " + event.id() + " belongs to tenant '" + event.tenantId()
                    + "' but was handed over for tenant '" + context.tenantId() + "'; not delivering it");
        }
        URI url = WebhookSettings.url(context.settings());
        String secret = WebhookSettings.secret(context.settings());

        byte[] body = WebhookPayload.toJson(event);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(EVENT_HEADER, event.type())
                .header(DELIVERY_HEADER, event.id())
                .header(TENANT_HEADER, event.tenantId())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        String target = describe(url);
        HttpResponse<Void> response;
        try {
            response = context.httpClient().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new WebhookDeliveryException("Webhook " + event.type() + " " + event.id() + " to " + target
                    + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new WebhookDeliveryException("Webhook " + event.type() + " " + event.id() + " to " + target
                    + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookDeliveryException("Webhook " + event.type() + " " + event.id() + " to " + target
                    + " was interrupted", e);
        }

        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new WebhookDeliveryException("Webhook " + event.type() + " " + event.id() + " to " + target
                    + " was rejected with HTTP " + status, status);
        }
        context.logger().log(Level.DEBUG, "Delivered webhook {0} {1} to {2} (HTTP {3})",
                event.type(), event.id(), target, Integer.toString(status));
    }

    /** The URL for messages: without user info, query and fragment, which may carry credentials. */
    static String describe(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return url.getScheme() + "://" + url.getHost();
        }
    }
}

