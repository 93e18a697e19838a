package org.sitmap.ui.tools;

import org.sitmap.model.AnnotationKind;
import org.sitmap.model.KindTool;

/**
 * The tool behind each drawing gesture a kind's descriptor lists ({@link org.sitmap.model.KindDescriptor#tools()}).
 * The switch has no default: a new gesture without a tool does not compile.
 */
public final class KindTools {
    private KindTools() {
    }

    /** A new tool drawing {@code kind} with {@code gesture}. */
    public static Tool of(AnnotationKind kind, KindTool.Gesture gesture) {
        return switch (gesture) {
            case DRAW -> new DrawTool(kind);
            case CIRCLE -> new CircleTool();
            case REGION -> new DeclarationTool();
        };
    }

    /** The id of the tool bar button: {@code tool-zone}, {@code tool-circle}... */
    public static String buttonId(AnnotationKind kind, KindTool.Gesture gesture) {
        return gesture == KindTool.Gesture.CIRCLE ? "tool-circle" : "tool-" + kind.code();
    }
}
