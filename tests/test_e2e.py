"""End to end over ../shared/corpus/dev: the score must not fall below what we have reached."""
import shutil

import pytest

from .conftest import DEV_GOLD, DEV_RAW, load_scorer

# Floors: a little below what the 96-article dev set reaches now (issue 10's targets are higher: dev overall
# >= 0.95, detection >= 0.97, start date >= 0.95, province >= 0.93, attendee F1 >= 0.93, directions >= 0.75).
# Raise them as extraction improves, never lower them.
FLOORS = {
    "detection_f1": 0.97,
    "start_date": 0.95,
    "end_date": 0.93,
    "province": 0.93,
    "city": 0.95,
    "online": 0.95,
    "delegates": 0.65,
    "organizations": 0.4,
    "attendee_f1": 0.945,
    "position": 0.92,
    "directions_token_f1": 0.79,
    "overall": 0.93,
}
SEEDS = ("000_972f7865f036ce15", "001_1f04642cc6b74e91", "002_0a3b6ffde16e458c", "003_789379bd2b38e1df",
         "004_7526c53728ed7881")


@pytest.mark.parametrize("metric, floor", sorted(FLOORS.items()))
def test_dev_score_floor(dev_scores, metric, floor):
    value = dev_scores["metrics"][metric]
    assert value is not None and value >= floor, f"{metric} = {value} fell below {floor}"


def test_seed_articles_are_read_right(dev_out, tmp_path):
    """The five sample articles: dates, province and online exact, attendees nearly all."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for stem in SEEDS:
        shutil.copy(DEV_GOLD / f"{stem}.json", gold_dir)
    metrics = load_scorer().score(gold_dir, dev_out / "events.json")["metrics"]
    for key in ("detection_f1", "start_date", "end_date", "province", "online"):
        assert metrics[key] == 1.0, (key, metrics[key])
    assert metrics["attendee_f1"] >= 0.95


def test_every_dev_value_keeps_its_evidence(dev_out):
    """A user can see why: each date, province, attendee and direction points at the text it came from."""
    import json

    for record in json.loads((dev_out / "events.json").read_text(encoding="utf-8")):
        path, evidence = record["source"]["path"], record["evidence"]
        for field in ("start_date", "end_date", "kind", "name"):
            if record[field] is not None:
                assert evidence.get(field), (path, field)
        if record["place"]["province"] and not record["place"]["inferred"]:
            assert evidence.get("place.province"), path
        for index, _ in enumerate(record["attendees"]):
            assert evidence.get(f"attendees.{index}"), (path, index)
        for index, _ in enumerate(record["directions"]):
            assert evidence.get(f"directions.{index}"), (path, index)


@pytest.mark.skipif(not (DEV_RAW / "html_2.html").is_file(), reason="dev corpus not beside the checkout")
def test_a_schools_own_page_places_its_meeting_at_the_schools_address():
    """html_2: "Hội thảo Khai vấn học đường - khai mở tiềm năng tại Olympia" on The Olympia Schools' page, whose text
    names no city; the page's contact block gives the school's address in Hà Nội (the gold's province)."""
    from libmeet import parse_file

    event = parse_file(DEV_RAW / "html_2.html")
    assert (event.place.province, event.place.country, event.place.online) == ("Hà Nội", "Việt Nam", False)
    assert event.place.inferred
    assert "the place is the host's own address on its page: Hà Nội (KĐT Trung Văn, Nam Từ Liêm, Hà Nội)" \
        in event.warnings
