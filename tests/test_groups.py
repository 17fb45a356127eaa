"""Events across articles: which records report the same meeting, and the group ids."""
from __future__ import annotations

import itertools
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


# Merge rules for names a parser garbled, nicknames and kinds that outlets name one meeting with; each case is
# phrased as the bench corpus phrases it (baomoi 2017), the people as the articles name them.
VINH = person("Huỳnh Tấn Vinh", "Chủ tịch", "Hiệp hội Du lịch Đà Nẵng")
AI = person("Huỳnh Vĩnh Ái", "Thứ trưởng", "Bộ VHTTDL")
CUONG = person("Nguyễn Xuân Cường", "Bộ trưởng", "Bộ NN&PTNT")
DUNG = person("Trịnh Đình Dũng", "Phó Thủ tướng")
NHAN = person("Nguyễn Thiện Nhân", "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")
PHU = person("Trần Đắc Phu", "Cục trưởng", "Cục Y tế dự phòng")
KHOA = person("Lê Văn Khoa", "Phó Chủ tịch", "UBND TP.HCM")
TUYEN = person("Trần Vĩnh Tuyến", "Phó Chủ tịch", "UBND TP.HCM")
TRUMP, PUTIN, MERKEL = person("Donald Trump", "Tổng thống"), person("Vladimir Putin"), person("Angela Merkel")
DUY = person("Đỗ Đức Duy", "Thứ trưởng", "Bộ Xây dựng")
TRA = person("Phạm Thị Thanh Trà", "Bí thư", "Tỉnh ủy Yên Bái")

SAME_NEW = [
    ("whom the meeting was with, told each outlet its own way, two officials in common",
     record("a.txt", kind="họp", name="buổi họp có Thứ trưởng Bộ TT&TT Phan Tâm", province=None,
            attendees=[DUY, TRA], title="Chuyển đổi mã vùng: Nhà mạng cam kết không gián đoạn"),
     record("b.txt", kind="họp", name="buổi họp với VNPT", province=None, attendees=[TRA, DUY],
            title="Đổi mã vùng điện thoại cố định từ ngày 11/2")),
    ("the partner abbreviated by one outlet, the same story, one official in common",
     record("a.txt", kind="buổi làm việc", start="2017-02-10", province="Hồ Chí Minh",
            name="buổi làm việc với LĐLĐ TPHCM",
            attendees=[person("Đinh La Thăng", "Bí thư"), person("Trần Văn Lý")],
            title="Bí thư Đinh La Thăng: 'Nhà ở xã hội gì 15 triệu đồng/mét vuông, công nhân nào mua nổi'"),
     record("b.txt", kind="buổi làm việc", start="2017-02-10", province="Hồ Chí Minh",
            name="làm việc với Liên đoàn Lao động", attendees=[person("Đinh La Thăng", "Bí thư"),
                                                            person("Nguyễn Phi Hùng")],
            title="Bí thư Đinh La Thăng: '15 triệu đồng một mét vuông sao công nhân mua nổi'")),
    ("a name cut at its comma says nothing, two officials in common",
     record("a.txt", kind="tọa đàm", name="tọa đàm, tiếp thu", province="Đà Nẵng", attendees=[VINH, AI],
            title="Tổng cục trưởng Du lịch nói gì vụ 'đòi xử ông Vinh'?"),
     record("b.txt", kind="tọa đàm", province="Đà Nẵng", attendees=[VINH, AI],
            name="buổi tọa đàm “Phát triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà”",
            title="Chủ tịch Hiệp hội Du lịch Đà Nẵng: 'Chúng tôi sẽ bảo vệ Sơn Trà đến cùng'")),
    ("a nickname whose subject stands in the other's title, three officials in common",
     record("a.txt", name="hội nghị “Diên Hồng”", province="Cà Mau", attendees=[PHUC, DUNG, CUONG],
            title="Cần quy hoạch vùng nuôi tôm, tránh tự phát, manh mún"),
     record("b.txt", name="Hội nghị phát triển ngành tôm Việt Nam", province="Cà Mau", attendees=[PHUC, DUNG, CUONG],
            title="Thủ tướng nêu khát vọng về một công xưởng sản xuất tôm của thế giới")),
    ("a name cut short mid-word, two officials in common",
     record("a.txt", name="hội nghị liên tịch thường niên của Chính phủ và Ủy ban T", attendees=[PHUC, NHAN],
            title="Công khai kết luận thanh tra để tăng cường giám sát"),
     record("b.txt", name="hội nghị kiểm điểm thực hiện Quy chế phối hợp công tác năm 2016", attendees=[PHUC, NHAN],
            title="Tăng cường phối hợp công tác giữa Chính phủ và Ủy ban T.Ư MTTQ Việt Nam")),
    ("a hội nghị in one outlet is a hội thảo in another, under one name",
     record("a.txt", name="hội nghị truyền thông về dịch bệnh mùa hè 2017", attendees=[PHU],
            title="Nói mãi vẫn có người tử vong vì bát tiết canh"),
     record("b.txt", kind="hội thảo", name="hội thảo truyền thông về dịch bệnh mùa hè 2017", attendees=[PHU],
            title="Cảnh báo: Bệnh liên cầu khuẩn từ lợn sang người đang bùng phát")),
    ("an urgent meeting named by its manner, one official and one subject",
     record("a.txt", kind="họp", name="cuộc họp đột xuất", province="Hồ Chí Minh", attendees=[KHOA],
            title="Công an vào cuộc điều tra 'đầu nậu' đồn thổi gây sốt đất"),
     record("b.txt", kind="họp", name="họp bàn về tình hình sốt đất", province="Hồ Chí Minh", attendees=[KHOA],
            title="TP.HCM chỉ đạo công an vào cuộc ngay lập tức để xử lý 'sốt đất ảo'")),
]

APART_NEW = [
    ("one host's two sessions of a day with two ministries, one official in common",
     record("a.txt", kind="buổi làm việc", start="2017-05-20", attendees=[person("Vương Đình Huệ", "Phó Thủ tướng"),
            person("Nguyễn Thị Kim Tiến", "Bộ trưởng", "Bộ Y tế")],
            name="làm việc với Bộ Y tế về đổi mới cơ chế hoạt động, cơ chế tài chính của đơn vị sự nghiệp y tế"
                 " công lập",
            title="Bộ Y tế: Đổi mới quản lý các đơn vị y tế công lập theo hướng tự chủ, tự chịu trách nhiệm"),
     record("b.txt", kind="buổi làm việc", start="2017-05-20", attendees=[person("Vương Đình Huệ", "Phó Thủ tướng"),
            person("Phùng Xuân Nhạ", "Bộ trưởng", "Bộ GD-ĐT")],
            name="làm việc với Bộ Giáo dục và Đào tạo về đổi mới cơ chế quản lý, tài chính, tổ chức lại hệ thống"
                 " các đơn vị sự nghiệp công lập",
            title="Phó Thủ tướng Vương Đình Huệ: Tự chủ ở bậc đại học thực hiện nhanh, mạnh càng tốt")),
    ("one official's two sessions of a day, the partner's district numbered otherwise",
     record("a.txt", kind="buổi làm việc", name="buổi làm việc với Quận ủy quận 9", province="Hồ Chí Minh",
            attendees=[KHOA, TUYEN], title="Bí thư làm việc với quận 9"),
     record("b.txt", kind="buổi làm việc", name="buổi làm việc với Quận ủy quận 2 về nhiệm vụ năm 2017",
            province="Hồ Chí Minh", attendees=[TUYEN, KHOA], title="Bí thư truy vấn Công an quận 2")),
    ("the EU and the NATO summit of one day: one leader, a title naming both",
     record("a.txt", name="hội nghị thượng đỉnh EU, gặp Chủ tịch Ủy ban châu Âu", province=None, country=None,
            attendees=[TRUMP], title="Điều gì chờ đợi ông Trump ở NATO, EU?"),
     record("b.txt", name="Hội nghị thượng đỉnh NATO", province=None, country=None, attendees=[TRUMP],
            title="Ông Trump lần đầu dự Hội nghị thượng đỉnh NATO")),
    ("a meeting on the sidelines of a summit is not the summit",
     record("a.txt", kind="họp", name="cuộc họp kín kéo dài khoảng 2 tiếng 15 phút bên lề Hội nghị thượng đỉnh G20",
            province=None, country="Đức", attendees=[PUTIN, TRUMP, MERKEL],
            title="Tổng thống Putin: Ông Trump ở ngoài khác trên truyền hình"),
     record("b.txt", name="Hội nghị thượng đỉnh G20", province=None, country="Đức", attendees=[PUTIN, TRUMP, MERKEL],
            title="Biểu tình chống G20, 75 cảnh sát bị thương")),
    ("one official's two meetings of an afternoon, one name garbled after its comma",
     record("a.txt", kind="họp", name="cuộc họp, đại diện Sở Tài chính TP", province="Hồ Chí Minh", attendees=[TUYEN],
            title="TP.HCM không chạy theo chỉ tiêu khi chuyển đổi hộ kinh doanh cá thể thành doanh nghiệp"),
     record("b.txt", kind="họp", name="cuộc họp Ban điều hành Đề án Thành phố thông minh", province="Hồ Chí Minh",
            attendees=[TUYEN], title="TP.HCM sắp 'trình làng' Đề án HCMC Smart City")),
    ("a hội nghị and a hội thảo of one day on one subject, named differently",
     record("a.txt", name="Hội nghị triển khai kế hoạch phòng chống dịch bệnh mùa hè", attendees=[PHU],
            title="Chủ động phòng chống dịch bệnh mùa hè"),
     record("b.txt", kind="hội thảo", name="Hội thảo khoa học về vắc xin", attendees=[PHU],
            title="Dịch bệnh mùa hè và vắc xin mới")),
]


NGA = person("Lê Thị Nga", "Chủ nhiệm", "Ủy ban Tư pháp")
XUYEN = person("Bùi Văn Xuyền", "Đại biểu Quốc hội")
NGAN = person("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội")
PHUONG = person("Nguyễn Ngọc Phương", "Đại biểu Quốc hội", "tỉnh Quảng Bình")
TRANG = person("Hoàng Thị Thu Trang", "Đại biểu")
DINH = person("Nguyễn Khắc Định", "Chủ nhiệm", "Ủy ban pháp luật của Quốc hội")
HIEN = person("Phùng Quốc Hiển", "Phó Chủ tịch Quốc hội")

#: the Assembly's sittings of one day, told without their place and named by their kind alone ("phiên họp")
SITTINGS_SAME = [
    ("a sitting's two reports on one code, its presenter in common",
     record("a.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-20", attendees=[NGA],
            title="Không tố giác tội xâm phạm an ninh quốc gia, luật sư phải chịu trách nhiệm hình sự"),
     record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-20", attendees=[NGA],
            title="Bổ sung tội kinh doanh đa cấp trái phép vào Bộ luật Hình sự")),
    ("a sitting's two reports on one resolution, two deputies in common",
     record("a.txt", kind="phiên họp", name="thảo luận", province=None, start="2017-06-12",
            attendees=[TRANG, PHUONG], title="'Công an không phải là người đi đòi nợ cho tổ chức tín dụng'"),
     record("b.txt", kind="phiên họp", name="thảo luận ở hội trường về dự thảo Nghị quyết về xử lý nợ xấu",
            province=None, start="2017-06-12", attendees=[PHUONG, TRANG],
            title="Đại biểu Quốc hội vẫn băn khoăn về Nghị quyết xử lý nợ xấu")),
    ("a sitting's two reports on one law, no attendee in common, its rare words in both titles",
     record("a.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-20",
            title="Người bị oan sai vẫn được bồi thường dù thiếu hóa đơn, chứng từ"),
     record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-20", attendees=[DINH],
            title="Oan sai, ai ra quyết định sau cùng phải chịu trách nhiệm bồi thường")),
    ("a sitting's two reports, its presenter and a deputy in common",
     record("a.txt", kind="phiên họp", name="Thảo luận tại Hội trường Quốc hội", province=None, start="2017-05-24",
            attendees=[NGA, XUYEN], title="Kinh doanh đa cấp làm nóng nghị trường"),
     record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-05-24", attendees=[NGA, NGAN, XUYEN],
            title="Quốc hội bàn thảo dự án Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự")),
    # one matter in both names, each outlet through other deputies (the debate on the economy of 9/6; the group
    # discussions of 25/5; the hall's debate on one law of 29/5)
    ("the Assembly's debate of a day told by two outlets through other deputies, the matter in both names",
     record("a.txt", kind="phiên họp", name="phiên thảo luận về kinh tế", province=None, start="2017-06-09",
            attendees=[person("Bùi Thị Quỳnh Thơ", "Đại biểu")],
            title="Đại biểu Quốc hội: Rất trăn trở khi vay hơn trăm nghìn tỷ chỉ để trả nợ"),
     record("b.txt", kind="phiên họp", name="thảo luận ở hội trường về tình hình kinh tế", province=None,
            start="2017-06-09", attendees=[person("Nguyễn Thị Kim Bé", "Đại biểu")],
            title="Đừng vì tăng trưởng tức thì mà buông bỏ tương lai dân tộc")),
    ("the groups' discussions of an afternoon, the Prime Minister in one group and deputies in another",
     record("a.txt", kind="phiên họp", name="phiên thảo luận tổ của Quốc hội về kinh tế xã hội", province=None,
            start="2017-05-25", attendees=[PHUC], title="Thủ tướng: Không thể ca mãi bài 'khách quan'"),
     record("b.txt", kind="phiên họp", province=None, start="2017-05-25",
            name="thảo luận tại tổ về đánh giá bổ sung kết quả thực hiện kế hoạch phát triển kinh tế - xã hội",
            attendees=[person("Phạm Phú Quốc", "Đại biểu")],
            title="Đặt mục tiêu tăng trưởng cả năm 6,7% là để có cơ sở phấn đấu")),
    ("a sitting's two reports on one law, no attendee in common, the bill in both names",
     record("a.txt", kind="phiên họp", name="Thảo luận tại Hội trường về Dự thảo Luật Quản lý, sử dụng tài sản nhà nước",
            province=None, start="2017-05-29", attendees=[person("Nguyễn Văn Cảnh", "Đại biểu")],
            title="Thu về 5.000 tỷ đồng nếu đấu giá biển số xe đẹp"),
     record("b.txt", kind="phiên họp", province=None, start="2017-05-29", attendees=[person("Nguyễn Hữu Quang", "Đại biểu")],
            name="thảo luận ở hội trường về một số nội dung còn ý kiến khác nhau của dự án Luật quản lý tài sản nhà nước",
            title="Bên lề Kỳ họp thứ 3, Quốc hội khóa XIV: Nâng cao hiệu quả sử dụng tài sản nhà nước")),
]

