package io.threadline.reporting;

import java.util.HashMap;
import java.util.Map;

/** Facts added up in memory before they are written: one entry per key however many items counted under it. */
public final class FactTally {

    private final Map<FactKey, long[]> sums = new HashMap<>();

    public void add(FactKey key, long n, long total) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += n;
        sum[1] += total;
    }

    public void addAll(FactTally other) {
        other.sums.forEach((key, sum) -> add(key, sum[0], sum[1]));
    }

    /** Each key with its count and total. */
    Iterable<Map.Entry<FactKey, long[]>> entries() {
        return sums.entrySet();
    }

    public int size() {
        return sums.size();
    }
}
