package io.threadline.web.api;

/** The application's roles (mapped to registry groups in the EAR's ibm-application-bnd.xml). */
public final class Roles {
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    public static final String BATCH_OPERATOR = "batch-operator";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
