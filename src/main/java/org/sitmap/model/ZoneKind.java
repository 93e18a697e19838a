package org.sitmap.model;

import java.util.List;

/** Controlled or captured zone: a polygon with a {@link ZoneStatus}; no attributes of its own. */
public final class ZoneKind extends KindDescriptor {
    ZoneKind() {
        super(AnnotationKind.ZONE);
    }

    @Override
    public List<KindAttribute> attributes() {
        return List.of();
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Zone", 'Z');
    }

    @Override
    public boolean hasStatus() {
        return true;
    }

    @Override
    public String legendText(ZoneStatus status, KindLook variant) {
        return status == null ? kind().label() : status.label();
    }

    @Override
    public boolean sided(ZoneStatus status) {
        return status != ZoneStatus.CONTESTED;
    }
}
