package cn.gov.wujin.selfcheck.inspection.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Which month a record counts for, and which months are due for the automatic submission.
 * Records are submitted automatically on the auto-submit day (the 25th); a record dated after that
 * day counts for the next month, so that it is not swept up by a run that already happened.
 */
public final class Periods {

    private Periods() {
    }

    public static YearMonth periodOf(LocalDate inspectionDate, int autoSubmitDay) {
        YearMonth month = YearMonth.from(inspectionDate);
        return inspectionDate.getDayOfMonth() > autoSubmitDay ? month.plusMonths(1) : month;
    }

    /**
     * The first day that counts for {@code period} ({@link #periodOf} is the inverse): the day after the
     * auto-submit day of the month before, or the month's first day when that month has no such day.
     */
    public static LocalDate firstDay(YearMonth period, int autoSubmitDay) {
        YearMonth before = period.minusMonths(1);
        return autoSubmitDay >= before.lengthOfMonth() ? period.atDay(1) : before.atDay(autoSubmitDay + 1);
    }

    /**
     * The newest period whose automatic submission time has passed at {@code now}: this month once
     * the day and hour are reached, the previous month before that.
     */
    public static YearMonth lastDuePeriod(LocalDateTime now, int autoSubmitDay, int autoSubmitHour) {
        YearMonth month = YearMonth.from(now);
        LocalDateTime due = month.atDay(Math.min(autoSubmitDay, month.lengthOfMonth())).atTime(autoSubmitHour, 0);
        return now.isBefore(due) ? month.minusMonths(1) : month;
    }

    /**
     * The dayOfMonth of the monthly timer, consistent with {@link #lastDuePeriod}: a day beyond a
     * month's length means its last day, so from the 29th on the timer also fires on the last day
     * (a calendar timer on the 31st alone would skip every shorter month). A second run in a month
     * is harmless: the run is idempotent.
     */
    public static String timerDayOfMonth(int autoSubmitDay) {
        if (autoSubmitDay < 1 || autoSubmitDay > 31) {
            throw new IllegalArgumentException("selfcheck.autosubmit.day must be 1 to 31: " + autoSubmitDay);
        }
        return autoSubmitDay > 28 ? autoSubmitDay + ",Last" : String.valueOf(autoSubmitDay);
    }

    public static String format(YearMonth period) {
        return period.toString();
    }
}
