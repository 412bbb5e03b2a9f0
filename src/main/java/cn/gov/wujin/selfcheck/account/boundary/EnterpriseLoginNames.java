package cn.gov.wujin.selfcheck.account.boundary;

import cn.gov.wujin.selfcheck.account.entity.UserAccount;
import cn.gov.wujin.selfcheck.platform.notify.EnterpriseRenamed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps an enterprise's user name its full registered name: when an officer corrects the name, the
 * login is renamed in the same transaction (its open sessions end; it logs in with the new name).
 */
@Stateless
public class EnterpriseLoginNames {

    @PersistenceContext
    EntityManager em;

    public void renamed(@Observes EnterpriseRenamed event) {
        em.createQuery("SELECT a FROM UserAccount a WHERE a.enterprise.id = :id", UserAccount.class)
                .setParameter("id", event.enterpriseId()).getResultStream().findFirst()
                .ifPresent(account -> account.rename(event.newName()));
    }
}
