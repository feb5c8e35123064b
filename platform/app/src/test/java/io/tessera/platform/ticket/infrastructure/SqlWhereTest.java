package io.tessera.platform.ticket.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlWhereTest {

    @Test
    void textBecomesAPrefixQueryOfLettersAndDigitsOnly() {
        assertThat(SqlWhere.prefixQuery("Printer jams")).isEqualTo("printer:* & jams:*");
        assertThat(SqlWhere.prefixQuery("ab' | !bcd & (cde)")).isEqualTo("ab & bcd:* & cde:*");
        assertThat(SqlWhere.prefixQuery("打印机 VPN-2")).isEqualTo("打印机:* & vpn:* & 2");
        assertThat(SqlWhere.prefixQuery("'':*")).isEqualTo("''");
    }
}
