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

/** 隐患信息填写: what the 一般隐患 dialog asks. The deadline is checked against "today" in the boundary. */
public class GeneralHazardForm implements Serializable {

    public static final int MAX_PHOTOS = 5;

    @NotBlank(message = "{hazard.location.required}")
    @Size(max = 200)
    private String location;

    @NotBlank(message = "{hazard.description.required}")
    @Size(max = 2000)
    private String description;

    @NotBlank(message = "{hazard.type.required}")
    @Size(max = 100)
    private String hazardType;

    @NotBlank(message = "{hazard.responsible.required}")
    @Size(max = 50)
    private String responsible;

    @NotNull(message = "{hazard.deadline.required}")
    private LocalDate deadline;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal plannedFunds;

    private boolean rectifiedImmediately;

    /** 隐患照片 (optional), each checked by content when uploaded. */
    @Size(max = MAX_PHOTOS, message = "{hazard.photos.tooMany}")
    private List<StoredImage> photos = new ArrayList<>();

    public GeneralHazardForm copy() {
        GeneralHazardForm copy = new GeneralHazardForm();
        copy.location = location;
        copy.description = description;
        copy.hazardType = hazardType;
        copy.responsible = responsible;
        copy.deadline = deadline;
        copy.plannedFunds = plannedFunds;
        copy.rectifiedImmediately = rectifiedImmediately;
        copy.photos = new ArrayList<>(photos);
        return copy;
    }

    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getHazardType() { return hazardType; }
    public void setHazardType(String hazardType) { this.hazardType = hazardType; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public BigDecimal getPlannedFunds() { return plannedFunds; }
    public void setPlannedFunds(BigDecimal plannedFunds) { this.plannedFunds = plannedFunds; }
    public boolean isRectifiedImmediately() { return rectifiedImmediately; }
    public void setRectifiedImmediately(boolean rectifiedImmediately) { this.rectifiedImmediately = rectifiedImmediately; }
    public List<StoredImage> getPhotos() { return photos; }
    public void setPhotos(List<StoredImage> photos) { this.photos = photos == null ? new ArrayList<>() : new ArrayList<>(photos); }
}
