package org.sitmap.model;

import java.util.List;

/** Buffer zone: a polygon drawn as a hatched band; no attributes of its own. */
public final class BufferKind extends KindDescriptor {
    BufferKind() {
        super(AnnotationKind.BUFFER);
    }

    @Override
    public List<KindAttribute> attributes() {
        return List.of();
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Buffer", 'B');
    }
}
