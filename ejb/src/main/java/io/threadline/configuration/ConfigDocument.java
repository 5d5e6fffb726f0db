package io.threadline.configuration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.io.StringReader;
import java.time.Instant;

/** One validated configuration document (a queue, a calendar, a rule, a policy) as JSON, unique by kind and name. */
@Entity
@Table(name = "CONFIG_DOCUMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_CONFIG_KIND_NAME", columnNames = {"KIND", "NAME"}))
@NamedQuery(name = "ConfigDocument.ofKind",
        query = "SELECT d FROM ConfigDocument d WHERE d.kind = :kind ORDER BY d.position, d.name")
@NamedQuery(name = "ConfigDocument.named",
        query = "SELECT d FROM ConfigDocument d WHERE d.kind = :kind AND d.name = :name")
public class ConfigDocument {

    @Id
    @SequenceGenerator(name = "ConfigDocumentSeq", sequenceName = "CONFIG_DOCUMENT_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ConfigDocumentSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false)
    private ConfigKind kind;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    /** Where an ordered document is tried; 0 for kinds without order. */
    @Column(name = "POSITION", nullable = false)
    private int position;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private String content;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected ConfigDocument() {
    }

    ConfigDocument(ConfigKind kind, String name, int position, JsonObject content, String by) {
        this.kind = kind;
        replace(name, position, content, by);
    }

    void replace(String newName, int newPosition, JsonObject newContent, String by) {
        name = newName;
        position = newPosition;
        content = newContent.toString();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    /** Moves the document one place down to make room for another at its position. */
    void shiftDown() {
        moveTo(position + 1);
    }

    /** Puts the document at another place in its kind's order, in the stored document too. */
    void moveTo(int newPosition) {
        position = newPosition;
        content = Json.createObjectBuilder(content()).add("position", position).build().toString();
    }

    public ConfigKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public JsonObject content() {
        try (var reader = Json.createReader(new StringReader(content))) {
            return reader.readObject();
        }
    }
}
