package io.threadline.csat;

/** What the public rating page shows for a survey's link: whom it thanks, and the rating already given (null if none). */
public record CsatPage(String customerName, Integer score, String comment) {
}
