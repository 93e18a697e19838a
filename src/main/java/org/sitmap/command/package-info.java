/** Every edit as an undoable command object, and the undo stack that runs them. */
package org.sitmap.command;
