package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.ProfileChange;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.management.batch.ImportItem;
import cn.gov.wujin.selfcheck.enterprise.entity.SafetyStaff;
import cn.gov.wujin.selfcheck.management.control.CreatedRows;
import cn.gov.wujin.selfcheck.management.control.ReferenceNames;
import cn.gov.wujin.selfcheck.management.control.SafetyHeads;
import cn.gov.wujin.selfcheck.management.control.RowCheck;
import cn.gov.wujin.selfcheck.management.entity.EnterpriseImport;
import cn.gov.wujin.selfcheck.management.entity.ImportOutcome;
import cn.gov.wujin.selfcheck.management.entity.ImportReject;
import cn.gov.wujin.selfcheck.management.entity.ImportStatus;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.notify.EnterpriseRenamed;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The import job's side of 批量导入: what its reader, processor, skip listener, writer and listener
 * need of the database. Every row is written with the importer's scope (the officer who uploaded the
 * file), checked again here: a row of another town is refused by the processor and would be by the writer.
 * <p>
 * Each method runs in a transaction of its own, never in the batch runtime's chunk transaction: that
 * one holds the batch repository's connection (H2 on Payara Micro, not an XA resource), with which the
 * application's database cannot share a transaction. A chunk's rows, its outcomes and the import's
 * committed line are written together in {@link #write}; the reader starts after that line, so a
 * chunk is never written twice, whatever the repository's checkpoint says.
 */
@Stateless
public class ImportWork {

    private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Event<EnterpriseRenamed> renamed;

    /** Where the reader finds the file and starts. */
    public record Source(String path, String format, String charset, int doneLine) {
    }

    /** An enterprise the database holds, as the processor checks a row against it. */
    public record Existing(Long id, String name, Long townId, Long departmentId) {
    }

    /**
     * The database as the processor sees it: the enterprises by credit code, the names in use, the
     * reference names and the importer's scope; kept up to date with the rows it accepts.
     */
    public static final class Index {
        private final Map<String, Existing> byCode;
        private final Map<String, String> codeByName;
        private final RowCheck rowCheck;
        private final CallerScope scope;

        Index(Map<String, Existing> byCode, Map<String, String> codeByName, RowCheck rowCheck, CallerScope scope) {
            this.byCode = byCode;
            this.codeByName = codeByName;
            this.rowCheck = rowCheck;
            this.scope = scope;
        }

        public Map<String, Existing> byCode() {
            return byCode;
        }

        public RowCheck rowCheck() {
            return rowCheck;
        }

        /** The message key of why the importer may not write this row, if it may not. */
        public Optional<String> refusal(RowCheck.Valid values, Existing existing) {
            if (!scope.covers(null, values.townId(), values.departmentId())) {
                return Optional.of("import.reject.otherTown");
            }
            if (existing != null && !scope.covers(existing.id(), existing.townId(), existing.departmentId())) {
                return Optional.of("import.reject.codeOtherScope");
            }
            String owner = codeByName.get(values.name());
            if (owner != null && !owner.equals(values.creditCode())) {
                return Optional.of("import.reject.nameTaken");
            }
            return Optional.empty();
        }

        public void remember(RowCheck.Valid values, Existing existing) {
            if (existing != null && !existing.name().equals(values.name())) {
                codeByName.remove(existing.name());
            }
            codeByName.put(values.name(), values.creditCode());
            byCode.put(values.creditCode(), new Existing(existing == null ? null : existing.id(), values.name(),
                    values.townId(), values.departmentId()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Source source(Long importId) {
        EnterpriseImport job = job(importId);
        return new Source(job.getStoredPath(), job.getFileFormat(), job.getCharsetName(), job.getDoneLine());
    }

    /** The importer's scope: the officer who uploaded the file, as the job writes in its name. */
    static CallerScope scopeOf(EnterpriseImport job) {
        Role role = Role.valueOf(job.getRole());
        return new CallerScope(null, job.getUsername(), role, null, job.getTownId(), null, job.getUsername());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Index index(Long importId) {
        EnterpriseImport job = job(importId);
        Map<String, Existing> byCode = new HashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.creditCode, e.id, e.name, e.town.id, e.department.id FROM Enterprise e",
                Object[].class).getResultList()) {
            if (row[0] != null) {
                byCode.put((String) row[0], new Existing((Long) row[1], (String) row[2], (Long) row[3], (Long) row[4]));
                codeByName.put((String) row[2], (String) row[0]);
            } else {
                codeByName.put((String) row[2], "");
            }
        }
        RowCheck check = new RowCheck(
                names(em.createNamedQuery(Town.FIND_ALL_ACTIVE, Town.class).getResultList().stream()
                        .map(t -> new ReferenceNames.Entry(t.getId(), t.getName(), null)).toList()),
                names(em.createNamedQuery(IndustryDepartment.FIND_ALL_ACTIVE, IndustryDepartment.class).getResultList().stream()
                        .map(d -> new ReferenceNames.Entry(d.getId(), d.getName(), null)).toList()),
                names(em.createQuery("SELECT t FROM EnterpriseType t WHERE t.parent IS NOT NULL AND t.active = TRUE",
                        EnterpriseType.class).getResultList().stream()
                        .map(t -> new ReferenceNames.Entry(t.getId(), t.getName(), t.getParent().getName())).toList()),
                names(em.createNamedQuery(SupervisionLevel.FIND_ALL, SupervisionLevel.class).getResultList().stream()
                        .map(l -> new ReferenceNames.Entry(l.getId(), l.getName(), null)).toList()));
        // A continued job: the rows this import wrote before count as seen in the file.
        for (Object[] row : em.createQuery("SELECT o.lineNo, e.creditCode, e.name FROM ImportOutcome o, Enterprise e "
                + "WHERE o.importId = :id AND e.id = o.enterpriseId", Object[].class).setParameter("id", importId).getResultList()) {
            check.seen((Integer) row[0], (String) row[1], (String) row[2]);
        }
        return new Index(byCode, codeByName, check, scopeOf(job));
    }

    private static ReferenceNames names(List<ReferenceNames.Entry> entries) {
        return new ReferenceNames(entries);
    }

    /** A row the processor rejected: its line, the column at fault, the reason and its cells as read. */
    public record Rejected(int line, String column, String reason, List<String> cells) {
    }

    /**
     * Records rejected rows after the import's committed line {@code after}; whatever an earlier,
     * uncommitted attempt may have left there is replaced, so a row is recorded once.
     */
    private void recordRejects(Long importId, int after, List<Rejected> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM ImportReject r WHERE r.importId = :id AND r.lineNo > :after")
                .setParameter("id", importId).setParameter("after", after).executeUpdate();
        for (Rejected reject : rejects) {
            em.persist(new ImportReject(importId, reject.line(), reject.column(), reject.reason(), reject.cells()));
        }
    }

    /**
     * Writes a chunk: creates the new enterprises with their logins and 安全负责人, updates the fixed
     * fields of the existing ones (each change in the history), records each row's outcome, and moves
     * the import's committed line and counts, all in the chunk's transaction; the rows rejected since
     * the last write are recorded with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(Long importId, List<ImportItem> items, List<Rejected> rejects, int lastLine) {
        EnterpriseImport job = job(importId);
        recordRejects(importId, job.getDoneLine(), rejects);
        CallerScope scope = scopeOf(job);
        LocalDateTime now = LocalDateTime.now(clock);
        List<ImportItem> created = new ArrayList<>();
        int updated = 0;
        Map<Long, Enterprise> existing = new HashMap<>();
        List<Long> ids = items.stream().map(ImportItem::existingId).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            for (Enterprise e : em.createQuery("SELECT e FROM Enterprise e WHERE e.id IN :ids", Enterprise.class)
                    .setParameter("ids", ids).getResultList()) {
                existing.put(e.getId(), e);
            }
        }
        for (ImportItem item : items) {
            RowCheck.Valid v = item.values();
            if (!scope.covers(null, v.townId(), v.departmentId())) {
                throw new AccessDeniedException();
            }
            if (item.existingId() == null) {
                created.add(item);
            } else {
                Enterprise enterprise = existing.get(item.existingId());
                if (enterprise == null || !scope.covers(enterprise.getId(), enterprise.getTown().getId(),
                        enterprise.getDepartment().getId())) {
                    throw new AccessDeniedException();
                }
                update(enterprise, v, em.getReference(Town.class, v.townId()),
                        em.getReference(IndustryDepartment.class, v.departmentId()), scope, now, importId, item.line());
                em.persist(new ImportOutcome(importId, item.line(), enterprise.getId(), false, null));
                updated++;
            }
        }
        if (!created.isEmpty()) {
            // The updates first: a row may take a name another row of this chunk has just given up.
            em.flush();
            create(importId, scope, created, now);
        }
        em.flush();
        em.createQuery("UPDATE EnterpriseImport i SET i.doneLine = :line, i.createdCount = i.createdCount + :created, "
                        + "i.updatedCount = i.updatedCount + :updated, i.heartbeatAt = :now WHERE i.id = :id")
                .setParameter("line", lastLine).setParameter("created", created.size()).setParameter("updated", updated)
                .setParameter("now", now).setParameter("id", importId).executeUpdate();
    }

    /**
     * The new enterprises of a chunk, their logins and their outcome rows, as JDBC batches on the
     * transaction's connection ({@link CreatedRows}); a 安全负责人 given in the file becomes the
     * enterprise's first staff row through JPA. Each created enterprise's origin (this import, this
     * row) is its outcome row; the audit log has the import itself (started, continued, ended with its
     * counts), not one row per enterprise.
     */
    private void create(Long importId, CallerScope scope, List<ImportItem> items, LocalDateTime now) {
        List<Long> ids;
        try {
            Connection connection = em.unwrap(Connection.class);
            ids = CreatedRows.insertEnterprises(connection, items.stream().map(ImportItem::values).toList(), now);
            List<Accounts.NewEnterprise> enterprises = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                RowCheck.Valid v = items.get(i).values();
                enterprises.add(new Accounts.NewEnterprise(ids.get(i), v.name().strip(), v.townId(), v.departmentId()));
            }
            List<IssuedPassword> logins = accounts.openEnterpriseLogins(scope, enterprises);
            List<CreatedRows.Outcome> outcomes = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                IssuedPassword login = logins.get(i);
                outcomes.add(new CreatedRows.Outcome(items.get(i).line(), ids.get(i), login.generated() ? login.password() : null));
            }
            CreatedRows.insertOutcomes(connection, importId, outcomes);
        } catch (SQLException e) {
            throw new PersistenceException("import " + importId + ": new enterprises not written", e);
        }
        String by = scope.signature();
        for (int i = 0; i < items.size(); i++) {
            RowCheck.Valid v = items.get(i).values();
            if (v.safetyHeadName() != null && !v.safetyHeadName().isBlank()) {
                SafetyStaff head = SafetyHeads.of(em.find(Enterprise.class, ids.get(i)), v.safetyHeadName(),
                        v.safetyHeadMobile(), now, by);
                em.persist(head);
            }
        }
    }

    private void update(Enterprise enterprise, RowCheck.Valid v, Town town, IndustryDepartment department, CallerScope scope,
                        LocalDateTime now, Long importId, int line) {
        String by = scope.signature();
        EnterpriseType type = em.find(EnterpriseType.class, v.typeId());
        SupervisionLevel level = em.find(SupervisionLevel.class, v.levelId());
        Map<String, String[]> changes = new LinkedHashMap<>();
        compare(changes, "name", enterprise.getName(), v.name());
        compare(changes, "town", enterprise.getTown().getName(), em.find(Town.class, v.townId()).getName());
        compare(changes, "department", enterprise.getDepartment().getName(),
                em.find(IndustryDepartment.class, v.departmentId()).getName());
        compare(changes, "typeCategory", enterprise.getType().getCategory().getName(), type.getCategory().getName());
        compare(changes, "type", enterprise.getType().getName(), type.getName());
        compare(changes, "supervisionLevel", enterprise.getSupervisionLevel().getName(), level.getName());
        if (v.principalName() != null) {
            compare(changes, "principalName", enterprise.getPrincipalName(), v.principalName());
        }
        if (v.contactPhone() != null) {
            compare(changes, "contactPhone", enterprise.getContactPhone(), v.contactPhone());
        }
        if (changes.isEmpty()) {
            return;
        }
        String oldName = enterprise.getName();
        enterprise.correctFixedFields(v.name(), v.creditCode(), town, department, type, level);
        enterprise.updateContact(v.principalName() == null ? enterprise.getPrincipalName() : v.principalName(),
                v.contactPhone() == null ? enterprise.getContactPhone() : v.contactPhone());
        changes.forEach((field, values) -> em.persist(new ProfileChange(enterprise, field, values[0], values[1], by, now)));
        if (!oldName.equals(v.name())) {
            renamed.fire(new EnterpriseRenamed(enterprise.getId(), oldName, v.name()));
        }
        audit.record(scope, AuditAction.ENTERPRISE_UPDATED, "enterprise", enterprise.getId(), enterprise.getName(),
                "import " + importId + " row " + line + ": " + String.join(", ", changes.keySet()));
    }

    private static void compare(Map<String, String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[]{before, after});
        }
    }

    /**
     * Claims an import for 继续导入: only one that is interrupted, failed, or running with a stale
     * heartbeat, and only once (two clicks or two officers: the second finds it queued). Returns the
     * execution to restart, if there was one.
     */
    public Long claimContinue(CallerScope caller, Long importId, LocalDateTime staleBefore) {
        int claimed = em.createQuery("UPDATE EnterpriseImport i SET i.status = :queued, i.heartbeatAt = :now WHERE i.id = :id"
                        + " AND (i.status IN :stopped OR (i.status IN :running AND COALESCE(i.heartbeatAt, i.createdAt) < :stale))")
                .setParameter("queued", ImportStatus.QUEUED).setParameter("now", LocalDateTime.now(clock))
                .setParameter("id", importId).setParameter("stopped", List.of(ImportStatus.INTERRUPTED, ImportStatus.FAILED))
                .setParameter("running", List.of(ImportStatus.RUNNING, ImportStatus.QUEUED)).setParameter("stale", staleBefore)
                .executeUpdate();
        if (claimed == 0) {
            throw new cn.gov.wujin.selfcheck.platform.BusinessException("import.continue.notInterrupted");
        }
        EnterpriseImport job = job(importId);
        em.refresh(job);
        audit.record(caller, AuditAction.IMPORT_CONTINUED, "import", importId, job.getFileName(),
                "from row " + (job.getDoneLine() + 1));
        return job.getExecutionId();
    }

    /**
     * At start-up: the imports whose job was running when a server stopped or died (their heartbeat
     * is stale; a live server of a cluster keeps its own fresh) are marked 已中断. Payara keeps such an
     * execution STARTED in its repository; 继续导入 then runs a new execution from the committed row.
     */
    public int markInterrupted(LocalDateTime staleBefore) {
        return em.createQuery("UPDATE EnterpriseImport i SET i.status = :interrupted WHERE i.status IN :running"
                        + " AND COALESCE(i.heartbeatAt, i.createdAt) < :stale")
                .setParameter("interrupted", ImportStatus.INTERRUPTED)
                .setParameter("running", List.of(ImportStatus.RUNNING, ImportStatus.QUEUED))
                .setParameter("stale", staleBefore).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begin(Long importId, long executionId) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createQuery("UPDATE EnterpriseImport i SET i.status = :running, i.executionId = :execution, i.heartbeatAt = :now, "
                        + "i.startedAt = COALESCE(i.startedAt, :now), i.failure = NULL WHERE i.id = :id")
                .setParameter("running", ImportStatus.RUNNING).setParameter("execution", executionId)
                .setParameter("now", now).setParameter("id", importId).executeUpdate();
    }

    /**
     * How the execution ended: the status, the step's metrics added to the import's, the rejected count.
     * The rows rejected after the last write are recorded when the step completed (a failed or stopped
     * one reads them again when it is continued).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(Long importId, long executionId, BatchStatus batchStatus, List<Rejected> lastRejects) {
        int read = 0;
        int write = 0;
        int skip = 0;
        // In afterJob the job's own status is not final yet (still STARTED): the step's is.
        BatchStatus stepStatus = null;
        try {
            for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(executionId)) {
                stepStatus = step.getBatchStatus();
                for (Metric metric : step.getMetrics()) {
                    switch (metric.getType()) {
                        case READ_COUNT -> read += (int) metric.getValue();
                        case WRITE_COUNT -> write += (int) metric.getValue();
                        case PROCESS_SKIP_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += (int) metric.getValue();
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("No step metrics for execution " + executionId + ": " + e);
        }
        BatchStatus outcome = batchStatus == BatchStatus.FAILED || batchStatus == BatchStatus.STOPPED || stepStatus == null
                ? batchStatus : stepStatus;
        ImportStatus status = switch (outcome) {
            case COMPLETED -> ImportStatus.COMPLETED;
            case STOPPED, STOPPING -> ImportStatus.INTERRUPTED;
            default -> ImportStatus.FAILED;
        };
        if (status == ImportStatus.COMPLETED && !lastRejects.isEmpty()) {
            recordRejects(importId, job(importId).getDoneLine(), lastRejects);
            em.createQuery("UPDATE EnterpriseImport i SET i.doneLine = :line WHERE i.id = :id AND i.doneLine < :line")
                    .setParameter("line", lastRejects.get(lastRejects.size() - 1).line()).setParameter("id", importId)
                    .executeUpdate();
            em.flush();
        }
        long rejected = em.createQuery("SELECT COUNT(r) FROM ImportReject r WHERE r.importId = :id", Long.class)
                .setParameter("id", importId).getSingleResult();
        LocalDateTime now = LocalDateTime.now(clock);
        em.createQuery("UPDATE EnterpriseImport i SET i.status = :status, i.readCount = i.readCount + :read, "
                        + "i.writeCount = i.writeCount + :write, i.skipCount = i.skipCount + :skip, i.rejectedCount = :rejected, "
                        + "i.endedAt = :now, i.heartbeatAt = :now, i.failure = :failure WHERE i.id = :id")
                .setParameter("status", status).setParameter("read", read).setParameter("write", write)
                .setParameter("skip", skip).setParameter("rejected", (int) rejected).setParameter("now", now)
                .setParameter("failure", status == ImportStatus.FAILED ? outcome.name() : null)
                .setParameter("id", importId).executeUpdate();
        EnterpriseImport job = em.find(EnterpriseImport.class, importId);
        em.refresh(job);
        audit.record(job.getUsername(), job.getRole(), AuditAction.IMPORT_ENDED, "import", importId, job.getFileName(),
                status + " created=" + job.getCreatedCount() + " updated=" + job.getUpdatedCount() + " rejected=" + rejected);
    }

    EnterpriseImport job(Long importId) {
        EnterpriseImport job = importId == null ? null : em.find(EnterpriseImport.class, importId);
        if (job == null) {
            throw new IllegalArgumentException("no import " + importId);
        }
        return job;
    }
}
