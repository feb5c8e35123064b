package io.tessera.platform.sla.domain;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.clock.PausedSpan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy decides what it covers and what pauses it; the clock keeps its pauses, stops and restarts straight. */
class SlaPolicyAndClockTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    static SlaPolicy policy(List<String> types, List<String> services, List<Integer> priorities) {
        return policy(types, services, List.of(), List.of(), priorities);
    }

    static SlaPolicy policy(List<String> types, List<String> services, List<String> organisations,
                            List<String> contracts, List<Integer> priorities) {
        return SlaPolicy.create(new SlaPolicy.Definition("Gold", 10, UUID.randomUUID(), types, services,
                organisations, contracts, priorities,
                List.of(), List.of("on_hold:awaiting_customer", "pending_vendor"),
                List.of(new SlaPolicy.Target("resolution", (short) 3, 3_600_000),
                        new SlaPolicy.Target("first_response", (short) 3, 600_000),
                        new SlaPolicy.Target("resolution", (short) 2, 1_800_000)),
                List.of(new SlaPolicy.Escalation((short) 75, "notify", null),
                        new SlaPolicy.Escalation((short) 90, "notify", null),
                        new SlaPolicy.Escalation((short) 100, "raise_priority", null))), T0);
    }

    @Test
    void conditionsAreAllOfTypeServiceAndPriorityAndEmptyMeansAny() {
        SlaPolicy any = policy(List.of(), List.of(), List.of());
        assertThat(any.covers("change", null, 5)).isTrue();
        SlaPolicy narrow = policy(List.of("incident", "request"), List.of("Email"), List.of(1, 2, 3));
        assertThat(narrow.covers("incident", "Email", 3)).isTrue();
        assertThat(narrow.covers("incident", " Email ", 1)).isTrue();
        assertThat(narrow.covers("problem", "Email", 3)).isFalse();
        assertThat(narrow.covers("incident", "VPN", 3)).isFalse();
        assertThat(narrow.covers("incident", null, 3)).isFalse();
        assertThat(narrow.covers("incident", "Email", 4)).isFalse();
    }

    @Test
    void organisationAndContractConditionsMatchLikeServicesAndEmptyMeansAny() {
        SlaPolicy any = policy(List.of(), List.of(), List.of());
        assertThat(any.covers(new SlaPolicy.Subject("incident", null, "Shanghai office", "GOLD-2026", 3))).isTrue();
        assertThat(any.covers(new SlaPolicy.Subject("incident", null, null, null, 3))).isTrue();
        assertThat(any.organisations()).isEmpty();
        assertThat(any.contracts()).isEmpty();

        SlaPolicy gold = policy(List.of(), List.of(), List.of(), List.of("GOLD-2026", " GOLD-2027 ", "GOLD-2026"),
                List.of());
        assertThat(gold.contracts()).containsExactly("GOLD-2026", "GOLD-2027");
        assertThat(gold.covers(new SlaPolicy.Subject("incident", null, null, "GOLD-2026", 3))).isTrue();
        assertThat(gold.covers(new SlaPolicy.Subject("request", "Email", "Berlin", " GOLD-2027 ", 5))).isTrue();
        assertThat(gold.covers(new SlaPolicy.Subject("incident", null, null, "SILVER-2026", 3))).isFalse();
        assertThat(gold.covers(new SlaPolicy.Subject("incident", null, null, "gold-2026", 3))).isFalse();
        assertThat(gold.covers(new SlaPolicy.Subject("incident", null, null, null, 3))).isFalse();
        assertThat(gold.covers("incident", null, 3)).as("the short form knows no contract").isFalse();

        SlaPolicy shanghaiGold = policy(List.of("incident"), List.of("Email"), List.of("Shanghai office"),
                List.of("GOLD-2026"), List.of(1, 2));
        assertThat(shanghaiGold.organisations()).containsExactly("Shanghai office");
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "Email", "Shanghai office", "GOLD-2026", 2)))
                .isTrue();
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "Email", "Berlin", "GOLD-2026", 2)))
                .as("all conditions must hold").isFalse();
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "Email", null, "GOLD-2026", 2))).isFalse();
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "Email", "Shanghai office", null, 2)))
                .isFalse();
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "VPN", "Shanghai office", "GOLD-2026", 2)))
                .isFalse();
        assertThat(shanghaiGold.covers(new SlaPolicy.Subject("incident", "Email", "Shanghai office", "GOLD-2026", 3)))
                .isFalse();
    }

    @Test
    void pausesOnAStatusOrOnAStatusWithItsReason() {
        SlaPolicy p = policy(List.of(), List.of(), List.of());
        assertThat(p.pausesOn("on_hold", "awaiting_customer")).isTrue();
        assertThat(p.pausesOn("on_hold", "awaiting_vendor")).isFalse();
        assertThat(p.pausesOn("on_hold", null)).isFalse();
        assertThat(p.pausesOn("pending_vendor", null)).isTrue();
        assertThat(p.thresholds()).containsExactly(75, 90, 100);
        assertThat(p.targetsAt(3)).extracting(SlaPolicy.Target::metric)
                .containsExactlyInAnyOrder("resolution", "first_response");
        assertThat(p.target("resolution", 2)).map(SlaPolicy.Target::target).contains(Duration.ofMinutes(30));
        assertThat(p.target("resolution", 5)).isEmpty();
    }

    @Test
    void aClockPausesOnceStopsAndRunsAgainAfterAReopenWithTheResolvedTimeAsAPause() {
        SlaPolicy p = policy(List.of(), List.of(), List.of());
        SlaClock c = SlaClock.start(UUID.randomUUID(), "resolution", p, p.target("resolution", 3).orElseThrow(), null,
                T0);
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
        c.pause(T0.plusSeconds(600), "on_hold:awaiting_customer");
        c.pause(T0.plusSeconds(700), "on_hold:awaiting_customer");
        assertThat(c.isPaused()).isTrue();
        assertThat(c.refresh(always, T0.plusSeconds(900)).due()).isNull();
        assertThat(c.state()).isEqualTo("paused");
        c.resume(T0.plusSeconds(1200));
        assertThat(c.refresh(always, T0.plusSeconds(1200)).due()).isEqualTo(T0.plusSeconds(3600 + 600));
        c.stop(T0.plusSeconds(1800));
        assertThat(c.refresh(always, T0.plusSeconds(5000)).state().code()).isEqualTo("met");
        c.restart(T0.plusSeconds(2400), "resolved");
        assertThat(c.spec().pauses()).containsExactly(
                new PausedSpan(T0.plusSeconds(600), T0.plusSeconds(1200), "on_hold:awaiting_customer"),
                new PausedSpan(T0.plusSeconds(1800), T0.plusSeconds(2400), "resolved"));
        assertThat(c.refresh(always, T0.plusSeconds(2400)).due()).isEqualTo(T0.plusSeconds(3600 + 1200));
        // breached once the breach fired, even if a later, longer target would be met
        c.breached(T0.plusSeconds(4800));
        c.governedBy(p, p.target("resolution", 3).orElseThrow());
        c.stop(T0.plusSeconds(4900));
        c.refresh(always, T0.plusSeconds(4900));
        assertThat(c.state()).isEqualTo("breached");
    }
}
