package io.tessera.plugins.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request: {@code sha256=} followed by the lowercase hex HMAC-SHA256, keyed by the tenant's secret, of
 * {@code "<timestamp>.<body>"} where the timestamp is the value of {@code X-Tessera-Timestamp} (epoch seconds) and
 * the body the exact request body bytes.
 */
final class WebhookSignature {

    static final String ALGORITHM = "HmacSHA256";
    static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            // Mac instances are not thread-safe; one per signature is cheap enough.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update(Long.toString(timestamp).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            mac.update(body);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory on every Java platform; never include the key in the message.
            throw new IllegalStateException("Cannot compute " + ALGORITHM + " signature", e);
        }
    }
}
