package io.threadline.it;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Holds the inbound queue's MDB back (Liberty's ServerEndpointControl MBean), so that a test can fill the queue and
 * release it as a burst; closing it lets the MDB consume again.
 */
public final class InboundConsumer implements AutoCloseable {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName endpoints;
    private final String mdb;

    private InboundConsumer() throws JMException {
        endpoints = new ObjectName("WebSphere:feature=kernel,name=ServerEndpointControl");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) server.invoke(endpoints, "listEndpoints", null, null);
        mdb = names.stream().filter(name -> name.contains("InboundMessageMDB")).findFirst().orElseThrow();
        control("pause");
    }

    public static InboundConsumer pause() throws JMException {
        return new InboundConsumer();
    }

    @Override
    public void close() throws JMException {
        control("resume");
    }

    private void control(String operation) throws JMException {
        server.invoke(endpoints, operation, new Object[]{mdb}, new String[]{String.class.getName()});
    }
}
