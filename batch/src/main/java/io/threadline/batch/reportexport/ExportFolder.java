package io.threadline.batch.reportexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The folder of one export, written in a hidden staging folder next to it and renamed into place when complete, so a
 * BI tool never reads a half-written export; an export of the same days replaces the earlier one whole.
 */
final class ExportFolder {

    private final Path target;
    private final Path staging;

    private ExportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static ExportFolder stage(Path root, String name, long executionId) {
        try {
            Path staging = root.resolve("." + name + ".partial-" + executionId);
            deleteTree(staging);
            Files.createDirectories(staging);
            return new ExportFolder(root.resolve(name), staging);
        } catch (IOException e) {
            throw new UncheckedIOException("The export directory " + root + " cannot be written: " + e.getMessage(), e);
        }
    }

    void write(String file, Consumer<Writer> content) {
        try (Writer out = Files.newBufferedWriter(staging.resolve(file), StandardCharsets.UTF_8)) {
            content.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the staged files in place of the folder's earlier export, if any. */
    Path publish() {
        try {
            Path replaced = staging.resolveSibling(staging.getFileName() + ".replaced");
            if (Files.exists(target)) {
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(replaced);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
