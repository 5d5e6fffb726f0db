package io.threadline.channel.outbound;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Limits of agents' replies ({@code crm.replies.*}). */
@Dependent
public class ReplySettings {

    @Inject
    @ConfigProperty(name = "crm.replies.max-schedule-ahead", defaultValue = "P30D")
    Duration maxScheduleAhead;

    public Duration maxScheduleAhead() {
        return maxScheduleAhead;
    }
}
