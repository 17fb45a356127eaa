"""Assemble one event record from the extractors. Pure: text and Meta in, Event or Skip out."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import NamedTuple

from ..models import Event, Person, Skip, Source
from . import attribution, counts, dates, detect, directions, meta, names, organizers, people, places
from .normalize import Doc
from .types import DateResult, Meta, Span

from .version import PARSER_VERSION  # (bumped there: libmeet.cache reads it without the parser)


def event_id(doc: Doc) -> str:
    """Stable id from the article's normalised content: same article, same id, whatever its form."""
    return "ev-" + hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]


#: kinds of meeting a leader holds where they visit ("cuộc làm việc của Thủ tướng Chính phủ … với TP HCM"): a national
#: body's name in theirs does not say where they sat
_VISITS = frozenset({"buổi làm việc", "làm việc", "gặp mặt", "tiếp xúc cử tri", "tiếp"})


def parse_text(text: str, info: Meta | None = None) -> Event | Skip:
    """Parse one article's text (already decoded; any Unicode form) into an Event, or a Skip with the reason."""
    if info is not None and info.listing:
        return Skip(reason=detect.LISTING)  # a page of other articles' teasers: their meetings are not its own
    if text.strip() and not detect.might_name_a_meeting(text):
        return Skip(reason=detect.NO_KIND)  # most news names no meeting at all: no need to normalise it
    return build_event(Doc.from_raw(text), info or Meta())


#: a shareholders' meeting, which adopts the year's business plan, as the article writes it: "Đại hội đồng cổ đông
#: thường niên", "ĐHCĐ 2017" (also when the meeting's name is the bare "Đại hội": "Đại hội được tổ chức đảm bảo ...")
_SHAREHOLDERS = re.compile(r"(?<!\w)(?:đại\s+hội\s+(?:đồng\s+)?cổ\s+đông|đhđcđ|đhcđ)(?!\w)")


#: a deputies' delegation meeting on its own, named for the province that elected it, not where it sits (in the
#: Assembly's session): "Đoàn ĐBQH TP.HCM đã bầu ông Nguyễn Thiện Nhân ... làm trưởng đoàn ... tại cuộc họp riêng"
#: (its first letter read before the look back, "đ(?<!\wđ)" for "(?<!\w)đ": the same matches, with the engine skipping
#: ahead to the next "đ" rather than trying every position of a long sentence)
assert places.DELEGATION.startswith("đ")
_DELEGATION = re.compile(r"đ(?<!\wđ)" + places.DELEGATION[1:] + r"(?!\w)")
#: ... but its meeting with voters sits among them, at home: "hội nghị tiếp xúc cử tri sáng nay của Đoàn ĐBQH Hà Nội"
_VOTERS = re.compile(r"(?<!\w)cử\s+tri(?!\w)")


def _delegations(doc: Doc, found: detect.Detection) -> bool:
    """Whether the sentence of the meeting's mention names a deputies' delegation (_DELEGATION), not with voters."""
    start, end = detect.its_sentence(doc, found)
    return bool(_DELEGATION.search(doc.low, start, end)) and not _VOTERS.search(doc.low, start, end)


def _national_sitting(doc: Doc, found: detect.Detection) -> bool:
    """Whether the sitting reported is a national body's: its sentence names one and no local body, or, naming
    neither, the lead before it does ("Việc Công ty ... tiếp tục lại xuất hiện trên diễn đàn Quốc hội. | Tại phiên
    thảo luận tại hội trường về tình hình kinh tế - xã hội chiều 9/6, Tổng Thanh tra ...")."""
    start, end = detect.its_sentence(doc, found)
    if places.national_sitting(doc.low[start:end]):
        return True
    return not places.names_a_body(doc.low[start:end]) and places.national_sitting(doc.low[:start])


def _set_aside(doc: Doc, when: DateResult, why: str, told_plan: bool = False) -> DateResult:
    """An empty date in place of the day found, the reason (`why`, with the day as written for {day}) its warning."""
    span = when.spans[0]
    return DateResult(warnings=[why.format(day=doc.text[span[0]:span[1]])], told_plan=told_plan)


