package cn.gov.wujin.selfcheck.standard.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import cn.gov.wujin.selfcheck.standard.control.StandardRules;
import cn.gov.wujin.selfcheck.standard.control.StandardRules.Field;
import cn.gov.wujin.selfcheck.standard.control.StandardRules.Problem;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet;
import cn.gov.wujin.selfcheck.standard.control.StandardSheet.SheetRow;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import cn.gov.wujin.selfcheck.standard.entity.StandardStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 隐患排查标准 administration (ADMIN only): copy a version into a new draft, edit the draft's categories
 * and items, publish it (the previous published version of the type is retired), export to and import
 * from Excel. Only a DRAFT is ever changed: a published or retired version stays as inspections answered it.
 */
@Stateless
public class StandardAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Every version of every type: type, version, status, item count. */
    public List<StandardSummary> list(CallerScope caller) {
        requireAdmin(caller);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ChecklistStandard.COUNT_ITEMS, Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return em.createNamedQuery(ChecklistStandard.FIND_ALL, ChecklistStandard.class).getResultList().stream()
                .map(s -> new StandardSummary(s.getId(), s.getEnterpriseType().getFullName(), s.getName(),
                        s.getVersionNo(), s.getStatus(), s.getPublishedAt(), counts.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    /** The enterprise types a standard can be imported for (categories first, then their subtypes). */
    public List<EnterpriseType> types(CallerScope caller) {
        requireAdmin(caller);
        return em.createQuery("SELECT t FROM EnterpriseType t WHERE t.active = true", EnterpriseType.class)
                .getResultList().stream()
                .sorted(java.util.Comparator.comparing((EnterpriseType t) -> t.getCategory().getSortOrder())
                        .thenComparing(t -> t.getCategory().getId())
                        .thenComparing(t -> t.getParent() == null ? -1 : t.getSortOrder()))
                .toList();
    }

    /** One version with its categories and items, for the edit page (any status; only a draft is editable). */
    public EditableStandard editable(CallerScope caller, long standardId) {
        requireAdmin(caller);
        ChecklistStandard standard = standard(standardId);
        return new EditableStandard(standard.getId(), standard.getEnterpriseType().getFullName(), standard.getName(),
                standard.getVersionNo(), standard.getStatus(), standard.topCategories().stream()
                .map(top -> new EditableStandard.Section(top.getId(), top.getName(), top.getChildren().stream()
                        .map(group -> new PrintableStandard.Group(group.getId(), group.getName(), group.getItems().stream()
                                .map(i -> new PrintableStandard.Item(i.getId(), i.getContent(), i.getCriterion(),
                                        i.getLegalBasis(), i.getMajorSituation()))
                                .toList()))
                        .toList()))
                .toList());
    }

    /** 复制为新版本: a DRAFT with the next version number of the type and a deep copy of the categories and items. */
    public long copyToNewDraft(CallerScope caller, long standardId) {
        requireAdmin(caller);
        ChecklistStandard source = standard(standardId);
        ChecklistStandard draft = new ChecklistStandard(source.getEnterpriseType(), source.getName(),
                nextVersionNo(source.getEnterpriseType()));
        em.persist(draft);
        Map<ChecklistCategory, ChecklistCategory> copies = new LinkedHashMap<>();
        for (ChecklistCategory top : source.topCategories()) {
            ChecklistCategory copy = new ChecklistCategory(draft, null, top.getCode(), top.getName(), top.getSortOrder());
            em.persist(copy);
            copies.put(top, copy);
        }
        em.flush();
        for (ChecklistCategory top : source.topCategories()) {
            for (ChecklistCategory group : top.getChildren()) {
                ChecklistCategory copy = new ChecklistCategory(draft, copies.get(top), group.getCode(), group.getName(),
                        group.getSortOrder());
                em.persist(copy);
                for (ChecklistItem item : group.getItems()) {
                    em.persist(new ChecklistItem(copy, item.getSortOrder(), item.getContent(), item.getCriterion(),
                            item.getLegalBasis(), item.getMajorSituation()));
                }
            }
        }
        em.flush();
        return draft.getId();
    }

    /** Renames a 一级 or 二级分类 of a draft. */
    public void renameCategory(CallerScope caller, long categoryId, String name) {
        requireAdmin(caller);
        ChecklistCategory category = category(categoryId);
        requireDraft(category.getStandard());
        requireValid(StandardRules.checkName(category.getParent() == null ? Field.TOP : Field.GROUP, name));
        category.rename(name);
    }

    /** A new 二级分类 at the end of a 一级分类 of a draft; returns its id. */
    public long addGroup(CallerScope caller, long topId, String name) {
        requireAdmin(caller);
        ChecklistCategory top = category(topId);
        if (top.getParent() != null) {
            throw new BusinessException("standard.admin.notTop");
        }
        ChecklistStandard standard = top.getStandard();
        requireDraft(standard);
        requireValid(StandardRules.checkName(Field.GROUP, name));
        int sortOrder = top.getChildren().stream().mapToInt(ChecklistCategory::getSortOrder).max().orElse(0) + 1;
        ChecklistCategory group = new ChecklistCategory(standard, top, freeCode(standard, top.getCode() + "-", sortOrder),
                name, sortOrder);
        em.persist(group);
        em.flush();
        return group.getId();
    }

    /** Deletes a 二级分类 of a draft with all its items. */
    public void deleteGroup(CallerScope caller, long groupId) {
        requireAdmin(caller);
        ChecklistCategory group = category(groupId);
        if (group.getParent() == null) {
            throw new BusinessException("standard.admin.notGroup");
        }
        ChecklistStandard standard = group.getStandard();
        requireDraft(standard);
        for (ChecklistItem item : List.copyOf(group.getItems())) {
            em.remove(item);
        }
        group.getItems().clear();
        group.getParent().getChildren().remove(group);
        standard.getCategories().remove(group);
        em.remove(group);
    }

    /** A new item at the end of a 二级分类 of a draft; returns its id. */
    public long addItem(CallerScope caller, long groupId, ItemForm form) {
        requireAdmin(caller);
        ChecklistCategory group = category(groupId);
        if (group.getParent() == null) {
            throw new BusinessException("standard.admin.notGroup");
        }
        requireDraft(group.getStandard());
        requireValid(StandardRules.checkItem(form.getContent(), form.getCriterion(), form.getLegalBasis(),
                form.getMajorSituation()));
        int sortOrder = group.getItems().stream().mapToInt(ChecklistItem::getSortOrder).max().orElse(0) + 1;
        ChecklistItem item = new ChecklistItem(group, sortOrder, form.getContent(), form.getCriterion(),
                form.getLegalBasis(), form.getMajorSituation());
        em.persist(item);
        em.flush();
        return item.getId();
    }

    /** New texts for an item of a draft. */
    public void changeItem(CallerScope caller, long itemId, ItemForm form) {
        requireAdmin(caller);
        ChecklistItem item = item(itemId);
        requireDraft(item.getCategory().getStandard());
        requireValid(StandardRules.checkItem(form.getContent(), form.getCriterion(), form.getLegalBasis(),
                form.getMajorSituation()));
        item.change(form.getContent(), form.getCriterion(), form.getLegalBasis(), form.getMajorSituation());
    }

    /** Deletes an item of a draft. */
    public void deleteItem(CallerScope caller, long itemId) {
        requireAdmin(caller);
        ChecklistItem item = item(itemId);
        requireDraft(item.getCategory().getStandard());
        item.getCategory().getItems().remove(item);
        em.remove(item);
    }

    /** 发布: the draft becomes the PUBLISHED version of its type; the one published before is RETIRED. */
    public void publish(CallerScope caller, long draftId) {
        requireAdmin(caller);
        ChecklistStandard draft = standard(draftId);
        requireDraft(draft);
        boolean hasItems = draft.getCategories().stream().anyMatch(c -> !c.getItems().isEmpty());
        if (!hasItems) {
            throw new BusinessException("standard.admin.publishEmpty");
        }
        em.createNamedQuery(ChecklistStandard.FIND_PUBLISHED_FOR_TYPE, ChecklistStandard.class)
                .setParameter("typeId", draft.getEnterpriseType().getId())
                .setParameter("status", StandardStatus.PUBLISHED)
                .getResultList()
                .forEach(ChecklistStandard::retire);
        draft.publish(clock);
    }

    /** 导出Excel: the version in the layout of {@link StandardSheet}. */
    public StandardFile exportXlsx(CallerScope caller, long standardId) {
        requireAdmin(caller);
        ChecklistStandard standard = standard(standardId);
        List<SheetRow> rows = new java.util.ArrayList<>();
        for (ChecklistCategory top : standard.topCategories()) {
            for (ChecklistCategory group : top.getChildren()) {
                if (group.getItems().isEmpty()) {
                    rows.add(new SheetRow(top.getName(), group.getName(), "", "", "", ""));
                }
                for (ChecklistItem item : group.getItems()) {
                    rows.add(new SheetRow(top.getName(), group.getName(), item.getContent(), item.getCriterion(),
                            item.getLegalBasis(), item.getMajorSituation()));
                }
            }
        }
        String fileName = standard.getName() + "-" + standard.getEnterpriseType().getName() + "-v"
                + standard.getVersionNo() + ".xlsx";
        return new StandardFile(fileName, StandardSheet.write(standard.getName(), rows));
    }

    /** 导入Excel: a new DRAFT of the type from a sheet of the export layout; all rows valid or nothing imported. */
    public long importXlsx(CallerScope caller, long typeId, byte[] xlsx) {
        requireAdmin(caller);
        EnterpriseType type = em.find(EnterpriseType.class, typeId);
        if (type == null) {
            throw new BusinessException("standard.admin.noType");
        }
        List<SheetRow> rows;
        try {
            rows = StandardSheet.read(xlsx);
        } catch (StandardSheet.SheetException e) {
            if (e.notThisLayout()) {
                throw new BusinessException("standard.import.layout", String.join(" | ", StandardSheet.HEADERS));
            }
            throw new BusinessException("standard.import.badRows", e.problems().stream()
                    .map(p -> Texts.get("standard.import.rowProblem", p.rowNumber(), describe(p.problem())))
                    .collect(Collectors.joining("；")));
        }
        String name = em.createNamedQuery(ChecklistStandard.FIND_ALL_FOR_TYPE, ChecklistStandard.class)
                .setParameter("typeId", typeId).setMaxResults(1).getResultStream().findFirst()
                .map(ChecklistStandard::getName)
                .orElse(type.getName() + Texts.get("standard.import.defaultNameSuffix"));
        ChecklistStandard draft = new ChecklistStandard(type, name, nextVersionNo(type));
        em.persist(draft);
        Map<String, ChecklistCategory> tops = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            tops.computeIfAbsent(row.top().strip(), n -> {
                ChecklistCategory top = new ChecklistCategory(draft, null, "T" + (tops.size() + 1), n, tops.size() + 1);
                em.persist(top);
                return top;
            });
        }
        em.flush();
        Map<String, ChecklistCategory> groups = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            ChecklistCategory top = tops.get(row.top().strip());
            ChecklistCategory group = groups.computeIfAbsent(top.getCode() + "\u0000" + row.group().strip(), k -> {
                int order = top.getChildren().size() + 1;
                ChecklistCategory created = new ChecklistCategory(draft, top, String.format("%s-%02d", top.getCode(), order),
                        row.group().strip(), order);
                em.persist(created);
                return created;
            });
            if (!row.isEmptyCategory()) {
                em.persist(new ChecklistItem(group, group.getItems().size() + 1, row.content(), row.criterion(),
                        row.legalBasis(), row.majorSituation()));
            }
        }
        em.flush();
        return draft.getId();
    }

    /** A downloadable file. */
    public record StandardFile(String fileName, byte[] content) {
    }

    private static void requireAdmin(CallerScope caller) {
        if (caller == null || caller.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Only a DRAFT changes. The version is bumped on every change, so that an edit racing the publish of
     * the same draft fails instead of slipping into the published version.
     */
    private void requireDraft(ChecklistStandard standard) {
        if (!standard.isDraft()) {
            throw new BusinessException("standard.admin.notDraft", standard.getName(), standard.getVersionNo());
        }
        em.lock(standard, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static void requireValid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException("standard.admin.invalid", problems.stream()
                    .map(StandardAdministration::describe).collect(Collectors.joining("；")));
        }
    }

    private static String describe(Problem problem) {
        String label = Texts.get(problem.field().labelKey());
        return problem.tooLong()
                ? Texts.get("standard.rule.tooLong", label, problem.field().maxLength())
                : Texts.get("standard.rule.required", label);
    }

    private int nextVersionNo(EnterpriseType type) {
        Integer max = em.createQuery("SELECT MAX(s.versionNo) FROM ChecklistStandard s WHERE s.enterpriseType.id = :typeId",
                Integer.class).setParameter("typeId", type.getId()).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static String freeCode(ChecklistStandard standard, String prefix, int start) {
        java.util.Set<String> used = standard.getCategories().stream().map(ChecklistCategory::getCode)
                .collect(Collectors.toSet());
        for (int n = start; ; n++) {
            String code = prefix + String.format("%02d", n);
            if (!used.contains(code)) {
                return code;
            }
        }
    }

    private ChecklistStandard standard(long id) {
        ChecklistStandard standard = em.find(ChecklistStandard.class, id);
        if (standard == null) {
            throw new BusinessException("standard.admin.notFound");
        }
        return standard;
    }

    private ChecklistCategory category(long id) {
        ChecklistCategory category = em.find(ChecklistCategory.class, id);
        if (category == null) {
            throw new BusinessException("standard.admin.notFound");
        }
        return category;
    }

    private ChecklistItem item(long id) {
        ChecklistItem item = em.find(ChecklistItem.class, id);
        if (item == null) {
            throw new BusinessException("standard.admin.notFound");
        }
        return item;
    }
}
