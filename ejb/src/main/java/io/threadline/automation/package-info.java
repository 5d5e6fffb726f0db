/**
 * The automation context: rules that act on CRM events ({@link io.threadline.automation.AutomationRuleDefinition}: on an
 * event, when its conditions in the language of {@link io.threadline.rules} hold, do its actions), kept as configuration
 * documents ({@link io.threadline.automation.AutomationRuleDocuments}).
 */
package io.threadline.automation;