SITTINGS_APART = [
    ("the Assembly's two sittings of a day under one chair, on two matters",
     record("a.txt", kind="phiên họp", name="thảo luận tại hội trường về quyết toán ngân sách nhà nước năm 2015",
            province=None, start="2017-06-12", attendees=[HIEN, NGAN],
            title="Quốc hội thảo luận về quyết toán ngân sách nhà nước năm 2015"),
     record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-12", attendees=[NGAN],
            title="Chính thức thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa")),
    ("a session told from its opening and a sitting of a later day, under the same two chairs",
     record("a.txt", kind="kỳ họp", name="kỳ họp", province=None, start="2017-05-22", end="2017-05-24",
            attendees=[HIEN, NGAN], title="Khai mạc Kỳ họp thứ 3, Quốc hội khóa XIV"),
     record("b.txt", kind="kỳ họp", name="kỳ họp", province=None, start="2017-05-23", attendees=[HIEN, NGAN],
            title="Quốc hội thảo luận về quyết toán ngân sách nhà nước năm 2015")),
    pytest.param(
        "the Assembly's two sittings of a day under the same two chairs, on two matters",
        record("a.txt", kind="phiên họp", name="thảo luận tại hội trường về quyết toán ngân sách nhà nước năm 2015",
               province=None, start="2017-06-12", attendees=[HIEN, NGAN],
               title="Quốc hội thảo luận về quyết toán ngân sách nhà nước năm 2015"),
        record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-12", attendees=[HIEN, NGAN],
               title="Chính thức thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa"),
        # (two attendees and no subject in common are all "a sitting's two reports, its presenter and a deputy in
        # common" has too: a subject required splits the bench's reports of one sitting, 47 pairs)
        marks=pytest.mark.xfail(strict=True, reason="not told apart from one sitting's two reports by day or subject"),
        id="the Assembly's two sittings of a day under the same two chairs, on two matters"),
    ("two bodies' regular sittings of one day, each of its own body",
     record("a.txt", kind="phiên họp", name="phiên họp Chính phủ thường kỳ tháng 6", province=None, start="2017-07-03",
            attendees=[PHUC], title="Thủ tướng: Có cán bộ công chức làm việc cầm chừng"),
     record("b.txt", kind="phiên họp", name="phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội", province=None,
            start="2017-07-03", attendees=[NGAN], title="Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật")),
    ("a leader's two conferences of a day told without their place: not a sitting",
     record("a.txt", name="hội nghị", province=None, start="2017-06-12", attendees=[PHUC],
            title="Thủ tướng: Xuất khẩu tôm phải đạt 10 tỷ USD"),
     record("b.txt", name="hội nghị", province=None, start="2017-06-12", attendees=[PHUC],
            title="Thủ tướng dự hội nghị xúc tiến đầu tư vào Cà Mau")),
]


def background(n: int = 300) -> list[dict]:
    """Reports of other days whose titles use the common words of official news (Bộ, Thủ tướng, doanh nghiệp):
    in a corpus these are not rare, as in the bench corpus."""
    return [record(f"bg{i:03}.txt", start=f"2017-03-{1 + i % 28:02}", name=f"Hội nghị số {i}",
                   title=f"Thứ trưởng Bộ {i} làm việc với doanh nghiệp, Thủ tướng chỉ đạo cán bộ") for i in range(n)]


@pytest.mark.parametrize(("case", "a", "b"), SAME_NEW, ids=[c[0] for c in SAME_NEW])
def test_garbled_names_nicknames_and_kinds_of_one_meeting_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), APART_NEW, ids=[c[0] for c in APART_NEW])
def test_meetings_of_one_day_stay_apart_whatever_their_names_share(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)


def test_two_officials_in_common_do_not_join_two_named_meetings_on_common_words():
    # Yên Bái, one day: the party conference that announced a decision on cadres and the council's sitting that
    # elected the chairman; both with the new chairman and the party secretary, both titles on the Bộ he came from
    a = record("a.txt", name="Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ", province="Yên Bái",
               attendees=[DUY, TRA], title="Thứ trưởng Bộ Xây dựng giữ chức Phó Bí thư Tỉnh ủy Yên Bái")
    b = record("b.txt", kind="phiên họp", name="phiên họp bất thường để bầu nhân sự lãnh đạo UBND tỉnh",
               province="Yên Bái", attendees=[DUY, TRA], title="Thứ trưởng Bộ Xây dựng Đỗ Đức Duy làm Chủ tịch tỉnh Yên Bái")
    records = [*background(), a, b]
    assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in group_events(records))


def test_a_nickname_joins_the_group_whose_names_all_agree_with_one_of_its_records():
    # the conference's other reports share "tôm" and the Prime Minister; the nickname's report shares two or three
    # officials with two of them, one only with the others: it joins the whole group, and the group stays one
    tom = [record(f"t{i}.txt", name="Hội nghị phát triển ngành tôm Việt Nam", province="Cà Mau",
                  attendees=[PHUC, CUONG] if i == 0 else [PHUC], title=f"Xuất khẩu tôm phải đạt 10 tỷ USD ({i})")
           for i in range(3)]
    tom.append(record("t3.txt", name="Hội nghị phát triển ngành tôm VN", province="Cà Mau", attendees=[PHUC, DUNG, CUONG],
                      title="Hướng đến mục tiêu 10 tỉ USD kim ngạch xuất khẩu tôm"))
    nick = record("n.txt", name="hội nghị “Diên Hồng”", province="Cà Mau", attendees=[PHUC, DUNG, CUONG],
                  title="Cần quy hoạch vùng nuôi tôm, tránh tự phát, manh mún")
    records = [*background(), *tom, nick]
    groups = group_events(records)
    assert list(range(len(records) - 5, len(records))) in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), SITTINGS_SAME, ids=[c[0] for c in SITTINGS_SAME])
def test_reports_of_one_sitting_told_without_its_place_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), SITTINGS_APART,
                         ids=[c[0] if isinstance(c, tuple) else c.id for c in SITTINGS_APART])
def test_sittings_of_one_day_on_other_matters_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)


QUANG = person("Trần Đại Quang", "Chủ tịch nước")
PARK = person("Park Won-soon", "Đặc phái viên", "Tổng thống Hàn Quốc")
MOON = person("Moon Jae-in", "Tổng thống", "Hàn Quốc")
KERRY = person("John Kerry", "cựu Ngoại trưởng", "Hoa Kỳ")
MINH = person("Phạm Bình Minh", "Phó Thủ tướng, Bộ trưởng Ngoại giao")
SCHMIDT = person("Eric Schmidt", "Chủ tịch", "Alphabet")

#: a leader's receptions ("tiếp", "hội kiến"): the host receives several guests a day and a guest calls on several
#: hosts, so one of the two in common (and a title alike but for the guest's name) is not one meeting
RECEPTIONS_SAME = [
    ("one reception from two outlets, host and guest in common",
     record("a.txt", kind="tiếp", name="tiếp ông Eric Schmidt", attendees=[PHUC, SCHMIDT],
            title="Thủ tướng tiếp lãnh đạo của Google"),
     record("b.txt", kind="tiếp", name="tiếp ông Eric Schmidt", attendees=[PHUC, SCHMIDT],
            title="Thủ tướng Nguyễn Xuân Phúc tiếp Công ty mẹ của Google")),
    ("one reception, one report naming the host alone",
     record("a.txt", kind="tiếp", name="tiếp một số doanh nhân, trí thức gốc Việt", province=None, attendees=[PHUC,
            person("Ngô Thanh Nhàn")], title="Cuộc gặp của Thủ tướng với doanh nhân, trí thức gốc Việt tại Hoa Kỳ"),
     record("b.txt", kind="tiếp", name="tiếp một số doanh nhân, trí thức gốc Việt", province=None, attendees=[PHUC],
            title="Thủ tướng tiếp một số doanh nhân, trí thức gốc Việt tại Hoa Kỳ")),
]

RECEPTIONS_APART = [
    ("one host's receptions of two guests the same day",
     record("a.txt", kind="tiếp", name="tiếp Ngài Sayed Altayed Ahmed", start="2017-05-25",
            attendees=[QUANG, person("Sayed Altayed Ahmed", "Đại sứ", "Cộng hòa Sudan")],
            title="Chủ tịch nước Trần Đại Quang tiếp Đại sứ Cộng hòa Sudan chào từ biệt"),
     record("b.txt", kind="tiếp", name="tiếp ngài Park Won-soon", start="2017-05-25", attendees=[QUANG, PARK, MOON],
            title="Chủ tịch nước Trần Đại Quang tiếp Đặc phái viên của Tổng thống Hàn Quốc")),
    ("one host's receptions of two ministers, titles alike but for the guest",
     record("a.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại quốc tế Canada", start="2017-05-21",
            attendees=[QUANG, person("Francois-Philippe Champagne", "Bộ trưởng Thương mại quốc tế", "Canada")],
            title="Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Thương mại quốc tế Canada"),
     record("b.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại Indonesia", start="2017-05-21",
            attendees=[QUANG, person("Enggartiasto Lukita", "Bộ trưởng Thương mại", "Indonesia")],
            title="Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Thương mại Indonesia")),
    ("one guest received by two hosts the same day",
     record("a.txt", kind="tiếp", name="tiếp ông John Kerry, cựu Ngoại trưởng Hoa Kỳ", start="2017-06-21",
            attendees=[MINH, KERRY], title="Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Cựu Ngoại trưởng"),
     record("b.txt", kind="tiếp", name="tiếp cựu Ngoại trưởng Mỹ John Kerry thăm và làm việc", start="2017-06-21",
            attendees=[NHAN, KERRY], title="Cựu ngoại trưởng Mỹ quan tâm đến năng lượng sạch tại VN")),
]


@pytest.mark.parametrize(("case", "a", "b"), RECEPTIONS_SAME, ids=[c[0] for c in RECEPTIONS_SAME])
def test_reports_of_one_reception_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), RECEPTIONS_APART, ids=[c[0] for c in RECEPTIONS_APART])
def test_receptions_of_one_day_with_another_guest_or_host_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)



BI_THU_NHAN = person("Nguyễn Thiện Nhân", "Bí thư", "Thành ủy TP.HCM")
NGHIA = person("Trần Trung Nghĩa", "Bí thư", "Thành đoàn TP.HCM")
ABE, XI = person("Shinzo Abe", "Thủ tướng", "Nhật Bản"), person("Tập Cận Bình", "Chủ tịch", "Trung Quốc")

#: a host's meetings ("cuộc gặp", "gặp mặt", told "buổi gặp gỡ"): like a reception, the host meets several groups a
#: day, so one in common is not one meeting; reports of one meeting from several papers (one naming fewer) still join
MEETINGS_SAME = [
    ("one meeting with the young from two papers, names told otherwise, host and one guest in common",
     record("a.txt", kind="cuộc gặp", name="buổi gặp gỡ", start="2017-05-21", province="Hồ Chí Minh",
            attendees=[BI_THU_NHAN, NGHIA, person("Nguyễn Bá Hải", "Trưởng khoa"), person("Nguyễn Thanh Huyền")],
            title="Bí thư Thành ủy Nguyễn Thiện Nhân: Luôn tạo môi trường tốt nhất để phát huy tài năng trẻ"),
     record("b.txt", kind="cuộc gặp", name="cuộc gặp nêu ý kiến Khẳng định đội ngũ trí thức trẻ", start="2017-05-21",
            province="Hồ Chí Minh", attendees=[BI_THU_NHAN, person("Trần Hữu Lộc", "giảng viên"), NGHIA],
            title="Thanh niên TPHCM kiến nghị có cơ chế đặc thù cho công chức thành phố")),
    ("one bilateral meeting at a summit from two papers, one naming it by its manner",
     record("a.txt", kind="cuộc gặp", name="cuộc gặp song phương bên lề Hội nghị thượng đỉnh G20", start="2017-07-08",
            province=None, country="Đức", attendees=[ABE, XI],
            title="Nhật Bản và Trung Quốc cam kết cải thiện quan hệ"),
     record("b.txt", kind="cuộc gặp", name="cuộc gặp riêng rẽ", start="2017-07-08", province=None, country="Đức",
            attendees=[ABE, XI], title="Nhật Bản và Trung Quốc muốn cải thiện quan hệ song phương")),
    ("one meeting, one report naming the host alone",
     record("a.txt", kind="cuộc gặp", name="buổi gặp gỡ", start="2017-05-21", province="Hồ Chí Minh",
            attendees=[BI_THU_NHAN, NGHIA], title="Bí thư Nguyễn Thiện Nhân gặp gỡ thanh niên, trí thức trẻ"),
     record("b.txt", kind="cuộc gặp", name="buổi gặp gỡ", start="2017-05-21", province="Hồ Chí Minh",
            attendees=[BI_THU_NHAN], title="Bí thư Nguyễn Thiện Nhân gặp gỡ thanh niên, trí thức trẻ TP")),
]

