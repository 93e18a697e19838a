/**
 * The headless command line ({@code sitmap info | import | export | dump}, and the build and bench tools
 * {@code prepare}, {@code prepare-borders}, {@code bench}); never uses the window.
 */
package org.sitmap.cli;
