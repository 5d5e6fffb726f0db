package io.threadline.automation;

import io.threadline.channel.outbound.ReplyService;
import io.threadline.collaboration.Notes;
import io.threadline.collaboration.StatusChanges;
import io.threadline.collaboration.Tagging;
import io.threadline.composer.AgentNames;
import io.threadline.composer.Placeholders;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.csat.CsatSurveys;
import io.threadline.routing.Assignments;
import io.threadline.routing.Teams;
import io.threadline.shared.Actor;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Does one action of a rule, as the actor "automation" (who may assign to anyone, as a supervisor), and says in a few
 * words what it did. What the workspace's own services refuse would spoil the caller's transaction, so what can be
 * checked first is checked here and refused as {@link InvalidInputException}, which leaves the transaction alone.
 * A reply to a customer's message (with or without help articles) is an auto-reply: never to a message a machine
 * sent, and at most one per conversation within {@code crm.automation.auto-reply-window}.
 */
@ApplicationScoped
class AutomationActions {

    static final Actor ACTOR = new Actor(AutomationEngine.AUTHOR, true);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private Teams teams;

    @Inject
    private AgentNames agentNames;

    @EJB
    private Assignments assignments;

    @EJB
    private Tagging tagging;

    @EJB
    private StatusChanges statuses;

    @EJB
    private Notes notes;

    @EJB
    private ReplyService replies;

    @EJB
    private CsatSurveys surveys;

    @Inject
    private ReplyArticles articles;

    @EJB
    private WebhookDeliveries webhooks;

    @Inject
    @ConfigProperty(name = "crm.automation.auto-reply-window", defaultValue = "PT24H")
    Duration autoReplyWindow;

    String perform(AutomationAction action, AutomationRun run) {
        Conversation conversation = run.conversation();
        long id = conversation.getId();
        String because = "rule '" + run.rule().name() + "'";
        if (action instanceof AutomationAction.Assign a && a.agent() != null) {
            if (!teams.isAgent(a.agent())) {
                throw new InvalidInputException("to", "'" + a.agent() + "' is not an agent of any team");
            }
            assignments.assign(id, a.agent(), because, ACTOR);
            return "assigned it to " + a.agent();
        }
        if (action instanceof AutomationAction.Assign a) {
            assignments.moveToQueue(id, a.queue(), ACTOR);
            return "moved it to the " + a.queue() + " queue";
        }
        if (action instanceof AutomationAction.Tag t) {
            t.tags().forEach(tag -> tagging.add(id, tag, ACTOR));
            return "tagged it " + String.join(", ", t.tags());
        }
        if (action instanceof AutomationAction.Priority p) {
            conversation.setPriority(p.value());
            return "set priority " + p.value();
        }
        if (action instanceof AutomationAction.Status s) {
            statuses.change(id, s.value(), null, ACTOR);
            return "set it to " + s.value().name().toLowerCase(Locale.ROOT);
        }
        if (action instanceof AutomationAction.Note n) {
            notes.add(id, n.text(), ACTOR);
            return "added a note";
        }
        if (action instanceof AutomationAction.Reply r) {
            return reply(r, run);
        }
        if (action instanceof AutomationAction.ReplyWithArticles r) {
            return replyWithArticles(r, run);
        }
        if (action instanceof AutomationAction.Csat) {
            return surveys.send(conversation) ? "sent a satisfaction survey"
                    : "sent no survey: one was already sent for this conversation";
        }
        if (action instanceof AutomationAction.Escalate e) {
            assignments.escalate(id, e.team(), e.reason() == null ? because : e.reason(), ACTOR);
            return "escalated it to " + e.team();
        }
        AutomationAction.Webhook webhook = (AutomationAction.Webhook) action;
        webhooks.enqueue(run, webhook);
        return "queued a webhook to " + webhook.url();
    }

    private String reply(AutomationAction.Reply reply, AutomationRun run) {
        Optional<String> why = whyNoAutoReply(run);
        if (why.isPresent()) {
            return "did not reply: " + why.get();
        }
        return "replied on " + send(run, reply.channel(), render(reply.text(), run));
    }

    private String replyWithArticles(AutomationAction.ReplyWithArticles reply, AutomationRun run) {
        Optional<String> why = whyNoAutoReply(run);
        if (why.isPresent()) {
            return "did not reply with articles: " + why.get();
        }
        SuggestedArticles found = articles.forMessage(run.facts().text(), run.facts().language(), reply.max());
        if (!found.found()) {
            return "did not reply with articles: " + found.whyNone();
        }
        String intro = reply.text() == null ? null : render(reply.text(), run);
        return "replied on " + send(run, reply.channel(), found.replyText(intro)) + " with " + found.titles();
    }

    /** Sends an automatic reply on {@code chosen}, else on the conversation's channel; the channel it went on. */
    private Channel send(AutomationRun run, Channel chosen, String text) {
        Channel channel = chosen != null ? chosen : run.conversation().getChannel();
        replies.sendAutomated(run.conversation(), channel, text, AutomationEngine.AUTHOR);
        return channel;
    }

    private String render(String template, AutomationRun run) {
        Conversation conversation = run.conversation();
        String agent = conversation.getAssignee() == null ? null : agentNames.of(conversation.getAssignee());
        return Placeholders.render(template, Placeholders.Values.of(conversation, agent));
    }

    /** Why a reply to the customer's message would not be an auto-reply that may go out; empty on other events. */
    private Optional<String> whyNoAutoReply(AutomationRun run) {
        return run.on().isAboutAMessage() ? whyNoAutoReply(run.conversation(), run.message()) : Optional.empty();
    }

    private Optional<String> whyNoAutoReply(Conversation conversation, TimelineEntry message) {
        if (message != null && message.isAutoGenerated()) {
            return Optional.of("the message was sent automatically (an auto-reply or a mailing list)");
        }
        Instant since = Instant.now().minus(autoReplyWindow);
        return em.createNamedQuery("TimelineEntry.repliesBy", TimelineEntry.class)
                .setParameter("conversationId", conversation.getId()).setParameter("author", AutomationEngine.AUTHOR)
                .setMaxResults(1).getResultStream().findFirst()
                .filter(last -> last.getRecordedAt().isAfter(since))
                .map(last -> "an automatic reply already went out at " + last.getRecordedAt().truncatedTo(ChronoUnit.SECONDS));
    }
}
