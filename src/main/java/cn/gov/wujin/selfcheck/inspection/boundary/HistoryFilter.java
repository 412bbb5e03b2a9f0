package cn.gov.wujin.selfcheck.inspection.boundary;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** 历史记录 查询: a range of 检查日期, part of the inspector's name, and whether hazards were found. */
public class HistoryFilter implements Serializable {

    /** Whether a record found hazards (一般 or 重大). */
    public enum Hazards { ANY, WITH, WITHOUT }

    private LocalDate from;
    private LocalDate to;

    @Size(max = 50)
    private String inspector;

    private Hazards hazards = Hazards.ANY;

    public boolean isRangeReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getInspector() { return inspector; }
    public void setInspector(String inspector) { this.inspector = inspector; }
    public Hazards getHazards() { return hazards; }
    public void setHazards(Hazards hazards) { this.hazards = hazards == null ? Hazards.ANY : hazards; }
}
