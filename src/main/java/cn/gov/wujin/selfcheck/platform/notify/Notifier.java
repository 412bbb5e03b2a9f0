package cn.gov.wujin.selfcheck.platform.notify;

import java.util.List;

/**
 * How a component that the notice component depends on (the enterprise component) tells enterprises
 * something without depending on it in turn: the notice component implements this port; the caller
 * names the kind and the reminders, and never reads what becomes of them.
 */
public interface Notifier {

    /** Writes the reminders whose cause the enterprise has none for yet, with their mail; returns how many. */
    int remindOnce(String kind, List<DueReminder> reminders);
}