MEETINGS_APART = [
    ("one host's two meetings of a day, the young in the morning and the veterans of district 10 after",
     record("a.txt", kind="cuộc gặp", name="buổi gặp gỡ", start="2017-05-21", province="Hồ Chí Minh",
            attendees=[BI_THU_NHAN, NGHIA, person("Nguyễn Bá Hải", "Trưởng khoa")],
            title="Bí thư Thành ủy Nguyễn Thiện Nhân: Luôn tạo môi trường tốt nhất để phát huy tài năng trẻ"),
     record("b.txt", kind="cuộc gặp", name="buổi gặp gỡ", start="2017-05-21", province="Hồ Chí Minh",
            attendees=[BI_THU_NHAN, person("Đinh Văn Huệ", "Đại tá"), person("Bùi Thị Xuân", "chủ nhiệm")],
            title="Ông Nguyễn Thiện Nhân nói gì về việc dẹp vỉa hè?")),
    ("two bilateral meetings of one leader at a summit, each with another leader, told by one name",
     record("a.txt", kind="cuộc gặp", name="cuộc gặp riêng rẽ", start="2017-07-08", province=None, country="Đức",
            attendees=[ABE, XI], title="Nhật Bản và Trung Quốc muốn cải thiện quan hệ song phương"),
     record("b.txt", kind="cuộc gặp", name="cuộc gặp riêng rẽ bên lề Hội nghị thượng đỉnh G20", start="2017-07-08",
            province=None, country="Đức", attendees=[TRUMP, ABE, person("Emmanuel Macron", "Tổng thống")],
            title="Tổng thống Mỹ Donald Trump đề nghị Nhật Bản mở cửa thị trường")),
    pytest.param(
        "two joint conferences of a day with the Front, the Government's and the Standing Committee's, one in common",
        record("a.txt", name="hội nghị kiểm điểm thực hiện Quy chế phối hợp công tác năm 2016", start="2017-02-10",
               attendees=[PHUC, NHAN, person("Trương Hòa Bình", "Phó Thủ tướng"), person("Vũ Đức Đam", "Phó Thủ tướng")],
               title="Tăng cường phối hợp công tác giữa Chính phủ và Ủy ban T.Ư MTTQ Việt Nam"),
        record("b.txt", name="hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016", start="2017-02-10",
               province=None, attendees=[person("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"), NHAN,
                                         person("Trần Thanh Mẫn", "Tổng thư ký")],
               title="Thường vụ Quốc hội và MTTQ Việt Nam sẽ tăng cường phối hợp giám sát"),
        # (heads not in common, the first-named of each, split as many reports of one meeting on the bench: U23
        # press conference, EU summit, Delhi dialogue, press conference on six laws)
        marks=pytest.mark.xfail(strict=True, reason="names alike (0.69) and one attendee in common; organisers not read"),
        id="two joint conferences of a day with the Front, the Government's and the Standing Committee's"),
]


@pytest.mark.parametrize(("case", "a", "b"), MEETINGS_SAME, ids=[c[0] for c in MEETINGS_SAME])
def test_reports_of_one_host_meeting_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), MEETINGS_APART,
                         ids=[c[0] if isinstance(c, tuple) else c.id for c in MEETINGS_APART])
def test_one_host_meetings_of_a_day_with_other_guests_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)


@pytest.mark.parametrize(("a", "b", "one"), [
    # the Assembly's debate on the economy of 9/6, each outlet naming it its own way: one matter
    ("phiên thảo luận về kinh tế", "thảo luận ở hội trường về tình hình kinh tế", True),
    # the hall's debate on one bill of 29/5
    ("Thảo luận tại Hội trường về Dự thảo Luật Quản lý, sử dụng tài sản nhà nước",
     "thảo luận ở hội trường về một số nội dung còn ý kiến khác nhau của dự án Luật quản lý tài sản nhà nước", True),
    # the sitting's form alone in common: two matters
    ("thảo luận ở hội trường về dự án Luật đường sắt", "thảo luận ở hội trường về dự án Luật Tố cáo", False),
    # the hall and the groups of one day on one matter: the morning and the afternoon, two sittings
    ("thảo luận ở hội trường về tình hình kinh tế", "thảo luận tại tổ về tình hình kinh tế", False),
])
def test_two_sittings_name_one_matter(a, b, one):
    from libmeet.corpus.groups import EventKey, _one_matter
    keys = [EventKey.of(i, record(f"{i}.txt", kind="phiên họp", name=name, province=None, start="2017-06-09"))
            for i, name in enumerate((a, b))]
    assert _one_matter(*keys) is one


THANG = person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ")
KHUONG = person("Nguyễn Mạnh Khương", "Vụ trưởng Vụ Công chức - Viên chức", "Bộ Nội vụ")
LONG = person("Trương Hải Long", "Vụ trưởng", "Bộ Nội vụ")
THANH = person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ")
BINH = person("Trương Hòa Bình", "Phó Thủ tướng thường trực")
VHTHANH = person("Vũ Hồng Thanh", "Chủ nhiệm Ủy ban Kinh tế")
HUNG = person("Lê Minh Hưng", "Thống đốc", "Ngân hàng Nhà nước")
LI, ZHANG = person("Lý Khắc Cường", "Thủ tướng", "Trung Quốc"), person("Trương Đức Giang", "Ủy viên trưởng", "Nhân đại")

#: reports of one day whose place only some outlets give (a ministry's press conference, the Assembly's opening)
UNPLACED_SAME = [
    ("a ministry's press conference, placed in Hà Nội by one outlet and nowhere by another, two officials in common",
     record("a.txt", kind="họp báo", name="buổi họp báo thông báo kết quả công tác quý II của Bộ Nội vụ",
            start="2017-06-27", attendees=[THANG, KHUONG, LONG],
            title="Bộ Nội vụ phát hiện nhiều sai phạm trong bổ nhiệm cán bộ"),
     record("b.txt", kind="họp báo", name="họp báo thường kỳ Bộ Nội vụ", province=None, start="2017-06-27",
            attendees=[THANG, LONG], title="Bộ Nội vụ vẫn chờ Hà Nội báo cáo phương án giảm Phó giám đốc Sở Nội vụ")),
    ("a ministry's press conference placed by no outlet, names too short to compare, two officials in common",
     record("a.txt", kind="họp báo", name="họp báo định kỳ cung cấp thông tin", province=None, start="2017-06-27",
            attendees=[THANG, THANH], title="Bộ Nội vụ trả lời về bổ nhiệm sai, lạm phát cấp phó"),
     record("b.txt", kind="họp báo", name="buổi họp báo định kỳ", province=None, start="2017-06-27",
            attendees=[THANG, THANH], title="Không là đảng viên vẫn có thể thi tuyển lãnh đạo")),
    ("the Assembly's opening by its session's number, placed in Hà Nội by one outlet, one presenter in common",
     record("a.txt", kind="kỳ họp", name="Kỳ họp lần thứ 3", edition=3, start="2017-05-22", attendees=[BINH, VHTHANH],
            title="Kỳ họp thứ ba, Quốc hội khóa XIV: Nỗ lực hoàn thành các chỉ tiêu kinh tế- xã hội"),
     record("b.txt", kind="kỳ họp", name="kỳ họp thứ 3", edition=3, province=None, start="2017-05-22",
            attendees=[VHTHANH], title="Tăng trưởng kinh tế thấp nhất những năm gần đây, vì sao?")),
    ("the Assembly's opening, its term in one name (khóa XIV is the term, not the session)",
     record("a.txt", kind="kỳ họp", name="kỳ họp thứ 3", edition=3, start="2017-05-22", attendees=[HUNG, NGAN],
            title="Thông cáo số 1 kỳ họp thứ 3, Quốc hội khóa XIV"),
     record("b.txt", kind="kỳ họp", name="kỳ họp thứ ba của Quốc hội khóa XIV", edition=3, province=None,
            start="2017-05-22", attendees=[HUNG], title="Kỳ vọng từ cơ chế mới xử lý nợ xấu gây 'sóng' cổ phiếu")),
]

UNPLACED_APART = [
    ("two bodies' press conferences of one day, placed by neither, one official in common",
     record("a.txt", kind="họp báo", name="buổi họp báo định kỳ", province=None, start="2017-06-27",
            attendees=[THANG, THANH], title="Không là đảng viên vẫn có thể thi tuyển lãnh đạo"),
     record("b.txt", kind="họp báo", name="buổi họp báo thường kỳ", province=None, start="2017-06-27",
            attendees=[THANG, person("Đỗ Kim Tuyến", "Thiếu tướng", "Bộ Công an")],
            title="Bộ Công an thông tin về vụ nhà báo bị bắt tại Yên Bái")),
    ("two conferences of one day, one placed in Hà Nội, one official in common",
     record("a.txt", name="hội nghị", start="2017-06-12", attendees=[PHUC, CUONG],
            title="Thủ tướng: Xuất khẩu tôm phải đạt 10 tỷ USD"),
     record("b.txt", name="hội nghị", province=None, start="2017-06-12", attendees=[PHUC],
            title="Thủ tướng dự hội nghị xúc tiến đầu tư vào Cà Mau")),
    ("the day's communiqué of the morning plenary and the afternoon's debate on another bill, two chairs in common",
     record("a.txt", kind="họp", name="họp phiên toàn thể", province=None, start="2017-06-06",
            attendees=[NGAN, person("Võ Trọng Việt", "Chủ nhiệm Ủy ban Quốc phòng và An ninh"), CUONG],
            title="Thông cáo số 12, Kỳ họp thứ 3, Quốc hội khóa XIV"),
     record("b.txt", kind="phiên họp", name="phiên họp", province=None, start="2017-06-06",
            attendees=[NGAN, person("Võ Trọng Việt", "Chủ nhiệm Ủy ban Quốc phòng và An ninh")],
            title="Nhiều địa phương đề xuất Bí thư Tỉnh ủy cũng cần có cảnh vệ")),
    ("a visit's two receptions of one day abroad, placed by the country alone, host and a guest named in both",
     record("a.txt", kind="hội kiến", name="hội kiến", province=None, country="Trung Quốc", start="2017-05-12",
            attendees=[QUANG, LI, ZHANG], title="VN hoan nghênh sự đầu tư của các DN sạch Trung Quốc"),
     record("b.txt", kind="hội kiến", name="hội kiến", province=None, country="Trung Quốc", start="2017-05-12",
            attendees=[QUANG, ZHANG], title="Tăng cường giao lưu giữa hai cơ quan lập pháp")),
    ("two provinces' council sessions of one day with the same number, one placed by no outlet",
     record("a.txt", kind="kỳ họp", name="kỳ họp thứ 4", edition=4, province="Đà Nẵng", start="2017-07-05",
            attendees=[person("Huỳnh Đức Thơ", "Chủ tịch", "UBND TP Đà Nẵng")], title="Đà Nẵng quản lý Sơn Trà"),
     record("b.txt", kind="kỳ họp", name="kỳ họp thứ 4", edition=4, province=None, start="2017-07-05",
            attendees=[person("Nguyễn Văn Đọc", "Bí thư", "Tỉnh ủy Quảng Ninh")], title="Quảng Ninh dừng dự án than")),
]


@pytest.mark.parametrize(("case", "a", "b"), UNPLACED_SAME, ids=[c[0] for c in UNPLACED_SAME])
def test_reports_of_one_day_placed_by_some_outlets_only_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), UNPLACED_APART, ids=[c[0] for c in UNPLACED_APART])
def test_meetings_of_one_day_placed_by_some_outlets_only_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)


@pytest.mark.parametrize(("name", "found"), [
    ("kỳ họp thứ ba của Quốc hội khóa XIV", {"khóa 14"}),
    ("Kỳ họp thứ 3, Quốc hội khóa 14", {"3", "khóa 14"}),
    ("Đại hội đại biểu Mặt trận Tổ quốc lần thứ 12", {"12"}),
])
def test_a_term_is_not_an_edition(name, found):
    from libmeet.corpus.keys import numbers
    assert numbers(name) == found


def test_meetings_with_voters_of_one_day_with_no_deputy_in_common_stay_apart():
    # the General Secretary's with Hà Nội's voters (the province left out) and the Prime Minister's in Đồ Sơn, Hải
    # Phòng, both of 13/5 (bench 22261790, 22263201), joined before on the one day and the kind's words
    trong = person("Nguyễn Phú Trọng", "Tổng Bí thư")
    a = record("a.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri", province=None, start="2017-05-13",
               attendees=[trong], title="Tổng Bí thư: Cần phải làm mạnh hơn nữa")
    b = record("b.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri tại quận Đồ Sơn", province="Hải Phòng",
               start="2017-05-13", attendees=[PHUC], title="Thủ tướng: Các cấp chính quyền phải sát dân, lo cho dân")
    assert [g.members for g in group_events([a, b])] == [[0], [1]]
    # ... while two reports of one of them join
    c = record("c.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri quận Đồ Sơn", province=None,
               start="2017-05-13", attendees=[PHUC], title="Thủ tướng: Có chính quyền mà để dân lo lắng là không được")
    assert [0, 1] in [g.members for g in group_events([b, c])]


def test_two_meetings_with_voters_are_told_apart_by_their_deputies():
    from libmeet.corpus.groups import EventKey, _apart
    trong, thuong = person("Nguyễn Phú Trọng", "Tổng Bí thư"), person("Võ Văn Thưởng", "Trưởng ban Tuyên giáo")
    def key(i, people):
        return EventKey.of(i, record(f"{i}.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri", province=None,
                                     start="2017-06-26", attendees=people))
    assert _apart(key(0, [thuong]), key(1, [PHUC]))  # Nhơn Trạch, Đồng Nai and Bạch Đằng, Hải Phòng, 26/6
    assert not _apart(key(0, [trong, PHUC]), key(1, [PHUC]))  # one deputy in common
    assert not _apart(key(0, []), key(1, [PHUC]))  # a report naming no one may be either


def test_kind_rules_are_read_from_their_table():
    # kind_rules.txt, one kind a line: the receptions are apart unless host and guest are shared, the meetings with
    # voters unless a deputy is; the sittings are the parser's; subkinds are tried in the file's order
    from libmeet.corpus.keys import NO_RULE, apart_classes, kind_rule, kind_rules, subkind
    from libmeet.parse.detect import SITTINGS
    assert dict(apart_classes()) == {"receptions": 2, "voters": 1}
    assert kind_rule("hội kiến").apart_unless == ("receptions", 2) and not kind_rule("hội kiến").several_a_day
    assert kind_rule("cuộc gặp").several_a_day and kind_rule("cuộc gặp").apart_unless == ("receptions", 2)
    assert kind_rule("hội nghị") == kind_rule(None) == NO_RULE
    assert frozenset(k for k, r in kind_rules().items() if r.sitting) == SITTINGS
    assert subkind("buổi làm việc", "cuộc họp giao ban") == "làm việc"
    assert subkind("hội nghị", "hội nghị giao ban, làm việc với các sở") == "giao ban"


def test_a_kind_written_twice_in_kind_rules_is_an_error(monkeypatch):
    # (as a class given two numbers is: the later line would overwrite the first silently)
    from libmeet.corpus import keys
    monkeypatch.setattr(keys, "_lines", lambda name: ["hội kiến = apart unless 2 shared (receptions)",
                                                     "hội kiến = several a day"])
    keys.kind_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="written twice"):
            keys.kind_rules()
    finally:
        keys.kind_rules.cache_clear()


