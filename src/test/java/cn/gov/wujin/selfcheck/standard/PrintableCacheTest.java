package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.control.PrintableCache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kept tables of published versions: built once per id, the least recently read one dropped when full. */
class PrintableCacheTest {

    private static PrintableStandard table(String name) {
        return new PrintableStandard(name, 1, List.of());
    }

    @Test
    void aVersionIsBuiltOnceAndTheSameTableIsReadAfterwards() {
        PrintableCache cache = new PrintableCache();
        AtomicInteger builds = new AtomicInteger();
        PrintableStandard first = cache.putIfAbsent(7L, () -> {
            builds.incrementAndGet();
            return table("工贸");
        });
        PrintableStandard second = cache.putIfAbsent(7L, () -> {
            builds.incrementAndGet();
            return table("another");
        });
        assertSame(first, second);
        assertEquals(1, builds.get());
        assertSame(first, cache.get(7L).orElseThrow());
        assertTrue(cache.get(8L).isEmpty());
    }

    @Test
    void theLeastRecentlyReadVersionIsDroppedWhenFull() {
        PrintableCache cache = new PrintableCache();
        for (long id = 1; id <= 200; id++) {
            String name = "v" + id;
            cache.putIfAbsent(id, () -> table(name));
        }
        cache.get(1L);
        cache.putIfAbsent(201L, () -> table("v201"));
        assertTrue(cache.get(1L).isPresent(), "read just before, so kept");
        assertTrue(cache.get(2L).isEmpty(), "the least recently read one is dropped");
        assertEquals("v201", cache.get(201L).orElseThrow().getName());
    }
}
