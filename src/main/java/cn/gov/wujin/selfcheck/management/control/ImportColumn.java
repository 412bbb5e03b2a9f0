package cn.gov.wujin.selfcheck.management.control;

import java.util.Arrays;
import java.util.Optional;

/** The columns of an import file, found by their Chinese header (in any order); the first six are required. */
public enum ImportColumn {
    NAME("单位名称", true, "武进区示例机械有限公司"),
    CREDIT_CODE("统一社会信用代码", true, "91320412MA1EXAMPL4"),
    TOWN("属地", true, "湖塘镇"),
    DEPARTMENT("行业主管部门", true, "应急管理局（安监）"),
    TYPE("单位类型", true, "工贸企业/机械"),
    SUPERVISION_LEVEL("监管等级", true, "一般"),
    PRINCIPAL_NAME("主要负责人", false, "张三"),
    CONTACT_PHONE("联系电话", false, "0519-86300000"),
    SAFETY_HEAD_NAME("安全负责人", false, "李四"),
    SAFETY_HEAD_MOBILE("安全负责人手机", false, "13900000000");

    private final String header;
    private final boolean required;
    private final String example;

    ImportColumn(String header, boolean required, String example) {
        this.header = header;
        this.required = required;
        this.example = example;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    public static Optional<ImportColumn> byHeader(String header) {
        String wanted = header == null ? "" : header.replace("*", "").replace("\uFEFF", "").strip();
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }
}
