package cn.gov.wujin.selfcheck.statistics.boundary;

import cn.gov.wujin.selfcheck.inspection.control.Periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a statistic is about: a month, a quarter or a year, as the months of records it covers
 * ({@code self_inspection.period}) and the days of hazards it covers. A month's days follow the
 * auto-submit rule of the records: what is dated after the auto-submit day (the 25th) counts for the
 * next month, so the month 2026-11 runs from 26 October to 25 November.
 */
public record StatisticsPeriod(Kind kind, int year, int number) {

    public enum Kind { MONTH, QUARTER, YEAR }

    public StatisticsPeriod {
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (year < 2000 || year > 2999 || number < 1 || number > max) {
            throw new IllegalArgumentException("no such period: " + kind + " " + year + " " + number);
        }
    }

    public static StatisticsPeriod month(YearMonth month) {
        return new StatisticsPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    /** {@code 2026-11}, {@code 2026-Q4} or {@code 2026}, as in links and exports; null if it is none of these. */
    public static StatisticsPeriod parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(text));
            }
            if (text.matches("\\d{4}-Q[1-4]")) {
                return new StatisticsPeriod(Kind.QUARTER, Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
            }
            if (text.matches("\\d{4}")) {
                return new StatisticsPeriod(Kind.YEAR, Integer.parseInt(text), 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    public String key() {
        return switch (kind) {
            case MONTH -> first().toString();
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    public YearMonth first() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, number * 3 - 2);
            case YEAR -> YearMonth.of(year, 1);
        };
    }

    public YearMonth last() {
        return switch (kind) {
            case MONTH -> first();
            case QUARTER -> first().plusMonths(2);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    /** The records' months, {@code yyyy-MM}. */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = first(); !m.isAfter(last()); m = m.plusMonths(1)) {
            months.add(Periods.format(m));
        }
        return months;
    }

    /** The first day that counts for the period. */
    public LocalDate from(int autoSubmitDay) {
        return Periods.firstDay(first(), autoSubmitDay);
    }

    /** The first day after the period. */
    public LocalDate until(int autoSubmitDay) {
        return Periods.firstDay(last().plusMonths(1), autoSubmitDay);
    }
}
