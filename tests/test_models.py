import datetime as dt

import pytest
from pydantic import ValidationError

from libmeet.models import Attendance, Event, Person, Source, event_schema

SHA = "0" * 64


def make(**kw):
    return Event(id="ev-1", source=Source(path="a.txt", sha256=SHA), **kw)


def test_end_before_start_is_rejected():
    with pytest.raises(ValidationError, match="before start_date"):
        make(start_date=dt.date(2022, 11, 5), end_date=dt.date(2022, 11, 4))


def test_implausible_year_is_rejected():
    with pytest.raises(ValidationError, match="not plausible"):
        make(start_date=dt.date(1020, 10, 8))


def test_negative_counts_rejected():
    with pytest.raises(ValidationError):
        Attendance(delegates=-1)


def test_empty_name_rejected():
    with pytest.raises(ValidationError):
        Person(name="  ")


def test_unknown_keys_rejected_on_input():
    record = make().model_dump(mode="json")
    record["colour"] = "blue"
    with pytest.raises(ValidationError, match="colour"):
        Event.model_validate(record)


def test_json_round_trip_uses_iso_dates():
    event = make(start_date=dt.date(2020, 10, 8), end_date=dt.date(2020, 10, 8))
    record = event.model_dump(mode="json")
    assert record["start_date"] == "2020-10-08"
    assert Event.model_validate_json(event.model_dump_json()) == event


def test_kind_is_lower_case():
    assert make(kind="Hội Nghị").kind == "hội nghị"


def test_schema_names_the_spec_fields():
    schema = event_schema()
    for key in ("id", "source", "kind", "name", "edition", "start_date", "end_date", "place", "organizers",
                "attendees", "attendance", "directions", "evidence", "warnings"):
        assert key in schema["properties"]
