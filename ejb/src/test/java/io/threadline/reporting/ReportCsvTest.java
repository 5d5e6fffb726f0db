package io.threadline.reporting;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportCsvTest {

    @Test
    void namesAndTagsAreTextNotFormulasAndNumbersStayNumbers() {
        ReportQuery query = ReportQuery.forExport(ReportName.VOLUME, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 27));
        ReportTable table = new ReportTable(query, List.of("tag", "conversations", "change"), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\",\"click\")", 3, -2),
                Arrays.asList("billing", 5, null)));
        StringWriter out = new StringWriter();

        ReportCsv.write(table, out);

        assertEquals("""
                tag,conversations,change
                "'=HYPERLINK(""http://x"",""click"")",3,-2
                billing,5,
                """, out.toString());
    }
}
