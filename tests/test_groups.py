"""Events across articles: which records report the same meeting, and the group ids."""
from __future__ import annotations

import random

import pytest

from libmeet.corpus.groups import MAX_BLOCK, group_events

from .corpus_records import person, record

CHUNG = person("Nguyễn Đức Chung", "Chủ tịch", "UBND TP Hà Nội")
DOAN = person("Nguyễn Văn Đoàn", "Giám đốc", "Sở GD&ĐT")
PHUC = person("Nguyễn Xuân Phúc", "Thủ tướng")

SAME = [
    ("the same story from two outlets (titles share most word pairs)",
     record("a.txt", title="Hà Nội tổng kết công tác phòng chống tham nhũng năm 2016"),
     record("b.txt", title="Hà Nội tổng kết công tác phòng chống tham nhũng 2016", kind="họp")),
    ("the same event name in the same kind family",
     record("a.txt", kind="phiên họp", name="phiên họp thường kỳ tháng 4 của Chính phủ", title="Chính phủ họp"),
     record("b.txt", kind="họp", name="cuộc họp thường kỳ tháng 4 Chính phủ", title="Thủ tướng yêu cầu")),
    ("two attendees in common and a similar name",
     record("a.txt", name="Hội nghị giao ban giáo dục", title="Xử lý nghiêm", attendees=[CHUNG, DOAN]),
     record("b.txt", name="Hội nghị giao ban ngành giáo dục", title="Đình chỉ hiệu trưởng", attendees=[DOAN, CHUNG])),
    ("a three-day congress and a report of its second day",
     record("a.txt", kind="đại hội", name="Đại hội Công đoàn Việt Nam lần thứ XII", start="2017-05-10",
            end="2017-05-12", edition=12),
     record("b.txt", kind="đại hội", name="Đại hội XII Công đoàn Việt Nam", start="2017-05-11", edition=12,
            title="Ngày làm việc thứ hai")),
    ("a province left unnamed by one outlet",
     record("a.txt", title="Tọa đàm về khởi nghiệp sáng tạo của thanh niên Thủ đô", kind="tọa đàm"),
     record("b.txt", title="Tọa đàm về khởi nghiệp sáng tạo của thanh niên thủ đô", kind="tọa đàm", province=None)),
    ("a name every body uses, with an attendee in common",
     record("a.txt", name="hội nghị sơ kết công tác 6 tháng đầu năm", attendees=[DOAN], title="Một"),
     record("b.txt", name="Hội nghị sơ kết công tác 6 tháng đầu năm", attendees=[DOAN], title="Hai")),
    ("two officials in common at a local meeting named alike by nobody",
     record("a.txt", kind="buổi làm việc", name="buổi làm việc", attendees=[CHUNG, DOAN], title="Giải thể trường"),
     record("b.txt", kind="buổi làm việc", name="buổi làm việc", attendees=[DOAN, CHUNG], title="Bé trai bị đánh")),
    ("many reports of one giao ban, each on another topic, one official named",
     record("a.txt", kind="họp", name="cuộc họp giao ban các sở, ban, ngành", attendees=[CHUNG],
            title="Loa phường tốn kém, chất lượng thông tin thấp"),
     record("b.txt", kind="hội nghị", name="cuộc họp của UBND TP Hà Nội", attendees=[CHUNG],
            title="Chủ tịch Hà Nội phê bình việc làm mới Văn Miếu")),
    ("two reports of one workshop on the same subject, nobody named in both",
     record("a.txt", kind="hội thảo", name="Hội thảo về kết quả nghiên cứu xói lở bờ biển Hội An", title="EU giúp bảo vệ bờ biển",
            province="Quảng Nam"),
     record("b.txt", kind="hội thảo", name="hội thảo quốc gia nghiên cứu xói lở bờ biển Hội An", province="Quảng Nam",
            title="Tìm giải pháp khắc phục sạt lở bờ biển Cửa Đại")),
    ("exact duplicate files with no date",
     record("a.txt", content="x", start=None), record("copy/a.txt", content="x", start=None)),
]

