package cn.gov.wujin.selfcheck.testing;

/** The demo logins the test server loads (see DemoData and the README). Each test uses its own. */
public final class Demo {

    public static final String INITIAL_PASSWORD = "123456";
    public static final String OFFICER_PASSWORD = "Wujin2026";
    public static final String NEW_PASSWORD = "Anquan2026x";

    public static final String ADMIN = "admin";
    public static final String DISTRICT = "district";
    public static final String TOWN_HUTANG = "hutang";
    public static final String TOWN_NIUTANG = "niutang";
    public static final String INDUSTRY_YJGL = "yjgl";

    /** 湖塘镇, 应急管理局（安监）, 工贸企业 / 机械, 重点, 86, 标准化三级, 张建国, 13815001001. */
    public static final String HUTANG_MACHINERY = "常州市武进区湖塘精密机械有限公司";
    /** 湖塘镇, 工业和信息化局, 工贸企业 / 纺织: reports a major hazard in MajorHazardOversightIT (LoginIT only tries a wrong captcha). */
    public static final String HUTANG_TEXTILE = "常州恒达纺织印染有限公司";
    public static final String HUTANG_HARDWARE = "武进区湖塘金鑫五金加工厂";
    public static final String HUTANG_MALL = "常州市湖塘万家福商场有限公司";
    public static final String HUTANG_HOTEL = "常州湖塘锦江宾馆有限公司";
    public static final String HUTANG_BUILDING = "常州市武进区湖塘建材有限公司";
    public static final String NIUTANG_CHEMICALS = "常州牛塘化工贸易有限公司";
    public static final String NIUTANG_LIGHT = "武进区牛塘轻工制品有限公司";
    public static final String NIUTANG_RESTAURANT = "常州牛塘家常菜馆";
    public static final String XIHU_ROADS = "常州西湖路桥市政工程有限公司";
    /** 洛阳镇, 工贸企业 / 商贸: reads the 工贸 standard (StandardIT). */
    public static final String LUOYANG_LOGISTICS = "常州洛阳物流仓储有限公司";
    /** 西湖街道, 人员密集场所 / 商场市场: reads the 人员密集场所 standard (StandardIT). */
    public static final String XIHU_SUPERMARKET = "常州西湖街道世纪联华超市有限公司";

    // Issue 3 (profile) tests: each enterprise belongs to one test only.
    public static final String NIUTANG_FOUNDRY = "常州市牛塘冶金铸造有限公司";
    public static final String HIGHTECH_METALS = "江苏武进高新有色金属制品有限公司";
    public static final String XIHU_REAGENTS = "常州西湖化学试剂经营部";
    public static final String LUOYANG_GARMENT = "武进区洛阳服装辅料有限公司";
    /** 危险化学品 enterprises of the self-inspection tests (InspectionIT, AutoSubmitIT). */
    public static final String HIGHTECH_MATERIALS = "常州高新区新材料科技有限公司";
    public static final String HIGHTECH_FINE_CHEMICALS = "常州武进高新区精细化工有限公司";
    public static final String LUOYANG_MOTOR = "常州洛阳电机制造有限公司";

    private Demo() {
    }
}
