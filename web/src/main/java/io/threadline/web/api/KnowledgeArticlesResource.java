package io.threadline.web.api;

import io.threadline.knowledge.ArticleContent;
import io.threadline.knowledge.ArticleHit;
import io.threadline.knowledge.ArticleIndex;
import io.threadline.knowledge.ArticleQuery;
import io.threadline.knowledge.ArticleRevisionView;
import io.threadline.knowledge.ArticleView;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge base. Anyone, without signing in, searches the published articles, reads one and says whether it
 * helped ({@code POST .../feedback} with {@code {"helpful": true}}); supervisors and
 * admins (the editors) write them, read any, and read their revisions. Body of POST and PUT: {@code {"title", "body"
 * (Markdown), "language" (ISO 639-1), "category", "tags": [...], "status": "draft|published|archived",
 * "translationOf": id}} ({@code translationOf} only on POST).
 */
@Path("/knowledge/articles")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeArticlesResource {

    /** One search result. {@code snippet}: HTML-escaped text with the matched words in {@code <mark>}. */
    public record Result(long id, String title, String language, String category, String url, String snippet) {
        static Result of(ArticleHit hit) {
            return new Result(hit.id(), hit.title(), hit.language(), hit.category(), hit.url(), hit.snippet());
        }
    }

    @EJB
    KnowledgeBase knowledge;

    @EJB
    ArticleIndex index;

    @GET
    @PermitAll
    public List<Result> search(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("limit") Integer limit) {
        return index.search(ArticleQuery.of(q, lang, limit)).stream().map(Result::of).toList();
    }

    /** A published article for anyone; editors read any. */
    @GET
    @Path("/{id: [0-9]+}")
    @PermitAll
    public ArticleView get(@PathParam("id") long id, @Context SecurityContext security) {
        return isEditor(security) ? knowledge.get(id) : knowledge.published(id);
    }

    @POST
    @Path("/{id: [0-9]+}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public KnowledgeBase.Feedback feedback(@PathParam("id") long id, JsonObject body) {
        JsonValue helpful = JsonFields.required(body, "helpful: true or false").get("helpful");
        if (helpful != JsonValue.TRUE && helpful != JsonValue.FALSE) {
            throw new InvalidInputException("helpful", "must be true or false");
        }
        return knowledge.feedback(id, helpful == JsonValue.TRUE);
    }

    @GET
    @Path("/{id: [0-9]+}/revisions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<ArticleRevisionView> revisions(@PathParam("id") long id) {
        return knowledge.revisions(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(JsonObject body, @Context SecurityContext security, @Context UriInfo uri) {
        ArticleView created = knowledge.create(fields(body, true), Actors.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ArticleView update(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonValue basedOn = body == null ? null : body.get("revision");
        if (basedOn != null && basedOn != JsonValue.NULL && !(basedOn instanceof JsonNumber number && number.isIntegral())) {
            throw new InvalidInputException("revision", "must be the revision the change is based on, e.g. 3");
        }
        return knowledge.update(id, fields(body, false), basedOn instanceof JsonNumber number ? number.intValue() : null,
                Actors.of(security));
    }

    @DELETE
    @Path("/{id: [0-9]+}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        knowledge.delete(id, Actors.of(security));
        return Response.noContent().build();
    }

    private static boolean isEditor(SecurityContext security) {
        return security.getUserPrincipal() != null
                && (security.isUserInRole(Roles.SUPERVISOR) || security.isUserInRole(Roles.ADMIN));
    }

    private static ArticleContent.Fields fields(JsonObject body, boolean creating) {
        JsonObject fields = JsonFields.required(body, "title, body, language, category, tags and status");
        JsonValue original = fields.get("translationOf");
        Long translationOf = null;
        if (original != null && original != JsonValue.NULL) {
            if (!creating) {
                throw new InvalidInputException("translationOf", "is set when a translation is created, never changed");
            }
            if (!(original instanceof JsonNumber number) || !number.isIntegral()) {
                throw new InvalidInputException("translationOf", "must be the id of the article this one translates");
            }
            translationOf = number.longValue();
        }
        return new ArticleContent.Fields(JsonFields.text(fields, "title"), JsonFields.text(fields, "body"),
                JsonFields.text(fields, "language"), JsonFields.text(fields, "category"), tags(fields),
                JsonFields.text(fields, "status"), translationOf);
    }

    private static List<String> tags(JsonObject fields) {
        JsonValue tags = fields.get("tags");
        if (tags == null || tags == JsonValue.NULL) {
            return List.of();
        }
        if (!(tags instanceof JsonArray array) || array.stream().anyMatch(t -> !(t instanceof JsonString))) {
            throw new InvalidInputException("tags", "must be a list of words, e.g. [\"returns\", \"refund\"]");
        }
        List<String> words = new ArrayList<>();
        array.getValuesAs(JsonString.class).forEach(t -> words.add(t.getString()));
        return words;
    }
}
