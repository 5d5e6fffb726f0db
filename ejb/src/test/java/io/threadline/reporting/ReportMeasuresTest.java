package io.threadline.reporting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportMeasuresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final ReportMeasures DEFLECTION = ReportMeasures.of(ReportName.DEFLECTION);

    @Test
    void deflectionIsTheShareOfEndedQuestionsTheArticlesAnswered() {
        Reports.Group day = group(count(Measure.BOT_OFFERED, 40), count(Measure.BOT_DEFLECTED, 18),
                count(Measure.BOT_DEFLECTED, 3), count(Measure.BOT_HANDED_OVER, 12), count(Measure.BOT_ABANDONED, 6),
                count(Measure.BOT_NO_SUGGESTION, 9));

        assertEquals(List.of("offered", "deflected", "handedOver", "abandoned", "noSuggestion", "deflectionRate"),
                DEFLECTION.columns());
        assertEquals(Arrays.asList(40L, 21L, 12L, 6L, 9L, 0.5385), DEFLECTION.values().apply(day),
                "21 of the 39 questions that ended were deflected; those without a suggestion are no part of it");
    }

    @Test
    void withoutAnEndedQuestionThereIsNoRate() {
        assertEquals(Arrays.asList(5L, 0L, 0L, 0L, 2L, null),
                DEFLECTION.values().apply(group(count(Measure.BOT_OFFERED, 5), count(Measure.BOT_NO_SUGGESTION, 2))));
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, 0L, null), DEFLECTION.values().apply(group()));
        assertEquals(Arrays.asList(0L, 0L, 0L, 3L, 0L, 0.0),
                DEFLECTION.values().apply(group(count(Measure.BOT_ABANDONED, 3))), "all abandoned: none deflected");
    }

    @Test
    void deflectionReadsTheBotsMeasuresOnly() {
        assertEquals(Set.of(Measure.BOT_OFFERED, Measure.BOT_DEFLECTED, Measure.BOT_HANDED_OVER,
                Measure.BOT_ABANDONED, Measure.BOT_NO_SUGGESTION), DEFLECTION.reads());
    }

    private static Reports.Group group(FactRow... facts) {
        Reports.Group group = new Reports.Group();
        Arrays.stream(facts).forEach(group::add);
        return group;
    }

    private static FactRow count(Measure measure, long n) {
        return new FactRow(DAY, DayFact.WHOLE_DAY, "CHAT", "", "", "", measure, "", n, 0, null);
    }
}
