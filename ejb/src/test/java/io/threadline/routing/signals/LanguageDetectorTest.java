package io.threadline.routing.signals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {

    private static final Set<String> WESTERN_EUROPE = Set.of("en", "de", "fr", "es", "it");
    private static final String PORTUGUESE =
            "Olá, encomendei um casaco azul há duas semanas e ainda não chegou. Podem verificar o número de rastreamento, por favor?";
    private static final Map<String, String> SUPPORT_MESSAGES = Map.of(
            "en", "Hello, I ordered a blue jacket two weeks ago and it still has not arrived. Could you please check the tracking number for me?",
            "de", "Hallo, ich habe vor zwei Wochen eine blaue Jacke bestellt und sie ist immer noch nicht angekommen. Können Sie bitte die Sendungsnummer prüfen?",
            "fr", "Bonjour, j'ai commandé une veste bleue il y a deux semaines et elle n'est toujours pas arrivée. Pouvez-vous vérifier le numéro de suivi ?",
            "es", "Hola, pedí una chaqueta azul hace dos semanas y todavía no ha llegado. ¿Pueden revisar el número de seguimiento, por favor?",
            "it", "Ciao, ho ordinato una giacca blu due settimane fa e non è ancora arrivata. Potete controllare il numero di tracciamento, per favore?",
            "pt", PORTUGUESE);

    private static LanguageDetector anyLanguage;
    private static LanguageDetector westernEurope;

    @BeforeAll
    static void loadModels() {
        anyLanguage = new LanguageDetector();
        westernEurope = new LanguageDetector(WESTERN_EUROPE);
    }

    static Stream<Arguments> supportMessages() {
        return Stream.concat(
                SUPPORT_MESSAGES.entrySet().stream().map(message -> Arguments.of(message.getKey(), message.getValue())),
                Stream.of(Arguments.of("de", "Ich warte seit drei Wochen auf meine Rückerstattung."),
                        Arguments.of("en", "Hi, my order has not arrived yet. Can you check?")));
    }

    @ParameterizedTest
    @MethodSource("supportMessages")
    void detectsTheLanguageOfASupportMessage(String language, String message) {
        assertEquals(Optional.of(language), anyLanguage.detect(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok thanks", "Thanks!", "Danke", "merci beaucoup", "Hello team", "😀😀😀 👍", "12345 678 90",
            "<p>&nbsp;</p>", "!!!???", "   \n\t  "})
    @NullAndEmptySource
    void claimsNoLanguageForTooLittleText(String text) {
        assertEquals(Optional.empty(), anyLanguage.detect(text));
        assertEquals(Optional.empty(), westernEurope.detect(text));
    }

    @Test
    void aShortMessageIsAnsweredAmongTheAllowedLanguagesOnly() {
        // The model hesitates between Afrikaans (0.022) and English (0.020); among en/de/fr/es/it English leads clearly.
        assertEquals(Optional.empty(), anyLanguage.detect("My password does not work"));
        assertEquals(Optional.of("en"), westernEurope.detect("My password does not work"));
        assertEquals(Optional.of("de"), westernEurope.detect("Kann ich meine Lieferadresse ändern?"));
    }

    @Test
    void aLanguageOutsideTheAllowedOnesIsNotPassedOffAsOneOfThem() {
        assertEquals(Optional.empty(), westernEurope.detect("Ainda estou esperando o meu reembolso."));
        assertEquals(Optional.empty(), westernEurope.detect("Ik wacht nog steeds op mijn terugbetaling."));
    }

    @Test
    void answersOnlyTheAllowedLanguages() {
        assertEquals(WESTERN_EUROPE, westernEurope.languages());
        assertTrue(anyLanguage.languages().containsAll(Set.of("en", "de", "pt", "zh", "he", "fa")),
                () -> "languages: " + anyLanguage.languages());
    }

    @Test
    void rejectsAnAllowedLanguageTheModelDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageDetector(Set.of("en", "xx")));
    }

    @Test
    void readsThroughHtmlLeftoversAndHugeText() {
        assertEquals(Optional.of("de"), anyLanguage.detect("<div><p>Hallo,&nbsp;ich habe vor zwei Wochen eine blaue Jacke "
                + "bestellt und sie ist immer noch nicht angekommen.</p><br/></div>"));
        assertEquals(Optional.of("pt"), anyLanguage.detect(PORTUGUESE.repeat(10_000)));
        assertEquals(Optional.empty(), anyLanguage.detect("<p>" + "😀".repeat(500_000) + "</p>"));
    }

    @Test
    void givesTheSameAnswersFromEightThreadsAtOnce() throws Exception {
        List<String> messages = Stream.concat(SUPPORT_MESSAGES.values().stream(),
                Stream.of("ok thanks", "My password does not work", "Ainda estou esperando o meu reembolso.")).toList();
        List<Optional<String>> expected = messages.stream().map(westernEurope::detect).toList();
        List<Callable<List<Optional<String>>>> workers = IntStream.range(0, 8)
                .mapToObj(worker -> (Callable<List<Optional<String>>>) () -> IntStream.range(0, 25)
                        .boxed()
                        .flatMap(round -> messages.stream().map(westernEurope::detect))
                        .toList())
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<List<Optional<String>>> answers : threads.invokeAll(workers)) {
                List<Optional<String>> got = answers.get();
                for (int i = 0; i < got.size(); i++) {
                    assertEquals(expected.get(i % messages.size()), got.get(i));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
