package org.sitmap.ui;

/** A message for the user raised by a view model and shown by the view (dialog or notification). */
public record Notice(Level level, String title, String text) {
    public enum Level { INFO, WARNING, ERROR }
}
