package io.threadline.batch.knowledge;

import io.threadline.knowledge.ArticleIndex;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;

/**
 * Rebuilds this server's index of the published articles from the database and has the other servers rebuild theirs;
 * its exit status says how many it indexed. It takes no parameters: any given fails it before anything is done.
 */
@Named
@Dependent
public class ReindexKnowledge extends AbstractBatchlet {

    @EJB
    ArticleIndex index;

    @Inject
    JobContext job;

    /** Refuses any parameter, naming it, so that a misspelt option of a later version is not silently ignored. */
    public static void check(Properties parameters) {
        parameters.stringPropertyNames().stream().sorted().findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Job parameter " + name + " is not one of knowledge-reindex's: it takes none");
        });
    }

    @Override
    public String process() {
        Properties submitted = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        try {
            check(submitted == null ? new Properties() : submitted);
        } catch (IllegalArgumentException e) {
            job.setExitStatus(e.getMessage());
            throw e;
        }
        int articles = index.rebuildEverywhere(job.getExecutionId());
        job.setExitStatus("INDEXED " + articles + " published articles; the other servers rebuild theirs");
        return "INDEXED";
    }
}
