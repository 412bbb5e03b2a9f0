package cn.gov.wujin.selfcheck.inspection.control;

import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 对比: two records of one enterprise side by side, item by item. The records may have answered
 * different versions of the standard, so items are matched by what they say (一级分类, 二级分类 and
 * 排查内容), not by id; an item that one version lacks shows as absent there. A row has changed when
 * its result or its hazard text differs.
 */
public final class RecordComparison implements Serializable {

    /** What one record says of one item: its result key (NONE, GENERAL, MAJOR) and hazard text, or nothing. */
    public record Answer(String result, String hazard) implements Serializable {
    }

    /** One record: its standard version and its answers by item id. */
    public record Side(PrintableStandard standard, Map<Long, Answer> answersByItem) {
    }

    /** A result key for an item the record did not answer. */
    public static final String UNANSWERED = "UNANSWERED";
    /** A result key for an item the record's standard version does not have. */
    public static final String ABSENT = "ABSENT";

    private final List<Row> rows;

    private RecordComparison(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Rows in the order of the newer record's standard, then the items only the older one had. */
    public static RecordComparison of(Side older, Side newer) {
        Map<String, Cell> left = cells(older);
        Map<String, Cell> right = cells(newer);
        Map<String, Row> rows = new LinkedHashMap<>();
        right.forEach((key, cell) -> rows.put(key, new Row(cell, left.get(key), cell)));
        left.forEach((key, cell) -> rows.putIfAbsent(key, new Row(cell, cell, null)));
        return new RecordComparison(new ArrayList<>(rows.values()));
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getChangedCount() {
        return rows.stream().filter(Row::isChanged).count();
    }

    private static Map<String, Cell> cells(Side side) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (PrintableStandard.Section section : side.standard().getSections()) {
            for (PrintableStandard.Group group : section.getGroups()) {
                for (PrintableStandard.Item item : group.getItems()) {
                    Answer answer = side.answersByItem().get(item.getId());
                    String key = section.getName() + '\u0000' + group.getName() + '\u0000' + item.getContent();
                    cells.putIfAbsent(key, new Cell(section.getName(), group.getName(), item.getContent(),
                            answer == null ? UNANSWERED : answer.result(), answer == null ? null : answer.hazard()));
                }
            }
        }
        return cells;
    }

    private record Cell(String section, String group, String content, String result, String hazard) {
    }

    /** One item in both records. */
    public static final class Row implements Serializable {
        private final String section;
        private final String group;
        private final String content;
        private final String leftResult;
        private final String leftHazard;
        private final String rightResult;
        private final String rightHazard;

        private Row(Cell item, Cell left, Cell right) {
            this.section = item.section();
            this.group = item.group();
            this.content = item.content();
            this.leftResult = left == null ? ABSENT : left.result();
            this.leftHazard = left == null ? null : left.hazard();
            this.rightResult = right == null ? ABSENT : right.result();
            this.rightHazard = right == null ? null : right.hazard();
        }

        public boolean isChanged() {
            return !leftResult.equals(rightResult) || !Objects.equals(leftHazard, rightHazard);
        }

        public String getSection() { return section; }
        public String getGroup() { return group; }
        public String getContent() { return content; }
        public String getLeftResult() { return leftResult; }
        public String getLeftHazard() { return leftHazard; }
        public String getRightResult() { return rightResult; }
        public String getRightHazard() { return rightHazard; }
    }
}
