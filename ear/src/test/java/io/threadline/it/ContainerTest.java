package io.threadline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** A test that runs inside the Liberty server next to the Threadline EAR, reaching it at {@link #base}. */
@ExtendWith(ArquillianExtension.class)
public abstract class ContainerTest {

    @ArquillianResource
    protected URL base;

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.threadline();
    }
}
