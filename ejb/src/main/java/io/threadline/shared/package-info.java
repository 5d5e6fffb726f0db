/**
 * The shared kernel: channels, the actor, errors that name what is wrong, CRM events on the topic, and running code
 * after commit.
 */
package io.threadline.shared;
