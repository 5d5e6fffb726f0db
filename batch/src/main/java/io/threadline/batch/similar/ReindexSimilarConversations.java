package io.threadline.batch.similar;

import io.threadline.assist.similar.SimilarConversationIndex;
import io.threadline.batch.parameterless.ParameterlessBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Rebuilds this server's index of resolved conversations from the database and has the other servers rebuild theirs;
 * its exit status says how many it indexed.
 */
@Named
@Dependent
public class ReindexSimilarConversations extends ParameterlessBatchlet {

    @EJB
    SimilarConversationIndex index;

    @Override
    protected String run(long executionId) {
        return "INDEXED " + index.rebuildEverywhere(executionId) + " resolved conversations; the other servers rebuild theirs";
    }
}
