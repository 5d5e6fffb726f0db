/**
 * The composer context: what helps an agent write a reply: canned responses with placeholders, and private drafts.
 */
package io.threadline.composer;
