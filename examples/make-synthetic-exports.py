#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the two SYNTHETIC patent exports in examples/ (deterministic).

lens-export-synthetic.csv       the shape of a Lens.org patent export:
                                multi-valued Applicants and IPCR
                                Classifications separated by ";;"
google-patents-synthetic.csv    the shape of a Google Patents result CSV:
                                a "search URL:" line before the header

Every record is made up: no number, title or applicant here comes from a
real database.  Proportions loosely follow the article's figures (China
first, then the US, Korea, Japan; Baidu ahead of Tencent; G06N3 largest and
G06V10 rising from 2022) so that the figures drawn from them look alike.
Run: python3 examples/make-synthetic-exports.py (from the repository root).
"""
import csv
import random

rng = random.Random(20240718)

OFFICES = [("CN", 246), ("US", 102), ("KR", 34), ("JP", 11), ("EP", 7)]
APPLICANTS = {
    "CN": [("BAIDU ONLINE NETWORK TECHNOLOGY BEIJING CO LTD", 30),
           ("Beijing Baidu Netcom Science & Technology Co., Ltd.", 14),
           ("TENCENT TECHNOLOGY SHENZHEN CO LTD", 28),
           ("Tencent Technology (Shenzhen) Company Limited", 12),
           ("HUAWEI TECHNOLOGIES CO LTD", 20), ("Huawei Technologies Co., Ltd.", 6),
           ("ALIBABA GROUP HOLDING LTD", 14), ("Alibaba Group Holding Limited", 6),
           ("PING AN TECHNOLOGY SHENZHEN CO LTD", 12), ("STATE GRID CORP CHINA", 10),
           ("ZHEJIANG UNIVERSITY", 9), ("TSINGHUA UNIVERSITY", 8),
           ("IFLYTEK CO LTD", 7), ("BEIJING ZITIAO NETWORK TECHNOLOGY CO LTD", 6),
           ("CHINA MOBILE COMMUNICATIONS GROUP CO LTD", 5), ("SHANGHAI JIAO TONG UNIVERSITY", 4),
           ("NETEASE HANGZHOU NETWORK CO LTD", 3)],
    "US": [("GOOGLE LLC", 20), ("MICROSOFT TECHNOLOGY LICENSING LLC", 18),
           ("IBM", 14), ("NVIDIA CORP", 12), ("ADOBE INC", 8), ("META PLATFORMS INC", 6),
           ("SAMSUNG ELECTRONICS CO LTD", 4)],
    "KR": [("SAMSUNG ELECTRONICS CO LTD", 14), ("LG ELECTRONICS INC", 8),
           ("NAVER CORP", 5), ("KOREA ADVANCED INST SCI & TECH", 4)],
    "JP": [("SONY GROUP CORP", 4), ("FUJITSU LTD", 3), ("NEC CORP", 3)],
    "EP": [("SIEMENS AG", 3), ("ROBERT BOSCH GMBH", 2), ("NOKIA TECHNOLOGIES OY", 2)],
}
IPC = [("G06N3/08", 30), ("G06N3/04", 22), ("G06N3/045", 8), ("G06F40/30", 10),
       ("G06F40/56", 6), ("G06F16/33", 8), ("G06T11/00", 6), ("G10L13/02", 5),
       ("G06V10/82", 3), ("G06N20/00", 7), ("G06Q50/00", 3)]
# filings per year grow, with mass filing from about 2018
YEARS = [(2014, 1), (2015, 1), (2016, 2), (2017, 3), (2018, 6), (2019, 8), (2020, 10),
         (2021, 12), (2022, 14), (2023, 18)]
TITLE_WORDS = ["generative", "model", "text", "image", "training", "method", "device",
               "neural network", "dialogue", "diffusion", "speech", "synthesis"]


def pick(weighted):
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for item, w in weighted:
        x -= w
        if x <= 0:
            return item
    return weighted[-1][0]


def classes(year):
    codes = {pick(IPC) for _ in range(rng.choice([1, 1, 2, 2, 3]))}
    if year >= 2022 and rng.random() < 0.45:
        codes.add(rng.choice(["G06V10/82", "G06V10/774", "G06V20/70"]))
    return sorted(codes)


def title():
    return "Synthetic " + " ".join(rng.sample(TITLE_WORDS, 4)) + " (made-up record)"


def lens_rows():
    n = 0
    for office, count in OFFICES:
        for _ in range(count):
            n += 1
            year = pick(YEARS)
            date = "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
            pub = "%d-%02d-%02d" % (min(year + 1, 2024), rng.randint(1, 12), rng.randint(1, 28))
            apps = [pick(APPLICANTS[office])]
            if rng.random() < 0.12:
                apps.append(pick(APPLICANTS[office]))
            number = "%d%07d" % (year, rng.randint(0, 9999999))
            key = "%s_%s_A1" % (office, number)
            yield [n, office, "A1", key, "000-000-%03d-%03d-%03d" % (n // 1000, n % 1000, rng.randint(0, 999)),
                   pub, pub[:4], "%s %s" % (office, number), date, "%s%s" % (office, number),
                   date, title(), ";;".join(apps), "SYNTHETIC INVENTOR %d" % rng.randint(1, 90),
                   ";;".join(apps), "https://example.org/synthetic/%s" % key, "Patent Application",
                   ";;".join(classes(year)).replace("/", "/"), ";;".join(classes(year))]


def write_lens(path):
    header = ["#", "Jurisdiction", "Kind", "Display Key", "Lens ID", "Publication Date",
              "Publication Year", "Application Identifier", "Application Date",
              "Priority Numbers", "Earliest Priority Date", "Title", "Applicants", "Inventors",
              "Owners", "URL", "Document Type", "CPC Classifications", "IPCR Classifications"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in lens_rows():
            w.writerow(row)


GOOGLE_ASSIGNEES = [("百度在线网络技术（北京）有限公司", 20), ("北京百度网讯科技有限公司", 10),
                    ("腾讯科技（深圳）有限公司", 22), ("华为技术有限公司", 12),
                    ("阿里巴巴集团控股有限公司", 9), ("平安科技（深圳）有限公司", 6),
                    ("浙江大学", 5), ("清华大学", 4)]


GOOGLE_OTHERS = {
    "US": [("Google LLC", 5), ("Microsoft Technology Licensing, LLC", 4), ("Nvidia Corporation", 2)],
    "KR": [("삼성전자주식회사", 3), ("네이버 주식회사", 1)],
    "JP": [("ソニーグループ株式会社", 1), ("富士通株式会社", 1)],
}


def google_office():
    return pick([("CN", 70), ("US", 20), ("KR", 6), ("JP", 4)])


def write_google(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("search URL:,https://patents.google.com/?q=(generative+AI)"
                "&after=priority:20140101&before=priority:20231231\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "title", "assignee", "inventor/author", "priority date",
                    "filing/creation date", "publication date", "grant date", "result link",
                    "representative figure link"])
        for i in range(120):
            year = pick(YEARS)
            filed = "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
            pub = "%d-%02d-%02d" % (min(year + 1, 2024), rng.randint(1, 12), rng.randint(1, 28))
            office = google_office()
            if office == "CN":
                number = "CN-%d-A" % (100000000 + rng.randint(0, 99999999))
                assignee = pick(GOOGLE_ASSIGNEES)
            else:
                number = "%s-%d%07d-A1" % (office, year, rng.randint(0, 9999999))
                assignee = pick(GOOGLE_OTHERS[office])
            granted = pub if rng.random() < 0.3 else ""
            w.writerow([number, "合成的生成式模型方法（虚构记录 %d）" % (i + 1), assignee,
                        "虚构发明人%d, 虚构发明人%d" % (rng.randint(1, 50), rng.randint(51, 99)),
                        filed, filed, pub, granted,
                        "https://example.org/synthetic/%s" % number.replace("-", ""), ""])


write_lens("examples/lens-export-synthetic.csv")
write_google("examples/google-patents-synthetic.csv")
