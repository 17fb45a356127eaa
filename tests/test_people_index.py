"""People across events: one person_id per real person, never two people merged on a common name alone."""
from __future__ import annotations

import pytest

from libmeet.corpus.keys import org_key
from libmeet.corpus.people_index import index_people

from .corpus_records import person, record


def ids_of(*records: dict, groups: list[str] | None = None) -> list[list[str]]:
    ids, _ = index_people(records, groups or [f"g{i}" for i in range(len(records))])
    return ids


SAME = [
    ("tone-mark placement and the ministry's abbreviation",
     person("Nguyễn Thị Thuý", "Thứ trưởng", "Bộ TT&TT"), person("Nguyễn Thị Thúy", "Thứ trưởng",
                                                                  "Bộ Thông tin và Truyền thông")),
    ("a new position in the same organisation",
     person("Lê Văn Nam", "Phó Giám đốc", "Sở GD&ĐT Hà Nội"), person("Lê Văn Nam", "Giám đốc",
                                                                      "Sở Giáo dục và Đào tạo Hà Nội")),
    ("the same position, one organisation unnamed", person("Vũ Đức Đam", "Phó Thủ tướng"),
     person("Vũ Đức Đam", "Phó Thủ tướng", "Chính phủ")),
    ("case and spacing", person("Trần  Văn  An", None, "UBND tỉnh Nam Định"),
     person("trần văn an", None, "Ủy ban nhân dân tỉnh Nam Định")),
]

APART = [
    ("a common name in two organisations", person("Nguyễn Văn Hùng", "Giám đốc", "Sở Y tế"),
     person("Nguyễn Văn Hùng", "Giám đốc", "Sở Tài chính")),
    ("a common name with nothing else said", person("Nguyễn Văn Hùng"), person("Nguyễn Văn Hùng")),
    ("a common name, one with a position, one bare", person("Nguyễn Văn Hùng", "Chủ tịch"), person("Nguyễn Văn Hùng")),
    ("two positions and no organisation", person("Nguyễn Văn Hùng", "Chủ tịch"), person("Nguyễn Văn Hùng", "Bí thư")),
    ("two names", person("Nguyễn Văn Hùng", "Bộ trưởng", "Bộ Y tế"), person("Nguyễn Văn Hưng", "Bộ trưởng", "Bộ Y tế")),
]


@pytest.mark.parametrize(("case", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_one_person_across_events_and_spellings(case, a, b):
    ids = ids_of(record("a.txt", attendees=[a]), record("b.txt", attendees=[b], start="2017-06-01"))
    assert ids[0][0] == ids[1][0]


@pytest.mark.parametrize(("case", "a", "b"), APART, ids=[c[0] for c in APART])
def test_two_people_stay_two(case, a, b):
    ids = ids_of(record("a.txt", attendees=[a]), record("b.txt", attendees=[b], start="2017-06-01"))
    assert ids[0][0] != ids[1][0]


def test_two_reports_of_one_meeting_name_one_person():
    a = record("a.txt", attendees=[person("Nguyễn Văn Hùng")])
    b = record("b.txt", attendees=[person("Nguyễn Văn Hùng", "Chủ tịch")])
    assert len({pid for row in ids_of(a, b, groups=["g", "g"]) for pid in row}) == 1


def test_an_implicit_city_takes_the_events_province():
    assert org_key("UBND TP", "Hà Nội") == org_key("Ủy ban nhân dân thành phố Hà Nội") == org_key("UBND TP Hà Nội")
    assert org_key("UBND TP", "Đà Nẵng") != org_key("UBND TP Hà Nội")
    assert org_key("Phòng Thương mại và Công nghiệp Việt Nam (VCCI)") == org_key("VCCI")


def test_people_list_names_positions_and_dates():
    records = [
        record("a.txt", start="2017-01-05", attendees=[person("Nguyễn Thị Thuý", "Phó Giám đốc", "Sở Y tế")]),
        record("b.txt", start="2017-03-01", attendees=[person("Nguyễn Thị Thúy", "Giám đốc", "Sở Y tế")]),
        record("c.txt", start="2017-06-30", attendees=[person("Nguyễn Thị Thúy", "Giám đốc", "Sở Y tế")]),
    ]
    ids, people = index_people(records, ["g1", "g2", "g3"])
    assert len(people) == 1
    (who,) = people
    assert who.id == ids[0][0] and who.events == 3
    assert who.name == "Nguyễn Thị Thúy" and who.names == ["Nguyễn Thị Thuý", "Nguyễn Thị Thúy"]
    assert [(p.position, p.first, p.last, p.events) for p in who.posts] == [
        ("Phó Giám đốc", "2017-01-05", "2017-01-05", 1), ("Giám đốc", "2017-03-01", "2017-06-30", 2)]
    assert (who.first, who.last) == ("2017-01-05", "2017-06-30")
