package cn.gov.wujin.selfcheck.management.control;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of one import row that need no database: required cells, lengths, the credit code's
 * format and GB 32100-2015 check character, known town, department, type and level names, and no
 * credit code or name twice in the file. Says what is wrong with which column, or gives the row's values.
 */
public final class RowCheck {

    /** A row found valid: the ids its names stand for. */
    public record Valid(String name, String creditCode, Long townId, Long departmentId, Long typeId, Long levelId,
                        String principalName, String contactPhone, String safetyHeadName, String safetyHeadMobile) {
    }

    /** What is wrong with a row: the column at fault and a message key with its argument. */
    public record Problem(ImportColumn column, String messageKey, Object argument) {
    }

    private final ReferenceNames towns;
    private final ReferenceNames departments;
    private final ReferenceNames types;
    private final ReferenceNames levels;
    private final Map<String, Integer> codesSeen = new HashMap<>();
    private final Map<String, Integer> namesSeen = new HashMap<>();

    public RowCheck(ReferenceNames towns, ReferenceNames departments, ReferenceNames types, ReferenceNames levels) {
        this.towns = towns;
        this.departments = departments;
        this.types = types;
        this.levels = levels;
    }

    /** Rows of the file before a continued job's start: their codes and names count as seen. */
    public void seen(int row, String creditCode, String name) {
        codesSeen.putIfAbsent(creditCode, row);
        namesSeen.putIfAbsent(name, row);
    }

    public Optional<Problem> problem(ImportFile.Row row) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && row.cell(column).isBlank()) {
                return Optional.of(new Problem(column, "import.reject.required", column.header()));
            }
        }
        String name = row.cell(ImportColumn.NAME);
        if (name.length() > 200) {
            return Optional.of(new Problem(ImportColumn.NAME, "import.reject.tooLong", 200));
        }
        String code = row.cell(ImportColumn.CREDIT_CODE).toUpperCase(Locale.ROOT);
        if (code.length() != 18 || !code.chars().allMatch(c -> "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(c) >= 0)) {
            return Optional.of(new Problem(ImportColumn.CREDIT_CODE, "import.reject.creditCodeFormat", code));
        }
        if (!CreditCode.isValid(code)) {
            return Optional.of(new Problem(ImportColumn.CREDIT_CODE, "import.reject.creditCodeCheck",
                    CreditCode.checkCharacter(code.substring(0, 17))));
        }
        if (codesSeen.containsKey(code)) {
            return Optional.of(new Problem(ImportColumn.CREDIT_CODE, "import.reject.duplicateCode", codesSeen.get(code)));
        }
        if (namesSeen.containsKey(name)) {
            return Optional.of(new Problem(ImportColumn.NAME, "import.reject.duplicateName", namesSeen.get(name)));
        }
        if (towns.find(row.cell(ImportColumn.TOWN)).isEmpty()) {
            return Optional.of(new Problem(ImportColumn.TOWN, "import.reject.unknown", row.cell(ImportColumn.TOWN)));
        }
        if (departments.find(row.cell(ImportColumn.DEPARTMENT)).isEmpty()) {
            return Optional.of(new Problem(ImportColumn.DEPARTMENT, "import.reject.unknown", row.cell(ImportColumn.DEPARTMENT)));
        }
        if (types.find(row.cell(ImportColumn.TYPE)).isEmpty()) {
            return Optional.of(new Problem(ImportColumn.TYPE, "import.reject.unknownType", row.cell(ImportColumn.TYPE)));
        }
        if (levels.find(row.cell(ImportColumn.SUPERVISION_LEVEL)).isEmpty()) {
            return Optional.of(new Problem(ImportColumn.SUPERVISION_LEVEL, "import.reject.unknown",
                    row.cell(ImportColumn.SUPERVISION_LEVEL)));
        }
        for (ImportColumn column : new ImportColumn[]{ImportColumn.PRINCIPAL_NAME, ImportColumn.SAFETY_HEAD_NAME}) {
            if (row.cell(column).length() > 50) {
                return Optional.of(new Problem(column, "import.reject.tooLong", 50));
            }
        }
        if (!row.cell(ImportColumn.SAFETY_HEAD_NAME).isBlank() && row.cell(ImportColumn.SAFETY_HEAD_MOBILE).isBlank()) {
            return Optional.of(new Problem(ImportColumn.SAFETY_HEAD_MOBILE, "import.reject.required", ImportColumn.SAFETY_HEAD_MOBILE.header()));
        }
        for (ImportColumn column : new ImportColumn[]{ImportColumn.CONTACT_PHONE, ImportColumn.SAFETY_HEAD_MOBILE}) {
            String phone = row.cell(column);
            if (phone.length() > 30 || !phone.matches("[0-9+\\-() ]*")) {
                return Optional.of(new Problem(column, "import.reject.phone", phone));
            }
        }
        return Optional.empty();
    }

    /** The row's values, after {@link #problem} found nothing; remembers its code and name for the rows after it. */
    public Valid accept(ImportFile.Row row) {
        String code = row.cell(ImportColumn.CREDIT_CODE).toUpperCase(Locale.ROOT);
        String name = row.cell(ImportColumn.NAME);
        seen(row.number(), code, name);
        return new Valid(name, code,
                towns.find(row.cell(ImportColumn.TOWN)).orElseThrow().id(),
                departments.find(row.cell(ImportColumn.DEPARTMENT)).orElseThrow().id(),
                types.find(row.cell(ImportColumn.TYPE)).orElseThrow().id(),
                levels.find(row.cell(ImportColumn.SUPERVISION_LEVEL)).orElseThrow().id(),
                blank(row.cell(ImportColumn.PRINCIPAL_NAME)), blank(row.cell(ImportColumn.CONTACT_PHONE)),
                blank(row.cell(ImportColumn.SAFETY_HEAD_NAME)), blank(row.cell(ImportColumn.SAFETY_HEAD_MOBILE)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
