package io.threadline.channel.chat;

import io.threadline.assist.BotAnswer;
import io.threadline.assist.ChatBot;
import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The live chat for the web tier: {@link #open} starts the chat protocol on a visitor's new socket; the
 * services the protocol needs are reached through here.
 */
@ApplicationScoped
public class LiveChat {

    static final String INGRESS = "chat";

    @Inject
    ChatSettings settings;

    @EJB
    ChatVisitors visitors;

    @EJB
    ChatTranscript transcript;

    @EJB
    ChatSockets sockets;

    @EJB
    TypingIndicators typing;

    @EJB
    ChatBot bot;

    @EJB
    InboundGateway gateway;

    @Inject
    ChatHours hours;

    @Inject
    InboundMessageReader reader;

    public VisitorSession open(VisitorConnection socket) {
        return new VisitorSession(this, socket, settings.newRateLimit());
    }

    public OriginPolicy origins() {
        return settings.origins();
    }

    public int maxFrameBytes() {
        return settings.maxFrameBytes();
    }

    PreChatForm preChatForm() {
        return settings.preChatForm();
    }

    Visitor arrive(String token) {
        return visitors.arrive(token);
    }

    Visitor introduce(Visitor visitor, String name, String email) {
        return visitors.introduce(visitor, name, email);
    }

    List<ChatLine> historyOf(Visitor visitor) {
        return transcript.historyOf(visitor.visitorId());
    }

    void register(Visitor visitor, VisitorConnection connection) {
        sockets.register(visitor.visitorId(), connection);
    }

    void unregister(Visitor visitor, VisitorConnection connection) {
        sockets.unregister(visitor.visitorId(), connection);
    }

    /**
     * Puts the visitor's message on {@code jms/crm/InboundQueue} as a canonical CHAT message and shows it on the
     * visitor's other sockets. Returns only once it is safely queued.
     */
    void submit(Visitor visitor, ClientFrame.Message message, VisitorConnection from) {
        Instant now = Instant.now();
        JsonObjectBuilder sender = Json.createObjectBuilder().add("handle", visitor.visitorId());
        if (visitor.name() != null) {
            sender.add("name", visitor.name());
        }
        InboundMessage canonical = reader.read(Json.createObjectBuilder()
                .add("channel", "CHAT")
                .add("externalId", ChatMessageIds.inbound(visitor.visitorId(), message.id()))
                .add("from", sender)
                .add("text", message.text())
                .add("sentAt", now.toString())
                .build().toString());
        gateway.submit(canonical, INGRESS);
        ChatLine line = new ChatLine(message.id(), ChatLine.VISITOR, canonical.fromName() != null ? canonical.fromName()
                : canonical.fromHandle(), message.text(), now);
        sockets.pushExcept(visitor.visitorId(), ChatFrames.message(line), from);
    }

    /**
     * The bot's articles for the visitor's question, when the bot is on and no person is on the visitor's chat yet;
     * none otherwise, or when nothing matched: then the question goes to a person.
     */
    List<BotAnswer.Article> botAnswer(Visitor visitor, ClientFrame.Message message, String language) {
        if (!settings.bot() || transcript.hasOpenConversation(visitor.visitorId()) || bot.handingOver(visitor.visitorId())) {
            return List.of();
        }
        return bot.answer(visitor.visitorId(), message.id(), message.text(), language).articles();
    }

    /** Empty while people answer the chat; else when they will. */
    Optional<ChatHours.Away> away() {
        return hours.away(Instant.now());
    }

    /** The question the bot is waiting on the visitor's word about, if any. */
    Optional<String> botWaitingOn(Visitor visitor) {
        return bot.waitingOn(visitor.visitorId());
    }

    void deflected(Visitor visitor, String messageId) {
        bot.deflected(visitor.visitorId(), messageId);
    }

    /** Hands the question the bot held over to routing, as the message the visitor sent. */
    void handOver(Visitor visitor, String messageId, VisitorConnection from) {
        submit(visitor, new ClientFrame.Message(messageId, bot.handOver(visitor.visitorId(), messageId)), from);
    }

    void visitorTyping(Visitor visitor) {
        typing.visitorTyping(visitor);
    }
}
