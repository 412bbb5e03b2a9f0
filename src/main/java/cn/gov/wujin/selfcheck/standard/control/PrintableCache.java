package cn.gov.wujin.selfcheck.standard.control;

import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tables of published and retired standard versions, kept once per server. Such a version never
 * changes again (only a DRAFT is edited), so an entry never goes stale and needs no eviction on
 * another server of a cluster; drafts are never put here. Every 新建自查 and every record view reads
 * one of a handful of versions, which otherwise costs three queries and a tree of some hundred objects.
 */
@ApplicationScoped
public class PrintableCache {

    /** More than all versions that are in use at once (17 types, a few retired versions each). */
    static final int CAPACITY = 200;

    private final Map<Long, PrintableStandard> tables = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PrintableStandard> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized Optional<PrintableStandard> get(Long standardId) {
        return Optional.ofNullable(tables.get(standardId));
    }

    /** Builds the table outside the lock and keeps it; the caller passes only versions that no longer change. */
    public PrintableStandard putIfAbsent(Long standardId, Supplier<PrintableStandard> table) {
        Optional<PrintableStandard> kept = get(standardId);
        if (kept.isPresent()) {
            return kept.get();
        }
        PrintableStandard built = table.get();
        synchronized (this) {
            return tables.computeIfAbsent(standardId, id -> built);
        }
    }
}
