package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.inspection.control.Periods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which month a record counts for, and which months the monthly run submits. */
class InspectionRulesTest {

    @Test
    void aRecordDatedUpToTheTwentyFifthCountsForItsMonth() {
        assertEquals(YearMonth.of(2026, 11), Periods.periodOf(LocalDate.of(2026, 11, 1), 25));
        assertEquals(YearMonth.of(2026, 11), Periods.periodOf(LocalDate.of(2026, 11, 25), 25));
    }

    @Test
    void aRecordDatedAfterTheTwentyFifthCountsForTheNextMonth() {
        assertEquals(YearMonth.of(2026, 12), Periods.periodOf(LocalDate.of(2026, 11, 26), 25));
        assertEquals(YearMonth.of(2027, 1), Periods.periodOf(LocalDate.of(2026, 12, 31), 25));
    }

    @Test
    void theRunSubmitsThisMonthOnlyFromTheDayAndHourOn() {
        assertEquals(YearMonth.of(2026, 10), Periods.lastDuePeriod(LocalDateTime.of(2026, 11, 24, 23, 59), 25, 1));
        assertEquals(YearMonth.of(2026, 10), Periods.lastDuePeriod(LocalDateTime.of(2026, 11, 25, 0, 59), 25, 1));
        assertEquals(YearMonth.of(2026, 11), Periods.lastDuePeriod(LocalDateTime.of(2026, 11, 25, 1, 0), 25, 1));
        assertEquals(YearMonth.of(2026, 11), Periods.lastDuePeriod(LocalDateTime.of(2026, 11, 30, 12, 0), 25, 1));
    }

    @Test
    void aDayBeyondTheMonthMeansItsLastDay() {
        assertEquals(YearMonth.of(2027, 2), Periods.lastDuePeriod(LocalDateTime.of(2027, 2, 28, 2, 0), 31, 1));
        assertEquals(YearMonth.of(2027, 1), Periods.lastDuePeriod(LocalDateTime.of(2027, 2, 27, 2, 0), 31, 1));
    }

    @Test
    void theTimerAlsoFiresOnTheLastDayOfShorterMonthsWhenTheDayIsBeyondThem() {
        assertEquals("25", Periods.timerDayOfMonth(25));
        assertEquals("28", Periods.timerDayOfMonth(28));
        assertEquals("31,Last", Periods.timerDayOfMonth(31));
        assertThrows(IllegalArgumentException.class, () -> Periods.timerDayOfMonth(0));
        assertThrows(IllegalArgumentException.class, () -> Periods.timerDayOfMonth(32));
    }
}
