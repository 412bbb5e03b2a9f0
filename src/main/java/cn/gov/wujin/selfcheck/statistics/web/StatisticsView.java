package cn.gov.wujin.selfcheck.statistics.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.Role;
import cn.gov.wujin.selfcheck.statistics.boundary.Grouping;
import cn.gov.wujin.selfcheck.statistics.boundary.Measure;
import cn.gov.wujin.selfcheck.statistics.boundary.Statistics;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.color.RGBAColor;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 统计分析 (/officer/statistics.xhtml): a period, a grouping, the table with its total, two charts. */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final RGBAColor BLUE = new RGBAColor(33, 118, 210);
    private static final RGBAColor ORANGE = new RGBAColor(239, 108, 0);
    private static final RGBAColor RED = new RGBAColor(198, 40, 40);

    @Inject
    Caller currentUser;

    @Inject
    Statistics statistics;

    private StatisticsPeriod.Kind kind = StatisticsPeriod.Kind.MONTH;
    private YearMonth month;
    private int year;
    private int quarter;
    private Grouping grouping;
    private Statistics.Table table;
    private long zeroStreak;
    private long officerMore;
    private List<Statistics.TrendPoint> trend;

    @PostConstruct
    void init() {
        month = statistics.currentMonth();
        year = month.getYear();
        quarter = (month.getMonthValue() - 1) / 3 + 1;
        Role role = currentUser.getRole();
        grouping = role == Role.DISTRICT || role == Role.ADMIN ? Grouping.TOWN : Grouping.TYPE;
        load();
    }

    /** 查询: the figures of the chosen period and grouping. */
    public void load() {
        table = statistics.table(currentUser.scope(), period(), grouping);
        trend = statistics.trend(currentUser.scope(), period().last());
        zeroStreak = statistics.count(currentUser.scope(), period(), Measure.ZERO_STREAK, null, null);
        officerMore = statistics.count(currentUser.scope(), period(), Measure.OFFICER_MORE, null, null);
    }

    public StatisticsPeriod period() {
        return switch (kind) {
            case MONTH -> StatisticsPeriod.month(month);
            case QUARTER -> new StatisticsPeriod(StatisticsPeriod.Kind.QUARTER, year, quarter);
            case YEAR -> new StatisticsPeriod(StatisticsPeriod.Kind.YEAR, year, 1);
        };
    }

    /** The list behind a number of a row ({@code key} null: the total). */
    public String drill(String measure, String key) {
        StringBuilder url = new StringBuilder("/officer/statistics-list.xhtml?period=").append(period().key())
                .append("&measure=").append(Measure.valueOf(measure).name());
        if (key != null && !"ALL".equals(key)) {
            url.append("&grouping=").append(grouping.name()).append("&key=").append(URLEncoder.encode(key, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String getExportQuery() {
        return "period=" + period().key() + "&grouping=" + grouping.name();
    }

    /** By group: 上报率 for the enterprise groupings, hazards found for the categories. */
    public String getGroupChart() {
        Locale zh = Texts.DEFAULT_LOCALE;
        List<String> labels = new ArrayList<>();
        BarData data = new BarData();
        if (grouping.byCategory()) {
            BarDataset general = new BarDataset().setLabel(Texts.get(zh, "statistics.GENERAL_FOUND")).setBackgroundColor(ORANGE);
            BarDataset major = new BarDataset().setLabel(Texts.get(zh, "statistics.MAJOR_FOUND")).setBackgroundColor(RED);
            for (StatisticsRow row : table.rows()) {
                labels.add(row.getLabel());
                general.addData(row.count(Measure.GENERAL_FOUND));
                major.addData(row.count(Measure.MAJOR_FOUND));
            }
            data.addDataset(general).addDataset(major);
        } else {
            BarDataset rate = new BarDataset().setLabel(Texts.get(zh, "statistics.participationRate")).setBackgroundColor(BLUE);
            for (StatisticsRow row : table.rows()) {
                labels.add(row.getLabel());
                BigDecimal value = row.getParticipationRate();
                rate.addData(value == null ? 0 : value);
            }
            data.addDataset(rate);
        }
        data.setLabels(labels);
        return new BarChart(data).toJson();
    }

    /** The 12 months up to the period's last: 上报率 and hazards found. */
    public String getTrendChart() {
        Locale zh = Texts.DEFAULT_LOCALE;
        LineDataset rate = new LineDataset().setLabel(Texts.get(zh, "statistics.participationRate")).setBorderColor(BLUE)
                .setFill(false);
        LineDataset hazards = new LineDataset().setLabel(Texts.get(zh, "statistics.found")).setBorderColor(ORANGE).setFill(false);
        LineData data = new LineData();
        for (Statistics.TrendPoint point : trend) {
            data.addLabel(point.month());
            BigDecimal value = point.participationRate();
            rate.addData(value == null ? 0 : value);
            hazards.addData(point.generalFound() + point.majorFound());
        }
        data.addDataset(rate).addDataset(hazards);
        return new LineChart(data).toJson();
    }

    public List<Grouping> getGroupings() {
        Role role = currentUser.getRole();
        List<Grouping> all = new ArrayList<>(List.of(Grouping.values()));
        if (role == Role.TOWN) {
            all.remove(Grouping.TOWN);
        } else if (role == Role.INDUSTRY) {
            all.remove(Grouping.DEPARTMENT);
        }
        return all;
    }

    public StatisticsPeriod.Kind[] getKinds() {
        return StatisticsPeriod.Kind.values();
    }

    public List<Integer> getYears() {
        int now = month.getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** The count columns of the table, in the page's order. */
    public List<String> getEnterpriseMeasures() {
        return List.of("DUE", "SAVED", "SUBMITTED", "BY_HAND", "AUTO", "NOT_REPORTED");
    }

    public List<String> getRecordMeasures() {
        return List.of("RECORDS", "ZERO_RECORDS");
    }

    public List<String> getHazardMeasures() {
        return List.of("GENERAL_FOUND", "MAJOR_FOUND", "RECTIFIED", "OPEN", "OVERDUE");
    }

    public List<String> getMajorStates() {
        return Measure.MAJOR_STATES.stream().map(Measure::name).toList();
    }

    /** The groups, then the total (key ALL). */
    public List<StatisticsRow> getRows() {
        List<StatisticsRow> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        return rows;
    }

    public long getZeroStreak() {
        return zeroStreak;
    }

    public long getOfficerMore() {
        return officerMore;
    }

    public Statistics.Table getTable() {
        return table;
    }

    public String getPeriodKey() {
        return period().key();
    }

    public StatisticsPeriod.Kind getKind() {
        return kind;
    }

    public void setKind(StatisticsPeriod.Kind kind) {
        this.kind = kind;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }
}
