package cn.gov.wujin.selfcheck.management.control;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.SafetyStaff;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffData;
import cn.gov.wujin.selfcheck.platform.faces.Texts;

import java.time.LocalDateTime;

/** The 安全负责人 a new enterprise is registered with (by hand or by an import row), as its first staff row. */
public final class SafetyHeads {

    private SafetyHeads() {
    }

    /** The staff row of the named head, or null when no name is given. */
    public static SafetyStaff of(Enterprise enterprise, String name, String mobile, LocalDateTime now, String by) {
        if (name == null || name.isBlank()) {
            return null;
        }
        StaffData head = new StaffData();
        head.setName(name.strip());
        head.setPosition(Texts.get(Texts.DEFAULT_LOCALE, "enum.StaffCategory.SAFETY_HEAD"));
        head.setCategory(StaffCategory.SAFETY_HEAD);
        head.setMobile(mobile == null || mobile.isBlank() ? null : mobile.strip());
        return new SafetyStaff(enterprise, head, now, by);
    }
}
