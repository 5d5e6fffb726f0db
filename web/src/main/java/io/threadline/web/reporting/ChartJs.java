package io.threadline.web.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * A Chart.js configuration as the JSON PrimeFaces' {@code p:chart} takes: a line or bar chart with labels on the x
 * axis and one dataset per series, each with its colour from one palette.
 */
final class ChartJs {

    private static final List<String> PALETTE = List.of("#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed",
            "#0891b2", "#db2777", "#4b5563", "#65a30d", "#9333ea");

    private final String type;
    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private int series;
    private String yTitle;
    private Double yMax;
    private boolean stacked;

    private ChartJs(String type) {
        this.type = type;
    }

    static ChartJs line() {
        return new ChartJs("line");
    }

    static ChartJs bar() {
        return new ChartJs("bar");
    }

    ChartJs labels(List<String> values) {
        values.forEach(labels::add);
        return this;
    }

    /** A series; a null value leaves a gap (a day without a figure). */
    ChartJs series(String label, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value.doubleValue());
            }
        }
        String colour = PALETTE.get(series++ % PALETTE.size());
        datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true));
        return this;
    }

    ChartJs yTitle(String title) {
        yTitle = title;
        return this;
    }

    ChartJs yMax(double max) {
        yMax = max;
        return this;
    }

    ChartJs stacked() {
        stacked = true;
        return this;
    }

    String json() {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
        if (yTitle != null) {
            y.add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
        }
        if (yMax != null) {
            y.add("max", yMax);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", y)))
                .build().toString();
    }
}
