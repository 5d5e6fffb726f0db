package io.threadline.batch.csv;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The job parameters every CSV import has (job-level properties of its job XML), resolved: inputFile, rejectsFile and
 * delimiter. Files are read and written only inside the import directory ({@code crm.import.dir}), so an operator
 * cannot make the server read or overwrite arbitrary files.
 */
@Dependent
public class CsvImportParameters {

    @Inject
    @ConfigProperty(name = "crm.import.dir")
    String importDir;

    @Inject
    JobContext job;

    /** The parameters of a start not made yet, which are checked before it; null in a job, which reads its own. */
    private Properties toStart;

    public static CsvImportParameters of(Properties toStart, String importDir) {
        CsvImportParameters parameters = new CsvImportParameters();
        parameters.toStart = toStart;
        parameters.importDir = importDir;
        return parameters;
    }

    public Path input() {
        String inputFile = value("inputFile");
        if (inputFile == null) {
            throw new IllegalArgumentException("Job parameter inputFile is required (a CSV file in " + importDir + ")");
        }
        return inImportDir(inputFile, "inputFile");
    }

    public Path rejects() {
        String rejectsFile = value("rejectsFile");
        return rejectsFile == null
                ? input().resolveSibling(input().getFileName() + ".rejects.csv")
                : inImportDir(rejectsFile, "rejectsFile");
    }

    /** The input file as CSV, its header read; fails when the file is missing or cannot be read. */
    public CSVParser openInput() throws IOException {
        Path input = input();
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("Input file " + input + " does not exist or cannot be read");
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter()).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).build().parse(Files.newBufferedReader(input, StandardCharsets.UTF_8));
    }

    /** The input file's header, for a check before a start; also checks where the rejects would go. */
    public CsvHeader checkedHeader() {
        rejects();
        try (CSVParser file = openInput()) {
            return new CsvHeader(file.getHeaderNames());
        } catch (IOException e) {
            throw new IllegalArgumentException("Input file " + input() + " cannot be read: " + e.getMessage(), e);
        }
    }

    public char delimiter() {
        String delimiter = value("delimiter");
        if (delimiter == null) {
            return ',';
        }
        if (delimiter.equals("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("Job parameter delimiter must be one character (or 'tab'), not '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    /** The job parameter (a property of the job XML); null when it is not given or blank. */
    public String value(String name) {
        String value = (toStart == null ? job.getProperties() : toStart).getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    private Path inImportDir(String file, String parameter) {
        Path dir = Path.of(importDir).toAbsolutePath().normalize();
        Path path = dir.resolve(file).toAbsolutePath().normalize();
        if (!path.startsWith(dir)) {
            throw new IllegalArgumentException("Job parameter " + parameter + " must name a file inside the import directory "
                    + dir + ", not " + file);
        }
        return path;
    }
}
