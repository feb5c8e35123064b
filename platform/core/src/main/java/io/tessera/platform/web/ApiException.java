package io.tessera.platform.web;

import java.util.List;

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

    /** A field that failed validation, with a message already in the requester's language. */
    public record FieldViolation(String field, String message) {
    }

    public ApiException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(int status, String code, List<FieldViolation> violations, Object... args) {
        super(code + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
        this.status = status;
        this.code = code;
        this.args = args.clone();
        this.violations = List.copyOf(violations);
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
}
