package io.threadline.identity;

import io.threadline.shared.ConflictException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerTest {

    @Test
    void mergingCarriesTheNameAndTheVipTierToTheSurvivor() throws Exception {
        Customer survivor = customer(1, null);
        Customer merged = customer(2, "Sarah Lee");
        merged.chooseTier(CustomerTier.VIP);

        merged.markMergedInto(survivor);

        assertTrue(merged.isMerged());
        assertEquals(1L, merged.getMergedInto());
        assertEquals("Sarah Lee", survivor.getDisplayName());
        assertEquals(CustomerTier.VIP, survivor.getTier());
    }

    @Test
    void aCustomerCannotBeMergedIntoItselfNorTwiceNorIntoAMergedOne() throws Exception {
        Customer a = customer(1, "A");
        Customer b = customer(2, "B");
        Customer c = customer(3, "C");
        assertThrows(ConflictException.class, () -> a.markMergedInto(a));
        b.markMergedInto(a);
        assertThrows(ConflictException.class, () -> b.markMergedInto(c));
        assertThrows(ConflictException.class, () -> c.markMergedInto(b));
    }

    @Test
    void aKnownNameIsNeverOverwritten() {
        Customer customer = new Customer("Sarah Lee", Instant.now());
        customer.learnName("S. Lee");
        assertEquals("Sarah Lee", customer.getDisplayName());
    }

    @Test
    void anAnonymizedCustomerIsNamedByIdAloneAndNeverSuggestedForAMerge() throws Exception {
        Customer customer = customer(7, "Sarah Lee");
        Instant at = Instant.parse("2026-11-26T20:00:00Z");
        customer.anonymize(at);
        assertEquals("Anonymized customer 7", customer.getDisplayName());
        assertEquals(null, customer.getNameKey());
        assertTrue(customer.isAnonymized());
        assertEquals(at, customer.getAnonymizedAt());
    }

    private static Customer customer(long id, String name) throws Exception {
        Customer customer = new Customer(name, Instant.parse("2026-11-01T00:00:00Z"));
        Field field = Customer.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(customer, id);
        return customer;
    }
}
