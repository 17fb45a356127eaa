"""libmeet.sqlite: the schema holds together, and README's analyst queries answer what they say."""
from __future__ import annotations

import re
import sqlite3

import pytest

from libmeet.corpus.build import build_corpus
from libmeet.corpus.database import write_database

from .conftest import REPO
from .corpus_records import person, record

DAM = person("Vũ Đức Đam", "Phó Thủ tướng")
CHUNG = person("Nguyễn Đức Chung", "Chủ tịch", "UBND TP")
RECORDS = [
    # one meeting reported twice: counts once
    record("a1.txt", title="Hà Nội đẩy mạnh cải cách hành chính năm 2017", start="2017-02-06",
           attendees=[DAM, CHUNG], directions=["Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ"]),
    record("a2.txt", title="Hà Nội đẩy mạnh cải cách hành chính năm 2017", start="2017-02-06",
           attendees=[person("Vũ Đức Đam", "Phó Thủ tướng Chính phủ"), CHUNG]),
    record("b.txt", title="Tổng kết ngành y tế Thủ đô", start="2017-03-01", attendees=[CHUNG],
           directions=["Giảm tải bệnh viện tuyến trên"]),
    record("c.txt", title="Hội nghị xúc tiến đầu tư Đà Nẵng", start="2017-03-01", province="Đà Nẵng",
           attendees=[DAM], directions=["Cải cách hành chính mạnh mẽ hơn nữa"], organizers=["UBND TP Đà Nẵng"]),
    record("d.txt", title="Hội nghị năm trước", start="2016-12-01", attendees=[CHUNG]),
    record("copy/a1.txt", title="Hà Nội đẩy mạnh cải cách hành chính năm 2017", start="2017-02-06",
           attendees=[DAM, CHUNG], content="a1.txt"),  # an exact duplicate of a1.txt
]


def readme_queries() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, re.S)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "libmeet.sqlite"
    write_database(path, build_corpus(RECORDS), meta={"made_by": "test"})
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def test_readme_shows_three_queries():
    assert len(readme_queries()) == 3


def test_who_attended_most_meetings_of_a_province(db):
    rows = db.execute(readme_queries()[0]).fetchall()
    assert [(name, n) for _, name, n in rows] == [("Nguyễn Đức Chung", 2), ("Vũ Đức Đam", 1)]


def test_every_meeting_a_person_attended(db):
    rows = db.execute(readme_queries()[1]).fetchall()
    assert [(date, province) for _, date, _, _, province, _ in rows] == [("2017-02-06", "Hà Nội"),
                                                                        ("2017-03-01", "Đà Nẵng")]
    assert {who for *_, who in rows} == {"Vũ Đức Đam"}


def test_directions_that_mention_a_phrase(db):
    rows = db.execute(readme_queries()[2]).fetchall()
    assert [(date, province) for date, province, _, _ in rows] == [("2017-02-06", "Hà Nội"),
                                                                  ("2017-03-01", "Đà Nẵng")]


def test_search_ignores_accents_and_tone_placement(db):
    query = "SELECT count(*) FROM directions_fts WHERE directions_fts MATCH ?"
    assert db.execute(query, ['"cai cach hanh chinh"']).fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'thu đo'").fetchone()[0] == 1


def test_tables_rows_and_references(db):
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("groups", "events", "sources", "people", "attendees", "directions", "organizers")}
    # six files, one an exact duplicate: five events, four meetings; every file is a source
    assert counts == {"groups": 4, "events": 5, "sources": 6, "people": 2, "attendees": 7, "directions": 3,
                      "organizers": 1}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT value FROM meta WHERE key = 'made_by'").fetchone() == ("test",)
    # the implicit city of "UBND TP" is the event's: one organisation for Hà Nội's people's committee
    assert db.execute("SELECT count(DISTINCT organisation_id) FROM attendees WHERE organization = 'UBND TP'"
                      ).fetchone() == (1,)


def test_every_join_column_is_indexed(db):
    indexed = {(t, row[2]) for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
               for idx in db.execute(f"PRAGMA index_list('{t}')") for row in db.execute(f"PRAGMA index_info('{idx[1]}')")}
    for table in ("events", "sources", "positions", "attendees", "organizers", "directions"):
        for fk in db.execute(f"PRAGMA foreign_key_list('{table}')"):
            assert (table, fk[3]) in indexed, f"{table}.{fk[3]} has no index"


def test_the_library_offers_what_ingest_writes(tmp_path):
    import libmeet

    corpus = libmeet.build_corpus(RECORDS)
    assert isinstance(corpus, libmeet.Corpus) and len(corpus.groups) == 4
    libmeet.write_database(tmp_path / "x.sqlite", corpus)
    with sqlite3.connect(tmp_path / "x.sqlite") as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (2,)
