package cn.gov.wujin.selfcheck.enterprise.control;

import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the profile form: which yes/no question reveals which follow-up fields (required
 * after a 是, cleared after a 否), which fields are always required, and how complete a profile is.
 */
public final class ProfileRules {

    /** Yes/no question → the follow-up fields its 是 reveals, in form order. */
    public static final Map<String, List<String>> FOLLOW_UPS;

    /** Fields of {@link ProfileData} that are always required (the fixed fields and 标准化级别 come on top). */
    public static final List<String> REQUIRED = List.of("registeredAddress", "businessAddress", "legalRepresentative",
            "principalName", "principalMobile", "contactPhone", "employees");

    static {
        Map<String, List<String>> followUps = new LinkedHashMap<>();
        followUps.put("safetyOrgEstablished", List.of("safetyOrgName", "fullTimeSafetyStaff"));
        followUps.put("hasSafetyEngineers", List.of("safetyEngineers"));
        followUps.put("emergencyPlan", List.of("emergencyPlanFilingNo", "emergencyPlanFiledOn"));
        followUps.put("liabilityInsured", List.of("liabilityPolicyNo", "liabilityValidUntil"));
        followUps.put("hazardousChemicals", List.of("chemicalVarieties", "chemicalMaxStorage"));
        followUps.put("majorHazard", List.of("majorHazardGrade", "majorHazardCount"));
        followUps.put("specialEquipment", List.of("specialEquipmentCount"));
        followUps.put("dustExplosion", List.of("dustKinds", "dustWorkers"));
        followUps.put("ammoniaRefrigeration", List.of("ammoniaStorage"));
        followUps.put("confinedSpaces", List.of("confinedSpaceCount"));
        followUps.put("occupationalHazards", List.of("occupationalHazardFactors"));
        followUps.put("subleased", List.of("tenantCount"));
        FOLLOW_UPS = java.util.Collections.unmodifiableMap(followUps);
    }

    /** The read view's three groups (基本信息, 安全管理组织信息, 生产经营信息), in form order. */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "basic", List.of("name", "creditCode", "town", "department", "typeCategory", "type", "supervisionLevel",
                    "economicType", "foundedOn", "registeredCapital", "registeredAddress", "businessAddress", "postcode",
                    "legalRepresentative", "principalName", "principalMobile", "contactPhone", "fax", "email",
                    "businessScope", "longitude", "latitude"),
            "safety", List.of("safetyOrgEstablished", "safetyOrgName", "fullTimeSafetyStaff", "partTimeSafetyStaff",
                    "hasSafetyEngineers", "safetyEngineers", "standardizationLevel", "standardizationYear",
                    "emergencyPlan", "emergencyPlanFilingNo", "emergencyPlanFiledOn", "workInjuryInsured",
                    "liabilityInsured", "liabilityPolicyNo", "liabilityValidUntil"),
            "production", List.of("employees", "specialOperators", "annualRevenue", "plantArea", "hazardousChemicals",
                    "chemicalVarieties", "chemicalMaxStorage", "majorHazard", "majorHazardGrade", "majorHazardCount",
                    "specialEquipment", "specialEquipmentCount", "dustExplosion", "dustKinds", "dustWorkers",
                    "ammoniaRefrigeration", "ammoniaStorage", "confinedSpaces", "confinedSpaceCount",
                    "occupationalHazards", "occupationalHazardFactors", "subleased", "tenantCount"));

    public static final List<String> GROUP_ORDER = List.of("basic", "safety", "production");

    /** Fields marked with a red * in the read view. */
    public static boolean isRequired(String field) {
        return REQUIRED.contains(field) || FIXED.contains(field) || "standardizationLevel".equals(field)
                || FOLLOW_UPS.values().stream().anyMatch(list -> list.contains(field));
    }

    public static final List<String> FIXED = List.of("name", "creditCode", "town", "department", "typeCategory", "type",
            "supervisionLevel");

    /** The question whose 是 reveals this follow-up field, or null. */
    public static String questionOf(String field) {
        return FOLLOW_UPS.entrySet().stream().filter(e -> e.getValue().contains(field)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private ProfileRules() {
    }

    /** The follow-up fields that a 是 made required but that are empty. */
    public static List<String> missingFollowUps(ProfileData data) {
        List<String> missing = new ArrayList<>();
        FOLLOW_UPS.forEach((question, fields) -> {
            if (Boolean.TRUE.equals(get(data, question))) {
                fields.stream().filter(f -> isEmpty(get(data, f))).forEach(missing::add);
            }
        });
        return missing;
    }

    /** Clears the follow-up fields of every question not answered 是. */
    public static void clearUnansweredFollowUps(ProfileData data) {
        FOLLOW_UPS.forEach((question, fields) -> {
            if (!Boolean.TRUE.equals(get(data, question))) {
                fields.forEach(f -> set(data, f, null));
            }
        });
    }

    /**
     * How complete a profile is, 0-100: the always-required fields, the standardization level and
     * the follow-ups each 是 demands. 100 only when everything required is there.
     */
    public static int completeness(ProfileData data, boolean hasStandardizationLevel) {
        if (data == null) {
            return 0;
        }
        int required = REQUIRED.size() + 1;
        int filled = (int) REQUIRED.stream().filter(f -> !isEmpty(get(data, f))).count()
                + (hasStandardizationLevel ? 1 : 0);
        for (Map.Entry<String, List<String>> entry : FOLLOW_UPS.entrySet()) {
            if (Boolean.TRUE.equals(get(data, entry.getKey()))) {
                required += entry.getValue().size();
                filled += (int) entry.getValue().stream().filter(f -> !isEmpty(get(data, f))).count();
            }
        }
        return filled == required ? 100 : Math.min(99, filled * 100 / required);
    }

    public static Object get(ProfileData data, String field) {
        try {
            return field(field).get(data);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(ProfileData data, String field, Object value) {
        try {
            field(field).set(data, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) {
        try {
            Field field = ProfileData.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException("no profile field " + name, e);
        }
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
