package io.threadline.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the pipeline counters from the server's /metrics endpoint (Prometheus text format). */
public final class Metrics {

    private final Api api;

    public Metrics(Api api) {
        this.api = api;
    }

    /** The value of a counter summed over its tags; 0 when it has not been created yet. */
    public double counter(String name) {
        Api.Reply reply = api.get("/metrics?scope=application");
        if (reply.status() != 200) {
            throw new AssertionError("/metrics answered " + reply.status());
        }
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "_total(\\{[^}]*})?\\s+([0-9.Ee+-]+)").matcher(reply.body());
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }
}
