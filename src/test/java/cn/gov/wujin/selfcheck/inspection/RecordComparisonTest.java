package cn.gov.wujin.selfcheck.inspection;

import cn.gov.wujin.selfcheck.inspection.control.RecordComparison;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison.Answer;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison.Row;
import cn.gov.wujin.selfcheck.inspection.control.RecordComparison.Side;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard.Group;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard.Item;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 对比: rows item by item, matched by content across standard versions, changes marked. */
class RecordComparisonTest {

    private static PrintableStandard standard(int version, Item... items) {
        return new PrintableStandard("工贸", version, List.of(new Section("基础管理",
                List.of(new Group(version * 100L, "安全生产责任制", List.of(items))))));
    }

    private static Item item(long id, String content) {
        return new Item(id, content, "标准", "依据", null);
    }

    @Test
    void sameAnswersOnTheSameVersionShowNoChange() {
        PrintableStandard v1 = standard(1, item(1, "责任制"), item(2, "制度"));
        Map<Long, Answer> answers = Map.of(1L, new Answer("NONE", null), 2L, new Answer("GENERAL", "仓库：灭火器过期"));
        RecordComparison comparison = RecordComparison.of(new Side(v1, answers), new Side(v1, answers));
        assertEquals(2, comparison.getRows().size());
        assertEquals(0, comparison.getChangedCount());
    }

    @Test
    void aDifferentResultOrHazardTextOrAnUnansweredItemIsAChange() {
        PrintableStandard v1 = standard(1, item(1, "责任制"), item(2, "制度"), item(3, "培训"));
        RecordComparison comparison = RecordComparison.of(
                new Side(v1, Map.of(1L, new Answer("GENERAL", "仓库：灭火器过期"), 2L, new Answer("GENERAL", "车间：通道堵塞"))),
                new Side(v1, Map.of(1L, new Answer("NONE", null), 2L, new Answer("GENERAL", "车间：通道已清理一半"),
                        3L, new Answer("NONE", null))));
        List<Row> rows = comparison.getRows();
        assertEquals(3, comparison.getChangedCount());
        assertEquals("GENERAL", rows.get(0).getLeftResult());
        assertEquals("NONE", rows.get(0).getRightResult());
        assertEquals(RecordComparison.UNANSWERED, rows.get(2).getLeftResult());
    }

    @Test
    void itemsAreMatchedByContentAcrossVersionsAndAnItemOneVersionLacksIsAbsentThere() {
        PrintableStandard v1 = standard(1, item(1, "责任制"), item(2, "旧条款"));
        PrintableStandard v2 = standard(2, item(11, "新条款"), item(12, "责任制"));
        RecordComparison comparison = RecordComparison.of(
                new Side(v1, Map.of(1L, new Answer("NONE", null), 2L, new Answer("NONE", null))),
                new Side(v2, Map.of(11L, new Answer("NONE", null), 12L, new Answer("NONE", null))));
        List<Row> rows = comparison.getRows();
        assertEquals(List.of("新条款", "责任制", "旧条款"), rows.stream().map(Row::getContent).toList());
        assertEquals(RecordComparison.ABSENT, rows.get(0).getLeftResult());
        assertFalse(rows.get(1).isChanged(), "the same item in two versions, answered alike");
        assertEquals(RecordComparison.ABSENT, rows.get(2).getRightResult());
        assertTrue(rows.get(2).isChanged());
    }
}
