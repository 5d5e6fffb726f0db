package io.threadline.batch.knowledge;

import io.threadline.batch.parameterless.ParameterlessBatchlet;
import io.threadline.knowledge.ArticleIndex;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Rebuilds this server's index of the published articles from the database and has the other servers rebuild theirs;
 * its exit status says how many it indexed.
 */
@Named
@Dependent
public class ReindexKnowledge extends ParameterlessBatchlet {

    @EJB
    ArticleIndex index;

    @Override
    protected String run(long executionId) {
        return "INDEXED " + index.rebuildEverywhere(executionId) + " published articles; the other servers rebuild theirs";
    }
}
