package io.tessera.platform.sla.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tessera.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarInputParserTest {

    @Test
    void instantsNeedAnOffsetInAnyCommonSpelling() {
        CalendarInputParser in = new CalendarInputParser(Locale.ENGLISH);
        Instant expected = Instant.parse("2026-01-05T00:00:00Z");
        assertThat(in.instant("2026-01-05T08:00:00+08:00", "start")).isEqualTo(expected);
        assertThat(in.instant("2026-01-05T08:00:00+0800", "start")).isEqualTo(expected);
        assertThat(in.instant("2026-01-05T08:00+08", "start")).isEqualTo(expected);
        assertThat(in.instant("2026-01-05t00:00:00z", "start")).isEqualTo(expected);
        assertThat(in.instant("2026-01-04T20:30:00.000000001-03:30", "start")).isEqualTo(expected.plusNanos(1));
        in.failIfProblems();
        assertThat(in.instant("2026-01-05T08:00:00", "start")).isNull();
        assertThat(in.instant("2026-01-05 08:00:00Z", "start")).isNull();
        assertThatThrownBy(in::failIfProblems).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).violations()).hasSize(2));
    }

    @Test
    void targetsAreMinutesOrIsoDurations() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        CalendarInputParser in = new CalendarInputParser(Locale.ENGLISH);
        assertThat(in.target(json.numberNode(240))).isEqualTo(Duration.ofHours(4));
        assertThat(in.target(json.numberNode(0))).isZero();
        assertThat(in.target(json.numberNode(new BigDecimal("0.5")))).isEqualTo(Duration.ofSeconds(30));
        assertThat(in.target(json.textNode("PT1H30M"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(in.target(json.textNode("P2D"))).isEqualTo(Duration.ofHours(48));
        in.failIfProblems();
        assertThat(in.target(json.numberNode(-1))).isNull();
        assertThat(in.target(json.textNode("4 hours"))).isNull();
        assertThat(in.target(json.booleanNode(true))).isNull();
        assertThat(in.target(null)).isNull();
        assertThatThrownBy(in::failIfProblems).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).violations())
                        .extracting(ApiException.FieldViolation::field).containsOnly("target").hasSize(4));
    }
}
