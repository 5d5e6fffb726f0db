package io.threadline.channel.email;

import jakarta.mail.internet.InternetAddress;

/** The SMTP server replies go out through, and the address they come from ({@code crm.channels.email.smtp.*}). */
record SmtpServer(String host, int port, Security security, String user, String password, InternetAddress from) {

    /** Never shows the password (it would end up in logs). */
    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security + ", user " + user + ", from " + from + "]";
    }
}
