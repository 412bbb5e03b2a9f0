package cn.gov.wujin.selfcheck.statistics.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a statistics table: a group (a town, a department, a type, a category) or the total.
 * The counts come from the database's GROUP BY; the rates are derived here. For a category group the
 * enterprise and record figures do not exist ({@link #hasEnterpriseFigures()} is false).
 */
public final class StatisticsRow {

    private final String key;
    private final String label;
    private final boolean enterpriseFigures;
    private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    private BigDecimal funds = BigDecimal.ZERO;

    StatisticsRow(String key, String label, boolean enterpriseFigures) {
        this.key = key;
        this.label = label;
        this.enterpriseFigures = enterpriseFigures;
    }

    void add(Measure measure, long count) {
        counts.merge(measure, count, Long::sum);
    }

    void addFunds(BigDecimal amount) {
        if (amount != null) {
            funds = funds.add(amount);
        }
    }

    /** Adds another row's counts and funds (a group's to the total). */
    void addAll(StatisticsRow other) {
        other.counts.forEach(this::add);
        addFunds(other.funds);
    }

    /** The count of a measure (0 when none was found). */
    public long count(Measure measure) {
        return switch (measure) {
            case AUTO -> count(Measure.SUBMITTED) - count(Measure.BY_HAND);
            case NOT_REPORTED -> count(Measure.DUE) - count(Measure.SUBMITTED);
            default -> counts.getOrDefault(measure, 0L);
        };
    }

    /** For EL: {@code row.of['DUE']}. */
    public Map<String, Long> getOf() {
        Map<String, Long> all = new java.util.HashMap<>();
        for (Measure measure : Measure.values()) {
            all.put(measure.name(), count(measure));
        }
        return all;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public boolean hasEnterpriseFigures() {
        return enterpriseFigures;
    }

    public boolean isEnterpriseFigures() {
        return enterpriseFigures;
    }

    public BigDecimal getFunds() {
        return funds.setScale(2, RoundingMode.HALF_UP);
    }

    public long getFound() {
        return count(Measure.GENERAL_FOUND) + count(Measure.MAJOR_FOUND);
    }

    /** 上报率 in percent, one decimal; null without due enterprises. */
    public BigDecimal getParticipationRate() {
        return percent(count(Measure.SUBMITTED), count(Measure.DUE));
    }

    /** 零隐患率 of the submitted records. */
    public BigDecimal getZeroRate() {
        return percent(count(Measure.ZERO_RECORDS), count(Measure.RECORDS));
    }

    /** 整改率 of the hazards found. */
    public BigDecimal getRectificationRate() {
        return percent(count(Measure.RECTIFIED), getFound());
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
