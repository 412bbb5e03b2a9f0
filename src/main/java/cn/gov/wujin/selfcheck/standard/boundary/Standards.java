package cn.gov.wujin.selfcheck.standard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.standard.control.PrintableCache;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistItem;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import cn.gov.wujin.selfcheck.standard.entity.StandardStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checklist standards: which one applies to an enterprise, and the whole of it for printing. */
@Stateless
public class Standards {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    PrintableCache printables;

    /** The newest published standard of a type; a subtype without its own uses its category's. */
    public Optional<ChecklistStandard> publishedFor(EnterpriseType type) {
        for (EnterpriseType candidate = type; candidate != null; candidate = candidate.getParent()) {
            Optional<ChecklistStandard> found = em.createNamedQuery(ChecklistStandard.FIND_PUBLISHED_FOR_TYPE,
                            ChecklistStandard.class)
                    .setParameter("typeId", candidate.getId())
                    .setParameter("status", StandardStatus.PUBLISHED)
                    .setMaxResults(1)
                    .getResultStream().findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** 打印自查标准: the standard of the caller's own enterprise type, as one table. */
    public PrintableStandard printableForOwnEnterprise(CallerScope caller) {
        EnterpriseType type = enterprises.own(caller).getType();
        ChecklistStandard standard = publishedFor(type)
                .orElseThrow(() -> new BusinessException("standard.none", type.getFullName()));
        return printable(standard.getId());
    }

    /** The standard a record answered, whatever its status now (an inspection always shows its version). */
    public PrintableStandard printable(Long standardId) {
        Optional<PrintableStandard> kept = printables.get(standardId);
        if (kept.isPresent()) {
            return kept.get();
        }
        ChecklistStandard standard = em.find(ChecklistStandard.class, standardId);
        if (standard == null) {
            throw new BusinessException("standard.none", "");
        }
        return standard.isDraft() ? printable(standard) : printables.putIfAbsent(standardId, () -> printable(standard));
    }

    /**
     * The items of one standard version among the given ids, by id, in one query (a record's answers
     * name up to some hundred items); an id of another version or of no item is simply not in the map.
     */
    public Map<Long, ChecklistItem> itemsOf(Long standardId, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ChecklistItem.FIND_IN_STANDARD, ChecklistItem.class)
                .setParameter("standardId", standardId)
                .setParameter("ids", List.copyOf(itemIds))
                .getResultStream()
                .collect(Collectors.toMap(ChecklistItem::getId, Function.identity()));
    }

    /** The standard that applies to an enterprise now, with its id. */
    public ChecklistStandard currentFor(EnterpriseType type) {
        return publishedFor(type).orElseThrow(() -> new BusinessException("standard.none", type.getFullName()));
    }

    private static PrintableStandard printable(ChecklistStandard standard) {
        List<PrintableStandard.Section> sections = standard.topCategories().stream()
                .map(top -> new PrintableStandard.Section(top.getName(), top.getChildren().stream()
                        .map(Standards::group).toList()))
                .toList();
        return new PrintableStandard(standard.getName(), standard.getVersionNo(), sections);
    }

    private static PrintableStandard.Group group(ChecklistCategory category) {
        return new PrintableStandard.Group(category.getId(), category.getName(), category.getItems().stream()
                .map(i -> new PrintableStandard.Item(i.getId(), i.getContent(), i.getCriterion(), i.getLegalBasis(), i.getMajorSituation()))
                .toList());
    }
}
