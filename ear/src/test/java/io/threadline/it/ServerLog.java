package io.threadline.it;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The lines the test server writes to its logs/messages.log from the moment a test starts reading. */
public final class ServerLog {

    private final Path file;
    private final long start;

    private ServerLog() {
        // The tests run inside the server; its import directory is a sibling of logs/ (src-liberty/includes/batch.xml).
        file = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class)).resolveSibling("logs/messages.log");
        start = size();
    }

    public static ServerLog fromNow() {
        return new ServerLog();
    }

    public List<String> linesSinceStart() {
        try {
            byte[] all = Files.readAllBytes(file);
            // A log that rolled over meanwhile starts afresh.
            int from = all.length >= start ? (int) start : 0;
            return Arrays.asList(new String(all, from, all.length - from, StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
