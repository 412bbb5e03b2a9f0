package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 整改: what the enterprise enters for one step of the work. */
public class RectificationForm implements Serializable {

    @NotBlank(message = "{rectification.measures.required}")
    @Size(max = 2000, message = "{rectification.measures.tooLong}")
    private String measures;

    @NotNull(message = "{rectification.funds.required}")
    @DecimalMin(value = "0", message = "{rectification.funds.negative}")
    @Digits(integer = 12, fraction = 2, message = "{rectification.funds.digits}")
    private BigDecimal fundsUsed;

    @NotBlank(message = "{rectification.responsible.required}")
    @Size(max = 50, message = "{rectification.responsible.tooLong}")
    private String responsible;

    private LocalDate completedOn;

    /** 整改状态: 已完成 (true) or 整改中 (false). */
    private boolean finished;

    @Size(max = GeneralHazardForm.MAX_PHOTOS, message = "{hazard.photos.tooMany}")
    private List<StoredImage> photos = new ArrayList<>();

    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public BigDecimal getFundsUsed() { return fundsUsed; }
    public void setFundsUsed(BigDecimal fundsUsed) { this.fundsUsed = fundsUsed; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public boolean isFinished() { return finished; }
    public void setFinished(boolean finished) { this.finished = finished; }
    public List<StoredImage> getPhotos() { return photos; }
    public void setPhotos(List<StoredImage> photos) { this.photos = new ArrayList<>(photos); }
}
