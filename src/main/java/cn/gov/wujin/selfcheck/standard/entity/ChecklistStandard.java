package cn.gov.wujin.selfcheck.standard.entity;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** 隐患排查标准: one version of the checklist of an enterprise type. */
@Entity
@Table(name = "checklist_standard")
@NamedQuery(name = ChecklistStandard.FIND_PUBLISHED_FOR_TYPE,
        query = "SELECT s FROM ChecklistStandard s WHERE s.enterpriseType.id = :typeId AND s.status = :status "
                + "ORDER BY s.versionNo DESC")
public class ChecklistStandard {

    public static final String FIND_PUBLISHED_FOR_TYPE = "ChecklistStandard.findPublishedForType";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "enterprise_type_id", nullable = false)
    private EnterpriseType enterpriseType;

    @Column(nullable = false, length = 200)
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
