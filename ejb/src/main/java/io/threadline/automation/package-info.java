/**
 * Automation: rules that act on events ({@link io.threadline.automation.AutomationRuleDefinition}: on an event, when
 * its conditions in the language of {@link io.threadline.rules} hold, do its actions).
 */
package io.threadline.automation;
