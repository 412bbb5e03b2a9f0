package cn.gov.wujin.selfcheck.enterprise.entity;

import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 单位图片: the metadata of a picture; the image and its thumbnail are files under the data
 * directory named by {@link #getStorageKey()} (a random UUID, never shown in a URL).
 */
@Entity
@Table(name = "enterprise_picture")
@NamedQuery(name = EnterprisePicture.FIND_BY_ENTERPRISE,
        query = "SELECT p FROM EnterprisePicture p WHERE p.enterprise.id = :enterpriseId ORDER BY p.uploadedAt DESC, p.id DESC")
@NamedQuery(name = EnterprisePicture.KEYS_BY_ENTERPRISE,
        query = "SELECT p.image.storageKey FROM EnterprisePicture p WHERE p.enterprise.id = :enterpriseId")
public class EnterprisePicture implements Serializable {

    public static final String FIND_BY_ENTERPRISE = "EnterprisePicture.findByEnterprise";
    public static final String KEYS_BY_ENTERPRISE = "EnterprisePicture.keysByEnterprise";
    public static final int TITLE_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_picture_seq")
    @SequenceGenerator(name = "enterprise_picture_seq", sequenceName = "enterprise_picture_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PictureKind kind;

    @Embedded
    private StoredImage image;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Version
    private long version;

    protected EnterprisePicture() {
    }

    public EnterprisePicture(Enterprise enterprise, String title, PictureKind kind, StoredImage image, String uploadedBy,
                             LocalDateTime uploadedAt) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title");
        }
        this.enterprise = Objects.requireNonNull(enterprise);
        this.title = title.strip();
        this.kind = Objects.requireNonNull(kind);
        this.image = Objects.requireNonNull(image);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getTitle() { return title; }
    public PictureKind getKind() { return kind; }
    public StoredImage getImage() { return image; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public long getVersion() { return version; }
}
