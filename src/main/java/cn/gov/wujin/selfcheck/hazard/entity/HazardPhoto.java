package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/** 隐患照片: one photo of a general hazard, before the work or after a step of it; its file is named by the SHA-256 of its bytes. */
@Entity
@Table(name = "hazard_photo")
@NamedQuery(name = HazardPhoto.COUNT_BY_KEY, query = "SELECT COUNT(p) FROM HazardPhoto p "
        + "WHERE p.enterpriseId = :enterpriseId AND p.image.storageKey = :key")
@NamedQuery(name = HazardPhoto.KEYS_BY_ENTERPRISE, query = "SELECT DISTINCT p.image.storageKey FROM HazardPhoto p "
        + "WHERE p.enterpriseId = :enterpriseId")
public class HazardPhoto {

    public static final String COUNT_BY_KEY = "HazardPhoto.countByKey";
    public static final String KEYS_BY_ENTERPRISE = "HazardPhoto.keysByEnterprise";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_photo_seq")
    @SequenceGenerator(name = "hazard_photo_seq", sequenceName = "hazard_photo_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    /** The owner of the file, kept beside the hazard so that a file's last reference is found by one query. */
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    /** The step whose work the photo shows; null for a photo of the report (before the work). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private StoredImage image;

    protected HazardPhoto() {
    }

    HazardPhoto(Hazard hazard, int sortOrder, StoredImage image) {
        this.hazard = Objects.requireNonNull(hazard);
        this.enterpriseId = hazard.getEnterprise().getId();
        this.sortOrder = sortOrder;
        this.image = image.copy();
    }

    HazardPhoto(Rectification rectification, int sortOrder, StoredImage image) {
        this(rectification.getHazard(), sortOrder, image);
        this.rectification = rectification;
    }

    public Long getId() { return id; }
    public Hazard getHazard() { return hazard; }
    public Long getEnterpriseId() { return enterpriseId; }
    public Rectification getRectification() { return rectification; }
    public StoredImage getImage() { return image; }
}