def _lead_day(doc: Doc, found: detect.Detection, redate: Callable[[int], DateResult]) -> DateResult | None:
    """For a report whose meeting names no day of its own, when the day found was another occasion's: the one day
    the lead opens on, if it gives one ("Sáng 1.6, ông Lê Văn Khoa ... đã đến khu vực ... để kiểm tra ... Tại buổi
    làm việc, ông X cho biết, vết nứt xảy ra ... vào sáng 30.5": 1/6, not 30/5), dated again from there."""
    days = {(m.d1, m.m1): m for m in dates.find_mentions(doc) if detect.is_its_day(doc, found, m.span[0])}
    why = "the meeting names no day of its own; the day its lead opens on is taken"
    if not days:
        # ... or the day its lead tells someone spoke, the meeting being where they spoke: "Thủ tướng Australia Malcolm
        # Turnbull ngày 10/7 cho biết ... Phát biểu tại cuộc họp báo chung với Thủ tướng Anh Theresa May ..."
        days = {(m.d1, m.m1): m for m in dates.find_mentions(doc) if detect.spoke_there_that_day(doc, found, m.span)}
        why = "the meeting names no day of its own; the day its lead tells the speaker spoke there is taken"
    if len(days) != 1:
        return None
    (day, month), mention = next(iter(days.items()))
    again = redate(mention.span[0])
    if not again.start or (again.start.day, again.start.month) != (day, month):
        return None
    return DateResult(again.start, again.end, again.spans,
                      again.warnings + [why])


def _planned(doc: Doc, when: DateResult, later: int) -> DateResult:
    """The meeting's own day, written at `later` after the day a plan for it was told (`when`): "Ngày 6/2, Ngoại
    trưởng ... cho biết ... sẽ đồng chủ trì cuộc Đối thoại ... vào ngày 7/2" (the year the told day's, or the one
    after when the day would fall before it)."""
    mention = next((m for m in dates.find_mentions(doc) if later <= m.span[0] <= later + 12), None)
    if mention is None or when.start is None:
        return when
    try:
        start = dt.date(mention.y1 or when.start.year, mention.m1, mention.d1)
        if start < when.start and not mention.y1:
            start = start.replace(year=start.year + 1)
        end = dt.date(mention.y2 or start.year, mention.m2, mention.d2)
    except ValueError:
        return when
    if end < start:
        return when
    said = doc.text[when.spans[0][0]:when.spans[0][1]]
    return DateResult(start, end, [mention.span], [
        *when.warnings, f"'{said}' is the day the plan was told; the meeting's own day, written after it, is taken"])


