package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvHeader;
import io.threadline.batch.csv.CsvRow;
import io.threadline.batch.csv.InvalidRowException;
import io.threadline.erp.ErpMessage;
import io.threadline.erp.ErpMessageType;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How erp-import reads its parameters and turns the rows of an export into the ERP's messages. */
class ErpImportMappingTest {

    private static final List<String> ORDER_HEADER = List.of("order_no", "cust_no", "status", "placed", "currency",
            "total", "sku", "item", "qty", "price", "changed");
    private static final String ORDER_COLUMNS = "orderNumber=order_no,customerNumber=cust_no,placedAt=placed,"
            + "itemName=item,quantity=qty,updatedAt=changed";

    @Test
    void anOrderOfSeveralRowsIsOneOrderUpsertWithALinePerRowAndAnIdFromItsNumberAndStamp() throws Exception {
        ErpRowMapping mapping = orders("dd.MM.yyyy HH:mm", "Europe/Rome");
        MappedRecord record = mapping.map(List.of(
                row(6, "SO-100231", "C-10042", "shipped", "20.11.2026 11:00", "EUR", "129.90", "JKT-M", "Rain jacket", "1", "99.90", "21.11.2026 08:59"),
                row(7, "SO-100231", "C-10042", "shipped", "20.11.2026 11:00", "EUR", "129.90", "GLV-S", "", "2", "15.00", "21.11.2026 08:59")));

        ErpMessage message = record.message();
        assertEquals(ErpMessageType.ORDER_UPSERT, message.type());
        assertEquals("import:order.upsert:SO-100231:2026-11-21T07:59:00Z", message.id());
        assertEquals(Instant.parse("2026-11-21T07:59:00Z"), message.occurredAt());
        assertNull(message.version());
        assertEquals(Json.createReader(new java.io.StringReader("""
                {"orderNumber": "SO-100231", "customerNumber": "C-10042", "status": "shipped",
                 "placedAt": "2026-11-20T10:00:00Z", "currency": "EUR", "total": "129.90",
                 "lines": [{"sku": "JKT-M", "name": "Rain jacket", "quantity": "1", "price": "99.90"},
                           {"sku": "GLV-S", "quantity": "2", "price": "15.00"}]}""")).readObject(), message.data());
    }

    @Test
    void aRefusalOfTheErpNamesTheColumnAndOnAnOrderOfSeveralRowsTheLine() throws Exception {
        MappedRecord record = orders(null, null).map(List.of(
                row(6, "SO-1", "C-1", "paid", "2026-11-20", "EUR", "10", "A", "", "1", "5", "2026-11-21T08:00:00Z"),
                row(7, "SO-1", "C-1", "paid", "2026-11-20", "EUR", "10", "B", "", "-2", "5", "2026-11-21T08:00:00Z")));
        assertEquals("qty on line 7: must be a whole number from 1 to 1000000 (was -2)", record.reason(
                new InvalidInputException("data.lines[1].quantity", "must be a whole number from 1 to 1000000 (was -2)")));
        assertEquals("currency on line 6: 'EURO' is not an ISO 4217 currency code", record.reason(
                new InvalidInputException("data.currency", "'EURO' is not an ISO 4217 currency code")));

        MappedRecord single = orders(null, null).map(List.of(
                row(8, "SO-2", "", "paid", "2026-11-20", "EUR", "10", "", "", "", "", "2026-11-21T08:00:00Z")));
        assertEquals("cust_no: is required", single.reason(new InvalidInputException("data.customerNumber", "is required")));
        assertEquals("[]", single.message().data().getJsonArray("lines").toString(), "a row without line columns adds no line");
    }

