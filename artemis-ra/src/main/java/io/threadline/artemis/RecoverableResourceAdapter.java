package io.threadline.artemis;

import jakarta.resource.spi.ActivationSpec;
import javax.transaction.xa.XAResource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;

/**
 * Artemis' resource adapter, able to settle the MDB deliveries a crash left prepared.
 *
 * <p>After a crash Liberty's transaction manager asks the adapter, through {@link #getXAResources}, for a resource on
 * which to commit or roll back the deliveries it has in its log. Artemis' own adapter answers nothing: it leaves
 * recovery to a Narayana transaction manager (auto recovery) or answers only for activations already running, which at
 * recovery time are none. The transaction then never completes, and its database branch stays prepared, holding its
 * row locks, until someone resolves it by hand. Here the answer is a session of the adapter's own broker connection,
 * opened when the transaction manager first uses it, on which prepared branches can be listed and settled.
 */
public class RecoverableResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;

    private transient ActiveMQXAResourceWrapper recoveryResource;

    @Override
    public synchronized XAResource[] getXAResources(ActivationSpec[] specs) {
        if (recoveryResource == null) {
            ActiveMQConnectionFactory broker = createRecoveryActiveMQConnectionFactory(getProperties());
            recoveryResource = new ActiveMQXAResourceWrapper(
                    XARecoveryConfig.newConfig(broker, getUserName(), getPassword(), null));
        }
        return new XAResource[] {recoveryResource};
    }

    @Override
    public synchronized void stop() {
        if (recoveryResource != null) {
            recoveryResource.close();
            recoveryResource = null;
        }
        super.stop();
    }
}
