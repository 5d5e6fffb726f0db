package io.threadline.channel.outbound;

import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The connectors installed, by the channel they deliver. */
@ApplicationScoped
public class Connectors {

    @Inject
    @Any
    Instance<ChannelConnector> all;

    public Optional<ChannelConnector> forChannel(Channel channel) {
        return all.stream().filter(c -> c.delivers(channel)).findFirst();
    }

    /** The channels a reply can go out on, for error messages. */
    public String connectedChannels() {
        return Arrays.stream(Channel.values()).filter(c -> forChannel(c).isPresent()).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
