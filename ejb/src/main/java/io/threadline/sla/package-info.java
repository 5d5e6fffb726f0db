/**
 * Service levels: which policy a conversation falls under ({@link io.threadline.sla.SlaPolicyDefinition}, in the
 * condition language of {@link io.threadline.rules}), its targets, and when its clock pauses.
 */
package io.threadline.sla;
