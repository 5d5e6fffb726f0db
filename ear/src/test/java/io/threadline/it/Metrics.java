package io.threadline.it;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pipeline counters from the server's /metrics endpoint (Prometheus text format), which takes an
 * administrator over HTTPS.
 */
public final class Metrics {

    private final Api api;

    public Metrics(URL base) {
        this.api = Api.as(base, "ada").overHttps("/ibm/api/batch/jobinstances");
    }

    /** The application's metrics as /metrics answers them. */
    public String text() {
        Api.Reply reply = api.get("/metrics?scope=application");
        if (reply.status() != 200) {
            throw new AssertionError("/metrics answered " + reply.status());
        }
        return reply.body();
    }

    /** The value of a counter summed over its tags; 0 when it has not been created yet. */
    public double counter(String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "_total(\\{[^}]*})?\\s+([0-9.Ee+-]+)").matcher(text());
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }
}
