package io.threadline.erp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressSimilarityTest {

    @Test
    void oneAddressWrittenTwoWaysIsClose() {
        assertTrue(AddressSimilarity.close("221B Baker Street, London NW1 6XE", "221b Baker St., London NW1 6XE"));
        assertTrue(AddressSimilarity.close("Hauptstraße 12, 10115 Berlin", "Hauptstrasse 12, 10115 Berlin"));
        assertTrue(AddressSimilarity.close("Via Roma 5, 00184 Roma", "via  ROMA 5 00184 Rome"));
    }

    @Test
    void anotherHouseNumberOrPostcodeIsAnotherPlace() {
        assertFalse(AddressSimilarity.close("221B Baker Street, London NW1 6XE", "223 Baker Street, London NW1 6XE"));
        assertFalse(AddressSimilarity.close("Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 80331 München"));
    }

    @Test
    void anotherStreetIsAnotherPlace() {
        assertFalse(AddressSimilarity.close("12 Oak Lane, Springfield 62701", "12 Elm Road, Springfield 62701"));
        assertFalse(AddressSimilarity.close("12 Oak Lane", ""));
        assertFalse(AddressSimilarity.close(null, "12 Oak Lane"));
    }
}
