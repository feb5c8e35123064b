package io.tessera.tenancy.domain;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import io.tessera.platform.web.ApiException;

import java.util.List;
import java.util.stream.Collectors;

/** The tenant is not in a state that allows the requested change. */
public class IllegalTenantTransitionException extends ApiException {

    public IllegalTenantTransitionException(TenantId id, TenantStatus current, List<TenantStatus> allowedFrom) {
        super(409, "tenant-illegal-transition", id.value(), current.code(),
                allowedFrom.stream().map(TenantStatus::code).collect(Collectors.joining(", ")));
    }
}
