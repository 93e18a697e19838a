package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexSortTest {
    @Test
    void sortsItemsByTheirKeysWithinTheRangeOnly() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 5, 17, 100, 5000}) {
            double[] keys = new double[n + 4];
            int[] items = new int[n + 4];
            for (int i = 0; i < keys.length; i++) {
                // Few distinct values: many ties, as segments starting at one x have.
                keys[i] = random.nextInt(Math.max(1, n / 3)) - n / 6.0;
                items[i] = i;
            }
            double[] original = keys.clone();
            IndexSort.byKey(items, keys, 2, n + 2);

            assertThat(items[0]).isZero();
            assertThat(items[1]).isEqualTo(1);
            assertThat(items[n + 2]).isEqualTo(n + 2);
            for (int i = 2; i < n + 2; i++) {
                assertThat(keys[i]).as("key moved with its item").isEqualTo(original[items[i]]);
                if (i > 2) {
                    assertThat(keys[i]).isGreaterThanOrEqualTo(keys[i - 1]);
                }
            }
            int[] sortedItems = Arrays.copyOfRange(items, 2, n + 2);
            Arrays.sort(sortedItems);
            for (int i = 0; i < n; i++) {
                assertThat(sortedItems[i]).as("every item once").isEqualTo(i + 2);
            }
        }
    }

    @Test
    void aRangeOutsideTheArraysIsRefused() {
        assertThatThrownBy(() -> IndexSort.byKey(new int[3], new double[3], 1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..4");
    }
}
