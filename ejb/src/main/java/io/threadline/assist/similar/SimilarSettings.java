package io.threadline.assist.similar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Where this server keeps its index of resolved conversations ({@code crm.assist.similar.index-directory}). */
@ApplicationScoped
public class SimilarSettings {

    static final String INDEX_DIRECTORY = "crm.assist.similar.index-directory";

    @Inject
    @ConfigProperty(name = INDEX_DIRECTORY)
    Optional<String> indexDirectory;

    /**
     * In memory unless a directory is configured: on disk (memory-mapped) the index costs the heap little however many
     * conversations it holds, and a restarted server answers from it while it is rebuilt. Each server needs its own.
     */
    Directory directory() {
        Optional<String> configured = indexDirectory.map(String::strip).filter(d -> !d.isEmpty());
        if (configured.isEmpty()) {
            return new ByteBuffersDirectory();
        }
        try {
            return FSDirectory.open(Path.of(configured.get()));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalStateException(INDEX_DIRECTORY + " " + configured.get() + " is not a directory this server can"
                    + " write its index of resolved conversations to: " + e.getMessage(), e);
        }
    }
}
