package cn.gov.wujin.selfcheck.statistics.boundary;

/**
 * How a statistics table is grouped. By town, department and enterprise type every figure has its
 * group; by checklist category only the hazard figures have (a category is where a hazard was found,
 * not a property of the enterprise).
 */
public enum Grouping {
    TOWN("e.town.id"),
    DEPARTMENT("e.department.id"),
    TYPE("e.type.id"),
    /** 一级分类 of the hazard's checklist item. */
    CATEGORY(null),
    /** 二级分类 of the hazard's checklist item. */
    SUBCATEGORY(null);

    private final String enterpriseKey;

    Grouping(String enterpriseKey) {
        this.enterpriseKey = enterpriseKey;
    }

    /** The JPQL of the group's key on the enterprise {@code e}; null for the category groupings. */
    String enterpriseKey() {
        return enterpriseKey;
    }

    public boolean byCategory() {
        return enterpriseKey == null;
    }
}
