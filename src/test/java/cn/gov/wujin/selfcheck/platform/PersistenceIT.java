package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.account.entity.LoginAttempt;
import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterpriseType;
import cn.gov.wujin.selfcheck.enterprise.entity.IndustryDepartment;
import cn.gov.wujin.selfcheck.enterprise.entity.StandardizationLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.SupervisionLevel;
import cn.gov.wujin.selfcheck.enterprise.entity.Town;
import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.UnreadCounts;
import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;
import cn.gov.wujin.selfcheck.notice.entity.NoticeAttachment;
import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.notice.entity.Audience;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.Reminder;
import cn.gov.wujin.selfcheck.platform.persistence.Database;
import cn.gov.wujin.selfcheck.platform.security.Role;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistStandard;
import cn.gov.wujin.selfcheck.standard.entity.StandardStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations from an empty database and the entity mappings, on embedded Derby always and on
 * PostgreSQL when the build names a server ({@code -Ppostgres}, property selfcheck.test.postgres.url).
 * Runs outside the application server, with EclipseLink as Payara ships it.
 */
class PersistenceIT {

    private static final List<Runnable> CLEANUP = new ArrayList<>();

    static Stream<Arguments> databases() throws SQLException {
        List<Arguments> databases = new ArrayList<>();
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:persistence-it-" + System.nanoTime());
        derby.setCreateDatabase("create");
        derby.setUser("selfcheck");
        databases.add(Arguments.of("Derby", derby));

        String postgresUrl = System.getProperty("selfcheck.test.postgres.url", "");
        if (postgresUrl.isBlank()) {
            System.out.println("[it] PersistenceIT: no PostgreSQL given (mvn -Ppostgres verify runs it there too)");
        } else {
            String name = "selfcheck_it_" + System.currentTimeMillis();
            try (Connection admin = DriverManager.getConnection(postgresUrl); Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name);
            }
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(postgresUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
            databases.add(Arguments.of("PostgreSQL", postgres));
            CLEANUP.add(() -> {
                try (Connection admin = DriverManager.getConnection(postgresUrl); Statement sql = admin.createStatement()) {
                    sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.out.println("[it] could not drop " + name + ": " + e.getMessage());
                }
            });
        }
        return databases.stream();
    }

