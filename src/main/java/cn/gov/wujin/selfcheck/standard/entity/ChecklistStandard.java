package cn.gov.wujin.selfcheck.standard.entity;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.platform.persistence.IdSequences;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 隐患排查标准: one version of the checklist of an enterprise type. */
@Entity
@Table(name = "checklist_standard")
@NamedQuery(name = ChecklistStandard.FIND_PUBLISHED_FOR_TYPE,
        query = "SELECT s FROM ChecklistStandard s WHERE s.enterpriseType.id = :typeId AND s.status = :status "
                + "ORDER BY s.versionNo DESC")
@NamedQuery(name = ChecklistStandard.FIND_ALL,
        query = "SELECT s FROM ChecklistStandard s ORDER BY s.enterpriseType.sortOrder, s.enterpriseType.id, s.versionNo DESC")
@NamedQuery(name = ChecklistStandard.FIND_ALL_FOR_TYPE,
        query = "SELECT s FROM ChecklistStandard s WHERE s.enterpriseType.id = :typeId ORDER BY s.versionNo DESC")
@NamedQuery(name = ChecklistStandard.COUNT_ITEMS,
        query = "SELECT c.standard.id, COUNT(i) FROM ChecklistItem i JOIN i.category c GROUP BY c.standard.id")
public class ChecklistStandard {

    public static final String FIND_PUBLISHED_FOR_TYPE = "ChecklistStandard.findPublishedForType";
    public static final String FIND_ALL = "ChecklistStandard.findAll";
    public static final String FIND_ALL_FOR_TYPE = "ChecklistStandard.findAllForType";
    public static final String COUNT_ITEMS = "ChecklistStandard.countItems";
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_standard_seq")
    @SequenceGenerator(name = "checklist_standard_seq", sequenceName = "checklist_standard_seq", allocationSize = IdSequences.ALLOCATION_SIZE)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "enterprise_type_id", nullable = false)
    private EnterpriseType enterpriseType;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StandardStatus status;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "standard")
    @OrderBy("sortOrder")
    private List<ChecklistCategory> categories = new ArrayList<>();

    @Version
    private long version;

    protected ChecklistStandard() {
    }

    /** A new DRAFT version of the standard of a type. */
    public ChecklistStandard(EnterpriseType enterpriseType, String name, int versionNo) {
        this.enterpriseType = Objects.requireNonNull(enterpriseType, "enterpriseType");
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("name");
        }
        if (versionNo < 1) {
            throw new IllegalArgumentException("versionNo");
        }
        this.name = name;
        this.versionNo = versionNo;
        this.status = StandardStatus.DRAFT;
    }

    public boolean isDraft() {
        return status == StandardStatus.DRAFT;
    }

    /** DRAFT → PUBLISHED; from now on the version is never changed. */
    public void publish(Clock clock) {
        if (!isDraft()) {
            throw new IllegalStateException("only a draft is published, this one is " + status);
        }
        status = StandardStatus.PUBLISHED;
        publishedAt = LocalDateTime.now(clock);
    }

    /** PUBLISHED → RETIRED, when a newer version of the type is published. */
    public void retire() {
        if (status != StandardStatus.PUBLISHED) {
            throw new IllegalStateException("only a published standard is retired, this one is " + status);
        }
        status = StandardStatus.RETIRED;
    }

    /** All categories of both levels, in order of their level-1 parent and then of their own order. */
    public List<ChecklistCategory> getCategories() {
        return categories;
    }

    /** The 一级分类 (categories without a parent), in order. */
    public List<ChecklistCategory> topCategories() {
        return categories.stream().filter(c -> c.getParent() == null).toList();
    }

    public Long getId() {
        return id;
    }

    public EnterpriseType getEnterpriseType() {
        return enterpriseType;
    }

    public String getName() {
        return name;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public StandardStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
