package io.threadline.it.bench;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/** The server's import directory ({@code crm.import.dir}), where the benchmark writes the CSV files it imports. */
final class ImportDirectory {

    private ImportDirectory() {
    }

    static Path path() {
        return Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
    }

    /** Writes the file {@code name}: the header, then {@code rows} rows made by {@code row} from their index. */
    static Path write(String name, String header, int rows, IntFunction<String> row) throws IOException {
        Files.createDirectories(path());
        Path file = path().resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(header);
            out.newLine();
            for (int i = 0; i < rows; i++) {
                out.write(row.apply(i));
                out.newLine();
            }
        }
        return file;
    }
}
