package cn.gov.wujin.selfcheck.standard.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** The 二级分类 of all sections, in order. */
    public List<Group> allGroups() {
        return sections.stream().flatMap(s -> s.getGroups().stream()).toList();
    }

    /** An item of this standard by id. */
    public Optional<Item> item(Long itemId) {
        return allGroups().stream().flatMap(g -> g.getItems().stream()).filter(i -> i.getId().equals(itemId)).findFirst();
    }

    /** The 判定标准 situations the items of this standard map to, each once, in the standard's order. */
    public List<String> majorSituations() {
        return allGroups().stream().flatMap(g -> g.getItems().stream()).map(Item::getMajorSituation)
                .filter(Objects::nonNull).distinct().toList();
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
        private final Long id;
        private final String name;
        private final List<Item> items;

        public Group(Long id, String name, List<Item> items) {
            this.id = id;
            this.name = name;
            this.items = List.copyOf(items);
        }

        public Long getId() {
            return id;
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
        private final Long id;
        private final String content;
        private final String criterion;
        private final String legalBasis;
        private final String majorSituation;

        public Item(Long id, String content, String criterion, String legalBasis, String majorSituation) {
            this.id = id;
            this.content = content;
            this.criterion = criterion;
            this.legalBasis = legalBasis;
            this.majorSituation = majorSituation;
        }

        public Long getId() {
            return id;
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
