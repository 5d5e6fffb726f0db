package io.threadline.channel.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The live chat's settings (crm.channels.chat.*). */
@ApplicationScoped
public class ChatSettings {

    /** A socket that sent nothing for this long is closed; the widget sends a ping every 25 seconds. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);

    @Inject
    @ConfigProperty(name = "crm.channels.chat.allowed-origins")
    Optional<String> allowedOrigins;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.pre-chat-form", defaultValue = "optional")
    String preChatForm;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.max-frame-bytes", defaultValue = "16384")
    int maxFrameBytes;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.max-frames-per-minute", defaultValue = "120")
    int maxFramesPerMinute;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.bot", defaultValue = "true")
    boolean bot;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.calendar", defaultValue = "Live chat")
    String calendar;

    /** The name of the calendar whose hours people answer the chat in. */
    public String calendar() {
        return calendar;
    }

    /** Whether the bot answers a question with articles before a person does (for widgets that show them). */
    public boolean bot() {
        return bot;
    }

    public OriginPolicy origins() {
        List<String> listed = allowedOrigins.map(list -> Arrays.asList(list.split(","))).orElse(List.of());
        return new OriginPolicy(listed);
    }

    public PreChatForm preChatForm() {
        return PreChatForm.parse(preChatForm);
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    public FrameRateLimit newRateLimit() {
        return new FrameRateLimit(maxFramesPerMinute, System::nanoTime);
    }
}
