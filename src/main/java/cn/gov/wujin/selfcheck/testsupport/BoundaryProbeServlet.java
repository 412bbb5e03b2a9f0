package cn.gov.wujin.selfcheck.testsupport;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.enterprise.boundary.ProfileForm;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.enterprise.boundary.SafetyStaffs;
import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.PictureKind;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffCategory;
import cn.gov.wujin.selfcheck.enterprise.entity.StaffData;
import cn.gov.wujin.selfcheck.hazard.boundary.AcceptanceForm;
import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.HazardPhotos;
import cn.gov.wujin.selfcheck.hazard.boundary.Hazards;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.OfficerReports;
import cn.gov.wujin.selfcheck.hazard.entity.HazardKind;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardForm;
import cn.gov.wujin.selfcheck.hazard.boundary.OpenHazardFilter;
import cn.gov.wujin.selfcheck.hazard.boundary.RectificationForm;
import cn.gov.wujin.selfcheck.hazard.boundary.Rectifications;
import cn.gov.wujin.selfcheck.hazard.boundary.ExtensionForm;
import cn.gov.wujin.selfcheck.hazard.boundary.MajorHazardWorkflow;
import cn.gov.wujin.selfcheck.hazard.boundary.OverdueCounts;
import cn.gov.wujin.selfcheck.hazard.boundary.SupervisionForm;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;
import cn.gov.wujin.selfcheck.notice.boundary.Inbox;
import cn.gov.wujin.selfcheck.notice.boundary.InboxSearch;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeForm;
import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.boundary.Notices;
import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.platform.persistence.TransientFailures;
import cn.gov.wujin.selfcheck.hazard.entity.SafetyMeasures;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
import cn.gov.wujin.selfcheck.inspection.boundary.AnswerInput;
import cn.gov.wujin.selfcheck.inspection.boundary.HistoryFilter;
import cn.gov.wujin.selfcheck.inspection.boundary.InspectionForm;
import cn.gov.wujin.selfcheck.inspection.boundary.Inspections;
import cn.gov.wujin.selfcheck.inspection.entity.InspectionAnswer;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.testsupport.LocalTestSupport;
import cn.gov.wujin.selfcheck.standard.boundary.EditableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.ItemForm;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.StandardAdministration;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * TESTS ONLY: calls one boundary method as a given caller, so that a test can prove each refusal
 * where the boundary makes it, not where {@code web.xml} or JSF stop a request before it.
 * {@code POST /test-support/boundary?as=<login>&op=<operation>&...} builds the caller's scope
 * exactly as a page does ({@link UserAccount#scope()}) and calls the same boundary method the page
 * calls; the answer is one line: {@code OK [result]}, {@code ACCESS_DENIED}, {@code REFUSED <message key>}
 * or {@code INVALID <fields>}. Answers 404 unless test support is enabled and the request is local
 * (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/boundary")
public class BoundaryProbeServlet extends LocalTestSupport {

    @Inject
    Accounts accounts;

    @Inject
    Enterprises enterprises;

    @Inject
    Profiles profiles;

    @Inject
    SafetyStaffs staffs;

    @Inject
    Pictures pictures;

    @Inject
    Inspections inspections;

    @Inject
    Hazards hazards;

    @Inject
    HazardPhotos hazardPhotos;

    @Inject
    StandardAdministration standardAdministration;

    @Inject
    Rectifications rectifications;

    @Inject
    MajorHazardWorkflow workflow;

    @Inject
    Notices notices;

    @Inject
    NoticePublishing noticePublishing;

    @Inject
    Inbox inbox;

    @Inject
    cn.gov.wujin.selfcheck.notice.boundary.Articles articles;

    @Inject
    cn.gov.wujin.selfcheck.notice.boundary.MailOutbox mailOutbox;

    @Inject
    cn.gov.wujin.selfcheck.enterprise.boundary.ReferenceData referenceData;

    @Inject
    OfficerReports officerReports;

    @Inject
    cn.gov.wujin.selfcheck.management.boundary.EnterpriseRegistry registry;

    @Inject
    cn.gov.wujin.selfcheck.management.boundary.EnterpriseImports imports;

    @Inject
    cn.gov.wujin.selfcheck.platform.audit.AuditLog auditLog;

    @Inject
    cn.gov.wujin.selfcheck.demo.ImportBenchData benchData;

    @Inject
    cn.gov.wujin.selfcheck.demo.StatisticsSeed statisticsSeed;

    @Inject
    cn.gov.wujin.selfcheck.demo.DistrictGenerator districtGenerator;

    @Inject
    cn.gov.wujin.selfcheck.demo.StatisticsBenchSql statisticsBenchSql;

    @Inject
    cn.gov.wujin.selfcheck.statistics.boundary.Statistics statistics;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Params p = new Params(request);
        String outcome;
        try {
            Object result = call(p.get("op"), p);
            outcome = result == null ? "OK" : "OK " + result;
        } catch (EJBException e) {
            outcome = outcomeOf(e.getCausedByException() == null ? e : e.getCausedByException());
        } catch (RuntimeException e) {
            outcome = outcomeOf(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(outcome.getBytes(StandardCharsets.UTF_8));
    }

    private static String outcomeOf(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "ACCESS_DENIED";
        }
        if (e instanceof InvalidInputException invalid) {
            return "INVALID " + invalid.violations().stream().map(Map.Entry::getKey).collect(Collectors.joining(","));
        }
        if (e instanceof BusinessException business) {
            return "REFUSED " + business.messageKey();
        }
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    private Object call(String op, Params p) {
        CallerScope caller = scopeOf(p.get("as"));
        return switch (op) {
            // enterprise
            case "enterprise.find" -> enterprises.find(caller, p.enterprise()).getId();
            // enterprise and account management
            case "registry.create" -> {
                cn.gov.wujin.selfcheck.management.boundary.EnterpriseForm form = new cn.gov.wujin.selfcheck.management.boundary.EnterpriseForm();
                form.setName(p.get("name"));
                form.setCreditCode(p.get("code"));
                form.setTownId(referenceData.town(p.get("town")).getId());
                form.setDepartmentId(referenceData.department(p.get("department", "YJGL")).getId());
                form.setTypeId(referenceData.type(p.get("type", "GM_JX")).getId());
                form.setSupervisionLevelId(referenceData.supervisionLevel(p.get("level", "GENERAL")).getId());
                form.setSafetyHeadName(p.get("head", null));
                var registered = registry.create(caller, form);
                yield registered.enterpriseId() + " " + registered.login().password();
            }
            case "registry.count" -> registry.count(caller, enterpriseFilter(p));
            case "registry.page" -> {
                cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter filter = enterpriseFilter(p);
                long started = System.nanoTime();
                long count = registry.count(caller, filter);
                long counted = System.nanoTime();
                int rows = registry.list(caller, filter, Integer.parseInt(p.get("first", "0")), 20).size();
                long listed = System.nanoTime();
                yield count + " " + rows + " countMicros=" + (counted - started) / 1000 + " pageMicros=" + (listed - counted) / 1000;
            }
            case "registry.row" -> {
                var row = registry.row(caller, p.enterprise());
                yield row.getAccountState() + " " + (row.active() ? "ACTIVE" : "DISABLED") + " " + row.town();
            }
            case "registry.setActive" -> {
                Long id = p.enterprise();
                registry.setActive(caller, id, Boolean.parseBoolean(p.get("active")),
                        registry.version(scopeOf(p.get("loadAs", p.get("as"))), id));
                yield null;
            }
            case "registry.resetPassword" -> registry.resetPassword(caller, p.enterprise()).password();
            case "profile.moveTown" -> {
                Long enterpriseId = p.enterprise();
                ProfileForm form = profiles.form(caller, enterpriseId);
                fill(form);
                form.setTownId(referenceData.town(p.get("town")).getId());
                profiles.save(caller, enterpriseId, form);
                yield null;
            }
            case "import.upload" -> {
                byte[] content = java.util.Base64.getDecoder().decode(p.get("content"));
                Long id = imports.upload(caller, p.get("file", "probe.csv"), content, p.get("charset", "AUTO"));
                if (!p.has("noLaunch")) {
                    imports.launch(caller, id);
                }
                yield id;
            }
            case "import.view" -> {
                var view = imports.view(caller, p.id());
                yield view.getStatus() + " created=" + view.getCreated() + " updated=" + view.getUpdated() + " rejected="
                        + view.getRejected() + " read=" + view.getReadCount() + " write=" + view.getWriteCount()
                        + " skip=" + view.getSkipCount() + " done=" + view.getDoneRows() + " total=" + view.getTotalRows()
                        + (view.endedAt() == null || view.startedAt() == null ? "" : " millis="
                        + java.time.Duration.between(view.startedAt(), view.endedAt()).toMillis());
            }
            case "import.rejects" -> imports.rejects(caller, p.id()).stream()
                    .map(r -> r.line() + ":" + r.column() + ":" + r.reason()).collect(Collectors.joining("|"));
            case "import.notices" -> imports.accountNotices(caller, p.id()).stream()
                    .map(n -> n.username() + "=" + n.password()).collect(Collectors.joining("|"));
            case "import.continue" -> imports.continueImport(caller, p.id());
            case "bench.import" -> {
                Long id = imports.upload(caller, "bench.csv", cn.gov.wujin.selfcheck.demo.ImportBenchData.csv(p.get("tag"),
                        Integer.parseInt(p.get("valid")), Integer.parseInt(p.get("invalid"))), "UTF-8");
                imports.launch(caller, id);
                yield id;
            }
            case "bench.ceiling" -> {
                try {
                    yield benchData.ceiling(p.get("tag"), Integer.parseInt(p.get("rows")), Integer.parseInt(p.get("chunk")));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "import.history" -> imports.count(caller);
            // statistics
            case "stats.seed" -> {
                try {
                    yield statisticsSeed.seed(p.get("tag"), p.get("password"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "stats.seedQuality" -> {
                try {
                    yield statisticsSeed.seedQuality(p.get("tag"), p.get("password"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "bench.district" -> {
                try {
                    yield districtGenerator.generate(p.get("tag"), Integer.parseInt(p.get("enterprises")),
                            java.time.YearMonth.parse(p.get("month")));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "bench.statsSql" -> {
                try {
                    yield statisticsBenchSql.run(java.time.YearMonth.parse(p.get("month")),
                            caller.role() == cn.gov.wujin.selfcheck.platform.security.Role.TOWN ? caller.townId() : null, 25);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "bench.statsPage" -> {
                // What opening 统计分析 asks of the boundary: the month's table, the trend, the two quality flags.
                var period = cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod.parse(p.get("month"));
                var grouping = cn.gov.wujin.selfcheck.statistics.boundary.Grouping.valueOf(p.get("grouping", "TOWN"));
                long started = System.nanoTime();
                statistics.table(caller, period, grouping);
                statistics.trend(caller, period.last());
                statistics.count(caller, period, cn.gov.wujin.selfcheck.statistics.boundary.Measure.ZERO_STREAK, null, null);
                statistics.count(caller, period, cn.gov.wujin.selfcheck.statistics.boundary.Measure.OFFICER_MORE, null, null);
                yield (System.nanoTime() - started) / 1_000_000;
            }
            case "stats.table" -> {
                var table = statistics.table(caller, cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod.parse(p.get("period")),
                        p.has("grouping") ? cn.gov.wujin.selfcheck.statistics.boundary.Grouping.valueOf(p.get("grouping")) : null);
                StringBuilder out = new StringBuilder();
                java.util.List<cn.gov.wujin.selfcheck.statistics.boundary.StatisticsRow> rows = new java.util.ArrayList<>(table.rows());
                rows.add(table.total());
                for (var row : rows) {
                    out.append(row == table.total() ? "ALL" : row.getLabel()).append(':');
                    for (var measure : cn.gov.wujin.selfcheck.statistics.boundary.Measure.values()) {
                        if (measure.isFlag()) {
                            continue;
                        }
                        out.append(' ').append(measure.name()).append('=').append(row.count(measure));
                    }
                    out.append(" rate=").append(row.getParticipationRate()).append(" zeroRate=").append(row.getZeroRate())
                            .append(" rectificationRate=").append(row.getRectificationRate()).append(" funds=").append(row.getFunds())
                            .append('\n');
                }
                yield out.toString();
            }
            case "stats.trend" -> statistics.trend(caller, java.time.YearMonth.parse(p.get("month"))).stream()
                    .map(t -> t.month() + " " + t.due() + " " + t.submitted() + " " + t.generalFound() + " " + t.majorFound())
                    .collect(java.util.stream.Collectors.joining("|"));
            case "stats.urge" -> statistics.urgeNotReported(caller,
                    cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod.parse(p.get("period")), null, null);
            case "stats.list" -> {
                var period = cn.gov.wujin.selfcheck.statistics.boundary.StatisticsPeriod.parse(p.get("period"));
                var measure = cn.gov.wujin.selfcheck.statistics.boundary.Measure.valueOf(p.get("measure"));
                var grouping = p.has("grouping") ? cn.gov.wujin.selfcheck.statistics.boundary.Grouping.valueOf(p.get("grouping")) : null;
                String key = p.get("key", null);
                long count = statistics.count(caller, period, measure, grouping, key);
                yield count + " " + statistics.list(caller, period, measure, grouping, key, 0, 100).stream()
                        .map(cn.gov.wujin.selfcheck.statistics.boundary.Statistics.Item::enterprise).sorted()
                        .collect(java.util.stream.Collectors.joining("|"));
            }
            case "officer.create" -> {
                cn.gov.wujin.selfcheck.account.boundary.OfficerForm form = new cn.gov.wujin.selfcheck.account.boundary.OfficerForm();
                form.setUsername(p.get("username"));
                form.setDisplayName(p.get("displayName", p.get("username")));
                form.setRole(cn.gov.wujin.selfcheck.platform.security.Role.valueOf(p.get("role")));
                if (p.has("town")) {
                    form.setTownId(referenceData.town(p.get("town")).getId());
                }
                if (p.has("department")) {
                    form.setDepartmentId(referenceData.department(p.get("department")).getId());
                }
                yield accounts.openOfficer(caller, form).password();
            }
            case "officer.setActive" -> {
                accounts.setOfficerActive(caller, accountId(p.get("username")), Boolean.parseBoolean(p.get("active")));
                yield null;
            }
            case "officer.reset" -> accounts.resetOfficerPassword(caller, accountId(p.get("username"))).password();
            case "officer.changeScope" -> {
                accounts.changeOfficerScope(caller, accountId(p.get("username")),
                        cn.gov.wujin.selfcheck.platform.security.Role.valueOf(p.get("role")),
                        p.has("town") ? referenceData.town(p.get("town")).getId() : null,
                        p.has("department") ? referenceData.department(p.get("department")).getId() : null);
                yield null;
            }
            case "officer.count" -> accounts.countOfficers(caller, p.get("keyword", null));
            case "audit.count" -> auditLog.count(caller, new cn.gov.wujin.selfcheck.platform.audit.AuditFilter(null, null,
                    p.has("action") ? cn.gov.wujin.selfcheck.platform.audit.AuditAction.valueOf(p.get("action")) : null,
                    p.get("user", null), p.get("target", null)));
            case "audit.newest" -> auditLog.search(caller, new cn.gov.wujin.selfcheck.platform.audit.AuditFilter(null, null,
                    cn.gov.wujin.selfcheck.platform.audit.AuditAction.valueOf(p.get("action")), p.get("user", null),
                    p.get("target", null)), 0, 1).stream()
                    .map(e -> e.getUsername() + "|" + e.getRole() + "|" + e.getClientIp() + "|" + e.getTargetName() + "|" + e.getDetail())
                    .findFirst().orElse("none");
            case "profile.form" -> profiles.form(caller, p.enterprise()).getVersion();
            case "profile.display" -> profiles.display(caller, p.enterprise()).size();
            case "profile.history" -> profiles.history(caller, p.enterprise()).size();
            case "profile.save" -> saveProfile(caller, p);
            case "staff.list" -> staffs.list(caller, p.enterprise()).size();
            case "staff.add" -> {
                StaffData data = staffData(p.get("name", null));
                if (p.has("email")) {
                    data.setEmail(p.get("email"));
                }
                if (p.has("head")) {
                    data.setCategory(StaffCategory.SAFETY_HEAD);
                }
                if (p.has("certificateUntil")) {
                    data.setCertificateNo("测试证书" + p.get("certificateUntil"));
                    data.setCertificateValidUntil(LocalDate.parse(p.get("certificateUntil")));
                }
                yield staffs.add(caller, p.enterprise(), data).getId();
            }
            case "staff.data" -> {
                StaffData data = staffs.data(caller, p.id());
                yield data.getName() + " " + data.getPosition();
            }
            case "staff.update" -> updateStaff(caller, p);
            case "staff.delete" -> {
                staffs.delete(caller, p.id());
                yield null;
            }
            case "picture.list" -> pictures.list(caller, p.enterprise()).size();
            case "picture.add" -> pictures.add(caller, p.enterprise(), "边界测试", PictureKind.WAREHOUSE, png()).getId();
            case "picture.open" -> pictures.open(caller, p.id(), false).path().getFileName();
            case "picture.delete" -> {
                pictures.delete(caller, p.id());
                yield null;
            }
            // inspection
            case "inspection.newForm" -> inspections.newForm(caller).getStandard().getItemCount();
            case "inspection.save" -> saveDraft(caller, p);
            case "inspection.editForm" -> inspections.editForm(caller, p.id()).getVersion();
            case "inspection.detail" -> inspections.detail(caller, p.id()).inspection().getStatus();
            case "inspection.drafts" -> inspections.drafts(caller).size();
            case "inspection.history" -> inspections.history(caller, p.enterprise(), new HistoryFilter(), 0, 10).size();
            case "inspection.countHistory" -> inspections.countHistory(caller, p.enterprise(), new HistoryFilter());
            case "inspection.compare" -> inspections.compare(caller, p.id(), p.longValue("other")).getRight().getId();
            case "inspection.submit" -> {
                inspections.submit(caller, p.id());
                yield null;
            }
            case "inspection.delete" -> {
                inspections.delete(caller, p.id());
                yield null;
            }
            // hazard
            case "hazard.reportMajor" -> reportMajor(caller);
            case "hazard.majorHazards" -> hazards.majorHazards(caller, p.enterprise()).size();
            case "hazard.majorHazardsInScope" -> hazards.majorHazardsInScope(caller, new MajorHazardFilter(), 0, 10).size();
            case "hazard.countMajorHazardsInScope" -> hazards.countMajorHazardsInScope(caller, new MajorHazardFilter());
            case "hazard.majorHazard" -> hazards.majorHazard(caller, p.id()).getId();
            case "hazard.generalOfRecord" -> generalHazardOf(caller, p.id());
            case "rectification.openHazards" -> rectifications.openHazards(caller, new OpenHazardFilter(), 0, 10).size();
            case "rectification.countOpenHazards" -> rectifications.countOpenHazards(caller, new OpenHazardFilter());
            case "rectification.general" -> rectifications.hazard(caller, p.id()).getVersion();
            case "rectification.status" -> rectifications.hazard(caller, p.id()).getStatus();
            case "rectification.step" -> {
                rectifications.recordStep(caller, p.id(), p.longValue("version"), rectificationForm(p.has("finished")));
                yield null;
            }
            case "rectification.accept" -> {
                rectifications.recordAcceptance(caller, p.id(), p.longValue("version"), acceptanceForm(p.has("passed")));
                yield null;
            }
            case "major.trail" -> rectifications.hazard(caller, p.id()).getEvents().stream()
                    .map(e -> e.getAction() + ":" + e.getFromStatus() + ">" + e.getToStatus() + ":" + e.getActorRole())
                    .collect(Collectors.joining(","));
            case "major.deadline" -> rectifications.hazard(caller, p.id()).getDeadline();
            case "major.supplement" -> {
                // as the pages do: a conflict at commit is tried again, then refused as stale
                TransientFailures.retried(() -> workflow.supplement(caller, p.id(), p.longValue("version"), p.get("text")));
                yield null;
            }
            case "major.measures" -> {
                SafetyMeasures measures = new SafetyMeasures();
                measures.setWarningSigns(true);
                measures.setMonitoring(true);
                TransientFailures.retried(() -> workflow.confirmMeasures(caller, p.id(), p.longValue("version"), measures));
                yield null;
            }
            case "major.requestExtension" -> {
                ExtensionForm form = new ExtensionForm();
                form.setUntil(LocalDate.parse(p.get("until")));
                form.setReason("设备到货延迟");
                TransientFailures.retried(() -> workflow.requestExtension(caller, p.id(), p.longValue("version"), form));
                yield null;
            }
            case "major.requestAcceptance" -> {
                TransientFailures.retried(() -> workflow.requestAcceptance(caller, p.id(), p.longValue("version"), p.get("text")));
                yield null;
            }
            case "major.return" -> {
                TransientFailures.retried(() -> workflow.returnForSupplement(caller, p.id(), p.longValue("version"), p.get("text")));
                yield null;
            }
            case "major.supervise" -> {
                SupervisionForm form = new SupervisionForm();
                form.setLevel(ListingLevel.valueOf(p.get("level")));
                form.setUnit("武进区安委办");
                form.setDeadline(LocalDate.parse(p.get("deadline")));
                form.setDocumentNumber(p.get("number"));
                TransientFailures.retried(() -> workflow.supervise(caller, p.id(), p.longValue("version"), form));
                yield null;
            }
            case "major.decideExtension" -> {
                TransientFailures.retried(() -> workflow.decideExtension(caller, p.id(), p.longValue("version"), p.has("granted"), p.get("text", null)));
                yield null;
            }
            case "major.decideAcceptance" -> {
                TransientFailures.retried(() -> workflow.decideAcceptance(caller, p.id(), p.longValue("version"), p.has("passed"), p.get("text", null)));
                yield null;
            }
            case "major.notice" -> workflow.supervisionNotice(caller, p.id()).documentNumber();
            case "major.overdue" -> {
                OverdueCounts counts = workflow.countOverdue(caller);
                yield counts.getRectifications() + "/" + counts.getReviews();
            }
            case "officer.report" -> officerReport(caller, p);
            case "officer.uploadPhoto" -> {
                List<StoredImage> photos = new ArrayList<>();
                officerReports.uploadPhoto(caller, p.enterprise(), photos, png());
                yield photos.get(0).getStorageKey();
            }
            case "officer.recheck" -> {
                TransientFailures.retried(() -> officerReports.recheck(caller, p.id(), p.longValue("version"), acceptanceForm(p.has("passed"))));
                yield null;
            }
            case "officer.awaitingRecheck" -> officerReports.countAwaitingRecheck(caller);
            case "rectification.source" -> rectifications.hazard(caller, p.id()).getSource();
            case "notice.unread" -> notices.countUnread(caller).reminders();
            case "notice.unreadNotices" -> notices.countUnread(caller).notices();
            case "notice.save" -> noticePublishing.save(caller, (NoticeForm) noticeForm(p));
            case "notice.upload" -> noticePublishing.upload(caller, 0, p.get("name", "附件.pdf"),
                    p.has("html") ? "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)
                            : pdfWithOpenPdf()).getId();
            case "notice.summary" -> {
                var summary = noticePublishing.summary(caller, p.id());
                yield summary.getRead() + "/" + summary.getRecipients();
            }
            case "notice.unreadList" -> noticePublishing.unread(caller, p.id(), 0, 100).size();
            case "notice.remind" -> noticePublishing.remindUnread(caller, p.id());
            case "notice.open" -> inbox.openNotice(caller, p.id()).getTitle();
            case "notice.attachment" -> inbox.attachment(caller, p.id()).fileName();
            case "notice.inbox" -> inbox.countNotices(caller, new InboxSearch());
            case "reminder.open" -> inbox.openReminder(caller, p.id()).getTitle();
            case "mail.resend" -> {
                mailOutbox.resend(caller, p.id());
                yield "";
            }
            case "mail.count" -> mailOutbox.counts(caller).toString();
            case "mail.failedId" -> mailOutbox.list(caller, cn.gov.wujin.selfcheck.notice.entity.MailStatus.FAILED, 0, 100).stream()
                    .filter(m -> m.getRecipient().equals(p.get("recipient"))).findFirst().orElseThrow().getId();
            case "article.save" -> {
                cn.gov.wujin.selfcheck.notice.boundary.ArticleForm form = new cn.gov.wujin.selfcheck.notice.boundary.ArticleForm();
                form.setKind(cn.gov.wujin.selfcheck.notice.entity.ArticleKind.valueOf(p.get("kind", "NEWS")));
                form.setTitle(p.get("title", "边界测试文章"));
                form.setBody(p.get("body", "<p>边界测试文章正文</p>"));
                if (p.has("id")) {
                    form.setId(p.id());
                    form.setVersion(p.longValue("version"));
                }
                yield articles.save(caller, form);
            }
            case "article.open" -> articles.article(caller, p.id()).getTitle();
            case "article.delete" -> {
                articles.delete(caller, p.id());
                yield "";
            }
            case "reminder.newest" -> inbox.reminders(caller, new InboxSearch(), 0, 1).get(0).getId();
            case "photo.upload" -> hazardPhotos.upload(caller, png()).getStorageKey();
            case "photo.openUploaded" -> hazardPhotos.openUploaded(caller, null, p.get("key"), false).path().getFileName();
            case "photo.open" -> hazardPhotos.open(caller, p.id(), false).path().getFileName();
            case "photo.ofRecord" -> photoOf(caller, p.id());
            // account
            case "account.attempts" -> accounts.attempts(caller, null, 0, 10).size();
            case "account.countAttempts" -> accounts.countAttempts(caller, null);
            // standard
            case "standard.list" -> standardAdministration.list(caller).stream()
                    .map(s -> s.getId() + ":" + s.getStatus()).collect(Collectors.joining(","));
            case "standard.types" -> standardAdministration.types(caller).size();
            case "standard.editable" -> editable(caller, p.id());
            case "standard.copyToNewDraft" -> standardAdministration.copyToNewDraft(caller, p.id());
            case "standard.renameCategory" -> {
                standardAdministration.renameCategory(caller, p.id(), "边界测试分类");
                yield null;
            }
            case "standard.addGroup" -> standardAdministration.addGroup(caller, p.id(), "边界测试分类");
            case "standard.deleteGroup" -> {
                standardAdministration.deleteGroup(caller, p.id());
                yield null;
            }
            case "standard.addItem" -> standardAdministration.addItem(caller, p.id(), itemForm());
            case "standard.changeItem" -> {
                standardAdministration.changeItem(caller, p.id(), itemForm());
                yield null;
            }
            case "standard.deleteItem" -> {
                standardAdministration.deleteItem(caller, p.id());
                yield null;
            }
            case "standard.publish" -> {
                standardAdministration.publish(caller, p.id());
                yield null;
            }
            case "standard.exportXlsx" -> standardAdministration.exportXlsx(caller, p.id()).fileName();
            case "standard.importXlsx" -> standardAdministration.importXlsx(caller, p.id(), new byte[]{1, 2, 3});
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }

    /** The list's filter from {@code keyword}, {@code town} (code), {@code account}, {@code noRecord}, {@code profile}; any state. */
    private cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter enterpriseFilter(Params p) {
        cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter filter = new cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter();
        filter.setKeyword(p.get("keyword", null));
        filter.setStatus(null);
        if (p.has("town")) {
            filter.setTownId(referenceData.town(p.get("town")).getId());
        }
        if (p.has("account")) {
            filter.setAccountState(cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter.AccountState.valueOf(p.get("account")));
        }
        if (p.has("noRecord")) {
            filter.setNoRecordThisPeriod(true);
        }
        if (p.has("profile")) {
            filter.setProfile(cn.gov.wujin.selfcheck.management.boundary.EnterpriseFilter.Profile.valueOf(p.get("profile")));
        }
        return filter;
    }

    private Long accountId(String login) {
        return accounts.findByUsername(login).map(UserAccount::getId)
                .orElseThrow(() -> new IllegalArgumentException("no account " + login));
    }

    private CallerScope scopeOf(String login) {
        return accounts.findByUsername(login).map(UserAccount::scope)
                .orElseThrow(() -> new IllegalArgumentException("no account " + login));
    }

    /** 保存 of 企业基本信息: the form as {@code loadAs} (default: the caller) got it, optionally with a forged 单位名称. */
    private Object saveProfile(CallerScope caller, Params p) {
        Long enterpriseId = p.enterprise();
        ProfileForm form = profiles.form(scopeOf(p.get("loadAs", p.get("as"))), enterpriseId);
        fill(form);
        if (p.has("name")) {
            form.setName(p.get("name"));
        }
        profiles.save(caller, enterpriseId, form);
        return null;
    }

    /** The required fields of a profile form, where the enterprise has not filled them in. */
    private void fill(ProfileForm form) {
        form.getData().setRegisteredAddress("常州市武进区边界路 1 号");
        form.getData().setBusinessAddress("常州市武进区边界路 1 号");
        form.getData().setLegalRepresentative("边界测试");
        form.getData().setPrincipalMobile("13900000001");
        form.getData().setEmployees(12);
        if (form.getData().getPrincipalName() == null) {
            form.getData().setPrincipalName("边界测试");
        }
        if (form.getData().getContactPhone() == null) {
            form.getData().setContactPhone("0519-88880001");
        }
        if (form.getStandardizationLevelId() == null) {
            form.setStandardizationLevelId(referenceData.standardizationLevel("NONE").getId());
        }
    }

    private Object updateStaff(CallerScope caller, Params p) {
        StaffData data = staffs.data(scopeOf(p.get("loadAs", p.get("as"))), p.id());
        data.setPosition("边界测试岗位");
        staffs.update(caller, p.id(), data);
        return null;
    }

    private static StaffData staffData(String name) {
        StaffData data = new StaffData();
        data.setName(name == null ? "边界测试" : name);
        data.setPosition("安全员");
        data.setCategory(StaffCategory.PART_TIME_SAFETY);
        data.setMobile("13900000002");
        return data;
    }

    /**
     * 保存 of a record: a new one ({@code id} absent) or a draft loaded at {@code version}; with
     * {@code photo=true} the first item is a general hazard with an uploaded photo, with
     * {@code major=<hazard id>} the first item refers to that reported major hazard.
     */
    private Object saveDraft(CallerScope caller, Params p) {
        List<AnswerInput> answers = List.of();
        if (p.has("photo") || p.has("major")) {
            InspectionForm form = inspections.newForm(caller);
            Long itemId = form.getStandard().allGroups().get(0).getItems().get(0).getId();
            if (p.has("major")) {
                answers = List.of(AnswerInput.major(itemId, p.longValue("major")));
            } else {
                GeneralHazardForm general = new GeneralHazardForm();
                general.setLocation("边界测试部位");
                general.setDescription("边界测试隐患");
                general.setHazardType("边界测试");
                general.setResponsible("边界测试");
                general.setDeadline(LocalDate.now().plusDays(30));
                general.setPhotos(List.of(hazardPhotos.upload(caller, png())));
                answers = List.of(AnswerInput.general(itemId, general));
            }
        }
        Long version = p.has("version") ? p.longValue("version") : null;
        return inspections.saveDraft(caller, p.has("id") ? p.id() : null, version, p.get("inspector", "边界测试"),
                null, answers);
    }

    /** The id of the general hazard a record found (its first one). */
    private Object generalHazardOf(CallerScope caller, Long inspectionId) {
        return inspections.detail(caller, inspectionId).answersByItem().values().stream()
                .map(InspectionAnswer::getHazard).filter(h -> h != null).map(h -> h.getId()).findFirst().orElseThrow();
    }

    private static RectificationForm rectificationForm(boolean finished) {
        RectificationForm form = new RectificationForm();
        form.setMeasures("边界测试措施");
        form.setFundsUsed(new java.math.BigDecimal("100.00"));
        form.setResponsible("边界测试");
        form.setCompletedOn(LocalDate.now());
        form.setFinished(finished);
        return form;
    }

    private static AcceptanceForm acceptanceForm(boolean passed) {
        AcceptanceForm form = new AcceptanceForm();
        form.setReviewOpinion("边界测试意见");
        form.setAcceptor("边界测试");
        form.setAcceptedOn(LocalDate.now());
        form.setPassed(passed);
        form.setReason(passed ? null : "边界测试原因");
        return form;
    }

    private Object photoOf(CallerScope caller, Long inspectionId) {
        return inspections.detail(caller, inspectionId).answersByItem().values().stream()
                .map(InspectionAnswer::getHazard).filter(h -> h != null)
                .flatMap(h -> h.getPhotos().stream()).map(HazardPhoto::getId).findFirst().orElseThrow();
    }

    /** 重大隐患上报 on the first item of the caller's standard that maps to no 判定标准 situation. */
    /** 代报 for enterprise {@code enterprise}: general unless {@code major}; at the first item of its standard with {@code item}. */
    /**
     * 发布公告: {@code audience=TOWN&audienceTown=<code>} (or {@code audienceId=…}), {@code audience=PICKED&picked=<name>,<name>},
     * optional {@code attachment=<id>}, {@code title}, {@code body}, {@code publishAt=<local date-time>}.
     */
    private Object noticeForm(Params p) {
        NoticeForm form = new NoticeForm();
        form.setTitle(p.get("title", "边界测试公告"));
        form.setBody(p.get("body", "<p>边界测试公告正文</p>"));
        form.setAudience(AudienceKind.valueOf(p.get("audience", "ALL_IN_SCOPE")));
        if (p.has("audienceId")) {
            form.setAudienceId(p.longValue("audienceId"));
        }
        if (p.has("audienceTown")) {
            form.setAudienceId(referenceData.town(p.get("audienceTown")).getId());
        }
        form.setSendMail(p.has("sendMail"));
        if (p.has("publishAt")) {
            form.setPublishAt(java.time.LocalDateTime.parse(p.get("publishAt")));
        }
        if (p.has("picked")) {
            form.setPicked(java.util.Arrays.stream(p.get("picked").split(",")).map(name -> enterprises.findByName(name)
                    .map(Enterprise::getId).orElseThrow(() -> new IllegalArgumentException("no enterprise " + name))).toList());
        }
        if (p.has("attachment")) {
            form.setAttachmentIds(List.of(p.longValue("attachment")));
        }
        return form;
    }

    private Object officerReport(CallerScope caller, Params p) {
        OfficerHazardForm form = new OfficerHazardForm();
        form.setKind(p.has("major") ? HazardKind.MAJOR : HazardKind.GENERAL);
        form.setLocation("边界测试代报部位");
        form.setDescription("边界测试代报问题");
        form.setHazardType("边界测试");
        form.setResponsible("边界测试");
        form.setDeadline(p.has("deadline") ? LocalDate.parse(p.get("deadline"))
                : LocalDate.now().plusDays(p.has("days") ? p.longValue("days") : 10));
        if (p.has("item")) {
            form.setItemId(p.longValue("item"));
        }
        return officerReports.report(caller, p.enterprise(), form);
    }

    private Object reportMajor(CallerScope caller) {
        PrintableStandard standard = inspections.newForm(caller).getStandard();
        Long itemId = standard.allGroups().stream().flatMap(g -> g.getItems().stream())
                .filter(i -> i.getMajorSituation() == null).findFirst().orElseThrow().getId();
        MajorHazardForm form = new MajorHazardForm();
        form.setLocation("边界测试部位");
        form.setResponsible("边界测试");
        form.setDeadline(LocalDate.now().plusDays(30));
        form.getReport().setCurrentState("边界测试");
        form.getReport().setHarmAnalysis("边界测试");
        form.getReport().setPlanGoal("边界测试");
        form.getReport().setPlanMeasures("边界测试");
        form.getReport().setPlanFunding("边界测试");
        form.getReport().setPlanOrganization("边界测试");
        form.getReport().setPlanTimeline("边界测试");
        form.getReport().setPlanSafety("边界测试");
        form.getReport().setNeedsSuspension(false);
        form.getReport().setInterimMeasures("边界测试");
        return hazards.reportMajor(caller, itemId, form);
    }

    /** The ids of a standard's first 一级分类, its first 二级分类 and that one's first item, and its status. */
    private Object editable(CallerScope caller, long standardId) {
        EditableStandard standard = standardAdministration.editable(caller, standardId);
        EditableStandard.Section top = standard.getSections().get(0);
        PrintableStandard.Group group = top.getGroups().get(0);
        return top.getId() + " " + group.getId() + " " + group.getItems().get(0).getId() + " " + standard.getStatus();
    }

    private static ItemForm itemForm() {
        return new ItemForm("边界测试内容", "边界测试标准", "边界测试依据", null);
    }

    private static byte[] pdfWithOpenPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("boundary test"));
        document.close();
        return out.toByteArray();
    }

    private static final java.util.concurrent.atomic.AtomicLong UNIQUE_PICTURES = new java.util.concurrent.atomic.AtomicLong();

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
            // Another picture on every call (another hash, another file): 48 bits of a counter and the clock in the
            // first two pixels. One pixel at nanoTime % 32 gave two uploads the same file once in 32.
            long unique = UNIQUE_PICTURES.incrementAndGet() ^ System.nanoTime();
            image.setRGB(0, 0, (int) (unique & 0xFFFFFF));
            image.setRGB(1, 0, (int) ((unique >>> 24) & 0xFFFFFF));
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The request's parameters; {@code enterprise} is an enterprise's name. */
    private final class Params {
        private final HttpServletRequest request;

        Params(HttpServletRequest request) {
            this.request = request;
        }

        boolean has(String name) {
            String value = request.getParameter(name);
            return value != null && !value.isBlank();
        }

        String get(String name) {
            if (!has(name)) {
                throw new IllegalArgumentException("missing parameter " + name);
            }
            return request.getParameter(name);
        }

        String get(String name, String fallback) {
            return has(name) ? request.getParameter(name) : fallback;
        }

        Long id() {
            return longValue("id");
        }

        Long longValue(String name) {
            return Long.valueOf(get(name));
        }

        Long enterprise() {
            return enterprises.findByName(get("enterprise")).map(Enterprise::getId)
                    .orElseThrow(() -> new IllegalArgumentException("no enterprise " + get("enterprise")));
        }
    }
}
