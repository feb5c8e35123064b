package io.tessera.plugins.webhook;

/**
 * A webhook could not be delivered: the receiver was unreachable, timed out, or answered with a non-2xx status.
 * The message names the event, the receiver URL (without user info or query) and the status; never the secret.
 */
public class WebhookDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    WebhookDeliveryException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    WebhookDeliveryException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    /**
     * The HTTP status the receiver answered with.
     *
     * @return the status, or {@code -1} if no response was received
     */
    public int statusCode() {
        return statusCode;
    }
}
