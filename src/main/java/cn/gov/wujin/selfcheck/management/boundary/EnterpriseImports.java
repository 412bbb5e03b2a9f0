package cn.gov.wujin.selfcheck.management.boundary;

import cn.gov.wujin.selfcheck.management.control.ImportFile;
import cn.gov.wujin.selfcheck.management.control.ImportWorkbooks;
import cn.gov.wujin.selfcheck.management.entity.EnterpriseImport;
import cn.gov.wujin.selfcheck.management.entity.ImportReject;
import cn.gov.wujin.selfcheck.management.entity.ImportStatus;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.audit.Audit;
import cn.gov.wujin.selfcheck.platform.audit.AuditAction;
import cn.gov.wujin.selfcheck.platform.files.DataFiles;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * 批量导入, the officers' side: uploading a file (checked by content: a workbook or text, with the
 * required headers), starting its job, following it, continuing an interrupted one, the history,
 * the rejects and the 账号开通通知单. ADMIN and DISTRICT import for the district, a TOWN officer for
 * its town (rows of another town are rejected one by one); INDUSTRY officers do not import.
 */
@Stateless
public class EnterpriseImports {

    public static final String JOB = "enterprise-import";
    private static final Logger LOG = Logger.getLogger(EnterpriseImports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ImportWork work;

    @Inject
    @ConfigProperty(name = "selfcheck.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "selfcheck.import.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** Rows per chunk (and per commit). */
    @Inject
    @ConfigProperty(name = "selfcheck.import.chunk-size", defaultValue = "1000")
    int chunkSize;

    /** A running import whose heartbeat is older than this is taken to have died with its server. */
    @Inject
    @ConfigProperty(name = "selfcheck.import.stale-seconds", defaultValue = "120")
    int staleSeconds;

    @Inject
    cn.gov.wujin.selfcheck.account.boundary.Accounts accounts;

    /** Whether new logins get a generated one-time password (then an import has its 账号开通通知单). */
    public boolean generatesPasswords() {
        return accounts.generatesPasswords();
    }

    public static boolean mayImport(CallerScope caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.DISTRICT || caller.role() == Role.TOWN;
    }

    private static void requireImporter(CallerScope caller) {
        if (!mayImport(caller)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Checks and keeps an uploaded file and records its import (queued); {@link #launch} then starts
     * the job, after this transaction has committed. {@code charsetChoice}: null or "AUTO" to detect,
     * "UTF-8" or "GBK".
     */
    public Long upload(CallerScope caller, String fileName, byte[] content, String charsetChoice) {
        requireImporter(caller);
        if (content == null || content.length == 0) {
            throw new BusinessException("import.file.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("import.file.tooLarge", maxBytes / 1024 / 1024);
        }
        ImportFile.Format format = ImportFile.detectFormat(content);
        Charset charset = null;
        if (format == ImportFile.Format.CSV) {
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    throw new BusinessException("import.file.notCsv");
                }
            }
            charset = charsetChoice == null || charsetChoice.isBlank() || "AUTO".equals(charsetChoice)
                    ? ImportFile.detectCharset(content) : Charset.forName("GBK".equals(charsetChoice) ? "GBK" : "UTF-8");
        }
        int rows = 0;
        List<String> header;
        try (ImportFile file = ImportFile.open(content, format, charset)) {
            header = file.header();
            while (file.hasNext()) {
                file.next();
                rows++;
            }
        } catch (ImportFile.BadFileException e) {
            throw new BusinessException(e.messageKey(), e.detail());
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("import.file.unreadable", e.getClass().getSimpleName());
        }
        if (rows == 0) {
            throw new BusinessException("import.file.noRows");
        }
        EnterpriseImport job = new EnterpriseImport(safeName(fileName), format.name(), charset == null ? null : charset.name(),
                header, caller.username(), caller.role().name(), caller.townId(), rows, LocalDateTime.now(clock));
        em.persist(job);
        Path target = Path.of(dataDir, "imports", job.getId() + (format == ImportFile.Format.XLSX ? ".xlsx" : ".csv"));
        try {
            Files.createDirectories(target.getParent());
            DataFiles.write(target, content);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep the import file " + target, e);
        }
        job.storedAt(target.toAbsolutePath().toString());
        audit.record(caller, AuditAction.IMPORT_STARTED, "import", job.getId(), job.getFileName(),
                rows + " rows, " + format + (charset == null ? "" : " " + charset.name()));
        return job.getId();
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "import" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Starts the job of an uploaded file (outside a transaction: the job runs on its own threads). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long launch(CallerScope caller, Long importId) {
        view(caller, importId);
        return operator().start(JOB, parameters(importId));
    }

    /**
     * 继续导入 of an interrupted or failed import: restarts its execution (from the last committed
     * row), or, when the batch repository cannot restart it (an execution that died with its JVM stays
     * STARTED; a repository that did not survive knows none), runs a new one from that row.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long continueImport(CallerScope caller, Long importId) {
        ImportView view = view(caller, importId);
        if (!view.isMayContinue()) {
            throw new BusinessException("import.continue.notInterrupted");
        }
        Long execution = work.claimContinue(caller, importId, LocalDateTime.now(clock).minusSeconds(staleSeconds));
        JobOperator operator = operator();
        if (execution != null) {
            try {
                return operator.restart(execution, parameters(importId));
            } catch (RuntimeException e) {
                LOG.info("Import " + importId + ": execution " + execution + " cannot be restarted (" + e
                        + "); continuing in a new execution from the last committed row");
            }
        }
        return operator.start(JOB, parameters(importId));
    }

    private Properties parameters(Long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** An import the caller may see (its own town's for a TOWN officer). */
    public ImportView view(CallerScope caller, Long importId) {
        requireImporter(caller);
        EnterpriseImport job = importId == null ? null : em.find(EnterpriseImport.class, importId);
        if (job == null || !visible(caller, job)) {
            throw new AccessDeniedException();
        }
        return ImportView.of(job, effective(job));
    }

    private static boolean visible(CallerScope caller, EnterpriseImport job) {
        return caller.seesWholeDistrict() || caller.role() == Role.TOWN && caller.townId().equals(job.getTownId());
    }

    private ImportStatus effective(EnterpriseImport job) {
        if ((job.getStatus() == ImportStatus.RUNNING || job.getStatus() == ImportStatus.QUEUED) && stale(job)) {
            return ImportStatus.INTERRUPTED;
        }
        return job.getStatus();
    }

    private boolean stale(EnterpriseImport job) {
        LocalDateTime last = job.getHeartbeatAt() != null ? job.getHeartbeatAt() : job.getCreatedAt();
        return last.isBefore(LocalDateTime.now(clock).minusSeconds(staleSeconds));
    }

    /** 导入记录: the imports the caller may see, newest first. */
    public List<ImportView> history(CallerScope caller, int first, int pageSize) {
        requireImporter(caller);
        return scoped(caller, em.createQuery("SELECT i FROM EnterpriseImport i" + scopeCondition(caller)
                + " ORDER BY i.createdAt DESC, i.id DESC", EnterpriseImport.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100))
                .getResultList().stream().map(job -> ImportView.of(job, effective(job))).toList();
    }

    public long count(CallerScope caller) {
        requireImporter(caller);
        return scoped(caller, em.createQuery("SELECT COUNT(i) FROM EnterpriseImport i" + scopeCondition(caller), Long.class))
                .getSingleResult();
    }

    private static String scopeCondition(CallerScope caller) {
        return caller.seesWholeDistrict() ? "" : " WHERE i.townId = :townId";
    }

    private static <T> TypedQuery<T> scoped(CallerScope caller, TypedQuery<T> query) {
        return caller.seesWholeDistrict() ? query : query.setParameter("townId", caller.townId());
    }

    /** The rejected rows, in file order, with the file's header, for the rejects workbook. */
    public List<ImportWorkbooks.Rejected> rejects(CallerScope caller, Long importId) {
        view(caller, importId);
        return em.createQuery("SELECT r FROM ImportReject r WHERE r.importId = :id ORDER BY r.lineNo", ImportReject.class)
                .setParameter("id", importId).getResultList().stream()
                .map(r -> new ImportWorkbooks.Rejected(r.getLineNo(), r.getColumnName(), r.getReason(), r.getCells())).toList();
    }

    public List<String> header(CallerScope caller, Long importId) {
        view(caller, importId);
        return em.find(EnterpriseImport.class, importId).getHeader();
    }

    /**
     * The 账号开通通知单 of an import in the generated-password mode: the new logins whose one-time
     * password is still the one given (never used, reset, disabled or renamed since).
     */
    public List<AccountNotice> accountNotices(CallerScope caller, Long importId) {
        view(caller, importId);
        return em.createQuery("SELECT NEW cn.gov.wujin.selfcheck.management.boundary.AccountNotice(e.name, e.creditCode, "
                        + "e.town.name, a.username, o.oneTimePassword) FROM ImportOutcome o, Enterprise e, UserAccount a "
                        + "WHERE o.importId = :id AND o.oneTimePassword IS NOT NULL AND e.id = o.enterpriseId "
                        + "AND a.enterprise = e AND a.passwordChangedAt IS NULL AND a.sessionEpoch = 0 AND a.active = :active "
                        + "ORDER BY o.lineNo", AccountNotice.class)
                .setParameter("id", importId).setParameter("active", true).getResultList();
    }
}
