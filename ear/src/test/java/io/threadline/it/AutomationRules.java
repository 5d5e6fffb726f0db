package io.threadline.it;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Automation rules a test creates as the admin, and deletes again so the shared server is left as it was. */
final class AutomationRules implements AutoCloseable {

    static final String PATH = "/api/v1/admin/automation-rules";

    private final Api admin;
    private final List<String> created = new ArrayList<>();

    AutomationRules(URL base) {
        this.admin = Api.as(base, "ada");
    }

    void create(String name, String json) {
        Api.Reply reply = admin.post(PATH, json);
        assertEquals(201, reply.status(), reply.body());
        created.add(name);
    }

    Api.Reply get(String name) {
        return admin.get(PATH + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Override
    public void close() {
        created.forEach(name -> admin.delete(PATH + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")));
    }
}
