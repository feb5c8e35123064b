package io.tessera.platform.sla.application;

import io.tessera.platform.group.application.GroupDirectory;
import io.tessera.platform.sla.domain.CalendarRepository;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.sla.domain.SlaRepository;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * SLA policy use cases for the current tenant; one transaction per public method. Definitions arrive checked for
 * form (the API's parser); this checks what needs the tenant's data (calendar and groups exist, names unique) and
 * recomputes the running clocks a changed policy governs.
 */
@ApplicationScoped
@Transactional
public class SlaPolicyService {

    @Inject
    SlaRepository sla;
    @Inject
    CalendarRepository calendars;
    @Inject
    GroupDirectory groups;
    @Inject
    SlaClockService clocks;

    public SlaPolicy create(SlaPolicy.Definition d) {
        check(d, null);
        SlaPolicy p = SlaPolicy.create(d, Instant.now());
        sla.add(p);
        flush(d.name());
        return p;
    }

    public SlaPolicy get(UUID id) {
        SlaPolicy p = sla.policy(id).orElseThrow(() -> ApiException.notFound("sla-policy-not-found", id.toString()));
        p.targets();
        p.escalations();
        return p;
    }

    public List<SlaPolicy> list() {
        List<SlaPolicy> all = sla.policies();
        all.forEach(p -> {
            p.targets();
            p.escalations();
        });
        return all;
    }

    public SlaPolicy update(UUID id, Long expectedVersion, SlaPolicy.Definition d) {
        SlaPolicy p = get(id);
        checkVersion(p, expectedVersion);
        check(d, id);
        Instant now = Instant.now();
        p.redefine(d, now);
        flush(d.name());
        clocks.policyChanged(p, now);
        return p;
    }

    public void delete(UUID id, Long expectedVersion) {
        SlaPolicy p = get(id);
        checkVersion(p, expectedVersion);
        sla.remove(p);
        flush(p.name());
    }

    private void check(SlaPolicy.Definition d, UUID self) {
        if (calendars.find(d.calendarId()).isEmpty()) {
            throw ApiException.unprocessable("sla-calendar-not-found", d.calendarId().toString());
        }
        for (UUID g : d.groups()) {
            if (groups.find(g).isEmpty()) {
                throw ApiException.unprocessable("group-not-found", g.toString());
            }
        }
        for (SlaPolicy.Escalation e : d.escalations()) {
            if (e.group() != null && groups.find(e.group()).isEmpty()) {
                throw ApiException.unprocessable("group-not-found", e.group().toString());
            }
        }
        if (sla.policyNameTaken(d.name(), self)) {
            throw ApiException.conflict("sla-policy-name-taken", d.name().strip());
        }
    }

    private static void checkVersion(SlaPolicy p, Long expected) {
        if (expected != null && expected != p.version()) {
            throw new ApiException(412, "sla-policy-changed", p.name(), String.valueOf(p.version()));
        }
    }

    private void flush(String name) {
        try {
            sla.flush();
        } catch (OptimisticLockException e) {
            throw new ApiException(412, "sla-policy-changed", name, "?");
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains("sla_policy_name")) {
                throw ApiException.conflict("sla-policy-name-taken", name.strip());
            }
            throw e;
        }
    }
}
