package cn.gov.wujin.selfcheck.statistics.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionStatus;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 统计分析: the participation and hazard figures of a period within the caller's scope (TOWN, INDUSTRY,
 * DISTRICT, ADMIN; an enterprise is refused), in total and grouped, a 12-month trend, and the list
 * behind each number. Every figure is an aggregate in the database (COUNT / SUM with GROUP BY over
 * indexed columns); the lists use the same conditions as their numbers ({@link Measure}).
 * <p>
 * Definitions: an enterprise is due for a period when it is active and was registered before the
 * period began. Records count for their month ({@code self_inspection.period}, the auto-submit rule).
 * A hazard counts for the period its report falls in, by the same rule on its report date; hazards of
 * a record not yet submitted (a draft's) do not count, as in the 隐患台帐.
 */
@Stateless
public class Statistics {

    static final String UNCATEGORISED = "—";

    private static final String DUE = "e.active = TRUE AND e.createdAt < :from";
    private static final String NO_HAZARD = "NOT EXISTS (SELECT a.id FROM InspectionAnswer a WHERE a.inspection = s AND a.hazard IS NOT NULL)";
    private static final String HAZARDS = " FROM Hazard h JOIN h.enterprise e LEFT JOIN h.item i LEFT JOIN i.category c LEFT JOIN c.parent p WHERE ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    cn.gov.wujin.selfcheck.platform.notify.Notifier notifier;

    @Inject
    @ConfigProperty(name = "selfcheck.autosubmit.day", defaultValue = "25")
    int autoSubmitDay;

    /** A table: its groups (ordered as the reference data, categories by name) and the total. */
    public record Table(List<StatisticsRow> rows, StatisticsRow total) {
        public List<StatisticsRow> getRows() {
            return rows;
        }

        public StatisticsRow getTotal() {
            return total;
        }
    }

    /** One month of the trend. */
    public record TrendPoint(String month, long due, long submitted, long generalFound, long majorFound) {
        public BigDecimal participationRate() {
            return StatisticsRow.percent(submitted, due);
        }
    }

    /** A row of a list behind a number: what it is about, and a link to it. */
    public record Item(Long id, String enterprise, List<String> cells, String link) {
        public Long getId() { return id; }
        public String getEnterprise() { return enterprise; }
        public List<String> getCells() { return cells; }
        public String getLink() { return link; }
    }

    /** The months in a row of 零隐患 records that raise the 质量提示. */
    static final int STREAK_MONTHS = 6;

    /** The six months up to the period's last. */
    private static List<String> streakMonths(StatisticsPeriod period) {
        List<String> months = new ArrayList<>();
        for (int i = STREAK_MONTHS - 1; i >= 0; i--) {
            months.add(period.last().minusMonths(i).toString());
        }
        return months;
    }

    /** The kind of a 催报 reminder, as the notice component lists it. */
    public static final String URGED = "URGED";

    /**
     * 催报: a 系统提醒 (and its e-mail, where the enterprise has an address) to every enterprise the
     * month's 未上报 counts in the caller's scope (and group, if given); at most one per enterprise and
     * day, however often it is asked. Returns how many were reminded now.
     */
    public int urgeNotReported(CallerScope caller, StatisticsPeriod period, Grouping grouping, String key) {
        requireOfficer(caller);
        if (period.kind() != StatisticsPeriod.Kind.MONTH) {
            throw new cn.gov.wujin.selfcheck.platform.BusinessException("statistics.urge.monthOnly");
        }
        List<Long> ids = criteria(period, Measure.NOT_REPORTED, grouping, key)
                .query(em, caller, "SELECT e.id", " ORDER BY e.id", Long.class).getResultList();
        YearMonth month = period.first();
        java.util.Locale zh = cn.gov.wujin.selfcheck.platform.faces.Texts.DEFAULT_LOCALE;
        String title = cn.gov.wujin.selfcheck.platform.faces.Texts.get(zh, "reminder.urged.title", month.getYear(), month.getMonthValue());
        String body = cn.gov.wujin.selfcheck.platform.faces.Texts.get(zh, "reminder.urged.body", month.getYear(), month.getMonthValue());
        String cause = URGED + ":" + period.key() + ":" + LocalDate.now(clock);
        return notifier.remindOnce(URGED, ids.stream()
                .map(id -> new cn.gov.wujin.selfcheck.platform.notify.DueReminder(id, cause, title, body, "/enterprise/inspections.xhtml"))
                .toList());
    }

    /** The month today's records count for (the auto-submit rule). */
    public YearMonth currentMonth() {
        return cn.gov.wujin.selfcheck.inspection.control.Periods.periodOf(LocalDate.now(clock), autoSubmitDay);
    }

    public Table table(CallerScope caller, StatisticsPeriod period, Grouping grouping) {
        requireOfficer(caller);
        StatisticsRow total = new StatisticsRow("ALL", null, true);
        if (grouping == null) {
            fill(caller, period, null, Map.of("ALL", total)::get, true);
            return new Table(List.of(), total);
        }
        Map<String, StatisticsRow> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> group : groups(grouping).entrySet()) {
            if (inScope(caller, grouping, group.getKey())) {
                rows.put(group.getKey(), new StatisticsRow(group.getKey(), group.getValue(), !grouping.byCategory()));
            }
        }
        fill(caller, period, grouping, key -> rows.computeIfAbsent(key, k -> new StatisticsRow(k, k, !grouping.byCategory())), true);
        // Every enterprise, record and hazard is in exactly one group: the total is the groups' sum; the categories
        // group hazards only, so the enterprise figures of their total are counted once more, ungrouped.
        rows.values().forEach(total::addAll);
        if (grouping.byCategory()) {
            fill(caller, period, null, Map.of("ALL", total)::get, false);
        }
        List<StatisticsRow> ordered = new ArrayList<>(rows.values());
        if (grouping.byCategory()) {
            ordered.removeIf(row -> row.getFound() == 0);
            ordered.sort(Comparator.comparing(StatisticsRow::getFound).reversed().thenComparing(StatisticsRow::getLabel));
        }
        return new Table(ordered, total);
    }

    /** The 12 months ending with {@code last}: due and submitted enterprises, hazards found. */
    public List<TrendPoint> trend(CallerScope caller, YearMonth last) {
        requireOfficer(caller);
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            StatisticsPeriod period = StatisticsPeriod.month(month);
            StatisticsRow row = new StatisticsRow("ALL", null, true);
            fillTrend(caller, period, row);
            points.add(new TrendPoint(month.toString(), row.count(Measure.DUE), row.count(Measure.SUBMITTED),
                    row.count(Measure.GENERAL_FOUND), row.count(Measure.MAJOR_FOUND)));
        }
        return points;
    }

    private void fillTrend(CallerScope caller, StatisticsPeriod period, StatisticsRow row) {
        Map<String, Object> p = periodParameters(period);
        String scope = restrict(caller);
        measure(caller, null, "COUNT(e)", " FROM Enterprise e WHERE " + scope + " AND " + DUE, p, Measure.DUE, k -> row);
        measure(caller, null, "COUNT(DISTINCT e.id)", " FROM SelfInspection s JOIN s.enterprise e WHERE " + scope + " AND " + DUE
                + " AND s.period IN :months AND s.status = :submitted", p, Measure.SUBMITTED, k -> row);
        for (Object[] r : grouped(caller, "h.kind", "COUNT(h)", HAZARDS + scope + " AND " + hazardPeriod(), p)) {
            row.add(r[0] == HazardKind.GENERAL ? Measure.GENERAL_FOUND : Measure.MAJOR_FOUND, ((Number) r[1]).longValue());
        }
    }

    /** How many rows the list behind a number has (the number itself). */
    public long count(CallerScope caller, StatisticsPeriod period, Measure measure, Grouping grouping, String key) {
        requireOfficer(caller);
        Criteria criteria = criteria(period, measure, grouping, key);
        String count = switch (measure.subject()) {
            case ENTERPRISE -> "COUNT(e)";
            case RECORD -> "COUNT(s)";
            case HAZARD -> "COUNT(h)";
        };
        return criteria.query(em, caller, "SELECT " + count, "", Long.class).getSingleResult();
    }

    /** A page of the list behind a number. */
    public List<Item> list(CallerScope caller, StatisticsPeriod period, Measure measure, Grouping grouping, String key,
                           int first, int size) {
        requireOfficer(caller);
        Criteria criteria = criteria(period, measure, grouping, key);
        List<Item> items = new ArrayList<>();
        switch (measure.subject()) {
            case ENTERPRISE -> {
                for (Object[] r : criteria.query(em, caller, "SELECT e.id, e.name, e.town.name, e.department.name, "
                                + "e.type.name, e.principalName, e.contactPhone", " ORDER BY e.name", Object[].class).setFirstResult(first).setMaxResults(size).getResultList()) {
                    items.add(new Item((Long) r[0], (String) r[1], cells(r[2], r[3], r[4], r[5], r[6]),
                            "/officer/enterprise.xhtml?id=" + r[0]));
                }
            }
            case RECORD -> {
                for (Object[] r : criteria.query(em, caller, "SELECT s.id, e.name, e.town.name, s.inspectionDate, "
                                + "s.inspectorName, s.autoSubmitted, e.id", " ORDER BY e.name, s.id", Object[].class).setFirstResult(first).setMaxResults(size).getResultList()) {
                    items.add(new Item((Long) r[0], (String) r[1], cells(r[2], r[3], r[4], Boolean.TRUE.equals(r[5]) ? "AUTO" : "BY_HAND"),
                            "/officer/enterprise.xhtml?id=" + r[6]));
                }
            }
            case HAZARD -> {
                for (Object[] r : criteria.query(em, caller, "SELECT h.id, e.name, e.town.name, h.kind, h.status, "
                                + "h.location, h.reportedAt, h.deadline", " ORDER BY h.reportedAt, h.id", Object[].class).setFirstResult(first).setMaxResults(size).getResultList()) {
                    items.add(new Item((Long) r[0], (String) r[1], cells(r[2], r[3], r[4], r[5],
                            r[6] == null ? null : r[6].toString().substring(0, 10), r[7]),
                            (r[3] == HazardKind.MAJOR ? "/officer/major-hazard.xhtml?id=" : "/officer/hazard.xhtml?id=") + r[0]));
                }
            }
        }
        return items;
    }

    /** Whether a group can hold anything of the caller's: a TOWN officer's town only, an INDUSTRY officer's department only. */
    private static boolean inScope(CallerScope caller, Grouping grouping, String key) {
        return switch (caller.role()) {
            case TOWN -> grouping != Grouping.TOWN || key.equals(String.valueOf(caller.townId()));
            case INDUSTRY -> grouping != Grouping.DEPARTMENT || key.equals(String.valueOf(caller.departmentId()));
            default -> true;
        };
    }

    /** The groups of a grouping with their labels, in the reference data's order (categories come with the figures). */
    private Map<String, String> groups(Grouping grouping) {
        Map<String, String> groups = new LinkedHashMap<>();
        switch (grouping) {
            case TOWN -> em.createNamedQuery(Town.FIND_ALL_ACTIVE, Town.class).getResultList()
                    .forEach(t -> groups.put(String.valueOf(t.getId()), t.getName()));
            case DEPARTMENT -> em.createNamedQuery(IndustryDepartment.FIND_ALL_ACTIVE, IndustryDepartment.class).getResultList()
                    .forEach(d -> groups.put(String.valueOf(d.getId()), d.getName()));
            case TYPE -> em.createQuery("SELECT t FROM EnterpriseType t WHERE t.parent IS NOT NULL ORDER BY t.parent.sortOrder, "
                            + "t.sortOrder", EnterpriseType.class).getResultList()
                    .forEach(t -> groups.put(String.valueOf(t.getId()), t.getParent().getName() + " / " + t.getName()));
            default -> { }
        }
        return groups;
    }

    /** Adds every figure of the period to the rows, by group ({@code grouping} null: all in one row, key ALL). */
    private void fill(CallerScope caller, StatisticsPeriod period, Grouping grouping, Function<String, StatisticsRow> row,
                      boolean withHazards) {
        Map<String, Object> p = periodParameters(period);
        String scope = restrict(caller);
        if (grouping == null || !grouping.byCategory()) {
            String records = " FROM SelfInspection s JOIN s.enterprise e WHERE " + scope + " AND " + DUE + " AND s.period IN :months";
            String submitted = records + " AND s.status = :submitted";
            measure(caller, grouping, "COUNT(e)", " FROM Enterprise e WHERE " + scope + " AND " + DUE, p, Measure.DUE, row);
            measure(caller, grouping, "COUNT(DISTINCT e.id)", records, p, Measure.SAVED, row);
            measure(caller, grouping, "COUNT(DISTINCT e.id)", submitted, p, Measure.SUBMITTED, row);
            measure(caller, grouping, "COUNT(DISTINCT e.id)", submitted + " AND s.autoSubmitted = FALSE", p, Measure.BY_HAND, row);
            measure(caller, grouping, "COUNT(s)", submitted, p, Measure.RECORDS, row);
            measure(caller, grouping, "COUNT(s)", submitted + " AND " + NO_HAZARD, p, Measure.ZERO_RECORDS, row);
        }
        if (!withHazards) {
            return;
        }
        String hazards = HAZARDS + scope + " AND " + hazardPeriod();
        String keys = groupColumns(grouping);
        int width = keys.isEmpty() ? 0 : keys.split(",").length;
        for (Object[] r : grouped(caller, (keys.isEmpty() ? "" : keys + ", ") + "h.kind, h.status", "COUNT(h)", hazards, p)) {
            StatisticsRow target = row.apply(key(grouping, r));
            HazardKind kind = (HazardKind) r[width];
            HazardStatus status = (HazardStatus) r[width + 1];
            long n = ((Number) r[width + 2]).longValue();
            target.add(kind == HazardKind.GENERAL ? Measure.GENERAL_FOUND : Measure.MAJOR_FOUND, n);
            target.add(status == HazardStatus.CLOSED ? Measure.RECTIFIED : Measure.OPEN, n);
            if (kind == HazardKind.MAJOR) {
                for (Measure state : Measure.MAJOR_STATES) {
                    if (state.majorStatuses().contains(status)) {
                        target.add(state, n);
                    }
                }
            }
        }
        Map<String, Object> overdue = new LinkedHashMap<>(p);
        overdue.put("closed", HazardStatus.CLOSED);
        overdue.put("today", LocalDate.now(clock));
        measure(caller, grouping, "COUNT(h)", hazards + " AND h.status <> :closed AND h.deadline < :today", overdue,
                Measure.OVERDUE, row);
        String funds = " FROM Rectification r JOIN r.hazard h JOIN h.enterprise e LEFT JOIN h.item i LEFT JOIN i.category c"
                + " LEFT JOIN c.parent p WHERE " + scope + " AND " + hazardPeriod();
        if (grouping == null) {
            row.apply("ALL").addFunds((BigDecimal) single(caller, "SUM(r.fundsUsed)", funds, p));
        } else {
            for (Object[] r : grouped(caller, keys, "SUM(r.fundsUsed)", funds, p)) {
                row.apply(key(grouping, r)).addFunds((BigDecimal) r[r.length - 1]);
            }
        }
    }

    /** A count of the rows behind {@code fromWhere}, in total or by group, into the measure of each group's row. */
    private void measure(CallerScope caller, Grouping grouping, String aggregate, String fromWhere, Map<String, Object> p,
                         Measure measure, Function<String, StatisticsRow> row) {
        if (grouping == null) {
            row.apply("ALL").add(measure, ((Number) single(caller, aggregate, fromWhere, p)).longValue());
            return;
        }
        for (Object[] r : grouped(caller, groupColumns(grouping), aggregate, fromWhere, p)) {
            row.apply(key(grouping, r)).add(measure, ((Number) r[r.length - 1]).longValue());
        }
    }

    private static String groupColumns(Grouping grouping) {
        return grouping == null ? "" : grouping.byCategory() ? "p.name, c.name" : grouping.enterpriseKey();
    }

    private List<Object[]> grouped(CallerScope caller, String groupBy, String aggregate, String fromWhere, Map<String, Object> p) {
        String jpql = "SELECT " + groupBy + ", " + aggregate + fromWhere + " GROUP BY " + groupBy;
        return bound(caller, em.createQuery(jpql, Object[].class), jpql, p).getResultList();
    }

    private Object single(CallerScope caller, String aggregate, String fromWhere, Map<String, Object> p) {
        String jpql = "SELECT " + aggregate + fromWhere;
        return bound(caller, em.createQuery(jpql, Object.class), jpql, p).getSingleResult();
    }

    /**
     * The caller's scope on the enterprise {@code e}; for the district a condition that is always true
     * and has no parameter (bound, Derby refuses the {@code 1 = 1} of {@link CallerScope#restrict} as {@code ? = ?}).
     */
    private static String restrict(CallerScope caller) {
        return caller.role() == cn.gov.wujin.selfcheck.platform.security.Role.DISTRICT
                || caller.role() == cn.gov.wujin.selfcheck.platform.security.Role.ADMIN ? "e.id IS NOT NULL" : caller.restrict("e");
    }

    private static <T> TypedQuery<T> bound(CallerScope caller, TypedQuery<T> query, String jpql, Map<String, Object> p) {
        // With a subquery EclipseLink's Derby platform prints the values into the SQL, a Boolean as 1, which Derby's
        // BOOLEAN columns refuse (42818); bound, they work.
        query.setHint("eclipselink.jdbc.bind-parameters", "true");
        caller.bind(query);
        for (Map.Entry<String, Object> parameter : p.entrySet()) {
            if (jpql.matches("(?s).*:" + parameter.getKey() + "\\b.*")) {
                query.setParameter(parameter.getKey(), parameter.getValue());
            }
        }
        return query;
    }

    private static String hazardPeriod() {
        return "h.originInspectionId IS NULL AND h.reportedAt >= :hazardsFrom AND h.reportedAt < :hazardsUntil";
    }

    private static String key(Grouping grouping, Object[] r) {
        if (grouping == null) {
            return "ALL";
        }
        if (!grouping.byCategory()) {
            return String.valueOf(r[0]);
        }
        String first = r[0] != null ? (String) r[0] : r[1] != null ? (String) r[1] : UNCATEGORISED;
        if (grouping == Grouping.CATEGORY || r[1] == null) {
            return first;
        }
        return r[0] == null ? first : first + " / " + r[1];
    }

    private Map<String, Object> periodParameters(StatisticsPeriod period) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", period.from(autoSubmitDay).atStartOfDay());
        p.put("months", period.months());
        p.put("submitted", InspectionStatus.SUBMITTED);
        p.put("hazardsFrom", period.from(autoSubmitDay).atStartOfDay());
        p.put("hazardsUntil", period.until(autoSubmitDay).atStartOfDay());
        return p;
    }

    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(value == null ? "" : value.toString());
        }
        return cells;
    }

    private static void requireOfficer(CallerScope caller) {
        if (caller == null || !caller.role().isOfficer()) {
            throw new AccessDeniedException();
        }
    }

    /** The WHERE of a list behind a number, with its parameters. */
    private Criteria criteria(StatisticsPeriod period, Measure measure, Grouping grouping, String key) {
        Criteria c = new Criteria(measure.subject(), periodParameters(period));
        switch (measure.subject()) {
            case ENTERPRISE -> {
                c.and(DUE);
                String any = "EXISTS (SELECT s.id FROM SelfInspection s WHERE s.enterprise = e AND s.period IN :months";
                switch (measure) {
                    case SAVED -> c.and(any + ")");
                    case SUBMITTED -> c.and(any + " AND s.status = :submitted)");
                    case BY_HAND -> c.and(any + " AND s.status = :submitted AND s.autoSubmitted = FALSE)");
                    case AUTO -> c.and(any + " AND s.status = :submitted)").and("NOT " + any
                            + " AND s.status = :submitted AND s.autoSubmitted = FALSE)");
                    case NOT_REPORTED -> c.and("NOT " + any + " AND s.status = :submitted)");
                    case ZERO_STREAK -> c.and("(SELECT COUNT(DISTINCT z.period) FROM SelfInspection z WHERE z.enterprise = e"
                                    + " AND z.status = :submitted AND z.period IN :streakMonths) = :streak")
                            .and("NOT EXISTS (SELECT y.id FROM SelfInspection y WHERE y.enterprise = e AND y.status = :submitted"
                                    + " AND y.period IN :streakMonths AND EXISTS (SELECT a.id FROM InspectionAnswer a"
                                    + " WHERE a.inspection = y AND a.hazard IS NOT NULL))")
                            .parameter("streakMonths", streakMonths(period)).parameter("streak", (long) STREAK_MONTHS);
                    case OFFICER_MORE -> c.and("(SELECT COUNT(o.id) FROM Hazard o WHERE o.enterprise = e AND o.source = :officers"
                                    + " AND o.originInspectionId IS NULL AND o.reportedAt >= :hazardsFrom AND o.reportedAt < :hazardsUntil)"
                                    + " > (SELECT COUNT(f.id) FROM Hazard f WHERE f.enterprise = e AND f.source = :itself"
                                    + " AND f.originInspectionId IS NULL AND f.reportedAt >= :hazardsFrom AND f.reportedAt < :hazardsUntil)")
                            .parameter("officers", cn.gov.wujin.selfcheck.hazard.entity.HazardSource.OFFICER)
                            .parameter("itself", cn.gov.wujin.selfcheck.hazard.entity.HazardSource.SELF);
                    default -> { }
                }
            }
            case RECORD -> {
                c.and(DUE).and("s.period IN :months AND s.status = :submitted");
                if (measure == Measure.ZERO_RECORDS) {
                    c.and(NO_HAZARD);
                }
            }
            case HAZARD -> {
                c.and(hazardPeriod());
                if (measure.foundKind() != null) {
                    c.and("h.kind = :kind").parameter("kind", measure.foundKind());
                }
                switch (measure) {
                    case RECTIFIED -> c.and("h.status = :closed").parameter("closed", HazardStatus.CLOSED);
                    case OPEN -> c.and("h.status <> :closed").parameter("closed", HazardStatus.CLOSED);
                    case OVERDUE -> c.and("h.status <> :closed AND h.deadline < :today").parameter("closed", HazardStatus.CLOSED)
                            .parameter("today", LocalDate.now(clock));
                    default -> {
                        if (!measure.majorStatuses().isEmpty()) {
                            c.and("h.kind = :kind AND h.status IN :states").parameter("kind", HazardKind.MAJOR)
                                    .parameter("states", measure.majorStatuses());
                        }
                    }
                }
            }
        }
        if (grouping != null && key != null) {
            if (!grouping.byCategory()) {
                c.and(grouping.enterpriseKey() + " = :group").parameter("group", Long.valueOf(key));
            } else if (measure.subject() == Measure.Subject.HAZARD) {
                groupByCategory(c, grouping, key);
            }
        }
        return c;
    }

    private static void groupByCategory(Criteria c, Grouping grouping, String key) {
        if (UNCATEGORISED.equals(key)) {
            c.and("c.id IS NULL");
            return;
        }
        int slash = key.indexOf(" / ");
        if (grouping == Grouping.SUBCATEGORY && slash > 0) {
            c.and("p.name = :first AND c.name = :second").parameter("first", key.substring(0, slash))
                    .parameter("second", key.substring(slash + 3));
        } else {
            c.and("((p.id IS NOT NULL AND p.name = :first) OR (p.id IS NULL AND c.name = :first))").parameter("first", key);
        }
    }

    /** Conditions and parameters of a list; the period's parameters are bound when used. */
    private static final class Criteria {
        private final Measure.Subject subject;
        private final StringBuilder where = new StringBuilder();
        private final Map<String, Object> parameters;

        Criteria(Measure.Subject subject, Map<String, Object> periodParameters) {
            this.subject = subject;
            this.parameters = new LinkedHashMap<>(periodParameters);
        }

        Criteria and(String condition) {
            where.append(" AND ").append(condition);
            return this;
        }

        Criteria parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        <T> TypedQuery<T> query(EntityManager em, CallerScope caller, String select, String orderBy, Class<T> type) {
            String jpql = select + from(caller) + orderBy;
            return bound(caller, em.createQuery(jpql, type), jpql, parameters);
        }

        private String from(CallerScope caller) {
            String base = switch (subject) {
                case ENTERPRISE -> " FROM Enterprise e WHERE ";
                case RECORD -> " FROM SelfInspection s JOIN s.enterprise e WHERE ";
                case HAZARD -> HAZARDS;
            };
            return base + restrict(caller) + where;
        }
    }
}
