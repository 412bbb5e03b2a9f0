package cn.gov.wujin.selfcheck.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** The audience of a notice: a kind and, for a town, department or type, its id. */
@Embeddable
public class Audience implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 16)
    private AudienceKind kind;

    @Column(name = "audience_town_id")
    private Long townId;

    @Column(name = "audience_department_id")
    private Long departmentId;

    @Column(name = "audience_type_id")
    private Long typeId;

    protected Audience() {
    }

    private Audience(AudienceKind kind, Long townId, Long departmentId, Long typeId) {
        this.kind = Objects.requireNonNull(kind);
        this.townId = townId;
        this.departmentId = departmentId;
        this.typeId = typeId;
    }

    public static Audience of(AudienceKind kind, Long id) {
        return switch (kind) {
            case ALL_IN_SCOPE, PICKED -> new Audience(kind, null, null, null);
            case TOWN -> new Audience(kind, Objects.requireNonNull(id), null, null);
            case DEPARTMENT -> new Audience(kind, null, Objects.requireNonNull(id), null);
            case TYPE -> new Audience(kind, null, null, Objects.requireNonNull(id));
        };
    }

    public AudienceKind getKind() {
        return kind;
    }

    public Long getTownId() {
        return townId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getTypeId() {
        return typeId;
    }
}
