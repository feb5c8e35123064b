package io.tessera.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client caused or must know about, rendered as {@code application/problem+json}. The {@code code}
 * is stable: it forms the problem {@code type} URI and selects the localised title and detail from the
 * {@code problems} message bundle; {@code args} fill the detail's placeholders.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> violations;
    private final transient Map<String, Object> extensions;

    /** A field that failed validation, with a message already in the requester's language. */
    public record FieldViolation(String field, String message) {
    }

    public ApiException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(int status, String code, List<FieldViolation> violations, Object... args) {
        this(status, code, violations, Map.of(), args);
    }

    private ApiException(int status, String code, List<FieldViolation> violations, Map<String, Object> extensions,
                         Object... args) {
        super(code + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
        this.status = status;
        this.code = code;
        this.args = args.clone();
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    /**
     * The same problem with one more member in the problem body (RFC 9457 extension member), e.g. the statuses a
     * ticket may move to. The value must be serialisable to JSON.
     */
    public ApiException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ApiException(status, code, violations, more, args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(404, code, args);
    }

    public static ApiException forbidden(String code, Object... args) {
        return new ApiException(403, code, args);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(400, code, args);
    }

    public static ApiException unprocessable(String code, Object... args) {
        return new ApiException(422, code, args);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Extension members of the problem body, by name. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
