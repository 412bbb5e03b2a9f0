#!/usr/bin/env python3
"""Generates src/main/resources/db/migration/common/V11__checklist_standards.sql from three sources:

  * checklist-gongmao-draft.md beside this file (工贸, GM) - taken as it is, with the
    merge 安全生产管理制度 + 安全操作规程 -> 安全生产规章制度, the [重大:...] markers moved
    from 排查标准 into major_situation, and "同上" in 判定依据 written out;
  * data_whp.txt (危险化学品, WHP) and data_rymj.txt (人员密集场所, RYMJ).

The SQL it writes is plain INSERT ... VALUES with scalar subqueries (no explicit ids, no
vendor syntax) so that it runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
Run: python3 gen_v10.py [path/to/checklist-gongmao-draft.md]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "checklist-gongmao-draft.md")
OUT = os.path.join(HERE, "..", "..", "main", "resources", "db", "migration", "common", "V11__checklist_standards.sql")

LEN = {"content": 2000, "criterion": 4000, "legal_basis": 2000, "major_situation": 1000,
       "category_name": 100, "standard_name": 200}

# 《工贸企业重大事故隐患判定标准》(应急管理部令第10号). Wording checked against published copies
# except where '(?)' says otherwise.
GM_MAJOR = {
    ("三", "一"): "第三条（一）未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的",
    ("三", "二"): "第三条（二）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的",
    ("三", "三"): "第三条（三）金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的",
    ("七", "一"): "第七条（一）会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内的（机械企业）",
    ("十一", "三"): "第十一条（三）干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的（存在粉尘爆炸危险的工贸企业）",
    ("十一", "七"): "第十一条（七）除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备不符合防爆要求的（存在粉尘爆炸危险的工贸企业）(?)",
    ("十三", "一"): "第十三条（一）未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的（存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业）",
    ("十三", "二"): "第十三条（二）未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的（存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业）",
}

# 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）(安监总管三〔2017〕121号).
WHP_MAJOR = {
    1: "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格。",
    2: "特种作业人员未持证上岗。",
    3: "涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求。",
    4: "涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用。",
    5: "构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能；涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统。",
    6: "全压力式液化烃储罐未按国家标准设置注水措施。",
    7: "液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统。",
    8: "光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区（包括化工园区、工业园区）外的公共区域。",
    9: "地区架空电力线路穿越生产区且不符合国家标准要求。",
    10: "在役化工装置未经正规设计且未进行安全设计诊断。",
    11: "使用淘汰落后安全技术工艺、设备目录列出的工艺、设备。",
    12: "涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准安装使用防爆电气设备。",
    13: "控制室或机柜间面向具有火灾、爆炸危险性装置一侧不满足国家标准关于防火防爆的要求。",
    14: "化工生产装置未按国家标准要求设置双重电源供电，自动化控制系统未设置不间断电源。",
    15: "安全阀、爆破片等安全附件未正常投用。",
    16: "未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度。",
    17: "未制定操作规程和工艺控制指标。",
    18: "未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行。",
    19: "新开发的危险化学品生产工艺未经小试、中试、工业化试验直接进行工业化生产；国内首次使用的化工工艺未经过省级人民政府有关部门组织的安全可靠性论证；新建装置未制定试生产方案投料开车；精细化工企业未按规范性文件要求开展反应安全风险评估。",
    20: "未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存。",
}
CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
          "十四", "十五", "十六", "十七", "十八", "十九", "二十"]

# GB 35181-2017《重大火灾隐患判定方法》直接判定要素; clause numbers not verified.
FIRE_MAJOR = {
    "5.2": "生产、储存、经营易燃易爆危险品的场所与人员密集场所、居住场所设置在同一建筑物内，或与人员密集场所、居住场所的防火间距小于国家工程建设消防技术标准规定值的75%",
    "5.5": "公共娱乐场所、商店、地下人员密集场所的安全出口数量不足或其总净宽度小于国家工程建设消防技术标准规定值的80%",
    "5.6": "旅馆、公共娱乐场所、商店、地下人员密集场所未按国家工程建设消防技术标准的规定设置自动喷水灭火系统或火灾自动报警系统",
    "5.8": "在人员密集场所违反消防安全规定使用、储存或销售易燃易爆危险品",
    "5.10": "人员密集场所的居住场所采用彩钢夹芯板搭建，且彩钢夹芯板芯材的燃烧性能等级低于GB 8624规定的A级",
}


def major_text(key):
    kind, _, ref = key.partition(":")
    if kind == "WHP":
        return "第%s项：%s" % (CN_NUM[int(ref)], WHP_MAJOR[int(ref)])
    if kind == "FIRE":
        return "GB 35181-2017 第%s条(?)：%s" % (ref, FIRE_MAJOR[ref])
    raise ValueError("unknown major key " + key)


class Std:
    def __init__(self, code, name):
        self.code, self.name = code, name
        self.level1 = []   # (code, name)
        self.level2 = []   # (parent code, code, name, [items])


def parse_data(path):
    """data_*.txt: '= standard CODE name', '## B name', '### B01 name', '- a | b | c [| key]'."""
    std = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("= standard "):
            code, name = line[len("= standard "):].split(" ", 1)
            std = Std(code, name.strip())
        elif line.startswith("### "):
            code, name = line[4:].split(" ", 1)
            std.level2.append((code[0], code, name.strip(), []))
        elif line.startswith("## "):
            code, name = line[3:].split(" ", 1)
            std.level1.append((code, name.strip()))
        elif line.startswith("- "):
            parts = [p.strip() for p in line[2:].split(" | ")]
            if len(parts) not in (3, 4):
                raise ValueError("bad item line in %s: %s" % (path, line))
            major = major_text(parts[3]) if len(parts) == 4 else None
            std.level2[-1][3].append((parts[0], parts[1], parts[2], major))
        else:
            raise ValueError("unparsed line in %s: %s" % (path, line))
    return std


MARK = re.compile(r"\s*\[重大:第([一二三四五六七八九十]+)条\(([一二三四五六七八九十]+)\)[^\]]*\]")
MERGED = "安全生产规章制度"
MERGE_FROM = ("安全生产管理制度", "安全操作规程")


def parse_gm(path):
    std = Std("GM", "工贸企业事故隐患排查标准")
    level1_names = {"基础管理": "B", "现场管理": "S"}
    cur1, cur2, prev_basis = None, None, None
    counters = {"B": 0, "S": 0}
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("## "):
            cur1 = level1_names[line[3:].strip()]
            std.level1.append((cur1, line[3:].strip()))
        elif line.startswith("### "):
            name = re.sub(r"（.*?）$", "", line[4:].strip())
            if name in MERGE_FROM:
                name = MERGED
            if cur2 is not None and cur2[2] == name:
                continue  # second half of the merged category: keep appending to it
            counters[cur1] += 1
            cur2 = (cur1, "%s%02d" % (cur1, counters[cur1]), name, [])
            std.level2.append(cur2)
        elif line.startswith("- ") and cur2 is not None:
            content, criterion, basis = [p.strip() for p in line[2:].split(" | ")]
            marks = MARK.findall(criterion)
            major = None
            if marks:
                if len(marks) != 1:
                    raise ValueError("more than one [重大] marker: " + line)
                major = GM_MAJOR[marks[0]]
                criterion = MARK.sub("", criterion).strip()
            if "重大" in criterion:
                raise ValueError("marker left in criterion: " + line)
            if basis.startswith("同上"):
                # "同上" = the basis of the item above; written out so that a row read alone
                # (e.g. in a hazard record) still names its law. Any suffix is kept.
                rest = basis[len("同上"):]
                if rest == "" or rest.startswith("；"):
                    basis = prev_basis + rest          # 同上 / 同上；X : the whole basis above
                else:
                    doc = re.match(r"《[^》]+》", prev_basis)
                    basis = doc.group(0) + rest        # 同上(?)第十三条 : same document, other article
            prev_basis = basis
            cur2[3].append((content, criterion, basis, major))
    return std


def q(s):
    if s is None:
        return "NULL"
    if ";" in s:
        raise ValueError("ASCII semicolon inside a string: " + s)
    return "'" + s.replace("'", "''") + "'"


def check_len(what, s):
    if s is not None and len(s) > LEN[what]:
        raise ValueError("%s longer than %d: %s" % (what, LEN[what], s))


def std_id(t):
    return ("(SELECT s.id FROM checklist_standard s JOIN enterprise_type t ON s.enterprise_type_id = t.id "
            "WHERE t.code='%s' AND s.version_no=1)" % t)


def cat_id(t, c):
    return ("(SELECT c.id FROM checklist_category c JOIN checklist_standard s ON c.standard_id = s.id "
            "JOIN enterprise_type t ON s.enterprise_type_id = t.id "
            "WHERE t.code='%s' AND s.version_no=1 AND c.code='%s')" % (t, c))


def emit(std, out):
    check_len("standard_name", std.name)
    n_items = sum(len(x[3]) for x in std.level2)
    out.append("")
    out.append("-- " + "=" * 76)
    out.append("-- %s %s: %d level-2 categories, %d items" % (std.code, std.name, len(std.level2), n_items))
    out.append("-- " + "=" * 76)
    out.append("INSERT INTO checklist_standard (enterprise_type_id, name, version_no, status, published_at, version) VALUES (")
    out.append("  (SELECT id FROM enterprise_type WHERE code='%s'), %s, 1, 'PUBLISHED', CAST('2026-01-01 00:00:00' AS TIMESTAMP), 0);" % (std.code, q(std.name)))
    for i, (code, name) in enumerate(std.level1, 1):
        out.append("INSERT INTO checklist_category (standard_id, parent_id, code, name, sort_order, version) VALUES (")
        out.append("  %s, NULL, '%s', %s, %d, 0);" % (std_id(std.code), code, q(name), i))
    for code1, _ in std.level1:
        for i, (p, code, name, _) in enumerate([x for x in std.level2 if x[0] == code1], 1):
            check_len("category_name", name)
            out.append("INSERT INTO checklist_category (standard_id, parent_id, code, name, sort_order, version) VALUES (")
            out.append("  %s, %s, '%s', %s, %d, 0);" % (std_id(std.code), cat_id(std.code, p), code, q(name), i))
    for p, code, name, items in std.level2:
        out.append("")
        out.append("-- %s %s %s (%d)" % (std.code, code, name, len(items)))
        for i, (content, criterion, basis, major) in enumerate(items, 1):
            for what, v in (("content", content), ("criterion", criterion), ("legal_basis", basis), ("major_situation", major)):
                check_len(what, v)
            out.append("INSERT INTO checklist_item (category_id, sort_order, content, criterion, legal_basis, major_situation, version) VALUES (")
            out.append("  %s, %d," % (cat_id(std.code, code), i))
            out.append("  %s," % q(content))
            out.append("  %s," % q(criterion))
            out.append("  %s," % q(basis))
            out.append("  %s, 0);" % q(major))


def main():
    stds = [parse_gm(DRAFT), parse_data(os.path.join(HERE, "data_whp.txt")),
            parse_data(os.path.join(HERE, "data_rymj.txt"))]
    gm = stds[0]
    nb = len([x for x in gm.level2 if x[0] == "B"])
    ns = len([x for x in gm.level2 if x[0] == "S"])
    if (nb, ns) != (11, 10):
        raise SystemExit("GM must have 11 + 10 level-2 categories, has %d + %d" % (nb, ns))
    for s in stds:
        if [c for c, _ in s.level1] != ["B", "S"]:
            raise SystemExit("%s: level-1 categories must be B, S" % s.code)
        for p, code, name, items in s.level2:
            if not items:
                raise SystemExit("%s %s has no items" % (s.code, code))
    out = [
        "-- V11: seed data for the hazard checklist standards (隐患排查标准).",
        "-- GENERATED by src/seed/checklist/generate.py from checklist-gongmao-draft.md, data_whp.txt and",
        "-- data_rymj.txt - edit those and regenerate rather than editing this file by hand.",
        "-- One standard per enterprise CATEGORY type (GM, WHP, RYMJ), subtypes use the standard of their category.",
        "-- Portable: runs unchanged on Apache Derby 10.16 and PostgreSQL 15 (no explicit ids, no vendor syntax).",
        "-- (?) after an article or clause number: not verified against the official text - verify before relying on it.",
    ]
    for s in stds:
        emit(s, out)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    for s in stds:
        print(s.code, len(s.level2), sum(len(x[3]) for x in s.level2),
              sum(1 for x in s.level2 for it in x[3] if it[3]))


if __name__ == "__main__":
    main()