@pytest.mark.parametrize(("a", "b", "one"), [
    # review 80: both in the hall, "Tổ chức" and "môi trường" are no groups nor hall
    ("thảo luận ở hội trường về dự án Luật Tổ chức chính quyền địa phương",
     "thảo luận tại hội trường về Luật Tổ chức chính quyền địa phương", True),
    ("thảo luận tại tổ về Luật Bảo vệ môi trường", "thảo luận ở tổ về dự án Luật Bảo vệ môi trường", True),
    # ... but the hall's debate and the groups' on one matter are two sittings
    ("thảo luận ở hội trường về dự án Luật Thủy sản", "thảo luận tại tổ về dự án Luật Thủy sản", False),
])
def test_one_matter_of_two_unplaced_sittings_reads_the_hall_and_the_groups_by_word_pairs(a, b, one):
    from libmeet.corpus.groups import EventKey, _one_matter
    x, y = (EventKey.of(i, record(f"{i}.txt", kind="phiên họp", name=n, province=None, start="2017-06-09"))
            for i, n in enumerate((a, b)))
    assert _one_matter(x, y) is one


def test_a_host_only_report_does_not_chain_two_receptions_into_one_group():
    """review 80: the host's receptions of two guests the same day, a report naming only the host alike to both."""
    sayed = person("Sayed Altayed Ahmed", "Đại sứ", "Cộng hòa Sudan")
    records = [record("a.txt", kind="tiếp", name="tiếp Đại sứ", start="2017-05-25", attendees=[QUANG, sayed],
                      title="Chủ tịch nước Trần Đại Quang tiếp Đại sứ và Đặc phái viên"),
               record("b.txt", kind="tiếp", name="tiếp Đại sứ", start="2017-05-25", attendees=[QUANG],
                      title="Chủ tịch nước Trần Đại Quang tiếp Đại sứ và Đặc phái viên Hàn Quốc"),
               record("c.txt", kind="tiếp", name="tiếp Đại sứ", start="2017-05-25", attendees=[QUANG, PARK],
                      title="Chủ tịch nước Trần Đại Quang tiếp Đại sứ và Đặc phái viên Hàn Quốc")]
    assert not any({0, 2} <= set(g.members) for g in group_events(records))


def test_a_report_naming_no_deputy_does_not_chain_two_meetings_with_voters():
    # (review 84) as for receptions: a voters' meeting report with no deputy named may join either, never both
    trong = person("Nguyễn Phú Trọng", "Tổng Bí thư")
    a = record("a.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri", province="Hà Nội", start="2017-05-13",
               attendees=[trong], title="Tổng Bí thư tiếp xúc cử tri")
    b = record("b.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri", province=None, start="2017-05-13",
               attendees=[], title="Tổng Bí thư tiếp xúc cử tri")
    c = record("c.txt", kind="tiếp xúc cử tri", name="buổi tiếp xúc cử tri", province=None, start="2017-05-13",
               attendees=[PHUC], title="Tổng Bí thư tiếp xúc cử tri")
    assert not any({0, 2} <= set(g.members) for g in group_events([a, b, c]))


TUAN_ANH = person("Trần Tuấn Anh", "Bộ trưởng", "Bộ Công Thương")
KINH = person("Lê Đình Kình")
HUY = person("Nguyễn An Huy", "Thanh tra viên chính", "Thanh tra TP Hà Nội")
NGOC_TUAN = person("Nguyễn Văn Tuấn", "Tổng cục trưởng", "Tổng cục Du lịch")
TIEN_DUNG = person("Mai Tiến Dũng", "Bộ trưởng, Chủ nhiệm", "Văn phòng Chính phủ")

#: one outlet names the meeting by a short name (an acronym) that the other's title gives, one attendee in common
TOLD_IN_TITLE_SAME = [
    ("an acronym in one name, spelled out in the other whose title gives the acronym (RCEP, Hà Nội 22/5)",
     record("a.txt", name="Hội nghị RCEP", start="2017-05-22", attendees=[TUAN_ANH],
            title="Việt Nam ủng hộ việc kết thúc cơ bản đàm phán Hiệp định RCEP trong năm 2017"),
     record("b.txt", name="Hội nghị Bộ trưởng giữa kỳ lần thứ 3 Hiệp định Kinh tế Toàn diện Khu vực", start="2017-05-22",
            attendees=[TUAN_ANH], title="Thời điểm quan trọng để tạo bước đột phá cho RCEP")),
    ("the meeting's own acronym in one name, its forum's in the other name and in the first one's title (MRT 23)",
     record("a.txt", name="Hội nghị MRT23", start="2017-05-20", attendees=[TUAN_ANH, PHUC],
            title="APEC 2017: Xây dựng một hệ thống thương mại đa phương vững mạnh, minh bạch"),
     record("b.txt", name="Hội nghị các Bộ trưởng phụ trách Thương mại APEC", start="2017-05-20", attendees=[TUAN_ANH],
            title="Đột phá nào cho TPP 11 ở Hà Nội?")),
    ("a name cut from a sentence, the other's words in its title (Đồng Tâm, 7/7)",
     record("a.txt", name="hội nghị để nói lên tiếng nói của mình", start="2017-07-07", attendees=[KINH, CHUNG],
            title="Người Đồng Tâm mong kết luận thanh tra đất đai công minh"),
     record("b.txt", name="hội nghị thông qua dự thảo kết luận thanh tra việc quản lý, sử dụng đất đai",
            start="2017-07-07", attendees=[CHUNG, HUY], title="'Có đối tượng kích động người dân Đồng Tâm'")),
]

TOLD_IN_TITLE_APART = [
    ("one minister at two conferences of a day, the one's words not in the other's title",
     record("a.txt", name="Hội nghị RCEP", start="2017-05-22", attendees=[TUAN_ANH],
            title="Việt Nam ủng hộ việc kết thúc cơ bản đàm phán Hiệp định RCEP trong năm 2017"),
     record("b.txt", name="Hội nghị xúc tiến thương mại với Hàn Quốc", start="2017-05-22", attendees=[TUAN_ANH],
            title="Doanh nghiệp Hàn Quốc tìm hiểu thị trường Việt Nam")),
    ("the one's words in the other's title but nobody in common",
     record("a.txt", name="Hội nghị RCEP", start="2017-05-22", attendees=[TUAN_ANH],
            title="Việt Nam ủng hộ việc kết thúc cơ bản đàm phán Hiệp định RCEP trong năm 2017"),
     record("b.txt", name="Hội nghị Bộ trưởng giữa kỳ lần thứ 3 Hiệp định Kinh tế Toàn diện Khu vực", start="2017-05-22",
            attendees=[PHUC], title="Thời điểm quan trọng để tạo bước đột phá cho RCEP")),
]


@pytest.mark.parametrize(("case", "a", "b"), TOLD_IN_TITLE_SAME, ids=[c[0] for c in TOLD_IN_TITLE_SAME])
def test_a_name_told_by_the_other_report_s_title_joins_on_one_attendee(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), TOLD_IN_TITLE_APART, ids=[c[0] for c in TOLD_IN_TITLE_APART])
def test_a_name_not_told_by_the_other_or_nobody_in_common_stays_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in groups)


SON_TRA = "Phát triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà"
TAN_SON_NHAT = "cuộc họp Thường trực Chính phủ về việc xem xét phương án mở rộng sân bay Tân Sơn Nhất"

#: one meeting whose outlets name two provinces (where its subject is, where it was held)
MISPLACED_SAME = [
    ("a tọa đàm held in Hà Nội on a Đà Nẵng subject, placed in Đà Nẵng by one outlet (30/5)",
     record("a.txt", kind="tọa đàm", name=f"tọa đàm khoa học \"{SON_TRA}\"", start="2017-05-30",
            attendees=[AI, NGOC_TUAN, VINH], title="Quy hoạch Sơn Trà: Đúng pháp luật, đúng quy trình"),
     record("b.txt", kind="tọa đàm", name=f"buổi tọa đàm “{SON_TRA}”", start="2017-05-30", province="Đà Nẵng",
            attendees=[VINH, AI], title="Chủ tịch Hiệp hội Du lịch Đà Nẵng: 'Chúng tôi sẽ bảo vệ Sơn Trà đến cùng'")),
    ("the standing Government's meeting on the Tân Sơn Nhất airport, placed in Hà Nội and in HCMC (12/6)",
     record("a.txt", kind="họp", name=TAN_SON_NHAT, start="2017-06-12", province="Hồ Chí Minh",
            attendees=[PHUC, TIEN_DUNG], title="Bộ Quốc phòng sẵn sàng bàn giao đất để mở rộng sân bay Tân Sơn Nhất"),
     record("b.txt", kind="họp", name=TAN_SON_NHAT, start="2017-06-12", attendees=[TIEN_DUNG, PHUC],
            title="Hợp đồng sân golf Tân Sơn Nhất vô hiệu")),
]

MISPLACED_APART = [
    ("one leader at meetings of one name in two provinces, one official in common",
     record("a.txt", kind="họp", name=TAN_SON_NHAT, start="2017-06-12", province="Hồ Chí Minh",
            attendees=[PHUC], title="Bộ Quốc phòng sẵn sàng bàn giao đất"),
     record("b.txt", kind="họp", name=TAN_SON_NHAT, start="2017-06-12", attendees=[PHUC, CHUNG],
            title="Hợp đồng sân golf vô hiệu")),
    ("meetings of one name and two officials in two provinces, on two days",
     record("a.txt", kind="tọa đàm", name=f"tọa đàm \"{SON_TRA}\"", start="2017-05-30", attendees=[AI, VINH]),
     record("b.txt", kind="tọa đàm", name=f"tọa đàm \"{SON_TRA}\"", start="2017-05-31", province="Đà Nẵng",
            attendees=[VINH, AI])),
]


@pytest.mark.parametrize(("case", "a", "b"), MISPLACED_SAME, ids=[c[0] for c in MISPLACED_SAME])
def test_reports_of_one_meeting_named_alike_with_two_officials_join_across_provinces(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]


@pytest.mark.parametrize(("case", "a", "b"), MISPLACED_APART, ids=[c[0] for c in MISPLACED_APART])
def test_meetings_of_two_provinces_without_two_officials_of_one_day_stay_apart(case, a, b):
    assert [g.members for g in group_events([a, b])] == [[0], [1]]


def test_a_group_of_two_provinces_takes_reports_of_either_not_of_a_third():
    # the Sơn Trà tọa đàm: its Hà Nội and Đà Nẵng reports are one group, a further Đà Nẵng report of it joins; a
    # report of the same name in Quảng Nam, with one of its officials, does not
    hn = record("hn.txt", kind="tọa đàm", name=f"tọa đàm khoa học \"{SON_TRA}\"", start="2017-05-30",
                attendees=[AI, NGOC_TUAN, VINH], title="Quy hoạch Sơn Trà: Đúng pháp luật, đúng quy trình")
    dn = record("dn.txt", kind="tọa đàm", name=f"buổi tọa đàm “{SON_TRA}”", start="2017-05-30", province="Đà Nẵng",
                attendees=[VINH, AI], title="Chúng tôi sẽ bảo vệ Sơn Trà đến cùng")
    dn2 = record("dn2.txt", kind="tọa đàm", name=f"buổi tọa đàm về {SON_TRA}", start="2017-05-30", province="Đà Nẵng",
                 attendees=[VINH], title="Thu hồi văn bản về phát ngôn của ông Huỳnh Tấn Vinh")
    qn = record("qn.txt", kind="tọa đàm", name=f"tọa đàm \"{SON_TRA}\"", start="2017-05-30", province="Quảng Nam",
                attendees=[VINH], title="Du lịch Quảng Nam")
    groups = [sorted(g.members) for g in group_events([hn, dn, dn2, qn])]
    assert [0, 1, 2] in groups and [3] in groups


def test_a_group_of_two_provinces_takes_no_other_meeting_of_either_on_the_subject_alone():
    # the Sơn Trà tọa đàm's Hà Nội and Đà Nẵng reports are one group (a misplaced pair); another Đà Nẵng tọa đàm of
    # that day on Sơn Trà, with no one in common (one province, one day, one subject), is not joined to it through
    # the Đà Nẵng report: groups never chain across places
    hn = record("hn.txt", kind="tọa đàm", name=f"tọa đàm khoa học \"{SON_TRA}\"", start="2017-05-30",
                attendees=[AI, NGOC_TUAN, VINH], title="Quy hoạch Sơn Trà: Đúng pháp luật, đúng quy trình")
    dn = record("dn.txt", kind="tọa đàm", name=f"buổi tọa đàm “{SON_TRA}”", start="2017-05-30", province="Đà Nẵng",
                attendees=[VINH, AI], title="Chúng tôi sẽ bảo vệ Sơn Trà đến cùng")
    dn3 = record("dn3.txt", kind="tọa đàm", name="tọa đàm bảo vệ bán đảo Sơn Trà", start="2017-05-30",
                 province="Đà Nẵng", attendees=[person("Huỳnh Đức Thơ", "Chủ tịch", "UBND TP Đà Nẵng")],
                 title="Đà Nẵng: Bảo vệ bán đảo Sơn Trà, phát triển du lịch bền vững")
    records = [*background(), hn, dn, dn3]
    n = len(records)
    groups = [g.members for g in group_events(records)]
    assert [n - 3, n - 2] in groups and [n - 1] in groups


def _chair(name: str, position: str, organization: str | None = None, role: str = "chủ trì") -> dict:
    return person(name, position, organization, roles=[role])


MTTQ_NHAN = _chair("Nguyễn Thiện Nhân", "Chủ tịch", "Ủy ban T.Ư MTTQ Việt Nam", "đồng chủ trì")


def _front_with_government(title: str) -> dict:
    """The Front's conference with the Government of 10/2, co-chaired by the Prime Minister, under a title."""
    return record("a.txt", name="hội nghị kiểm điểm thực hiện Quy chế phối hợp công tác năm 2016", start="2017-02-10",
                  attendees=[_chair("Nguyễn Xuân Phúc", "Thủ tướng", role="đồng chủ trì"), MTTQ_NHAN,
                             person("Trương Hòa Bình", "Phó Thủ tướng Chính phủ"), person("Vũ Đức Đam", "Phó Thủ tướng")],
                  title=title)


def _front_with_assembly(title: str) -> dict:
    """The Front's conference with the Assembly's Standing Committee of 10/2, chaired by its Chairwoman, under a title."""
    return record("b.txt", name="hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016", start="2017-02-10",
                  province=None, attendees=[_chair("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"), MTTQ_NHAN,
                                            person("Trần Thanh Mẫn", "Tổng thư ký")],
                  title=title)


