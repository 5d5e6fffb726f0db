package io.threadline.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready only when the database and the messaging engine both answer. Declared in one module, so reported once. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/threadline")
    private DataSource dataSource;

    @Resource(lookup = "jms/crm/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/crm/InboundQueue")
    private Queue inbound;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("threadline-dependencies");
        boolean database = database(response);
        boolean messaging = messaging(response);
        return response.status(database && messaging).build();
    }

    private boolean database(HealthCheckResponseBuilder response) {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(5);
            response.withData("database", valid ? "UP" : "connection not valid");
            return valid;
        } catch (Exception e) {
            response.withData("database", "DOWN: " + e.getMessage());
            return false;
        }
    }

    private boolean messaging(HealthCheckResponseBuilder response) {
        try (JMSContext jms = connectionFactory.createContext(); QueueBrowser browser = jms.createBrowser(inbound)) {
            browser.getEnumeration();
            response.withData("messaging", "UP");
            return true;
        } catch (Exception e) {
            response.withData("messaging", "DOWN: " + e.getMessage());
            return false;
        }
    }
}
