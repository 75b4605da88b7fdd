package vn.motcua.shared.cluster;

/**
 * Generation counters, one per kind of cached reference data. A write to the data bumps its
 * counter in the same transaction; a node that sees a counter other than the one its cache was
 * filled under drops the cache. So a change made on one node reaches every node's cache as soon
 * as it commits, not after a time to live.
 */
@FunctionalInterface
public interface CacheGenerations {

    /** The counter of one kind of data. */
    Generation of(String name);

    interface Generation {

        long current();

        /** Call inside the transaction that changes the data, so the counter commits with it. */
        void bump();
    }
}
