package io.threadline.channel.meta;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The Meta app and business assets Threadline uses (crm.channels.meta.*): the app secret and verify token of
 * the webhook, and for replies the Graph API, the WhatsApp business phone number with a system user's token,
 * and the Facebook page (Messenger, and Instagram through the page it is linked to) with a page token.
 */
@Dependent
public class MetaAccount {

    @Inject
    @ConfigProperty(name = "crm.channels.meta.app-secret")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.verify-token")
    Optional<String> verifyToken;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.graph-url", defaultValue = "https://graph.facebook.com/v21.0")
    String graphUrl;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.whatsapp-phone-number-id")
    Optional<String> whatsAppPhoneNumberId;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.whatsapp-access-token")
    Optional<String> whatsAppAccessToken;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.page-id")
    Optional<String> pageId;

    @Inject
    @ConfigProperty(name = "crm.channels.meta.page-access-token")
    Optional<String> pageAccessToken;

    public Optional<String> appSecret() {
        return appSecret;
    }

    public Optional<String> verifyToken() {
        return verifyToken;
    }

    /** The Graph API base including its version, without a trailing slash. */
    public String graphUrl() {
        return graphUrl.replaceAll("/+$", "");
    }

    public Optional<String> whatsAppPhoneNumberId() {
        return whatsAppPhoneNumberId;
    }

    public Optional<String> whatsAppAccessToken() {
        return whatsAppAccessToken;
    }

    public Optional<String> pageId() {
        return pageId;
    }

    public Optional<String> pageAccessToken() {
        return pageAccessToken;
    }
}
