/** What the jobs that take no parameters share: the refusal of any parameter, and their one step's exit status. */
package io.threadline.batch.parameterless;
