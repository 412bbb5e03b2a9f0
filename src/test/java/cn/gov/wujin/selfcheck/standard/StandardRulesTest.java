package cn.gov.wujin.selfcheck.standard;

import cn.gov.wujin.selfcheck.standard.control.StandardRules;
import cn.gov.wujin.selfcheck.standard.control.StandardRules.Field;
import cn.gov.wujin.selfcheck.standard.control.StandardRules.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of an item and a category name, as the edit dialogs and a forged request meet them. */
class StandardRulesTest {

    @Test
    void anItemNeedsContentCriterionAndLegalBasisWithinTheirColumns() {
        assertTrue(StandardRules.checkItem("内容", "标准", "依据", null).isEmpty());
        assertTrue(StandardRules.checkItem("内容", "标准", "依据", "  ").isEmpty(), "the major situation is optional");
        assertEquals(List.of(new Problem(Field.CONTENT, false), new Problem(Field.CRITERION, false),
                        new Problem(Field.LEGAL_BASIS, false)),
                StandardRules.checkItem(" ", null, "", null));
        assertEquals(List.of(new Problem(Field.CRITERION, true), new Problem(Field.MAJOR_SITUATION, true)),
                StandardRules.checkItem("内容", "x".repeat(4001), "依据", "y".repeat(1001)));
        assertTrue(StandardRules.checkItem("内容", " " + "x".repeat(4000) + " ", "依据", null).isEmpty(),
                "surrounding blanks are stripped before counting");
    }

    @Test
    void aCategoryNameIsRequiredAndAtMostOneHundredCharacters() {
        assertTrue(StandardRules.checkName(Field.GROUP, "资质证照").isEmpty());
        assertEquals(List.of(new Problem(Field.GROUP, false)), StandardRules.checkName(Field.GROUP, " "));
        assertEquals(List.of(new Problem(Field.TOP, true)), StandardRules.checkName(Field.TOP, "名".repeat(101)));
    }
}
