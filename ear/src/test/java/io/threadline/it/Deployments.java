package io.threadline.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The EAR exactly as the build produced it, with the test classes added to its web module so that they
 * run inside the server next to the application, together with the libraries they need there
 * ({@code target/it-lib}: the GreenMail mail server, the JSON Schema validator) and the JSON Schemas of the CRM events
 * ({@code docs/schemas}, as the resources {@code schemas/…}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive threadline() {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "threadline.ear")
                .importFrom(new File("target/threadline.ear")).as(EnterpriseArchive.class);
        WebArchive web = ShrinkWrap.create(ZipImporter.class, "threadline-web.war")
                .importFrom(new File("../web/target/threadline-web.war")).as(WebArchive.class)
                .addPackages(true, Deployments.class.getPackage())
                .addAsLibraries(new File("target/it-lib").listFiles())
                .addAsResource(new File("../docs/schemas"), "schemas");
        ear.delete("threadline-web.war");
        ear.addAsModule(Testable.archiveToTest(web));
        return ear;
    }
}
