/**
 * The launcher: opens the window or runs a headless subcommand, restarting the JVM with the options that matter
 * when they were not given.
 */
package org.sitmap;
