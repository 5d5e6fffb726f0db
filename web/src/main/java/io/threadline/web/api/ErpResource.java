package io.threadline.web.api;

import io.threadline.erp.CustomerOrders;
import io.threadline.erp.WaitingOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** What the ERP sent that cannot be placed yet: orders waiting too long for a customer number that never arrived. */
@Path("/admin/erp")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ErpResource {

    @EJB
    CustomerOrders orders;

    @GET
    @Path("/waiting-orders")
    public List<WaitingOrder> waitingOrders(@QueryParam("max") @DefaultValue("100") int max) {
        return orders.waitingTooLong(Math.max(1, Math.min(max, 1000)));
    }
}
