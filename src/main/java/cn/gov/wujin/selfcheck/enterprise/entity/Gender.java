package cn.gov.wujin.selfcheck.enterprise.entity;

public enum Gender {
    MALE, FEMALE
}
