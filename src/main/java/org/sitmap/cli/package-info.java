/** Headless command-line subcommands (info, bench); never uses the UI. */
package org.sitmap.cli;
