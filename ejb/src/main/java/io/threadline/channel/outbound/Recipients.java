package io.threadline.channel.outbound;

import io.threadline.identity.Customer;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/** Where a customer is reached on a channel: SMS and WhatsApp go to their phone number. */
@Dependent
public class Recipients {

    @EJB
    IdentityService identities;

    public String addressOf(Customer customer, Channel channel) {
        IdentityType type = switch (channel) {
            case SMS, WHATSAPP -> IdentityType.PHONE;
            default -> throw new InvalidInputException("channel", "replies on " + channel + " are not supported yet");
        };
        return identities.identitiesOf(customer.getId()).stream().filter(i -> i.getType() == type)
                .map(Identity::getValue).reduce((first, latest) -> latest)
                .orElseThrow(() -> new InvalidInputException("channel", customer.label() + " has no " + type
                        + " identity to reach on " + channel));
    }
}
