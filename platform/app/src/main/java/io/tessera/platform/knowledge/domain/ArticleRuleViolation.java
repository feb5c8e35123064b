package io.tessera.platform.knowledge.domain;

/**
 * An article rule said no (wrong state for the step, reviewer is the author, ...). The code is a stable problem
 * code; the edge answers 409 with it.
 */
public class ArticleRuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ArticleRuleViolation(String code, Object... args) {
        super(code + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
