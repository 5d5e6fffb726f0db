/**
 * The editors' pages of the knowledge base ({@code /knowledge/*}, supervisors and admins): the list of articles of
 * every status, and the editor that writes, previews, publishes and translates one.
 */
package io.threadline.web.knowledge;