#: the Prime Minister's first day in Germany (5/7): the visit's sessions named by where it was held
IN_GERMANY = "làm việc tại Cộng hòa Liên bang Đức"

#: one host's or one visit's meetings of a day, named alike, that are two
ONE_DAY_TWO_APART = [
    ("the Front's conferences with the Government and with the Assembly's Standing Committee, each chaired by "
     "another (10/2)",
     _front_with_government("Tăng cường phối hợp công tác giữa Chính phủ và Ủy ban T.Ư MTTQ Việt Nam"),
     _front_with_assembly("Thường vụ Quốc hội và MTTQ Việt Nam sẽ tăng cường phối hợp giám sát")),
    ("... the same two conferences, each report titled by its conference's name (half the titles' word pairs shared:"
     " not named as one)",
     _front_with_government("Hội nghị kiểm điểm thực hiện Quy chế phối hợp công tác năm 2016"),
     _front_with_assembly("Hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016")),
    ("a visit's two sessions of a day abroad named by the country alone, the leader in common (5/7)",
     record("a.txt", kind="buổi làm việc", name=IN_GERMANY, start="2017-07-05", province=None, country="Đức",
            attendees=[PHUC, person("Ma-lu Đờ-ray-ờ", "Chủ tịch", "Hội đồng Liên bang Đức")],
            title="Thủ tướng Nguyễn Xuân Phúc gặp Chủ tịch Hội đồng Liên bang Đức, kiêm Thủ hiến bang Rai-lan Phan-xờ"),
     record("b.txt", kind="buổi làm việc", name=IN_GERMANY, start="2017-07-05", province=None, country="Đức",
            attendees=[PHUC, person("Đoàn Xuân Hưng", "Đại sứ")],
            title="Thủ tướng thăm cán bộ, nhân viên Tổng Lãnh sự quán Việt Nam tại Frankfurt")),
]

#: reports of one meeting that the rules above must not set apart
ONE_DAY_ONE_SAME = [
    ("talks whose reports spell the foreign co-chair two ways (12/6)",
     record("a.txt", kind="hội đàm", name="hội đàm", start="2017-06-12",
            attendees=[_chair("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"),
                       _chair("Hoan Ết-xtê-ban La-xô Ê-rơ-nan-đết", "Chủ tịch Quốc hội")],
            title="Lãnh đạo nước ta đón, tiếp, hội đàm với Chủ tịch Quốc hội Cu-ba"),
     record("b.txt", kind="hội đàm", name="Hội đàm", start="2017-06-12",
            attendees=[_chair("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"),
                       _chair("Esteban Lazo Hernández", "Chủ tịch Quốc hội")],
            title="Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đón, hội đàm với Chủ tịch Quốc hội Cuba")),
    ("a workshop abroad named with its country, its place words aside (5/6)",
     record("a.txt", name="Hội nghị xúc tiến đầu tư tại Nhật Bản", start="2017-06-05", province=None,
            country="Nhật Bản", attendees=[PHUC], title="Thủ tướng dự Hội nghị Xúc tiến đầu tư Việt Nam"),
     record("b.txt", name="Hội nghị Xúc tiến đầu tư Việt Nam tại Tokyo, Nhật Bản", start="2017-06-05", province=None,
            country="Nhật Bản", attendees=[PHUC], title="Truyền thông Nhật Bản đưa đậm phát biểu của Thủ tướng")),
]


@pytest.mark.parametrize(("case", "a", "b"), ONE_DAY_TWO_APART, ids=[c[0] for c in ONE_DAY_TWO_APART])
def test_one_host_s_or_one_visit_s_meetings_of_a_day_named_alike_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        n = len(records)
        assert [n - 1] in [g.members for g in group_events(records)]


@pytest.mark.parametrize(("case", "a", "b"), ONE_DAY_ONE_SAME, ids=[c[0] for c in ONE_DAY_ONE_SAME])
def test_reports_of_one_meeting_naming_chairs_or_a_country_abroad_are_one_group(case, a, b):
    assert [g.members for g in group_events([a, b])] == [[0, 1]]


def test_the_front_s_conference_with_the_assembly_does_not_join_the_group_of_its_conference_with_the_government():
    # the afternoon's report (b) is like the morning's first report in name (a), with one chair in common; the
    # morning's other reports name the Government's partner: b stays out of the group however the reports come
    a, b = ONE_DAY_TWO_APART[0][1:]
    c = record("c.txt", name="Hội nghị liên tịch thường niên của Chính phủ và UBTW MTTQ, kiểm điểm việc phối hợp công "
               "tác năm 2016", start="2017-02-10", province=None,
               attendees=[PHUC, person("Nguyễn Thiện Nhân", "Chủ tịch"), person("Nguyễn Túc", "Ủy viên")],
               title="Chính phủ và Mặt trận Tổ quốc đồng hành vì nhân dân")
    for records in ([a, b, c], [b, c, a], [c, b, a]):
        groups = [sorted(records[i]["source"]["path"] for i in g.members) for g in group_events(records)]
        assert ["b.txt"] in groups and ["a.txt", "c.txt"] in groups


@pytest.mark.parametrize(("name", "country", "said"), [
    ("làm việc tại Cộng hòa Liên bang Đức", "Đức", "làm việc"),
    ("buổi làm việc ở CHLB Đức", "Đức", "buổi làm việc"),
    ("Hội nghị xúc tiến đầu tư tại Nhật Bản", "Nhật Bản", "hội nghị xúc tiến đầu tư"),
    ("Hội nghị Malta", "Malta", "hội nghị malta"),  # the summit's name, not where a session was
    ("hội thảo “Môi trường kinh doanh và triển vọng đầu tư tại miền Nam Việt Nam”", "Pháp",
     "hội thảo “môi trường kinh doanh và triển vọng đầu tư tại miền nam việt nam”"),
    ("Hội thảo Khởi động “Chương trình Phát triển Công trình Xanh tại Việt Nam”", "Việt Nam",
     "hội thảo khởi động “chương trình phát triển công trình xanh tại việt nam”"),  # at home: a programme's subject
])
def test_where_a_meeting_abroad_was_held_is_not_what_its_name_says(name, country, said):
    from libmeet.corpus.keys import without_country
    assert " ".join(without_country(name, country).split()) == said


# The General Secretary's meetings with voters of 13/5 (bench 22259144 ... 22263782): Ba Đình and Tây Hồ in the
# morning, Hoàn Kiếm in the afternoon, each name the kind's words and him
TRONG = person("Nguyễn Phú Trọng", "Tổng Bí thư")
THOA = person("Hồ Thị Kim Thoa", "Thứ trưởng", "Bộ Công Thương")
TOAN = person("Vũ Hồng Toán")
PHAI, MANH = person("Nghiêm Văn Phái"), person("Nguyễn Đức Mạnh", "Bí thư", "Quận ủy Hoàn Kiếm")
VOTERS = "tiếp xúc cử tri"


def _voters(path: str, name: str, people: list[dict], province: str | None = "Hà Nội") -> dict:
    return record(path, kind=VOTERS, name=name, province=province, start="2017-05-13", attendees=people,
                  title=f"Tổng Bí thư {path}")


@pytest.mark.parametrize(("name", "units"), [
    ("tiếp xúc cử tri quận Ba Đình và Tây Hồ", {"district ba đình", "district tây hồ"}),
    ("tiếp xúc cử tri một số xã, phường của huyện Vĩnh Thạnh và quận Ninh Kiều",
     {"district vĩnh thạnh", "district ninh kiều"}),
    ("làm việc với Quận ủy quận 2 và Quận ủy quận 9 về tình hình kinh tế", {"district 2", "district 9"}),
    ("cuộc họp với Phòng Giáo dục và Đào tạo Q.Hai Bà Trưng", {"district hai bà trưng"}),
    ("buổi tiếp xúc với cử tri quận 1,3,4 để báo cáo kết quả kỳ họp", {"district 1", "district 3", "district 4"}),
    ("buổi đối thoại với người dân thôn Nà Tủng, xã Nam Quan", {"commune nam quan"}),
    ("cuộc họp về Đề án thành lập cơ quan thường trú khu vực của Thông tấn xã Việt Nam", set()),
    ("Hội nghị sơ kết 3 năm xã hội hóa", set()),
    # (a unit's name ends at the city or province after it, at a body's "Ủy", at another unit word)
    ("tiếp xúc cử tri quận 1 TP.HCM", {"district 1"}),
    ("tiếp xúc cử tri huyện Củ Chi TP HCM", {"district củ chi"}),
    ("tiếp xúc cử tri quận Ba Đình Hà Nội", {"district ba đình"}),
    ("cuộc họp báo thường kỳ của UBND TPHCM, lãnh đạo UBND quận 1 và UBND TPHCM", {"district 1"}),
    ("làm việc với doanh nghiệp, nông dân huyện Đơn Dương và TP.Đà Lạt", {"district đơn dương"}),
    ("làm việc với Huyện Ủy Củ Chi", set()),
    ("đối thoại với người dân phường Bến Nghé Quận 1", {"commune bến nghé", "district 1"}),
    ("tiếp xúc cử tri quận Hoàn Kiếm Đoàn ĐBQH TP Hà Nội", {"district hoàn kiếm"}),
])
def test_the_districts_and_communes_a_name_places_its_meeting_in(name, units):
    from libmeet.corpus.keys import name_units
    assert name_units(name) == units


@pytest.mark.parametrize(("x", "y", "other"), [
    ("tiếp xúc cử tri quận Ba Đình và Tây Hồ", "tiếp xúc với cử tri quận Hoàn Kiếm", True),
    ("cuộc họp với UBND quận Hai Bà Trưng", "đối thoại với người dân phường Minh Khai", False),  # two levels
    # (a capitalised word after a unit's name, read as of it, does not make it another unit)
    ("tiếp xúc cử tri quận Hoàn Kiếm Đoàn ĐBQH TP Hà Nội", "tiếp xúc cử tri quận Hoàn Kiếm", False),
    # (... but a commune whose name goes on from another's is another: "Tân Thạnh" and "Tân Thạnh Đông")
    ("tiếp xúc cử tri phường Mỹ Hòa", "tiếp xúc cử tri xã Mỹ Hòa Hưng", True),
    ("đối thoại với nông dân xã Tân Thạnh", "đối thoại với nông dân xã Tân Thạnh Đông", True),
])
def test_names_place_meetings_in_other_units_of_one_level(x, y, other):
    from libmeet.corpus.groups import _other_units
    from libmeet.corpus.keys import name_units
    assert _other_units(name_units(x), name_units(y)) is other
    assert _other_units(name_units(y), name_units(x)) is other


def test_one_deputy_s_meetings_with_voters_of_two_districts_stay_apart():
    # two officials in common and the kind's words: still two meetings, of two districts
    a = _voters("a.txt", "tiếp xúc cử tri quận Ba Đình", [THOA, TRONG, TOAN])
    b = _voters("b.txt", "tiếp xúc với cử tri quận Hoàn Kiếm", [TRONG, PHAI, MANH, THOA])
    assert [g.members for g in group_events([a, b])] == [[0], [1]]
    # ... and a district's own reports join (one district of two named by one of them)
    c = _voters("c.txt", "buổi tiếp xúc cử tri quận Ba Đình và Tây Hồ", [TRONG, TOAN])
    assert [0, 2] in [g.members for g in group_events([a, b, c])]


def test_a_name_saying_only_its_kind_weighs_less_than_two_officials_in_common():
    # "tiếp xúc cử tri trước kỳ họp thứ ba" (b, the morning's deputy Vũ Hồng Toán in it) is like the afternoon's
    # "buổi tiếp xúc cử tri" (c) in name and has the General Secretary in common with it; it has two in common with the
    # morning's report (a), and goes there whatever order the reports come in
    a = _voters("a.txt", "tiếp xúc cử tri hai quận Ba Đình", [TRONG, TOAN, THOA])
    b = _voters("b.txt", "tiếp xúc cử tri trước kỳ họp thứ ba", [TRONG, TOAN], province=None)
    c = _voters("c.txt", "buổi tiếp xúc cử tri", [TRONG, PHAI, MANH])
    d = _voters("d.txt", "buổi tiếp xúc cử tri quận Hoàn Kiếm", [TRONG, PHAI, MANH])
    for records in ([a, b, c, d], [d, c, b, a], [b, c, d, a]):
        groups = [sorted(records[i]["source"]["path"] for i in g.members) for g in group_events(records)]
        assert sorted(groups) == [["a.txt", "b.txt"], ["c.txt", "d.txt"]]


def test_a_year_and_an_edition_are_no_two_numbers():
    from libmeet.corpus.groups import _other_numbers
    from libmeet.corpus.keys import numbers
    for x, y, other in [
        ("Đối thoại Shangri-La 2017", "Đối thoại Shangri-La lần thứ 16", False),
        ("gặp mặt đầu năm và tôn vinh 20 doanh nghiệp", "buổi gặp mặt Doanh nghiệp Xuân Đinh Dậu 2017", False),
        ("Hội nghị UBTƯ MTTQ Việt Nam lần thứ VII", "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 7", False),
        ("hội nghị sơ kết học kỳ I năm học 2016-2017", "Hội nghị sơ kết học kỳ 1 năm học 2016-2017", False),
        ("hội nghị tổng kết năm 2016", "hội nghị tổng kết năm 2017", True),  # two years
        ("lần thứ 12", "thứ 7", True),
        ("sơ kết 6 tháng đầu năm 2017", "sơ kết quý 2 năm 2017", False),  # one number in common
    ]:
        assert _other_numbers(numbers(x), numbers(y)) == other, (x, y)


TURNBULL, MATTIS = person("Malcolm Turnbull", "Thủ tướng", "Australia"), person("James Mattis", "Bộ trưởng Quốc phòng")
THANG = person("Đinh La Thăng", "Bí thư", "Thành ủy TP.HCM")
LIEM = person("Trần Thanh Liêm", "Phó Chủ tịch", "UBND tỉnh Bình Dương")
BECAMEX = person("Nguyễn Văn Hùng", "Chủ tịch HĐTV", "Becamex IDC")
TAI = person("Trần Hữu Tài", "Phó Tư lệnh", "Quân khu 7")
XUAN_THANG, CHI_THANH = person("Nguyễn Xuân Thắng"), person("Vũ Chí Thành")

