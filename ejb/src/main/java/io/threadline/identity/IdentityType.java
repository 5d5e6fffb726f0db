package io.threadline.identity;

/**
 * The kind of an identity. Provider user ids are only unique within their provider, so each provider
 * has its own type; EXTERNAL is a handle from the generic API that is neither an email nor a phone.
 */
public enum IdentityType {
    EMAIL, PHONE, INSTAGRAM, FACEBOOK, TWITTER, CHAT, ERP, EXTERNAL
}
