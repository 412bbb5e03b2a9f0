package cn.gov.wujin.selfcheck.platform.time;

/**
 * Work a component does once a day and at start-up ({@link DailySchedule}): sending the reminders
 * that are due. It must be idempotent: run twice, late, or on two servers at once, it does what is
 * due once (the database's unique keys decide; a run that loses such a race fails and is run again).
 */
public interface DailyTask {

    /** A short name for logs and the test support: "not-inspected", "hazard-deadlines". */
    String name();

    /** Does what is due today; returns how many things it did (reminders written). */
    int runDue();
}
