package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.Standards;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 打印自查标准: the whole standard of the enterprise's type as one printable table. */
@Named
@RequestScoped
public class StandardView {

    @Inject
    Caller currentUser;

    @Inject
    Standards standards;

    private PrintableStandard standard;

    @PostConstruct
    void load() {
        standard = standards.printableForOwnEnterprise(currentUser.scope());
    }

    public PrintableStandard getStandard() {
        return standard;
    }
}
