/** Reading rows of a table in id order, a page at a time, with the last id read as the checkpoint. */
package io.threadline.batch.paging;
