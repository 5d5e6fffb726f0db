package io.threadline.web.workspace;

import io.threadline.privacy.PrivacyRequestView;
import io.threadline.privacy.PrivacyRequests;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import io.threadline.web.api.PrivacyResource;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Admins answer customers' privacy requests: export everything held about a customer as an archive, or erase them
 * for good with the reason and who approved it; the requests answered so far are listed with their archives.
 */
@Named("privacyPage")
@ViewScoped
public class PrivacyPage implements Serializable {

    static final int SHOWN = 50;

    @EJB
    PrivacyRequests requests;

    private String customer;
    private String reason;
    private String approvedBy;
    private List<PrivacyRequestView> answered;

    public void export() {
        answer(() -> requests.export(customerId(), reason, user()), "Export request %d recorded for customer %d: download the archive below");
    }

    public void erase() {
        answer(() -> requests.erase(customerId(), reason, approvedBy, user()), "Customer %2$d erased (request %1$d)");
    }

    private void answer(Supplier<PrivacyRequestView> request, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PrivacyRequestView view = request.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.formatted(view.id(), view.customer()), null));
            customer = null;
            reason = null;
            approvedBy = null;
        } catch (InvalidInputException | NotFoundException | ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        answered = null;
    }

    private long customerId() {
        try {
            return Long.parseLong(customer == null ? "" : customer.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("customer", "must be a customer's id, such as 1207");
        }
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<PrivacyRequestView> getAnswered() {
        if (answered == null) {
            answered = requests.newest(null, SHOWN);
        }
        return answered;
    }

    public String archiveOf(PrivacyRequestView request) {
        return PrivacyResource.archivePath(request.id());
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }
}
