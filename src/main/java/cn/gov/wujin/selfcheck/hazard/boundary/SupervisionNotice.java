package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.hazard.entity.Hazard;
import cn.gov.wujin.selfcheck.hazard.entity.Supervision;
import cn.gov.wujin.selfcheck.hazard.entity.ListingLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the 重大事故隐患挂牌督办通知书 says: to whom, about which hazard, at which level, by when. */
public record SupervisionNotice(String documentNumber, String enterpriseName, LocalDateTime reportedAt, String location,
                                String description, ListingLevel level, String unit, LocalDate deadline,
                                LocalDateTime issuedAt) {

    static SupervisionNotice of(Hazard hazard) {
        Supervision s = hazard.getSupervision();
        return new SupervisionNotice(s.getDocumentNumber(), hazard.getEnterprise().getName(), hazard.getReportedAt(),
                hazard.getLocation(), hazard.getDescription(), s.getLevel(), s.getUnit(), s.getDeadline(), s.getIssuedAt());
    }
}