    @Test
    void aDateNotInTheFilesFormatIsRefusedNamingTheColumn() {
        InvalidRowException refused = assertThrows(InvalidRowException.class, () -> orders("dd.MM.yyyy", null).map(List.of(
                row(5, "SO-3", "C-1", "paid", "31.02.2026", "EUR", "10", "", "", "", "", "01.03.2026"))));
        assertEquals("placed: '31.02.2026' is not a date in the format dd.MM.yyyy", refused.getMessage());
        InvalidRowException noStamp = assertThrows(InvalidRowException.class, () -> orders(null, null).map(List.of(
                row(5, "SO-3", "C-1", "paid", "2026-11-20", "EUR", "10", "", "", "", "", ""))));
        assertEquals("changed: is required", noStamp.getMessage());
    }

    @Test
    void aCustomerRowCarriesItsEmailsAndPhonesFromSeveralColumnsAndItsAddress() throws Exception {
        ErpColumns columns = ErpColumns.of(RecordType.CUSTOMERS, "customerNumber=KUNNR,emails=mail,emails=mail2,phones=tel,"
                + "updatedAt=changed,version=rev");
        ErpRowMapping mapping = new ErpRowMapping(columns, ImportDates.of(null, null), ChangeWindow.of(null, null, ZoneId.of("UTC")));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("KUNNR", "C-7");
        values.put("firstName", "Helen");
        values.put("mail", "helen@example.com;h.park@example.com");
        values.put("mail2", "helen@example.com");
        values.put("tel", "+14155550134");
        values.put("city", "Milano");
        values.put("country", "IT");
        values.put("changed", "2026-11-20T08:00:00Z");
        values.put("rev", "5");
        MappedRecord record = mapping.map(List.of(new CsvRow(3, values, "")));

        assertEquals("import:customer.upsert:C-7:2026-11-20T08:00:00Z:5", record.message().id());
        assertEquals(5L, record.message().version());
        assertEquals(Json.createReader(new java.io.StringReader("""
                {"customerNumber": "C-7", "firstName": "Helen", "emails": ["helen@example.com", "h.park@example.com"],
                 "phones": ["+14155550134"], "address": {"city": "Milano", "country": "IT"}}""")).readObject(),
                record.message().data());
        assertEquals("mail: 'h.park@example' is not a valid email address",
                record.reason(new InvalidInputException("data.emails[1]", "'h.park@example' is not a valid email address")));
    }

    @Test
    void theColumnsParameterIsCheckedAndEveryMappedOrRequiredColumnMustBeInTheHeader() {
        assertEquals("Job parameter columns: 'colour' is not a field of orders (one of orderNumber, customerNumber, status, "
                        + "placedAt, currency, total, updatedAt, version, shippedAt, deliveredAt, sku, itemName, quantity, price)",
                assertThrows(IllegalArgumentException.class, () -> ErpColumns.of(RecordType.ORDERS, "colour=farbe")).getMessage());
        assertEquals("Job parameter columns: 'orderNumber' is not field=column",
                assertThrows(IllegalArgumentException.class, () -> ErpColumns.of(RecordType.ORDERS, "orderNumber")).getMessage());
        assertEquals("Job parameter columns: status is mapped twice; only emails and phones may take several columns",
                assertThrows(IllegalArgumentException.class, () -> ErpColumns.of(RecordType.ORDERS, "status=a,status=b")).getMessage());

        CsvHeader header = new CsvHeader(ORDER_HEADER);
        ErpColumns.of(RecordType.ORDERS, ORDER_COLUMNS).requireIn(header);
        assertEquals("Column 'kunde' (job parameter columns: customerNumber=kunde) is not in the file's header " + ORDER_HEADER,
                assertThrows(IllegalArgumentException.class, () ->
                        ErpColumns.of(RecordType.ORDERS, ORDER_COLUMNS.replace("cust_no", "kunde")).requireIn(header)).getMessage());
        assertEquals("Column 'orderNumber' (the required field orderNumber; map it to a column with job parameter columns) "
                        + "is not in the file's header " + ORDER_HEADER,
                assertThrows(IllegalArgumentException.class, () ->
                        ErpColumns.of(RecordType.ORDERS, ORDER_COLUMNS.replace("orderNumber=order_no,", "")).requireIn(header)).getMessage());
        assertEquals("Job parameter recordType: 'invoices' is not customers or orders",
                assertThrows(IllegalArgumentException.class, () -> RecordType.of("invoices")).getMessage());
    }

