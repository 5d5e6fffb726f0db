package io.threadline.reporting;

/** What a fact counts. Counts keep {@code N} (and a {@code TOTAL} where said); durations are histograms in seconds. */
public enum Measure {
    /** Messages and calls from customers, by the hour they arrived. */
    INBOUND,
    /** Messages and calls to customers. */
    OUTBOUND,
    /** Customers' messages by urgency band (detail: the band, e.g. {@code 60-79}). */
    URGENCY,
    /** A customer's message on another channel than their previous one in the conversation (detail: the previous channel). */
    CHANNEL_SWITCH,
    /** A customer who wrote again on another channel within a day of their previous message (detail: the customer). */
    REPEATED_CUSTOMER,
    /** An SLA target met, counted the day it stopped (detail: the target). */
    SLA_MET,
    /** An SLA target breached, counted the day it fell due (detail: the target). */
    SLA_BREACHED,
    /** CSAT surveys sent. */
    CSAT_SENT,
    /** CSAT answers; TOTAL is the sum of their scores. */
    CSAT_ANSWERED,
    /** From the conversation's start to a person's first answer, wall-clock (histogram). */
    FIRST_RESPONSE,
    /** The same in business time. */
    FIRST_RESPONSE_BUSINESS,
    /** From the conversation's start to its resolution, wall-clock (histogram). */
    RESOLUTION,
    /** The same in business time. */
    RESOLUTION_BUSINESS,
    /** Chat questions the bot answered with articles, by the hour they were asked. */
    BOT_OFFERED,
    /** Chat questions the bot found no article for, by the hour they were asked. */
    BOT_NO_SUGGESTION,
    /** Chat questions the bot's articles answered ("This answered my question"), by the hour that was said. */
    BOT_DEFLECTED,
    /** Chat questions handed to a person after the bot's articles, by the hour they were handed over. */
    BOT_HANDED_OVER,
    /** Chat questions whose articles the visitor left without a word, by the hour they were counted abandoned. */
    BOT_ABANDONED
}
