package io.threadline.composer;

import io.threadline.conversation.Conversation;
import io.threadline.shared.Actor;
import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Canned responses: every agent sees the shared ones and their own personal ones. Supervisors and admins manage the
 * shared ones, every agent their personal ones; someone else's personal response does not exist for anyone else (404).
 * A response that uses an unknown placeholder is refused when saved.
 */
@Stateless
public class CannedResponses {

    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** What an agent writes for a canned response; {@code shared} only supervisors and admins may set. */
    public record Fields(String title, String shortcut, String body, boolean shared) {
    }

    /** A canned response filled in for a conversation, ready for the reply box. */
    public record Rendered(long id, String title, String text) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private AgentNames agentNames;

    public List<CannedResponseView> visibleTo(Actor actor) {
        return em.createNamedQuery("CannedResponse.visibleTo", CannedResponse.class).setParameter("user", actor.name())
                .getResultStream().map(CannedResponseView::of).toList();
    }

    public CannedResponseView get(long id, Actor actor) {
        return CannedResponseView.of(visible(id, actor, LockModeType.NONE));
    }

    public CannedResponseView create(Fields fields, Actor actor) {
        requireMayManage(fields.shared(), actor);
        Fields valid = validated(fields, null, actor);
        CannedResponse response = new CannedResponse(valid.shared() ? null : actor.name(), valid.title(), valid.shortcut(),
                valid.body(), actor.name());
        em.persist(response);
        em.flush();
        return CannedResponseView.of(response);
    }

    /** Changes title, shortcut and body; whether it is shared stays as it was. */
    public CannedResponseView update(long id, Fields fields, Actor actor) {
        CannedResponse response = visible(id, actor, LockModeType.PESSIMISTIC_WRITE);
        requireMayManage(response.isShared(), actor);
        Fields valid = validated(new Fields(fields.title(), fields.shortcut(), fields.body(), response.isShared()), id, actor);
        response.change(valid.title(), valid.shortcut(), valid.body(), actor.name());
        return CannedResponseView.of(response);
    }

    public void delete(long id, Actor actor) {
        CannedResponse response = visible(id, actor, LockModeType.PESSIMISTIC_WRITE);
        requireMayManage(response.isShared(), actor);
        em.remove(response);
    }

    /** The response with its placeholders filled in for the conversation and the agent using it. */
    public Rendered render(long id, long conversationId, Actor actor) {
        CannedResponse response = visible(id, actor, LockModeType.NONE);
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        String text = Placeholders.render(response.getBody(), Placeholders.Values.of(conversation, agentNames.of(actor.name())));
        return new Rendered(response.getId(), response.getTitle(), text);
    }

    private CannedResponse visible(long id, Actor actor, LockModeType lock) {
        CannedResponse response = em.find(CannedResponse.class, id, lock);
        if (response == null || !response.isShared() && !response.getOwner().equals(actor.name())) {
            throw new NotFoundException("Canned response", id);
        }
        return response;
    }

    private static void requireMayManage(boolean shared, Actor actor) {
        if (shared && !actor.supervisor()) {
            throw new ForbiddenException("Only supervisors and admins manage the shared canned responses; "
                    + "save it as a personal one instead");
        }
    }

    private Fields validated(Fields fields, Long id, Actor actor) {
        String title = fields.title() == null ? "" : fields.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "must not be empty");
        }
        if (title.length() > CannedResponse.MAX_TITLE) {
            throw new InvalidInputException("title", "is longer than " + CannedResponse.MAX_TITLE + " characters");
        }
        String body = fields.body() == null ? "" : fields.body().strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "must not be empty");
        }
        if (body.length() > CannedResponse.MAX_BODY) {
            throw new InvalidInputException("body", "is longer than " + CannedResponse.MAX_BODY + " characters");
        }
        Placeholders.requireKnown("body", body);
        String shortcut = fields.shortcut() == null || fields.shortcut().isBlank() ? null
                : fields.shortcut().strip().toLowerCase(Locale.ROOT);
        if (shortcut != null) {
            if (shortcut.length() > CannedResponse.MAX_SHORTCUT || !SHORTCUT.matcher(shortcut).matches()) {
                throw new InvalidInputException("shortcut", "must be one word of letters, digits, - or _, at most "
                        + CannedResponse.MAX_SHORTCUT + " characters");
            }
            boolean taken = em.createNamedQuery("CannedResponse.visibleTo", CannedResponse.class)
                    .setParameter("user", actor.name()).getResultStream()
                    .anyMatch(other -> shortcut.equals(other.getShortcut()) && !Objects.equals(other.getId(), id));
            if (taken) {
                throw new ConflictException("The shortcut '" + shortcut + "' is already used by another canned response");
            }
        }
        return new Fields(title, shortcut, body, fields.shared());
    }
}
