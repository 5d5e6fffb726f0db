package io.threadline.web.api;

/**
 * The application's roles (mapped to registry groups in the EAR's ibm-application-bnd.xml). Beside the five fixed
 * roles, {@link #VIEWER} and {@link #EXPORTER} are permissions a custom role is made of: a directory group bound to
 * viewer alone is view-only, to viewer and exporter an auditor; {@link #AGENT} is the edit permission, {@link #ADMIN}
 * the admin one (docs/security.md).
 */
public final class Roles {
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    public static final String BATCH_OPERATOR = "batch-operator";
    public static final String INTEGRATION = "integration";
    /** Reads conversations, customers, timelines, search and reports; changes nothing. */
    public static final String VIEWER = "viewer";
    /** Downloads reports as CSV. */
    public static final String EXPORTER = "exporter";

    private Roles() {
    }
}
