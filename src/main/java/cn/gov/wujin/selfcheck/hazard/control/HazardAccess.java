package cn.gov.wujin.selfcheck.hazard.control;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.hazard.entity.Acceptance;
import cn.gov.wujin.selfcheck.hazard.entity.Actor;
import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.HazardEvent;
import cn.gov.wujin.selfcheck.hazard.entity.Rectification;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How the hazard boundaries reach one hazard: only within the caller's scope (another's or an unknown
 * id is refused the same way), and for a write only at the version the caller's page loaded.
 */
@Dependent
public class HazardAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    /** A hazard whose enterprise lies in the caller's scope. */
    public Hazard inScope(CallerScope caller, Long hazardId) {
        Hazard hazard = hazardId == null ? null : em.find(Hazard.class, hazardId);
        if (hazard == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, hazard.getEnterprise().getId());
        return hazard;
    }

    /** In scope with everything its page shows loaded: photos, steps, acceptances and the trail. */
    public Hazard loaded(CallerScope caller, Long hazardId) {
        Hazard hazard = inScope(caller, hazardId);
        hazard.getRectifications().forEach(step -> step.getPhotos().size());
        hazard.getAcceptances().size();
        hazard.getAllPhotos().size();
        hazard.getEvents().forEach(event -> event.getAttachments().size());
        return hazard;
    }

    /**
     * In scope, for a write at the version the page loaded: a stale page is refused with who changed it
     * when, nothing written. Every write raises the version, also one that leaves the status as it is,
     * so that two decisions at once meet at the hazard's row and one of them fails.
     */
    public Hazard forWrite(CallerScope caller, Long hazardId, long loadedVersion) {
        Hazard hazard = inScope(caller, hazardId);
        HazardEvent last = hazard.getLastEvent();
        StaleRecordException.refuseIfStale(loadedVersion, hazard.getVersion(), lastChange(hazard),
                last == null ? hazard.getReportedBy() : last.getActor());
        em.lock(hazard, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return hazard;
    }

    /**
     * 属地, 行业部门 and 区安委办 officers inspect and decide (挂牌督办, 延期, 验收, 代报, 复查); the system
     * administrator and enterprises do not.
     */
    public static void refuseUnlessInspector(CallerScope caller) {
        Role role = caller.role();
        if (role != Role.TOWN && role != Role.INDUSTRY && role != Role.DISTRICT) {
            throw new AccessDeniedException();
        }
    }

    public static Actor actor(CallerScope caller) {
        return new Actor(caller.signature(), caller.role().name());
    }

    private static LocalDateTime lastChange(Hazard hazard) {
        return Stream.of(
                        hazard.getRectifications().stream().map(Rectification::getRecordedAt),
                        hazard.getAcceptances().stream().map(Acceptance::getRecordedAt),
                        hazard.getEvents().stream().map(HazardEvent::getOccurredAt))
                .flatMap(s -> s)
                .max(Comparator.naturalOrder()).orElse(hazard.getReportedAt());
    }

    /** The enterprise's page of a hazard, for the reminders that are about it. */
    public static String enterprisePage(Hazard hazard) {
        return "/enterprise/hazard.xhtml?id=" + hazard.getId();
    }
}
