package io.threadline.web.workspace.configuration;

import io.threadline.routing.RoutingDryRun;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.web.workspace.InputErrors;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** "Test a message": what a message would get from the saved routing rules, SLA policies and automations. */
@Named("dryRun")
@ViewScoped
public class DryRunPanel implements Serializable {

    @EJB
    RoutingDryRun dryRun;

    private String channel = Channel.EMAIL.name();
    private String from = "test.customer@example.com";
    private String subject;
    private String text;
    private DryRunResult result;

    public void run() {
        JsonObjectBuilder message = Json.createObjectBuilder().add("channel", channel)
                .add("externalId", "dry-run-" + UUID.randomUUID()).add("from", Json.createObjectBuilder().add("handle", from))
                .add("text", text == null ? "" : text);
        if (subject != null && !subject.isBlank()) {
            message.add("subject", subject);
        }
        try {
            result = DryRunResult.of(dryRun.run(message.build().toString()));
        } catch (InvalidInputException e) {
            result = null;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.field() + ": " + InputErrors.reason(e), null));
        }
    }

    public List<String> getChannels() {
        return Arrays.stream(Channel.values()).map(Enum::name).toList();
    }

    public DryRunResult getResult() {
        return result;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
