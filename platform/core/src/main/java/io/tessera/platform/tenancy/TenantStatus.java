package io.tessera.platform.tenancy;

/** Lifecycle state of a tenant; persisted by {@link #code()}, never by ordinal. */
public enum TenantStatus {
    /** Being created: schema and realm not complete yet; not reachable through the API. */
    PROVISIONING("provisioning"),
    ACTIVE("active"),
    SUSPENDED("suspended");

    private final String code;

    TenantStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TenantStatus fromCode(String code) {
        for (TenantStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown tenant status: " + code);
    }
}
