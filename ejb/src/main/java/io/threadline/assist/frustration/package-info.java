/**
 * Rising frustration: the urgency of a customer's messages climbing across a conversation, which the conversation page
 * shows as a warning with a one-click escalation (docs/workspace.md, "Rising frustration").
 */
package io.threadline.assist.frustration;
