package io.threadline.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The company directory of the LDAP run: an in-memory LDAP server on loopback (it.ldap.port) laid out as OpenLDAP
 * usually is (people in ou=people as inetOrgPerson, groupOfNames in ou=groups), with groups named as the company names
 * them and one group inside another. Every person's password is {@code pw-<uid>}.
 */
final class TestDirectory {

    static final String BASE = "dc=threadline,dc=test";

    private static volatile TestDirectory running;

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /**
     * Starts the directory when the test run starts, on the LDAP run (it.auth=ldap) only: before Arquillian starts the
     * server and deploys Threadline, as a company's directory is up before its servers. Stopped when the run ends.
     */
    public static final class Session implements LauncherSessionListener {

        @Override
        public void launcherSessionOpened(LauncherSession session) {
            if ("ldap".equals(System.getProperty("it.auth")) && running == null) {
                running = start();
            }
        }

        @Override
        public void launcherSessionClosed(LauncherSession session) {
            if (running != null) {
                running.server.shutDown(true);
                running = null;
            }
        }
    }

    /** Whether the directory runs (the LDAP run). */
    static boolean isRunning() {
        return running != null;
    }

    private static TestDirectory start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    Integer.getInteger("it.ldap.port"), null));
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            TestDirectory directory = new TestDirectory(server);
            directory.fill();
            server.startListening();
            return directory;
        } catch (Exception e) {
            throw new IllegalStateException("the test directory did not start", e);
        }
    }

    private void fill() throws LDAPException, LDIFException {
        server.add("dn: " + BASE, "objectClass: domain", "dc: threadline");
        for (String ou : List.of("services", "people", "groups")) {
            server.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
        }
        server.add("dn: cn=threadline,ou=services," + BASE, "objectClass: person", "cn: threadline", "sn: Threadline",
                "userPassword: " + System.getProperty("it.ldap.bind-password"));
        for (String uid : List.of("lina", "marc", "ines", "vera", "otis", "crm-scheduler", "billing-bridge", "noel", "rosa",
                "quentin", "bea")) {
            server.add("dn: " + person(uid), "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid, "sn: " + uid,
                    "userPassword: pw-" + uid);
        }
        group("Support Team", person("marc"));
        group("CRM Agents", person("lina"), "cn=Support Team,ou=groups," + BASE);
        group("CRM Supervisors", person("ines"));
        group("CRM Administrators", person("vera"));
        group("CRM Batch Operators", person("otis"), person("crm-scheduler"));
        group("CRM Integrations", person("billing-bridge"));
        group("agents", person("noel"));
        // A custom role, Quality Reviewers, made of two permissions: its group sits in both permission groups.
        group("Quality Reviewers", person("quentin"));
        group("CRM Read Only", person("rosa"), "cn=Quality Reviewers,ou=groups," + BASE);
        group("CRM Exporters", person("bea"), "cn=Quality Reviewers,ou=groups," + BASE);
    }

    private static String person(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    private void group(String name, String... members) throws LDAPException, LDIFException {
        List<String> entry = new ArrayList<>(List.of("dn: cn=" + name + ",ou=groups," + BASE, "objectClass: groupOfNames",
                "cn: " + name));
        for (String member : members) {
            entry.add("member: " + member);
        }
        server.add(entry.toArray(String[]::new));
    }
}
