package io.threadline.batch.customerimport;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * The job parameters of customer-import (job-level properties of customer-import.xml), resolved. Files
 * are read and written only inside the import directory ({@code crm.import.dir}), so an operator cannot
 * make the server read or overwrite arbitrary files.
 */
@Dependent
public class ImportParameters {

    @Inject
    @ConfigProperty(name = "crm.import.dir")
    String importDir;

    @Inject
    JobContext job;

    public Path input() {
        String inputFile = param("inputFile");
        if (inputFile == null) {
            throw new IllegalArgumentException("Job parameter inputFile is required (a CSV file in " + importDir + ")");
        }
        return inImportDir(inputFile, "inputFile");
    }

    public Path rejects() {
        String rejectsFile = param("rejectsFile");
        return rejectsFile == null
                ? input().resolveSibling(input().getFileName() + ".rejects.csv")
                : inImportDir(rejectsFile, "rejectsFile");
    }

    public String source() {
        String source = param("source");
        return source == null ? "import of " + input().getFileName() : source;
    }

    public ColumnMapping columns() {
        return ColumnMapping.of(param("nameColumn"), param("emailColumns"), param("phoneColumns"),
                param("customerNumberColumn"));
    }

    public char delimiter() {
        String delimiter = param("delimiter");
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

    private String param(String name) {
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
