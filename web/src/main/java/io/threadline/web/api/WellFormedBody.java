package io.threadline.web.api;

import io.threadline.shared.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before anything parses it, a text body (JSON, a form, plain text) that is not valid UTF-8, and a JSON
 * body nested deeper than {@code crm.api.max-json-depth}, with 400 naming what is wrong. Left to the parsers, invalid
 * bytes would become replacement characters in what is stored, and deep nesting would exhaust the stack. Runs after
 * {@link BodySizeLimit}, so what it reads is already bounded. Uploaded files are not text and are not read here.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class WellFormedBody implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "crm.api.max-json-depth", defaultValue = "64")
    int maxDepth;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity() || !isText(type)) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkUtf8(body);
        if (isJson(type)) {
            checkDepth(body, maxDepth);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isText(MediaType type) {
        return isJson(type) || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || "text".equals(type.getType());
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType()) && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    static void checkUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not valid UTF-8");
        }
    }

    /** Counts the nesting of arrays and objects outside strings; the parser judges everything else. */
    static void checkDepth(byte[] json, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > maxDepth) {
                    throw new InvalidInputException("body", "JSON nested deeper than " + maxDepth
                            + " levels (crm.api.max-json-depth)");
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
