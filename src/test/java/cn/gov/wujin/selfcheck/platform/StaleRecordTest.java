package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StaleRecordTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 30, 5);

    @Test
    void aFormLoadedAtTheCurrentVersionIsNotStale() {
        assertDoesNotThrow(() -> StaleRecordException.refuseIfStale(3L, 3L, AT, "张三"));
        assertDoesNotThrow(() -> StaleRecordException.refuseIfStale(null, null, null, null));
    }

    @Test
    void aFormLoadedAtAnOlderVersionIsRefusedWithWhenAndWho() {
        StaleRecordException e = assertThrows(StaleRecordException.class,
                () -> StaleRecordException.refuseIfStale(3L, 4L, AT, "张三"));
        assertEquals("record.stale", e.messageKey());
        assertArrayEquals(new Object[]{"2026-12-01 09:30:05", "张三"}, e.arguments());
    }

    @Test
    void aFormLoadedBeforeTheRecordExistedIsRefused() {
        StaleRecordException e = assertThrows(StaleRecordException.class,
                () -> StaleRecordException.refuseIfStale(null, 0L, null, null));
        assertArrayEquals(new Object[]{"—", "—"}, e.arguments());
    }
}
