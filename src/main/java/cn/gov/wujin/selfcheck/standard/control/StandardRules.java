package cn.gov.wujin.selfcheck.standard.control;

import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a category name and an item must satisfy (V10's column lengths): the same rules for the edit
 * dialogs, a forged request and every row of an imported sheet.
 */
public final class StandardRules {

    /** A field of the standard, with the bundle key of its label, its maximum length and whether it is required. */
    public enum Field {
        TOP("standard.level1", ChecklistCategory.NAME_LENGTH, true),
        GROUP("standard.group", ChecklistCategory.NAME_LENGTH, true),
        CONTENT("standard.content", ChecklistItem.CONTENT_LENGTH, true),
        CRITERION("standard.criterion", ChecklistItem.CRITERION_LENGTH, true),
        LEGAL_BASIS("standard.legalBasis", ChecklistItem.LEGAL_BASIS_LENGTH, true),
        MAJOR_SITUATION("standard.admin.majorSituation", ChecklistItem.MAJOR_SITUATION_LENGTH, false);

        private final String labelKey;
        private final int maxLength;
        private final boolean required;

        Field(String labelKey, int maxLength, boolean required) {
            this.labelKey = labelKey;
            this.maxLength = maxLength;
            this.required = required;
        }

        public String labelKey() {
            return labelKey;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    /** One broken rule: the field is empty, or longer than its column. */
    public record Problem(Field field, boolean tooLong) {
    }

    private StandardRules() {
    }

    public static List<Problem> checkName(Field field, String name) {
        List<Problem> problems = new ArrayList<>();
        check(field, name, problems);
        return problems;
    }

    public static List<Problem> checkItem(String content, String criterion, String legalBasis, String majorSituation) {
        List<Problem> problems = new ArrayList<>();
        check(Field.CONTENT, content, problems);
        check(Field.CRITERION, criterion, problems);
        check(Field.LEGAL_BASIS, legalBasis, problems);
        check(Field.MAJOR_SITUATION, majorSituation, problems);
        return problems;
    }

    private static void check(Field field, String value, List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && field.required) {
            problems.add(new Problem(field, false));
        } else if (text.length() > field.maxLength) {
            problems.add(new Problem(field, true));
        }
    }
}
