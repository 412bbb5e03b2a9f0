package cn.gov.wujin.selfcheck.notice.entity;

/** 新闻动态 / 政策法规 / 标准规范 / 常见问题 / 在线帮助. */
public enum ArticleKind {
    NEWS, POLICY, STANDARD, FAQ, HELP
}
