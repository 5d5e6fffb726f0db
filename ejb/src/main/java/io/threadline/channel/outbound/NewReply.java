package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.List;

/**
 * What an agent sends: the channel, the text, the files uploaded for it ({@code attachmentIds}, see
 * {@link ReplyAttachments}), the newest entry they had seen ({@code seenUpTo}, for the stale-reply guard; null for no
 * check) and when it should go ({@code sendAt}; null for now).
 */
public record NewReply(Channel channel, String text, List<Long> attachmentIds, Long seenUpTo, Instant sendAt) {

    public NewReply {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    public static NewReply now(Channel channel, String text, Long seenUpTo) {
        return new NewReply(channel, text, List.of(), seenUpTo, null);
    }
}
