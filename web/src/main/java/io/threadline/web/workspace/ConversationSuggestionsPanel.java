package io.threadline.web.workspace;

import io.threadline.assist.similar.ConversationSuggestions;
import io.threadline.assist.similar.SuggestedArticle;
import io.threadline.assist.similar.Suggestions;
import io.threadline.channel.outbound.ReplySettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * The conversation view's suggestions (help articles, similar resolved conversations), read once per request, and what
 * their "Insert" buttons put into the reply box; nothing is sent by itself.
 */
@Named("conversationSuggestions")
@RequestScoped
public class ConversationSuggestionsPanel {

    @EJB
    private ConversationSuggestions suggestions;

    @Inject
    private ReplySettings replySettings;

    private final Map<Long, Suggestions> read = new HashMap<>();

    public Suggestions of(long conversationId) {
        return read.computeIfAbsent(conversationId, suggestions::of);
    }

    /**
     * "Insert link": the article's title and its address as the customer reaches it (under
     * {@code crm.replies.public-base-url} when set, else under the address the agent reached this server at).
     */
    public String linkText(SuggestedArticle article) {
        return article.title() + ": " + baseUrl() + article.url();
    }

    private String baseUrl() {
        return replySettings.publicBaseUrl().orElseGet(() -> {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        });
    }
}
