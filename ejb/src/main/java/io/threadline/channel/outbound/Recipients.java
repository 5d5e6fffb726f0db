package io.threadline.channel.outbound;

import io.threadline.identity.Customer;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.util.Optional;

/**
 * Where a customer is reached on a channel: SMS and WhatsApp at their phone number, email at their address,
 * Messenger and Instagram at their page-scoped id, chat at their visitor id. The most recently linked
 * identity of the kind wins.
 */
@Dependent
public class Recipients {

    @EJB
    IdentityService identities;

    /** The kind of identity a written reply on the channel goes to; empty for channels without written replies. */
    public static Optional<IdentityType> addressTypeOf(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case SMS, WHATSAPP -> IdentityType.PHONE;
            case EMAIL -> IdentityType.EMAIL;
            case FACEBOOK -> IdentityType.FACEBOOK;
            case INSTAGRAM -> IdentityType.INSTAGRAM;
            case CHAT -> IdentityType.CHAT;
            default -> null;
        });
    }

    public String addressOf(Customer customer, Channel channel) {
        IdentityType type = addressTypeOf(channel).orElseThrow(() ->
                new InvalidInputException("channel", "replies on " + channel + " are not possible"));
        return identities.identitiesOf(customer.getId()).stream().filter(i -> i.getType() == type)
                .map(Identity::getValue).reduce((first, latest) -> latest)
                .orElseThrow(() -> new InvalidInputException("channel", customer.label() + " has no " + type
                        + " identity to reach on " + channel));
    }
}
