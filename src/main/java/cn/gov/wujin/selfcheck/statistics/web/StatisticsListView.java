package cn.gov.wujin.selfcheck.statistics.web;

import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.statistics.boundary.Grouping;
import cn.gov.wujin.selfcheck.statistics.boundary.Measure;
import cn.gov.wujin.selfcheck.statistics.boundary.Statistics;
import cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Map;

/**
 * The list behind a number of 统计分析 (/officer/statistics-list.xhtml?period=&measure=[&grouping=&key=]):
 * enterprises, records or hazards, counted and paged by the same conditions as the number. A malformed
 * address answers 403 like a refused one.
 */
@Named
@ViewScoped
public class StatisticsListView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Statistics statistics;

    private StatisticsPeriod period;
    private Measure measure;
    private Grouping grouping;
    private String key;
    private long total;
    private LazyDataModel<Statistics.Item> model;

    /** The view action: reads the address; refuses what it cannot read. */
    public void load() {
        ViewTarget.findOrRefuse(() -> {
            Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            try {
                period = StatisticsPeriod.parse(p.get("period"));
                measure = Measure.valueOf(p.getOrDefault("measure", ""));
                grouping = p.get("grouping") == null ? null : Grouping.valueOf(p.get("grouping"));
            } catch (IllegalArgumentException e) {
                throw new AccessDeniedException();
            }
            if (period == null) {
                throw new AccessDeniedException();
            }
            key = grouping == null ? null : p.get("key");
            total = statistics.count(currentUser.scope(), period, measure, grouping, key);
            model = new PagedModel<>(() -> statistics.count(currentUser.scope(), period, measure, grouping, key),
                    (first, size) -> statistics.list(currentUser.scope(), period, measure, grouping, key, first, size),
                    Statistics.Item::getLink);
            return this;
        });
    }

    /** 催报 is offered on the month's 未上报 list. */
    public boolean isUrgeable() {
        return measure == Measure.NOT_REPORTED && period != null && period.kind() == StatisticsPeriod.Kind.MONTH;
    }

    /** 催报: reminds every enterprise of the list (once per enterprise and day) and says how many were reminded now. */
    public void urge() {
        int reminded = statistics.urgeNotReported(currentUser.scope(), period, grouping, key);
        cn.gov.wujin.selfcheck.platform.faces.Messages.info("statistics.urged", reminded);
    }

    /** The list's own address for its export. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("period=").append(period.key()).append("&measure=").append(measure.name());
        if (grouping != null && key != null) {
            query.append("&grouping=").append(grouping.name()).append("&key=")
                    .append(java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public String getSubject() {
        return measure == null ? null : measure.subject().name();
    }

    public String getMeasure() {
        return measure == null ? null : measure.name();
    }

    public String getPeriodKey() {
        return period == null ? null : period.key();
    }

    public String getKey() {
        return key;
    }

    public String getGrouping() {
        return grouping == null ? null : grouping.name();
    }

    public long getTotal() {
        return total;
    }

    public LazyDataModel<Statistics.Item> getModel() {
        return model;
    }
}
