package io.threadline.sla;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessCalendarParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zone            | {"name": "X", "zone": "Mars/Olympus", "hours": {"MON": ["09:00-17:00"]}}          | Mars/Olympus
            zone            | {"name": "X", "hours": {"MON": ["09:00-17:00"]}}                                  | required
            zone            | {"name": "X", "zone": 1, "hours": {"MON": ["09:00-17:00"]}}                       | string
            name            | {"zone": "UTC", "hours": {"MON": ["09:00-17:00"]}}                                | required
            name            | {"name": " ", "zone": "UTC", "hours": {"MON": ["09:00-17:00"]}}                   | empty
            timezone        | {"name": "X", "timezone": "UTC", "hours": {"MON": ["09:00-17:00"]}}               | not a field
            hours           | {"name": "X", "zone": "UTC"}                                                      | object
            hours           | {"name": "X", "zone": "UTC", "hours": {}}                                         | at least one
            hours           | {"name": "X", "zone": "UTC", "hours": {"MON": []}}                                | at least one
            hours.MONDAY    | {"name": "X", "zone": "UTC", "hours": {"MONDAY": ["09:00-17:00"]}}                | not a weekday
            hours.MON       | {"name": "X", "zone": "UTC", "hours": {"MON": "09:00-17:00"}}                     | list
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["17:00-09:00"]}}                   | start before
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:00-09:00"]}}                   | start before
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["9-17"]}}                          | not an interval
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:00-24:30"]}}                   | does not exist
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["25:00-26:00"]}}                   | does not exist
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:60-17:00"]}}                   | does not exist
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": ["24:00-24:00"]}}                   | 24:00
            hours.MON[0]    | {"name": "X", "zone": "UTC", "hours": {"MON": [9]}}                               | string
            hours.TUE[2]    | {"name": "X", "zone": "UTC", "hours": {"TUE": ["08:00-10:00", "13:00-17:00", "09:30-11:00"]}} | overlaps '08:00-10:00'
            holidays        | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:00-17:00"]}, "holidays": "2026-12-25"} | list
            holidays[0]     | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:00-17:00"]}, "holidays": ["2026-02-30"]} | 2026-02-30
            holidays[1]     | {"name": "X", "zone": "UTC", "hours": {"MON": ["09:00-17:00"]}, "holidays": ["2026-12-25", "25.12.2026"]} | not a date
            """)
    void aBadCalendarIsRefusedNamingTheField(String field, String json, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BusinessCalendar.parse(BusinessCalendarTest.json(json)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"Mars/Olympus", "''"})
    void alwaysRefusesAnUnknownZone(String zone) {
        assertEquals("zone", assertThrows(InvalidInputException.class, () -> BusinessCalendar.always(zone)).field());
    }
}
