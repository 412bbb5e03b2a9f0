package cn.gov.wujin.selfcheck.notice.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** 按接收时间或标题查找: a received-date range (inclusive, either end open), a title keyword and 未读 / 已读. */
public class InboxSearch implements Serializable {

    public enum ReadState { ALL, UNREAD, READ }

    private LocalDate from;
    private LocalDate to;
    private String keyword;
    private ReadState readState = ReadState.ALL;

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = v; }
    public ReadState getReadState() { return readState; }
    public void setReadState(ReadState v) { readState = v == null ? ReadState.ALL : v; }
}
