package cn.gov.wujin.selfcheck.management.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a town, department, type or level by the name an import file gives it: the full name, or a
 * common short form (湖塘 for 湖塘镇, 应急管理局 for 应急管理局（安监）, 机械 or 工贸/机械 for the subtype
 * 机械 of 工贸企业). A short form that fits more than one entry finds none.
 */
public final class ReferenceNames {

    /** An entry: its id, its name and, for a subtype, its category's name. */
    public record Entry(Long id, String name, String parentName) {
    }

    private static final String[] SUFFIXES = {"街道办事处", "街道", "镇", "局", "大队", "分局", "企业"};

    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("（[^）]*）");

    private final List<Entry> entries;

    /** What each text given so far found: an import names the same few towns and types 30,000 times. */
    private final java.util.Map<String, Optional<Entry>> found = new java.util.HashMap<>();

    public ReferenceNames(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Not thread-safe (it remembers what it found): one per import job's processor. */
    public Optional<Entry> find(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return found.computeIfAbsent(given, this::lookUp);
    }

    private Optional<Entry> lookUp(String given) {
        String text = given.strip().replace('(', '（').replace(')', '）');
        String parent = null;
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('／'));
        if (slash > 0) {
            parent = text.substring(0, slash).strip();
            text = text.substring(slash + 1).strip();
        }
        List<Entry> exact = matching(text, parent, true);
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<Entry> loose = matching(text, parent, false);
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    private List<Entry> matching(String text, String parent, boolean exactly) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (parent != null && (entry.parentName() == null || !fits(parent, entry.parentName(), false))) {
                continue;
            }
            if (fits(text, entry.name(), exactly)) {
                found.add(entry);
            }
        }
        return found;
    }

    private static boolean fits(String given, String name, boolean exactly) {
        if (given.equals(name)) {
            return true;
        }
        if (exactly) {
            return false;
        }
        String core = core(name);
        String givenCore = core(given);
        return !givenCore.isEmpty() && (givenCore.equals(core) || givenCore.length() >= 2 && core.startsWith(givenCore));
    }

    /** The name without a bracketed remark and a generic suffix: 应急管理局（安监） → 应急管理, 湖塘镇 → 湖塘. */
    static String core(String name) {
        String core = REMARK.matcher(name).replaceAll("").strip();
        for (String suffix : SUFFIXES) {
            if (core.endsWith(suffix) && core.length() > suffix.length()) {
                return core.substring(0, core.length() - suffix.length());
            }
        }
        return core;
    }
}
