/** The launcher: decides between the window and the headless command line. */
package org.sitmap;
