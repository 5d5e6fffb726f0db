package io.threadline.web.workspace;

import io.threadline.erp.CustomerOrders;
import io.threadline.erp.OrderView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The profile aside's recent ERP orders of a customer, read once per request. */
@Named("recentOrders")
@RequestScoped
public class RecentOrders {

    static final int SHOWN = 5;

    @EJB
    private CustomerOrders orders;

    private final Map<Long, List<OrderView>> read = new HashMap<>();

    public List<OrderView> of(long customerId) {
        return read.computeIfAbsent(customerId, id -> orders.orders(id, SHOWN));
    }
}