def _meeting_day(doc: Doc, found: detect.Detection, when: DateResult, published: dt.date | None = None,
                 redate: Callable[[int], DateResult] | None = None,
                 today: dt.date | None = None) -> tuple[DateResult, dt.date | None]:
    """The day found, or an empty date with the reason when it is not the meeting's; and the day that dates the story
    (the day found, when it was set aside only as doubtful: a day set aside as another occasion's still tells a story
    of the past, "Đại hội ... năm 1986" in a biography)."""
    unsure = not found.undated and found.doubt_days_after is not None and bool(when.spans) \
        and (when.spans[0][0] >= found.doubt_days_after or detect.told_there(doc, found, when.spans[0][0])) \
        and not detect.may_be_its_day(doc, when.spans[0][0], found)
    found_day = when.start
    written = {(day.day, day.month) for day in (when.start, when.end) if day}  # (either end, as the day may be written)
    if (found.undated or unsure) and when.spans and when.start and not any(
            detect.is_its_day(doc, found, m.span[0]) or detect.spoke_there_that_day(doc, found, m.span)
            for m in dates.find_mentions(doc)
            if (m.span == when.spans[0] or (m.d1, m.m1) in written)):
        # the report names no day for the meeting, and the day found is, wherever it is written, neither the one its
        # lead opens on nor one written after a mention of the meeting ("sau cuộc họp Hội đồng Nga - NATO ngày 13-7",
        # "tại cuối phiên chất vấn và trả lời chất vấn chiều 15-6-2017"): it is a match day, a holiday, a price's date
        # ... (an empty date with a word is better than a wrong one)
        lead = _lead_day(doc, found, redate) if redate else None
        when = lead or _set_aside(doc, when, "no sentence gives the meeting's day; '{day}' is left out as the day of "
                                             "something else")
    if when.start and when.end == when.start and when.spans and detect.day_then_within(doc, found, when.spans[0][0]):
        # a day the meeting sat on, something told within it that day ("đưa ra ngày 6/6 trong khuôn khổ phiên họp Hội
        # đồng Nhân quyền LHQ, dự kiến kéo dài 3 tuần"): its last day is not given (GUIDELINES.md, "The last day")
        when = DateResult(when.start, None, when.spans[:1], when.warnings + [
            f"'{doc.text[slice(*when.spans[0])]}' is a day something was told within the meeting; its last day is not "
            "given, so the end date is left empty"])
    now = published or today  # (the article's own today, written "ngày mai (26/5)", when it has no publication date)
    if now and when.start and when.start > now and when.spans and not any(
            m.y1 or detect.is_its_day(doc, found, m.span[0]) or detect.in_its_sentence(doc, found, m.span[0])
            or detect.sits_on(doc, found, m.span[0])
            for m in dates.find_mentions(doc) if m.span == when.spans[0]):
        # a day after the article's publication, its year not written, and not written where the meeting is: of a
        # meeting told as held it is another day ("vào những ngày nghỉ lễ 30/4 và Lễ 1/5, lượng du khách đổ về rất
        # đông" before "UBND tỉnh Kiên Giang có buổi họp khẩn ...", published on 26/4); an announced one has its day
        # written with it ("Buổi Tọa đàm trực tuyến bắt đầu vào 9h sáng ngày 28/4"), or in a sentence of its own, however
        # long its name: "Hội thảo “...” dưới sự chủ trì của ... sẽ diễn ra vào chiều 29.8" (detect.sits_on)
        told = f"the article's publication ({published.isoformat()})" if published else \
            f"the article's own today ({now.isoformat()}, as it writes its days)"
        when = _set_aside(doc, when, f"'{{day}}' falls after {told} and is not written where the meeting is: the "
                                     "meeting's own day is not given")
    if when.spans and when.start and detect.issued_day(doc, when.spans[0][0], found.anchor):
        when = _set_aside(doc, when, "'{day}' is the day a document or news about the meeting was issued, not the "
                                     "meeting's: the meeting's own day is not given")
    if when.spans and when.start and (later := detect.planned_day(doc, when.spans[0][0], found.anchor)) is not None:
        when = _planned(doc, when, later)
    if when.spans and when.start and detect.told_day(doc, when.spans[0][0], found.anchor):
        when = _set_aside(doc, when, "'{day}' is the day the plan was told, not the meeting's: the meeting's own "
                                     "day is not given", told_plan=True)
    return when, found_day if unsure else when.start


class _SetAside(NamedTuple):
    """People the event sets aside from its attendees: `flags` tells which, `why` goes into the warning;
    `its_subject`: they are who the meeting was about; `still_heard`: their words are still theirs for attribution."""

    flags: Callable[[list[tuple[Person, list[Span]]]], list[bool]]
    why: str
    its_subject: bool = False
    still_heard: bool = False


def _not_tasks(points: list, aside: Callable[[Span], bool], what: str, warnings: list[str]) -> list:
    """The points `aside` (given a point's span) does not set aside, with a warning of how many it did, saying `what`
    they are ("that tell a shortcoming found")."""
    kept = [(point, span) for point, span in points if not aside(span)]
    if len(kept) < len(points):
        warnings.append(f"{len(points) - len(kept)} point(s) {what} are not counted as directions")
    return kept


