package io.tessera.platform.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The module's real artifact, as built by Maven (never a hand-kept list of classes). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        File war = new File("target/tessera.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/tessera.war missing: run the package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, "tessera.war").importFrom(war).as(WebArchive.class);
    }
}
