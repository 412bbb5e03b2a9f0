package cn.gov.wujin.selfcheck.hazard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** 隐患照片: one photo of a general hazard; the file is named by the SHA-256 of its bytes. */
@Entity
@Table(name = "hazard_photo")
@NamedQuery(name = HazardPhoto.COUNT_BY_KEY, query = "SELECT COUNT(p) FROM HazardPhoto p "
        + "WHERE p.enterpriseId = :enterpriseId AND p.storageKey = :key")
public class HazardPhoto {

    public static final String COUNT_BY_KEY = "HazardPhoto.countByKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    /** The owner of the file, kept beside the hazard so that a file's last reference is found by one query. */
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected HazardPhoto() {
    }

    HazardPhoto(Hazard hazard, int sortOrder, PhotoFile file) {
        this.hazard = Objects.requireNonNull(hazard);
        this.enterpriseId = hazard.getEnterprise().getId();
        this.sortOrder = sortOrder;
        this.storageKey = file.getKey();
        this.format = file.getFormat();
        this.mediaType = file.getMediaType();
        this.byteSize = file.getByteSize();
        this.width = file.getWidth();
        this.height = file.getHeight();
    }

    /** What the dialog holds of this photo, to save it again with a reopened draft. */
    public PhotoFile toFile() {
        return new PhotoFile(storageKey, format, mediaType, byteSize, width, height);
    }

    public Long getId() { return id; }
    public Hazard getHazard() { return hazard; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getStorageKey() { return storageKey; }
    public String getFormat() { return format; }
    public String getMediaType() { return mediaType; }
}
