package io.threadline.web.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

/** Every cell of the busiest-hours heat map keeps its number readable (WCAG AA, 4.5:1) at any share of the busiest hour. */
class HeatRowTest {

    private static final int[] HEAT = {30, 64, 175};
    private static final int[] DARK_TEXT = {17, 24, 39};
    private static final int[] WHITE = {255, 255, 255};

    @Test
    void everyShareHasReadableText() {
        for (int count = 0; count <= 100; count++) {
            ReportsPage.HeatRow row = new ReportsPage.HeatRow(DayOfWeek.MONDAY, new long[] {count}, 100);
            double alpha = Double.parseDouble(row.shade(0));
            int[] background = new int[3];
            for (int i = 0; i < 3; i++) {
                background[i] = (int) Math.round(255 + (HEAT[i] - 255) * alpha);
            }
            double contrast = contrast(row.hot(0) ? WHITE : DARK_TEXT, background);
            assertTrue(contrast >= 4.5, count + "% of the busiest hour: contrast " + contrast);
        }
    }

    private static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            sum += weights[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
