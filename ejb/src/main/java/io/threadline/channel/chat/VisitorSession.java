package io.threadline.channel.chat;

import io.threadline.assist.BotAnswer;
import io.threadline.shared.IntakeUnavailableException;
import io.threadline.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat protocol on one visitor socket: reads the widget's frames and answers them, and takes the frames
 * pushed to the visitor (agents' replies and typing). Frames pushed before the welcome are held back and follow it.
 * The WebSocket container hands a socket's frames over one at a time.
 */
public final class VisitorSession implements VisitorConnection {

    private static final Logger LOG = Logger.getLogger(VisitorSession.class.getName());
    /** A visitor's typing is published at most this often per socket. */
    private static final long TYPING_INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();

    /** A frame the protocol refuses, with the error code the widget gets. */
    private static final class Refused extends RuntimeException {
        private final String code;
        private final String field;

        Refused(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    private final LiveChat chat;
    private final VisitorConnection socket;
    private final FrameRateLimit rateLimit;
    private final List<String> held = new ArrayList<>();
    private volatile Visitor visitor;
    /** From the hello: the page's language, and whether the widget shows the bot's articles. */
    private String language;
    private boolean showsSuggestions;
    private boolean welcomed;
    private boolean toldAway;
    private long lastTyping;

    VisitorSession(LiveChat chat, VisitorConnection socket, FrameRateLimit rateLimit) {
        this.chat = chat;
        this.socket = socket;
        this.rateLimit = rateLimit;
    }

    /** One text frame from the widget. */
    public void receive(String text) {
        if (!rateLimit.tryAcquire()) {
            socket.send(ChatFrames.error("rate_limited", null, "Too many frames on this socket; wait a moment"
                    + " (crm.channels.chat.max-frames-per-minute)", null));
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > chat.maxFrameBytes()) {
            socket.send(ChatFrames.error("too_large", "frame", "frame: larger than the limit of " + chat.maxFrameBytes()
                    + " bytes (crm.channels.chat.max-frame-bytes)", null));
            return;
        }
        ClientFrame frame;
        try {
            frame = ClientFrames.read(text);
        } catch (InvalidInputException e) {
            socket.send(ChatFrames.error("invalid_input", e.field(), e.getMessage(), null));
            return;
        }
        String about = frame instanceof ClientFrame.Message m ? m.id() : null;
        try {
            handle(frame);
        } catch (Refused e) {
            socket.send(ChatFrames.error(e.code, e.field, e.getMessage(), about));
        } catch (InvalidInputException e) {
            socket.send(ChatFrames.error("invalid_input", e.field(), e.getMessage(), about));
        } catch (IntakeUnavailableException e) {
            LOG.log(Level.WARNING, "A chat message was not accepted: the inbound queue did not take it", e);
            socket.send(ChatFrames.error("unavailable", null, "The message was not accepted; send it again in a few seconds", about));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure on a chat socket, incident " + incident, e);
            socket.send(ChatFrames.error("internal_error", null, "Unexpected failure; the server log has the details"
                    + " under incident " + incident, about));
        }
    }

    /** The socket closed. */
    public void close() {
        Visitor current = visitor;
        if (current != null) {
            chat.unregister(current, this);
        }
    }

    /** A frame pushed to this visitor (a reply, typing, their own message from another socket). */
    @Override
    public synchronized boolean send(String frame) {
        if (!welcomed) {
            held.add(frame);
            return true;
        }
        return socket.send(frame);
    }

    private void handle(ClientFrame frame) {
        if (frame instanceof ClientFrame.Ping) {
            socket.send(ChatFrames.pong());
        } else if (frame instanceof ClientFrame.Hello hello) {
            hello(hello.token());
            language = hello.language();
            showsSuggestions = hello.suggestions();
        } else if (visitor == null) {
            throw new Refused("hello_required", "type", "type: send a hello frame first");
        } else if (frame instanceof ClientFrame.Profile profile) {
            introduce(profile);
        } else if (frame instanceof ClientFrame.Message message) {
            message(message);
        } else if (frame instanceof ClientFrame.Typing) {
            typing();
        } else if (frame instanceof ClientFrame.Resolved resolved) {
            chat.deflected(visitor, resolved.id());
            socket.send(ChatFrames.deflected(resolved.id()));
        } else if (frame instanceof ClientFrame.Handover handover) {
            chat.handOver(visitor, handover.id(), this);
            socket.send(ChatFrames.handedOver(handover.id()));
            tellIfAway();
        }
    }

    /** Once a question is with the people, outside the chat's hours: when they will answer (once per socket). */
    private void tellIfAway() {
        if (!toldAway) {
            chat.away().ifPresent(away -> {
                socket.send(ChatFrames.away(away));
                toldAway = true;
            });
        }
    }

    private void hello(String token) {
        if (visitor != null) {
            throw new Refused("invalid_input", "type", "type: hello was already sent on this socket");
        }
        Visitor arrived = chat.arrive(token);
        // Registered before the history is read: a reply delivered meanwhile is pushed here, so none falls between.
        chat.register(arrived, this);
        String welcome;
        try {
            welcome = ChatFrames.welcome(arrived, chat.preChatForm(), chat.historyOf(arrived));
        } catch (RuntimeException e) {
            chat.unregister(arrived, this);
            throw e;
        }
        visitor = arrived;
        synchronized (this) {
            socket.send(welcome);
            welcomed = true;
            held.forEach(socket::send);
            held.clear();
        }
    }

    private void introduce(ClientFrame.Profile profile) {
        if (chat.preChatForm() == PreChatForm.OFF) {
            throw new Refused("invalid_input", "type", "type: the pre-chat form is off (crm.channels.chat.pre-chat-form)");
        }
        visitor = chat.introduce(visitor, profile.name(), profile.email());
        socket.send(ChatFrames.profile(visitor));
    }

    private void message(ClientFrame.Message message) {
        if (chat.preChatForm() == PreChatForm.REQUIRED && !visitor.introduced()) {
            throw new Refused("profile_required", "email", "email: fill in the pre-chat form before the first message");
        }
        if (showsSuggestions) {
            Optional<String> waiting = chat.botWaitingOn(visitor).filter(id -> !id.equals(message.id()));
            if (waiting.isPresent()) {
                // Writing again instead of answering the bot is asking for a person: the first question goes first.
                chat.handOver(visitor, waiting.get(), this);
                socket.send(ChatFrames.handedOver(waiting.get()));
                tellIfAway();
            } else {
                List<BotAnswer.Article> articles = chat.botAnswer(visitor, message, language);
                if (!articles.isEmpty()) {
                    socket.send(ChatFrames.ack(message.id()));
                    socket.send(ChatFrames.suggestions(new BotAnswer(message.id(), articles)));
                    return;
                }
            }
        }
        chat.submit(visitor, message, this);
        socket.send(ChatFrames.ack(message.id()));
        tellIfAway();
    }

    private void typing() {
        long now = System.nanoTime();
        if (lastTyping != 0 && now - lastTyping < TYPING_INTERVAL_NANOS) {
            return;
        }
        lastTyping = now;
        chat.visitorTyping(visitor);
    }
}
