package io.tessera.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zalando.problem.Problem;
import org.zalando.problem.ProblemBuilder;
import org.zalando.problem.Status;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds localised RFC 9457 problem responses. */
public final class ProblemFactory {

    public static final String PROBLEM_JSON_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final String TYPE_BASE = "https://tessera.io/problems/";
    private static final String BUNDLE = "io.tessera.platform.web.problems";

    private ProblemFactory() {
    }

    /** The request's language among the ones Tessera speaks: Simplified Chinese or English. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("zh".equals(l.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The language for an {@code Accept-Language} header value (null: English). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (r.getWeight() > 0 && (r.getRange().startsWith("zh"))) {
                        return Locale.SIMPLIFIED_CHINESE;
                    }
                    if (r.getWeight() > 0 && r.getRange().startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    public static Response response(ApiException e, Locale locale) {
        return Response.status(e.status()).type(PROBLEM_JSON).entity(problem(e, locale)).build();
    }

    /** The problem body, for callers outside JAX-RS (the tenant gate in front of authentication). */
    public static Problem problem(ApiException e, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        ProblemBuilder b = Problem.builder()
                .withType(URI.create(TYPE_BASE + e.code()))
                .withStatus(statusOf(e.status()))
                .withTitle(text(bundle, e.code() + ".title", e.code()))
                .withDetail(MessageFormat.format(text(bundle, e.code() + ".detail", e.code()), e.args()));
        if (!e.violations().isEmpty()) {
            b.with("errors", e.violations().stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message()))
                    .toList());
        }
        e.extensions().forEach(b::with);
        return b.build();
    }

    /**
     * A text of the problems bundle in {@code locale}, with {@code args} filled in; the key itself when missing. For
     * field messages that features build themselves (codes from a domain library, say).
     */
    public static String message(Locale locale, String key, Object... args) {
        String pattern = text(bundle(locale), key, null);
        return pattern == null ? key : MessageFormat.format(pattern, args);
    }

    /** A text of the problems bundle in {@code locale} (e.g. a field message), or {@code key} if there is none. */
    public static String message(String key, Locale locale) {
        return text(bundle(locale), key, key);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemFactory.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static Status statusOf(int code) {
        for (Status s : Status.values()) {
            if (s.getStatusCode() == code) {
                return s;
            }
        }
        return Status.INTERNAL_SERVER_ERROR;
    }
}
