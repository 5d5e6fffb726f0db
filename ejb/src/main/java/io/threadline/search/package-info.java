/**
 * Search over customers, identities, conversation subjects and message text, with highlighted snippets.
 */
package io.threadline.search;
