package io.threadline.web.operations;

import io.threadline.scheduling.JobLauncher;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the operator does on the page: start a job with the parameters of its form (checked before it starts; a wrong
 * one is named and nothing starts), stop a running execution, restart a failed or stopped one.
 */
@Named("jobActions")
@ViewScoped
public class JobActions implements Serializable {

    private String job = "nightly-analytics";
    private final Map<String, String> parameters = new LinkedHashMap<>();

    public List<JobParameter> getParameters() {
        return JobParameter.of(job);
    }

    public Map<String, String> getValues() {
        return parameters;
    }

    public void start() {
        Properties properties = new Properties();
        for (JobParameter parameter : getParameters()) {
            String value = parameters.get(parameter.name());
            if (value != null && !value.isBlank()) {
                properties.setProperty(parameter.name(), value.trim());
            } else if (parameter.required()) {
                error(parameter.label() + " is required");
                return;
            }
        }
        act(() -> "Started " + job + ": execution " + launcher().start(job, properties));
    }

    public void stop(long executionId) {
        act(() -> {
            launcher().stop(executionId);
            return "Stopping execution " + executionId;
        });
    }

    public void restart(long executionId) {
        act(() -> "Restarted execution " + executionId + " as execution " + launcher().restart(executionId, new Properties()));
    }

    private interface Action {
        String run();
    }

    private void act(Action action) {
        try {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.run(), null));
        } catch (EJBException e) {
            error(reason(e));
        } catch (IllegalArgumentException | BatchRuntimeException e) {
            error(e.getMessage());
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause instanceof EJBException || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static JobLauncher launcher() {
        return JobLauncher.deployed();
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
        parameters.clear();
    }
}
