package io.threadline.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Lucene index searched while it changes: a document put or removed is seen by the next search (near-real-time
 * readers), and a rebuild is seen whole, once it is done: until then searches see the documents from before it.
 * Documents are keyed by an id term, so a document put during a rebuild and added again by it is there once.
 * Thread-safe; one rebuild at a time.
 */
public final class LiveIndex implements AutoCloseable {

    /** What a search does with the searcher it is lent. */
    public interface Reading<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock rebuilding = new ReentrantLock();

    /** Takes over the directory: {@link #close} closes it. */
    public LiveIndex(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LiveIndex inMemory(Analyzer analyzer) {
        return new LiveIndex(new ByteBuffersDirectory(), analyzer);
    }

    /** Adds the document, or replaces the one with the same id. */
    public void put(Term id, Document document) {
        write(() -> writer.updateDocument(id, document));
        refresh();
    }

    public void remove(Term id) {
        write(() -> writer.deleteDocuments(id));
        refresh();
    }

    /**
     * Empties the index to fill it anew through the rebuild returned; closing it shows the result to searches. Puts and
     * removals meanwhile go into the new index and are seen with it.
     */
    public Rebuild rebuild() {
        rebuilding.lock();
        try {
            write(writer::deleteAll);
            return new Rebuild();
        } catch (RuntimeException e) {
            rebuilding.unlock();
            throw e;
        }
    }

    /** A rebuild under way; used by one thread, from {@link #rebuild()} to {@link #close()}. */
    public final class Rebuild implements AutoCloseable {

        private Rebuild() {
        }

        public void add(Term id, Document document) {
            write(() -> writer.updateDocument(id, document));
        }

        /** Shows what was added (all of it, or what was added before a failure) to the searches from now on. */
        @Override
        public void close() {
            try {
                refreshNow();
            } finally {
                rebuilding.unlock();
            }
        }
    }

    public <T> T read(Reading<T> reading) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return reading.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    private interface Change {
        void apply() throws IOException;
    }

    private static void write(Change change) {
        try {
            change.apply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A change during a rebuild waits for the rebuild's end to be seen, with the rest of the new index. Taking the lock
     * keeps a rebuild from starting (and emptying the index) between the check and the refresh.
     */
    private void refresh() {
        if (rebuilding.tryLock()) {
            try {
                refreshNow();
            } finally {
                rebuilding.unlock();
            }
        }
    }

    private void refreshNow() {
        write(searchers::maybeRefreshBlocking);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
