package io.threadline.batch.customerimport;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes each skipped row, with its line number and the reason, to the rejects file. */
@Named
@Dependent
public class RejectedRowListener implements SkipProcessListener {

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception failure) {
        CsvRow row = (CsvRow) item;
        ((RejectsFile) step.getTransientUserData()).reject(row.line(), failure.getMessage(), row.raw());
    }
}
