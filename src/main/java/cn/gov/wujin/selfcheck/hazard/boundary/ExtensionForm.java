package cn.gov.wujin.selfcheck.hazard.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** 延期申请: the new date asked for and why. */
public class ExtensionForm implements Serializable {

    @NotNull(message = "{extension.until.required}")
    private LocalDate until;

    @NotBlank(message = "{extension.reason.required}")
    @Size(max = 1000)
    private String reason;

    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