#: one meeting that the general evidence joined not: a year beside an edition, three officials in common across two
#: provinces, a name that refers back, a meeting abroad placed by its country alone
MORE_SAME = [
    ("the Shangri-La Dialogue named by its year and by its edition (2/6)",
     record("a.txt", kind="đối thoại", name="Đối thoại Shangri-La 2017", province=None, country="Singapore",
            start="2017-06-02", attendees=[TURNBULL, MATTIS],
            title="Thủ tướng Australia cảnh báo Trung Quốc không 'bắt nạt' ở Biển Đông"),
     record("b.txt", kind="đối thoại", name="Đối thoại Shangri-La lần thứ 16", edition=16, province=None,
            country="Singapore", start="2017-06-02", attendees=[MATTIS, TURNBULL],
            title="Đối thoại Shangri-La lần thứ 16: Tôn trọng luật pháp, chủ quyền là chìa khóa cho hòa bình")),
    ("the HCMC Secretary's session in Bình Dương, placed in HCMC by the outlets naming it by its partner (5/2)",
     record("a.txt", kind="buổi làm việc", name="buổi làm việc", province="Bình Dương", start="2017-02-05",
            attendees=[THANG, LIEM, BECAMEX],
            title="Bí thư Đinh La Thăng: TP HCM sẽ học tập mô hình nhà ở xã hội 100 triệu đồng/căn của Bình Dương"),
     record("b.txt", kind="buổi làm việc", name="làm việc với lãnh đạo Tỉnh ủy", province="Hồ Chí Minh",
            start="2017-02-05", attendees=[THANG, LIEM, person("Lê Hoàng Châu"), BECAMEX],
            title="TP.HCM học xây nhà xã hội 100 triệu đồng")),
    ("a name that refers back to what its text told (the Tân Sơn Nhất workshop of 6/7)",
     record("a.txt", kind="hội thảo", name="hội thảo về nội dung này, lắng nghe thông tin một số nhân chứng",
            province="Hồ Chí Minh", start="2017-07-06", attendees=[TAI, XUAN_THANG, CHI_THANH],
            title="Tìm mộ liệt sĩ quy mô lớn trong sân bay Tân Sơn Nhất"),
     record("b.txt", kind="hội thảo", name="hội thảo và khảo sát thực địa khu vực", province="Hồ Chí Minh",
            start="2017-07-06", attendees=[TAI, XUAN_THANG, person("Nguyễn Văn Hòa"), CHI_THANH],
            title="Nỗ lực tìm các liệt sĩ còn nằm ở Tân Sơn Nhất")),
    ("the G20 summit abroad, its name in each other's words, one leader in common (7/7)",
     record("a.txt", name="Hội nghị G20", province=None, country="Đức", start="2017-07-07", attendees=[TRUMP],
            title="Tổng thống Donald Trump sẽ gặp người đồng cấp Putin tại G20?"),
     record("b.txt", name="Hội nghị thượng đỉnh G20", province=None, country="Đức", start="2017-07-07",
            attendees=[MERKEL, TRUMP], title="Thủ tướng Đức cảnh báo ông Trump trước G20")),
]


@pytest.mark.parametrize(("case", "a", "b"), MORE_SAME, ids=[c[0] for c in MORE_SAME])
def test_reports_of_one_meeting_by_year_three_officials_a_name_referring_back_or_abroad_are_one_group(case, a, b):
    records = [*background(), a, b]
    assert [len(records) - 2, len(records) - 1] in [g.members for g in group_events(records)]


def test_a_meeting_abroad_joins_on_names_told_both_ways_not_one():
    # the EU summit's report whose title names NATO (a) is not the NATO summit (b) of that day in Brussels, one leader
    # in common; a third report of the NATO summit (c) joins b
    a = record("a.txt", name="hội nghị thượng đỉnh EU, gặp Chủ tịch Ủy ban châu Âu", province=None, country="Bỉ",
               start="2017-05-25", attendees=[TRUMP], title="Điều gì chờ đợi ông Trump ở NATO, EU?")
    b = record("b.txt", name="Hội nghị thượng đỉnh NATO", province=None, country="Bỉ", start="2017-05-25",
               attendees=[TRUMP], title="Ông Trump lần đầu dự Hội nghị thượng đỉnh NATO")
    c = record("c.txt", kind="họp", name="cuộc họp các nước thành viên NATO", province=None, country="Bỉ",
               start="2017-05-25", attendees=[TRUMP], title="Thượng đỉnh NATO: Căng thẳng chờ Mỹ và Tổng thống Trump")
    records = [*background(), a, b, c]
    n = len(records)
    groups = [g.members for g in group_events(records)]
    assert [n - 3] in groups and [n - 2, n - 1] in groups


@pytest.mark.parametrize(("name", "back"), [
    ("hội thảo về nội dung này", True),
    ("buổi làm việc với chủ cơ sở mầm non này", True),
    ("họp báo giới thiệu về sự kiện nói trên", True),
    ("phiên họp Chính phủ thường kỳ tháng 6 giữa Chính phủ và các địa phương đầu tuần này", False),  # a time
    ("hội thảo và khảo sát thực địa khu vực", False),
    ("Kỳ họp này", True),
    ("Hội nghị EU lần này", False),  # which time of the meeting, not what the text told
    ("Diễn đàn lần này có Bộ trưởng", False),
    ("Hội nghị Thượng đỉnh ASEAN lần thứ 30 này", False),  # after a number
])
def test_a_name_that_refers_back_says_nothing_of_its_own(name, back):
    from libmeet.corpus.keys import refers_back
    assert refers_back(name) is back


def test_units_and_names_referring_back_are_read_in_linear_time():
    import time

    from libmeet.corpus.keys import name_units, refers_back
    # (a hang guard, not a speed target: at these sizes the quadratic patterns took minutes, the linear ones take
    # milliseconds; speed is measured by bench/run.py and bench/adversarial.py)
    started = time.perf_counter()
    name_units("Quận " * 16000)
    name_units("quận " + "Ab, Quận, " * 8000)
    refers_back("a" * 80000)
    refers_back("x" + " " * 80000 + "y")
    assert time.perf_counter() - started < 10


HUE = person("Vương Đình Huệ", "Phó Thủ tướng")
HUE_AIDE = person("Nguyễn Văn Tùng", "Phó Chủ nhiệm", "Văn phòng Chính phủ")
#: the Bắc Ninh deputies' group debating the Law on Denunciations (30/5): one outlet places it in Bắc Ninh, where its
#: Party Secretary, its subject, is from
TO_BAC_NINH = [person("Nguyễn Nhân Chiến", "Bí thư", "Tỉnh ủy Bắc Ninh"), person("Nguyễn Hữu Chính", "Đại biểu"),
               person("Đào Tú Hoa", "Đại biểu"), person("Lê Thanh Vân", "Đại biểu")]

#: meetings of one day in two provinces that the evidence of one meeting placed elsewhere (_misplaced) must not join
MISPLACED_APART_MORE = [
    ("the Prime Minister's sessions with two provinces' leaders of one day, two ministers with him at each",
     record("a.txt", kind="buổi làm việc", name="làm việc với lãnh đạo tỉnh Hậu Giang", province="Hậu Giang",
            start="2017-05-20", attendees=[PHUC, TUAN_ANH, CUONG, person("Lữ Văn Hùng", "Bí thư", "Tỉnh ủy Hậu Giang")],
            title="Thủ tướng làm việc tại Hậu Giang"),
     record("b.txt", kind="buổi làm việc", name="làm việc với lãnh đạo tỉnh Sóc Trăng", province="Sóc Trăng",
            start="2017-05-20", attendees=[PHUC, TUAN_ANH, CUONG, person("Phan Văn Sáu", "Bí thư", "Tỉnh ủy Sóc Trăng")],
            title="Thủ tướng làm việc tại Sóc Trăng")),
    ("one host's sessions of a day with two ministries, titled alike, the names saying each another partner (20/5)",
     record("a.txt", kind="buổi làm việc", name="làm việc với Bộ Y tế về đổi mới cơ chế hoạt động",
            start="2017-05-20", attendees=[HUE, HUE_AIDE],
            title="Phó Thủ tướng Vương Đình Huệ làm việc với Bộ Y tế về đổi mới cơ chế"),
     record("b.txt", kind="buổi làm việc", name="làm việc với Bộ Giáo dục và Đào tạo về đổi mới cơ chế quản lý",
            start="2017-05-20", province="Hồ Chí Minh", attendees=[HUE, HUE_AIDE],
            title="Phó Thủ tướng Vương Đình Huệ làm việc với Bộ Giáo dục về đổi mới cơ chế")),
]


@pytest.mark.parametrize(("case", "a", "b"), MISPLACED_APART_MORE, ids=[c[0] for c in MISPLACED_APART_MORE])
def test_meetings_of_two_provinces_named_each_its_own_way_stay_apart(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        n = len(records)
        assert [n - 1] in [g.members for g in group_events(records)]


def test_a_sitting_named_by_its_form_alone_joins_across_provinces_on_three_in_common():
    # "phiên thảo luận" says no more than a sitting's form (sitting_words.txt), as "buổi làm việc" says no more than
    # its kind: placed in Bắc Ninh by one outlet, in Hà Nội by another, four deputies in common
    a = record("a.txt", kind="phiên họp", name="phiên thảo luận", province="Bắc Ninh", start="2017-05-30",
               attendees=TO_BAC_NINH, title="Bí thư Bắc Ninh đề nghị cấm đưa đơn tố cáo lên mạng xã hội")
    b = record("b.txt", kind="phiên họp", name="thảo luận tại tổ Dự án Luật Tố cáo", start="2017-05-30",
               attendees=[*TO_BAC_NINH[::-1], person("Nguyễn Bá Sơn", "Đại biểu Quốc hội")],
               title="Chấp nhận tố cáo qua fax, email, điện thoại: ĐBQH lo “tố cáo tràn lan”")
    for records in ([a, b], [*background(), a, b]):
        n = len(records)
        assert [n - 2, n - 1] in [g.members for g in group_events(records)]


def test_a_district_written_with_its_city_is_the_district():
    a = _voters("a.txt", "tiếp xúc cử tri quận 1 TP.HCM", [TRONG, THOA, TOAN], province="Hồ Chí Minh")
    b = _voters("b.txt", "tiếp xúc cử tri quận 1", [TRONG, THOA, TOAN], province="Hồ Chí Minh")
    assert [g.members for g in group_events([a, b])] == [[0, 1]]


def test_a_name_saying_which_time_of_a_meeting_still_says_which_meeting():
    # "lần này" is this time of the EU summit, not what the text told: the name says EU, the NATO summit's says NATO
    a = record("a.txt", name="Hội nghị thượng đỉnh EU lần này", province=None, country="Bỉ", start="2017-05-25",
               attendees=[TRUMP, MERKEL], title="Ông Trump gặp lãnh đạo EU")
    b = record("b.txt", name="Hội nghị thượng đỉnh NATO", province=None, country="Bỉ", start="2017-05-25",
               attendees=[MERKEL, TRUMP], title="Ông Trump lần đầu dự Hội nghị thượng đỉnh NATO")
    assert [g.members for g in group_events([a, b])] == [[0], [1]]


def test_one_conference_named_alike_is_not_split_by_the_co_chair_each_report_names():
    # one outlet names the minister who chaired, another the city's chairman who co-chaired; same name, title and day
    name, title = "Hội nghị xúc tiến đầu tư vào Đồng bằng sông Cửu Long", "Thủ tướng dự Hội nghị xúc tiến đầu tư ĐBSCL"
    a = record("a.txt", name=name, province="Cần Thơ", start="2017-06-10", title=title,
               attendees=[_chair("Nguyễn Chí Dũng", "Bộ trưởng", "Bộ KH&ĐT"), PHUC])
    b = record("b.txt", name=name, province="Cần Thơ", start="2017-06-10", title=title,
               attendees=[_chair("Trần Quốc Trung", "Bí thư", "Thành ủy Cần Thơ"), PHUC])
    assert [g.members for g in group_events([a, b])] == [[0, 1]]


def test_two_reports_named_by_their_kind_alone_weigh_as_their_attendees_in_common():
    # two "buổi tiếp xúc cử tri" with four in common weigh more than a report of another name with two in common
    from libmeet.corpus.groups import EventKey, strength
    people = [TRONG, TOAN, THOA, PHAI]
    a = _voters("a.txt", "buổi tiếp xúc cử tri", people)
    b = _voters("b.txt", "buổi tiếp xúc cử tri", people[::-1])
    c = _voters("c.txt", "tiếp xúc cử tri quận Ba Đình", people[:2])
    ka, kb, kc = (EventKey.of(i, r) for i, r in enumerate([a, b, c]))
    assert strength(ka, kb) > strength(ka, kc)


TAN = person("Phạm Thị Tân", "Hiệu trưởng", "Trường mầm non Sen Vàng")
VU_TAN = person("Vũ Thị Tân", "Hiệu trưởng", "Trường mầm non Sen Vàng")
HOA = person("Trần Lưu Hoa", "Trưởng phòng", "Phòng Giáo dục và Đào tạo quận Hai Bà Trưng")


def sen_vang(path: str, kind: str, name: str, attendees: list[dict], title: str) -> dict:
    return record(path, kind=kind, name=name, start="2017-02-07", attendees=attendees, title=title)


def test_names_telling_only_whom_one_meeting_was_with_join_groups_with_two_in_common():
    """Sen Vàng's owner and the district's office with the parents, 7/2: the reports named after the parents and after
    the office are one group; one of the first, naming the city's officials, has none of the second's people, and the
    groups have three in common."""
    records = [
        sen_vang("a.txt", "buổi làm việc", "buổi làm việc với 73 phụ huynh có con em", [TAN, HOA],
                 "Mầm non Sen Vàng xin giải thể sau vụ cô giáo bạo hành trẻ"),
        sen_vang("b.txt", "buổi làm việc", "buổi làm việc với 73 phụ huynh có con học",
                 [person("Hoàng Thanh Hương", "Trưởng phòng", "Sở GD-ĐT Hà Nội"),
                  person("Lê Hoàng Đức", "Phó Chánh văn phòng"), VU_TAN],
                 "Giáo viên dùng dép đánh vào đầu trẻ mầm non: Thông tin mới từ Sở GD-ĐT Hà Nội"),
        sen_vang("c.txt", "họp", "cuộc họp với Phòng Giáo dục và Đào tạo Q.Hai Bà Trưng", [TAN, HOA],
                 "Vụ ngược đãi trẻ em: Trường mầm non Sen Vàng yêu cầu giải thể"),
        sen_vang("d.txt", "họp", "họp cha mẹ học sinh, bố trí chuyển học sinh đang học sang trường mới",
                 [VU_TAN, TAN, HOA], ""),
    ]
    for found in (records, [*background(), *records]):
        first = len(found) - len(records)
        assert [first, first + 1, first + 2, first + 3] in [g.members for g in group_events(found)]


WASTLER_TWO_WAYS = [
    ("the guest in Vietnamese syllables and in Latin letters, named alike (the PM and Vamed's chairman, 9/7)",
     record("a.txt", kind="tiếp", name="cuộc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed", start="2017-07-09",
            province=None, country="Hà Lan",
            attendees=[PHUC, person("Ơn Oát-xlơ", "Giám đốc điều hành", "Tập đoàn Vamed")],
            title="Thủ tướng Nguyễn Xuân Phúc tiếp lãnh đạo một số hiệp hội và tập đoàn kinh tế tại Hà Lan"),
     record("b.txt", kind="tiếp", name="tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của Áo", start="2017-07-09",
            province=None, country="Hà Lan",
            attendees=[PHUC, person("Ernst Wastler", "Giám đốc điều hành", "Tập đoàn Vamed")],
            title="Các hoạt động của Thủ tướng Nguyễn Xuân Phúc tại Hà Lan")),
    ("the guest with initials and in full (the President and the Duma's chairman, 30/6)",
     record("a.txt", kind="hội kiến", name="hội kiến Chủ tịch Duma quốc gia Nga V.Volodin", start="2017-06-30",
            province=None, country=None, attendees=[person("V. Volodin", "Chủ tịch"), QUANG],
            title="Mối quan hệ Nga – Việt là đặc biệt quý giá"),
     record("b.txt", kind="hội kiến", name="cuộc hội kiến với Chủ tịch Duma Quốc gia", start="2017-06-30",
            province=None, country="Nga", attendees=[QUANG, person("Vyacheslav Volodin", "Chủ tịch")],
            title="Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Duma Quốc gia Nga")),
]


#: the President's receptions of the ministers of Canada and of Indonesia (21/5), one guest written in Vietnamese
#: syllables: names alike but for the guest, who is told by no rare word in common, so two guests
OTHER_GUEST = (
    record("a.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại quốc tế Canada", start="2017-05-21",
           attendees=[QUANG, person("Phơ-răng-xoa Săm-pa-nhơ", "Bộ trưởng")],
           title="Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Thương mại quốc tế Canada"),
    record("b.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại Indonesia", start="2017-05-21",
           attendees=[QUANG, person("Enggartiasto Lukita", "Bộ trưởng Thương mại", "Indonesia")],
           title="Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Thương mại Indonesia"))


@pytest.mark.parametrize(("case", "a", "b"), WASTLER_TWO_WAYS, ids=[c[0] for c in WASTLER_TWO_WAYS])
def test_reports_of_one_reception_naming_the_guest_two_ways_are_one_group(case, a, b):
    for records in ([a, b], [*background(), a, b]):
        groups = group_events(records)
        assert [len(records) - 2, len(records) - 1] in [g.members for g in groups]
    records = [*background(), *OTHER_GUEST]
    assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in group_events(records))


