package cn.gov.wujin.selfcheck.management;

import cn.gov.wujin.selfcheck.management.control.ImportColumn;
import cn.gov.wujin.selfcheck.management.control.ImportFile;
import cn.gov.wujin.selfcheck.management.control.ReferenceNames;
import cn.gov.wujin.selfcheck.management.control.RowCheck;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The row checks of 批量导入 that need no database, and the names' short forms. */
class RowCheckTest {

    private static final ReferenceNames TOWNS = new ReferenceNames(List.of(new ReferenceNames.Entry(1L, "湖塘镇", null),
            new ReferenceNames.Entry(2L, "牛塘镇", null), new ReferenceNames.Entry(3L, "南夏墅街道", null),
            new ReferenceNames.Entry(4L, "武进国家高新技术产业开发区", null), new ReferenceNames.Entry(5L, "武进经济开发区", null)));
    private static final ReferenceNames DEPARTMENTS = new ReferenceNames(List.of(
            new ReferenceNames.Entry(11L, "应急管理局（安监）", null), new ReferenceNames.Entry(12L, "工业和信息化局", null)));
    private static final ReferenceNames TYPES = new ReferenceNames(List.of(new ReferenceNames.Entry(21L, "机械", "工贸企业"),
            new ReferenceNames.Entry(22L, "纺织", "工贸企业"), new ReferenceNames.Entry(23L, "其他", "工贸企业"),
            new ReferenceNames.Entry(24L, "其他", "危险化学品")));
    private static final ReferenceNames LEVELS = new ReferenceNames(List.of(new ReferenceNames.Entry(31L, "重点", null),
            new ReferenceNames.Entry(32L, "一般", null)));

    @Test
    void namesAreFoundByTheirFullNameOrACommonShortFormThatFitsOneEntryOnly() {
        assertEquals(1L, TOWNS.find("湖塘镇").orElseThrow().id());
        assertEquals(1L, TOWNS.find("湖塘").orElseThrow().id());
        assertEquals(3L, TOWNS.find("南夏墅").orElseThrow().id());
        assertEquals(11L, DEPARTMENTS.find("应急管理局").orElseThrow().id());
        assertEquals(11L, DEPARTMENTS.find("应急管理局(安监)").orElseThrow().id(), "half-width brackets");
        assertEquals(21L, TYPES.find("工贸企业/机械").orElseThrow().id());
        assertEquals(21L, TYPES.find("机械").orElseThrow().id());
        assertEquals(24L, TYPES.find("危险化学品/其他").orElseThrow().id());
        assertEquals(Optional.empty(), TYPES.find("其他"), "两个大类都有“其他”: ambiguous");
        assertEquals(Optional.empty(), TOWNS.find("武进"), "fits two zones");
        assertEquals(Optional.empty(), TOWNS.find("塘"), "one character is no short form");
        assertEquals(Optional.empty(), TYPES.find("工贸企业"), "a category is not a subtype");
    }

    @Test
    void aRowIsRefusedForItsFirstFaultWithTheColumnAtFault() {
        RowCheck check = new RowCheck(TOWNS, DEPARTMENTS, TYPES, LEVELS);
        String code = ImportFiles.creditCode();
        assertEquals(Optional.empty(), check.problem(row(2, "甲公司", code, "湖塘", "机械")));
        RowCheck.Valid valid = check.accept(row(2, "甲公司", code, "湖塘", "机械"));
        assertEquals(1L, valid.townId());
        assertEquals(21L, valid.typeId());

        assertProblem(check.problem(row(3, "乙公司", code, "湖塘", "机械")), ImportColumn.CREDIT_CODE, "import.reject.duplicateCode", 2);
        assertProblem(check.problem(row(4, "甲公司", ImportFiles.creditCode(), "湖塘", "机械")), ImportColumn.NAME, "import.reject.duplicateName", 2);
        String wrong = ImportFiles.withWrongCheck(ImportFiles.creditCode());
        RowCheck.Problem check17 = check.problem(row(5, "丙公司", wrong, "湖塘", "机械")).orElseThrow();
        assertEquals("import.reject.creditCodeCheck", check17.messageKey());
        assertTrue(check17.argument() instanceof Character && !check17.argument().equals(wrong.charAt(17)), "names the right check character");
        assertProblem(check.problem(row(6, "丁公司", "91320412ABC", "湖塘", "机械")), ImportColumn.CREDIT_CODE, "import.reject.creditCodeFormat", "91320412ABC");
        assertProblem(check.problem(row(7, "戊公司", "91320412MA1EXAMPLO", "湖塘", "机械")), ImportColumn.CREDIT_CODE,
                "import.reject.creditCodeFormat", "91320412MA1EXAMPLO");
        assertProblem(check.problem(row(8, "", ImportFiles.creditCode(), "湖塘", "机械")), ImportColumn.NAME, "import.reject.required", "单位名称");
        assertProblem(check.problem(row(9, "己公司", ImportFiles.creditCode(), "火星镇", "机械")), ImportColumn.TOWN, "import.reject.unknown", "火星镇");
        assertProblem(check.problem(row(10, "庚公司", ImportFiles.creditCode(), "湖塘", "工贸企业")), ImportColumn.TYPE,
                "import.reject.unknownType", "工贸企业");
        assertEquals("91320412MA1EXAMPL4".length(), 18);
        assertTrue(cn.gov.wujin.selfcheck.enterprise.control.CreditCode.isValid(ImportColumn.CREDIT_CODE.example()),
                "the template's example row is itself valid");
    }

    private static void assertProblem(Optional<RowCheck.Problem> problem, ImportColumn column, String key, Object argument) {
        assertTrue(problem.isPresent(), "refused: " + key);
        assertEquals(column, problem.get().column());
        assertEquals(key, problem.get().messageKey());
        assertEquals(argument, problem.get().argument());
    }

    private static ImportFile.Row row(int number, String name, String code, String town, String type) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.NAME, name);
        cells.put(ImportColumn.CREDIT_CODE, code);
        cells.put(ImportColumn.TOWN, town);
        cells.put(ImportColumn.DEPARTMENT, "应急管理局");
        cells.put(ImportColumn.TYPE, type);
        cells.put(ImportColumn.SUPERVISION_LEVEL, "一般");
        return new ImportFile.Row(number, cells, List.copyOf(cells.values()));
    }
}
