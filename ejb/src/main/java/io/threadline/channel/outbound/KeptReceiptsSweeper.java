package io.threadline.channel.outbound;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Every 15 seconds, applies status reports that arrived while their reply's send was still being recorded
 * (the two transactions raced), and drops reports no reply ever matched.
 */
@Singleton
public class KeptReceiptsSweeper {

    @EJB
    private DeliveryReceipts receipts;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void sweep() {
        receipts.applyKept();
    }
}