def test_receptions_of_guests_of_two_countries_are_two_groups():
    """review 39c: the receptions of the ministers of Canada and of Indonesia (21/5), named alike but for the country:
    two guests, whatever their names' first sounds (the second guest written as the first's might be)."""
    a, b = (record("a.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại Canada", start="2017-05-21",
                   attendees=[QUANG, person("Phơ-răng-xoa Săm-pa-nhơ", "Bộ trưởng")],
                   title="Chủ tịch nước tiếp Bộ trưởng Thương mại Canada"),
            record("b.txt", kind="tiếp", name="buổi tiếp Bộ trưởng Thương mại Indonesia", start="2017-05-21",
                   attendees=[QUANG, person("Enggartiasto Sampanie", "Bộ trưởng Thương mại", "Indonesia")],
                   title="Chủ tịch nước tiếp Bộ trưởng Thương mại Indonesia"))
    for records in ([a, b], [*background(), a, b]):
        assert not any({len(records) - 2, len(records) - 1} <= set(g.members) for g in group_events(records))


@pytest.mark.parametrize(("x", "y", "one"), [
    ("Ơn Oát-xlơ", "Ernst Wastler", True),  # Vietnamese syllables and Latin letters
    ("A. Cô-bi-a-cốp", "Andrei Kobyakov", True),
    ("V.Volodin", "Vyacheslav Volodin", True),  # initials
    ("V. Volodin", "Vyacheslav Volodin", True),
    ("Francois-Philippe Champagne", "Enggartiasto Lukita", False),  # one script: two people
    ("A. Cô-bi-a-cốp", "V. An-đơ-rây-tren-cô", False),
    ("D. Trump", "Melania Trump", False),
    ("Trump", "Donald Trump", False),  # a family name alone is no initial
    ("Bình Dương Mỹ Harry", "Harry Harris", False),  # no syllables hyphened
    ("Phơ-răng-xoa Săm-pa-nhơ", "Enggartiasto Lukita", False),  # review 39c: family names of other first sounds
    ("Hoan Ết-xtê-ban La-xô Ê-rơ-nan-đết", "Esteban Lazo Hernández", True),
])
def test_a_foreign_name_written_two_ways(x, y, one):
    from libmeet.corpus.keys import name_key, spelled_two_ways
    assert spelled_two_ways(name_key(x), name_key(y)) is one
    assert spelled_two_ways(name_key(y), name_key(x)) is one


# round 40: the press conference of a ministry told through one spokesman each, placed by one outlet at most; two
# parties meeting abroad, each outlet with its own kind; before and after one occasion
DT_HAI = person("Đỗ Thắng Hải", "Thứ trưởng", "Bộ Công Thương")
HANG = person("Lê Thị Thu Hằng", "Người Phát ngôn", "Bộ Ngoại giao")
LUKASHENKO = person("Alexander Lukashenko", "Tổng thống", "Belarus")
PUTIN_NGA = person("Vladimir Putin", "Tổng thống", "Nga")
TRUMP_MY = person("Donald Trump", "Tổng thống", "Mỹ")
MACRON = person("Emmanuel Macron", "Tổng thống", "Pháp")
MOON = person("Moon Jae-in", "Tổng thống", "Hàn Quốc")
MEDVEDEV = person("Dmitry Medvedev", "Thủ tướng", "Nga")
ABE = person("Shinzo Abe", "Thủ tướng", "Nhật Bản")
TILLERSON = person("Rex Tillerson", "Ngoại trưởng", "Mỹ")
BERNHARDT = person("Frank Bernhardt", "HLV trưởng")

ONE_SPOKESMAN_SAME = [
    ("Bộ Công Thương's press conference of 14/7, Đỗ Thắng Hải in each, placed by neither",
     record("a.txt", kind="họp báo", name="cuộc họp báo thường kì Bộ Công Thương", start="2017-07-14", province=None,
            attendees=[DT_HAI], title="Bộ Công Thương nhận nhiều phản ánh về Uber, Grab"),
     record("b.txt", kind="họp báo", name="buổi họp báo thường kỳ", start="2017-07-14", province=None,
            attendees=[DT_HAI], title="Quy trình kỷ luật Thứ trưởng Hồ Thị Kim Thoa")),
    ("Bộ Nội vụ's press conference of 27/6, each on another answer, one naming its spokesman alone",
     record("a.txt", kind="họp báo", name="buổi họp báo định kỳ", start="2017-06-27", province=None,
            attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ"),
                       person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ")],
            title="Không là đảng viên vẫn có thể thi tuyển lãnh đạo"),
     record("b.txt", kind="họp báo", name="họp báo định kỳ và thông tin một số nội dung", start="2017-06-27",
            province=None, attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ")],
            title="Chậm tinh giảm biên chế, người đứng đầu các Bộ, ngành chịu trách nhiệm")),
    ("the foreign ministry's press conference of 15/6, placed in Hà Nội by one outlet",
     record("a.txt", kind="họp báo", name="cuộc họp báo thường kỳ Bộ Ngoại giao", start="2017-06-15", attendees=[HANG],
            title="Bộ Ngoại giao: Sức khỏe và tinh thần của Đoàn Thị Hương ổn định"),
     record("b.txt", kind="họp báo", name="cuộc họp báo thường kỳ", start="2017-06-15", province=None, country=None,
            attendees=[HANG], title="Trung Quốc quân sự hóa biển Đông không thay đổi được chủ quyền của Việt Nam")),
    ("the Central Committee's plenum closing, 10/5: the General Secretary's speech and the communiqué",
     record("a.txt", name="hội nghị Trung ương lần thứ năm", start="2017-05-10", province=None, edition=5,
            attendees=[person("Nguyễn Phú Trọng", "Tổng bí thư", roles=["phát biểu bế mạc"])],
            title="Tổng bí thư: Bài học không chỉ với ông Đinh La Thăng"),
     record("b.txt", name="Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII", start="2017-05-10",
            province=None, edition=5,
            attendees=[NGAN, QUANG, PHUC, person("Nguyễn Phú Trọng", "Tổng Bí thư", roles=["phát biểu bế mạc"])],
            title="Thông cáo báo chí Phiên bế mạc của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII")),
]

ONE_SPOKESMAN_APART = [
    ("the coach's press conferences before and after the match (U23 Việt Nam, 7/2), the one naming him alone",
     record("a.txt", kind="họp báo", name="buổi họp báo trước trận U23 Việt Nam gặp U23 Malaysia", start="2017-02-07",
            province=None, attendees=[person("Hữu Thắng", "HLV")],
            title="U23 Việt Nam: Tiến Dũng – Duy Mạnh chuyện tấm băng đội trưởng"),
     record("b.txt", kind="họp báo", name="Họp báo sau trận", start="2017-02-07", province=None,
            attendees=[person("Hữu Thắng", "HLV"), BERNHARDT],
            title="HLV Hữu Thắng nửa mừng nửa lo sau trận thắng U23 Malaysia")),
    # (review 40d: names with no partner, which strength would weigh first, so that only _one_of_the_day's kind sets
    # them apart)
    ("one official's working sessions of a day, placed by neither (a kind held several a day, not once a day)",
     record("a.txt", kind="buổi làm việc", start="2017-05-20", province=None, attendees=[HUE],
            name="buổi làm việc về đổi mới cơ chế hoạt động, cơ chế tài chính của đơn vị sự nghiệp y tế công lập",
            title="Nhiều cơ sở y tế vẫn muốn được Nhà nước 'bao cấp'"),
     record("b.txt", kind="buổi làm việc", start="2017-05-20", province=None, attendees=[HUE],
            name="buổi làm việc về cơ chế quản lý, cơ chế tài chính, tổ chức hệ thống các đơn vị sự nghiệp công lập",
            title="Đổi mới cơ chế quản lý đại học")),
    ("review 40d: a numbered conference named by its number alone and another body's of that number and day, one "
     "official at each (the Front's and the HCMC Party Committee's, Nguyễn Thiện Nhân chairing both)",
     record("a.txt", name="Hội nghị lần thứ 7", start="2017-06-22", province=None, edition=7,
            attendees=[person("Trần Thanh Mẫn", "Phó Chủ tịch"), person("Nguyễn Thiện Nhân", "Chủ tịch")],
            title="Đồng chí Trần Thanh Mẫn được hiệp thương cử giữ chức Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"),
     record("b.txt", name="Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ TP HCM khóa X", start="2017-06-22", province=None,
            edition=7, attendees=[person("Nguyễn Thiện Nhân", "Bí thư Thành ủy")],
            title="TP HCM chú trọng nguồn lực tư nhân")),
]


def _together(records: list[dict]) -> bool:
    return any({len(records) - 2, len(records) - 1} <= set(g.members) for g in group_events(records))


def test_one_spokesman_joins_the_reports_of_a_press_conference_placed_by_one_outlet_at_most():
    """review 40 (E20, E16): a ministry's press conference of a day, each report through another answer of one official,
    placed by one outlet at most, the one naming no one the other does not, is one meeting; so is one day of a numbered
    meeting; not two sides of one match, nor a kind held several a day."""
    for case, a, b in ONE_SPOKESMAN_SAME:
        for records in ([a, b], [*background(), a, b]):
            assert _together(records), case
    for case, a, b in ONE_SPOKESMAN_APART:
        for records in ([a, b], [*background(), a, b]):
            assert not _together(records), case


ONE_PARTY_SAME = [
    ("the President's talks with Lukashenko (Minsk, 27/6), one report naming the two presidents only",
     record("a.txt", kind="hội đàm", name="hội đàm hẹp", start="2017-06-27", province=None, country="Belarus",
            attendees=[QUANG, LUKASHENKO, MINH, person("Vladimir Makei", "Bộ trưởng", "Bộ Ngoại giao")],
            title="Thúc đẩy mạnh mẽ hợp tác Việt Nam - Belarus trên mọi lĩnh vực"),
     record("b.txt", kind="hội đàm", name="hội đàm với Tổng thống Belarus Lukashenko", start="2017-06-27",
            province=None, country="Belarus", attendees=[QUANG, LUKASHENKO],
            title="Hình ảnh chuyến thăm Belarus của Chủ tịch nước Trần Đại Quang")),
    ("the President's talks with Putin (Moscow, 29/6), a cuộc gặp of one outlet, a hội đàm of the other",
     record("a.txt", kind="cuộc gặp", name="cuộc gặp hẹp và hội đàm", start="2017-06-29", province=None, country="Nga",
            attendees=[QUANG, PUTIN_NGA, MINH, person("Sergey Lavrov", "Bộ trưởng", "Bộ Ngoại giao")],
            title="Xung lực mới cho sự phát triển của quan hệ hai nước Việt Nam - Liên bang Nga"),
     record("b.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga Vladimir Putin", start="2017-06-29",
            province=None, country="Nga", attendees=[QUANG, PUTIN_NGA],
            title="Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Putin")),
    ("Trump and Putin (Hamburg, 7/7), names telling how long it lasted or that it was the first",
     record("a.txt", kind="cuộc gặp", name="cuộc gặp kín kéo dài hơn 120 phút bên lề hội nghị thượng đỉnh G20",
            start="2017-07-07", province=None, country="Đức",
            attendees=[TRUMP_MY, PUTIN_NGA, person("Sergey Lavrov", "Ngoại trưởng", "Nga"),
                       person("Rex Tillerson", "Ngoại trưởng", "Mỹ")],
            title="Chiến thắng cho Putin trong lần đối mặt đầu tiên với Trump"),
     record("b.txt", kind="hội đàm", name="cuộc hội đàm trực tiếp chính thức đầu tiên", start="2017-07-07",
            province=None, country="Đức", attendees=[TRUMP_MY, PUTIN_NGA],
            title="Tổng thống Nga, Mỹ gặp chính thức lần đầu tiên bên lề G20")),
]

