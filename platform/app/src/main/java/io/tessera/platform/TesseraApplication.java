package io.tessera.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API: tenant API under {@code /api/t/{tenant}}, control plane under {@code /api/admin}. */
@ApplicationPath("/api")
public class TesseraApplication extends Application {
}
