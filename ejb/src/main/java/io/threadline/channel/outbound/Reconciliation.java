package io.threadline.channel.outbound;

/**
 * What a provider says of a reply whose attempt got no answer ({@link ChannelConnector#reconcile}): it has the
 * message ({@code found}, with its id and status), sending it again does no harm (it has none, or the channel makes
 * a second copy the same message), or it cannot tell (yet), with why.
 */
public record Reconciliation(Verdict verdict, DeliveryResult found, String reason) {

    public enum Verdict { FOUND, SEND_AGAIN, UNKNOWN }

    public static Reconciliation found(DeliveryResult result) {
        return new Reconciliation(Verdict.FOUND, result, null);
    }

    public static Reconciliation sendAgain() {
        return new Reconciliation(Verdict.SEND_AGAIN, null, null);
    }

    public static Reconciliation unknown(String reason) {
        return new Reconciliation(Verdict.UNKNOWN, null, reason);
    }
}
