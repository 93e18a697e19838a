package org.sitmap.render;

import org.sitmap.model.Annotation;

/**
 * Arrays of annotations compared by identity, element by element, for the keys of what the window keeps between
 * frames: an edit makes a new value, and an equal value edited back is still another one.
 */
final class SameAnnotations {
    private SameAnnotations() {
    }

    /** {@code seed} and the identities of {@code annotations}, in order, hashed together. */
    static int hash(int seed, Annotation[] annotations) {
        int h = seed;
        for (Annotation a : annotations) {
            h = 31 * h + System.identityHashCode(a);
        }
        return h;
    }

    /** Whether both hold the very same annotations in the same order. */
    static boolean same(Annotation[] a, Annotation[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
