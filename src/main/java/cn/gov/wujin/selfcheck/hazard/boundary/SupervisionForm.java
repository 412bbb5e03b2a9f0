package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** 挂牌督办 as an officer fills it in: level, supervising unit, deadline and the 督办通知书's number. */
public class SupervisionForm implements Serializable {

    @NotNull(message = "{supervision.level.required}")
    private ListingLevel level;

    @NotBlank(message = "{supervision.unit.required}")
    @Size(max = 200)
    private String unit;

    @NotNull(message = "{supervision.deadline.required}")
    private LocalDate deadline;

    @NotBlank(message = "{supervision.documentNumber.required}")
    @Size(max = 50, message = "{supervision.documentNumber.size}")
    private String documentNumber;

    public ListingLevel getLevel() { return level; }
    public void setLevel(ListingLevel level) { this.level = level; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
}
