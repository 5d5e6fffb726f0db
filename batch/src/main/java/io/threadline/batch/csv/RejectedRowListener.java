package io.threadline.batch.csv;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes each row of a skipped item, with its line number and the reason, to the rejects file. */
@Named
@Dependent
public class RejectedRowListener implements SkipProcessListener {

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception failure) {
        RejectsFile rejects = (RejectsFile) step.getTransientUserData();
        for (CsvRow row : ((CsvItem) item).rows()) {
            rejects.reject(row.line(), failure.getMessage(), row.raw());
        }
    }
}
