package cn.gov.wujin.selfcheck.enterprise.entity;

/** 重大危险源等级 一级 (most dangerous) to 四级. */
public enum MajorHazardGrade {
    ONE, TWO, THREE, FOUR
}
