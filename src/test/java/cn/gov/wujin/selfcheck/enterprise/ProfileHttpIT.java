package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.enterprise.control.CreditCode;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 单位基本信息 refusals at the HTTP level, where no page hides a field or a button (issue 3). */
@ExtendWith(PayaraServer.class)
class ProfileHttpIT {

    private static JsfClient enterprise(String name) {
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        client.login(name, Demo.INITIAL_PASSWORD, PayaraServer.CAPTCHA);
        HttpResponse<String> page = client.get("/account/password.xhtml");
        HttpResponse<String> changed = client.postForm("/account/password.xhtml", page.body(), "password", Map.of(
                "password:current", Demo.INITIAL_PASSWORD, "password:newPassword", Demo.NEW_PASSWORD,
                "password:confirmation", Demo.NEW_PASSWORD, "password:save", ""));
        assertEquals(302, changed.statusCode());
        return client;
    }

    private static JsfClient officer(String login) {
        JsfClient client = new JsfClient(PayaraServer.baseUrl());
        assertEquals(302, client.login(login, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA).statusCode());
        return client;
    }

    private static long enterpriseId(String name) {
        String list = officer(Demo.DISTRICT).get("/officer/home.xhtml").body();
        Matcher matcher = Pattern.compile("id=(\\d+)\"[^>]*>" + Pattern.quote(name) + "<").matcher(list);
        assertTrue(matcher.find(), "no link to " + name);
        return Long.parseLong(matcher.group(1));
    }

    private static Map<String, String> requiredFields(Map<String, String> form) {
        form.put("profile:registeredAddress", "常州市武进区测试路 8 号");
        form.put("profile:businessAddress", "常州市武进区测试路 8 号");
        form.put("profile:legalRepresentative", "测试法人");
        form.put("profile:principalMobile", "13912345678");
        form.put("profile:employees", "35");
        form.put("profile:save", "");
        return form;
    }

    @Test
    void aForgedPostFromAnEnterpriseSessionChangesNoFixedField() {
        JsfClient client = enterprise(Demo.NIUTANG_FOUNDRY);
        HttpResponse<String> edit = client.get("/enterprise/profile-edit.xhtml");
        assertEquals(200, edit.statusCode());
        assertFalse(edit.body().contains("name=\"profile:name\""), "no name input for an enterprise");
        Map<String, String> form = requiredFields(JsfClient.formValues(edit.body(), "profile"));
        form.put("profile:name", "伪造的单位名称有限公司");
        form.put("profile:creditCode", "91320412MA1WJ0001" + CreditCode.checkCharacter("91320412MA1WJ0001"));

        HttpResponse<String> saved = client.postForm("/enterprise/profile-edit.xhtml", edit.body(), "profile", form);
        assertEquals(302, saved.statusCode(), saved.body());

        String read = client.get("/enterprise/profile.xhtml").body();
        assertTrue(read.contains(Demo.NIUTANG_FOUNDRY));
        assertFalse(read.contains("伪造的单位名称有限公司"));
        assertFalse(read.contains("91320412MA1WJ0001"));
        assertTrue(read.contains("常州市武进区测试路 8 号"), "the variable fields were saved");
    }

    @Test
    void anEnterpriseCannotReachAnotherEnterprisesProfileOrPictureAndOfficersOnlyInScope() throws IOException {
        JsfClient owner = enterprise(Demo.XIHU_REAGENTS);
        HttpResponse<String> page = owner.get("/enterprise/profile.xhtml");
        HttpResponse<String> uploaded = owner.postMultipart("/enterprise/profile.xhtml", page.body(), "pictureForm",
                Map.of("pictureForm:title", "仓库外景", "pictureForm:kind", "WAREHOUSE", "pictureForm:upload", ""),
                "pictureForm:file", "warehouse.png", png());
        assertEquals(200, uploaded.statusCode());
        Matcher picture = Pattern.compile("picture\\?id=(\\d+)").matcher(owner.get("/enterprise/profile.xhtml").body());
        assertTrue(picture.find(), "the picture is in the gallery");
        String url = "/picture?id=" + picture.group(1);
        assertEquals(200, owner.getBytes(url).statusCode());
        assertEquals(200, owner.getBytes(url + "&thumb=true").statusCode());
        long ownerId = enterpriseId(Demo.XIHU_REAGENTS);

        JsfClient other = enterprise(Demo.HIGHTECH_METALS);
        assertEquals(403, other.getBytes(url).statusCode());
        assertEquals(403, other.getBytes(url + "&thumb=true").statusCode());
        assertEquals(403, other.get("/officer/enterprise.xhtml?id=" + ownerId).statusCode());
        String own = other.get("/enterprise/profile.xhtml?id=" + ownerId).body();
        assertTrue(own.contains(Demo.HIGHTECH_METALS));
        assertFalse(own.contains(Demo.XIHU_REAGENTS), "the id parameter is ignored for an enterprise");

        JsfClient outOfScope = officer(Demo.TOWN_NIUTANG);
        assertEquals(403, outOfScope.getBytes(url).statusCode());
        HttpResponse<String> refused = outOfScope.get("/officer/enterprise.xhtml?id=" + ownerId);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains(Demo.XIHU_REAGENTS));
        assertEquals(403, outOfScope.get("/officer/enterprise-edit.xhtml?id=" + ownerId).statusCode());

        assertEquals(200, officer(Demo.INDUSTRY_YJGL).getBytes(url).statusCode(), "应急管理局 covers 西湖化学试剂");
        HttpResponse<String> anonymous = new JsfClient(PayaraServer.baseUrl()).get(url);
        assertEquals(302, anonymous.statusCode(), "anonymous callers are sent to the login");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"));
    }

    @Test
    void anOfficerInScopeEditsAFixedFieldAndTheHistorySaysWho() {
        long id = enterpriseId(Demo.LUOYANG_GARMENT);
        String newCode = "91320412MA1WJ0002" + CreditCode.checkCharacter("91320412MA1WJ0002");

        JsfClient niutang = officer(Demo.TOWN_NIUTANG);
        assertEquals(403, niutang.get("/officer/enterprise-edit.xhtml?id=" + id).statusCode(), "牛塘镇 does not cover 洛阳镇");

        JsfClient district = officer(Demo.DISTRICT);
        HttpResponse<String> edit = district.get("/officer/enterprise-edit.xhtml?id=" + id);
        assertEquals(200, edit.statusCode());
        Map<String, String> form = requiredFields(JsfClient.formValues(edit.body(), "profile"));
        assertEquals(Demo.LUOYANG_GARMENT, form.get("profile:name"));
        form.put("profile:creditCode", newCode);
        HttpResponse<String> saved = district.postForm("/officer/enterprise-edit.xhtml", edit.body(), "profile", form);
        assertEquals(302, saved.statusCode(), saved.body());

        String read = district.get("/officer/enterprise.xhtml?id=" + id).body();
        assertTrue(read.contains(newCode));
        Matcher row = Pattern.compile("统一社会信用代码.*?" + newCode + ".*?区安委办（district）", Pattern.DOTALL).matcher(read);
        assertTrue(row.find(), "the history row names the officer");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
