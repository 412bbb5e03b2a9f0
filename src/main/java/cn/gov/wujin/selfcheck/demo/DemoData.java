package cn.gov.wujin.selfcheck.demo;

import cn.gov.wujin.selfcheck.account.boundary.Accounts;
import cn.gov.wujin.selfcheck.enterprise.boundary.ReferenceData;
import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data, loaded by the application (never by a migration) into an empty database when
 * {@code selfcheck.demo-data.enabled} is true: one officer per role and twenty enterprises across
 * several towns and types. The logins are listed in the README.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoData {

    public static final String OFFICER_PASSWORD = "Wujin2026";
    public static final String BENCH_PASSWORD = "Bench2026pw";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** name, town, department, type, supervision level, standardization level, score, principal, phone. */
    static final List<String[]> ENTERPRISES = List.of(
            new String[]{"常州市武进区湖塘精密机械有限公司", "HUTANG", "YJGL", "GM_JX", "KEY", "LEVEL3", "86", "张建国", "13815001001"},
            new String[]{"常州恒达纺织印染有限公司", "HUTANG", "GXJ", "GM_FZ", "KEY", "LEVEL2", "91", "李明华", "13815001002"},
            new String[]{"武进区湖塘金鑫五金加工厂", "HUTANG", "YJGL", "GM_JX", "GENERAL", "SMALL", "72", "王志强", "13815001003"},
            new String[]{"常州市湖塘万家福商场有限公司", "HUTANG", "SWJ", "RYMJ_SC", "KEY", "NONE", "68", "陈秀英", "13815001004"},
            new String[]{"常州湖塘锦江宾馆有限公司", "HUTANG", "WTLJ", "RYMJ_BG", "GENERAL", "NONE", "75", "刘国平", "13815001005"},
            new String[]{"常州市武进区湖塘建材有限公司", "HUTANG", "YJGL", "GM_JC", "GENERAL", "LEVEL3", "80", "杨永刚", "13815001006"},
            new String[]{"常州牛塘化工贸易有限公司", "NIUTANG", "YJGL", "WHP_JY", "KEY", "LEVEL3", "83", "赵海峰", "13815001007"},
            new String[]{"武进区牛塘轻工制品有限公司", "NIUTANG", "GXJ", "GM_QG", "GENERAL", "SMALL", "77", "黄丽萍", "13815001008"},
            new String[]{"常州市牛塘冶金铸造有限公司", "NIUTANG", "YJGL", "GM_YJ", "KEY", "LEVEL2", "88", "周伟", "13815001009"},
            new String[]{"常州牛塘家常菜馆", "NIUTANG", "SJJ", "RYMJ_CY", "GENERAL", "NONE", "64", "吴小红", "13815001010"},
            new String[]{"常州高新区新材料科技有限公司", "WJHTZ", "GXJ", "WHP_SY", "KEY", "LEVEL2", "90", "徐振华", "13815001011"},
            new String[]{"江苏武进高新有色金属制品有限公司", "WJHTZ", "YJGL", "GM_YS", "KEY", "LEVEL3", "84", "孙建军", "13815001012"},
            new String[]{"常州武进高新区精细化工有限公司", "WJHTZ", "YJGL", "WHP_SC", "KEY", "LEVEL2", "87", "朱文斌", "13815001013"},
            new String[]{"常州高新区天和建筑安装工程有限公司", "WJHTZ", "ZJJ", "JZSG_FW", "KEY", "LEVEL3", "79", "胡春生", "13815001014"},
            new String[]{"常州洛阳电机制造有限公司", "LUOYANG", "YJGL", "GM_JX", "GENERAL", "SMALL", "74", "郭立新", "13815001015"},
            new String[]{"武进区洛阳服装辅料有限公司", "LUOYANG", "GXJ", "GM_FZ", "GENERAL", "NONE", "70", "何美玲", "13815001016"},
            new String[]{"常州洛阳物流仓储有限公司", "LUOYANG", "SWJ", "GM_SM", "GENERAL", "SMALL", "73", "高德明", "13815001017"},
            new String[]{"常州西湖街道世纪联华超市有限公司", "XIHU", "SWJ", "RYMJ_SC", "KEY", "NONE", "71", "林晓燕", "13815001018"},
            new String[]{"常州西湖化学试剂经营部", "XIHU", "YJGL", "WHP_JY", "GENERAL", "SMALL", "76", "罗建平", "13815001019"},
            new String[]{"常州西湖路桥市政工程有限公司", "XIHU", "ZJJ", "JZSG_SZ", "GENERAL", "LEVEL3", "81", "梁永康", "13815001020"});

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "selfcheck.demo-data.bench-enterprises", defaultValue = "0")
    int benchEnterprises;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled) {
            return;
        }
        if (accounts.countAccounts() > 0) {
            LOG.info("Demo data: the database already has accounts; nothing loaded.");
            return;
        }
        accounts.openOfficerAccount("admin", "系统管理员", Role.ADMIN, null, null, OFFICER_PASSWORD);
        accounts.openOfficerAccount("district", "区安委办", Role.DISTRICT, null, null, OFFICER_PASSWORD);
        accounts.openOfficerAccount("hutang", "湖塘镇安监办", Role.TOWN, referenceData.town("HUTANG"), null, OFFICER_PASSWORD);
        accounts.openOfficerAccount("niutang", "牛塘镇安监办", Role.TOWN, referenceData.town("NIUTANG"), null, OFFICER_PASSWORD);
        accounts.openOfficerAccount("yjgl", "区应急管理局", Role.INDUSTRY, null, referenceData.department("YJGL"), OFFICER_PASSWORD);
        int serial = 1;
        for (String[] row : ENTERPRISES) {
            Enterprise enterprise = enterprise(row, serial++);
            accounts.openEnterpriseAccount(enterprise);
        }
        for (int i = 1; i <= benchEnterprises; i++) {
            String[] row = {String.format("基准测试企业%03d", i), i % 2 == 0 ? "HUTANG" : "NIUTANG", "YJGL", "GM_JX",
                    "GENERAL", "SMALL", "80", "测试负责人", "13900000000"};
            accounts.openPreparedEnterpriseAccount(enterprise(row, serial++), BENCH_PASSWORD);
        }
        LOG.info(() -> "Demo data loaded: 5 officers, " + ENTERPRISES.size() + " enterprises, "
                + benchEnterprises + " benchmark enterprises.");
    }

    private Enterprise enterprise(String[] row, int serial) {
        String first17 = String.format("91320412MA%06dX", serial).substring(0, 17);
        Enterprise enterprise = new Enterprise(row[0], first17 + CreditCode.checkCharacter(first17),
                referenceData.town(row[1]), referenceData.department(row[2]), referenceData.type(row[3]),
                referenceData.supervisionLevel(row[4]), LocalDateTime.now(clock));
        enterprise.rate(referenceData.standardizationLevel(row[5]), Integer.valueOf(row[6]));
        enterprise.updateContact(row[7], row[8]);
        em.persist(enterprise);
        return enterprise;
    }
}
