/**
 * The shared kernel: channels, the actor, errors that name what is wrong, and running code after commit.
 */
package io.threadline.shared;