    @AfterAll
    static void dropTestDatabases() {
        CLEANUP.forEach(Runnable::run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratesFromEmptyAndMapsEveryEntity(String vendor, DataSource dataSource) {
        MigrateResult result = Database.migrate(dataSource);
        assertTrue(result.migrationsExecuted >= 2, vendor + ": migrations ran");
        assertEquals(0, Database.migrate(dataSource).migrationsExecuted, vendor + ": a second run applies nothing");

        EntityManagerFactory emf = entityManagerFactory(dataSource);
        try {
            referenceDataIsThere(emf);
            Long enterpriseId = enterpriseRoundTrip(emf);
            accountRoundTrip(emf, enterpriseId);
            noticesRoundTrip(emf, enterpriseId);
            optimisticLockingRefusesAStaleWrite(emf, enterpriseId);
        } finally {
            emf.close();
        }
    }

    /**
     * V30 on a database that already holds rows (here: the seed standards and three articles written
     * before it): the sequences continue above every existing id, EclipseLink takes ids from them, and
     * an INSERT that names no id gets one from the identity column's own range, so the two never meet.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void idSequencesContinueAboveTheRowsAlreadyThere(String vendor, DataSource dataSource) throws SQLException {
        Flyway.configure(Database.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration/common").target("21").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (int i = 0; i < 3; i++) {
                sql.executeUpdate("INSERT INTO article (kind, title, body, published_at, version) "
                        + "VALUES ('NEWS', '旧文章', '正文', CURRENT_TIMESTAMP, 0)");
            }
        }
        long articlesBefore = maxId(dataSource, "article");
        long itemsBefore = maxId(dataSource, "checklist_item");
        assertTrue(itemsBefore >= 288, vendor + ": the seed items are there");

        // The application's own migrate (V30 is a Java migration it registers), and every later one.
        var result = Database.migrate(dataSource);
        assertEquals("30", result.migrations.get(0).version, vendor + ": V30 first");
        assertTrue(result.migrationsExecuted >= 1, vendor + ": V30 and what came after it");

        EntityManagerFactory emf = entityManagerFactory(dataSource);
        try {
            List<Long> ids = inTransaction(emf, em -> {
                List<Article> articles = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    Article article = new Article(ArticleKind.NEWS, "新文章" + i, "正文", LocalDateTime.of(2026, 12, 1, 9, 0));
                    em.persist(article);
                    articles.add(article);
                }
                em.flush();
                return articles.stream().map(Article::getId).toList();
            });
            assertEquals(60, ids.stream().distinct().count(), vendor + ": distinct ids");
            assertTrue(ids.stream().allMatch(id -> id > articlesBefore && id < 1_000_000_000_000_000L),
                    vendor + ": ids above the old rows, below the identity range: " + ids);
        } finally {
            emf.close();
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO article (kind, title, body, published_at, version) "
                    + "VALUES ('NEWS', '手写的', '正文', CURRENT_TIMESTAMP, 0)");
        }
        assertTrue(maxId(dataSource, "article") >= 1_000_000_000_000_000L, vendor + ": an INSERT without id stays apart");
    }

    private static long maxId(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             java.sql.ResultSet max = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    private static void referenceDataIsThere(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            assertEquals(19L, em.createQuery("SELECT COUNT(t) FROM Town t", Long.class).getSingleResult());
            assertTrue(em.createQuery("SELECT COUNT(d) FROM IndustryDepartment d", Long.class).getSingleResult() >= 10);
            EnterpriseType machinery = type(em, "GM_JX");
            assertEquals("工贸企业 / 机械", machinery.getFullName());
            assertEquals("GM", machinery.getCategory().getCode());
            for (String code : List.of("WHP_SC", "WHP_JY", "WHP_SY", "RYMJ_SC", "RYMJ_BG", "RYMJ_CY", "JZSG",
                    "GM_YJ", "GM_YS", "GM_JC", "GM_QG", "GM_FZ", "GM_YC", "GM_SM")) {
                assertNotNull(type(em, code), code);
            }
            assertEquals(2, em.createNamedQuery(SupervisionLevel.FIND_ALL, SupervisionLevel.class).getResultList().size());
            assertEquals(5, em.createNamedQuery(StandardizationLevel.FIND_ALL, StandardizationLevel.class).getResultList().size());
            for (Object[] expected : new Object[][]{{"GM", 79L}, {"WHP", 112L}, {"RYMJ", 97L}}) {
                assertEquals(expected[1], em.createQuery("SELECT COUNT(i) FROM ChecklistItem i "
                        + "WHERE i.category.standard.enterpriseType.code = :code", Long.class)
                        .setParameter("code", expected[0]).getSingleResult(), "items of " + expected[0]);
            }
            ChecklistStandard gongmao = em.createNamedQuery(ChecklistStandard.FIND_PUBLISHED_FOR_TYPE, ChecklistStandard.class)
                    .setParameter("typeId", type(em, "GM").getId()).setParameter("status", StandardStatus.PUBLISHED)
                    .getSingleResult();
            assertEquals(List.of("基础管理", "现场管理"), gongmao.topCategories().stream().map(ChecklistCategory::getName).toList());
            assertEquals(11, gongmao.topCategories().get(0).getChildren().size());
            assertEquals(10, gongmao.topCategories().get(1).getChildren().size());
            assertEquals("营业执照", gongmao.topCategories().get(0).getChildren().get(0).getItems().get(0).getContent());
        });
    }

    private static Long enterpriseRoundTrip(EntityManagerFactory emf) {
        Long id = inTransaction(emf, em -> {
            Enterprise enterprise = new Enterprise("常州测试机械有限公司", "91350100M000100Y43", town(em, "HUTANG"),
                    department(em, "YJGL"), type(em, "GM_JX"), level(em, "KEY"), LocalDateTime.of(2026, 11, 1, 9, 0));
            enterprise.rate(em.createNamedQuery(StandardizationLevel.FIND_BY_CODE, StandardizationLevel.class)
                    .setParameter("code", "LEVEL3").getSingleResult(), 88);
            enterprise.updateContact("张三", "13800000000");
            em.persist(enterprise);
            em.flush();
            return enterprise.getId();
        });
        inTransaction(emf, em -> {
            Enterprise found = em.find(Enterprise.class, id);
            assertEquals("常州测试机械有限公司", found.getName());
            assertEquals("湖塘镇", found.getTown().getName());
            assertEquals("应急管理局（安监）", found.getDepartment().getName());
            assertEquals(88, found.getRatingScore());
            assertEquals("安全生产标准化三级", found.getStandardizationLevel().getName());
            assertEquals("张三", found.getPrincipalName());
            assertEquals(LocalDateTime.of(2026, 11, 1, 9, 0), found.getCreatedAt());
            assertEquals(found, em.createNamedQuery(Enterprise.FIND_BY_NAME, Enterprise.class)
                    .setParameter("name", "常州测试机械有限公司").getSingleResult());
            EnterpriseSummary row = em.createQuery(Enterprises.summaryJpql("e.id = :id"), EnterpriseSummary.class)
                    .setParameter("id", id).getSingleResult();
            assertEquals("工贸企业 / 机械", row.getType());
            assertEquals("湖塘镇", row.getTown());
        });
        return id;
    }

    private static void accountRoundTrip(EntityManagerFactory emf, Long enterpriseId) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 2, 8, 30);
        inTransaction(emf, em -> {
            em.persist(UserAccount.forEnterprise(em.find(Enterprise.class, enterpriseId), "PBKDF2WithHmacSHA512:x:y:z", now));
            em.persist(UserAccount.forOfficer("hutang-officer", "湖塘镇安监办", Role.TOWN, town(em, "HUTANG"), null, "h", now));
            em.persist(new LoginAttempt("常州测试机械有限公司", now, "127.0.0.1", LoginAttempt.Outcome.BAD_CAPTCHA));
            return null;
        });
        inTransaction(emf, em -> {
            UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", "常州测试机械有限公司").getSingleResult();
            assertEquals(Role.ENTERPRISE, account.getRole());
            assertTrue(account.isMustChangePassword());
            assertEquals(enterpriseId, account.scope().enterpriseId());
            UserAccount officer = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", "hutang-officer").getSingleResult();
            assertEquals(town(em, "HUTANG").getId(), officer.scope().townId());
            LoginAttempt attempt = em.createNamedQuery(LoginAttempt.FIND_BY_USERNAME, LoginAttempt.class)
                    .setParameter("username", "常州测试机械有限公司").getSingleResult();
            assertEquals(LoginAttempt.Outcome.BAD_CAPTCHA, attempt.getOutcome());
            assertEquals("127.0.0.1", attempt.getClientIp());
        });
    }

    private static void noticesRoundTrip(EntityManagerFactory emf, Long enterpriseId) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 3, 10, 0);
        byte[] pdf = "%PDF-1.4 the attachment's bytes %%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Long attachmentId = inTransaction(emf, em -> {
            CallerScope author = new CallerScope(null, "district", Role.DISTRICT, null, null, null);
            Notice notice = new Notice(author, "关于开展冬季安全生产大检查的通知", "<p>各单位：……</p>",
                    Audience.of(AudienceKind.PICKED, null), java.util.Set.of(enterpriseId), true, now, now);
            notice.publish(1);
            em.persist(notice);
            em.persist(new NoticeReceipt(notice, enterpriseId));
            NoticeAttachment attachment = new NoticeAttachment(1L, "检查表.pdf", DocumentCheck.Format.PDF, pdf, now);
            attachment.attachTo(notice, 1L);
            em.persist(attachment);
            em.persist(new Reminder(enterpriseId, "NOT_INSPECTED", "NOT_INSPECTED:2026-11", "本月尚未自查", null, "/enterprise/inspections.xhtml", now));
            em.persist(new Article(ArticleKind.NEWS, "武进区召开安全生产工作会议", "正文", now));
            em.flush();
            return attachment.getId();
        });
        inTransaction(emf, em -> {
            assertEquals(new UnreadCounts(1, 1), UnreadCounts.of(em.createNamedQuery(NoticeReceipt.COUNT_UNREAD_WITH_REMINDERS)
                    .setParameter(1, enterpriseId).getResultList()), "both counts in the home page's one statement");
            assertArrayEquals(pdf, em.createNamedQuery(NoticeAttachment.CONTENT, byte[].class).setParameter("id", attachmentId)
                    .getSingleResult(), "the attachment's bytes, as a BLOB on Derby and BYTEA on PostgreSQL");
            assertEquals("武进区召开安全生产工作会议", em.createNamedQuery(Article.HEADLINES_BY_KIND, ArticleHeadline.class)
                    .setParameter("kind", ArticleKind.NEWS).getResultList().get(0).getTitle());
            assertEquals("武进区召开安全生产工作会议", em.createNamedQuery(Article.FIND_LATEST_BY_KIND, Article.class)
                    .setParameter("kind", ArticleKind.NEWS).getResultList().get(0).getTitle());
            return null;
        });
        // One cause gives one reminder: the database itself refuses a second one.
        assertThrows(RuntimeException.class, () -> inTransaction(emf, em -> {
            em.persist(new Reminder(enterpriseId, "NOT_INSPECTED", "NOT_INSPECTED:2026-11", "本月尚未自查", null, null, now));
            em.flush();
            return null;
        }), "the unique key (enterprise, cause) refuses a second reminder of one cause");
        inTransaction(emf, em -> {
            em.persist(new Reminder(enterpriseId, "MAJOR_HAZARD_DECISION", null, "决定一", null, null, now));
            em.persist(new Reminder(enterpriseId, "MAJOR_HAZARD_DECISION", null, "决定二", null, null, now));
            em.flush();
            return null;
        });
    }

    private static void optimisticLockingRefusesAStaleWrite(EntityManagerFactory emf, Long enterpriseId) {
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Enterprise a = first.find(Enterprise.class, enterpriseId);
            Enterprise b = second.find(Enterprise.class, enterpriseId);
            a.updateContact("李四", "13900000000");
            first.getTransaction().commit();
            b.updateContact("王五", "13700000000");
            RollbackException stale = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(stale.getCause() instanceof OptimisticLockException, String.valueOf(stale.getCause()));
        } finally {
            first.close();
            second.close();
        }
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("jakarta.persistence.validation.mode", "NONE");
        return Persistence.createEntityManagerFactory("selfcheck", properties);
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    private static Town town(EntityManager em, String code) {
        return em.createNamedQuery(Town.FIND_BY_CODE, Town.class).setParameter("code", code).getSingleResult();
    }

    private static IndustryDepartment department(EntityManager em, String code) {
        return em.createNamedQuery(IndustryDepartment.FIND_BY_CODE, IndustryDepartment.class)
                .setParameter("code", code).getSingleResult();
    }

    private static EnterpriseType type(EntityManager em, String code) {
        return em.createNamedQuery(EnterpriseType.FIND_BY_CODE, EnterpriseType.class)
                .setParameter("code", code).getSingleResult();
    }

    private static SupervisionLevel level(EntityManager em, String code) {
        return em.createNamedQuery(SupervisionLevel.FIND_BY_CODE, SupervisionLevel.class)
                .setParameter("code", code).getSingleResult();
    }
}
