/**
 * The headless command line: {@link org.sitmap.cli.SitmapCli} and its {@code *Subcommand}s (info, import, dump,
 * export; the developers' bench and data preparation under {@code dev}). Subcommands parse options
 * ({@code OptionValues}, {@code Inputs}) and call the application services of {@code org.sitmap.app}; never the UI.
 */
package org.sitmap.cli;
