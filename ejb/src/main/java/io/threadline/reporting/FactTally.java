package io.threadline.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Facts added up in memory before they are written: one entry per key however many items counted under it. */
public final class FactTally {

    private final Map<FactKey, long[]> sums = new HashMap<>();

    public void add(FactKey key, long n, long total) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += n;
        sum[1] += total;
    }

    public void forEach(BiConsumer<FactKey, long[]> action) {
        sums.forEach(action);
    }

    public int size() {
        return sums.size();
    }
}
