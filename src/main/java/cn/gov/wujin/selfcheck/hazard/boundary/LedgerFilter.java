package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;
import cn.gov.wujin.selfcheck.hazard.entity.HazardStatus;

import java.io.Serializable;
import java.time.YearMonth;

/** What the 台帐 is narrowed to; every part optional. The caller's scope always applies on top. */
public class LedgerFilter implements Serializable {

    /** One enterprise (an officer's ledger of one enterprise); null: the caller's whole scope. */
    private Long enterpriseId;
    /** First and last month of the reporting date, both inclusive. */
    private YearMonth from;
    private YearMonth to;
    private HazardKind kind;
    private HazardStatus status;
    /** 自查 or 代报. */
    private HazardSource source;

    public Long getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(Long enterpriseId) { this.enterpriseId = enterpriseId; }
    public YearMonth getFrom() { return from; }
    public void setFrom(YearMonth from) { this.from = from; }
    public YearMonth getTo() { return to; }
    public void setTo(YearMonth to) { this.to = to; }
    public HazardKind getKind() { return kind; }
    public void setKind(HazardKind kind) { this.kind = kind; }
    public HazardStatus getStatus() { return status; }
    public void setStatus(HazardStatus status) { this.status = status; }
    public HazardSource getSource() { return source; }
    public void setSource(HazardSource source) { this.source = source; }
}
