package io.threadline.web.workspace.configuration;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;

/** The part of a rule's editor that is particular to its kind: what a routing rule, SLA policy or automation does. */
public interface RuleActionsForm extends Serializable {

    void read(JsonObject rule);

    void addTo(JsonObjectBuilder rule);

    /** What a stored rule of the kind does, in a few words, for the list. */
    String summary(JsonObject rule);
}
