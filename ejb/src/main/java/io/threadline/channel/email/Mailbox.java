package io.threadline.channel.email;

/**
 * One IMAP mailbox Threadline imports from ({@code crm.channels.email.mailbox.<name>.*}). What happens to an
 * imported mail on the server is {@code afterImport}: {@code flag} (\Seen and the keyword
 * {@value #IMPORTED}), {@code delete}, or {@code move:<folder>}.
 */
record Mailbox(String name, String host, int port, Security security, String user, String password, String folder,
               String afterImport) {

    static final String IMPORTED = "$ThreadlineImported";
    static final String SET_ASIDE = "$ThreadlineUnreadable";

    boolean deletesImported() {
        return afterImport.equals("delete");
    }

    /** The folder imported mail goes to, for {@code move:<folder>}; null otherwise. */
    String moveTo() {
        return afterImport.startsWith("move:") ? afterImport.substring("move:".length()) : null;
    }

    String describe() {
        return "mailbox '" + name + "'";
    }

    /** Never shows the password (it would end up in logs). */
    @Override
    public String toString() {
        return "Mailbox[" + name + " " + user + "@" + host + ":" + port + "/" + folder + ", " + security + ", after import "
                + afterImport + "]";
    }
}
