/**
 * "Bought together" and "next purchase": associations between products mined from all customers' ERP orders, and the
 * few that suit one customer, each with its reason. Suggestions for the agent; nothing is ever sent by itself.
 */
package io.threadline.assist.purchases;
