package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.pages.OfficerHomePage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An officer sees the enterprises of its scope and no other. */
class OfficerScopeIT extends BrowserTest {

    @Test
    void aTownOfficerSeesOnlyTheEnterprisesOfItsTown() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.TOWN_HUTANG, Demo.OFFICER_PASSWORD);
        OfficerHomePage home = new OfficerHomePage(driver).awaitShown();

        assertEquals("湖塘镇", home.scopeName());
        assertTrue(home.scopeTotal().contains("共 6 家"), home.scopeTotal());
        List<String> names = home.enterpriseNames();
        assertEquals(6, names.size(), names.toString());
        assertTrue(names.contains(Demo.HUTANG_MACHINERY));
        assertFalse(names.contains(Demo.NIUTANG_CHEMICALS), "an enterprise of 牛塘镇 must not be listed");

        home.search("纺织");
        assertEquals(List.of(Demo.HUTANG_TEXTILE), home.enterpriseNames());
        assertEquals(List.of("工贸企业 / 纺织"), home.enterpriseTypes());

        home.search("牛塘");
        assertEquals(List.of(), home.enterpriseNames(), "searching does not reach outside the scope");
    }

    @Test
    void anIndustryOfficerSeesOnlyTheEnterprisesOfItsDepartment() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.INDUSTRY_YJGL, Demo.OFFICER_PASSWORD);
        OfficerHomePage home = new OfficerHomePage(driver).awaitShown();

        assertEquals("应急管理局（安监）", home.scopeName());
        List<String> names = home.enterpriseNames();
        assertEquals(9, names.size(), names.toString());
        assertTrue(names.contains(Demo.NIUTANG_CHEMICALS));
        assertFalse(names.contains(Demo.HUTANG_TEXTILE), "an enterprise of 工业和信息化局 must not be listed");
        assertFalse(names.contains(Demo.XIHU_ROADS), "an enterprise of 住房和城乡建设局 must not be listed");
    }

    @Test
    void theDistrictOfficeSeesAllEnterprises() {
        LoginPage.open(driver, baseUrl()).loginAs(Demo.DISTRICT, Demo.OFFICER_PASSWORD);
        OfficerHomePage home = new OfficerHomePage(driver).awaitShown();

        assertEquals("武进区全区", home.scopeName());
        assertTrue(home.scopeTotal().contains("共 20 家"), home.scopeTotal());
        assertEquals(20, home.enterpriseNames().size());
    }
}
