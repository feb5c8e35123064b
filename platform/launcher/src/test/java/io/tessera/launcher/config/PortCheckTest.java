package io.tessera.launcher.config;

import io.tessera.launcher.config.LauncherConfig.PortClaim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortCheckTest {

    @Test
    void aPortSomethingListensOnOnLoopbackIsTaken() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThat(PortCheck.isFree(s.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortSomethingListensOnOnAllInterfacesIsTaken() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            assertThat(PortCheck.isFree(s.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortIsFreeAgainOnceItsListenerIsClosed() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(PortCheck.isFree(port)).isTrue();
    }

    @Test
    void onlyTheTakenClaimsAreReportedWithWhatNeedsThem() throws IOException {
        try (ServerSocket taken = new ServerSocket(0); ServerSocket probe = new ServerSocket(0)) {
            int free = probe.getLocalPort();
            probe.close();
            List<PortClaim> claims = List.of(new PortClaim("Keycloak (TESSERA_KEYCLOAK_PORT)", taken.getLocalPort()),
                    new PortClaim("PostgreSQL (TESSERA_DB_PORT)", free));

            List<PortClaim> result = PortCheck.taken(claims);

            assertThat(result).containsExactly(claims.get(0));
            assertThat(PortCheck.describe(result))
                    .contains("port " + taken.getLocalPort() + " is already in use; needed for Keycloak")
                    .contains("TESSERA_KEYCLOAK_PORT");
        }
    }
}
