package org.coffeechat.build;

import java.util.List;

/**
 * How a cohort build went.
 *
 * @param profiles the profiles this run (this shard) took on
 * @param rendered the packets written
 * @param failed   the profiles that could not be rendered, by display path, in folder order
 * @param skipped  profiles of the folder left to the other shards
 */
public record CohortResult(int profiles, int rendered, List<String> failed, int skipped) {
    public CohortResult {
        failed = List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty();
    }
}