def build_event(doc: Doc, info: Meta) -> Event | Skip:
    if not doc.text:
        return Skip(reason="empty: the file has no text")
    title = info.title or meta.first_line_title(doc)
    slug = None if title else meta.url_slug(doc, info.url)
    # (an untitled crawl's header day tells which of its dated meetings is the day's news)
    crawled = meta.find_meta(doc) if slug else None
    found = detect.detect(doc, title=title, slug=slug, published=crawled.date if crawled else None)
    if not found.is_event:
        return Skip(reason=found.reason or "not a meeting report")
    header = meta.find_meta(doc)  # (only now: most articles that name a meeting do not report one)

    evidence: dict[str, list[Span]] = {k: list(v) for k, v in found.spans.items()}
    warnings: list[str] = []

    published = info.published or (header.date if header else None)
    if header and header.span and not info.published:
        evidence["source.published"] = [header.span]
    url = info.url or (header.url if header else None)

    when = dates.extract_dates(
        doc,
        anchor=found.anchor,
        published=published,
        reference_date=info.reference_date,
        mtime=info.mtime,
        one_day=found.kind in dates.ONE_DAY_KINDS,
    )
    # (without a publication date, the article's own today, when it writes one: "13h ngày mai (26/5), U20 Việt Nam ...")
    today = None if published else dates.written_today(doc, info.reference_date or info.mtime,
                                                         when.spans[0] if when.spans else None)
    when, story_day = _meeting_day(doc, found, when, published, redate=lambda at: dates.extract_dates(
        doc, anchor=at, published=published, reference_date=info.reference_date, mtime=info.mtime,
        one_day=found.kind in dates.ONE_DAY_KINDS), today=today)
    if when.told_plan and not detect.title_names(title, found.kind):
        # "Phát biểu tại buổi họp báo ngày 8/2, … cho biết Thủ tướng Shinzo Abe sẽ có hội đàm với …": a meeting ahead,
        # told with no day of its own, is the news of a plan (not one the title names: an announced talkshow)
        return Skip(reason=detect.PLAN_TOLD)
    # (a day before any a report can be of is history, whichever day dates the story: "ngày 21/6/1925")
    past = dates.too_old(when.start) or dates.history(doc, story_day, published=published, reference_date=info.reference_date, mtime=info.mtime,
                         at=found.anchor, its_own=story_day == when.start and bool(when.spans) and (
                             detect.in_its_sentence(doc, found, when.spans[0][0])
                             or detect.is_its_day(doc, found, when.spans[0][0])),
                         day_span=when.spans[0] if when.spans else None)
    if past:
        return Skip(reason=past)
    name_span = found.spans.get("name")
    when = dates.open_ended(doc, when, multi_day=found.kind in dates.MULTI_DAY_KINDS
                            or dates.a_series(doc, found.name, name_span[0] if name_span else None),
                            kind=found.kind, name=found.name)
    when = dates.beyond_its_review(when, found.name, title)
    closed = dates.closed_after_weeks(doc, when)  # (the record's start only: the day found still dates the rest)
    if when.spans:
        if closed.start:
            evidence["start_date"] = [when.start_span] if when.start_span else list(when.spans[:1])
        if when.end:
            evidence["end_date"] = list(when.spans[-1:])
    warnings.extend(closed.warnings)

    # no province implied by how often one is named: a press conference's are what it tells of, and a national body's
    # meeting sits where the body does (but a leader's working visit, where they went); nor one told only deep down in a
    # crawl that lost its lead (detect: placeless)
    by_names = found.kind != detect.PRESS and (found.kind in _VISITS or not (
        places.national(found.name) or found.kind in detect.SITTINGS and _national_sitting(doc, found)
        or _delegations(doc, found))) and not found.placeless
    # (the places of the day's or the trip's other occasions, as the report's people and points are read)
    where = places.extract_place(doc, anchor=found.anchor, event_date=when.start, by_names=by_names,
                                 another_occasion=lambda at: people.told_the_same_day_elsewhere(doc, found.kind, at,
                                                                                                found.anchor))
    # a meeting the site's own body hosted at home ("... tại Olympia" on its own page): the address its page gives
    where = places.at_host(doc, where, title=title, site_name=info.site_name, addresses=info.site_addresses,
                           newsroom=info.site_newsroom, event_date=when.start)

    hosts = organizers.extract_organizers(doc, found.anchor)
    if hosts:
        evidence["organizers"] = [span for _, span in hosts]

    attendees: list[Person] = []
    found_people = people.merge_spellings(people.extract_attendees(doc, kind=found.kind, at=found.anchor,
                                                                           day=when.start), doc.text)
    written = [(m.span, m.d1, m.m1, m.y1) for m in dates.find_mentions(doc)]
    # people the text names only at another occasion, or only in a roster, or as the one a disciplinary decision is
    # about, are set aside, and the record says so (the last still tell who the meeting was about: a sitting named
    # once is a report all the same)
    found_at = found.anchor
    found_kind = found.kind
    # (a gathering abroad, stated or told in the lead: papers tell it with the views of experts who were not there)
    abroad = where.place.country not in (None, places.VIETNAM) or where.abroad_in_lead
    # (a meeting at home, whatever its kind: a foreign leader at it is a guest the story gives a part)
    home = where.place.country == places.VIETNAM and not where.abroad_in_lead
    set_aside = (
        _SetAside(lambda found: people.dated_before(doc, found, written, when.start),
                  "named only in sentences dated before the event"),
        _SetAside(lambda found: people.rostered(doc, found),
                  "named only in lists that do not place them at the event (a board's members, the people a decision is "
                  "about)"),
        _SetAside(lambda found: people.planned(doc, found, found_at), "named only in sentences that tell a plan"),
        _SetAside(lambda found: people.agency_told(doc, found, found_at), "named only in what a news agency tells"),
        _SetAside(lambda found: people.met_another_time(doc, found, found_at),
                  "named only as a party of a meeting or an agreement told ahead or at an earlier time"),
        _SetAside(lambda found: people.on_another_trip(doc, found, found_at),
                  "named only as one on a trip told at another time (a visit recalled or ahead), not at the event"),
        _SetAside(lambda found: people.introduced_elsewhere(doc, found, found_kind, found_at),
                  "first named at another occasion (to the press, before the event, elsewhere the same day) and not "
                  "placed at the event after it", still_heard=True),
        _SetAside(lambda found: people.absent(doc, found), "said to be away from the meeting"),
        _SetAside(lambda found: people.welcomed_at_the_airport(doc, found, found_at),
                  "named only among those who welcomed or saw off a delegation at the airport"),
        _SetAside(lambda found: people.at_home(doc, found, found_kind, found_at),
                  "named with a home address (residents, farmers, shop owners told of), not at the event",
                  still_heard=True),
        _SetAside(lambda found: people.quoted_only(doc, found), "named only inside someone else's quoted words"),
        _SetAside(lambda found: people.reported_by_another(doc, found, found_at),
                  "named only in what someone else reports of them"),
        _SetAside(lambda found: people.named_as_examples(doc, found, found_at),
                  "named only in a list of examples (\"Ví dụ như ĐB ...\", \"như ông ...\"), not at the event"),
        _SetAside(lambda found: people.commentators(doc, found, found_kind, found_at, abroad=abroad),
                  "named only as commentators giving a view, not placed at the event", still_heard=True),
        _SetAside(lambda found: people.leaders_told_of(doc, found, found_kind, found_at, home=home),
                  "named only as foreign leaders the story tells of, never at the event, speaking or given a part",
                  still_heard=True),
        _SetAside(lambda found: people.reshuffled(doc, found),
                  "named only as the one elected to a post or replaced in it, not as present at the event",
                  its_subject=True),
        _SetAside(lambda found: people.signed_or_invited(doc, found),
                  "named only as the one who invited a visit, signed, issued or approved a paper, or was sent regards"),
        _SetAside(lambda found: people.head_given(doc, found),
                  "named only as the head a body is given, not as present at the event"),
        _SetAside(lambda found: people.disciplined(doc, found),
                  "named as the object of a disciplinary decision, not as present at the event", its_subject=True),
        # a press conference's attendees are the hosts who speak; those its answers tell of are not ("Cũng theo ông
        # Hạnh, ông Trương Đạt ... là cán bộ thuộc Ban Thường vụ Tỉnh ủy quản lý")
        _SetAside(lambda found: people.told_of_at_press(doc, found, found_at, title) if found_kind == detect.PRESS
                  else [False] * len(found),
                  "named at a press conference only as those its answers tell of, never speaking nor placed there"),
        # (after it: the one a story is about still bounds the clause of the next name told of at a press conference,
        # "bà Trần Thị Thu Hà đã đến nhà ông Phương để hỏi chuyện")
        _SetAside(lambda found: people.told_about(doc, found, found_kind, found_at),
                  "named only as the matter what is said or decided is about, not as present at the event",
                  its_subject=True),
        # (last: those the checks above place elsewhere or name as the meeting's subject are theirs)
        _SetAside(lambda found: people.untitled_in_passing(doc, found, found_at),
                  "named with no office, only in passing (never at the meeting, never speaking)", still_heard=True),
    )
    about = False
    # (the words of those first named at another occasion are still theirs, not directions of the event's: "Phó Giáo sư
    # Thịnh cho biết" after "trao đổi với phóng viên Báo Điện tử Giáo dục Việt Nam Phó Giáo sư - Tiến sĩ Nguyễn Duy Thịnh")
    heard: list[tuple[Person, list[Span]]] = []
    # (and the mentions of everyone set aside: an order they are told to have given was not given at the meeting)
    away: list[Span] = []
    for flags_of, why, its_subject, still_heard in set_aside:  # (each a _SetAside)
        flags = flags_of(found_people)
        if any(flags):
            about = about or its_subject
            warnings.append(f"{sum(flags)} person(s) {why} are not counted as attendees")
            away.extend(span for (_, spans), out in zip(found_people, flags) if out for span in spans)
            if still_heard:
                heard.extend(found for found, out in zip(found_people, flags) if out)
            found_people = [found for found, out in zip(found_people, flags) if not out]
    for index, (person, spans) in enumerate(found_people):
        attendees.append(person)
        evidence[f"attendees.{index}"] = list(spans)
    if attendees and not any(names.is_vietnamese_name(person.name) or names.is_stage_name(person.name)
                             for person in attendees):
        where = where.abroad_all_the_same()
    elif not attendees and where.abroad_in_lead:
        # no one found at a meeting whose place is not stated, in a story told abroad: "Nga xác nhận tiêu diệt thủ
        # lĩnh IS ... hội đồng quân sự của IS đã tổ chức cuộc họp", "Cố vấn ... Nhà Trắng Tom Bossert đưa ra trong
        # một buổi họp báo" - no country rather than a wrong Việt Nam
        where = where.abroad_all_the_same()
    evidence.update(where.spans)
    warnings.extend(where.warnings)

    attendance, count_spans = counts.extract_attendance(doc, anchor=found.anchor, kind=found_kind,
                                                        year=when.start.year if when.start else None)
    evidence.update(count_spans)

    found_points = directions.extract_directions(doc, title=title,
                                                 targets=found.kind == "đại hội" and bool(_SHAREHOLDERS.search(doc.low)),
                                                 workshop=found.kind in attribution.WORKSHOPS,
                                                 year=when.start.year if when.start else None)
    speakers = sorted(found_people + heard, key=lambda found: found[1][:1]) if heard else found_people
    theirs = attribution.set_aside(doc, [span for _, span in found_points], speakers, kind=found.kind,
                                   hosts=[name for name, _ in hosts], name=found.name, anchor=found.anchor,
                                   at_home=where.place.country == places.VIETNAM)
    kept = [found for found, participant in zip(found_points, theirs) if not participant]
    if len(kept) < len(found_points):
        warnings.append(f"{len(found_points) - len(kept)} point(s) proposed by participants, invited speakers or "
                        f"petitioners, not by those presiding, are not counted as directions")
    if found.lonely and not attendees and not kept and not about:
        return Skip(reason=detect.LONELY)  # "So sánh iOS 11 và iOS 10 ... tại Hội nghị WWDC 2017 ngày 5/6"
    # a wish of the speaker's own side, with no subject ("Thủ tướng Pa-ki-xtan ... mong muốn thúc đẩy hơn nữa quan hệ
    # với Việt Nam"): no task set for anyone
    kept = _not_tasks(kept, lambda span: directions.own_wish(doc, span),
                      "that tell what the speaker's own side wishes to do", warnings)
    # an order a body, or someone the event sets aside, had already given, told as background ("UBND quận Hai Bà Trưng
    # đã chỉ đạo ra quyết định đình chỉ công tác hai cô giáo")
    earlier = attribution.ordered_before(doc, [span for _, span in kept], speakers, anchor=found.anchor,
                                         away=sorted(start for start, _ in away))
    if any(earlier):
        warnings.append(f"{sum(earlier)} point(s) that a body, or someone not at the meeting, had already ordered "
                        f"before it are not counted as directions")
        kept = [point for point, before in zip(kept, earlier) if not before]
    # a shortcoming found, not a task ("giám sát hướng dẫn của đơn vị chức năng chưa được quan tâm đúng mức")
    kept = _not_tasks(kept, lambda span: directions.shortcoming(doc, span), "that tell a shortcoming found", warnings)
    # ... or what was found right or wrong ("các khâu tiếp nhận, khám ... là phù hợp với quy trình")
    kept = _not_tasks(kept, lambda span: directions.finding(doc, span), "that tell what was judged right or wrong",
                      warnings)
    # a deed told, its subject before it, not a task ("... biến đổi khí hậu; đã và đang lồng ghép các hoạt động ...")
    kept = _not_tasks(kept, lambda span: directions.deed_told(doc, span), "that tell a deed done or under way",
                      warnings)
    # points told of another occasion the same day ("Chiều cùng ngày, ... chủ trì buổi làm việc ..."), or on another
    # day ("Ngày 22/6, các nước trên đã đưa ra 13 yêu sách ...")
    kept = _not_tasks(kept, lambda span: people.told_the_same_day_elsewhere(doc, found.kind, span[0], found.anchor)
                      or people.told_of_before(doc, span[0])
                      or directions.dated_elsewhere(doc, span[0], when.start, when.end)
                      or directions.told_in_letter(doc, span),
                      "told of another occasion (the same day, before it, on another day, or in a letter)", warnings)
    if found.kind == detect.PRESS and kept:
        # a press conference tells the press what was decided elsewhere; it sets no tasks of its own (15 of the 16
        # press conferences in the blind answers have none)
        warnings.append(f"{len(kept)} point(s) told at a press conference are not counted as directions: they report "
                        f"what was decided elsewhere")
        kept = []
    points: list[str] = []
    for index, (point, span) in enumerate(kept):
        points.append(point)
        evidence[f"directions.{index}"] = [span]

    source = Source(
        path=info.path,
        sha256=info.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        url=url,
        published=published,
        title=title,
        encoding=info.encoding,
        format=info.format,
    )
    return Event(
        id=event_id(doc),
        source=source,
        kind=found.kind,
        name=found.name,
        edition=found.edition,
        start_date=closed.start,
        end_date=when.end,
        place=where.place,
        organizers=[name for name, _ in hosts],
        attendees=attendees,
        attendance=attendance,
        directions=points,
        evidence=evidence,
        warnings=warnings,
        parser_version=PARSER_VERSION,
    )
