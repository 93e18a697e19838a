/**
 * Every edit as an undoable command (add, change, remove, reorder annotations; set the briefing's title and
 * dates; composites of those) and the undo stack that runs them: one user change is one undo step.
 */
package org.sitmap.command;
