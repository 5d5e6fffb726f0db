package io.threadline.batch.purchases;

import io.threadline.assist.purchases.PurchaseAssociations;
import io.threadline.batch.parameterless.ParameterlessBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Mines the associations again from every order and replaces the stored ones in one transaction, so the profile shows
 * either the last run's suggestions or this one's; the exit status says how many passed the thresholds
 * ({@code crm.assist.purchases.*}).
 */
@Named
@Dependent
public class MinePurchases extends ParameterlessBatchlet {

    @EJB
    PurchaseAssociations associations;

    @Override
    protected String run(long executionId) {
        return "MINED " + associations.mineAgain() + " associations";
    }
}
