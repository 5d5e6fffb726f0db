package io.threadline.erp;

import java.time.Instant;
import java.util.List;

/** An order as the API and the profile show it (DESIGN: {@code GET /api/v1/customers/{id}/orders}). */
public record OrderView(String number, String status, Instant placedAt, Instant shippedAt, Instant deliveredAt,
                        String total, String currency, String totalDisplay, int items, List<LineView> lines,
                        List<ShipmentView> shipments) {

    public record LineView(String sku, String name, int quantity, String price) {
    }

    public record ShipmentView(String carrier, String trackingNumber, String trackingUrl, String status,
                               String statusText, Instant estimatedDelivery) {
    }

    static OrderView of(ErpOrder order, List<Shipment> shipments) {
        Money total = order.totalMoney();
        return new OrderView(order.getOrderNumber(), order.getStatus().wireName(), order.getPlacedAt(), order.getShippedAt(),
                order.getDeliveredAt(), total == null ? null : total.plain(), order.getCurrency(),
                total == null ? null : total.display(), order.itemCount(),
                order.getLines().stream().map(l -> new LineView(l.getSku(), l.getName(), l.getQuantity(),
                        l.getUnitPrice().stripTrailingZeros().toPlainString())).toList(),
                shipments.stream().map(s -> new ShipmentView(s.getCarrier(), s.getTrackingNumber(), s.getTrackingUrl(),
                        s.getStatus().wireName(), s.getStatus().words(), s.getEstimatedDelivery())).toList());
    }
}
