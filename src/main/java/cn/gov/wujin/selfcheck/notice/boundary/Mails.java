package cn.gov.wujin.selfcheck.notice.boundary;

import jakarta.ejb.Stateless;

import java.util.Collection;

/** PLACEHOLDER until the outbox branch is merged (replaced by it). */
@Stateless
public class Mails {

    public void enqueue(Collection<String> recipients, String subject, String bodyHtml, String path) {
    }

    public void enqueueForEnterprise(Long enterpriseId, String subject, String bodyHtml, String path) {
    }
}
