package org.sitmap.store;

import java.nio.file.Path;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/**
 * Child process of {@link CrashSafetyTest}: creates a briefing and adds annotations one edit at a time, printing
 * {@code committed N} after each edit is in the file, until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        BriefingFile f = BriefingFile.create(Path.of(args[0]), BriefingInfo.untitled());
        Briefing b = f.briefing();
        Annotation template = SampleAnnotations.all().get(0);
        for (int i = 0; ; i++) {
            int n = i;
            b.atomically(() -> {
                b.add(template.copyWithNewId().withTitle("edit " + n));
                b.setInfo(b.info().withTitle("after edit " + n));
            });
            if (f.lastError() != null) {
                System.out.println("error " + f.lastError());
                System.exit(3);
            }
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
