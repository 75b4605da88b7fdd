package vn.motcua.dossier;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A bounded set of dossier codes remembered by this node (forgotten wholesale when full). */
final class RecentCodes {

    private final Set<String> codes = ConcurrentHashMap.newKeySet();
    private final int capacity;

    RecentCodes(int capacity) {
        this.capacity = capacity;
    }

    boolean contains(String code) {
        return codes.contains(code);
    }

    void remember(String code) {
        if (codes.size() >= capacity) {
            codes.clear();
        }
        codes.add(code);
    }
}
