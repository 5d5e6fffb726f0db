/**
 * The agent workspace's read models: the inbox (views, filters, counts, most urgent first) and a conversation's detail.
 */
package io.threadline.workspace;
