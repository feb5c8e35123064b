package io.tessera.platform.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** Integration tests that talk to the deployed platform over HTTP, as its clients do. */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;
    protected Tenants tenants;

    @BeforeEach
    void connect() {
        api = new Api(base.toString());
        tenants = new Tenants(api);
    }
}
