package io.tessera.launcher.config;

import io.tessera.launcher.config.LauncherConfig.PortClaim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Finds out, before anything starts, whether the ports the stack needs are already taken. */
public final class PortCheck {

    private PortCheck() {
    }

    /** The claims whose port something else listens on, in the given order. */
    public static List<PortClaim> taken(List<PortClaim> claims) {
        return claims.stream().filter(c -> !isFree(c.port())).toList();
    }

    /**
     * Whether a server could listen on {@code port} both on all interfaces and on the loopback address (the embedded
     * servers use one or the other). Sockets lingering in TIME_WAIT after a stop do not count as taken.
     */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port))
                && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A message naming each taken port, its purpose and the variable that moves it. */
    public static String describe(List<PortClaim> taken) {
        StringBuilder b = new StringBuilder();
        for (PortClaim c : taken) {
            b.append("port ").append(c.port()).append(" is already in use; needed for ").append(c.owner()).append('\n');
        }
        b.append("Stop what listens there, or choose other ports with TESSERA_HTTP_PORT, TESSERA_KEYCLOAK_PORT,"
                + " TESSERA_DB_PORT.");
        return b.toString();
    }
}
