package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.control.RowCheck;

import java.io.Serializable;

/** A checked row for the writer: its number, its values, and the enterprise it updates (null: a new one). */
public record ImportItem(int line, RowCheck.Valid values, Long existingId) implements Serializable {
}
