package org.sitmap.style;

/** A style sheet that cannot be used; the message is one line naming the sheet, the place in it and the reason. */
public final class StyleSheetException extends Exception {
    private static final long serialVersionUID = 1L;

    public StyleSheetException(String message) {
        super(message);
    }

    public StyleSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
