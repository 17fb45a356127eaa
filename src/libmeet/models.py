"""The event record of SPEC.md as pydantic models.

Validation means something here: dates are ISO dates within plausible years, an
event never ends before it starts, counts are never negative, names are never
empty, and unknown keys are rejected when a record is read back from JSON.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

#: years a meeting report can plausibly talk about
MIN_YEAR = 1945
MAX_YEAR = 2100

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Span = tuple[int, int]


class Strict(BaseModel):
    """Base: unknown keys are an error, values are re-validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def _plausible(value: dt.date | None) -> dt.date | None:
    if value is not None and not (MIN_YEAR <= value.year <= MAX_YEAR):
        raise ValueError(f"year {value.year} is not plausible for a meeting report ({MIN_YEAR}-{MAX_YEAR})")
    return value


class Source(Strict):
    path: Annotated[str, StringConstraints(min_length=1)]  # exact: a file name may begin or end with a space
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    encoding: str | None = Field(None, description="the encoding the file was decoded from (utf-8, utf-16, cp1258, tcvn3, vni ...)")
    format: str | None = Field(None, description="txt, html or md")

    _check_published = field_validator("published")(classmethod(lambda cls, v: _plausible(v)))


class Place(Strict):
    text: str | None = Field(None, description="the place phrase as written")
    venue: str | None = None
    city: str | None = Field(None, description="provincial city or town, when named")
    province: str | None = Field(None, description="province as named at the time of the event, without tỉnh/thành phố")
    province_2025: str | None = Field(None, description="the province it belongs to after the 1 July 2025 merger")
    country: str | None = "Việt Nam"
    online: bool = False
    inferred: bool = Field(False, description="true when the province is implied (a local official's welcome, a field visit), not stated")


class Person(Strict):
    name: NonEmpty
    honorific: str | None = Field(None, description="ông, bà, đồng chí ...")
    academic_title: str | None = Field(None, description="TS., ThS., PGS.TS., GS.TSKH. ...")
    position: str | None = None
    organization: str | None = None
    roles: list[str] = Field(default_factory=list, description="chair, opening speech, speaker, guest ...")
    person_id: str | None = Field(None, description="the same person across the events of an ingest (people.csv); "
                                                    "null outside one")


class Attendance(Strict):
    delegates: Annotated[int, Field(ge=0)] | None = None
    organizations: Annotated[int, Field(ge=0)] | None = None
    sites: Annotated[int, Field(ge=0)] | None = None


class Event(Strict):
    id: NonEmpty
    event_group: str | None = Field(None, description="the meeting across articles: records of one ingest that "
                                                      "report the same meeting share it (events_grouped.json); "
                                                      "null outside one")
    source: Source
    kind: str | None = None
    name: str | None = None
    edition: Annotated[int, Field(ge=1, le=1000)] | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    place: Place = Field(default_factory=Place)
    organizers: list[NonEmpty] = Field(default_factory=list)
    attendees: list[Person] = Field(default_factory=list)
    attendance: Attendance = Field(default_factory=Attendance)
    directions: list[NonEmpty] = Field(default_factory=list)
    evidence: dict[str, list[Span]] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    parser_version: str | None = None

    _check_start = field_validator("start_date", "end_date")(classmethod(lambda cls, v: _plausible(v)))

    @field_validator("kind")
    @classmethod
    def _lower_kind(cls, value: str | None) -> str | None:
        return value.lower() if value else value

    @field_validator("evidence")
    @classmethod
    def _spans_ordered(cls, value: dict[str, list[Span]]) -> dict[str, list[Span]]:
        for field, spans in value.items():
            for start, end in spans:
                if start < 0 or end < start:
                    raise ValueError(f"evidence span {start}-{end} of {field} is not a valid character range")
        return value

    @model_validator(mode="after")
    def _range(self) -> Event:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(f"end_date {self.end_date} is before start_date {self.start_date}")
        return self


class Skip(Strict):
    """Why an article produced no event (not a meeting report, no text ...)."""

    reason: NonEmpty


def event_schema() -> dict:
    """The JSON Schema of one event record, as `libmeet schema` prints it."""
    return Event.model_json_schema(mode="serialization")


def events_file_schema() -> dict:
    """The JSON Schema of events.json: an array of event records (`libmeet schema --of events.json`)."""
    record = event_schema()
    defs = record.pop("$defs", {})
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "events.json",
            "description": "The event records of one ingest run, sorted by source path.",
            "type": "array", "items": record, "$defs": defs}
