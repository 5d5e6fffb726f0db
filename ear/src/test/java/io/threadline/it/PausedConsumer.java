package io.threadline.it;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Holds a queue's MDB back (Liberty's ServerEndpointControl MBean), so that a test can fill the queue and release it
 * as a burst, or leave messages waiting; closing it lets the MDB consume again.
 */
public final class PausedConsumer implements AutoCloseable {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName endpoints;
    private final String mdb;

    private PausedConsumer(String mdbName) throws JMException {
        endpoints = new ObjectName("WebSphere:feature=kernel,name=ServerEndpointControl");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) server.invoke(endpoints, "listEndpoints", null, null);
        mdb = names.stream().filter(name -> name.contains(mdbName)).findFirst().orElseThrow();
        control("pause");
    }

    /** The inbound queue's MDB, paused. */
    public static PausedConsumer inbound() throws JMException {
        return new PausedConsumer("InboundMessageMDB");
    }

    /** The outbound (replies) queue's MDB, paused. */
    public static PausedConsumer outbound() throws JMException {
        return new PausedConsumer("OutboundMessageMDB");
    }

    @Override
    public void close() throws JMException {
        control("resume");
    }

    private void control(String operation) throws JMException {
        server.invoke(endpoints, operation, new Object[]{mdb}, new String[]{String.class.getName()});
    }
}
