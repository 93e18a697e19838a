package org.sitmap.model;

/**
 * A tool-bar button that draws a kind: which gesture, its text, its one-letter shortcut and its tool tip. The
 * window turns the gesture into a tool; the kind's descriptor lists its buttons.
 *
 * @param gesture how the mouse draws it
 * @param button  the button's text
 * @param key     the shortcut letter (upper case)
 * @param tip     the button's tool tip
 */
public record KindTool(Gesture gesture, String button, char key, String tip) {

    /** The ways of drawing an annotation with the mouse. */
    public enum Gesture {
        /** Click the vertices of an area or line, or one point. */
        DRAW,
        /** Press at a centre and drag out the radius. */
        CIRCLE,
        /** Click an admin-1 region of the base map. */
        REGION
    }
}