    @Test
    void datesAreReadInTheFormatAndZoneGivenAndAFormatThatMakesNoDateIsRefused() {
        assertEquals(Instant.parse("2026-11-20T09:30:00Z"), ImportDates.of("dd.MM.yyyy HH:mm", "Europe/Rome").parse("20.11.2026 10:30"));
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), ImportDates.of("yyyyMMdd", "Europe/Rome").parse("20261120"));
        ImportDates iso = ImportDates.of(null, null);
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), iso.parse("2026-11-20T10:00:00+01:00"));
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), iso.parse("2026-11-20T10:00"), "without an offset: in zone, UTC by default");
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), iso.parse("2026-11-20"));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImportDates.of("dd.MM.yyyy bb", null)).getMessage()
                .startsWith("Job parameter dateFormat: 'dd.MM.yyyy bb' is not a date format: "));
        assertEquals("Job parameter dateFormat: 'HH:mm' does not make a date (it needs at least the year, month and day, e.g. dd.MM.yyyy HH:mm)",
                assertThrows(IllegalArgumentException.class, () -> ImportDates.of("HH:mm", null)).getMessage());
        assertEquals("Job parameter dateFormat: 'YYYY-MM-dd' does not make a date (it needs at least the year, month and day, e.g. dd.MM.yyyy HH:mm)",
                assertThrows(IllegalArgumentException.class, () -> ImportDates.of("YYYY-MM-dd", null)).getMessage(),
                "a week-based year with a month is the classic mistake");
        assertEquals("Job parameter zone: 'Europe/Milano' is not a time zone (e.g. UTC, Europe/Rome, +01:00)",
                assertThrows(IllegalArgumentException.class, () -> ImportDates.of(null, "Europe/Milano")).getMessage());
    }

    @Test
    void theChangeWindowIncludesBothDaysInTheZoneAndAnInvertedOneIsRefused() {
        ChangeWindow window = ChangeWindow.of("2026-11-01", "2026-11-30", ZoneId.of("Europe/Rome"));
        assertFalse(window.contains(Instant.parse("2026-10-31T22:59:59Z")));
        assertTrue(window.contains(Instant.parse("2026-10-31T23:00:00Z")));
        assertTrue(window.contains(Instant.parse("2026-11-30T22:59:59Z")));
        assertFalse(window.contains(Instant.parse("2026-11-30T23:00:00Z")));
        assertTrue(ChangeWindow.of(null, null, ZoneId.of("UTC")).contains(Instant.EPOCH));

        assertEquals("Job parameters changedFrom (2026-11-30) and changedTo (2026-11-01) are inverted: changedFrom must not be after changedTo",
                assertThrows(IllegalArgumentException.class, () -> ChangeWindow.of("2026-11-30", "2026-11-01", ZoneId.of("UTC"))).getMessage());
        assertEquals("Job parameter changedFrom: '1.11.2026' is not a day (e.g. 2026-11-20)",
                assertThrows(IllegalArgumentException.class, () -> ChangeWindow.of("1.11.2026", null, ZoneId.of("UTC"))).getMessage());
    }

    private static ErpRowMapping orders(String dateFormat, String zone) {
        ImportDates dates = ImportDates.of(dateFormat, zone);
        return new ErpRowMapping(ErpColumns.of(RecordType.ORDERS, ORDER_COLUMNS), dates, ChangeWindow.of(null, null, dates.zone()));
    }

    private static CsvRow row(long line, String... values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            cells.put(ORDER_HEADER.get(i), values[i]);
        }
        return new CsvRow(line, cells, String.join(",", values));
    }
}
