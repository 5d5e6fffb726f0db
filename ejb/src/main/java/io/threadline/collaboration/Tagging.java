package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.events.CrmEvent;
import io.threadline.shared.Actor;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tags on a conversation, added and removed by agents; kept lower-case so "Refund" and "refund" are one tag. */
@Stateless
public class Tagging {

    static final int MAX_TAGS = 30;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,49}");

    @EJB
    private ConversationActivity activity;

    public Conversation add(long conversationId, String tag, Actor actor) {
        String name = normalized(tag);
        Conversation conversation = activity.lock(conversationId);
        if (conversation.getTags().size() >= MAX_TAGS && !conversation.getTags().contains(name)) {
            throw new InvalidInputException("tag", "a conversation has at most " + MAX_TAGS + " tags");
        }
        if (conversation.tag(name)) {
            activity.record(conversation, actor.name(), actor.name() + " tagged it " + name, CrmEvent.conversationTagged(
                    conversationId, conversation.getCustomer().getId(), name, actor.name(), Instant.now()));
        }
        return conversation;
    }

    public Conversation remove(long conversationId, String tag, Actor actor) {
        String name = normalized(tag);
        Conversation conversation = activity.lock(conversationId);
        if (conversation.untag(name)) {
            activity.record(conversation, actor.name(), actor.name() + " removed the tag " + name, CrmEvent.conversationUntagged(
                    conversationId, conversation.getCustomer().getId(), name, actor.name(), Instant.now()));
        }
        return conversation;
    }

    static String normalized(String tag) {
        String name = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (!TAG.matcher(name).matches()) {
            throw new InvalidInputException("tag", "must be 1 to 50 letters, digits, spaces, '-' or '_', starting with a letter or digit");
        }
        return name;
    }
}
