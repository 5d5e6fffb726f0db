package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP client of the running server, as an API user with a login would use it. */
public final class Api {

    /** An answer: its status, body (as sent, and as UTF-8 text) and headers. */
    public record Reply(int status, byte[] content, Map<String, List<String>> headers) {
        public String body() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> name.equalsIgnoreCase(h.getKey()))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body())).read();
        }
    }

    private static final SSLContext TRUST_ALL = trustAll();

    /** The test servers' certificates are self-signed, so they are trusted as they are. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .sslContext(TRUST_ALL).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The API as {@code user} (password "threadline"), or anonymously when {@code user} is null. */
    public static Api as(URL base, String user) {
        return as(base, user, "threadline");
    }

    /** A browser's form sign-in as {@code user} (password "threadline"): the answer, which sets the session's cookies. */
    public static Reply signInAnswer(URL base, String user) {
        return as(base, null).postForm("/j_security_check", Map.of("j_username", user, "j_password", "threadline"), Map.of());
    }

    /** The cookies a browser holds after signing in as {@code user}, by name. */
    public static Map<String, String> signIn(URL base, String user) {
        Map<String, String> cookies = new LinkedHashMap<>();
        signInAnswer(base, user).headers().entrySet().stream().filter(h -> "Set-Cookie".equalsIgnoreCase(h.getKey()))
                .flatMap(h -> h.getValue().stream()).map(c -> c.split(";", 2)[0].split("=", 2))
                .forEach(pair -> cookies.put(pair[0], pair.length > 1 ? pair[1] : ""));
        if (!cookies.containsKey("LtpaToken2")) {
            throw new AssertionError("Not signed in as " + user + ": " + cookies.keySet());
        }
        return cookies;
    }

    /** The API as {@code user} with their password, or anonymously when {@code user} is null. */
    public static Api as(URL base, String user, String password) {
        String authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return new Api(base.toURI(), authorization);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The same user over HTTPS, for Liberty's administrative APIs (the batch API), which redirect plain
     * HTTP to the server's HTTPS port. The test server's certificate is self-signed, so it is trusted as is.
     */
    public Api overHttps(String probePath) {
        Reply redirect = get(probePath);
        if (redirect.location() == null) {
            throw new AssertionError(probePath + " did not redirect to HTTPS: " + redirect.status());
        }
        return new Api(URI.create(redirect.location()).resolve("/"), authorization);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** A form post as a provider's webhook sends it, with extra headers (such as its signature). */
    public Reply postForm(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send("POST", path, body, "application/x-www-form-urlencoded", headers);
    }

    /** A file's bytes posted as they are, with their type (an upload). */
    public Reply postBytes(String path, byte[] content, String contentType) {
        return send("POST", path, content, contentType, Map.of());
    }

    /** A JSON post with extra headers (such as a provider's signature). */
    public Reply postJson(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, "application/json", headers);
    }

    /**
     * A request as a browser sends it, with only the headers given ({@code Cookie}, {@code Origin}, ...), not this
     * client's credentials; a {@code POST} carries {@code {}}. Sent with {@link HttpClient}: {@code HttpURLConnection}
     * silently drops an {@code Origin} header it is given.
     */
    public Reply fromBrowser(String method, String path, Map<String, String> headers) {
        boolean post = "POST".equals(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, post ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (post) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(String method, String path, String json) {
        return send(method, path, json, "application/json", Map.of());
    }

    private Reply send(String method, String path, String body, String contentType, Map<String, String> headers) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, headers);
    }

    private Reply send(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri(path).toURL().openConnection();
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(TRUST_ALL.getSocketFactory());
                https.setHostnameVerifier((host, session) -> true);
            }
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod(method);
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            headers.forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                } catch (IOException refusedWhileSending) {
                    // The server may answer (413) before reading a large body; its answer is read below.
                }
            }
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] answer = stream == null ? new byte[0] : stream.readAllBytes();
            return new Reply(status, answer, connection.getHeaderFields());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
