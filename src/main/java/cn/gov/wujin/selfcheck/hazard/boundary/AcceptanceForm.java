package cn.gov.wujin.selfcheck.hazard.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** 整改审查意见 and 验收结果 of a finished rectification. */
public class AcceptanceForm implements Serializable {

    @NotBlank(message = "{acceptance.opinion.required}")
    @Size(max = 2000, message = "{acceptance.opinion.tooLong}")
    private String reviewOpinion;

    @NotBlank(message = "{acceptance.acceptor.required}")
    @Size(max = 50, message = "{acceptance.acceptor.tooLong}")
    private String acceptor;

    @NotNull(message = "{acceptance.date.required}")
    private LocalDate acceptedOn;

    /** 通过 (true) or 不通过 (false); nothing chosen is refused. */
    @NotNull(message = "{acceptance.result.required}")
    private Boolean passed;

    @Size(max = 1000, message = "{acceptance.reason.tooLong}")
    private String reason;

    /** 不通过 needs its reason. */
    @AssertTrue(message = "{acceptance.reason.required}")
    public boolean isReasonGivenWhenFailed() {
        return !Boolean.FALSE.equals(passed) || (reason != null && !reason.isBlank());
    }

    public String getReviewOpinion() { return reviewOpinion; }
    public void setReviewOpinion(String reviewOpinion) { this.reviewOpinion = reviewOpinion; }
    public String getAcceptor() { return acceptor; }
    public void setAcceptor(String acceptor) { this.acceptor = acceptor; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public void setAcceptedOn(LocalDate acceptedOn) { this.acceptedOn = acceptedOn; }
    public Boolean getPassed() { return passed; }
    public void setPassed(Boolean passed) { this.passed = passed; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
