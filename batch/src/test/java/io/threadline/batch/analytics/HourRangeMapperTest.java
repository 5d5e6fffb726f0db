package io.threadline.batch.analytics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class HourRangeMapperTest {

    @Test
    void anEvenDayIsCutIntoEqualRanges() {
        assertArrayEquals(new int[] {6, 12, 18, 24}, HourRangeMapper.split(filled(100), 4));
        assertArrayEquals(new int[] {24}, HourRangeMapper.split(filled(100), 1));
    }

    @Test
    void aDayWithoutEntriesIsCutByHours() {
        assertArrayEquals(new int[] {8, 16, 24}, HourRangeMapper.split(filled(0), 3));
    }

    @Test
    void theOfficeHoursOfABusyDayShareTheWork() {
        long[] day = filled(10);
        for (int hour = 9; hour < 17; hour++) {
            day[hour] = 1000;
        }
        // 8,160 entries, 2,040 a partition: hours 0-10 hold 2,090, up to 12 4,090, up to 15 7,090
        assertArrayEquals(new int[] {11, 13, 16, 24}, HourRangeMapper.split(day, 4));
    }

    @Test
    void oneHourHoldingEverythingStillLeavesEveryPartitionAnHour() {
        long[] day = filled(0);
        day[10] = 5000;
        assertArrayEquals(new int[] {11, 12, 13, 24}, HourRangeMapper.split(day, 4));
        day = filled(0);
        day[23] = 5000;
        assertArrayEquals(new int[] {21, 22, 23, 24}, HourRangeMapper.split(day, 4));
    }

    @Test
    void asManyPartitionsAsHoursGiveAnHourEach() {
        int[] hourly = new int[24];
        Arrays.setAll(hourly, h -> h + 1);
        long[] day = filled(0);
        day[3] = 700;
        assertArrayEquals(hourly, HourRangeMapper.split(day, 24));
    }

    private static long[] filled(long entries) {
        long[] day = new long[24];
        Arrays.fill(day, entries);
        return day;
    }
}
