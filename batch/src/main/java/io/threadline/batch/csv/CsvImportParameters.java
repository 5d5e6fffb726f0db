package io.threadline.batch.csv;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

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
        String value = job.getProperties().getProperty(name);
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
