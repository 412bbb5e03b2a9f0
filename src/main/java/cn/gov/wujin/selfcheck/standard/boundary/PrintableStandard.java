package cn.gov.wujin.selfcheck.standard.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A whole standard as one table for reading and printing: 一级 → 二级 → items. Plain classes with
 * getters, so that pages (Jakarta EL 5) and the PDF writer read it alike.
 */
public final class PrintableStandard implements Serializable {

    private final String name;
    private final int versionNo;
    private final List<Section> sections;

    public PrintableStandard(String name, int versionNo, List<Section> sections) {
        this.name = name;
        this.versionNo = versionNo;
        this.sections = List.copyOf(sections);
    }

    public String getName() {
        return name;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public List<Section> getSections() {
        return sections;
    }

    public int getItemCount() {
        return sections.stream().flatMap(s -> s.getGroups().stream()).mapToInt(g -> g.getItems().size()).sum();
    }

    /** 一级分类. */
    public static final class Section implements Serializable {
        private final String name;
        private final List<Group> groups;

        public Section(String name, List<Group> groups) {
            this.name = name;
            this.groups = List.copyOf(groups);
        }

        public String getName() {
            return name;
        }

        public List<Group> getGroups() {
            return groups;
        }
    }

    /** 二级分类. */
    public static final class Group implements Serializable {
        private final String name;
        private final List<Item> items;

        public Group(String name, List<Item> items) {
            this.name = name;
            this.items = List.copyOf(items);
        }

        public String getName() {
            return name;
        }

        public List<Item> getItems() {
            return items;
        }
    }

    /** 标准细则. */
    public static final class Item implements Serializable {
        private final String content;
        private final String criterion;
        private final String legalBasis;
        private final String majorSituation;

        public Item(String content, String criterion, String legalBasis, String majorSituation) {
            this.content = content;
            this.criterion = criterion;
            this.legalBasis = legalBasis;
            this.majorSituation = majorSituation;
        }

        public String getContent() {
            return content;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public String getMajorSituation() {
            return majorSituation;
        }
    }
}
