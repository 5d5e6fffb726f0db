/**
 * Demo data for the default deployment: a few believable customers seeded through the real processing path.
 */
package io.threadline.demo;
