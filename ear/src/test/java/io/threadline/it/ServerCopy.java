package io.threadline.it;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of a test's own, made from a test server's configuration (its includes, server.xml, JVM options
 * and bootstrap properties) with its ports moved by an offset, settings of its own, its own data, and the plain EAR
 * in dropins. Started and stopped with Liberty's server script, or killed with SIGKILL as a crash would kill it.
 */
final class ServerCopy {

    private static final Duration SCRIPT_LIMIT = Duration.ofSeconds(180);

    private final Path wlp;
    private final String name;
    private final URL base;

    private ServerCopy(Path wlp, String name, URL base) {
        this.wlp = wlp;
        this.name = name;
        this.base = base;
    }

    /**
     * Two servers of a deployment made from the current test server ({@code it.server}), named after it with
     * {@code -<suffix>-1} and {@code -2}, ports moved by {@code portOffset} and the next: both on the build's Artemis
     * broker ({@code it.artemis.port}). Started, one after the other; if either does not start, both are removed
     * before the failure goes on, so that no server outlives the test.
     */
    static Pair startPairOnArtemis(String suffix, int portOffset, List<String> jvmOptions)
            throws IOException, InterruptedException {
        String template = System.getProperty("it.server");
        Map<String, String> artemis = Map.of("jms.type", "artemis", "artemis.host", "127.0.0.1",
                "artemis.port", System.getProperty("it.artemis.port"));
        Pair pair = new Pair(of(template, template + "-" + suffix + "-1", portOffset, artemis, jvmOptions),
                of(template, template + "-" + suffix + "-2", portOffset + 1, artemis, jvmOptions));
        try {
            pair.first().start();
            pair.second().start();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError failed) {
            try {
                pair.remove();
            } catch (IOException | RuntimeException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
        return pair;
    }

    /** Two servers of a deployment ({@link #startPairOnArtemis}). */
    record Pair(ServerCopy first, ServerCopy second) {

        /** Stops and removes both, keeping their logs ({@link ServerCopy#remove}). */
        void remove() throws IOException, InterruptedException {
            first.remove();
            second.remove();
        }
    }

    /**
     * Creates the server {@code name} from the test server {@code template} (the system property {@code it.server}
     * names the current one) in the Liberty of {@code wlp.home}; an earlier copy of that name is removed first.
     */
    static ServerCopy of(String template, String name, int portOffset, Map<String, String> bootstrap, List<String> jvmOptions)
            throws IOException {
        Path wlp = Path.of(System.getProperty("wlp.home"));
        Path from = wlp.resolve("usr/servers").resolve(template);
        Path to = wlp.resolve("usr/servers").resolve(name);
        delete(to);
        Files.createDirectories(to.resolve("dropins"));
        copyTree(from.resolve("includes"), to.resolve("includes"));
        for (String file : new String[]{"server.xml", "jvm.options", "server.env"}) {
            if (Files.exists(from.resolve(file))) {
                Files.copy(from.resolve(file), to.resolve(file));
            }
        }
        Files.writeString(to.resolve("jvm.options"), "\n" + String.join("\n", jvmOptions) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(from.resolve("bootstrap.properties"))) {
            properties.load(reader);
        }
        int http = Integer.parseInt(properties.getProperty("http.port")) + portOffset;
        properties.setProperty("http.port", String.valueOf(http));
        for (String port : new String[]{"https.port", "jms.port"}) {
            properties.setProperty(port, String.valueOf(Integer.parseInt(properties.getProperty(port)) + portOffset));
        }
        properties.putAll(bootstrap);
        try (var writer = Files.newBufferedWriter(to.resolve("bootstrap.properties"))) {
            properties.store(writer, "A copy of " + template + " for a test of its own");
        }
        Files.copy(Path.of("target/threadline.ear"), to.resolve("dropins/threadline.ear"), StandardCopyOption.REPLACE_EXISTING);
        return new ServerCopy(wlp, name, url("http://127.0.0.1:" + http + "/"));
    }

    URL base() {
        return base;
    }

    String name() {
        return name;
    }

    /** Starts the server and waits until it answers ready. */
    void start() throws IOException, InterruptedException {
        start(SCRIPT_LIMIT);
    }

    /** Starts the server and waits until it answers ready, at most {@code limit}. */
    void start(Duration limit) throws IOException, InterruptedException {
        script("start");
        Eventually.get(name + " ready", limit, () -> {
            try {
                return Optional.of(Api.as(base, null).get("health/ready")).filter(r -> r.status() == 200);
            } catch (RuntimeException notYet) {
                return Optional.empty();
            }
        });
    }

    void stop() throws IOException, InterruptedException {
        script("stop");
    }

    /** SIGKILL to the server's JVM: no shutdown, no transaction ended, as when a machine loses power. */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Stops the server if it runs, and deletes it; its logs are kept in {@code target/server-logs/<name>}. */
    void remove() throws IOException, InterruptedException {
        stop();
        Path kept = Path.of("target/server-logs").resolve(name);
        delete(kept);
        copyTree(wlp.resolve("usr/servers").resolve(name).resolve("logs"), kept);
        delete(wlp.resolve("usr/servers").resolve(name));
    }

    private void script(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " " + name + " did not finish in " + SCRIPT_LIMIT.toSeconds() + " s");
        }
    }

    private static URL url(String spec) {
        try {
            return new URL(spec);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(spec, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
