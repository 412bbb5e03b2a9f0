package cn.gov.wujin.selfcheck.platform.persistence;

import cn.gov.wujin.selfcheck.platform.BusinessException;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A save from a form loaded at an older version of its record: someone else saved in between, and
 * the later save would silently overwrite it. Refused with when and by whom; the form keeps its input.
 */
public class StaleRecordException extends BusinessException {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public StaleRecordException(LocalDateTime changedAt, String changedBy) {
        super("record.stale", changedAt == null ? "—" : FORMAT.format(changedAt), changedBy == null ? "—" : changedBy);
    }

    /**
     * Refuses a save whose form was loaded at {@code loadedVersion} (null: before the record existed)
     * when the record is now at {@code currentVersion} (null: it does not exist yet).
     */
    public static void refuseIfStale(Long loadedVersion, Long currentVersion, LocalDateTime changedAt, String changedBy) {
        if (!Objects.equals(loadedVersion, currentVersion)) {
            throw new StaleRecordException(changedAt, changedBy);
        }
    }
}