APART = [
    ("two provinces", record("a.txt", title="Tổng kết công tác phòng chống tham nhũng năm 2016"),
     record("b.txt", title="Tổng kết công tác phòng chống tham nhũng năm 2016", province="Đà Nẵng")),
    ("two days", record("a.txt", title="Tổng kết công tác phòng chống tham nhũng năm 2016"),
     record("b.txt", title="Tổng kết công tác phòng chống tham nhũng năm 2016", start="2017-05-11")),
    ("one leader at two meetings of a day: names share no word",
     record("a.txt", name="Hội nghị xúc tiến đầu tư", title="Thu hút vốn", attendees=[PHUC, CHUNG]),
     record("b.txt", name="Hội nghị tổng kết phòng chống thiên tai", title="Chủ động ứng phó", attendees=[PHUC, CHUNG])),
    ("two editions", record("a.txt", kind="đại hội", name="Đại hội Hội Nông dân lần thứ VII", edition=7),
     record("b.txt", kind="đại hội", name="Đại hội Hội Nông dân lần thứ VIII", edition=8)),
    ("one attendee in common and nothing else", record("a.txt", name="Hội nghị A", attendees=[PHUC], title="Một"),
     record("b.txt", name="Hội nghị B", attendees=[PHUC], title="Hai")),
    ("a name every company uses (two banks' AGMs)",
     record("a.txt", kind="đại hội", name="Đại hội đồng cổ đông thường niên", title="Sacombank hoãn đại hội"),
     record("b.txt", kind="đại hội", name="Đại hội đồng cổ đông thường niên năm 2017", title="Maritime Bank chia cổ tức")),
    ("names that state other numbers",
     record("a.txt", name="Hội nghị Đoàn chủ tịch UB Trung ương MTTQ Việt Nam lần thứ 12", attendees=[CHUNG, DOAN],
            title="Hiệp thương cử Chủ tịch"),
     record("b.txt", name="Hội nghị UB Trung ương MTTQ Việt Nam thứ 7", attendees=[CHUNG, DOAN], title="Giới thiệu")),
    ("two leaders at two meetings abroad on one day",
     record("a.txt", kind="họp", name="cuộc họp thượng đỉnh", province=None, attendees=[PHUC, CHUNG],
            title="Biểu tình phản đối"),
     record("b.txt", name="hội nghị thượng đỉnh EU", province=None, attendees=[PHUC, CHUNG],
            title="Điều gì chờ đợi ở EU")),
    ("a meeting and the press conference after it",
     record("a.txt", kind="phiên họp", name="phiên họp Chính phủ thường kỳ tháng 5/2017", attendees=[PHUC, CHUNG],
            title="Thủ tướng: Không ngồi nhà chờ báo cáo"),
     record("b.txt", kind="phiên họp", name="phiên họp báo Chính phủ thường kỳ tháng 5", attendees=[PHUC, CHUNG],
            title="Bộ trưởng trả lời báo chí")),
    ("one official's two working visits of a day",
     record("a.txt", kind="buổi làm việc", name="buổi làm việc", attendees=[CHUNG], title="Đình chỉ cơ sở mầm non"),
     record("b.txt", kind="buổi làm việc", name="buổi làm việc", attendees=[CHUNG], title="Không phát lộc")),
    ("a giao ban and a working visit on the same subject, one official in both",
     record("a.txt", kind="họp", name="cuộc họp giao ban", attendees=[CHUNG], title="Xử nghiêm cô giáo đánh trẻ mầm non"),
     record("b.txt", kind="buổi làm việc", name="buổi làm việc", attendees=[CHUNG, DOAN],
            title="Đình chỉ cơ sở mầm non có cô giáo đánh trẻ")),
    ("talks with two visitors whose visits overlap, one host",
     record("a.txt", kind="hội đàm", name="hội đàm", start="2017-06-11", end="2017-06-18", attendees=[PHUC],
            title="Chủ tịch Quốc hội đón, hội đàm với Chủ tịch Quốc hội Cuba"),
     record("b.txt", kind="hội đàm", name="hội đàm", start="2017-06-17", end="2017-06-22", attendees=[PHUC],
            title="Chủ tịch Quốc hội hội đàm với Chủ tịch Thượng viện Haiti")),
    ("no date", record("a.txt", title="Tổng kết công tác năm 2016", start=None),
     record("b.txt", title="Tổng kết công tác năm 2016", start=None)),
]


@pytest.mark.parametrize(("case", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_reports_of_one_meeting_are_one_group(case, a, b):
    groups = group_events([a, b])
    assert [g.members for g in groups] == [[0, 1]]


@pytest.mark.parametrize(("case", "a", "b"), APART, ids=[c[0] for c in APART])
def test_different_meetings_stay_apart(case, a, b):
    assert [g.members for g in group_events([a, b])] == [[0], [1]]


def test_a_chain_never_joins_two_provinces():
    # b has no province: it is like a (Hà Nội) and like c (Đà Nẵng), but a and c are different meetings
    title = "Hội nghị tổng kết công tác phòng chống tham nhũng năm 2016"
    records = [record("a.txt", title=title), record("b.txt", title=title, province=None),
               record("c.txt", title=title, province="Đà Nẵng")]
    groups = group_events(records)
    assert len(groups) == 2
    assert not any({0, 2} <= set(g.members) for g in groups)


def test_group_ids_are_stable_whatever_the_order():
    title = "Hội nghị tổng kết công tác phòng chống tham nhũng năm 2016"
    records = [record(f"{i}.txt", title=title) for i in range(5)] + [record("x.txt", title="Khác hẳn", start="2017-06-01")]
    ids = {records[i]["source"]["path"]: g.id for g in group_events(records) for i in g.members}
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    again = {shuffled[i]["source"]["path"]: g.id for g in group_events(shuffled) for i in g.members}
    assert ids == again
    assert len(set(ids.values())) == 2
    assert ids["0.txt"] == "grp-" + min(r["id"] for r in records[:5])[3:]


def test_a_crowded_day_is_compared_within_kind_and_province():
    # more records on one day than a block compares pair by pair: the reports of one meeting still meet
    records = [record(f"{i:04}.txt", title=f"Tin số {i} về chủ đề {i * 7919}", province=f"P{i % 50}")
               for i in range(MAX_BLOCK * 2)]
    records += [record("zz1.txt", title="Hội nghị tổng kết phòng chống tham nhũng", province="P3"),
                record("zz2.txt", title="Hội nghị tổng kết phòng chống tham nhũng", province="P3")]
    groups = group_events(records)
    assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]
