package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.time.YearMonth;

/** The filters of 未整改隐患: status, level (general / major), the month it was reported, overdue only. */
public class OpenHazardFilter implements Serializable {

    private HazardStatus status;
    private HazardKind kind;
    private HazardSource source;
    private YearMonth period;
    private boolean overdueOnly;

    public HazardStatus getStatus() { return status; }
    public void setStatus(HazardStatus status) { this.status = status; }
    public HazardKind getKind() { return kind; }
    public void setKind(HazardKind kind) { this.kind = kind; }
    public YearMonth getPeriod() { return period; }
    public void setPeriod(YearMonth period) { this.period = period; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public HazardSource getSource() { return source; }
    public void setSource(HazardSource source) { this.source = source; }
}