ONE_PARTY_APART = [
    ("the talks and the joint press conference after them (Putin and Macron, Versailles, 29/5)",
     record("a.txt", kind="cuộc gặp", name="gặp người đồng cấp Emmanuel Macron", start="2017-05-29", province=None,
            country="Pháp", attendees=[PUTIN_NGA, MACRON],
            title="Ông Putin gặp ông Macron, kỷ niệm 300 năm quan hệ Nga - Pháp"),
     record("b.txt", kind="họp báo", name="buổi họp báo chung", start="2017-05-29", province=None, country="Pháp",
            attendees=[MACRON, PUTIN_NGA], title="Cuộc gặp thượng đỉnh Nga-Pháp: Không ngại động chạm lẫn nhau")),
    ("two hosts of one guest abroad, each report naming its host: neither within the other",
     record("a.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga Vladimir Putin", start="2017-06-29",
            province=None, country="Nga", attendees=[QUANG, PUTIN_NGA],
            title="Chủ tịch nước hội đàm với Tổng thống Nga"),
     record("b.txt", kind="hội kiến", name="hội kiến Thủ tướng Nga Dmitry Medvedev", start="2017-06-29", province=None,
            country="Nga", attendees=[QUANG, person("Dmitry Medvedev", "Thủ tướng", "Nga")],
            title="Chủ tịch nước hội kiến Thủ tướng Nga")),
    ("a reception and talks of one guest at home, named alike (the President and the minister, Interpol, 6/7)",
     record("a.txt", kind="tiếp", name="buổi tiếp Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế", start="2017-07-06",
            attendees=[QUANG, person("Jürgen Stock", "Tổng Thư ký", "Interpol")],
            title="Chủ tịch nước Trần Đại Quang tiếp Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế"),
     record("b.txt", kind="hội đàm", start="2017-07-06",
            name="hội đàm với Đoàn đại biểu cấp cao Ban Tổng Thư ký Tổ chức Cảnh sát Hình sự Quốc tế",
            attendees=[person("Tô Lâm", "Bộ trưởng", "Bộ Công an"), person("Jürgen Stock", "Tổng Thư ký", "Interpol")],
            title="Tăng cường hợp tác giữa Bộ Công an Việt Nam và Interpol")),
    ("review 40d: the guest's meeting with the Speaker, its name naming him, and the talks of the two presidents "
     "(Moon Jae-in in Washington, 29/6)",
     record("a.txt", kind="cuộc gặp", name="cuộc gặp với Chủ tịch Hạ viện Mỹ Paul Ryan", start="2017-06-29",
            province=None, country="Hoa Kỳ",
            attendees=[TRUMP_MY, MOON, person("Paul Ryan", "Chủ tịch Hạ viện", "Mỹ")],
            title="Trump: Thời kỳ kiên nhẫn chiến lược với Triều Tiên đã hết"),
     record("b.txt", kind="hội đàm", name="hội đàm", start="2017-06-29", province=None, country="Hoa Kỳ",
            attendees=[TRUMP_MY, person("Moon Jae-In", "Tổng thống", "Hàn Quốc")],
            title="Cuối tháng này, Tổng thống Mỹ gặp Tổng thống Hàn Quốc tại Nhà Trắng")),
]


def test_two_parties_meeting_abroad_are_one_group_whatever_kind_each_outlet_gives():
    """review 40 (E21, E27, seed 249 S32): two records of one day abroad naming the same people, a foreign one among
    them, one within the other, are one meeting, a "cuộc gặp" of one outlet being a "hội đàm" of the next; not the
    joint press conference, another host, nor a reception and talks of one guest at home."""
    for case, a, b in ONE_PARTY_SAME:
        for records in ([a, b], [*background(), a, b]):
            assert _together(records), case
    for case, a, b in ONE_PARTY_APART:
        for records in ([a, b], [*background(), a, b]):
            assert not _together(records), case


# review 40d: a report naming more of a day abroad chains no two meetings of two parties into one
PARTIES_CHAINED = [
    ("the President's talks with Putin and hội kiến with Medvedev (Moscow, 29/6), a report of his visit naming both",
     record("a.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga Vladimir Putin", start="2017-06-29",
            province=None, country="Nga", attendees=[QUANG, PUTIN_NGA],
            title="Chủ tịch nước hội đàm với Tổng thống Nga"),
     record("c.txt", kind="hội kiến", name="hội kiến Thủ tướng Nga Dmitry Medvedev", start="2017-06-29", province=None,
            country="Nga", attendees=[QUANG, MEDVEDEV], title="Chủ tịch nước hội kiến Thủ tướng Nga"),
     record("b.txt", kind="hội đàm", name="hội đàm", start="2017-06-29", province=None, country="Nga",
            attendees=[QUANG, PUTIN_NGA, MEDVEDEV], title="Chủ tịch nước kết thúc chuyến thăm Nga")),
    ("Trump's talks with Putin and with Abe (Hamburg, 8/7), Tillerson at each, a report of his day naming the two",
     record("a.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga", start="2017-07-08", province=None,
            country="Đức", attendees=[TRUMP_MY, PUTIN_NGA, TILLERSON], title="Trump và Putin hội đàm về Syria"),
     record("c.txt", kind="hội đàm", name="hội đàm với Thủ tướng Nhật Bản", start="2017-07-08", province=None,
            country="Đức", attendees=[TRUMP_MY, ABE, TILLERSON], title="Trump và Abe bàn về Triều Tiên"),
     record("b.txt", kind="hội đàm", name="các cuộc hội đàm song phương", start="2017-07-08", province=None,
            country="Đức", attendees=[TRUMP_MY, TILLERSON],
            title="Ngày làm việc thứ hai của Tổng thống Mỹ tại Hamburg")),
    ("the same, one of the two a cuộc gặp",
     record("a.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga", start="2017-07-08", province=None,
            country="Đức", attendees=[TRUMP_MY, PUTIN_NGA, TILLERSON], title="Trump và Putin hội đàm về Syria"),
     record("c.txt", kind="cuộc gặp", name="cuộc gặp song phương với Thủ tướng Nhật Bản", start="2017-07-08",
            province=None, country="Đức", attendees=[TRUMP_MY, ABE, TILLERSON], title="Trump và Abe bàn về Triều Tiên"),
     record("b.txt", kind="hội đàm", name="các cuộc hội đàm song phương", start="2017-07-08", province=None,
            country="Đức", attendees=[TRUMP_MY, TILLERSON],
            title="Ngày làm việc thứ hai của Tổng thống Mỹ tại Hamburg")),
]


@pytest.mark.parametrize(("case", "a", "c", "b"), PARTIES_CHAINED, ids=[c[0][:40] for c in PARTIES_CHAINED])
def test_a_report_naming_two_meetings_abroad_chains_them_not(case, a, c, b):
    """review 40d: a report naming the people of two meetings of two parties abroad (each within it) joins one of
    them at most: the two name each another foreigner, or whom each was with and a foreigner the other does not
    name; in any order of the records."""
    for records in itertools.permutations([a, b, c]):
        for table in (list(records), [*background(), *records]):
            paths = [r["source"]["path"] for r in table]
            groups = [{paths[i] for i in g.members} for g in group_events(table)]
            assert not any({"a.txt", "c.txt"} <= g for g in groups), case


def test_one_meeting_abroad_told_from_each_side_is_one_group():
    """review 40d: "X hội đàm với Y", "Y tiếp X" and "Y hội đàm với X" (whom each was with told from its side, the
    same people named) are one meeting (the President's talks in Moscow, 29/6)."""
    records = [
        record("a.txt", kind="hội đàm", name="hội đàm với Tổng thống Nga Vladimir Putin", start="2017-06-29",
               province=None, country="Nga", attendees=[QUANG, PUTIN_NGA],
               title="Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Putin"),
        record("b.txt", kind="tiếp", name="tiếp Chủ tịch nước Trần Đại Quang", start="2017-06-29", province=None,
               country="Nga", attendees=[PUTIN_NGA, QUANG], title="Tổng thống Putin tiếp Chủ tịch nước"),
        record("c.txt", kind="hội đàm", name="hội đàm với Chủ tịch nước Trần Đại Quang", start="2017-06-29",
               province=None, country="Nga", attendees=[PUTIN_NGA, QUANG, person("Sergey Lavrov", "Ngoại trưởng")],
               title="Nga và Việt Nam nâng tầm quan hệ đối tác chiến lược toàn diện"),
    ]
    for table in itertools.permutations(records):
        assert len(group_events(list(table))) == 1
        assert _together([*background(), *table[:2]]) and _together([*background(), *table[1:]])


# review 40d: the Ministry of Home Affairs' press conference of 27/6 as the bench tells it, each report through other
# officials, pairs of them alike: the groups are the same whatever order the records come in (ties broken by the pair's
# ids, not by which comes first)
NOI_VU = [
    record("22629901.txt", kind="họp báo", name="cuộc họp báo", start="2017-06-27", province=None,
           attendees=[person("Nguyễn Mạnh Khương", "Phó Chánh Thanh tra", "Bộ Nội vụ"),
                      person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ")],
           title="Giám đốc Sở TN&MT Yên Bái được bổ nhiệm khi chưa đủ điều kiện"),
    record("22627458.txt", kind="họp báo", name="buổi họp báo định kỳ của Bộ Nội vụ", start="2017-06-27",
           province=None, attendees=[person("Phạm Sỹ Quý", "Giám đốc", "Sở Tài nguyên và Môi trường Yên Bái"),
                                     person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ"),
                                     person("Nguyễn Mạnh Khương", "Phó Chánh Thanh tra", "Bộ Nội vụ")],
           title="Ông Phạm Sỹ Quý làm Giám đốc Sở TN&MT Yên Bái khi chưa đủ điều kiện"),
    record("22627493.txt", kind="họp báo", name="buổi họp báo định kỳ", start="2017-06-27", province=None,
           attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ"),
                      person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ")],
           title="Không là đảng viên vẫn có thể thi tuyển lãnh đạo"),
    record("22626602.txt", kind="họp báo", name="buổi họp báo thường kỳ", start="2017-06-27", province=None,
           attendees=[person("Phạm Sỹ Quý"), person("Phạm Thị Thanh Trà", "Bí thư", "tỉnh Yên Bái"),
                      person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ"),
                      person("Nguyễn Mạnh Khương", "Phó chánh Thanh tra", "Bộ Nội vụ")],
           title="Bộ Nội vụ nói gì vụ bổ nhiệm em trai Bí thư Yên Bái?"),
    record("22626149.txt", kind="họp báo", name="họp báo định kỳ cung cấp thông tin", start="2017-06-27", province=None,
           attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng"), person("Nguyễn Tiến Thành")],
           title="Bộ Nội vụ trả lời về bổ nhiệm sai, lạm phát cấp phó"),
    record("22627419.txt", kind="họp báo", name="họp báo định kỳ và thông tin một số nội dung", start="2017-06-27",
           province=None, attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ")],
           title="Chậm tinh giảm biên chế, người đứng đầu các Bộ, ngành chịu trách nhiệm"),
    record("22627056.txt", kind="họp báo", name="buổi họp báo thông báo kết quả công tác quý II của Bộ Nội vụ",
           start="2017-06-27", attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ"),
                                          person("Nguyễn Mạnh Khương", "Phó Chánh Thanh tra", "Bộ Nội vụ"),
                                          person("Trương Hải Long", "Vụ trưởng", "Bộ Nội vụ")],
           title="Bộ Nội vụ phát hiện nhiều sai phạm trong bổ nhiệm cán bộ"),
    record("22628322.txt", kind="họp báo", name="họp báo thường kỳ Bộ Nội vụ", start="2017-06-27", province=None,
           attendees=[person("Nguyễn Duy Thăng", "Thứ trưởng", "Bộ Nội vụ"),
                      person("Trương Hải Long", "Vụ trưởng", "Bộ Nội vụ")],
           title="Bộ Nội vụ vẫn chờ Hà Nội báo cáo phương án giảm Phó giám đốc Sở Nội vụ"),
    record("22626573.txt", kind="họp báo", name="buổi họp báo định kỳ", start="2017-06-27", province=None,
           attendees=[person("Nguyễn Tiến Thành", "Chánh Văn phòng", "Bộ Nội vụ")],
           title="Điểm mặt 11 địa phương 'lạm phát' cấp phó"),
]


def test_groups_are_the_same_in_any_order_of_the_records():
    """review 40d: pairs of equal strength are joined in the order of their ids, so the order of the records changes
    no group (the Ministry of Home Affairs' press conference of 27/6: one meeting in one order, two in another)."""
    seen = set()
    for seed in range(30):
        table = list(NOI_VU)
        random.Random(seed).shuffle(table)
        seen.add(frozenset(frozenset(table[i]["source"]["path"] for i in g.members) for g in group_events(table)))
    assert seen == {frozenset({frozenset(r["source"]["path"] for r in NOI_VU)})}


@pytest.mark.parametrize(("name", "sides"), [
    ("cuộc họp báo trước trận đấu", {"before trận"}),
    ("Họp báo sau trận", {"after trận"}),
    ("tiếp xúc cử tri trước kỳ họp thứ 3", {"before kỳ"}),
    ("buổi họp báo thường kỳ", set()),
])
def test_the_side_of_an_occasion_a_name_sets_its_meeting_on(name, sides):
    from libmeet.corpus.keys import name_sides
    assert name_sides(name) == sides


@pytest.mark.parametrize(("name", "found"), [
    ("cuộc gặp kín kéo dài hơn 120 phút bên lề hội nghị thượng đỉnh G20", set()),  # how long, not which
    ("cuộc hội đàm kéo dài hơn 2 giờ đồng hồ", set()),
    ("Hội nghị Xúc tiến đầu tư vùng Tây Nguyên lần thứ 4", {"4"}),
])
def test_how_long_a_meeting_lasted_is_no_number_of_its_name(name, found):
    from libmeet.corpus.keys import numbers
    assert numbers(name) == found
