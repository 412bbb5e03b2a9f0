package cn.gov.wujin.selfcheck.standard.boundary;

import cn.gov.wujin.selfcheck.standard.entity.StandardStatus;



import java.io.Serializable;
import java.util.List;

/**
 * A standard version for the administrator's edit page: 一级 → 二级 → items, each with its id. Plain
 * classes with getters (Jakarta EL 5 reads no records).
 */
public final class EditableStandard implements Serializable {

    private final Long id;
    private final String typeName;
    private final String name;
    private final int versionNo;
    private final StandardStatus status;
    private final List<Section> sections;

    public EditableStandard(Long id, String typeName, String name, int versionNo, StandardStatus status,
                            List<Section> sections) {
        this.id = id;
        this.typeName = typeName;
        this.name = name;
        this.versionNo = versionNo;
        this.status = status;
        this.sections = List.copyOf(sections);
    }

    public Long getId() { return id; }
    public String getTypeName() { return typeName; }
    public String getName() { return name; }
    public int getVersionNo() { return versionNo; }
    public StandardStatus getStatus() { return status; }
    public boolean isDraft() { return status == StandardStatus.DRAFT; }
    public List<Section> getSections() { return sections; }

    public int getItemCount() {
        return sections.stream().flatMap(s -> s.getGroups().stream()).mapToInt(g -> g.getItems().size()).sum();
    }

    /** 一级分类, with its id (二级分类 and items are those of {@link PrintableStandard}). */
    public static final class Section implements Serializable {
        private final Long id;
        private final String name;
        private final List<PrintableStandard.Group> groups;

        public Section(Long id, String name, List<PrintableStandard.Group> groups) {
            this.id = id;
            this.name = name;
            this.groups = List.copyOf(groups);
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public List<PrintableStandard.Group> getGroups() { return groups; }
    }
}
