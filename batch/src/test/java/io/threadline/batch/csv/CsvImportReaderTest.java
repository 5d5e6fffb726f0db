package io.threadline.batch.csv;

import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared reader of the CSV imports: line numbers as in the file, a checkpoint behind the row read ahead, restart. */
class CsvImportReaderTest {

    @TempDir
    Path dir;

    @Test
    void rowsKeepTheirFileLinesAndTheCheckpointIsTheLastLineHandedOnNotTheRowReadAhead() throws Exception {
        Path input = Files.writeString(dir.resolve("in.csv"), "id,name\n1,Ann\n\n2,\"Ben\nBrook\"\n3,Cleo\n");
        CsvFileReader reader = reader(input);
        reader.open(null);
        assertEquals(1L, reader.checkpointInfo());

        CsvRow ann = reader.take();
        assertEquals(2, ann.line());
        assertEquals("Ann", ann.values().get("name"));
        assertEquals(2L, reader.checkpointInfo());
        assertEquals(4, reader.peek().line(), "the blank line 3 is passed over but counted");
        assertEquals(2L, reader.checkpointInfo(), "a row peeked at is not handed on");

        CsvRow ben = reader.take();
        assertEquals("2,Ben\nBrook", ben.raw());
        assertEquals(5L, reader.checkpointInfo(), "a quoted cell over two lines ends on line 5");
        reader.close();

        reader = reader(input);
        reader.open(5L);
        assertEquals(List.of(6L), lines(reader), "a restart continues after the checkpoint");
        assertNull(reader.readItem());
        reader.close();
    }

    @Test
    void aRestartKeepsTheRejectsUpToItsCheckpointAndListsTheRolledBackChunksAgainOnce() throws Exception {
        Path input = Files.writeString(dir.resolve("in.csv"), "id\n1\n2\n3\n4\n");
        StepContext step = step();
        CsvFileReader reader = reader(input, step);
        reader.open(null);
        RejectsFile rejects = (RejectsFile) step.getTransientUserData();
        rejects.reject(reader.take().line(), "bad", "1");
        reader.take();
        rejects.reject(reader.take().line(), "bad", "3");
        reader.close();

        reader = reader(input, step);
        reader.open(3L);
        ((RejectsFile) step.getTransientUserData()).reject(reader.take().line(), "bad again", "3");
        reader.close();
        assertEquals(List.of("line,reason,row", "2,bad,1", "4,bad again,3"), Files.readAllLines(dir.resolve("in.csv.rejects.csv")));
    }

    private CsvFileReader reader(Path input) {
        return reader(input, step());
    }

    private CsvFileReader reader(Path input, StepContext step) {
        CsvFileReader reader = new CsvFileReader() {
            @Override
            protected void checkHeader(CsvHeader header) {
            }
        };
        reader.parameters = new CsvImportParameters() {
            @Override
            public Path input() {
                return input;
            }

            @Override
            public Path rejects() {
                return input.resolveSibling(input.getFileName() + ".rejects.csv");
            }

            @Override
            public char delimiter() {
                return ',';
            }
        };
        reader.step = step;
        return reader;
    }

    private static List<Long> lines(CsvFileReader reader) throws IOException {
        List<Long> lines = new ArrayList<>();
        for (CsvRow row = reader.take(); row != null; row = reader.take()) {
            lines.add(row.line());
        }
        return lines;
    }

    /** A step context that keeps only its transient user data, which is all the reader uses. */
    private static StepContext step() {
        Object[] data = new Object[1];
        return (StepContext) Proxy.newProxyInstance(StepContext.class.getClassLoader(), new Class<?>[]{StepContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setTransientUserData" -> data[0] = args[0];
                    case "getTransientUserData" -> data[0];
                    default -> throw new AssertionError("the reader used StepContext." + method.getName()
                            + ", which this test's step context does not offer");
                });
    }
}
