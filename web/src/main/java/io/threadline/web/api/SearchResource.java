package io.threadline.web.api;

import io.threadline.search.Search;
import io.threadline.search.SearchQuery;
import io.threadline.search.SearchResults;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Search across customers, conversations and message text: {@code ?q=...} (at least 2 characters), optionally
 * {@code group=customers|conversations|messages} with {@code offset} to page through one group, and {@code limit}.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.VIEWER})
public class SearchResource {

    @EJB
    Search search;

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("group") String group,
                                @QueryParam("offset") @DefaultValue("0") String offset,
                                @QueryParam("limit") @DefaultValue("10") String limit) {
        return search.search(new SearchQuery(q, SearchQuery.group(group), number(offset, "offset"), number(limit, "limit")));
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }
}
