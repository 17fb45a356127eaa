"""What the meeting set out: the forward-looking points (phương hướng, nhiệm vụ, giải pháp, đề nghị ...).

The article is read paragraph by paragraph and sentence by sentence. A sentence yields points when

- a direction noun opens a list: "phương hướng ... như: A; B; C", "Các giải pháp là A", "nhiệm vụ ... là A; B";
- a setting verb and such a noun are followed by the points: "đặt ra phương hướng tiếp tục nâng cao ...; ...";
- a directive verb introduces them: "đề nghị các đại biểu tập trung ...; đề nghị Ban Tổ chức ...",
  "Theo đó, yêu cầu ..." (the verb itself is left out of the point);
- it opens with a time still to come: "Trong 6 tháng cuối năm 2017, tỉnh tập trung ...";
- a speech verb or "Theo X," introduces what must be done (the clause carries cần / phải).

Points are split at ";". A list introduced by ":" at the end of a paragraph continues with bulleted lines
(one point per bullet, ";" inside a bullet kept); "Thứ nhất, ... Thứ hai, ..." give one point per ordinal.
The few sentences after a direction that go on with it (an imperative opening, cần / phải, a ";" list of
actions) are points too. Background and results are not: nouns used as such ("đáp ứng yêu cầu",
"dưới sự chỉ đạo", "hoàn thành nhiệm vụ") do not count as cues.

Every point is a slice of doc.text with its span, without bullet marks, quotes around it or the
closing punctuation ("…", "...", "./.").
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, islice

from . import lexicon
from .dates import DAY_MONTH, OPENS_ON_DAY, PROGRAMME_DAY, day_near
from .detect import ASSIGN_VERB, OTHER_STORY, glued_openers
from .lexicon import alternation, alternatives, tagged, words
from .names import is_country, is_place, is_surname, is_vietnamese_syllable
from .normalize import Doc
from .types import Span

#: how many parts a list counts, written before them: "bao gồm 5 vấn đề trọng tâm: ...", "gồm ba nhóm giải pháp: ..."
_COUNT_WORDS = r"\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
#: ... that count, up to the colon that opens the parts (an aside "(trong đó có các nội dung: ..." before it): not a
#: part itself
_COUNTED_HEAD = re.compile(r"(?:" + _COUNT_WORDS + r")\s+[^,.;:!?\n()]{1,40}?"
                           r"(?:\s*\(\s*trong\s+đó\s+(?:có\s+)?(?:các\s+)?[^,.;:!?\n()]{1,30}?)?\s*:\s*")

#: sentences after a direction that may still go on with it
_FOLLOW = 3
_MIN_WORDS = 3  # "phát triển hội viên" is a point; "quá thấp" is not
_MAX_CUE_GAP = 220  # characters between a direction noun and the connector opening its list
_MAX_IS_GAP = 80  # the same, when "là" is the connector (it is everywhere else too)
_NEAR_DUPLICATE = 0.85  # share of a point's words an earlier point already has that makes it a repeat
_DEDUPE_WINDOW = 100  # earlier points a new one is compared with (keeps huge lists linear)
_SAME_HEAD = 4  # words a shorter point and the longer one that tells it in full start with
_HEADING_WORDS = 14  # a line this short naming directions, bullets below it, is their heading
#: "nhiệm vụ này", "giải pháp đó" point back; they open no list
_NOT_ANAPHORIC = r"(?!\s+(?:này|đó|ấy|trên|kể\s+trên|nói\s+trên)(?!\w))"

_UPPER = lexicon.UPPER


#: the rules in force a sentence may cite, besides the texts of directions_documents.txt ("in_force"): "Theo quy
#: định, ..."
_RULES = ("quy định", "các quy định")
#: the texts in force (directions_documents.txt)
_IN_FORCE = tagged("directions_documents.txt", "in_force")


def _alt(*names: str, extra: tuple[str, ...] = (), after: str | None = None) -> str:
    """The entries of word lists as whole words, the longest that fits first (spaces match any white space); `after`:
    a fixed-width regex the text right before them must match (lexicon.alternation's, asserted after the first letter
    so that the pattern stays led by a character set)."""
    entries = {w for name in names for w in lexicon.surfaces(name)} | set(extra)
    return r"(?:" + alternation(entries, spaces=True, word_start=True, after=after) + r")(?!\w)"


def _modal_or_charged(low: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first modal (_patterns().modal) or body's charge (_patterns().charged: "có trách nhiệm", "chủ trì, phối
    hợp") in low[lo:hi]: what makes a point where one is found or goes on."""
    p = _patterns()
    modal = p.modal.search(low, lo, hi)
    charged = p.charged.search(low, lo, modal.start() + 1 if modal else hi)
    return charged if charged and (modal is None or charged.start() < modal.start()) else modal


def _not_after(name: str) -> str:
    """Lookbehinds that a word list's entries, as whole words and a space, do not stand right before (its spaces one
    white space each: a lookbehind has a fixed width, and normalized text has single spaces)."""
    return "".join(r"(?<!(?<!\w)" + re.escape(w).replace(r"\ ", " ").replace(" ", r"\s") + r"\s)"
                   for w in words(name))


#: directive verbs that are the task itself after a modal ("phải thống nhất quan điểm", "cần quán triệt sâu sắc"), not
#: an order to others ("phải yêu cầu lực lượng bảo vệ ...")
_OWN_TASK_VERBS = r"(?:thống\s+nhất|quán\s+triệt|nhất\s+trí|lưu\s+ý|nhắc\s+nhở|đôn\s+đốc)(?!\w)"
#: "chỉ đạo", "quán triệt", "đôn đốc" with how it is done right after them (directions_manner_adverbs.txt): the verb is
#: the doing itself, not an order whose content follows ("tỉnh tập trung chỉ đạo quyết liệt, tạo sự chuyển biến rõ nét",
#: "Tiếp tục tổ chức nghiên cứu, quán triệt sâu sắc những nội dung ..."): the point is its clause, verb kept, not the
#: fragment from the adverb on; none when it was done before or is a noun ("Bộ đã chỉ đạo quyết liệt nhưng ...", "cảm
#: ơn sự quan tâm, chỉ đạo sát sao của lãnh đạo Bộ")
_DONE_MANNER = r"(?:chỉ\s+đạo|quán\s+triệt|đôn\s+đốc)[ \t]*,?[ \t]+" + _alt("directions_manner_adverbs.txt")


@cache
def _decided() -> str:
    """A decision the meeting took, the verb before what it decided to do (directions_decided.txt): "Fed đã quyết định
    tăng lãi suất ...", "UBKT Trung ương quyết định thi hành kỷ luật ..." (not the noun: "ra quyết định", "các quyết
    định", "quyết định số 12"; led by its literal, so that the cue patterns it joins stay led by a character set)."""
    verbs = "|".join(w.replace(" ", r"\s+") for w in words("directions_decided.txt"))
    # (the verb may come after "tạm thời", a measure for a while: "UBND tỉnh đã quyết định tạm thời đóng cửa, dừng đón
    # khách tại Khu du lịch Tam Chúc ...")
    return (r"quyết(?<!ra\squyết)(?<!có\squyết)(?<!các\squyết)(?<!những\squyết)(?<!theo\squyết)(?<!là\squyết)"
            r"(?<!\bnày\squyết)\s+định\s+(?=(?:tạm\s+thời\s+)?(?:" + verbs + r")(?!\w))")


#: ... its subject a body that decides, right before it: a meeting or its board, a party committee, a central bank, a
#: province's people's committee or its chair ("Chủ tịch UBND tỉnh Nghệ An quyết định dừng tất cả các sự kiện lễ hội")
_DECIDING_BODY = re.compile(
    r"(?<!\w)(?:hội\s+nghị|đại\s+hội(?:\s+đồng\s+cổ\s+đông)?|đhđcđ|đhcđ|hội\s+đồng(?:\s+quản\s+trị|\s+thành\s+viên|"
    r"\s+kỷ\s+luật)?|hđqt|hđtv|ban\s+chấp\s+hành(?:\s+trung\s+ương(?:\s+đảng)?)?|bch(?:\s+trung\s+ương)?|ban\s+bí\s+thư|"
    r"bộ\s+chính\s+trị|(?:ủy\s+ban|ub)\s+kiểm\s+tra(?:\s+trung\s+ương)?|ubkt(?:\s+trung\s+ương)?|fed|fomc|opec|ecb|"
    r"ngân\s+hàng\s+nhà\s+nước|hai\s+bên|các\s+bên|chủ\s+tọa|ban\s+tổ\s+chức|btc|phiên\s+họp|cuộc\s+họp|"
    r"(?:chủ\s+tịch\s+)?(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|tp)(?:\s+[^\s,.;:!?]+){0,3}?|"
    r"(?:ban\s+)?lãnh\s+đạo\s+(?:tập\s+đoàn|thành\s+phố|tỉnh|bộ)(?:\s+[^\s,.;:!?]+){0,4}?|tập\s+đoàn(?:\s+[^\s,.;:!?]+){0,5}?|pvn)"
    r"\)?(?:\s+(?:đã|cũng|đều|sẽ|vừa|nhất\s+trí))?\s+$")

#: ... "do" right before that body: it is the agent of a passive ("do UBND tỉnh quyết định thành lập"), not the subject
_BY_AGENT = re.compile(r"(?<!\w)do\s+$")

#: a bare "mong" (not "mong muốn", "mong rằng", in directions_verbs.txt) with whom it asks of right after it: the host's
#: wish at a reception or talks, a task put to the other side ("Chủ tịch nước ... cảm ơn ... và mong phía Nga tiếp tục
#: tạo điều kiện thuận lợi cho cộng đồng người Việt Nam ...", "đánh giá cao sự hợp tác ..., mong các Nhóm Nghị sỹ hữu
#: nghị Việt-Nga và Nga-Việt tiếp tục hoạt động tích cực", "Chủ tịch Quốc hội mong các Trưởng cơ quan đại diện ... dành
#: thời gian tìm hiểu ...", "Vietcombank mong NHNN có hướng tháo gỡ ..."); not the speaker's own hope ("mong được khôi
#: phục ...", "mong nhận được sự góp ý", "mong sẽ chơi tốt hơn") nor the other words it opens ("mong đợi", "mong
#: ngóng"), nor a writer's "hòng mong" ("gây sức ép với Trung Quốc và Nga tại G20 hòng mong hai nước này giúp đỡ ...").
#: Whose wish counts (a leader's or the host's, not a bank's, a parent's or the residents') is
#: attribution._wished_by_others.
_BARE_WISH = (r"mong(?<!\wmong)(?<!hòng\smong)(?=\s+(?!(?:muốn|rằng|mỏi|đợi|chờ|manh|ngóng|ước|được|nhận|sẽ|có|đem|sớm|"
              r"là|tiếp\s+tục|cho|và)(?!\w))\w)")
#: ... whom it asks of: a body, the other side, a capitalised name ("mong phía Nga", "mong các Nhóm ...", "mong NHNN")
_WISHED_OF = re.compile(r"[ \t]+(?:các|những|phía|hai|quý|ngài|bạn|đoàn|lãnh\s+đạo|doanh\s+nghiệp|nhà)(?!\w)")




#: "Thủ tướng giao Bộ Quốc phòng ...", "đã giao Công an tỉnh ...": assigning a task to a body (only before one:
#: "giao thông", "bàn giao", "giao lưu" are other words); a ministry's department by its name; a leader by post or a
#: team the meeting set up ("Thủ tướng giao Phó Thủ tướng Thường trực ... trả lời chất vấn ...", "Bộ trưởng cũng giao
#: Thứ trưởng Nguyễn Ngọc Đông sớm chuẩn bị ...", "giao cho tổ sắp xếp hoàn thiện kế hoạch sáp nhập ...", "giao các cơ
#: sở giáo dục khẩn trương ..."; not "giao tổ chức tín dụng quyền lớn ...", "giao tổ hợp máy cho đối tác", though a
#: "tổ hợp tác" is a team; a director not: "Chủ tịch UBND thành phố giao giám đốc Sở ... chủ trì ..." is as often what
#: a city's letter asks, which told_in_letter cannot tell from the points that go on with it)
#: (directions_assigned_departments.txt: "Đồng thời giao cho Vụ Tổ chức Cán bộ chủ trì phối hợp ...", "giao Vụ III
#: phối hợp ..."; not "giao vụ việc cho ...")
_ASSIGN = (ASSIGN_VERB + r"\s+(?:cho\s+)?(?=(?:các\s+)?(?:bộ|sở|vụ\s+(?:"
           + alternation(words("directions_assigned_departments.txt"), spaces=True) + r"|[ivx]{1,4}(?!\w))|ubnd|"
           r"ban\s+(?:chỉ\s+đạo|quản\s+lý|tổ\s+chức|tuyên\s+giáo|dân\s+vận|nội\s+chính|kinh\s+tế)|"
           r"cục|tổng\s+cục|công\s+an|văn\s+phòng|"
           r"thủ\s+trưởng|người\s+đứng\s+đầu|(?:phó\s+)?chủ\s+tịch|tổ(?=\s+(?!chức|quốc|hợp(?!\s+tác))\w)|"
           r"các\s+cơ\s+sở|(?:phó\s+)?thủ\s+tướng|thứ\s+trưởng|ngành|địa\s+phương|huyện|tỉnh|thành\s+phố|"
           r"tp|quận|phòng|trung\s+tâm|viện|trường|đơn\s+vị|cơ\s+quan|lực\s+lượng|bộ\s+chỉ\s+huy|ngân\s+hàng|đài|"
           r"(?:tổng\s+)?công\s+ty|ủy\s+ban|ubmttq|hiệp\s+hội|ban\s+quản\s+lý|chính\s+phủ|tòa\s+án|viện\s+kiểm\s+sát|"
           r"thanh\s+tra|tập\s+đoàn|hội\s+đồng)(?!\w))")


@dataclass(frozen=True)
class _Patterns:
    noun: re.Pattern[str]
    noun_list: re.Pattern[str]
    noun_is: re.Pattern[str]
    noun_either: re.Pattern[str]  # where noun_list or noun_is matches first (one scan of a sentence for both)
    set_noun: re.Pattern[str]
    verb: re.Pattern[str]
    noun_prev: re.Pattern[str]
    future: re.Pattern[str]
    speech: re.Pattern[str]
    attributed: re.Pattern[str]
    modal: re.Pattern[str]
    charged: re.Pattern[str]
    action: re.Pattern[str]
    task: re.Pattern[str]
    lead_strip: re.Pattern[str]
    any_cue: re.Pattern[str]
    announce: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    nouns, conn, actions = _alt("directions_nouns.txt"), _alt("directions_connectors.txt"), _alt("directions_actions.txt")
    list_open = r"(?!\s+(?:vậy|thế|nào|sao|một|do|vì|trong|đã|được|hiện\s+nay|trước|cũ|mọi\s+năm|các\s+năm|kế\s+hoạch|dự\s+kiến)(?!\w))(?![ \t]*:?[ \t]*làm\s+(?:thế|sao))[ \t]*:?[ \t]*"
    det = r"(?:(?:các|những|một\s+số|một\s+trong\s+những|mấy)\s+)?"
    # "đề xuất", "kiến nghị" before an action are verbs ("nghiên cứu, đề xuất ban hành các chính sách mới ... như ..."):
    # what follows is what is proposed, not a list the noun opens
    verb_use = r"(?!(?<=xuất|nghị)\s+(?:" + actions + r"|(?:ban\s+hành|sửa\s+đổi|điều\s+chỉnh|với|lên)(?!\w)))"
    noun = nouns + _NOT_ANAPHORIC + verb_use
    # noun ... connector: no sentence or clause break in between
    listed = (r"(?:[^.;,:!?\n]{0,%d}?[ \t]*(?<!cũng\s)(?:" % _MAX_CUE_GAP + conn + r"|(?=:))"
              # with an explicit colon the list may come after a comma: "5 nguyên tắc ..., đó là: A; B"
              + r"|[^.;:!?\n]{0,%d}?,\s*(?:đó|đây)\s+là(?=\s*:)" % _MAX_CUE_GAP
              # ... and so may one its parts are counted in, up to their colon: "Phương hướng nhiệm vụ năm 2019, bao gồm 5
              # vấn đề trọng tâm (trong đó có các nội dung: A; B ...)" (_COUNTED_HEAD; not "Mục tiêu AT-CL-MT năm 2020,
              # gồm 6 mục tiêu với 15 chỉ tiêu và được cụ thể hóa ...", which lists nothing)
              + r"|[^.;,:!?\n]{0,%d}?,\s*(?:bao\s+)?gồm(?=\s+" % _MAX_CUE_GAP + _COUNTED_HEAD.pattern + r"))"
              + list_open)
    # "Các giải pháp là ...": "là" is everywhere, so only a short way after the noun
    told = (r"[^.;,:!?\n]{0,%d}?\s(?:là|sẽ\s+là)(?!\w)" % _MAX_IS_GAP
            + r"(?!\s+(?:không|chưa|rất|hết\s+sức|vô\s+cùng|cực\s+kỳ|quá|điều|hợp\s+lý|cần\s+thiết|quan\s+trọng|"
            r"đúng\s+đắn|ưu\s+tiên)(?!\w))" + list_open)  # "... là không thể đảo ngược" judges, it lists nothing
    return _Patterns(
        noun=re.compile(nouns),
        noun_list=re.compile(noun + listed),
        noun_is=re.compile(noun + told),
        noun_either=re.compile(noun + r"(?:" + listed + r"|" + told + r")"),
        set_noun=re.compile(
            _alt("directions_setverbs.txt") + r"\s+" + det + nouns + r"(?:\s*,?\s*(?:và\s+)?" + nouns + r")*"
            + r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chính|cụ\s+thể))?\s*[,:]?\s*(?=" + actions + ")"
        ),
        # (as any_cue below: the trie's branches at the top level, so that it is led by a character set)
        verb=re.compile(alternatives(words("directions_verbs.txt"), r"(?!\w)", spaces=True, word_start=True)
                        + "|" + _ASSIGN + "|" + _BARE_WISH + "|" + _decided()),
        noun_prev=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words("directions_noun_prev.txt")) + r")\s+$"),
        future=re.compile(
            r"(?:trong|từ\s+nay\s+đến|từ\s+nay\s+tới|thời\s+gian|giai\s+đoạn|nhiệm\s+kỳ|năm|những|các|\d+)"
            r"[^,.;:\n]{0,60}?" + _alt("directions_future.txt") + r"[^,.;:\n]{0,30},[ \t]+"
            r"|(?:thời\s+gian\s+(?:sắp\s+)?tới|sắp\s+tới|tới\s+đây)\s*,[ \t]+"  # "Theo đó, thời gian tới, Công ty ..."
            # "trong nhiệm kỳ tới Hội ... sẽ có các biện pháp ...": no comma, the subject's "sẽ/cần/phải" follows
            r"|(?:trong\s+)?(?:nhiệm\s+kỳ|thời\s+gian|giai\s+đoạn|năm)\s+(?:sắp\s+)?tới[ \t]+"
            r"(?=[^,.;:\n]{2,80}?\s(?:sẽ|cần|phải)\s)"
        ),
        speech=re.compile(_alt("directions_speech.txt")),
        # (not a rule in force: "Theo quy định, hồ sơ phải gửi trước cho Quốc hội 60 ngày ...", "Theo quy định mới, các
        # trường phải công khai tỷ lệ sinh viên ...": what a law already requires is background)
        attributed=re.compile(r"(?:cũng\s+)?theo\s+(?!đó|vậy|như|" + _alt(extra=(*_IN_FORCE, *_RULES))
                              + r"(?!\s+sư))[^,.;:\n]{2,80},"),
        # (nor a "phải" that is only sure, not owed: "vụ việc xảy ra tại Bệnh viện Đa khoa Hòa Bình rất bất thường và
        # chắc chắn phải có nguyên nhân", "U23 Việt Nam ... chắc chắn phải gặp 1 trong 5 đội mạnh", directions_sure.txt)
        modal=re.compile(
            # (the words not before it asserted after its first letter, _alt's `after`: led by a character set)
            _alt("directions_modals.txt",
                 after=r"(?<!không\s)(?<!chưa\s)(?<!chỉ\s)(?<!thì\s)"  # "muốn X thì phải Y" states a rule
                 # (nor one only forced, a consequence told: "Triều Tiên không thể tìm cách khác để tự vệ và buộc phải
                 # phát triển chương trình hạt nhân", "việc thi công ... buộc phải tạm ngừng"; "bắt buộc phải" is owed)
                 + r"(?<!(?<!bắt\s)(?<!\w)buộc\s)"
                 + _not_after("directions_sure.txt"))
            + r"(?!\s*[,.;:)”\"]|\s+(?:thiết|chăng|thơ|cù|mẫn|giờ|đước|giuộc|nên|thì|và|mà|đối\s+mặt|chịu)(?!\w))"
        ),
        # a task written as a body's charge, where a point is found or goes on (_modal_or_charged): "Trong quá trình
        # tàu sửa chữa, cơ quan đăng kiểm có trách nhiệm kiểm tra, giám sát máy móc, thiết bị" (not a fault nor a
        # responsible person: "có trách nhiệm trong việc ban hành chủ trương ...", "người có trách nhiệm không giải
        # quyết ...", "chúng ta chưa có trách nhiệm tận cùng"; nor the manner of acting: "chủ động, tích cực và có trách
        # nhiệm cùng các nước thành viên ASEAN", "thực hiện có trách nhiệm COP 21": directions_charged_not_after.txt)
        charged=re.compile(
            # (its first letter first, the words not before it asserted behind that letter: led by a literal)
            r"c(?<=" + _not_after("directions_charged_not_after.txt") + r"c)ó\s+trách\s+nhiệm"
            r"(?!\s*[,.;:)”\"]|\s+" + _alt("directions_not_charged.txt") + r")"
            # ... or with leading it: "Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các bộ liên quan
            # cập nhật dự báo ..." (not the chair of a meeting: "chủ trì hội nghị"; directions_leads_not_after.txt)
            r"|c(?<=" + _not_after("directions_leads_not_after.txt") + r"c)hủ\s+trì\s*,?\s+phối\s+hợp(?!\w)"
        ),
        action=re.compile(actions),
        task=re.compile(_alt("directions_tasks.txt")),
        # "Bí thư Tỉnh ủy ... nhấn mạnh những nhiệm vụ trong thời gian tới." — the points follow in the next sentences
        announce=re.compile(
            r"(?P<verb>" + _alt("directions_speech.txt", "directions_setverbs.txt", "directions_verbs.txt") + r")\s+"
            + det + r"(?:\d+\s+|hai\s+|ba\s+|bốn\s+|năm\s+)?" + nouns + r"[^,;:.!?\n]{0,60}?[.!?…]?\s*$"
        ),
        # (_alt(...) + "|" + _ASSIGN, with the trie's branches at the top level, so that it is led by a character set)
        any_cue=re.compile(alternatives(
            {w for name in ("directions_nouns.txt", "directions_verbs.txt", "directions_setverbs.txt",
                            "directions_speech.txt", "directions_future.txt") for w in words(name)} | {"theo"},
            r"(?!\w)", spaces=True, word_start=True) + "|" + _ASSIGN + "|" + _BARE_WISH + "|" + _decided()),
        # (not the modal that opens a point, which is written with it: "cần phối hợp BQL DA các sở, chốt lại ...",
        # "phải tổ chức lại sản xuất ...")
        lead_strip=re.compile(
            r"(?:[ ,;:\-–—+•*·●▪]+|\(?(?:\d{1,2}|[a-zđ])[.)]\s+|(?:rằng|và|đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra|"
            r"cùng\s+với\s+đó|theo\s+đó|trong\s+đó|đặc\s+biệt|trước\s+mắt)(?!\w)\s*,?\s*|" + _ASSIGN + r"\s*|"
            # a connective tying the point to the sentence before; the speech verb a point is told with
            + _LINKED_OPEN + r"|" + _TOLD_WITH + r"|"
            + _decided() + r"|(?:trong\s+)?(?:thời\s+gian|giai\s+đoạn)\s+"
            # (not a verb the modal before it makes the task itself: "Phải | thống nhất quan điểm như thế", "cần |
            # quán triệt sâu sắc quan điểm")
            # (nor "lưu ý" before the work it names, which the point needs it for: "lưu ý | công tác kiểm soát dịch bệnh
            # tại các sự kiện tập trung đông người", "lưu ý | việc kết nối đồng bộ hệ thống giao thông ...")
            r"(?:tới|sắp\s+tới)(?!\w)\s*,?\s*|(?!(?:(?<=phải\s)|(?<=cần\s))" + _OWN_TASK_VERBS + r")(?!" + _DONE_MANNER
            + r")" + _HEEDED_WORK
            + r"(?:" + _alt("directions_verbs.txt")
            + r")\s*[,:]?\s*|" + _BARE_WISH + r"\s*)+"
        ),
    )


# --- sentences ----------------------------------------------------------------------------------------------

_PARAGRAPH = re.compile(r"[^\n]+")
_LINK = re.compile(r"\s*\[[^\[\]\n]*\]\s*")
#: a sentence end: the mark, closing quotes and space before a capital (or before a bullet and its capital, the list
#: run into one paragraph: "... một cách thường xuyên. -Đẩy mạnh các chính sách ... -Khuyến khích ...", not the
#: dash after a quote that names its speaker: "... 10% GDP quốc gia…” - Thủ tướng nhấn mạnh"); or (group 1
#: unset) a capital glued to the mark, as crawled text has it ("Chính phủ.Tập trung ...").
#: (a straight single quote opens a quotation too: "... ông Lê Đình Công nói. 'Ông Nguyễn Đức Chung sẽ xử lý ...")
_RUN_IN_BULLET = r"(?<![\"”’»)]\s)[-–+](?=\s?[" + _UPPER + r"])"
_BOUNDARY = re.compile(
    r"[.!?…\]](?:([\"”’»)]*\s+(?:(?:\*|>>|•|" + _RUN_IN_BULLET + r")\s*)?)(?=[\"“‘«'(\[]?[" + _UPPER + r"\d])"
    r"|(?=[" + _UPPER + r"][a-zà-ỹđ]))"
)
_LIST_NUMBER = re.compile(r"[ \t]*\(?(?:\d{1,2}|[a-zđA-Z]|[IVX]{1,4})")  # "1. ...", "a. ...", "II. ..." open a line
#: (a lone capital is an initial, "George W. Bush", but not the words "Á" and "Ý": "... tại Châu Á. Bên cạnh đó, ...",
#: "... ở Ý. ...")
_ABBREV = re.compile(
    r"(?:^|[\s(.])(?:[" + _UPPER + r"](?<![ÁÝ])|TS|ThS|Ths|GS|PGS|TSKH|TP|Tp|BS|KS|NXB|PV|TT|St|Mr|Mrs|Ms|Dr|Th|Q|P"
    r"|v\.v)\.$"
)
_BULLET = re.compile(r"[ \t]*(?:[-–—+•*·●▪][ \t]*|\(?(?:\d{1,2}|[a-zđ])[.)]\s+)(?=\S)")
_ORDINAL = re.compile(
    r"(?<!\w)(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu)\s+là)\s*[,:]\s*"
)
#: ... and at a sentence's start, where "Một là" is as often written with no comma: "Một là đẩy mạnh sản xuất kinh
#: doanh, thúc đẩy xuất khẩu. Tập đoàn cần báo cáo ..."; "Thứ hai, là phải ..."
_ORDINAL_OPEN = re.compile(
    r"(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?:\s*[,:]\s*(?:là\s+)?)"
    r"|(?:một|hai|ba|bốn|năm|sáu)\s+là(?:\s*[,:]\s*|\s+))(?=\w)"
)
#: the first of a list: what the sentence before it announced may hold its modal ("có 2 việc phải gấp phải thực hiện. |
#: Thứ nhất, công khai quy hoạch phân khu và quy hoạch chi tiết. | Thứ hai, là phải có kế hoạch sử dụng đất ...")
_ORDINAL_FIRST = re.compile(r"(?:thứ\s+nhất|một\s+là)(?!\w)")
#: a list announced as troubles, not tasks: its items are the troubles, even one with a "phải" of its own ("công tác in
#: sao đề thi có một số khó khăn. | Thứ nhất, số lượng đề sao in nhiều hơn. | ... | Thứ ba là bài thi tổ hợp gồm ba môn
#: riêng lẻ nên phải sắp xếp phức tạp hơn", "thực tế đang xảy ra 2 vấn đề. | Một là khi doanh nghiệp nộp và chờ ...")
_TROUBLES_LEFT = 3
#: (led by the set of its words' first characters, each word asserted after it: the same matches as
#: "(?<!\w)(?:một\s+số|những|\d+|hai|ba|bốn|năm|sáu)\s+...", with the engine skipping ahead to the next possible first
#: character rather than trying every position of a long sentence)
_TROUBLES = re.compile(
    r"[mnhbs\d](?<!\w[mnhbs\d])(?:(?<=m)ột\s+số|(?<=n)hững|(?<=\d)\d*|(?<=h)ai|(?<=b)a|(?<=b)ốn|(?<=n)ăm|(?<=s)áu)"
    r"\s+(?:khó\s+khăn|vấn\s+đề|nguyên\s+nhân|bất\s+cập|hạn\s+chế|"
    r"tồn\s+tại|lý\s+do|thách\s+thức|điểm\s+nghẽn|vướng\s+mắc|nút\s+thắt|bất\s+lợi|nhược\s+điểm|trở\s+ngại)(?!\w)"
)
#: an item that only names a topic: "Thứ năm là vấn đề quản lý các cơ sở cai nghiện. | Việc quản lý Nhà nước với đối
#: tượng nghiện ma túy là rất phức tạp."
_TOPIC_ITEM = re.compile(r"(?:vấn\s+đề|về)\s")
#: a deadline inside a sentence: "... trước ngày 15/5/2021", "chậm nhất là ngày 30/6"
_DEADLINE = r"(?:trước|chậm\s+nhất|hạn\s+chót)\s+(?:là\s+)?(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}"
_DEADLINE_IN = re.compile(r"(?<!\w)" + _DEADLINE)
#: ... or opening one: "Trước ngày 10-2, Công ty tổ chức đối thoại ..."
_DEADLINE_OPEN = re.compile(_DEADLINE + r"(?:\s?[/.-]\s?\d{2,4})?\s*,\s*")
_CONNECTOR_OPEN = re.compile(
    r"(?:(?:bên\s+cạnh\s+đó|cùng\s+với\s+đó)(?:\s+là(?!\w))?|đồng\s+thời|ngoài\s+ra|mặt\s+khác|theo\s+đó|trước\s+mắt|"
    r"trên\s+cơ\s+sở\s+đó)(?!\w)\s*,?\s*"
    # (the point singled out, its comma after it: "Đặc biệt, ngành Giáo dục và Đào tạo nghiên cứu bảo đảm an toàn cho
    # học sinh ..."; not "Đặc biệt trong dịp nghỉ lễ 30/4 ..., dự báo lượng người du lịch ... sẽ gia tăng")
    r"|đặc\s+biệt\s*,\s*"
    r"|" + _DEADLINE_OPEN.pattern
)
#: ... and, right after a point in the same paragraph, the opener of its parts: "Phó thủ tướng đề nghị chính quyền các
#: tỉnh ven biển ĐBSCL thực hiện nhiều nhiệm vụ trước mắt và lâu dài. | Trong đó, các địa phương theo dõi chặt diễn biến
#: sạt lở ...", "... tăng cường việc kiểm soát tình trạng buôn lậu đường. | Trong đó, chú trọng đến việc buôn bán hóa
#: đơn chứng từ ..." (what follows must still be a task: an action, a body and its action, a modal; not a share of a
#: figure: "Tổng huy động tăng bình quân 15,6%/năm. | Trong đó, huy động tổ chức kinh tế và dân cư tăng bình quân
#: 24%/năm")
_PARTS_OPEN = re.compile(r"trong\s+đó\s*,\s*")
#: the modal a task addressed to a body may open on: "Đối với Công an các địa phương, phải đặc biệt quan tâm ..."
_MODAL_THEN = re.compile(r"(?:cần|phải|cần\s+phải)\s+(?:(?:đặc\s+biệt|hết\s+sức|thật\s+sự|luôn)\s+)?")
#: a sentence that names the body its task is for, then the task: "Đối với Sở Xây dựng, khẩn trương đề xuất ...", "Sở
#: LĐTBXH, kiểm tra, rà soát ..." (after a directive, as its next point)
_ADDRESSED_OPEN = re.compile(r"(?:đối\s+với\s+[^,.;:!?\n]{2,60}?|(?:sở|ubnd|bộ|ban|công\s+an)\s+[^,.;:!?\n\s]+(?:\s+[^,.;:!?\n\s]+){0,4}?)"
                             r"\s*,\s*")
#: a topic the chair's next order is given under, the order after its comma (inside a run of orders to named units,
#: the opener kept): "Đối với Cục Công nghiệp và Cục Hóa chất, Bộ trưởng giao tham mưu xây dựng ...", "Với Cục Xuất
#: nhập khẩu, đơn vị này được giao phối hợp ...", "Đối với các tỉnh: Hà Nam, Hưng Yên, ..., khẩn trương truy vết ..."
#: (not a role or a deed the point is set in: "Với tư cách là ...", "Với việc ...", _SET_IN)
_TOPIC_OPEN = re.compile(r"(?:còn\s+)?(?:đối\s+với|với|về)\s+(?!(?:tư\s+cách|việc|phía)(?!\w))")
#: ... the one who gives or is given it, then the task: "Bộ trưởng giao | tham mưu ...", "đơn vị này được giao | phối
#: hợp ...", "Cục Công Thương địa phương được giao | chủ động phối hợp ..."
_GIVEN_TASK = re.compile(r"(?:[^\s,.;:!?]+\s+){1,5}?(?:được\s+)?giao\s+(?:nhiệm\s+vụ\s+)?")
#: ... and the clause a body's order is given in, between the body and its verb: "Các Bộ Quốc phòng, Công an, Y tế,
#: UBND các tỉnh theo chức năng nhiệm vụ được giao, | khẩn trương rà soát ..."
_BY_DUTY = re.compile(r"(?<!\w)(?:theo|trong\s+phạm\s+vi)\s+(?:chức\s+năng|thẩm\s+quyền)[^.;:!?\n]{0,40}?"
                      r"(?:được\s+giao|của\s+mình|quyền\s+hạn)\s*,\s*")
#: a connective tying the point to the sentence before, its comma after it (stripped from a point's head): "Cụ thể, các
#: đơn vị phải báo cáo theo từng dự án ...", "Song song đó, 24 quận, huyện phải nâng cấp ...", "Sau đó, Bộ sẽ tổng hợp
#: các ý kiến ...", "Tuy nhiên, nội bộ ngân hàng đặt mục tiêu ...", "do vậy, Tổng cục DTNN cần phải nghiên cứu ...",
#: "Trước tình hình đó, Hội đồng quản trị sẽ nỗ lực ...", "Để hiện thực hóa điều này, trường cần ...", "với thẩm quyền
#: của mình, UBND các tỉnh cần ..." (not a time: "Năm 2017, ngân hàng đặt mục tiêu ...", "Tới đây, chúng tôi sẽ phối
#: hợp ..." keep theirs); and the frame a point is set in, its comma after it: "trong bối cảnh tình hình diễn biến phức
#: tạp, hai nước cần tăng cường ...", "Với tư cách là một cực tăng trưởng của vùng duyên hải Bắc Bộ, Hải Phòng phải
#: phấn đấu ...", "Trên tinh thần ấy, các cơ quan chức năng ... cần ...", "Với việc phát hành thêm cổ phần này, Đại hội
#: cũng thông qua việc tăng vốn điều lệ ..." (not "bên cạnh ...", "với việc ..." going on with a list: "Bên cạnh nhiệm
#: vụ thông tin, quảng bá hình ảnh đất nước ..., các Đại sứ ... cần ...", "Với việc đi thực tế, kết hợp liên ngành ...")
_SET_IN = (r"(?:trong\s+bối\s+cảnh\s+[^,.;:!?\n]{2,60}?|với\s+tư\s+cách\s+[^,.;:!?\n]{2,60}?|"
           r"với\s+việc\s+[^,.;:!?\n]{2,60}?\s(?:này|đó|ấy)|trên\s+tinh\s+thần\s+(?:ấy|đó|này))\s*,\s*")
_LINKED_OPEN = (r"(?:(?:cụ\s+thể|sau\s+đó|song\s+song(?:\s+với)?\s+đó|tuy\s+nhiên|hơn\s+nữa|vì\s+vậy|vì\s+thế|do\s+đó|"
                r"do\s+vậy|trước\s+(?:tình\s+hình|thực\s+trạng|thực\s+tế)\s+(?:đó|này|trên)|"
                r"để\s+[^,.;:!?\n]{2,40}?\s(?:này|đó)|với\s+[^,.;:!?\n]{2,30}?\s+của\s+mình)\s*,\s*|" + _SET_IN + ")")
#: ... and the speech verb a point is told with, the cue before it: "G20 đã nhất trí | cam kết giảm khí thải ...", "đồng
#: thời | nhấn mạnh việc thu hồi đất phải bảo đảm an sinh xã hội ...", "Phó Thủ tướng ... nhất trí | khẳng định Liên
#: bang Nga sẽ tiếp tục ủng hộ ..." ("cho rằng" is left for _dedupe, which judges by it); not a verb whose object is a
#: noun the point needs it with: "nhấn mạnh tầm quan trọng của việc đảm bảo tự do hàng hải ...", "nhấn mạnh các dấu ấn
#: nổi bật trong chuyến thăm ...", "nhấn mạnh mong muốn được đón ..."
_TOLD_WITH = (r"(?:cam\s+kết|nhấn\s+mạnh|khẳng\s+định)(?!\w)(?!\s*(?:[.;:]|(?:là|và|của|này|đó|tầm\s+quan\s+trọng|"
              r"vai\s+trò|ý\s+nghĩa|sự|mong\s+muốn|các|những|quyết\s+tâm)(?!\w)))\s*,?\s*")
#: a sentence that goes back to before the meeting: "Trước đó, Bộ Công thương đã nhất trí cử ông ...", "Trước đó, tại
#: Hội nghị Tổng kết Sở TT&TT, ông Nguyễn Đức Chung đã giao ...": what it tells was set out on another occasion; and so
#: a "Mới đây," that tells no meeting: "Mới đây, UBND tỉnh Trà Vinh giao cho các sở ngành xem xét ...", "Mới đây, Chủ
#: tịch UBND TPHCM ... đã thống nhất chủ trương giao ..." (not the meeting itself: "Mới đây, tại buổi làm việc với ...",
#: "Mới đây, tại TP.HCM, Bộ Công Thương đã tổ chức hội nghị ...", "Mới đây, ông X đã tiếp đoàn ..."; but "tiếp tục",
#: "phiên bản", "cuộc sống", "gặp khó khăn" tell none)
#: (directions_meetings.txt, all its lines)
_MEETING_TOLD = r"(?<!\w)(?:" + alternation(lexicon.labelled("directions_meetings.txt"), spaces=True) + r")(?!\w)"
_EARLIER = re.compile(r"[\"“‘«(]?\s*(?:trước\s+đó\s*,|mới\s+đây(?:\s+nhất)?\s*,(?![^!?\n]*" + _MEETING_TOLD + r"))")
#: a sentence that says who attended: "Ngoài ra, tham dự cuộc họp có ông Nguyễn Thế Bình – Phó Tổng Cục trưởng ...; lãnh
#: đạo Sở NN&PTNT ...", "Tham dự buổi làm việc ngoài các chủ tàu ... còn có ông ...", "Cùng dự có ...", "Tham gia hội
#: nghị có gần 200 đại biểu là lãnh đạo, công chức chỉ đạo, theo dõi công tác thư viện; ..."
_ATTENDANCE = re.compile(
    r"(?:(?:ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời)\s*,?\s*)?(?:tham\s+dự|tham\s+gia|(?:cùng|đến|tới|về)\s+dự|dự(?=\s+(?:hội|buổi|cuộc|lễ|phiên|kỳ|đại\s+hội|chương\s+trình)(?!\w))|có\s+mặt)"
    r"(?!\w)[^.;:!?\n]{0,100}?(?<!\w)(?:có|gồm)(?!\w)")
#: an agreement verb after a purpose word tells what a meeting is held for, not what it agreed: "... tổ chức cuộc
#: họp với ... 19 chủ tàu vỏ thép ... để thống nhất thời gian, phương án khắc phục cụ thể đối với từng con tàu", "tổ
#: chức họp bàn nhằm thống nhất phương án khắc phục ...", "họp bàn và đi đến thống nhất cơ bản đối việc sửa chữa tàu"
_AGREE = re.compile(r"thống\s+nhất|nhất\s+trí")
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm|đi\s+đến|tiến\s+tới)\s+$")
#: ... and one before a verb of judging tells an assessment agreed on, what was achieved, not a task set: "Hội nghị
#: thống nhất đánh giá việc triển khai thực hiện Nghị quyết 35 ... đã góp phần tạo dựng niềm tin ...", "cơ bản các ý
#: kiến đều nhất trí đánh giá kỳ họp thứ 3 đã diễn ra thành công tốt đẹp", "Hai bên thống nhất đánh giá: Năm 2020,
#: tình hình thế giới ..." (not a review to be made, told how: "thống nhất đánh giá lại ...", "nhất trí đánh giá kỹ
#: ...", "đánh giá nghiêm túc, toàn diện": directions_manner_adverbs.txt)
_ASSESSED = re.compile(r"\s+(?:đánh\s+giá|nhận\s+định|nhận\s+thấy)(?!\w)"
                       r"(?!\s+" + _alt("directions_manner_adverbs.txt", extra=("lại", "kỹ", "tác động")) + r")")
#: "quán triệt" in the name of a meeting held to study a text tells what the meeting is for, not a task it set:
#: "tổ chức Hội nghị trực tuyến toàn quốc học tập, quán triệt và triển khai thực hiện Nghị quyết Trung ương 5",
#: "Thành ủy TPHCM tổ chức hội nghị quán triệt quy chế về tiếp xúc, đối thoại ...", "tổ chức thành công Hội nghị học
#: tập quán triệt các nghị quyết ...", and so in a plan's: "Kế hoạch học tập, quán triệt và triển khai thực hiện Nghị
#: quyết Trung ương 5" (directions_study_occasions.txt; not one whose words between set it: "Hội nghị yêu cầu các cấp
#: ủy quán triệt ...")
_STUDIED_AT = re.compile(
    _alt("directions_study_occasions.txt")
    + r"(?:\s+(?!" + _alt("directions_modals.txt", "directions_verbs.txt", "directions_proposal_verbs.txt",
                         extra=("đã", "sẽ", "đang", "giao", "tiếp tục")) + r")[^\s,.;:!?\"“”()]+){0,5}?"
    r"(?:\s*,?\s+học\s+tập)?\s*,?\s+$")
#: ... and "quán triệt" what the audience "được nghe" a speaker present: a training's content, the texts it went
#: through, not a task set there ("hơn 100 cán bộ ... đã được nghe lãnh đạo Cục Lưu trữ Văn phòng Trung ương Đảng quán
#: triệt, triển khai một số nghiệp vụ trong công tác văn thư, lưu trữ; quán triệt một số nội dung cơ bản ...")
_HEARD = re.compile(r"(?<!\w)được\s+nghe(?!\w)[^.!?\n]{0,160}$")
#: "yêu cầu" / "đề nghị" after a word that makes it a possibility, a right, a denial or a standing rule
#: (directions_hedges.txt): "nên chỉ có thể yêu cầu buộc thôi việc luôn", "Bộ GD-ĐT chỉ yêu cầu các trường công bố ..."
_ASK = re.compile(r"yêu\s+cầu|đề\s+nghị")


#: ... where its clause starts: after a ";" or ":", or after the "rằng" that reports it ("Hai Chủ tịch cho rằng, hai
#: nước cần tiếp tục quan tâm đôn đốc chỉ đạo sát sao, ...") or the verb that asks it ("kiến nghị Chính phủ chỉ đạo
#: quyết liệt hơn nữa ..."); and the "của" after it that makes it a noun ("chỉ đạo sâu sắc, toàn diện của Đảng")
_MANNER_CLAUSE = re.compile(r".*(?:;|:(?!\d)|(?<!\w)(?:rằng|" + _alt("directions_proposal_verbs.txt")
                            + r")(?!\w)\s*,?)\s*", re.S)
#: ... unless a modal right before it makes it the task, which starts there ("cần | quán triệt sâu sắc quan điểm này")
_MODAL_BEFORE = re.compile(r"(?<!\w)" + _alt("directions_modals.txt") + r"\s+$")
#: ... and a time ahead after the "đã" of the sentence's earlier part, which leaves that past behind ("Hội nghị đã nghe
#: báo cáo, thời gian tới tỉnh tập trung chỉ đạo quyết liệt, ...")
_AHEAD_AFTER = re.compile(r"(?<!\w)" + _alt("directions_future.txt") + r"(?!\w)")
_CLAUSE_GAP = re.compile(r"[\s,]*")
_MANNER_NOUN = re.compile(r"(?:,?[ \t]+(?:" + _alt("directions_manner_adverbs.txt") + r")|[ \t]*,[ \t]*(?:"
                          + _alt("directions_manner_adverbs.txt") + r"))*[ \t]+của(?!\w)")
#: ... a steering verb with how it is done right after it
_DONE_MANNER_AT = re.compile(_DONE_MANNER)


def _done_before(low: str, s: int, at: int) -> bool:
    """Whether the sentence tells what is at `at` as done: a past word before it in the sentence ("các cấp ủy đã
    thảo luận sôi nổi, quán triệt sâu sắc ..."), not followed by a time ahead (_AHEAD_AFTER)."""
    past = None
    for past in _PAST.finditer(low, s, at):
        pass
    return past is not None and not _AHEAD_AFTER.search(low, past.end(), at)


@cache
def _hedged_ask() -> re.Pattern[str]:
    """A hedge word (directions_hedges.txt) right before the end of the text searched."""
    return re.compile(_alt("directions_hedges.txt") + r"\s+$")


#: a source who asks not to be named, news' way of quoting one: "Một quan chức tham gia phái đoàn Hàn Quốc tới Mỹ yêu
#: cầu giấu tên nói rằng ...", "một quan chức Mỹ đề nghị giấu danh tính nói ..."
_ANONYMOUS = re.compile(r"\s+(?:được\s+)?(?:giấu|dấu|không\s+(?:nêu|công\s+bố|tiết\s+lộ))\s+(?:tên|danh\s+tính)(?!\w)")
#: a deed done before that the speaker praises or thanks someone for, the directive verb inside it: "Phó Thủ tướng
#: Trương Hòa Bình đánh giá cao Bộ GTVT đã tích cực chỉ đạo hoàn thiện báo cáo ...", "Chủ tịch nước hoan nghênh Quân ủy
#: Trung ương và Bộ Quốc phòng hai nước đã chỉ đạo các cấp, các ngành ...", "hoan nghênh G20 đã nhất trí cam kết ...",
#: "cảm ơn Tổng Bí thư đã chỉ đạo kiên quyết ..." (the praise verb, then "đã" and at most two words before the verb;
#: not a request after the deed: "cảm ơn JICA đã hỗ trợ tích cực ..., đồng thời đề nghị JICA tiếp tục ..."; the
#: praise verbs: directions_praise_verbs.txt). An agreement welcomed is no deed skipped: "hoan nghênh G20 đã nhất trí
#: cam kết nỗ lực bảo đảm ..." keeps its "nhất trí" (_AGREE), though "cam kết" after it is skipped.
_PRAISED_DEED = re.compile(r"(?P<praise>" + _alt("directions_praise_verbs.txt") + r")(?P<gap>[^.;:!?\n]*?)"
                           r"(?<!\w)đã(?:[ \t]+[^\s,.;:!?]+){0,2}[ \t]+$")
#: ... the praise ends at a comma with a new subject after it, a post or a capitalised name, when what was praised is
#: no person or body named ("biểu dương thành tích của ngành trong năm qua, Bộ trưởng đã yêu cầu các đơn vị ...",
#: "hoan nghênh các địa phương, Thủ tướng đã chỉ đạo ..."); a list of the praised goes on ("cảm ơn Tổng Bí thư, Chủ
#: tịch nước đã chỉ đạo ...")
_PRAISE_COMMA = re.compile(r",[ \t]*")


def _praise_ended(doc: Doc, praised: re.Match[str]) -> bool:
    """Whether a comma followed by a new subject (_LEADER_SPEAKER's post or a capitalised word) comes between the
    praise verb and "đã" of _PRAISED_DEED, what the verb praises opening on neither."""
    low, text = doc.low, doc.text
    gap = low[praised.end("praise"):praised.end("gap")]
    first = praised.end("praise") + len(gap) - len(gap.lstrip())
    if text[first:first + 1].isupper() or _LEADER_SPEAKER.match(low, first):
        return False
    return any(text[c.end():c.end() + 1].isupper() or _LEADER_SPEAKER.match(low, c.end())
               for c in _PRAISE_COMMA.finditer(low, praised.end("praise"), praised.end("gap")))


#: a wish the speaker makes in the first person, "tôi" or "chúng tôi" its subject: their own hope, told in their words,
#: not a point set out ("Tôi cũng mong Tổng cục Du lịch sẽ có thời gian suy nghĩ lại", "Trong việc sửa chữa lần này,
#: chúng tôi mong muốn tổ đăng kiểm làm việc nghiêm túc ...", "Tôi mong rằng mỗi quốc gia, mỗi dân tộc ... hãy cùng
#: chung tay", "Bản thân tôi và gia đình mong muốn tăng sở hữu ..."; not "chúng ta", who are all told to act)
_FIRST_PERSON_WISH = re.compile(r"(?<!\w)(?:chúng\s+)?tôi(?:\s+và\s+gia\s+đình)?"
                                r"(?:\s+(?:cũng|rất|luôn|thực\s+sự|thật\s+sự|chỉ|vẫn))*\s+$")
_WISH = re.compile(r"mong(?:\s+(?:muốn|rằng))?")
#: a directive verb before "rằng" reports what someone holds ("lưu ý rằng ...", "nhất trí rằng ..."): a direction only
#: when what follows says what must be done (cần, phải, nên)
_THAT = re.compile(r"\s*,?\s*rằng(?!\w)")
#: verbs of heeding, and what follows them when it is a thing to bear in mind, not a task ("lưu ý thêm tình hình dịch
#: bệnh ...", "lưu ý tới 2 vấn đề", "lưu ý đến những ý kiến cho rằng ...", "Đáng lưu ý là ..."); "lưu ý việc ..." and
#: "lưu ý đến ..." are tasks as often as not
#: ... and the work heeded, named after "lưu ý" (kept with its verb in the point: "lưu ý công tác phòng, chống dịch
#: trong dịp lễ 30/4 ...")
_HEEDED_WORK = r"(?!lưu\s+ý\s+(?:công\s+tác|việc)(?!\w))"
_HEED = re.compile(r"lưu\s+ý|nhắc\s+nhở")
_HEEDED_THING = re.compile(
    r"\s*(?:tới|là|thêm|để|về|tình\s+hình|(?:đến\s+)?(?:các|những|một\s+số|\d+|hai|ba|bốn|năm)\s+(?:vấn\s+đề|điểm|"
    r"trường\s+hợp|nội\s+dung|ý\s+kiến))(?!\w)")
#: ... of which what the reasoning concludes may give a body its task: "Vì vậy, các tỉnh phải nắm chắc ...", and so
#: what a point leads to: "Từ đó, Bộ cần đề xuất những giải pháp thực sự mạnh và đột phá"
#: the words that draw a conclusion ("Vì vậy", "Từ đó"), whether a task follows them or a consequence
_SO = r"vì\s+vậy|vì\s+thế|do\s+đó|từ\s+đó|qua\s+đó"
_THEREFORE = re.compile(r"(?:" + _SO + r"|do\s+vậy)\s*,\s*")
#: ... or, with its comma or not, a modal right after it (_goes_on): "Qua đó phải đổi mới ...", "Vì thế, phải không
#: ngừng học tập ..."
_SO_THEN = re.compile(r"(?:" + _SO + r"|do\s+vậy)\s*,?\s*")
_CONSEQUENCE = re.compile(r"(?:nếu|khi|dịp\s+này|nhờ\s+đó|như\s+vậy|tuy\s+nhiên|" + _SO + r")(?!\w)")
_VERB_NOUN_NEXT = re.compile(
    r"[ \t]*(?:của|về|đặt\s+ra|này|đó|trên|tại|cao|chung|cụ\s+thể|mới|được|hội\s+nghị|hội\s+thảo|đại\s+hội|buổi|"
    r"tọa\s+đàm|lớp|kỳ\s+họp|cuộc\s+họp|phiên|đầu\s+tư|vốn|tài\s+trợ|nghị\s+quyết|chỉ\s+thị|thông\s+tư|nghị\s+định|"
    # ("thống nhất đất nước", "kể từ khi đất nước thống nhất đến nay": the nation's unification)
    r"luật|với|đất\s+nước|đến\s+nay|[.,;:)\]])(?!\w)"
)
def _provinces() -> str:
    """A province or centrally-run city named as a body: "TPHCM cần nói rõ ...", "Đà Nẵng phải ..." (provinces.json)."""
    names = set()
    for record in lexicon.table("provinces.json")["provinces"]:
        for name in (record["name"], *record.get("aliases", ())):
            names.add(name.lower())
    return alternation(names | {"tphcm", "tp.hcm", "tp hcm", "tp. hcm", "tp.hồ chí minh", "tp. hồ chí minh"},
                       word_start=True)


#: the bodies a direction is given to, opening a sentence as its subject (up to the action verb after them), also
#: counted: "Hai công ty đóng tàu phải xây dựng phương án khắc phục ... trước ngày 5/7"
_BODY_SUBJECT = re.compile(
    r"(?:(?:các\s+|những\s+|mỗi\s+|hai\s+|ba\s+)?" + _alt("directions_bodies.txt")
    + r"|(?:tp\.?\s*|thành\s+phố\s+|tỉnh\s+)?(?:" + _provinces()
    # (not a post or a workforce: "Bộ trưởng", "Lực lượng lao động của các doanh nghiệp trong nước cần được đào tạo")
    + r")(?=\s+(?:cần|phải|nên)\s))(?!\s+(?:trưởng|lao\s+động)(?!\w))"
    # both sides of talks: "Hai bên cần tăng cường trao đổi thông tin", "hai cơ quan cần tổ chức sơ kết"
    # (what both agree to do, not how they feel or what they could do: "Hai bên bày tỏ hài lòng", "có thể")
    # (what they also or each do too: "Hai bên cũng sẽ chú trọng xây dựng tuyến biên giới ...", "hai nước đều tiếp tục")
    r"|hai\s+(?:bên|nước|cơ\s+quan|ngành|đơn\s+vị|tỉnh|thành\s+phố|địa\s+phương|bộ)(?=\s+(?:(?:cũng|đều)\s+)?(?:sẽ|cùng|cần|phải|"
    r"tiếp\s+tục|nhất\s+trí|đồng\s+ý|thống\s+nhất|tăng\s+cường|đẩy\s+mạnh|phối\s+hợp|hợp\s+tác)(?!\w))"
    # one province of two working together going on with what it is to keep doing, in their agreed points: "Hà Nội tiếp
    # tục giới thiệu, giúp đỡ các doanh nghiệp Lào Cai ..." (not a country: a guest's plans often follow one, told
    # after the guest's name the record may miss, "U-dơ-bê-ki-xtan tiếp tục hỗ trợ ... | Phó Thủ tướng M.Dô-y-rơ cho
    # biết, ... Trong chuyến đi lần này, Phó Thủ tướng và đoàn sẽ tập trung tìm hiểu ...")
    r"|(?:" + _provinces() + r")(?=\s+(?:cũng\s+)?(?:sẽ\s+)?tiếp\s+tục\s)"
)
#: a sentence on what a programme or a survey covers, not on what a body will do
_PROGRAMME = re.compile(r"(?:nội\s+dung|chủ\s+đề|chương\s+trình\s+nghị\s+sự)(?!\w)")
#: a body's words reported, not a task given to it: "Bộ trưởng ... khẳng định", "Sở TN-MT đang theo dõi"
_SAYS = re.compile(r"(?<!\w)(?:khẳng\s+định|cho\s+biết|cho\s+rằng|(?<!tiếng\s)nói|đang|đã|sẵn\s+sàng)(?!\w)")
#: ... or what it did or promised, told alongside: "Công an Hà Tĩnh cũng đẩy mạnh phong trào ...", "Công ty này cũng
#: hứa sẽ khắc phục ...", "Công ty Nam Triệu và chủ tàu thảo luận phương án khắc phục ..."
_REPORTS = re.compile(r"(?<!\w)(?:cũng(?!\s+(?:cần|phải|sẽ|nên)(?!\w))|hứa|cam\s+kết|thảo\s+luận|trao\s+đổi|được|bị)(?!\w)")
_COLON_NEXT = re.compile(r"[ \t]*:")
_COMMA_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?=[^\s,.;:])")
#: ... or after the time ahead the request is for: "đề nghị, trong thời gian tới: Thứ nhất, ...", "mong muốn, thời gian
#: tới, các phụ huynh tiếp tục phối hợp ..."
_TIME_AHEAD = re.compile(r"(?:trong\s+)?(?:thời\s+gian|giai\s+đoạn)\s+(?:tới|sắp\s+tới)[ \t]*[,:][ \t]*(?=[^\s,.;:])")
#: a subject of a few words, then "nên" and what it should do, after a cue that sets out (_speech_start): "Ông Nhạ
#: cũng nhấn mạnh Cần Thơ nên chú trọng vấn đề đào tạo ngoại ngữ"
_ADVISES = re.compile(r"nhấn\s+mạnh|nêu\s+rõ|chỉ\s+rõ|kết\s+luận")
_ADVISED = re.compile(r"[ \t]+(?:rằng[ \t]*,?[ \t]*)?(?P<subject>(?:[^\s,.;:!?\n\"“”]+[ \t]+){1,5}?)nên[ \t]+"
                      r"(?!(?:chăng|là|có\s+thể|được|không|chưa)(?!\w))(?=\w)")
#: after the comma, a subject of a few words and what it is to do: "Quốc hội sẽ tiếp tục quan tâm", "các bộ tiếp tục"
_SUBJECT_ACTS = re.compile(r"(?:[^\s,.;:!?\n\"“”]+[ \t]+){1,6}?(?:sẽ|nên)(?!\w)")
#: ... unless the verb is a condition's, or a remark's: "Nếu Mỹ chính thức đề nghị, chúng tôi sẽ ...", "Trường hợp Thủ
#: tướng đã chỉ đạo, chúng tôi sẽ ...", "Đáng lưu ý, các đại biểu sẽ nghe ..."
_IF_BEFORE = re.compile(r"(?<!\w)(?:nếu|trường\s+hợp|khi|đáng)(?!\w)[^,.;:!?\n]*$")
_PAST = lexicon.WordLed(r"(?<!\w)(?:đã|vừa\s+qua|thời\s+gian\s+qua|năm\s+qua|đã\s+từng)(?!\w)")
_INTRO_ONLY = re.compile(
    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|một\s+số|mấy|những|các)\s+(?:vấn\s+đề|nội\s+dung|nhiệm\s+vụ|giải\s+pháp|điểm|"
    r"kiến\s+nghị|đề\s+nghị|yêu\s+cầu|nhóm|mục\s+tiêu|định\s+hướng|việc|nguyên\s+tắc)(?!\w)[^,;:]{0,60}$"
)
_DONE_NOUN = re.compile(r"(?:hoàn\s+thành|thực\s+hiện|thực\s+thi)(?:\s+(?:tốt|xuất\s+sắc))?\s+(?:các\s+|những\s+)?$")
#: (the work done with a partner, told between "đã" and its verb: "Sở GTVT TP cùng các đơn vị chức năng đã phối hợp với
#: cảng Cát Lái triển khai một số giải pháp cấp bách như ...")
_BACKGROUND_BEFORE = re.compile(
    r"(?<!\w)(?:đã\s+(?:phối\s+hợp\s+(?:với\s+)?[^,.;:!?\n]{2,60}?\s+(?=(?:triển|thực|áp|tiến)\s))?"
    r"(?:triển\s+khai|thực\s+hiện|áp\s+dụng|cụ\s+thể\s+hóa|tiến\s+hành|đạt|hoàn\s+thành|làm|có)"
    r"|thảo\s+luận|bàn\s+về|bàn\s+bạc|trao\s+đổi|tham\s+luận|chia\s+sẻ|nghe\s+báo\s+cáo)(?!\w)"
)
#: ... or a proposal or a solution put forward before, "đã" with the verb right before the noun: the district's earlier
#: petition ("UBND quận đã mạnh dạn kiến nghị TP để quản lý 24 tuyến kênh: ..."), what scientists or an audit had
#: proposed ("các nhà khoa học cũng đã đề xuất một số giải pháp ... như ...", "Hội đồng AFF đã đề xuất độ tuổi ... là
#: ..."); not the meeting's own, told as done ("Tại cuộc họp ... đã đưa ra các giải pháp cấp thiết làm ngay là ...",
#: "Hội nghị đã đề ra các nhiệm vụ ...", "Tại hội nghị, Thủ tướng đã đề ra ...": a sentence opening on the meeting,
#: _MEETING_DID)
_PROPOSED_BEFORE = re.compile(r"(?<!\w)đã\s+(?:\w+\s+){0,2}?(?:kiến\s+nghị|đề\s+xuất|đưa\s+ra|đề\s+ra|nêu\s+ra)\s+"
                              r"(?:[^\s,.;:!?]+\s+){0,4}$")
#: ... the noun itself the verb: "UBND quận đã mạnh dạn | kiến nghị TP để quản lý 24 tuyến kênh: ..."
_PROPOSING_BEFORE = re.compile(r"(?<!\w)đã\s+(?:\w+\s+){0,2}$")
_MEETING_DID = re.compile(r"\W*(?:tại\s+|trong\s+|kết\s+luận\s+|phát\s+biểu\s+(?:tại\s+)?)?(?:cuộc\s+họp|hội\s+nghị|buổi\s+làm\s+việc|phiên\s+họp|kỳ\s+họp|"
                          r"đại\s+hội|hội\s+thảo|buổi\s+họp)(?!\w)")
#: a quote's attribution after it, closing the sentence: "...”, ông Vinh nói", "...” - Thủ tướng cho biết"; the other
#: verbs news reports a quote with ("...”, Giám đốc Sở GD&ĐT Hà Nội cho hay", "...”, ông Đệ kiến nghị", "...” - ông
#: Trạng bổ sung", "...”, Thủ tướng phân tích thêm", "...”, phát ngôn viên ... cho hay trong cuộc họp báo")
_SAID_VERB = (
    r"[^\"“”«»\n]{2,90}?(?<!\w)(?:(?:nêu|thông\s+tin)[\s.;,:…!?]*$|nói(?!\s+(?:chung|riêng)(?!\w))|cho\s+biết|"
    r"khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|phát\s+biểu|"
    r"yêu\s+cầu|đề\s+nghị|nêu\s+rõ|kết\s+luận|bày\s+tỏ|lưu\s+ý|cho\s+hay|kiến\s+nghị|đề\s+xuất|bổ\s+sung|giải\s+thích|"
    r"phân\s+tích|lý\s+giải|thừa\s+nhận|gợi\s+ý|nhận\s+xét|nhận\s+định|nêu\s+ý\s+kiến|đặt\s+câu\s+hỏi|cam\s+kết|"
    r"cảnh\s+báo|cảnh\s+cáo|giao\s+nhiệm\s+vụ|tâm\s+sự|thông\s+báo|trả\s+lời|tiết\s+lộ|khuyến\s+cáo|nhắn\s+nhủ|"
    r"bình\s+luận)(?:(?:\s+\w+){0,4}[\s.;,:…!?]*$"
    # (or a second verb of the speaker's going on to the end of the sentence: "... cho các bạn”, Thủ tướng Nguyễn Xuân
    # Phúc khẳng định và bày tỏ niềm vui sẽ được chào đón ...", "... vô cùng nguy hiểm", Thủ tướng nhấn mạnh và cho
    # biết Bộ Công an đã có báo cáo ...")
    r"|\s+và\s+(?:cho\s+biết|cho\s+hay|bày\s+tỏ|nhấn\s+mạnh|khẳng\s+định|cho\s+rằng|nói\s+thêm)(?!\w)[^\"“”«»\n]*$)"
)
#: (the quote closed by two straight single quotes, or its comma inside it: "... chỉ huy như thế nào'', ông Chiêm
#: nói", "... xử lý khẩn cấp mã độc này," Bộ trưởng Trương Minh Tuấn nói", "... trong phạm vi bảo hành” - văn bản nêu",
#: "... quốc gia", ông Vinh thông tin")
_SAID = re.compile(r"(?:[\"”’»']\s*[,–—-]+|(?<=[,.!?…])[\"”’»'])\s*" + _SAID_VERB)
#: ... or its speaker right after a closing quote with no mark between (found in the text, where the speaker's capital
#: shows): "... các sở ban ngành phải trả lời” Bí thư Thành ủy Đà Nẵng nói"; or, no quote marks at all, a name closing
#: the sentence after a comma: "... thậm chí là cho phá sản, ông Sơn cho biết", "... truy tố trước pháp luật , ông Châu
#: nói"
_SAID_BARE = re.compile(r"(?<=[”’'])\s+(?=(?:[" + _UPPER + r"]|ông\s|bà\s))" + _SAID_VERB
                        + r"|\s*,\s*(?:ông|bà)\s+[" + _UPPER + r"]\w*(?:\s+[" + _UPPER + r"]\w*){0,3}\s+"
                        r"(?:nói|cho\s+biết|cho\s+hay|nêu|thông\s+tin|nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ)[\s.]*$"
                        # (or after a dash, a title alone: "... với cử tri và hoạt động của Quốc hội - Chủ tịch nói")
                        r"|\s+[-–—]\s*(?:ông|bà|[" + _UPPER + r"]\w*)(?:\s+\w+){0,3}?\s+(?:nói|cho\s+biết|cho\s+hay|"
                        r"nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ)[\s.]*$")
_SEMICOLON = re.compile(r";[ \t]*")
#: ... and "đồng thời" that may open the part after it
_AT_THE_SAME_TIME = re.compile(r"(?:đồng\s+thời(?!\w)\s*,?\s*)?")
#: "đề nghị A, đồng thời yêu cầu B": a second directive after a comma is a second point
_SECOND_DIRECTIVE = re.compile(r",\s*(?:đồng\s+thời\s+|và\s+)?(?=(?:đề\s+nghị|yêu\s+cầu|kêu\s+gọi|lưu\s+ý)\s)")
#: ... and a verb of saying or feeling after "và" / ", đồng thời" ends the point (directions_said_next.txt): what the
#: speaker went on to say or feel is no part of the task ("... để tăng cường hiểu biết lẫn nhau | , đồng thời ghi nhận
#: những tiến triển trong đàm phán ...", "... phê chuẩn Hiệp định Thương mại tự do Việt Nam -EU | và hoan nghênh Thủ
#: tướng Paolo Gentiloni thăm Việt Nam", "... cải thiện quan hệ song phương | , đồng thời khẳng định tầm quan trọng của
#: ..."); a task told after it, or what it sets out after a colon, is a point of its own (_SAID_NEXT_TASK: "... và khẳng
#: định | sẽ tiếp tục đề nghị Bộ Quốc phòng sớm giao đất ...", "... tiếp tục đoàn kết để phát triển và nhấn mạnh: |
#: Minh bạch – Dân chủ là hai yêu cầu hàng đầu ...") (a wish, "mong muốn", is a point's cue of its own: _BARE_WISH; a
#: quotation after the verb is left to the quotation's own reading, _quoted_after: "..., đồng thời tin tưởng “các bạn sẽ
#: cùng chúng tôi làm nên một bình minh rực rỡ ...”")
_SAID_NEXT = re.compile(r"(?:[ \t]*,[ \t]*(?:đồng\s+thời|và)|[ \t]+(?:và|đồng\s+thời))[ \t]+(?:(?:cũng|đặc\s+biệt)[ \t]+)?"
                        + _alt("directions_said_next.txt") + r"(?![ \t]*[“\"])")
#: (... or, after a verb that tells, a pledge or plan told as _COMMITS reads it: "... và khẳng định | sẽ tiếp tục đề nghị
#: Bộ Quốc phòng ...", ", đồng thời khẳng định | sẽ áp dụng mọi biện pháp có thể ..."; not a belief, "và tin tưởng Dự án
#: này sẽ đóng góp ...")
_SAID_NEXT_TELLS = re.compile(r"cho\s+biết|cho\s+hay|khẳng\s+định|nhấn\s+mạnh")
_SAID_NEXT_TASK = re.compile(r"(?<!\w)(?:cần|phải|nên|(?<!hai\s)(?<!các\s)(?<!những\s)(?<!một\s)(?:đề\s+nghị|yêu\s+cầu))(?!\w)")
#: a figure reported: a share or a rise or fall by so much
_SHARE = r"\d(?:[.,]\d+)?\s*%"
_FIGURE_VERBS = r"tăng|giảm"
_FIGURE_ABOUT = r"khoảng\s+|gần\s+|hơn\s+"
_FIGURE = re.compile(_SHARE + r"|(?<!\w)(?:" + _FIGURE_VERBS + r")\s+(?:" + _FIGURE_ABOUT + r")?\d")
#: words that steer towards a figure, not report it: "điều hành tăng trưởng tín dụng ... khoảng 1,6%"
_STEERS = re.compile(r"(?<!\w)(?:khuyến\s+khích|điều\s+hành|hoàn\s+thành|ổn\s+định|giữ|quyết\s+liệt|sẽ)(?!\w)")
#: a choice of people, what a congress or a council decides of its members, not a task it sets: "cử ông Trần Thanh Mẫn
#: ... là Chủ tịch UBTƯ MTTQ Việt Nam", "cho thôi 9 vị và hiệp thương bổ sung 8 vị", "bầu ông làm Trưởng đoàn",
#: "cho thôi chức Cục trưởng ... đối với ông X" (not "bổ sung tôm giống vào danh mục", "cử 2 người tham gia tổ")
_HOW_MANY = r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?)\s+(?:vị|ủy\s+viên|đồng\s+chí)(?!\w)"
_PERSONNEL = re.compile(
    r"(?:[^\s,;]+\s+){0,3}?(?:(?:bầu|cử|hiệp\s+thương(?:\s+(?:cử|bổ\s+sung))?|bổ\s+nhiệm|miễn\s+nhiệm|bãi\s+nhiệm|"
    r"cho\s+thôi(?:\s+giữ)?(?=\s+(?:chức|\d|" + _HOW_MANY + r"))|bổ\s+sung)\s+(?:(?:ông|bà|đồng\s+chí)\s|"
    + _HOW_MANY + r"|chức(?:\s+vụ)?\s)"
    # ... or someone let go, or so many members let in: "đồng ý để đồng chí Nguyễn Thiện Nhân thôi giữ chức ...",
    # "hai vị tham gia Đoàn Chủ tịch"
    r"|(?:đồng\s+ý|nhất\s+trí|chấp\s+thuận)(?:\s+(?:để|cho))?\s+(?:ông|bà|đồng\s+chí)\s[^,;]{2,60}?\sthôi\s"
    r"|" + _HOW_MANY + r"\s+(?:tham\s+gia|vào)\s)")
#: a point that by its form sets no task: a reason told as a sentence of its own, which gives why the task before it
#: is set ("Bởi theo Phó Thủ tướng, các dự án này có giá trị khoảng 3 tỷ USD nhưng đang bị “chôn vùi” ...", "bởi
#: “người dân cần ở chúng ta những giải pháp như vậy”"; not "bởi vậy", "bởi thế": therefore)
_REASON_OPENS = re.compile(r"bởi(?:\s+(?:vì|lẽ))?(?!\w)(?!\s*,?\s*(?:vậy|thế)(?!\w))")
#: ... or a clause cut at the "nhưng" of a contrast, a fact or a finding when it asks nothing (_asks): "rồi nhưng hôm
#: qua trên báo chí vẫn phát hiện một hai biển số xe của Hà Nội", "then chốt nhưng trên thực tế các trường chưa có
#: cách làm hiệu quả" (not a concession the clause after "nhưng" overrides, the task: "dù khó nhưng các địa phương tập
#: trung hoàn thành giải ngân ...")
_CONTRAST_OPENS = re.compile(r"(?!(?:dù|tuy|mặc\s+dù|dẫu)(?!\w))(?:[^\s,.;:!?]+\s+){0,2}?nhưng(?!\w)")
#: ... or only names, every word outside brackets capitalised: a list cut from its head ("như Syria, Triều Tiên"), a
#: street list after a ";" (_split joins it to the part before it: "... trên các tuyến đường Trường Chinh, Phạm Văn
#: Bạch (quận Tân Bình); Tân Sơn, Quang Trung (quận Gò Vấp)"), a heading in capitals
_BRACKETED = re.compile(r"\([^()\n]*\)")
_WORD_START = re.compile(r"(?<!\w)\w")


def _names_only(text: str) -> bool:
    """Whether every word of `text` outside brackets opens on a capital or a digit (there is at least one)."""
    starts = _WORD_START.findall(_BRACKETED.sub(" ", text))
    return bool(starts) and all(c.isupper() or c.isdigit() for c in starts)


def _asks(low: str, start: int, end: int) -> bool:
    """Whether the point holds a modal, a charge or a word that still asks for something (_STILL_ASKS)."""
    p = _patterns()
    return bool(p.modal.search(low, start, end) or p.charged.search(low, start, end)
                or _STILL_ASKS.search(low, start, end))


def _no_task(doc: Doc, start: int, end: int) -> bool:
    """Whether the point's form says it sets no task: a reason (_REASON_OPENS), a contrast that asks nothing
    (_CONTRAST_OPENS), or names only (_names_only)."""
    low = doc.low
    return bool(_REASON_OPENS.match(low, start, end)
                or _CONTRAST_OPENS.match(low, start, end) and not _asks(low, start, end)
                or _names_only(doc.text[start:end]))


#: a sentence opening on the chair's closing words: "Phát biểu kết luận tại buổi họp, Chủ tịch UBND tỉnh ... đã chỉ ra
#: những tồn tại ...", "Kết luận buổi làm việc, Phó Thủ tướng ..."; its points follow in the next sentences
_CONCLUDING = re.compile(r"(?:phát\s+biểu\s+)?(?:kết\s+luận|chỉ\s+đạo)\s+(?:tại\s+)?(?:buổi|cuộc|hội\s+nghị|phiên|kỳ\s+họp|"
                         r"đại\s+hội|hội\s+thảo|tọa\s+đàm)(?!\w)")
_TAIL = re.compile(r"(?:[\s.;,:…!?\-–]|\./\.)+$")
#: the reason a speaker gives after the task, which the point itself does not hold: "Thẩm định chặt chẽ các thủ tục
#: hành chính trước khi công bố bởi gốc rễ của vấn đề là để kiểm soát ...", "... tạo niềm tin lẫn nhau bởi thời gian
#: qua đây là vấn đề bị nghẽn ...", "... nêu cao trách nhiệm của mình bởi đang có hiện tượng cơ quan chủ quản đứng
#: ngoài ...", "... rút kinh nghiệm sau việc quét vôi ve Văn Miếu ..., vì làm như vậy khiến công trình mất đi giá trị
#: văn hóa"; "vì" only with a clause after it ("vì sự nghiệp chuyển đổi số", "vì nhân dân phục vụ" say what for, and
#: stay)
_REASON = re.compile(r"\s*(?P<comma>,)?\s*(?<!\w)(?P<word>bởi(?:\s+vì|\s+lẽ)?|vì)\s+(?!vậy|thế|sao)(?=\w)")
_REASON_VI = re.compile(r"(?:đây|đó|nếu|có|còn|đang|hiện\s+nay|thực\s+tế|làm|khi|dù|không|chưa|mỗi|nhiều|đa\s+phần|"
                        r"đa\s+số)(?!\w)")
#: "bởi" after a passive verb names the doer, not a reason: "... bị đe dọa nhiều nhất bởi biến đổi khí hậu", "công trình
#: ... được xây dựng bởi các chủ khu du lịch"
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)(?!\w)")
#: the frame a speaker sets the task in, which the point does not hold: "Vấn đề đặt ra là chúng ta phải quyết tâm,
#: nỗ lực hơn ...", "vấn đề tiên quyết là phải thay đổi quan điểm trong việc xử lý ...", "... ảnh hưởng đến phần lớn
#: người dân và yêu cầu đặt ra là phải đưa tài nguyên đất đai thật sự trở thành động lực ..." — the point is what
#: follows "là"
#: (each head word led by its first letter, "starts a word" asserted after it: the engine skips ahead to the next v,
#: y, n or đ rather than trying every place of the point)
_FRAME = re.compile(r"(?:v(?<!\wv)(?:ấn\s+đề|iệc)|y(?<!\wy)êu\s+cầu|n(?<!\wn)hiệm\s+vụ|đ(?<!\wđ)iều)\s+"
                    r"(?:đặt\s+ra|tiên\s+quyết|cốt\s+lõi|then\s+chốt|quan\s+trọng\s+nhất)"
                    r"(?:\s+(?:hiện\s+nay|lúc\s+này|bây\s+giờ|trước\s+mắt|với\s+\w+))?\s+(?:chính\s+)?là\s*:?\s+")
#: the last of three dots after a word, the next sentence's capitalised word glued to it ("... chương trình liên kết
#: ngành, chuỗi giá trị...Theo Chủ tịch UBND TP Nguyễn Thành Phong, ...", "... biện pháp phòng vệ thương mại...Một số
#: đại biểu cũng cho rằng, ...")
_DOTS_GLUED = re.compile(r"[a-zà-ỹđ]\.\.")
#: other text a glued capital opens a sentence after: a closing quote or bracket ("... trên đất nước Việt Nam”.Nhân dịp
#: này, ...", "... (dưới 7%/năm).Ngoài việc giảm lãi ..."), a dot set off by a space ("... bình quân 12,4%/năm .Tổng huy
#: động ..."), or an acronym of three or more capitals when a lower-case word follows the capitalised one ("... các tài
#: năng trẻ ASEAN.Cùng với ...", not a club's name "SHB.Đà Nẵng")
_GLUED_AFTER = re.compile(r"(?<=\S)[”\"’»)] ?|(?<=\S) |(?<![\w.])[" + _UPPER + r"]{3,}")
_GLUED_ACRONYM_NEXT = re.compile(r"(\w+)[ \t]+[a-zà-ỹđ]|(?:Ông|Bà)[ \t]+[" + _UPPER + r"]")
_NEXT_SENTENCE = re.compile(r"[.!?…]+[\"”'’]*\s+\S")
#: a sentence going on after a point that is a view, its modal inside a reason or a finding: a judgement with its
#: reason ("Đây là nhiệm vụ nặng nề vì Hải Phòng phải gánh cho các địa phương khác", "Theo ông Chung đây là cách làm
#: không đúng vì việc duy tu ... phải có kỹ thuật"), what a thing shows ("Điều này cho thấy là thái độ ... rất quyết
#: liệt, bất kỳ ai vi phạm là phải xử lý ..."), a reason opening the sentence ("Vì phải biết có bao nhiêu thủ tục hành
#: chính mới xác định được cấp độ triển khai"); asked up to the modal (not a thing named as the one to do, "Đây là hai
#: ngành cần được đẩy mạnh ...", "Đó là: Phải nhận thức đúng đắn ...", nor a reason with the task it leads to, "Vì
#: Tổng cục Đường bộ ... là cơ quan chủ trì ..., nên phải công khai số liệu")
_VIEW_OPEN = re.compile(r"(?:theo\s+(?:ông|bà)\s+[^,.;:!?\n]{1,30}?,?\s+)?(?:đây|đó|điều\s+(?:này|đó))\s+"
                        r"(?:cũng\s+|chính\s+)?là\s[^,.;:!?\n]*?(?<!\w)(?:vì|bởi)\s"
                        r"|(?:đây|đó|điều\s+(?:này|đó)|việc\s+này)\s+(?:cũng\s+|chính\s+)?cho\s+thấy(?!\w)"
                        r"|(?:vì|bởi)(?!\w)(?!\s+(?:vậy|thế|sao)(?!\w))(?![^.!?\n]*(?<!\w)(?:nên|thì)(?!\w))")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)  # (asked by the points and by dated_elsewhere: split once a doc)
def _sentences(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    """(start, end, paragraph number) of every sentence, in order."""
    text = doc.text
    out: list[tuple[int, int, int]] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        start = para.start()
        cuts = _glued_openers(text, para.start(), para.end())
        for cut in _BOUNDARY.finditer(text, para.start(), para.end()):
            dot = cut.start()
            glued = (text[dot - 1 : dot].islower() or _DOTS_GLUED.fullmatch(text, max(para.start(), dot - 3), dot)
                     or _glued_after(text, para.start(), dot))
            if cut.group(1) is None and not (text[dot] != "…" and glued):
                continue
            if text[dot] == "." and ((_ABBREV.search(text, max(para.start(), dot - 6), dot + 1)
                                      and not _city_abbreviation_ends(text, dot, cut.end(), para.end()))
                                     or _LIST_NUMBER.fullmatch(text, para.start(), dot)):
                continue
            cuts.append((dot + 1, cut.end()))
        for end, next_start in sorted(cuts):
            if end > start:
                out.append((start, end, number))
                start = next_start
        if start < para.end():
            out.append((start, para.end(), number))
    # (a read-more link, "[Vì lao động hay vì doanh nghiệp?]", is another story's title: no sentence of this one)
    return tuple((s, e, n) for s, e, n in out if not _LINK.fullmatch(text, s, e))


#: "TP." (thành phố) with what follows it: the run of capitalised words after it
_CITY_ABBREV = re.compile(r"(?<![\w.])(?:TP|Tp)\.$")
_CAPITALISED_RUN = re.compile(r"[" + _UPPER + r"]\w*(?:[ \t][" + _UPPER + r"]\w*){0,4}")


def _city_abbreviation_ends(text: str, dot: int, next_start: int, end: int) -> bool:
    """Whether the full stop of "TP." also ends the sentence: the city is the sentence's last word and the next one
    opens on a word that is no place's name ("... quảng bá hình ảnh của TP. Về Đường sách, bà Nguyễn Thị Thu chỉ
    đạo ...", "... phát triển hạ tầng giao thông TP. Cải tạo, xây dựng chung cư cũ là chủ trương lớn ...", "... của TP.
    Ông Nguyễn Thiện Nhân ..."). The abbreviation holds before a city's name: one of the gazetteers' ("TP. Hà Nội", "TP.
    Vinh", "TP. Thủ Dầu Một"), a foreign one ("TP. Marawi", "TP. Đài Bắc"), "TP. HCM", or a family name, a
    person's name after the city's body ("Chủ tịch UBND TP. Nguyễn Đức Chung", "TP. Hồ chí minh"), unless the name
    closes the paragraph, a byline."""
    if not _CITY_ABBREV.search(text, max(0, dot - 3), dot + 1):
        return False
    run = _CAPITALISED_RUN.match(text, next_start, end)
    if not run:
        return False
    found = run.group().split()
    first = found[0]
    if not text[run.end():end].strip(" \t.…"):
        return True  # the writer's name closing the paragraph: "... trước chính quyền TP. Nguyễn Cường"
    if any(is_place(found[:size]) for size in range(1, len(found) + 1)) or is_country(found, whole=True):
        return False
    if first.isupper():
        # (of the letters, only the city's own: "TP. HCM"; others open the next sentence: "... giao thông cho TP.
        # UBND TP Hà Nội cũng đảm bảo ...", "... cho Công an TP. PV tham gia điều tra ...")
        return len(first) > 1 and not first.startswith("HCM")
    return first in ("Ông", "Bà") or (is_vietnamese_syllable(first) and not is_surname(first))


def _glued_after(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at `dot`, a capital glued after it, ends a sentence after a quote, a bracket, a space or an
    acronym (_GLUED_AFTER)."""
    found = _GLUED_AFTER.search(text, max(start, dot - 12), dot)
    while found and found.end() != dot:
        found = _GLUED_AFTER.search(text, found.start() + 1, dot)
    if not found:
        return False
    if not found.group()[0].isupper():
        return True
    # (after an acronym, a Vietnamese word then a lower-case one, or "Ông / Bà" and a name: "... ASEAN.Cùng với ...",
    # "WHO.Ông Nguyễn Văn B"; not a brand's second name, "VNPT.Vinaphone cần ...")
    nxt = _GLUED_ACRONYM_NEXT.match(text, dot + 1)
    return bool(nxt) and (nxt.group(1) is None or is_vietnamese_syllable(nxt.group(1)))


def _glued_openers(text: str, start: int, end: int) -> list[Span]:
    """(where the white space starts, where the opener starts) of each glued opener (detect.glued_openers) in
    text[start:end]."""
    found = glued_openers(text)
    return list(found[bisect_left(found, (start, start)):bisect_left(found, (end, end))])


# --- points -------------------------------------------------------------------------------------------------


#: a speaker clause the point opens on, its verb and comma before what was said: "Ông Đặng Huy Hậu, Phó Chủ tịch UBND
#: tỉnh Quảng Ninh cho biết, | trong tuần này, Sở NN&PTNT phải thống nhất ...", "Chủ tịch nước Trần Đại Quang đề nghị, |
#: hai bên tiếp tục duy trì ...", "Trình bày về trọng tâm công tác Mặt trận ..., Phó Chủ tịch, Tổng Thư ký Trần Thanh
#: Mẫn cho biết, | công tác Mặt trận tập trung ...", "Phó Thủ tướng Thường trực Chính phủ yêu cầu, | trong thời gian tới
#: ..."; the speaker a name or post, its last word capitalised or the post alone ("Thứ trưởng nhấn mạnh, ..."), not a
#: body whose own task the verb is ("Bộ Văn hóa, Thể thao và Du lịch tăng cường chỉ đạo, chấn chỉnh ...": a lower-case
#: word before the verb, or a modal in the clause; "chỉ đạo" is as often the body's own task: "Bà Nghĩa cũng yêu cầu |
#: Sở GD-ĐT Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc"); nor the work named "công tác thông tin" ("Công tác thông tin,
#: tuyên truyền, phổ biến kiến thức ...", an item of a list, no one informing)
_SPEAKER_VERB = lexicon.WordLed(r"(?<!\w)(?:cho\s+biết|cho\s+hay|đề\s+nghị|yêu\s+cầu|nhấn\s+mạnh|khẳng\s+định|nêu\s+rõ|"
                                r"lưu\s+ý|kết\s+luận|(?<!công\stác\s)thông\s+tin|chia\s+sẻ)[ \t]*,[ \t]*")
_SPEAKER_ADVERB = re.compile(r"(?:\s+(?:cũng|còn|đặc\s+biệt|thêm))+$")
_NOT_SPEAKER_CLAUSE = re.compile(r"(?<!\w)(?:cần|phải|sẽ|nên|đã|đang|rằng|không|chưa|được)(?!\w)|[\"“”«»'(]")
_SPEAKER_POST = re.compile(r"[" + _UPPER + r"]\w*(?:\s+\w+){0,2}$")


def _after_speaker(doc: Doc, start: int, end: int) -> int:
    """Where the point starts after a speaker clause it opens on ("Ông X, Phó Chủ tịch ... cho biết, "), else
    `start`."""
    text, low = doc.text, doc.low
    verb = _SPEAKER_VERB.search(low, start, min(end, start + 200))
    if not verb or len(_WORD.findall(text, verb.end(), end)) < _MIN_WORDS:
        return start
    clause = text[start:verb.start()]
    clause = clause[: len(clause) - len(m.group())] if (m := _SPEAKER_ADVERB.search(clause)) else clause
    clause = clause.rstrip()
    if not clause or _NOT_SPEAKER_CLAUSE.search(low, start, start + len(clause)) or any(c in clause for c in ".;:!?\n"):
        return start
    segments = [part.strip() for part in clause.split(",")]
    if not segments[-1][:1].isupper():
        return start
    last = segments[-1].split()[-1]
    if not (last[:1].isupper() or _SPEAKER_POST.fullmatch(segments[-1])):
        return start
    if not segments[0][:1].isupper() and len(segments[0].split()) > 8:
        # (a task the point told first: "hai bên thúc đẩy hợp tác trong các diễn đàn khu vực, Thủ tướng ...")
        return start
    return verb.end()


#: a capitalised directive verb with no subject that opens a point of the reporter's text, written as an order
#: (directions_imperative_heads.txt): "Giao Sở TN&MT kiểm tra, đánh giá ...", "Đề nghị 2 công ty triển khai việc khai
#: báo y tế ...": the verb is the point's first word, as written (not in a speaker's quote: "“Đề nghị Cục Thuế TP.HCM
#: hướng dẫn ...", a request whose point starts after the verb)
#: (not the noun: "Yêu cầu là phải kiểm soát chặt chẽ nguồn nước ...")
_IMPERATIVE_HEAD = re.compile(r"[ \t\-–—+•*·●▪]*(?=(?:" + _alt("directions_imperative_heads.txt")
                             + r")[ \t]+(?!(?:là|của|này|đó|được|đặt\s+ra)(?!\w))\w)")
#: ... opening its sentence, a ";" part or a line, also after the quote or bracket the sentence before closes on ("...
#: phải hoàn thành xong.” Giao Sở ...") (not a name's word: "Lời Kêu gọi Hành động")
_HEAD_OPENS = re.compile(r"(?:^|[.!?…:;\n])[”\"’)]*[ \t\-–—+•*·●▪]*$")


def _imperative_head(doc: Doc, start: int, end: int) -> int | None:
    """Where a point that opens on a capitalised directive verb with no subject (_IMPERATIVE_HEAD) starts, else None."""
    m = _IMPERATIVE_HEAD.match(doc.low, start, end)
    if not m or not doc.text[m.end()].isupper() or not _HEAD_OPENS.search(doc.text, max(0, m.end() - 12), m.end()):
        return None
    opened = doc.text[doc.text.rfind("\n", 0, m.end()) + 1 : m.end()]
    if opened.count("“") > opened.count("”") or opened.count('"') % 2:
        return None  # inside a speaker's quote: "“... Đề nghị Bộ Công Thương xem lại ...", a request, cut as after "“"
    line_end = doc.text.find("\n", m.end())
    line = doc.text[m.end() : line_end if line_end >= 0 else len(doc.text)].rstrip()
    if not opened.strip(" \t") and line[-1:] not in ".!?…;:\"”)":
        return None  # a subheading ("Kêu gọi nhân dân tự giác phòng, chống dịch"): a title, not an order
    return m.end()


#: the head of a list the point opens on, up to its colon: "những nội dung chính như sau:", "các vấn đề sau đây:"
_ITEMS_HEAD = re.compile(r"(?:các|những|một\s+số)\s+(?:nội\s+dung|vấn\s+đề|điểm|việc|kết\s+luận)"
                         r"(?:\s+(?:chính|cơ\s+bản|chủ\s+yếu|trọng\s+tâm|quan\s+trọng|cụ\s+thể))?"
                         r"\s+(?:như\s+sau|sau\s+đây|sau)\s*:\s*")


def _trim(doc: Doc, start: int, end: int, lead: re.Pattern[str]) -> Span | None:
    """The point without leading connectors/bullets/cue and trailing punctuation or unbalanced quotes."""
    low, text = doc.low, doc.text
    head = _imperative_head(doc, start, end)
    if head is not None:
        start = head
    while True:
        before = (start, end)
        # (the directive verb the point opens on is kept, "Giao Sở TN&MT kiểm tra ...": no lead stripped while the
        # point still starts on it; once a pass moved past it, the lead of what is left is)
        m = lead.match(low, start, end) if start != head else None
        if m and m.end() > start:
            start = m.end()
        m = _ITEMS_HEAD.match(low, start, end)
        if m and len(_WORD.findall(low, m.end(), end)) >= _MIN_WORDS:
            start = m.end()  # "(thống nhất) những nội dung chính như sau: | Tổ chức Hội nghị tổng kết ..."
        said = _SAID.search(low, start, end)  # ..." - ông Vinh nói / ...”, Thủ tướng cho biết
        if said:
            end = said.start() + 1
        said = _SAID_BARE.search(text, start, end)
        if said:
            end = said.start()
        start = _after_speaker(doc, start, end)
        end = _before_reason(low, start, end)
        frame = _FRAME.search(low, start, end)
        if frame and len(_WORD.findall(low, frame.end(), end)) >= _MIN_WORDS:
            start = frame.end()
        tail = _TAIL.search(text, start, end)
        if tail:
            if "?" in text[tail.start():end]:
                return None  # a question, an interviewer's: "Nhưng tại sao lại phải ra văn bản gấp gáp như thế, thưa ông?"
            end = tail.start()
        piece = text[start:end]
        if piece[:1] in "\"“‘«'" and _unbalanced(piece, opening=True):
            start += 1
        elif piece[-1:] in "\"”’»'" and _unbalanced(piece, opening=False):
            end -= 1
        elif piece[:1] in "\"“«" and piece[-1:] in "\"”»" and _unbalanced(piece[1:-1], opening=None):
            start, end = start + 1, end - 1
        elif piece[-1:] == ")" and "(" not in piece:
            end -= 1  # the close of an aside the list stood in: "(trong đó có các nội dung: ...; thu Hội phí năm 2019 ...)"
        if (start, end) == before or start >= end:
            break
    if len(_WORD.findall(text[start:end])) < _MIN_WORDS:
        return None
    return (start, end)


#: a point that only points back to what was said before, its cue word a noun or told "so": "Chủ tịch UBND TP Hà Nội
#: ... đã yêu cầu Sở GD&ĐT TP Hà Nội như vậy tại cuộc họp giao ban ...", "Nếu giới chức Mỹ đưa ra đề nghị như thế,
#: chúng tôi sẽ cân nhắc nghiêm túc" (not "Những trường hợp như vậy phát hiện ra là phải xử lý", whose task follows, nor
#: a task done "so", "Phải thống nhất quan điểm như thế")
_POINTS_BACK = re.compile(r"như\s+(?:vậy|thế)\s*,|(?:[^\s,.;:]+\s+){0,8}?như\s+(?:vậy|thế)\s*(?:mà(?!\w)|tại\s|trong\s)")


def _before_reason(low: str, start: int, end: int) -> int:
    """Where the point ends when a reason clause closes it ("bởi ...", ", vì ..."), else `end`."""
    if low.find("vì", start, end) < 0 and low.find("bởi", start, end) < 0:
        return end  # (no reason's word: _REASON, led by white space, would try every place)
    for m in _REASON.finditer(low, start, end):
        clause = max(low.rfind(",", start, m.start()), start)
        if m["word"] == "vì" and not (m["comma"] and _REASON_VI.match(low, m.end(), end)):
            continue
        if m["word"] != "vì" and _PASSIVE.search(low, clause, m.start()):
            continue
        if len(_WORD.findall(low, start, m.start())) < 2 * _MIN_WORDS or low.count("“", start, m.start()) > \
                low.count("”", start, m.start()) or low.count("(", start, m.start()) > low.count(")", start, m.start()):
            continue  # (too little task before it, or inside a quote or brackets)
        if _NEXT_SENTENCE.search(low, m.end(), end):
            continue  # (another sentence glued after the reason may be a point of its own)
        return m.start()
    return end


def _unbalanced(piece: str, opening: bool | None) -> bool:
    """Whether the edge quote of `piece` has no partner inside it (None: the inside is quote-free of pairs)."""
    if opening is None:
        return not any(q in piece for q in "\"“”«»")
    if piece.count('"') % 2 == 1:
        return True
    if opening:
        return piece.count("“") > piece.count("”") or piece.count("«") > piece.count("»")
    return piece.count("”") > piece.count("“") or piece.count("»") > piece.count("«")


def _split(doc: Doc, start: int, end: int, semicolons: bool = True) -> list[Span]:
    """Split a region into points at ';' and trim each; a speaker's verb of saying after "và" / ", đồng thời" ends
    the point it follows (_SAID_NEXT)."""
    p = _patterns()
    cuts = [start]
    if semicolons:  # not inside brackets: "thời gian chia làm 2 đợt (đợt 1 từ ngày 1 – 30/7; đợt 2 từ ngày 15/8 – 30/8)"
        cuts += [m.start() + 1 for m in _SEMICOLON.finditer(doc.text, start, end)
                 if doc.text.count("(", start, m.start()) <= doc.text.count(")", start, m.start())]
        cuts += [m.start() + 1 for m in _SECOND_DIRECTIVE.finditer(doc.low, start, end)]
        cuts.sort()
    cuts.append(end + 1)
    spans: list[Span] = []
    pieces: list[Span] = []
    for a, b in zip(cuts, cuts[1:]):
        said = _SAID_NEXT.search(doc.low, a, b - 1)
        if said is None or len(_WORD.findall(doc.text, a, said.start())) < _MIN_WORDS:
            pieces.append((a, b - 1))  # (the point that opens on the verb is the speaker's: "tin tưởng ... các Đại sứ
            continue  # ... sẽ phát huy ...")
        pieces.append((a, said.start()))
        if _SAID_NEXT_TASK.search(doc.low, said.end(), b - 1) or _COLON_NEXT.match(doc.low, said.end()) \
                or (_SAID_NEXT_TELLS.search(doc.low, said.start(), said.end())
                    and _COMMITS.match(doc.low, said.end(), b - 1)):
            pieces.append((said.end(), b - 1))
    for a, b in pieces:
        span = _trim(doc, a, b, p.lead_strip)
        if span and spans and _names_only(doc.text[span[0]:span[1]]):
            # (names alone after a ";" go on with the list before it: "... trên các tuyến đường Trường Chinh, Phạm
            # Văn Bạch (quận Tân Bình); Tân Sơn, Quang Trung (quận Gò Vấp)")
            spans[-1] = (spans[-1][0], span[1])
        elif span:
            spans.append(span)
    return spans


#: a body whose deeds are told, not a task: "Qua đôn đốc, các cơ quan chức năng đã thu hồi và xử lý khác 237 tỷ đồng",
#: "Song song với việc khảo sát, thu thập yêu cầu, Sở cũng đôn đốc Công ty ..."
_TOLD_DONE = re.compile(r"(?<!\w)(?:đã|đang|vừa|cũng)(?!\w)")


#: ... or, after a named body, a deed it once did: "Bộ trưởng đề nghị, Trung Quốc từng tạo ..." (not "từng" before a
#: noun, "từng địa phương", which a body's task may name: only after the name, as _named_acts reads it)
_ONCE_DONE = re.compile(r"(?<!\w)từng(?!\s+(?:địa\s+phương|đơn\s+vị|cấp|ngành|người|bước)(?!\w))(?!\w)")
#: a request the clause answers or yields to, not one it makes: "Sau đề nghị, Trung Quốc tạo thuận lợi ...", "Đáp lại
#: đề nghị, ...", "Dù Mỹ đề nghị, Việt Nam chưa ..." (right before the verb, or a concession opening its clause)
_ANSWERED_OR_CONCEDED = re.compile(r"(?<!\w)(?:(?:sau|đáp\s+lại|ủng\s+hộ|hoan\s+nghênh)\s+(?:các\s+|những\s+)?$"
                                   r"|(?:dù|mặc\s+dù|tuy)(?!\w)[^,.;:!?\n]*$)")


#: a state or body whose name ends in "thống nhất" (united): "Các Tiểu vương quốc Arab thống nhất (UAE)", "Các Tiểu
#: vương quốc Ả-rập Thống nhất", "Tổ chức Thống nhất Dân tộc Malaysia (UMNO)"; the name's head, then its capitalised
#: words
_UNION_HEAD = re.compile(r"(?<!\w)(?:vương\s+quốc|tổ\s+chức|mặt\s+trận|đảng)\s+$")


#: "thống nhất" as a manner or a quality right after the words of directions_agreement_manner.txt ("áp dụng thống
#: nhất pháp luật"), or after a comma or "và" following those of directions_agreement_manner_pairs.txt ("chặt chẽ,
#: thống nhất"), no agreement reached ("nhất trí" is always one)
_AGREED = re.compile(r"thống\s+nhất")


@cache
def _agreement_manner() -> re.Pattern[str]:
    right_before = alternation(lexicon.words("directions_agreement_manner.txt"), spaces=True)
    paired = alternation(lexicon.words("directions_agreement_manner_pairs.txt"), spaces=True)
    return re.compile(rf"(?<!\w)(?:(?:{right_before})\s+|(?:{paired})\s*(?:,|\s+và)\s+)$")


def _named_union(doc: Doc, start: int, end: int) -> bool:
    """Whether "thống nhất" at [start, end) is the last word of a name ("Các Tiểu vương quốc Arab thống nhất")."""
    if doc.low[start:end] != "thống nhất":
        return False
    words = doc.text[max(0, start - 60) : start].split(" ")[:-1]  # (the text ends in the space before the cue)
    capitals = 0
    while words and words[-1][:1].isupper() and capitals < 3:
        words.pop()
        capitals += 1
    if not capitals and not doc.text[start].isupper():
        return False  # "tổ chức thống nhất trong toàn ngành" is a task
    return bool(_UNION_HEAD.search(" ".join(words).lower() + " "))


def _is_noun_use(doc: Doc, start: int, end: int) -> bool:
    """Whether a directive verb found at [start, end) is used as a noun (đáp ứng yêu cầu, yêu cầu của ...)."""
    low = doc.low
    before = low[max(0, start - 25) : start]
    words = doc.text[start:end].split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return True  # a name, not a verb: "Ảnh: Thống Nhất"
    if _patterns().noun_prev.search(before):
        return True
    if _named_union(doc, start, end):
        return True
    if _AGREED.fullmatch(low, start, end) and _agreement_manner().search(low, max(0, start - 25), start):
        return True  # a manner, not an agreement: "bảo đảm áp dụng thống nhất pháp luật", "chặt chẽ, thống nhất"
    if _COLON_NEXT.match(low, end) and before.strip() and before.rstrip()[-1:] not in ".!?:;\n\"“" \
            and not _HEED.fullmatch(low, start, end):  # ("lưu ý: Nga coi trọng ..." is a thing to bear in mind)
        return False  # its subject, then its points: "Ông Huỳnh Cách Mạng đề nghị: “Lãnh đạo huyện phải đi cơ sở ..."
    comma = _COMMA_CLAUSE.match(low, end)
    if comma and (ahead := _TIME_AHEAD.match(low, comma.end())):
        if _ORDINAL_OPEN.match(low, ahead.end()):
            return False  # "Chủ tịch Quốc hội ... đề nghị, trong thời gian tới: Thứ nhất, hai bên tiếp tục duy trì ..."
        comma = ahead  # (what follows the time is weighed as what follows the comma)
    if comma and (_modal_or_charged(low, comma.end(), comma.end() + 80) or _patterns().action.match(low, comma.end())
                  or (_SUBJECT_ACTS.match(low, comma.end()) or _BODY_WORD.match(low, comma.end())
                      and not _TOLD_DONE.search(low, comma.end(), comma.end() + 30))
                  and not _IF_BEFORE.search(low, max(0, start - 40), start)):
        # "Chủ tịch UBND tỉnh yêu cầu, tất cả các địa phương phải rà soát ...", "Tổng Bí thư mong rằng, Quốc hội sẽ
        # tiếp tục quan tâm ...", "Thủ tướng đề nghị, các bộ tiếp tục ..."; the bodies that are to act named first, their
        # task after them: "Đồng thời yêu cầu, các sở, ngành liên quan, có trách nhiệm phối hợp ...", "Chủ tịch TP Nguyễn
        # Đức Chung yêu cầu, Sở LĐTBXH, kiểm tra, ra soát ...", "Phó Thủ tướng Trịnh Đình Dũng đề nghị, các bộ, ngành
        # trung ương; trong đó Bộ Nông nghiệp và Phát triển Nông thôn chủ trì ..."
        return False
    if comma and doc.text[comma.end() : comma.end() + 1].isupper() and _named_acts().match(low, comma.end()) \
            and not _TOLD_DONE.search(low, comma.end(), comma.end() + 60) \
            and not _ONCE_DONE.search(low, comma.end(), comma.end() + 60) \
            and not _IF_BEFORE.search(low, max(0, start - 40), start) \
            and not _ANSWERED_OR_CONCEDED.search(low, max(0, start - 40), start):
        # ... or a named body, a state or a house, then its action: "Chủ tịch nước đề nghị, Trung Quốc tạo thuận lợi hơn
        # nữa cho việc thông quan hàng hóa ...", "Thủ tướng đề nghị, Quân ủy Trung ương và Bộ Quốc phòng hai nước phát huy
        # truyền thống ..."
        return False
    return bool(_VERB_NOUN_NEXT.match(low, end, end + 20))


@cache
def _named_acts() -> re.Pattern[str]:
    """A name of a few words (a body, a state, a house: its first letter capital, checked by the caller), then its
    action (directions_actions.txt, or a list's verb, directions_list_verbs.txt: the request before it makes it one),
    no mark between."""
    return re.compile(r"(?:[^\s,.;:!?\n\"“”()]+[ \t]+){1,8}?"
                      + _alt("directions_actions.txt", "directions_list_verbs.txt"))


#: a cue told as a stand taken once, not set at the meeting: "Ông cũng từng bày tỏ mong muốn để 2 bên tự giải quyết
#: ...", "Tổng thống từng yêu cầu tăng thêm 54 tỷ USD ...", "Mỹ từng nhấn mạnh sẽ tiếp tục thực hiện cam kết ..."
_ONCE = re.compile(r"(?<!\w)(?:đã\s+)?từng\s+(?:(?:bày\s+tỏ|lên\s+tiếng|nhiều\s+lần|công\s+khai)\s+)?$")
#: an order told in the passive, its subject the one ordered and its giver after "được": an order given elsewhere or
#: before, not a point of the meeting: "Sở Xây dựng cũng đã được UBND TP chỉ đạo báo cáo Bộ Xây dựng ...", "họ được
#: PKTQ yêu cầu phải điều trị tiếp ...", "công tác tuyên truyền đã được thành phố quan tâm chỉ đạo bám sát kế hoạch"
_ORDERED_BY = lexicon.WordLed(r"(?<!\w)(?<!nhận\s)được\s+(?P<agent>(?:[^\s,.;:!?\"“”()]+\s+){1,4}?)(?:quan\s+tâm\s+)?$")


#: an assignment told as a thing's background, its "giao" the verb of a clause that describes the thing: the agent of
#: a passive ("Dự án do UBND tỉnh Bình Dương giao cho Becamex IDC thực hiện"), a relative clause ("các chỉ tiêu mà
#: Đảng, Nhà nước giao cho Chính phủ"), a passive's second verb ("phương án ... đã được UBND thành phố phê duyệt và
#: giao cho Công ty Thoát nước Hà Nội thi công", "Khu vực này được lập dự án vào năm 2000 rồi giao cho ...") or a
#: purpose ("thu hồi đất sân bay để giao cho Tập đoàn ... Viettel làm dự án"): what was assigned before, not a task
#: the meeting set (its agent, after "do" or "mà", a capital-written name or a body: not "do đó, ...")
_ASSIGNED_AS_BACKGROUND = lexicon.WordLed(
    r"(?<!\w)(?:(?<!tự\s)(?:do|mà)\s+(?P<agent>[^.;:!?\n\"“”()]{1,50}?)(?:\s+(?:đã|cũng|vừa|đều))*"
    r"|(?<!nhận\s)được\s+[^,.;:!?\n\"“”()]{1,80}?\s+(?:và|rồi)(?:\s+(?:đã|cũng))?|để)\s+$")


def _told_as_given(doc: Doc, s: int, at: int) -> bool:
    """Whether the cue at `at` is a stand once taken ("từng yêu cầu"), an order received ("được UBND TP chỉ đạo") or an
    assignment told as a thing's background ("Dự án do UBND tỉnh giao cho ...", _ASSIGNED_AS_BACKGROUND)."""
    low = doc.low
    before = low[max(s, at - 40) : at]
    if _ONCE.search(before):
        return True
    if low.startswith("giao", at):
        given = _ASSIGNED_AS_BACKGROUND.search(low, max(s, at - 90), at)
        if given and (given.group("agent") is None or doc.text[given.start("agent")].isupper()
                      or _BODY_WORD.match(low, given.start("agent"))):
            return True
    m = _ORDERED_BY.search(before)
    if not m or low.startswith("quán", at):
        return False  # (a task "được Bộ Công an quán triệt" is one the speaker goes on to set out)
    agent = max(s, at - 40) + m.start("agent")
    return doc.text[agent].isupper() or bool(_BODY_WORD.match(low, agent)) or low.startswith("phía", agent)


#: a body told to steer its own units, the subject of "chỉ đạo" at the head of its clause: the task is the body's
#: ("Bộ Quốc phòng chỉ đạo dừng hoạt động xây dựng ...", "Bộ Giao thông Vận tải khẩn trương chỉ đạo đẩy nhanh tiến độ
#: ...", "đề nghị Bộ Công Thương chỉ đạo Tập đoàn ... tiêu thụ 2 triệu tấn than"): not a person ("Bộ trưởng"), nothing
#: past ("UBND tỉnh đã chỉ đạo ...": what was done before); the words of its name are none of
#: directions_not_in_a_name.txt ("Quận kiến nghị thành phố chỉ đạo ...")
_STEERING_BODY = re.compile(
    r"(?:(?:các|những)\s+)?(?:" + _alt("directions_bodies.txt") + r")(?!\s+trưởng)"
    r"(?:\s+(?!" + _alt("directions_not_in_a_name.txt") + r")[^\s,.;:!?\"“”()]+){0,6}?"
    r"(?:\s+" + _alt("directions_modals.txt", extra=tuple(lexicon.labelled("directions_steering_adverbs.txt")))
    + r")*\s+$")
#: where the clause of that "chỉ đạo" starts: after a stop or a comma, or after the verb that asks or assigns it ("đề
#: nghị", "yêu cầu", "giao" a body: not "Bộ Giao thông Vận tải", "Bộ Ngoại giao")
_CLAUSE_BREAK = re.compile(r".*(?:[,;:.]\s+|(?<!\w)(?:đề\s+nghị|yêu\s+cầu)\s+|" + _ASSIGN + r")", re.S)


def _clause_head(low: str, s: int, at: int) -> int:
    """Where the clause that holds `at` starts, in the sentence from `s`: after its last break (_CLAUSE_BREAK), its
    spaces skipped."""
    head = _CLAUSE_BREAK.match(low, s, at)
    start = head.end() if head else s
    return start + len(low[start:at]) - len(low[start:at].lstrip())


def _directed_body(low: str, start: int, m: re.Match[str]) -> int | None:
    """Where the point of a "chỉ đạo" starts when a body at the head of its clause (at `start`, _clause_head) is its
    subject (_STEERING_BODY): at the body; None otherwise."""
    if m.group() != "chỉ đạo" or _COLON_NEXT.match(low, m.end()):
        return None  # ("các ngành quan tâm chỉ đạo: - Sớm phê duyệt ...": the list the verb opens)
    if _PAST.search(low, start, m.start()) or _SAYS.search(low, start, m.start()):
        return None
    return start if _STEERING_BODY.fullmatch(low, start, m.start()) else None


#: a sentence that opens on the period a meeting looks back on ("Trong 3 năm qua,", "Những năm qua,", "Thời gian qua,",
#: "Qua 5 năm thực hiện Đề án,"): a "chỉ đạo" in it tells how that period was steered, a result the meeting heard, even
#: with no "đã" ("Trong 3 năm qua, UBND tỉnh chỉ đạo các sở, ngành ... đẩy mạnh công tác thông tin ...")
_LOOKED_BACK = re.compile(r"(?:(?:trong|qua)\s+)?(?:(?:\d{1,2}|hai|ba|bốn|năm|mấy|những|các|nhiều)\s+)?(?:năm|tháng)\s+qua"
                          r"\s*,|(?:trong\s+)?thời\s+gian\s+qua\s*,|qua\s+(?:\d{1,2}|hai|ba|bốn|năm|mấy)\s+năm\s+"
                          r"(?:thực\s+hiện|triển\s+khai)[^,.;:!?\n]{0,80},")
#: a body at the head of its clause that "đã chỉ đạo": what it did before the meeting, told as a result, not a point
#: set out there ("Trong lĩnh vực tín dụng, Ngân hàng Nhà nước đã chỉ đạo các tổ chức tín dụng thực hiện cân đối vốn
#: ...", "NHNN đã chỉ đạo các TCTD triển khai đảm bảo an toàn ...", "BV đã chỉ đạo tuyến với các đơn vị lọc thận ...");
#: not a person ("Thủ tướng đã chỉ đạo ...": a chair's order told in the past tense)
_BODY_STEERED = re.compile(r"(?:[^\s,.;:!?\"“”()]+\s+){1,6}?(?:cũng\s+)?đã\s+$")
#: ... its name a body word (not its head's post, "Bộ trưởng") or an abbreviation ("NHNN", "BV"; not a person's
#: title, _persons_abbreviations: "TS Nguyễn Văn A đã chỉ đạo", "ĐB", "GĐ")
_ABBREVIATION = re.compile(r"[A-ZĐ&]{2,}(?!\w)")


@cache
def _persons_abbreviations() -> frozenset[str]:
    """The abbreviations that lead a person's title in academic_titles.txt and positions.txt ("GS" of "GS.TS", "BS",
    "ĐBQH", "ĐB", "TGĐ", "HLV")."""
    return frozenset(m.group() for name in ("academic_titles.txt", "positions.txt") for w in words(name)
                     if (m := _ABBREVIATION.match(w)))


def _steered_before(doc: Doc, start: int, m: re.Match[str]) -> bool:
    """Whether the "chỉ đạo" at `m` is a body's past deed (_BODY_STEERED) at the head of its clause (at `start`,
    _clause_head)."""
    if m.group() != "chỉ đạo" or not _BODY_STEERED.fullmatch(doc.low, start, m.start()):
        return False
    abbreviation = _ABBREVIATION.match(doc.text, start)
    return bool(_BODY_NAMED.match(doc.low, start)) or bool(
        abbreviation and abbreviation.group() not in _persons_abbreviations())


#: a list of tasks announced by the work it is, the tasks counted, "sau (đây)" or "như sau" and a colon: "Tổng Bí thư
#: ... nêu rõ, trong nhiệm kỳ khóa XII, tập trung thực hiện tốt các nhiệm vụ trọng tâm sau đây: | Một là, hoàn thiện thể
#: chế ...", "Năm 2018, Quốc hội tiến hành giám sát tối cao các nội dung sau đây: | Tại kỳ họp thứ 5, Quốc hội xem xét
#: ...", "Chính phủ cam kết sẽ tập trung giải quyết 2 vấn đề then chốt sau: | Một là, ..." (directions_list_works.txt,
#: directions_list_things.txt); between the work and what it counts at most one syllable or how it is done
#: (directions_manner_adverbs.txt: "thực hiện tốt các nhiệm vụ", "thực hiện đồng bộ các biện pháp sau:"; not "các đại
#: biểu tập trung đánh giá những nội dung sau:", "Đoàn giám sát tập trung làm rõ các nội dung sau:", what was looked
#: into)
_LIST_HEAD = re.compile(
    _alt("directions_list_works.txt") + r"(?:\s+(?:"
    + _alt("directions_manner_adverbs.txt", extra=("đồng bộ", "hiệu quả", "có hiệu quả")) + r"|[^\s,.;:!?]+))?"
    r"\s+(?:các|những|một\s+số(?:\s+các)?|\d+|hai|ba|bốn|năm|sáu)\s+"
    + _alt("directions_list_things.txt") + r"[^.;:!?\n]{0,50}?(?<!\w)(?:sau\s+đây|như\s+sau|sau)\s*:")
#: ... not a list of what was talked over, asked or answered ("Các ý kiến thảo luận tập trung vào những nội dung sau:",
#: "các phiên thảo luận tại Hội nghị sẽ tập trung vào các nội dung chính như sau:"), nor of work done ("Quốc hội đã
#: dành ba ngày cho hoạt động chất vấn ..., trong đó tập trung vào 4 nhóm vấn đề:")
#: ... nor one urged in the writer's own voice ("cơ quan chức năng hãy tập trung vào 5 công việc chính của mình như sau:")
_LIST_TALKED = re.compile(r"(?<!\w)(?:ý\s+kiến|phát\s+biểu|chất\s+vấn|tranh\s+luận|thảo\s+luận|trao\s+đổi|tham\s+luận|"
                          r"bàn\s+về|nghe\s+báo\s+cáo|đã|vừa\s+qua|thời\s+gian\s+qua|năm\s+qua|hãy|kết\s+quả)(?!\w)")
#: ... nor one of a year before the meeting's, the year opening the sentence ("Năm 2016, ngành Y tế thực hiện các nhiệm
#: vụ sau:" told in 2017; a later year is a plan: "Năm 2018, Quốc hội tiến hành giám sát tối cao các nội dung sau
#: đây:"; not a year named inside: "Ngoài việc thông qua báo cáo kết quả kinh doanh năm 2016, ...")
_YEAR_OPENS = re.compile(r"\W*(?:(?:trong|vào|từ|đến)\s+)?năm\s+(?P<year>\d{4})\s*,")
#: ... nor a text's contents, the sentence opening on the text, a draft or one in force ("Dự thảo Luật gồm 5 chương, tập
#: trung vào các nội dung sau: Phạm vi điều chỉnh ...; Đối tượng áp dụng ...")
_LIST_OF_A_TEXT = re.compile(r"[\W\d]*(?:(?:dự\s+thảo|dự\s+án)\s+)?" + _alt(extra=_IN_FORCE) + r"(?!\s+(?:sư|gia)(?!\w))")
#: a list run into its item after a colon, its bullet mark a dash: "... thông qua các việc làm cụ thể sau: - Bảo đảm môi
#: trường chính trị và vĩ mô ổn định, ..."
_RUN_IN_LIST = re.compile(r":[ \t]*[-–+•][ \t]*(?=[" + _UPPER + r"])")


def _task_list(doc: Doc, s: int, e: int, year: int | None = None) -> int | None:
    """Where the tasks a sentence announces as a list after its colon start (_LIST_HEAD): right after the colon. `year`:
    the meeting's, when known."""
    low = doc.low
    if low.find(":", s, e) < 0:
        return None  # (no colon: the search would try every word)
    head = _LIST_HEAD.search(low, s, e)
    if head is None or _LIST_TALKED.search(low, s, head.end()) or _LIST_OF_A_TEXT.match(low, s, head.start()) \
            or _document_says(low, s, head.start()):
        return None
    if year is not None and (told := _YEAR_OPENS.match(low, s, head.start())) and int(told["year"]) < year:
        return None
    return head.end()


def _run_in_items(doc: Doc, point: Span) -> list[Span]:
    """The point, cut where a list is run into it after a colon (_RUN_IN_LIST): its head and each item."""
    a, b = point
    pieces: list[Span] = []
    for m in _RUN_IN_LIST.finditer(doc.text, a, b):
        pieces.extend(_split(doc, a, m.start(), semicolons=False))
        a = m.end()
    return pieces + _split(doc, a, b, semicolons=False) if pieces else [point]


_SAID_FIRST_REACH = 40  # (characters after a speech cue in which the modal of its own point stands)


def _said_first(doc: Doc, s: int, at: int) -> int | None:
    """Where a point starts that a speech cue before a later cue at `at` reports by a modal right after it (within
    _SAID_FIRST_REACH characters, no ';' or ':' between): the point starts there, not at the later cue ("Thứ trưởng Sơn
    nhấn mạnh, cần lấy chất lượng làm hàng đầu ..., bởi mục tiêu chính là tuyển sinh ...", "Ông Nhạ lưu ý, Cần Thơ phải
    thận trọng và đặc biệt lưu ý đến vấn đề nguồn nhân lực ..."); None when there is none. (Only the first speech cue
    with such a modal is asked whether a text in force or a thing given says it: one look back, however many cues.)"""
    low = doc.low
    for m in _patterns().speech.finditer(low, s, at):
        modal = _modal_or_charged(low, m.end(), min(at, m.end() + _SAID_FIRST_REACH))
        if not modal or any(mark in low[m.end():modal.start()] for mark in ";:"):
            continue
        if _told_as_given(doc, s, m.start()) or _document_says(low, s, m.start()) \
                or _clause_ends(doc.text, modal.end(), at):
            return None  # (nor past a clause of another subject before the later cue: "Đại diện doanh nghiệp nhấn
            # mạnh, cần giảm thuế cho hàng xuất khẩu, Bộ trưởng yêu cầu Bộ Tài chính nghiên cứu")
        clause = _clause_start(low, m.end(), modal.start())
        return clause + 1 if clause >= 0 else m.end()
    return None


#: the plan a meeting adopted or rolled out, the meeting (or one presiding at it) its subject and the verb told done:
#: "Hội nghị đã triển khai các nội dung, kế hoạch tổ chức Ngày sách ...; kế hoạch tổ chức Hội thi kể chuyện ...",
#: "Trong buổi họp, bà X - Giám đốc TVTT đã thông qua kế hoạch tổ chức Hội nghị cán bộ ... năm 2024", "Tại cuộc họp
#: lãnh đạo các thư viện đã họp bàn kế hoạch tổ chức các cuộc trưng bày triển lãm trong năm 2012 như: | - ..." (the
#: plan is the point, or the items it lists); or the work of the year it rolled out, with what it bears on: "Hội nghị
#: đã triển khai công tác năm 2018, trong đó tập trung vào việc giới thiệu sách báo, bổ sung mới và ..." (not a
#: meeting's name, "Hội nghị triển khai kế hoạch năm 2017", which has no "đã")
_MEETING_SUBJECT = (r"[ \t\-–—+•*·●▪]*(?:(?:hội\s+nghị|cuộc\s+họp|buổi\s+họp|đại\s+hội|hội\s+thảo)(?!\w)[^,.;:!?\n]{0,60}?"
                    r"|(?:tại|trong)\s+(?:cuộc\s+họp|buổi\s+họp|hội\s+nghị|đại\s+hội)(?!\w)[^.;:!?\n]{0,100}?)"
                    r"\s(?:cũng\s+)?đã\s+")
_ADOPTED_PLAN = re.compile(_MEETING_SUBJECT + r"(?:triển\s+khai|thông\s+qua|họp\s+bàn|bàn|thống\s+nhất)\s+"
                           r"(?:các\s+nội\s+dung\s*,\s*)?(?=(?:các\s+)?(?:kế\s+hoạch|chương\s+trình)\s)")
_ROLLED_OUT_WORK = re.compile(_MEETING_SUBJECT + r"triển\s+khai\s+(?:công\s+tác|nhiệm\s+vụ|kế\s+hoạch)"
                              r"[^,.;:!?\n]{0,40},\s*trong\s+đó\s+(?:tập\s+trung|chú\s+trọng|ưu\s+tiên)\s+"
                              r"(?:vào\s+)?(?:việc\s+)?")


def _adopted_plan(low: str, s: int, e: int) -> re.Match[str] | None:
    """The plan or the year's work a meeting adopted, when the sentence opens on it (_ADOPTED_PLAN, _ROLLED_OUT_WORK;
    a sentence that tells it needs no other cue word)."""
    return _ADOPTED_PLAN.match(low, s, e) or _ROLLED_OUT_WORK.match(low, s, e)


#: the directions named as the topic, before the time ahead they are for: "Về phương hướng hoạt động (trong nhiệm kỳ
#: tới, ...)", "Về nhiệm vụ (thời gian tới, ...)"
_ABOUT_AHEAD = re.compile(r"về\s+(?:phương\s+hướng|nhiệm\s+vụ|định\s+hướng|giải\s+pháp|mục\s+tiêu)(?:\s+hoạt\s+động)?\s+"
                          r"(?=(?:trong|thời\s+gian|giai\s+đoạn|nhiệm\s+kỳ)\s)")


#: the term a sentence opens on, its years written: "Nhiệm kỳ 2022-2024, Liên hiệp Thư viện tiếp tục bổ sung, xử lý kỹ
#: thuật tài liệu ...; thực hiện tốt Đề án ..." (_term_ahead)
_TERM_OPENS = re.compile(r"(?:trong\s+)?nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}\s*,\s*")


def _term_ahead(low: str, s: int, e: int, year: int | None) -> tuple[int, bool] | None:
    """Where the points of a sentence opening on a term start, when the term begins in the meeting's year or later:
    the programme a congress adopts for the term it opens (not a past term reviewed, "Nhiệm kỳ 2015-2018, hoạt động
    của hệ thống thư viện 13 tỉnh ... đã bám sát ..." at the meeting of 2018; not when the meeting's year is unknown)."""
    term = _TERM_OPENS.match(low, s, e) if year is not None else None
    return (term.end(), False) if term and int(term.group(1)) >= year else None


#: ... and a speaker's words after it, which are read as any speech is ("Về giải pháp thời gian tới, ông Huệ cho biết việc
#: hình thành hợp tác xã là mấu chốt ...": a view, not a point; tells_verbs.txt's "topic")
_TOLD_BY = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.tagged("tells_verbs.txt", "topic"), spaces=True)
                      + r")(?!\w)")


def _cue_start(doc: Doc, s: int, e: int) -> tuple[int, bool] | None:
    """Where the points of a sentence start, if it sets any out; and whether a ':' there opens a bullet list."""
    p, low = _patterns(), doc.low
    plan = _adopted_plan(low, s, e)
    if plan:
        listed = low[plan.end() : e].rstrip()
        return (e, True) if listed.endswith(":") else (plan.end(), False)
    # (the first of noun_list's and noun_is's matches: both are tried where either first matches, found in one scan)
    either = p.noun_either.search(low, s, e)
    found = [m for m in (p.noun_list.match(low, either.start(), e), p.noun_is.match(low, either.start(), e)) if m] \
        if either else []
    m = min(found, key=lambda m: (m.start(), m.end())) if found else None
    if m and not _background(low, s, m.start()):
        opens = low[m.start() : m.end()].rstrip().endswith(":")
        counted = _COUNTED_HEAD.match(low, m.end(), e)
        if counted and not opens:  # (the count and the colon after it open the parts: "5 vấn đề trọng tâm: ...")
            return counted.end(), not low[counted.end() : e].strip()
        if not opens and (said := _said_first(doc, s, m.start())) is not None:
            return said, False
        return m.end(), opens
    m = p.set_noun.search(low, s, e)
    if m and not _document_says(low, s, m.start()) and not _proposed_before(low, s, m.end()):
        # (a verb a modal before it owes sets out the sentence's own point, the noun's action only the noun's kind:
        # "Đặc biệt, cần chỉ rõ những nguyên nhân, bài học và đề ra các giải pháp khắc phục trong thời gian tới", "một
        # vài đề án tái cơ cấu ... cần phải đặt ra mục tiêu xây dựng trong thời gian tới")
        return (s if p.modal.search(low, s, m.start()) else m.end()), False
    for m in p.verb.finditer(low, s, e):
        if m.group().startswith("quyết"):
            # a decision only when a deciding body is its subject ("Anh quyết định rút khỏi EU" is history), not the
            # agent of a passive telling what was set up before ("Đoàn kiểm tra này do UBND tỉnh quyết định thành lập")
            body = _DECIDING_BODY.search(low, max(s, m.start() - 70), m.start())
            if not body or _BY_AGENT.search(low, max(s, body.start() - 4), body.start()):
                continue
        if m.group() == "mong" and not (_WISHED_OF.match(low, m.end(), e) or _BODY_WORD.match(low, m.end() + 1, e)
                                        or doc.text[m.end() + 1 : m.end() + 2].isupper()):
            continue  # a bare "mong" with no one it asks of named after it: the speaker's own hope
        if _HEED.fullmatch(m.group()) and _HEEDED_THING.match(low, m.end(), e):
            continue  # "Hà Nội cần lưu ý các trường hợp có hiện tượng sốt", "lưu ý tới 2 vấn đề"
        if _AGREE.fullmatch(m.group()) and _PURPOSE.search(low, max(s, m.start() - 12), m.start()):
            continue  # "tổ chức họp bàn nhằm thống nhất phương án khắc phục ...": what the meeting is held for
        if _AGREE.fullmatch(m.group()) and _ASSESSED.match(low, m.end(), e):
            continue  # "Hội nghị thống nhất đánh giá việc triển khai ... đã góp phần ...": an assessment, no task
        if m.group().startswith("quán") and _STUDIED_AT.search(low, max(s, m.start() - 70), m.start()):
            continue  # "Hội nghị học tập, quán triệt và triển khai thực hiện Nghị quyết ...": its name
        if m.group().startswith("quán") and _HEARD.search(low, max(s, m.start() - 200), m.start()):
            return None  # "... đã được nghe lãnh đạo Cục ... quán triệt, triển khai ...": what a training went through
        manner = _DONE_MANNER_AT.match(low, m.start(), e)
        if manner and (_done_before(low, s, m.start()) or _MANNER_NOUN.match(low, manner.end(), e)):
            continue  # "các cấp ủy ... đã quán triệt sâu sắc các nghị quyết", "sự quan tâm, chỉ đạo sát sao của ..."
        if _ASK.fullmatch(m.group()) and _hedged_ask().search(low, max(s, m.start() - 20), m.start()):
            continue  # "chỉ có thể yêu cầu buộc thôi việc", "các Cty đều yêu cầu tốt nghiệp cấp ba": no order given
        if _WISH.fullmatch(m.group()) and _FIRST_PERSON_WISH.search(low, max(s, m.start() - 40), m.start()):
            continue  # "chúng tôi mong muốn tổ đăng kiểm làm việc ...": the speaker's own hope, in their words
        praised = None if _AGREE.fullmatch(m.group()) else _PRAISED_DEED.search(low, max(s, m.start() - 160), m.start())
        if praised and not _praise_ended(doc, praised):
            continue  # "đánh giá cao Bộ GTVT đã tích cực chỉ đạo hoàn thiện ...": a deed praised, no task
        if _ANONYMOUS.match(low, m.end(), e):
            continue  # "Một quan chức ... yêu cầu giấu tên nói rằng ...": a source who asks not to be named
        that = _THAT.match(low, m.end(), e)
        if that and not p.modal.search(low, that.end(), e):
            continue  # "lưu ý rằng hai nước đã quay trở lại ...", "nhất trí rằng quan hệ ... đang có nhiều cơ hội"
        if _told_as_given(doc, s, m.start()):
            continue
        clause = _clause_head(low, s, m.start()) if m.group() == "chỉ đạo" else s
        if clause > s and (back := _LOOKED_BACK.match(low, s, clause)) \
                and not _AHEAD_AFTER.search(low, back.end(), m.start()) and not p.modal.search(low, clause, m.start()):
            continue  # "Trong 3 năm qua, UBND tỉnh chỉ đạo các sở ... đẩy mạnh ...": what was steered over the period
        if _steered_before(doc, clause, m):
            return None  # (nor what the body's order asked: "UBND thành phố đã chỉ đạo ..., các tổ ... cần ...")
        if not _is_noun_use(doc, m.start(), m.end()) and not _document_says(low, s, m.start()):
            if manner:
                # the doing itself: the point is its clause ("Theo đó, thời gian tới tỉnh tập trung chỉ đạo quyết liệt,
                # tạo sự chuyển biến rõ nét ...")
                # (after a time ahead the sentence's earlier part is left behind: "Hội nghị đã nghe báo cáo, thời gian
                # tới | tỉnh tập trung chỉ đạo quyết liệt, ...")
                head = _MANNER_CLAUSE.match(low, s, m.start())
                start = head.end() if head else s
                for ahead in _AHEAD_AFTER.finditer(low, start, m.start()):
                    start = _CLAUSE_GAP.match(low, ahead.end()).end()
                own = _MODAL_BEFORE.search(low, max(s, m.start() - 12), m.start())
                return (m.start() if own else start), False
            if (said := _said_first(doc, s, m.start())) is not None:
                return said, False
            directed = _directed_body(low, clause, m)
            return (directed if directed is not None else m.start()), False
    # "Theo đó, thời gian tới, Công ty ... phải duy trì ...", "Về phương hướng hoạt động trong nhiệm kỳ tới, Hội Thư viện
    # VN sẽ tăng cường ...; kiện toàn ..."
    connector = _CONNECTOR_OPEN.match(low, s, e)
    about = None if connector else _ABOUT_AHEAD.match(low, s, e)
    m = p.future.match(low, (connector or about).end() if connector or about else s, e)
    if m and not (about and (p.speech.search(low, m.end(), e) or _TOLD_BY.search(low, m.end(), min(e, m.end() + 80)))):
        # (after the topic, a speaker's words are read as any speech is: "Về giải pháp thời gian tới, Thủ tướng nhấn
        # mạnh đến việc cần ...")
        return m.end(), False
    # every speech cue in turn, the first that sets something out: the first may open nothing ("Trong phần kết luận,
    # ..., ông Vương Duy Biên nhấn mạnh sẽ chấn chỉnh, kiện toàn bộ máy ...": the conclusion named, its point after the
    # second cue)
    # (not one a past tense before it also governs: "Tổng thống Syria Bashar al-Assad đã cam kết bảo vệ ... và nhấn mạnh
    # sẽ tiêu diệt ...")
    contrast = _CONTRAST_THEN_SOURCE.match(low, s, e)
    attributed = p.attributed.match(low, contrast.end() if contrast else s, e)
    # (each cue asks of the sentence before it and after it: those questions are asked once for the sentence, or
    # stretch by stretch, not once per cue over the whole sentence — a sentence of thousands of cues and no end,
    # "Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh cho rằng " × N, was quadratic: _ModalAhead, _MarksBefore; and a past
    # word before a cue is one that the sentence's first past word, at the latest, starts before: a cue opens a word,
    # so no past word can close at it)
    past = _PAST.search(low, s, e)
    ahead, marks = _ModalAhead(low, e), _MarksBefore(low, s)
    for index, m in enumerate(chain((attributed,) if attributed else (), p.speech.finditer(low, s, e))):
        if index and past and past.start() < m.start() and _PAST.search(low, s, m.start()):
            break
        found = _speech_start(doc, s, e, m, ahead=ahead, said_from=marks(m.start()))
        if found is not None:
            return found, False
    return None


class _ModalAhead:
    """_modal_or_charged(low, lo, hi) for one `hi` and start after start (a sentence's cues in turn): the first modal
    or charge from a start is the first from any later start up to it, and none from a start is none from any later
    one, so each stretch of the sentence is searched once (a regex match at a place does not depend on where the search
    began: its lookbehinds see the text before it)."""

    __slots__ = ("low", "hi", "lo", "found")

    def __init__(self, low: str, hi: int) -> None:
        self.low, self.hi, self.lo, self.found = low, hi, -1, None

    def __call__(self, lo: int) -> re.Match[str] | None:
        if not (0 <= self.lo <= lo and (self.found is None or lo <= self.found.start())):
            self.lo, self.found = lo, _modal_or_charged(self.low, lo, self.hi)
        return self.found


class _MarksBefore:
    """Where a sentence's last ',', ';' or ':' before a place is (the place itself when there is none; None when not
    known), asked of place after place: each stretch is looked through once (_document_says's `said_from`)."""

    __slots__ = ("low", "s", "to", "last")

    def __init__(self, low: str, s: int) -> None:
        self.low, self.s, self.to, self.last = low, s, s, -1

    def __call__(self, at: int) -> int | None:
        if at < self.to:
            return None
        low, to = self.low, self.to
        self.last = max(self.last, low.rfind(",", to, at), low.rfind(";", to, at), low.rfind(":", to, at))
        self.to = at
        return self.last if self.last >= self.s else at


def _speech_start(doc: Doc, s: int, e: int, m: re.Match[str], *, ahead: _ModalAhead | None = None,
                  said_from: int | None = None) -> int | None:
    """Where the point a speech cue (or "Theo ...,") at `m` reports starts, if it reports one (`ahead`: the sentence's
    _ModalAhead to the end `e`; `said_from`: _document_says's)."""
    p, low = _patterns(), doc.low
    if _told_as_given(doc, s, m.start()):
        return None
    if m.group().startswith("cam") and not _pledges(low, m.start(), m.end()):
        return None  # a pledge once made ("Tổng thống Donald Trump đã cam kết sẽ ..."), the noun ("cam kết này ...")
    if not _document_says(low, s, m.start(), said_from=said_from):
        modal = ahead(m.end()) if ahead is not None else _modal_or_charged(low, m.end(), e)
        if modal:
            clause = _clause_start(low, m.end(), modal.start())
            return clause + 1 if clause >= 0 else m.end()
        # ... or, said by both sides of talks, the stand they take together: "Hai bên khẳng định tiếp tục hợp tác
        # chặt chẽ, hiệu quả trong lĩnh vực quốc phòng - an ninh", "Hai nhà lãnh đạo khẳng định coi hợp tác phát triển
        # tiếp tục là trọng tâm ...", "Hai bên khẳng định ủng hộ giải quyết tranh chấp lãnh thổ tại Biển Đông bằng biện
        # pháp hòa bình ..." (not a weight or a result they note: "nhấn mạnh tầm quan trọng của ...", "khẳng định có
        # nhiều kết quả tích cực")
        if _AFFIRMS.fullmatch(low, m.start(), m.end()) and (_BOTH_SIDES.search(low, max(s, m.start() - 60), m.start())
                                                             or _sides_list_on(low, s, m.start())):
            after = _THAT_AFTER.match(low, m.end(), e).end()
            if _STAND.match(low, after, e) or p.action.match(low, after, e):
                return after
        # ... or what the speaker commits to: "Thủ tướng khẳng định Chính phủ sẽ tiếp tục mở cửa hơn nữa ...", "Bộ
        # trưởng Quốc phòng khẳng định sẽ tạo điều kiện ...", "khẳng định sẵn sàng tạo mọi điều kiện ..."
        will = _COMMITS.match(low, m.end(), e) if _AFFIRMS.fullmatch(low, m.start(), m.end()) else None
        if will and not _PAST.search(low, m.end(), will.start("will")) \
                and not (_IS.match(low, will.end()) and not m.group().startswith("cam")):  # "khẳng định sẽ là sai lầm nếu ..."
            return _THAT_AFTER.match(low, m.end(), e).end()
        # ... or what will be done with the matter it names: "Thủ tướng ... khẳng định vụ việc tại Đồng Tâm sẽ được điều
        # tra nghiêm túc" (_done_to)
        if _AFFIRMS.fullmatch(low, m.start(), m.end()) and _done_to(low, m.end(), e):
            return _THAT_AFTER.match(low, m.end(), e).end()
        # ... or what the speaker advises a body or a place named right after the cue to do: "Ông Nhạ cũng nhấn mạnh Cần
        # Thơ nên chú trọng vấn đề đào tạo ngoại ngữ" ("nên" alone is no modal: "vì ... nên ..." gives a result);
        # not an opinion ("cho rằng Mỹ nên tuân thủ Hiệp định Paris"), nor what should have been done ("lẽ ra ...
        # không nên")
        advised = _ADVISED.match(low, m.end(), e) if _ADVISES.fullmatch(m.group()) else None
        if advised and not _PAST.search(low, m.end(), advised.end()) \
                and (doc.text[advised.start("subject")].isupper() or _BODY_WORD.match(low, advised.start("subject"))):
            return advised.start("subject")
        # a pledge names its action right after it: "Chính phủ Việt Nam cam kết tạo mọi điều kiện thuận lợi ..."
        if m.group().startswith("cam"):
            after = _THAT_AFTER.match(low, m.end(), e).end()
            if p.action.match(low, after, e):
                return after
    return None


#: a text in force as the subject of what it already set out: "Nghị quyết 11 đã đưa ra 4 giải pháp", "Chính sách đã yêu
#: cầu", "Trong Chỉ thị đã nêu rõ" (the cue is then at most a few words after "đã")
_DOCUMENT_SAID_AT = (r"(?:(?:tại|trong|theo)\s+)?" + _alt(extra=_IN_FORCE)
                     + r"(?!\s+(?:sư|gia)(?!\w))[^,.;:!?\n]{0,60}?\sđã(?:\s+[^\s,.;:!?]+){0,3}\s*$")
#: ... at the sentence's start (matched there) or after a mark (searched for)
_DOCUMENT_SAID_OPENS = re.compile(_DOCUMENT_SAID_AT)
_DOCUMENT_SAID = re.compile(r"[,;:]\s*" + _DOCUMENT_SAID_AT)


#: a text in force as the subject of its sentence, a content verb (directions_document_verbs.txt) at the cue or right
#: before it: "Nghị quyết số 35 về ... được ban hành tháng 5 năm 2016, đã khẳng định 10 nguyên tắc ...", "Chiến lược
#: phát triển năng lượng quốc gia ... đề ra mục tiêu ...", "Nghị định 38 nhằm thực hiện Luật ... trong đó nêu rõ ...";
#: no comma before the verb but in the text's title or before the past word, so no speaker comes between ("Nghị quyết
#: 35 ..., Bộ trưởng khẳng định" is the speaker's)
_DOCUMENT_VERB = re.compile(_alt("directions_document_verbs.txt"))
#: (a content verb after a word that counts is its noun: "Luật Đất đai và các quy định liên quan còn nhiều bất cập ...")
_DOCUMENT_NOUN_NOT = r"(?<!(?<!\w)các\s)(?<!(?<!\w)những\s)(?<!(?<!\w)một\s)(?<!(?<!\w)mọi\s)"
#: (not a bare "văn bản" / "công văn", which carries a leader's conclusions just as often: "Đây là nội dung trong văn
#: bản thông báo kết luận của Thủ tướng ... Văn bản cũng nêu rõ: Kinh tế TP.HCM phải tiếp tục đổi mới ...")
#: (no modal between the text's name and its verb: "Nghị định sửa đổi phải nêu rõ trách nhiệm ..." is a demand)
_DOCUMENT_TELLS_AT = (
    r"(?!(?:văn\s+bản|công\s+văn)(?!\w))" + _alt(extra=_IN_FORCE)
    + r"(?!\s+(?:sư|gia)(?!\w))(?:(?!" + _alt("directions_modals.txt", extra=("sẽ",))
    + r")(?:,(?=\s+(?:tầm\s+nhìn|giai\s+đoạn|đã)\s)|[^,.;:!?\n])){0,150}?"
    + r"\s(?:(?:đã|cũng|trong\s+đó)\s+)*" + _DOCUMENT_NOUN_NOT + _alt("directions_document_verbs.txt")
)
#: ... at the sentence's start (matched there) or after a mark (searched for)
_DOCUMENT_OPENS = re.compile(_DOCUMENT_TELLS_AT + r"\s*$")
_DOCUMENT_TELLS = re.compile(r"[,.;:!?\n]\s*" + _DOCUMENT_TELLS_AT + r"\s*$")
#: ... the same anywhere in a sentence: one that goes on with a point by its modal is the text's content instead
#: ("Nghị định này cũng nêu rõ những tiêu chí mà điểm cung cấp dịch vụ viễn thông cần có, bao gồm: ...")
_DOCUMENT_OPENS_IN = re.compile(_DOCUMENT_TELLS_AT)
_DOCUMENT_TELLS_IN = re.compile(r"[,.;:!?\n]\s*" + _DOCUMENT_TELLS_AT)
#: ... or opening the sentence (after a list number or a linking phrase), its content verb anywhere before the cue: the
#: rest of the sentence is that text's content, however many clauses it runs to ("4. Luật Trách nhiệm bồi thường của
#: Nhà nước bao gồm 9 chương, 78 điều, quy định cụ thể về ...; thủ tục giải quyết yêu cầu bồi thường; ...", "Luật cũng
#: mở rộng nguyên tắc bồi thường, cho phép người bị thiệt hại ... có văn bản làm căn cứ yêu cầu bồi thường ...")
_DOCUMENT_LEADS = re.compile(r"[\W\d]*(?:(?:theo\s+đó|bên\s+cạnh\s+đó|ngoài\s+ra|đồng\s+thời)\s*,\s*)?"
                             + _DOCUMENT_TELLS_AT)
#: how far before its verb a text's name is looked for (its name, 150 characters, the verb)
_DOCUMENT_REACH = 220


def _document_tells(low: str, s: int, e: int, *, verb_at_end: bool = True) -> bool:
    """Whether the sentence from `s` tells what a text in force says (_DOCUMENT_TELLS_AT), its verb ending at `e`
    (`verb_at_end`) or anywhere before `e`."""
    if verb_at_end:
        return bool(_DOCUMENT_OPENS.match(low, s, e) or _DOCUMENT_TELLS.search(low, max(s, e - _DOCUMENT_REACH), e))
    return bool(_DOCUMENT_OPENS_IN.match(low, s, e) or _DOCUMENT_TELLS_IN.search(low, s, e))


#: ... a clause of the speaker's own between the text's verb and the cue: after a comma or a linking word, a person named
#: or a leader's post its subject ("Luật Đất đai và các quy định liên quan còn nhiều bất cập nên Thủ tướng yêu cầu ...",
#: "Nghị quyết 35 ... đã xác định rõ mục tiêu, vì vậy Bộ trưởng đề nghị ..."; not a post the text names as whom it
#: concerns: "... trình Bộ trưởng cơ chế, chính sách ...")
_LINKED = r"(?:[,;]|(?<!\w)(?:nên|vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy|tuy\s+nhiên))"


def _speaker_between(low: str, verb: int, at: int) -> bool:
    """Whether a speaker's clause opens between a text's content verb (ending at `verb`) and the cue at `at`
    (_SPEAKER_CLAUSE), or a speech cue that is no content verb stands there ("nhấn mạnh", "cho rằng")."""
    return bool(_SPEAKER_CLAUSE.search(low, verb, at)) \
        or any(not _DOCUMENT_VERB.match(low, m.start()) for m in _patterns().speech.finditer(low, verb, at))


def _document_says(low: str, s: int, at: int, *, said_from: int | None = None) -> bool:
    """Whether the cue at `at` tells what a resolution, law or policy already says (background). (`said_from`: the
    sentence's last ',', ';' or ':' before `at`, or `at` when it has none, if the caller knows it: no such mark can
    stand inside a match of _DOCUMENT_SAID after its first, so only the last can open one.)"""
    if _DOCUMENT_SAID_OPENS.match(low, s, at) \
            or (_DOCUMENT_SAID.search(low, s, at) if said_from is None else _DOCUMENT_SAID.match(low, said_from, at)):
        return True
    verb = _DOCUMENT_VERB.match(low, at)
    if _document_tells(low, s, verb.end() if verb else at):
        return True
    # (the text opening the sentence, unless the cue's clause has a body of its own as its subject: "Thông tư 35 quy
    # định tiêu chí về giáo viên ... có nhiều bất cập, | Bộ đang chỉ đạo sửa đổi, bổ sung thông tư ...")
    leads = _DOCUMENT_LEADS.match(low, s, at)
    if not leads or _speaker_between(low, leads.end(), at):
        return False
    clause = _clause_opens(low, leads.end(), at, ",;")
    return not _BODY_NAMED.match(low, clause + len(low[clause:at]) - len(low[clause:at].lstrip()), at)


def _background(low: str, s: int, at: int) -> bool:
    """A direction noun that names work done or a topic talked over is background, not a point set out:
    "hoàn thành nhiệm vụ được giao", "đã cụ thể hóa Chỉ thị này với nhiều giải pháp như ...",
    "thảo luận về các giải pháp ... như ..."."""
    return bool(_DONE_NOUN.search(low, max(s, at - 30), at) or _BACKGROUND_BEFORE.search(low, max(s, at - 80), at)
                or _document_says(low, s, at) or _proposed_before(low, s, at))


#: a post that puts forward the meeting's own points, before the proposal's verb in its sentence ("Phó Chủ tịch UBND
#: tỉnh Lê Văn Khoa đã đề xuất một số biện pháp như ...", "Bộ trưởng ... sáng 4.6 đã đề xuất 3 giải pháp ... gồm: ...",
#: "Thủ tướng đã đề ra 5 nhiệm vụ trọng tâm: ..."), unless told as earlier ("Trước đó, ...", a past year)
_POST_PROPOSES = re.compile(r"(?<!\w)(?:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|bí\s+thư|giám\s+đốc|chủ\s+nhiệm|"
                            r"tổng\s+cục\s+trưởng|cục\s+trưởng|trưởng\s+ban|tổng\s+thống|thống\s+đốc)(?!\w)")
_TOLD_EARLIER = re.compile(r"(?<!\w)(?:trước\s+đó|năm\s+(?:\d{4}|ngoái|trước)|hồi\s+(?:năm|tháng))(?!\w)")


def _proposed_before(low: str, s: int, at: int) -> bool:
    """Whether the noun at `at` names a proposal or solution put forward before (_PROPOSED_BEFORE), not by the
    meeting itself (_MEETING_DID) nor by an official there (_POST_PROPOSES, unless told as earlier: _TOLD_EARLIER)."""
    proposed = _PROPOSED_BEFORE.search(low, max(s, at - 70), at) or (
        low.startswith(("kiến nghị", "đề xuất"), at) and _PROPOSING_BEFORE.search(low, max(s, at - 30), at))
    return bool(proposed) and not _MEETING_DID.match(low, s, at) and not (
        _POST_PROPOSES.search(low, s, proposed.start()) and not _TOLD_EARLIER.search(low, s, at))


#: a result told as the share of last year's plan achieved, which no point goes on with even when it opens on a verb:
#: "Huy động vốn khách hàng cá nhân, tổ chức kinh tế ... đạt 105.211 tỷ đồng, hoàn thành 114% kế hoạch năm 2020"
_PLAN_SHARE = lexicon.WordLed(r"(?<!\w)(?:hoàn\s+thành|đạt|vượt)\s+(?:hơn\s+|gần\s+|khoảng\s+)?\d[\d.,]*\s*%\s+"
                              r"(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)")


#: a sentence citing a rule in force (directions_documents.txt's "in_force" texts, _RULES): "Theo quy định, hồ sơ phải
#: gửi trước cho Quốc hội 60 ngày trước khi khai mạc" tells what the law already requires, it goes on with no point
_RULE_CITED = re.compile(r"\W*(?:cũng\s+)?theo\s+" + _alt(extra=(*_IN_FORCE, *_RULES))
                         + r"(?!\s+sư)[^,.;:\n]{0,80},")
#: a sentence telling what a report found (directions_reports.txt): "Theo báo cáo của Sở TN&MT, đầu năm 2016, do vướng
#: thẩm quyền ... nên tại TP.HCM đã xảy ra tình trạng quá tải hồ sơ" sets no point, whatever verb it has
_REPORT_CITED = re.compile(r"\W*(?:cũng\s+)?theo\s+" + _alt("directions_reports.txt")
                           + r"(?!\s+(?:kết\s+luận|viên)(?!\w))[^,.;:\n]{0,80},")


#: what judges or tells rather than sets a task, before the point's action
_JUDGES = re.compile(r"(?<!\w)(?:đánh\s+giá|nhận\s+thấy|ghi\s+nhận|nhận\s+định|cho\s+rằng|cho\s+biết|khẳng\s+định|"
                     r"bày\s+tỏ|tán\s+thành)(?!\w)")
#: characters from a paragraph's start to the modal that makes it go on with the point that ended the paragraph before
_CHAINED_MODAL = 120


def _case_words(tag: str) -> str:
    """The words of directions_case_words.txt that carry `tag`."""
    return alternation(lexicon.tagged("directions_case_words.txt", tag), spaces=True)


#: a case and the task for it after "thì", the sentence going on with a point: "Nếu cửa hàng nào không đảm bảo điều
#: kiện thì tước giấy phép.", "Trong trường hợp, nếu phát hiện tổ chức, cá nhân nào dùng xe công đi lễ thì phải xử lý về
#: mặt hành chính.", "Các sự kiện tập trung đông người không cần thiết thì dừng lại." — its subject may come between
#: ("... thì huyện đó, địa phương đó phải chịu trách nhiệm"); not a rule of how things go ("Muốn X thì phải Y", "để cả
#: năm đạt 6,7% thì ..."), nor what would follow ("thì sẽ có lợi hơn", "thì có thể ..."), nor a case a speaker explains
#: ("Bà Mai giải thích, nếu Dự thảo Nghị định đi theo hướng liệt kê các đối tượng đăng ký thì phải rà soát ...")
_CASE_OPEN = re.compile(r"(?:trong\s+)?trường\s+hợp\s*,\s*")
_CASE_THEN = re.compile(r"[^.;:!?\n]{2,200}?[ \t,]thì[ \t]+")
_CASE_MODAL = re.compile(r"(?P<subject>[^.;:!?\n\"“”]{0,50}?[ \t])?(?:cần\s+phải|phải|cần|không\s+được)[ \t]+")
#: in a leader's quotation, what the case forbids sets a task on its own: "Nếu có thanh tra đột xuất thì không được
#: thanh tra mở rộng", "Khi đã thu hồi thì không cho bất cứ doanh nghiệp nào đầu tư vào đây" (not "thì không cho
#: được", what cannot be done)
_CASE_BAN = re.compile(r"(?:(?:" + _case_words("ban_subject") + r")\s+)?(?:cũng\s+)?"
                       r"(?:không\s+(?:được|cho|nên)|chưa\s+được)[ \t]+(?!được)(?=\w)")
_NOT_A_CASE = re.compile(r"(?:" + _case_words("opener") + r")(?!\w)|[^.;:!?\n]*?(?<!\w)(?:" + _case_words("not_a_case")
                         + r")(?!\w)")
_CASE_PAST = re.compile(r"(?<!\w)(?:" + _case_words("past") + r")(?!\w)")


@cache
def _case_actions() -> re.Pattern[str]:
    return re.compile(_alt("directions_actions.txt", "directions_case_actions.txt"))


def _case_task(low: str, s: int, e: int, quoted: bool = False) -> int | None:
    """Where a sentence that sets the task for a case (_CASE_THEN) starts its point, or None. `quoted`: it goes on
    inside the quotation of a point taken before, where a deed told in the case is no past ("Khi đã thu hồi thì ...")
    and a ban (_CASE_BAN) is a task too."""
    opened = _CASE_OPEN.match(low, s, e)
    start = opened.end() if opened else s
    if _NOT_A_CASE.match(low, start, e) or low[e - 1 : e] == "?":
        return None
    m = _CASE_THEN.match(low, start, e)
    if not m or not quoted and _PAST.search(low, start, m.end()) or _JUDGES.search(low, start, m.end()):
        return None
    task = m.end() if _case_actions().match(low, m.end(), e) or quoted and _CASE_BAN.match(low, m.end(), e) else None
    if task is None and (modal := _CASE_MODAL.match(low, m.end(), e)) is not None \
            and not _CASE_PAST.search(low, m.end(), modal.end()) and _case_actions().match(low, modal.end(), e):
        task = modal.end()  # ("thì huyện đó, địa phương đó phải chịu trách nhiệm"; not "thì TP cũng sẽ vào cuộc")
    if task is None:
        return None  # (not "thì phải có vốn", "thì cần ít nhất 10 ngày", "thì phải xuất phát từ ...")
    return start


#: what may stand before the action of a point that goes on after a connector: "sớm", or a short subject and "tiếp tục"
#: (directions_steering_adverbs.txt: "first", right at the start; "after_subject", after one to three words)
_GOES_ON_LEAD = re.compile(
    r"(?:" + alternation(lexicon.tagged("directions_steering_adverbs.txt", "first"), spaces=True) + r")\s+"
    r"|(?:[^\s,.;:!?]+\s+){1,3}?(?:"
    + alternation(lexicon.tagged("directions_steering_adverbs.txt", "after_subject"), spaces=True) + r")\s+")


#: ... or, right after a connector, a verb of directions_follow_verbs.txt or directions_measures.txt: "Đồng thời, đề
#: xuất phương án lựa chọn ...", "Đồng thời, dừng các lễ hội ..." (not a praise, "Đồng thời, đánh giá cao ...", nor the
#: noun told of, "Ngoài ra, đề xuất này còn ...", "Bên cạnh đó, hạn chế của ...", nor a noun the verb opens, "Theo đó,
#: giao thông nông thôn ...", "Đồng thời, quản lý thị trường các tỉnh ...")
@cache
def _follow_verb() -> re.Pattern[str]:
    return re.compile(r"(?!giao\s+(?:thông|dịch|lưu)(?!\w)|quản\s+lý\s+thị\s+trường(?!\w)"
                      r"|đầu\s+tư\s+công(?!\s+trình)(?!\w))"
                      + _alt("directions_follow_verbs.txt", "directions_measures.txt")
                      + r"(?!\s+(?:cao|này|đó|của|còn|cũng|đã|được|là)(?!\w))")


#: ... nor the head of a thing told, its verb before the first comma: "Đồng thời, quản lý thị trường các tỉnh đã phát
#: hiện 200 vụ ...", "Bên cạnh đó, đánh giá chung của các chuyên gia cho thấy ...", "Đồng thời, hạn chế lớn nhất hiện
#: nay là ..." (not a verb whose object opens on a determiner, a relative clause telling of it: "Đồng thời tháo dỡ các
#: mốc kỹ thuật tham chiếu đã cắm ...", "Ngoài ra, đưa ra các tiêu chuẩn ... đối với các xe đã qua sử dụng ...")
_TOLD_BEFORE_COMMA = re.compile(r"\s+(?!(?:ra\s+|lại\s+|thêm\s+)?(?:các|những|một|mọi|toàn|việc|\d)(?!\w))"
                                r"[^,;]*?(?<!\w)(?:là|cho\s+thấy|đã|đang|vừa)(?!\w)")


def _goes_on(doc: Doc, s: int, e: int, same_paragraph: bool = True, quote_ends: bool = False,
             chained: bool = False, point: int = -1, adjacent: bool = True) -> int | None:
    """Where a sentence that goes on with a direction starts its point(s), or None when it does not.
    In a new paragraph it must say so from its first words (a connector or an action verb). `quote_ends`: the
    sentence closes a quotation the direction's speaker opened (_closes_quote), their words going on to it.
    `chained`: the paragraph before ended on a point, so a new paragraph may go on with it by a modal near its start
    too, when nothing before the modal judges or tells ("Việc khoanh vùng phải gọn nhất có thể."). `point`: where the
    last point starts (a quotation opened before it goes on by the task for a case, _case_task). `adjacent`: the sentence
    right before it holds a point (a connector or a topic then goes on with that point: _follow_verb, _body_acts)."""
    p, low = _patterns(), doc.low
    inside = same_paragraph and point >= 0 and 0 <= _quotation_open(doc, s) < point
    if inside and doc.text.count('"', s, e) == 1 \
            and (case := _case_task(low, s, doc.text.find('"', s, e), quoted=True)) is not None:
        return case  # (dantri's straight marks, the words closing after it: "... Nếu cái nào chưa phù hợp thì tiếp tục
        # điều chỉnh cho phù hợp với Quyết định 486 này", ông Tùng nói.)
    quoted = doc.text[s : s + 1] in "“«" and same_paragraph and _unbalanced(doc.text[s:e], opening=True)
    if quoted:
        s += 1  # the speaker who set the point out goes on in their own words: “Các DN cần phát triển ...
    elif doc.text[s : s + 1] in "\"“‘«" or _unbalanced(doc.text[s:e], opening=False) and not quote_ends \
            or _unbalanced(doc.text[s:e], opening=True):
        return None  # a quotation: someone else's words, or a quote going on
    if (same_paragraph or chained) and (case := _case_task(low, s, e, quoted=inside)) is not None:
        return case  # the task for a case: "Nếu cửa hàng nào không đảm bảo điều kiện thì tước giấy phép.", also the
        # speaker's next one, their point taken inside the same quotation: “... Nếu có thanh tra đột xuất thì không
        # được thanh tra mở rộng ...”
    so = _SO_THEN.match(low, s, e) if adjacent and (same_paragraph or chained) else None
    if so and p.modal.match(low, so.end(), e):
        return so.end()  # what the point leads to, a modal right after, the sentence right before holding the point:
        # "... giao Sở Văn hóa - Thể thao TP.HCM phải phối hợp ... | Qua đó phải đổi mới ý tưởng cũng như hình thức ..."
        # (not after a view told between, as often a participant's reasoning as the leader's: "Anh ..., Bí thư Đoàn
        # ..., cho rằng, ... yếu tố then chốt là con người. | Vì vậy, cần tập trung đầu tư ...")
    if _CONSEQUENCE.match(low, s, e) or _PLAN_SHARE.search(low, s, e) or _RULE_CITED.match(low, s, e) \
            or _document_tells(low, s, e, verb_at_end=False):
        return None
    addressed = _ADDRESSED_OPEN.match(low, s, e)
    modal = _MODAL_THEN.match(low, addressed.end(), e) if addressed else None
    if addressed and p.action.match(low, modal.end() if modal else addressed.end(), e) and not _PAST.search(low, s, e):
        return s  # the next body and its task, the body kept: "Đối với Sở Xây dựng, khẩn trương đề xuất ..."
    if not _PAST.search(low, s, e) and _topic_task(low, s, e, bodies=adjacent) is not None:
        return s  # (the topic kept: "Đối với Cục Công nghiệp và Cục Hóa chất, Bộ trưởng giao tham mưu ...")
    opener = _CONNECTOR_OPEN.match(low, s, e) or (_PARTS_OPEN.match(low, s, e) if same_paragraph
                                                  and not _FIGURE_TOLD.search(low, s, e) else None)
    start = opener.end() if opener else s
    past = _PAST.search(low, start, e)
    if p.action.match(low, start, e) or (opener and _DEADLINE_OPEN.match(low, s, e) and not past):
        return start  # (a deadline opening the sentence sets a task: "Trước ngày 10-2, Công ty tổ chức đối thoại ...")
    if opener and not past:
        # (after the connector, the action led by "sớm" or by the next body and its "tiếp tục": "Đồng thời, sớm hoàn
        # thành việc bàn giao thí điểm Sân vận động Hàng Đẫy ...", "Đồng thời, báo chí tiếp tục phát huy vai trò ...")
        lead = _GOES_ON_LEAD.match(low, start, e)
        if lead and p.action.match(low, lead.end(), e):
            return start
    if adjacent and opener and opener.re is _CONNECTOR_OPEN and not _DEADLINE_OPEN.match(low, s, e) \
            and not opener.group().rstrip().endswith("là") and (verb := _follow_verb().match(low, start, e)) \
            and not _TOLD_BEFORE_COMMA.match(low, verb.end(), e):
        # (right after the point, a verb right after the connector, as an action there: "Đồng thời, đề xuất phương án
        # lựa chọn ...", "Trên cơ sở đó, đánh giá các phương án, trong đó có các phương án đã được các tư vấn trong
        # nước đề xuất"; not the parts of a point, "Trong đó, báo cáo theo từng dự án cụ thể ...", nor a thing told
        # with "là", "Bên cạnh đó là hạn chế về ý thức chấp hành pháp luật ...")
        return start
    subject = _BODY_SUBJECT.match(low, start, e)  # "Các bộ, ngành và địa phương thực hiện có hiệu quả ..."
    if not subject and same_paragraph and (fronted := _fronted().match(low, start, e)):
        # (a clause set before the body, in a leader's conclusions: "Sau khi Thủ tướng Chính phủ phê duyệt điều chỉnh
        # Quy hoạch trên, Thông tấn xã Việt Nam và Đài Tiếng nói Việt Nam hoàn thiện Đề án ...")
        subject = _BODY_SUBJECT.match(low, fronted.end(), e)
    else:
        fronted = None
    if subject:
        act = p.action.search(low, subject.end(), min(e, subject.end() + 60)) \
            or p.task.search(low, subject.end(), min(e, subject.end() + 60))
        # (after a fronted clause, the body's action with no comma between, or only a list of bodies: not a list the
        # clause's comma cut, "Sau khi thị sát và trực tiếp xem các phòng ban, bộ phận, lãnh đạo Cục ... thực hiện thẩm
        # định ..." (21488615), but "Sau khi ..., Bộ Tài chính, Bộ Công Thương thực hiện thẩm định")
        if act and fronted and "," in low[subject.end():act.start()] \
                and not _bodies_listed(doc.text, low, subject.start(), act.start()):
            act = None
        # (what the clause tells is done before the body's task: its "đã", "được", "cho biết" are not the body's,
        # read from the body on: "Sau khi các phương án được hoàn thiện, Bộ GTVT chủ trì ...")
        said_from = subject.start() if fronted else start
        if fronted:
            past = _PAST.search(low, said_from, e)
        if act and not (past and past.start() < act.start()) and "," not in low[act.start() - 2:act.start()] \
                and not _SAYS.search(low, said_from, act.start()) and not _REPORTS.search(low, said_from, act.start()):
            return start
    if quoted or not (same_paragraph or opener or chained):
        return None  # (in a quotation, only a task set out from its first words: opinions there need a modal)
    modal = _modal_or_charged(low, start, e)
    if modal and _VIEW_OPEN.match(low, start, modal.start()):
        modal = None  # (a judgement or a reason the modal sits in, not the next task: "Đây là nhiệm vụ nặng nề vì Hải
        # Phòng phải gánh ...", "Điều này cho thấy ... bất kỳ ai vi phạm là phải xử lý ...", "Vì phải biết có bao nhiêu
        # thủ tục hành chính mới xác định được ...")
    if modal and not (past and past.start() < modal.start()) and (same_paragraph or opener or (
            modal.start() - start <= _CHAINED_MODAL and not _JUDGES.search(low, start, modal.start()))):
        return start
    if not (same_paragraph or opener):
        return None
    # ... or what a body will do, the plan the point set out going on: "Hai bên khẳng định tiếp tục hợp tác chặt chẽ
    # ... Việt Nam sẽ hỗ trợ Nga tổ chức thành công Những ngày văn hóa Nga tại Việt Nam trong năm 2017.", "Với các dự
    # án không khả thi, PVN sẽ nghiên cứu bán cổ phần ..."; the deed an action or, as in _body_task, a plan verb: the
    # host's pledge after the request it answers, "Bộ Quốc phòng sẽ đáp ứng tất cả yêu cầu của Bộ GTVT và TP.HCM",
    # "Văn phòng UBND sẽ thông báo đích danh địa chỉ ...", "Bộ sẽ vào cuộc xử lý những sai phạm ...") (not one hoped for
    # or foreseen, "tin tưởng ... hai bên sẽ tiếp tục ...", nor the meeting's own programme or what a survey covers,
    # "Cuộc họp AWGIPC 53 lần này sẽ tập trung vào ...", "Nội dung thăm dò, lấy ý kiến đóng góp sẽ tập trung vào hoạt
    # động của hệ thống đài truyền thanh ...")
    will = _WILL.search(low, start, e)
    if will and (p.action.match(low, will.end() + 1, e) or _plan_verb().match(low, will.end() + 1, e)) \
            and not (past and past.start() < will.start()) \
            and not _HEDGED.search(low, start, will.start()) and not _THE_MEETING.search(low, start, will.start()) \
            and not _PROGRAMME.match(low, start, e):
        return start
    semicolon = low.find(";", start, e)
    if semicolon >= 0 and not (past and past.start() < semicolon):
        # (also after "đồng thời" opening the ";" part: "... mở ngay đợt cao điểm đảm bảo an ninh trật tự ...; đồng thời
        # tập trung xử lý xe quá khổ, quá tải ...")
        if any(p.action.match(low, _AT_THE_SAME_TIME.match(low, m.end(), e).end(), e)
               for m in _SEMICOLON.finditer(low, semicolon, e)):
            return start
    return None


def _bodies_listed(text: str, low: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are a comma-joined list of named bodies, each led by a body word
    (directions_bodies.txt) written with a capital: "Bộ Tài chính, Bộ Công Thương " (not "bộ phận, lãnh đạo Cục ...",
    nor "bộ phận, Cục ...": the common words of a list the clause's comma cut)."""
    items = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", low[start:end])]
    return len(items) > 1 and all(
        _BODY_SUBJECT.match(low[start + a:start + b].strip()) and text[start + a:start + b].strip()[:1].isupper()
        for a, b in items)


def _topic_task(low: str, s: int, e: int, bodies: bool = False) -> int | None:
    """Where the task starts in a sentence that gives a named unit its order under a topic, or by the duty it is given
    in, None otherwise: "Đối với các tỉnh: Hà Nam, ..., khẩn trương truy vết ...", "Với Cục Xuất nhập khẩu, đơn vị này
    được giao phối hợp ...", "Cục Công Thương địa phương được giao chủ động phối hợp ...", "Các Bộ Quốc phòng, Công an,
    Y tế, UBND các tỉnh theo chức năng nhiệm vụ được giao, khẩn trương rà soát ..." (only going on with a run).
    `bodies`: a body named after the topic's comma may open the task too ("Về cách ly, Bộ Quốc phòng rà soát ..."), when
    the sentence right before it holds a point."""
    p = _patterns()
    subject = _BODY_SUBJECT.match(low, s, e)
    if subject:
        duty = _BY_DUTY.search(low, subject.end(), min(e, subject.end() + 120))
        if duty and "." not in low[subject.end():duty.start()]:
            modal = _MODAL_THEN.match(low, duty.end(), e)
            if p.action.match(low, modal.end() if modal else duty.end(), e):
                return duty.end()
        given = _GIVEN_TASK.match(low, s, e)
        if given and "được" in given.group() and p.action.match(low, given.end(), e):
            return given.end()
    topic = _TOPIC_OPEN.match(low, s, e)
    if not topic or topic.group().endswith("với ") and not topic.group().startswith("đối") \
            and not _BODY_SUBJECT.match(low, topic.end(), e):
        return None  # ("với" names a unit: not a means, "Với nhiều giải pháp, cách làm sáng tạo, TPHCM dập dịch ...")
    commas = list(re.finditer(r",\s*", low[topic.end():min(e, topic.end() + 200)]))
    if commas and ":" not in low[topic.end():topic.end() + commas[0].start()]:
        commas = commas[:1]  # (the topic's own commas only in a list after its colon: "Đối với các tỉnh: Hà Nam, ...")
        if any(p.action.match(low, word.start() + topic.end())
               for word in re.finditer(r"(?<!\w)\w", low[topic.end():topic.end() + commas[0].start()])):
            return None  # (a topic running into its task, the mark between them lost: "Đối với các bộ/ngành có cơ sở
            # đào tạo giáo viên Chủ trì và phối hợp với Bộ GDĐT trong việc chỉ đạo, hướng dẫn ...")
    for comma in commas:
        at = topic.end() + comma.end()
        modal = _MODAL_THEN.match(low, at, e)
        if p.action.match(low, modal.end() if modal else at, e):
            return at
        given = _GIVEN_TASK.match(low, at, e)
        if given and p.action.match(low, given.end(), e):
            return given.end()
        if bodies and _body_acts(low, at, e):
            return at  # ... or the body it is given to, then the task: "Về cách ly, Bộ Quốc phòng rà soát ..."
    return None


def _body_acts(low: str, start: int, e: int) -> bool:
    """Whether a body (_BODY_SUBJECT) opens low[start:e] and its action or task follows it within a few words, not
    told as its words or deeds (_SAYS, _REPORTS), nor as a clause after a comma."""
    p = _patterns()
    subject = _BODY_SUBJECT.match(low, start, e)
    if not subject:
        return False
    act = p.action.search(low, subject.end(), min(e, subject.end() + 60)) \
        or p.task.search(low, subject.end(), min(e, subject.end() + 60))
    return bool(act) and "," not in low[act.start() - 2:act.start()] and not _SAYS.search(low, start, act.start()) \
        and not _REPORTS.search(low, start, act.start())


def _quotation_open(doc: Doc, at: int) -> int:
    """Where the quotation that `at` is inside opened in its paragraph, -1 if none: a curly mark not yet closed, or the
    last of an odd count of straight ones (dantri's way: "Muốn làm được việc này thì UBND tỉnh sẽ giao ...")."""
    text, para = doc.text, doc.text.rfind("\n", 0, at) + 1
    curly = text.rfind("“", para, at)
    if curly > text.rfind("”", para, at):
        return curly
    return text.rfind('"', para, at) if text.count('"', para, at) % 2 == 1 else -1


def _going_on_before(doc: Doc, s: int, cue: int, same_paragraph: bool, adjacent: bool = True) -> Span | None:
    """The parts of a sentence before its cue at `cue` that go on with the direction before it, when a ";" sets the
    cue's part apart: "Đồng thời tiếp tục phối hợp ... tại các địa bàn, lĩnh vực trọng điểm; lưu ý tập trung vào các
    mặt hàng quan trọng ..." (the first part told as the previous point's next task); None otherwise."""
    cut = doc.low.rfind(";", s, cue)
    if cut < 0:
        return None
    start = _goes_on(doc, s, cut, same_paragraph=same_paragraph, adjacent=adjacent)
    if start is None or _JUDGES.search(doc.low, start, cut):
        return None  # (a view, not a task: "Ban Chấp hành Trung ương Đảng đánh giá cao công tác chuẩn bị ...; khẳng
        # định ...", "UBKT Trung ương nhận thấy khuyết điểm ... chưa đến mức phải xem xét kỷ luật; UBKT Trung ương yêu
        # cầu ...", "Thủ tướng cho biết trong thời gian tới, Chính phủ sẽ ...; và nhấn mạnh ...")
    return start, cut


def _told_before(doc: Doc, s: int, cue: int) -> Span | None:
    """The part of a sentence before the ";" its cue at `cue` follows, when a speech cue of its own sets a point out
    there (_speech_start: the speaker's pledge or a task told with a modal): "Thủ tướng Chính phủ Nguyễn Xuân Phúc
    khẳng định Việt Nam sẵn sàng thúc đẩy hợp tác với Hamburg ...; đề nghị Hamburg tăng cường hợp tác ...", "... nhấn
    mạnh hai bên cần tăng cường trao đổi về các vấn đề khu vực và quốc tế ...; mong muốn ..."; None otherwise (a view
    or a stand: "khẳng định Việt Nam coi trọng quan hệ hợp tác toàn diện với Argentina; đề nghị ..."). The part ends at
    the first ";" after its cue: "...; nhấn mạnh Hamburg là đối tác quan trọng hàng đầu ...;" is no part of it."""
    low = doc.low
    cut = low.rfind(";", s, cue)
    if cut < 0:
        return None
    for m in _patterns().speech.finditer(low, s, cut):
        # (each cue read up to the end of its own part: "... nhấn mạnh Hàn Quốc là một trong những đối tác quan trọng
        # hàng đầu ...; cho rằng Việt Nam và Hàn Quốc cần thúc đẩy hợp tác ..." gives the second part only)
        part = low.find(";", m.end(), cut)
        start = _speech_start(doc, s, part if part >= 0 else cut, m)
        if start is not None:
            return start, part if part >= 0 else cut  # (its own part only, not a view told after it)
    return None


#: a short item of a list of bodies, right before a comma: "các bộ", "Chính phủ", "Ban Dân vận các tỉnh"
_BODY_ITEM = re.compile(r"[“\"]?(?:[^\s,.;:!?]+\s+){0,3}[^\s,.;:!?]+")


def _clause_start(low: str, start: int, end: int) -> int:
    """Where the clause that holds the point opens, between a speech verb (ending at `start`) and its modal (at
    `end`): the last ", " or ": " there, not a comma between bodies listed as the subject ("Thủ tướng nêu rõ, Chính
    phủ, các bộ, ngành phải ...", "nhấn mạnh, các cấp, các ngành cần ..."); -1 when there is none."""
    cut = max(low.rfind(", ", start, end), low.rfind(": ", start, end))
    while cut > start and low[cut] == ",":
        before = max(low.rfind(", ", start, cut), low.rfind(": ", start, cut))
        item = before + 2 if before >= 0 else start + len(low[start:cut]) - len(low[start:cut].lstrip())
        if not _BODY_WORD.match(low, cut + 2, end):
            break
        if not (_BODY_ITEM.fullmatch(low, item, cut) and _BODY_WORD.search(low, item, cut)):
            # (the list's first member ending a longer clause, which holds the point: "cho rằng, muốn Nghị quyết trung
            # ương 5 đi vào đời sống thì từng cấp, ngành, đơn vị phải ...", "khi Mặt trận ... triển khai chương trình
            # giám sát, Ban Dân vận các tỉnh, thành ủy phải ...")
            if _BODY_TAIL.search(low, item, cut):
                cut = before
            break
        cut = before
    return cut


#: a body's words closing a longer clause, the first member of a list of bodies after it (_clause_start)
_BODY_TAIL = re.compile(r"(?:" + _alt("directions_bodies.txt")
                        + r"|(?<!\w)(?:chính\s+phủ|cấp|ngành|thành\s+ủy|tỉnh\s+ủy))$")


#: a body's word, as a list of bodies has them
_BODY_WORD = re.compile(r"(?:(?:các|những)\s+)?(?:" + _alt("directions_bodies.txt") + r"|chính\s+phủ|cấp|ngành|thành\s+ủy|"
                        r"tỉnh\s+ủy)(?!\w)")
#: (a body named at the head of its clause, not its head's post: "Bộ trưởng", "Sở trưởng"; _steered_before)
_BODY_NAMED = re.compile(r"(?:" + _BODY_WORD.pattern + r")(?!\s+trưởng)")


#: a body's commitment, as a task: "Bộ GD&ĐT sẽ công khai thông tin về tuyển sinh ...", "Hai bên sẽ chia sẻ thông tin"
_WILL = lexicon.WordLed(r"(?<!\w)sẽ(?:\s+tiếp\s+tục)?(?!\w)")
#: a commitment right after a speech verb: its subject at most a few words, then "sẽ" or "sẵn sàng" and an action, a
#: welcome maybe joined before it ("khẳng định, Việt Nam hoan nghênh và sẵn sàng tạo mọi điều kiện thuận lợi ...";
#: directions_commit_welcomes.txt)
_COMMITS = re.compile(r"\s*(?:(?:thêm\s+)?rằng\s*,?\s*|,\s*)?(?:[^\s,.;:!?]+\s+){0,4}?"
                      r"(?:" + _alt("directions_commit_welcomes.txt") + r"\s+)?"
                      r"(?P<will>sẽ(?:\s+tiếp\s+tục)?|sẵn\s+sàng)\s+(?=\w)")
#: ... not a judgement the speaker affirms ("Thủ tướng Merkel ... khẳng định sẽ là sai lầm nếu ai đó tin rằng ..."); a pledge
#: may be one ("Vietcombank cam kết sẽ là NH tiên phong tái cơ cấu thành công một NH yếu kém")
_IS = re.compile(r"là(?!\w)")
_THAT_AFTER = re.compile(r"\s*(?:(?:thêm\s+)?rằng(?!\w)\s*,?\s*|,\s*)?")
#: "cam kết" as a pledge made now: "TP Hải Phòng cam kết sẽ tạo mọi điều kiện ..." (not "đã cam kết", "cam kết này", nor
#: a pledge held or kept: "đe dọa không thực hiện cam kết đảm bảo an ninh ...", "trong đó có cam kết hỗ trợ ...")
_PLEDGES = re.compile(r"(?<!đã\s)(?<!từng\s)(?<!những\s)(?<!các\s)(?<!dù\s)(?<!một\s)(?<!là\s)(?<!với\s)(?<!đúng\s)"
                      r"(?<!tỏ\s)(?<!người\s)(?<!hoặc\s)(?<!hiện\s)(?<!có\s)cam\s+kết(?!\s+(?:này|đó|của|trên)(?!\w))")


def _pledges(low: str, start: int, end: int) -> bool:
    """Whether the "cam kết" at start..end is a pledge made now (_PLEDGES, which reads the words around it)."""
    pledge = _PLEDGES.match(low, start)
    return pledge is not None and pledge.end() == end


#: a plan told by its speaker, "cho biết" / "cho hay" and what they or their body will do: "Phó Thống đốc Đào Minh Tú cho
#: hay, ngành ngân hàng sẽ tiếp tục đầu tư vốn tín dụng ...", "Giám đốc Sở Tài chính Phan Thị Thắng cho biết năm 2017 Sở
#: sẽ đẩy mạnh công tác thanh tra ...", "Thủ tướng Shinzo Abe cho biết sẽ hỗ trợ Việt Nam ..." (the subject a few words,
#: an action right after "sẽ"; not what merely happens: "vụ việc này sẽ được giải quyết", "sẽ thăm Việt Nam vào mùa
#: Thu tới"). Unlike the speech verbs, "cho biết" before "cần" / "phải" reports a view ("cho biết, hàng năm VNR phải
#: đầu tư hàng tỷ đồng ..."), so only a plan counts.
#: (tells_verbs.txt's "told")
_TELLS = re.compile(r"(?<!\w)(?:" + alternation(lexicon.tagged("tells_verbs.txt", "told"), spaces=True)
                    + r")(?:\s+thêm)?(?!\w)")
#: ... not one hedged, foreseen or already under way: "cho biết dự kiến năm 2017-2018 sẽ ...", "cho biết ông hy vọng
#: Berlin và Paris sẽ ...", "cho biết, nếu dự án này chậm nó sẽ ..."
_HEDGED = re.compile(r"(?<!\w)(?:dự\s+kiến|hy\s+vọng|kỳ\s+vọng|mong|tin|có\s+thể|nếu|khi|đã|trường\s+hợp)(?!\w)")
#: ... nor what those asked in a survey answer ("44,7% cho biết sẽ tiếp tục đầu tư ở mức hiện tại"), nor what the press
#: tells of a party ("Đài Al Jazeera cho biết, Ca-ta sẽ tiếp tục đưa vấn đề bỏ phong tỏa lên ...")
_NOT_THE_SPEAKER = re.compile(r"%|(?<!\w)(?:được\s+hỏi|khảo\s+sát|đài|báo|hãng\s+tin|thông\s+tấn|nguồn\s+tin|truyền\s+thông)(?!\w)")
#: ... (a news agency named anywhere before: "Theo CNBC, hiện chính phủ Anh vẫn chưa quyết định ... nhưng cho biết sẽ xem xét")
_AGENCY = re.compile(r"(?<!\w)(?:" + alternation(words("news_agencies.txt"), spaces=True) + r")(?!\w)")
#: ... nor the meeting's own programme: "Chủ tịch SFOM ... cho biết, hội nghị này sẽ tiếp tục thảo luận và chia sẻ kinh
#: nghiệm trong 4 chủ đề ưu tiên ..."
#: (directions_meetings.txt's own nouns)
_THE_MEETING = re.compile(r"(?<!\w)(?:" + alternation(lexicon.own_labels("directions_meetings.txt"), spaces=True)
                          + r")(?!\w)")


#: a sentence that opens on the chair's closing words, the speaker after them: "Kết luận tại hội nghị, Bộ trưởng ...",
#: "Phát biểu kết luận tại buổi làm việc, ông ...", "Kết thúc buổi làm việc, Phó Chủ tịch UBND tỉnh ..."
_CLOSING = re.compile(r"[\"“]?(?:phát\s+biểu\s+)?(?:kết\s+luận|kết\s+thúc|bế\s+mạc)\s+(?:tại\s+)?"
                      r"(?:buổi|cuộc|hội\s+nghị|phiên|kỳ\s+họp|đại\s+hội|hội\s+thảo|tọa\s+đàm)(?!\w)"
                      r"[^,.;:!?\n]{0,60},\s*")
_CLOSING_TO_SPEAKER = 90  # characters of the speaker's name and post between the closing words and "cho biết"
#: ... and what is to be done, in the conclusion's clause: a body's "sẽ" / "cần" / "phải" and a known action (not an
#: effect foreseen: "dự án này sẽ mở ra mô hình mới ..."), or "tiến hành ngay" ("các cơ sở đóng tàu tiến hành ngay việc
#: sửa chữa")
_CONCLUDED = re.compile(r"(?<!\w)(?:sẽ|cần|phải)(?:\s+tiếp\s+tục)?\s+(?!được\s|là\s|có\s+thể\s)"
                        r"|(?<!\w)tiến\s+hành\s+ngay(?!\w)")


_ASSEMBLY = re.compile(r"(?<!\w)quốc\s+hội(?!\w)")


@cache
def _plan_verb() -> re.Pattern[str]:
    return re.compile(_alt("directions_plan_verbs.txt"))


#: what is to be done once the meeting is over, or on what it came to: "Nguyễn Trọng Nghĩa cho biết, sau hội nghị
#: này, lãnh đạo Ban Tuyên giáo Trung ương sẽ hội ý để phân công nhiệm vụ cụ thể ...", "Căn cứ kết quả Hội nghị, Ban
#: giám hiệu các trường Trung học cơ sở sẽ phối hợp với trường xây dựng mục tiêu ...", "ngay sau đại hội hôm nay, SHB
#: sẽ chốt danh sách để chia cổ tức ..."
_AFTER_THE_MEETING = (r"(?P<opener>(?:ngay\s+)?(?:sau|căn\s+cứ\s+(?:vào\s+)?kết\s+quả(?:\s+của)?)\s+"
                      r"(?:hội\s+nghị|cuộc\s+họp|"
                      r"buổi\s+họp|buổi\s+làm\s+việc|đại\s+hội|phiên\s+họp|hội\s+thảo|cuộc\s+gặp|buổi\s+gặp|hội\s+đàm|"
                      r"kỳ\s+họp|tọa\s+đàm)(?:\s+(?:này|hôm\s+nay|lần\s+này))?)")
#: ... then its subject (a body, as long as it takes: "Ban giám hiệu các trường Trung học cơ sở") and "sẽ" with a deed
#: (not "sẽ là", "sẽ có thể", "sẽ được", nor the guests' journey on, "Sau cuộc gặp, hai nhà lãnh đạo sẽ bay tới thị
#: trấn Palm Beach ...", "Sau cuộc gặp, ông sẽ tới thăm Khu tưởng niệm ..."); at the sentence's start or right after
#: "cho biết"
_AFTER_THE_MEETING_PLAN = re.compile(r"\W*(?:rằng(?!\w)\s*)?,?\s*" + _AFTER_THE_MEETING + r"\s*,\s*"
                                     r"(?P<subject>(?:[^\s,.;:!?\"“”]+\s+){1,10}?)sẽ\s+(?>(?:tiếp\s+tục\s+)?)"
                                     r"(?!(?:là|có\s+thể|được|bị|không|bay|tới|đến|đi|rời|về|sang|thăm|dự)(?!\w))\w")


#: what a party named stands ready to do, told by its speaker (tells_verbs.txt's "ready": "cho biết", "cho hay", "nói"):
#: "Bộ trưởng Ngô Xuân Lịch cho biết Bộ Quốc phòng sẵn sàng thu hồi sân golf Tân Sơn Nhất ...", "Ông Zarif cho biết Iran
#: sẵn sàng hợp tác với OPCW ...", "Đại tướng Ngô Xuân Lịch nói quân đội sẵn sàng thu hồi giao lại sân golf ..." (the
#: party a few words, then "sẵn sàng" and a deed; not the speaker's own readiness with no party named, "cho biết sẵn
#: sàng chịu trách nhiệm khi ...", nor a state: "các đơn vị được đưa vào tình trạng sẵn sàng chiến đấu")
_READY_TELLS = re.compile(_alt(extra=lexicon.tagged("tells_verbs.txt", "ready")))
_READY_AFTER = re.compile(r"\s*(?:rằng(?!\w)\s*)?,?\s*(?P<subject>(?:[^\s,.;:!?\"“”]+\s+){1,5}?)(?:luôn\s+)?"
                          r"(?<!rằng\s)(?<!trạng\s)(?<!thái\s)(?<!lượng\s)(?<!độ\s)(?<!thế\s)sẵn\s+sàng\s+"
                          r"(?!(?:cho|để|là|với|khi|trong|từ|đón|ra\s+sân|thi\s+đấu|chiến\s+đấu)(?!\w))(?=\w)")


def _ready_told(low: str, s: int, e: int) -> int | None:
    """Where what a party stands ready to do, told by its speaker (_READY_AFTER), starts, or None."""
    if low.find("sẵn", s, e) < 0:
        return None  # (asked of every point's sentence: most hold no "sẵn sàng")
    for m in _READY_TELLS.finditer(low, s, e):
        ready = _READY_AFTER.match(low, m.end(), e)
        if not ready or _HEDGED.search(ready.group("subject")) or _THE_MEETING.search(ready.group("subject")):
            continue
        if _document_says(low, s, m.start()) or _NOT_THE_SPEAKER.search(low, max(s, m.start() - 40), m.start()) \
                or _AGENCY.search(low, s, m.start()):
            continue  # (a paper, a survey or an agency telling it, as in _plan_told)
        return ready.start("subject")
    return None


@cache
def _plan_after() -> re.Pattern[str]:
    # (the year or time the plan is for may come first, set off by a comma: "Ông Đỗ Minh Phú, Chủ tịch HĐQT TPBank, cho
    # biết năm 2021, ngân hàng sẽ tiếp tục giảm lãi suất cho vay ...", "cho biết, thời gian tới, Sở sẽ ...")
    # (a body's full name may be longer than a few words: "Chủ tịch Quốc hội cho biết Ủy ban Thường vụ Quốc hội sẽ chuẩn
    # bị dự thảo Nghị quyết về chất vấn ...", "cho biết Mặt trận Tổ quốc Việt Nam sẽ tăng cường các chương trình ...";
    # not a thing foreseen: "mô hình hợp tác công - tư sẽ phát huy hiệu quả")
    return re.compile(r"\s*(?:rằng(?!\w)\s*)?,?\s*(?:(?:trong\s+)?(?:năm\s+(?:\d{4}|nay|tới)|thời\s+gian\s+tới|"
                      r"sắp\s+tới|tới\s+đây)\s*,\s*)?(?P<subject>(?:[^\s,.;:!?\"“”]+\s+){0,5}?|"
                      r"(?:" + _BODY_WORD.pattern + r"|mặt\s+trận)(?:\s+[^\s,.;:!?\"“”]+){1,6}?\s+)sẽ\s+(?="
                      + _alt("directions_actions.txt", "directions_plan_verbs.txt") + ")")


#: ... or what is to be done with the matter the speaker answers on, told in the passive: "Kết luận phiên làm việc, Chủ
#: tịch Quốc hội ... cho biết, việc cho thôi nhiệm vụ đại biểu Quốc hội với ông Võ Kim Cự sẽ được thông báo với Quốc hội
#: trong phiên trù bị", "Thứ trưởng Trần Thanh Nam cũng cho biết, những kiến nghị còn lại của VSSA sẽ được Bộ Nông nghiệp
#: và Phát triển nông thôn tiếp tục bàn thảo ...", "Thủ tướng Nguyễn Xuân Phúc khẳng định vụ việc tại Đồng Tâm sẽ được
#: điều tra nghiêm túc" (the matter as long as a clause takes, the agent a few words, then a known action or plan verb;
#: not what a thing undergoes or an event announced: "động cơ mới ... sẽ được thử nghiệm", "lễ hội ... sẽ được tổ chức")
@cache
def _plan_done_to() -> re.Pattern[str]:
    return re.compile(r"\s*(?:rằng(?!\w)\s*)?,?\s*(?P<subject>(?:[^\s,.;:!?\"“”]+\s+){1,14}?)sẽ\s+được\s+"
                      r"(?:[^\s,.;:!?\"“”]+\s+){0,8}?(?:tiếp\s+tục\s+)?(?="
                      + _alt("directions_actions.txt", "directions_plan_verbs.txt") + ")")


#: ... nor a clause of its own before "sẽ được", a decision already had: "Ông Viện cho biết Thủ tướng có quyết định thu
#: hồi xe máy cũ nát sẽ được thực hiện từ 1/1/2018"
_HAS = re.compile(r"(?<!\w)có(?!\w)")


def _done_to(low: str, at: int, e: int) -> bool:
    """Whether what follows a speech verb at `at` tells what will be done with a matter (_plan_done_to; not one hoped
    for, foreseen or already under way in its subject, nor the meeting's own programme, _HAS)."""
    if low.find("sẽ được", at, e) < 0:
        return False
    plan = _plan_done_to().match(low, at, e)
    return plan is not None and not _HEDGED.search(plan.group("subject")) \
        and not _THE_MEETING.search(plan.group("subject")) and not _HAS.search(plan.group("subject"))


#: "Theo X," opening a sentence, X a person named or by post ("Theo ông Chung,", "Theo Chủ tịch UBND TP,")
_ATTRIBUTED_PLAN = re.compile(r"(?:cũng\s+)?theo\s+(?:ông|bà|đồng\s+chí|lãnh\s+đạo|chủ\s+tịch|phó\s+chủ\s+tịch|"
                              r"bộ\s+trưởng|thứ\s+trưởng|giám\s+đốc|phó\s+giám\s+đốc|thủ\s+tướng|"
                              r"phó\s+thủ\s+tướng|bí\s+thư)"
                              r"(?!\w)[^,.;:!?\n\"“”]{0,60}(?:,[^,.;:!?\n\"“”]{2,80})?,")


def _after_the_meeting(low: str, start: int, e: int) -> int | None:
    """Where a plan for once the meeting is over starts at `start` (its opener kept), or None (_AFTER_THE_MEETING_PLAN;
    not one hoped for or foreseen, nor the programme of a sitting)."""
    plan = _AFTER_THE_MEETING_PLAN.match(low, start, e)
    if not plan or _HEDGED.search(plan.group("subject")) or _THE_MEETING.search(plan.group("subject")):
        return None
    return plan.start("opener")


def _plan_told(doc: Doc, s: int, e: int) -> int | None:
    """Where the plan a sentence reports with "cho biết" / "cho hay" or "Theo X," starts (its subject kept), or None."""
    low = doc.low
    attributed = _ATTRIBUTED_PLAN.match(low, s, e)
    if attributed:
        # ... or by "Theo X," opening the sentence, X a person or a post: "Theo ông Chung, tới đây, lãnh đạo TP sẽ làm
        # việc với Trung tâm Quản lý di tích ...", "Theo ông Phạm Văn Hà, Giám đốc Sở NN&PTNT Hải Phòng, Sở sẽ tập hợp
        # ý kiến, xin chủ trương của thành phố ..." (not a source: "Theo CNBC, ...", "Theo báo cáo, ...")
        # (not the programme of a sitting, this one's or another's: "Theo ông Doãn Mậu Diệp, tại phiên họp này, các
        # đại biểu sẽ tập trung thảo luận ...", "Theo Chủ tịch Quốc hội, tại kỳ họp thứ 3, Quốc hội sẽ xem xét ...")
        plan = _plan_after().match(low, attributed.end(), e)
        if plan and not _HEDGED.search(low, s, plan.end()) and not _THE_MEETING.search(low, s, plan.end()):
            return _THAT_AFTER.match(low, attributed.end(), e).end()
    after = _after_the_meeting(low, s, e)
    if after is not None:
        # ... or by the meeting it follows, opening the sentence: "Sau hội thảo, Bộ Công Thương sẽ tập hợp các ý kiến,
        # sửa đổi ...", "Sau đại hội này, HĐQT mới của Sacombank sẽ hoàn tất thủ tục ..." (the opener kept)
        return after
    ready = _ready_told(low, s, e)
    if ready is not None:
        return ready
    if low.find("cho ", s, e) < 0:
        return None
    closing = _CLOSING.match(low, s, e)
    for m in _TELLS.finditer(low, s, e):
        if closing and m.start() - closing.end() <= _CLOSING_TO_SPEAKER:
            # the chair's closing words told with "cho biết": what they say will be done is the conclusion, its time
            # or reason first ("Kết luận tại hội nghị, Bộ trưởng Bộ NN&PTNT Nguyễn Xuân Cường cho hay trong năm 2017,
            # Bộ sẽ tiến hành thanh tra ngay chính các đơn vị của Bộ ...", "Phát biểu kết luận tại buổi làm việc, ông
            # Trần Châu, Phó Chủ tịch UBND tỉnh Bình Định cho biết ngày mai (27-6), các cơ sở đóng tàu tiến hành ngay
            # việc sửa chữa ..."); not what was done or found ("đã")
            after = _THAT_AFTER.match(low, m.end(), e).end()
            task = _CONCLUDED.search(low, after, e)
            if task and not _PAST.search(low, after, task.start()) and not _HEDGED.search(low, after, task.start()) \
                    and not _THE_MEETING.search(low, after, task.start()) \
                    and (task.group().startswith("tiến") or _patterns().action.match(low, task.end(), e)):
                return after
        if _document_says(low, s, m.start()) or _NOT_THE_SPEAKER.search(low, max(s, m.start() - 40), m.start()) \
                or _AGENCY.search(low, s, m.start()):
            continue  # (a paper, a survey or an agency telling it, not the meeting's speaker)
        after = _after_the_meeting(low, m.end(), e)
        if after is not None:
            return after  # "... cho biết, sau hội nghị này, lãnh đạo Ban Tuyên giáo Trung ương sẽ hội ý ..."
        plan = _plan_after().match(low, m.end(), e)
        if (plan and not _HEDGED.search(plan.group("subject")) and not _THE_MEETING.search(plan.group("subject"))) \
                or _done_to(low, m.end(), e):
            return _THAT_AFTER.match(low, m.end(), e).end()
    return None


#: a measure the meeting sets from an hour still to come, the sentence opening on it and a subject of a few words
#: then the measure (directions_measures.txt): "Từ 18h hôm nay, TPHCM đóng cửa karaoke, quán bar, vũ trường để phòng,
#: chống dịch Covid-19", "Bắt đầu từ 18h chiều nay ngày 29/4, Hà Nam tạm dừng toàn bộ các lễ hội ..." (an hour of today
#: or tomorrow; not a day alone, "Từ ngày 1/7, ...", which as a rule tells a law coming in force, nor an hour of a day
#: written, which as often tells what was done then: "Từ 10h30 ngày 8/7, cơ quan điều tra phong tỏa hiện trường")
@cache
def _timed_measure() -> re.Pattern[str]:
    return re.compile(r"[\s\"“‘«(]*(?:bắt\s+đầu\s+)?từ\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút)?)?\s+"
                      r"(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:(?:hôm|ngày)\s+)?(?:nay|mai)(?!\w)"
                      r"[^,.;:!?\n]{0,25},\s*(?:[^\s,.;:!?]+\s+){1,6}?" + _alt("directions_measures.txt"))


#: a proposal the leader approves, what is to be done then told after it: "Thủ tướng đồng ý với đề xuất của Bộ Kế hoạch và
#: Đầu tư thành lập một số đoàn kiểm tra ...", "đã đồng ý với phương án áp dụng cơ chế miễn phí ...", "Phó Thủ tướng Vũ Đức
#: Đam đồng ý với ý kiến của Bộ Y tế là vẫn phải xem xét ...", "Bộ đồng ý các đề xuất, kiến nghị của Cần Thơ" (not one
#: refused or not yet granted, "chưa đồng ý với đề nghị này"; not a view shared, "đồng tình với ý kiến", nor others' views,
#: "có cả những ý kiến đồng ý với đề xuất này"; not a policy approved, a document: "chấp thuận chủ trương đầu tư")
_APPROVES = lexicon.WordLed(r"(?<!không\s)(?<!chưa\s)(?<!ý\skiến\s)(?<!\w)(?:đồng\s+ý(?:\s+với|(?=\s+(?:các|những)\s))|chấp\s+thuận)\s+"
                            r"(?:các\s+|những\s+)?(?:đề\s+xuất|phương\s+án|kiến\s+nghị|đề\s+nghị|ý\s+kiến)(?!\w)")
#: ... unless the approval opens the sentence, another's words following: "Đồng ý với những đề xuất của Chủ tịch Thượng
#: viện Haiti, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho rằng, ..."
_OPENER = re.compile(r"[\s\"“‘«(]*(?:(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó)\s*,?\s*)?")


#: ... or what a leader, the subject right before it, agrees be done: "Thủ tướng Chính phủ đồng ý chỉ GPMB các đoạn sẽ
#: đầu tư trong giai đoạn phân kỳ", "Phó Thủ tướng đồng ý đưa đoạn dự án Dầu Giây - Phan Thiết vào triển khai chung
#: toàn tuyến" (not what a paper just approved, "Thủ tướng vừa đồng ý bổ sung ...", nor a view shared, "đồng ý rằng",
#: nor a refusal, "Thủ tướng Chính phủ không đồng ý gia hạn ...";
#: a modal after it is a task the modal gives: "Các Bộ trưởng cũng đồng ý cần phải hiện thực hóa ...")
_LEADER_AGREES = re.compile(r"(?<!\w)(?:phó\s+)?(?:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|bí\s+thư)"
                            r"(?:\s+(?!vừa\s)[^\s,.;:!?]+){0,5}?\s+(?<!không\s)(?<!chưa\s)(?P<agree>đồng\s+ý)\s+"
                            r"(?!(?:với|các|những|để|cho|về|rằng|là|như|thì|cần|phải|nên)(?!\w))\w")


#: ... or a leader sharing a body's view on a thing to be done, that thing kept: "Ông Thuấn cũng đồng quan điểm với các
#: đơn vị chuyên môn của Bộ Y tế về việc đặt thêm hộp bánh kẹo trong xe cấp cứu ...", "Phó Thủ tướng Vương Đình Huệ
#: cũng đồng tình với kiến nghị của WB về việc tích hợp chức năng phát triển logistics ..." (not a question put to
#: someone, "Ông có đồng quan điểm với VCB về việc ...", nor a view not shared)
_SHARES_VIEW = lexicon.WordLed(r"(?<!\w)(?<!có\s)(?<!không\s)(?<!chưa\s)(?:đồng\s+tình|đồng\s+quan\s+điểm)\s+với\s+"
                               r"[^,.;:!?\n]{1,80}?\s+về\s+việc\s+(?=\w)")


def _approval(doc: Doc, s: int, e: int) -> int | None:
    """Where a sentence tells the leader's approval of a proposal (the approval kept), or None."""
    low = doc.low
    if low.find("đồng", s, e) < 0 and low.find("chấp", s, e) < 0:
        return None
    m = _APPROVES.search(low, s, e)
    if not m and (agrees := _LEADER_AGREES.search(low, s, e)) and not _document_says(low, s, agrees.start()):
        return agrees.start("agree")
    if not m and (shared := _SHARES_VIEW.search(low, s, e)) and not _document_says(low, s, shared.start()):
        return shared.end()
    if not m or m.start() == _OPENER.match(low, s, e).end() or _document_says(low, s, m.start()):
        return None
    return m.start()


#: both sides of talks, or their leaders, as the subject of a speech verb right after them ("Hai bên", "Hai nhà lãnh
#: đạo", "hai Thủ tướng cũng", "Tại cuộc gặp, hai bên cũng")
_BOTH_SIDES = re.compile(r"(?<!\w)(?:hai|các)\s+(?:bên|nhà\s+lãnh\s+đạo|nước|thủ\s+tướng|bộ\s+trưởng|chủ\s+tịch|"
                         r"tổng\s+thống|ngoại\s+trưởng|lãnh\s+đạo|phía)"
                         r"(?:\s+[^\s,.;:!?]+){0,3}?\s+(?:(?:cũng|đều|cùng)\s+)?$")
#: ... and a stand they take, what they go on or will do: "tiếp tục ...", "ủng hộ ...", "cam kết ...", a few words and
#: "tiếp tục" ("Thổ Nhĩ Kỳ vẫn tiếp tục duy trì ..."), "sẽ", "cần"
_STAND = re.compile(r"(?:[^\s,.;:!?]+\s+){0,8}?(?:tiếp\s+tục|sẽ|ủng\s+hộ|cam\s+kết|quyết\s+tâm|cần|phải)(?!\w)")
#: the speech verbs that commit the speaker ("khẳng định", "nhấn mạnh"), not those that report or judge
_AFFIRMS = re.compile(r"khẳng\s+định|nhấn\s+mạnh|cam\s+kết")
#: ... not the meeting itself, announced: "sẽ phối hợp tổ chức khóa tập huấn ...", "sẽ tổ chức hội nghị ..."
_HOLDS_A_MEETING = re.compile(r"\s+(?:phối\s+hợp\s+(?:với\s+[^,.;:]{1,60}?\s+)?)?(?:tổ\s+chức|đăng\s+cai|họp)\s+"
                              r"(?:các\s+|một\s+|những\s+)?(?:khóa|lớp|hội|buổi|cuộc|phiên|lễ|kỳ|đại\s+hội|diễn\s+đàn|tọa\s+đàm|"
                              r"đợt|chương\s+trình)(?!\w)")


#: ... or the sentence's subject, its "khẳng định" heading a later clause of their list: "Hai bên bày tỏ mong muốn ...;
#: đánh giá cao hợp tác hai nước ...; khẳng định tiếp tục hợp tác chặt chẽ tại các diễn đàn ..." (after a fronted
#: clause maybe: "Tại cuộc gặp, hai bên ...")
_SIDES_OPEN = re.compile(r"(?:[^,.;:!?\n]{0,50},\s*)?(?:hai|các)\s+(?:bên|nhà\s+lãnh\s+đạo|thủ\s+tướng|bộ\s+trưởng|"
                         r"chủ\s+tịch|tổng\s+thống|ngoại\s+trưởng)\s+(?:(?:cũng|đều|cùng)\s+)?(?=\w)")
_CLAUSE_BEFORE = re.compile(r";\s*$")


def _sides_list_on(low: str, s: int, cue: int) -> bool:
    """Whether the cue at `cue` heads a later clause (after "; ") of a sentence [s, ...) whose subject is both sides."""
    return _CLAUSE_BEFORE.search(low, max(s, cue - 4), cue) is not None and _SIDES_OPEN.match(low, s, cue) is not None


def _body_task(doc: Doc, s: int, e: int, any_verb: bool = True) -> int | None:
    """Where a sentence that gives a body a task starts: its subject is a body (các địa phương, ngành xây dựng,
    các bộ, ngành), then "cần"/"phải" and an action, with nothing past before it; None otherwise. `any_verb`: the
    task may be any verb after "cần"/"phải", not only a known action."""
    p, low = _patterns(), doc.low
    therefore = _THEREFORE.match(low, s, e)  # "Vì vậy, các tỉnh phải nắm chắc diễn biến tình hình sạt lở ..."
    opener = therefore or _CONNECTOR_OPEN.match(low, s, e)
    start = opener.end() if opener else s
    subject = _BODY_SUBJECT.match(low, start, e)
    fronted = None if subject else _fronted().match(low, start, e)
    if doc.text[s : s + 1] in "\"“‘«" or not therefore and not fronted and _CONSEQUENCE.match(low, s, e):
        return None
    if fronted:
        # (a clause set before the body, its "cần"/"phải" task only: "Để thúc đẩy tiến độ đàm phán, các đoàn đàm phán
        # cần xúc tiến ...", "Dù chưa phát hiện ca nhiễm ... nhưng TPHCM cần kích hoạt ...")
        subject = _BODY_SUBJECT.match(low, fronted.end(), e)
        modal = subject and p.modal.search(low, subject.end(), min(e, subject.end() + 50))
        if not modal or not modal.group().startswith(("cần", "phải")) or "," in low[subject.end():modal.start()] \
                or _SAYS.search(low, subject.start(), modal.start()) \
                or _PAST.search(low, subject.start(), modal.start()) \
                or _NOT_ORDERED.search(low, subject.end(), modal.start()) or _BORNE.match(low, modal.end(), e):
            return None
        return start if any_verb or p.action.match(low, modal.end() + 1, e) else None
    if not subject:
        return None
    deadline = _DEADLINE_IN.search(low, subject.end(), e)
    if deadline and not _PAST.search(low, start, deadline.start()) and not _SAYS.search(low, start, deadline.start()):
        return start  # "Bộ GD-ĐT xác định và thông báo chỉ tiêu ... trước ngày 15/5/2021": a task with its deadline
    modal = p.modal.search(low, subject.end(), min(e, subject.end() + 50))
    if not modal:
        modal = _WILL.search(low, subject.end(), min(e, subject.end() + 50))
        if modal and _HOLDS_A_MEETING.match(low, modal.end(), e):
            return None  # "Bộ Giáo dục và Đào tạo và Đại sứ quán Pháp sẽ phối hợp tổ chức khóa tập huấn ...": the event
    if not modal or "," in low[subject.end():modal.start()] or _SAYS.search(low, start, modal.start()) \
            or _PAST.search(low, start, modal.start()):
        return None
    if p.action.match(low, modal.end() + 1, e) or p.verb.match(low, modal.end() + 1, e):
        return start
    if modal.group().startswith("sẽ") and _plan_verb().match(low, modal.end() + 1, e) \
            and not _THE_MEETING.search(low, start, modal.start()) and not _ASSEMBLY.search(low, start, modal.start()):
        # "Thành phố cũng sẽ kiểm tra, khảo sát, vấn đề nào cần thiết sẽ làm ngay" (not a sitting's programme: "Ủy ban
        # Thường vụ Quốc hội sẽ báo cáo kết quả giám sát ...", "Hội nghị lần thứ 7 ... sẽ hiệp thương nhân sự ...")
        return start
    # ... or, after "cần"/"phải" (not "sẽ": a plan may be anything), any verb but one that tells what the body is,
    # bears or spends: "TPHCM cần nói rõ trách nhiệm của các đơn vị liên quan ...", "Ủy ban Quốc gia cũng phải chỉ ra
    # được nguy cơ ...", "Do đó, TPHCM cần tránh tình trạng này" (not "Các doanh nghiệp đầu tư vào Khu công nghệ cao
    # phải thực sự là doanh nghiệp có hàm lượng khoa học công nghệ", "Doanh nghiệp cần chính là tìm cách tháo gỡ ...")
    must = any_verb and modal.group().startswith(("cần", "phải"))
    return start if must and not _BORNE.match(low, modal.end(), e) and not _CASE.match(low, subject.start(), e) \
        and not _NOT_ORDERED.search(low, subject.end(), modal.start()) else None


#: the words between a task's "sẽ" or modal and a cue later in its sentence that leave the cue's point the task's
#: own part (a cue right after the modal is the task's verb: "Bộ trưởng Dũng sẽ yêu cầu các bộ ...")
_TASK_BEFORE_CUE = re.compile(r"\s*(?:[^\s]+\s+){3}")


def _task_first(doc: Doc, s: int, e: int, cue: int, workshop: bool) -> int | None:
    """Where a body's task that opens the sentence at `s` starts (_body_task) when a cue only later in it, its point
    starting at `cue`, goes on with that task: "Bộ phải có những kiến nghị, đề xuất cụ thể như về quản lý nhà nước thì
    tập trung vào nội dung gì", "Bộ Giao thông Vận tải sẽ làm việc với Grab và Uber và sẽ mời lãnh đạo các địa phương
    ... và yêu cầu hai đơn vị này phải thực hiện đúng các quy định của pháp luật" (its "sẽ" or modal some words before
    the cue, _TASK_BEFORE_CUE); None otherwise."""
    if cue <= s:
        return None
    low = doc.low
    start = _body_task(doc, s, e, any_verb=not workshop)
    if start is None or start >= cue:
        return None
    modal = _patterns().modal.search(low, start, cue) or _WILL.search(low, start, cue)
    return start if modal and _TASK_BEFORE_CUE.match(low, modal.end(), cue) else None


#: a clause set before the body a task is for, up to its comma (or the "nhưng" a concession ends on), opened by a word
#: of directions_fronted_clauses.txt (_body_task)
@cache
def _fronted() -> re.Pattern[str]:
    # ("trước đó/đây/tiên" are times, no clause; "trước khi" is kept out too: see directions_fronted_clauses.txt)
    clause = (_alt("directions_fronted_clauses.txt") + r"(?!\s+(?:đó|đây|khi|tiên)(?!\w))[^,.;:!?\n\"“”]{2,150}?"
              r"(?:\s*,\s*(?:thì\s+|nhưng\s+)?|(?<=\w)\s+nhưng\s+)")
    return re.compile(r"(?:" + clause + r"){1,2}")  # (two in a row: "Trước sự cố nghiêm trọng này, với lương tâm ...,")


#: what follows a modal when it tells what a body bears, spends or is, not what it is to do
_BORNE = re.compile(r"\s+(?:(?:thực\s+sự\s+|chính\s+)?là|chờ|mất|chi|gánh|bỏ\s+ra|trả(?!\s+lời)|nộp|vay|xin|nhờ|tự|tốn|bù|lỗ|"
                    r"đóng\s+(?:tiền|phí)|có\s+thời\s+gian)(?!\w)")


#: ... or words between the body and its modal that make the modal a habit, a reason or a condition: "Các doanh nghiệp
#: thường phải trả các chi phí không chính thức ...", "Doanh nghiệp than thở vì phải tiếp nhiều đoàn thanh tra"
_NOT_ORDERED_WORDS = r"thường|hay|vẫn|vì|do|bởi|khi|nếu|mà"
_NOT_ORDERED = re.compile(r"(?<!\w)(?:" + _NOT_ORDERED_WORDS + r")(?!\w)")
#: ... or no body at all: "Trường hợp cần điều chỉnh Chương trình, phải thực hiện theo đúng quy định ..."
_CASE = re.compile(r"trường\s+hợp(?!\w)")


#: the time ahead a speaker's words may open on: "Năm tới,", "Trong thời gian sắp tới,", "Tới đây," (_QUOTED_WHEN,
#: OWN_SIDE)
_AHEAD = r"(?:những\s+)?(?:năm|thời\s+gian|giai\s+đoạn|nhiệm\s+kỳ)\s+(?:sắp\s+)?tới|sắp\s+tới|tới\s+đây"
#: a quoted pledge of the speaker's own side, said from its first words: "“TP sẽ giữ lại các đường đèn và bật sáng vào
#: mỗi cuối tuần ...", "“Tới đây, chúng tôi sẽ phối hợp với Bộ Công an tiếp tục xem xét xử lý ...”", "“Chúng tôi sẽ
#: tiến hành kiểm tra, thanh tra, soát xét kỹ ...", "“Thời gian tới, thành phố sẽ quyết liệt, nỗ lực hết mình để hỗ trợ
#: doanh nghiệp phát triển", "“Chính phủ sẽ thúc đẩy hoàn thiện hệ sinh thái khởi nghiệp ..." (the subject "we", the
#: city, the Government, the ministry, the province; a time first, _AHEAD or "trước mắt", "ngày mai"). Whose
#: words they are is for attribution to judge, as for every point.
OWN_SIDE = re.compile(r"(?:(?:trong\s+)?(?:" + _AHEAD + r"|trước\s+mắt|ngày\s+mai)\s*,\s*)?"
                       r"(?P<subject>chúng\s+tôi|tp|thành\s+phố|chính\s+phủ|bộ|tỉnh)(?:\s+[^\s,.;:!?\"“”]+){0,3}?"
                       r"\s+(?:cũng\s+)?sẽ\s+(?:tiếp\s+tục\s+)?"
                       # (what it will do, not what it will be, undergo, could or must: "sẽ là", "sẽ được", "sẽ có thể",
                       # "sẽ cần phải đảm bảo rằng lợi ích của mình vẫn được bảo vệ", "sẽ không")
                       # ... nor the talk at hand: "Chúng tôi sẽ thảo luận về thương mại", "sẽ có cuộc tiếp xúc với anh
                       # Vinh sau", "Chúng tôi cũng sẽ trình bày ngay đây những quan điểm ..."
                       r"(?!(?:là|được|bị|có|cần|phải|không|chưa|chọn|thảo\s+luận|bàn|trình\s+bày|nói|gặp)(?!\w))"
                       # (a pledge says what: some words after its verb, not a bare reply, "Chúng tôi sẽ xem xét",
                       # "Chúng tôi sẽ theo dõi tình hình")
                       r"(?=\w+(?:\s*,?\s+[^\s,.;:!?\"“”]+){4})"
                       # (nor what it will manage, a forecast: "TP sẽ giải quyết được nhu cầu của 70.000 công nhân ...")
                       r"(?!\w+(?:\s+\w+)?\s+được(?!\w))")
#: ... not one only meant or hoped for: "Chúng tôi dự định sẽ đạt được ..."
_MEANT = re.compile(r"(?<!\w)(?:dự\s+định|định|muốn|mong|hy\s+vọng|dự\s+kiến)(?!\w)")


_QUOTE_OPENS = re.compile(r":\s*“")


def _own_pledge(doc: Doc, s: int, e: int) -> int | None:
    """Where a quoted sentence that pledges what the speaker's side will do starts (its subject kept), or None."""
    text, low = doc.text, doc.low
    para = text.rfind("\n", 0, s) + 1
    if text[s : s + 1] in "“\"":
        start = s + 1
    elif text.count("“", para, s) > text.count("”", para, s):
        start = s  # a quotation goes on: "“Bộ TT&TT mới đây nhất đã thu thẻ nhà báo ... Tới đây, chúng tôi sẽ ..."
    elif (said := _QUOTE_OPENS.search(text, s, e)) is not None:
        start = said.end()  # "... Trưởng ban tổ chức Festival ... cho biết: “Chúng tôi sẽ cố gắng hết sức mình ..."
    else:
        return None
    m = OWN_SIDE.match(low, start, e)
    if not m or _HEDGED.search(low, start, m.end()) or _PAST.search(low, start, m.end()) \
            or _MEANT.search(low, start, m.end()):
        return None
    return start


def _quote_end(doc: Doc, start: int, e: int) -> int:
    """Where the quotation a pledge opens closes within its sentence (the speaker after it left out), else `e`."""
    closes = [at for at in (doc.text.find("”", start, e), doc.text.find('"', start, e)) if at >= 0]
    return min(closes) if closes else e


#: a target set for the year ahead: "năm 2021, ngân hàng đặt mục tiêu lợi nhuận trước thuế hợp nhất lên đến 19.800 tỷ
#: đồng", "VIMC đặt ra mục tiêu tổng doanh thu ...", "ngân hàng phấn đấu doanh thu hợp nhất 12.943 tỷ đồng", "PVOIL xây
#: dựng kế hoạch lợi nhuận trước thuế hợp nhất là 400 tỷ đồng", "Tỷ lệ nợ xấu dự kiến ở mức dưới 2%"
_TARGET = re.compile(r"(?<!\w)(?:(?:đặt|đề|đặt\s+ra|đề\s+ra)\s+(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|tham\s+vọng)|phấn\s+đấu|"
                     r"(?:xây\s+dựng|lên|trình)\s+kế\s+hoạch|mục\s+tiêu(?:\s+của\s+[^\s,.;:]+(?:\s+[^\s,.;:]+)?)?\s+là|"
                     r"kế\s+hoạch(?:\s+kinh\s+doanh)?(?:\s+năm\s+\d{4})?\s+(?:với|là|như)|dự\s+kiến\s+(?:đạt|ở\s+mức)|"
                     # the targets put to the meeting named, or aimed at with their figure: "Các chỉ tiêu được đưa ra
                     # là: tổng tài sản đạt 282.600 tỷ đồng, tăng 17%; ...", "lợi nhuận của ngân hàng hợp nhất hướng
                     # tới 13.200 tỷ đồng", "Công ty cũng hướng tới doanh thu 3 tỷ USD trong năm 2025"
                     r"chỉ\s+tiêu\s+(?:được\s+)?(?:đưa|đề|đặt)\s+ra\s+(?:là|gồm|như\s+sau)|"
                     r"hướng\s+tới(?=\s+(?:[^\s,.;:!?]+\s+){0,3}?\d)|"
                     # the dividend and the new shares the meeting is asked to adopt: "ngân hàng cũng dự kiến trả cổ
                     # tức 2021 với tỷ lệ 8%", "Ngân hàng dự kiến tỷ lệ chia cổ tức năm 2021 là 15%", "ngân hàng cũng
                     # có kế hoạch chào bán hơn 539 triệu cổ phiếu ...", "ngân hàng cũng thông qua chi trả cổ tức với
                     # mức chia cổ tức là 14,68% ...", "thông qua việc tăng vốn điều lệ ... lên 8.564 tỷ đồng"
                     r"(?:dự\s+kiến|có\s+kế\s+hoạch|(?<=cũng\s)thông\s+qua(?:\s+việc)?)\s+"
                     r"(?:chi\s+trả|trả|chia|tỷ\s+lệ|chào\s+bán|phát\s+hành|tăng\s+vốn)|"
                     # a target the paragraph opens on: "Mục tiêu tổng tài sản đến cuối năm 2021 đạt 250.000 tỷ đồng,
                     # tăng 21%; vốn điều lệ tăng 9% lên 11.717 tỷ đồng; ..."
                     r"^mục\s+tiêu(?=\s+[^,.;:]{1,60}?\s(?:đạt|tăng)\s))(?!\w)", re.M)
#: ... not a result told against it: "đã đạt 105% kế hoạch", "vượt mục tiêu đề ra" (from the target on), "tăng 3% so
#: với kế hoạch", "kết quả" (anywhere in the sentence)
_RESULT = re.compile(r"(?<!\w)(?:đã|đạt\s+được|vượt|hoàn\s+thành)(?!\w)")
_RESULT_ANYWHERE = re.compile(r"(?<!\w)(?:so\s+với\s+kế\s+hoạch|kết\s+quả)(?!\w)")


#: the frame a target is told in, at the opening of its sentence, is no part of it (directions_target_frames.txt, the
#: plan or report named after "Theo"): "Theo dự kiến, | năm 2021, ngân hàng đặt mục tiêu lợi nhuận ...", "Theo báo
#: cáo của Techcombank, | năm 2021, ...", "Theo kế hoạch được ĐHĐCĐ thông qua, | năm 2017, HAI đặt mục tiêu ...",
#: "Theo mục tiêu đặt ra, | VNDirect kỳ vọng ..."; and the vote it was adopted by, the meeting's sitting named before
#: it: "Tại phiên họp, ngân hàng cũng thông qua | chi trả cổ tức với mức chia cổ tức là 14,68% ...", "Đại hội cũng
#: thông qua việc | tăng vốn điều lệ cho TTCS thêm tối đa là 3.038 tỷ đồng ..." (the subject a few words); and what
#: it comes with, "Với việc phát hành thêm cổ phần này, | Đại hội cũng thông qua việc | tăng vốn ..."
_TARGET_FRAME = re.compile(r"[\s\"“‘«(]*(?:(?:theo\s+"
                           + _alt("directions_target_frames.txt", extra=tagged("directions_documents.txt", "frame"))
                           + r"[^,.;:!?\n]{0,60}|với\s+việc\s+[^,.;:!?\n]{0,60}|tại\s+(?:"
                           + alternation(lexicon.own_labels("directions_meetings.txt"), spaces=True)
                           + r")(?:\s+(?:này|lần\s+này))?)\s*,\s*)*"
                           r"(?:(?:[^\s,.;:!?]+\s+){1,4}?cũng\s+(?:đã\s+)?thông\s+qua\s+(?:việc\s+)?)?")


#: a company's plan for its shares, dividend or capital told with "sẽ" (directions_share_plans.txt), its subject a few
#: words right before it: "Về phương án tăng vốn điều lệ, ông Đỗ Minh Phú cho biết, | ngân hàng sẽ tăng vốn thông qua
#: việc phát hành cổ phiếu riêng lẻ", "Theo đó, | TAC sẽ phát hành thêm gần 13,3 triệu cổ phiếu để tăng vốn điều lệ từ
#: gần 190 tỷ lên 322,7 tỷ đồng" (not what shareholders "sẽ được" given, nor a question put)
_SHARE_PLAN = re.compile(r"(?<![^\s,.;:!?\"“”])(?:[^\s,.;:!?\"“”]{1,40}\s+){1,5}?(?:cũng\s+)?(?P<will>sẽ)\s+"
                         + _alt("directions_share_plans.txt"))


#: ... or adopted or decided by the meeting, the plan after the verb and the paper it is in: "Công ty ... đã họp Đại hội
#: đồng cổ đông thường niên 2017 và thông qua phương án | phát hành gần 51,7 triệu cổ phiếu ra công chúng", "Đại hội đồng
#: cổ đông cũng quyết định việc | chuyển sàn niêm yết từ ... HNX ... sang ... HOSE", "HĐĐCĐ của TAC đã thông qua phương án
#: | phát hành cổ phiếu để tăng vốn điều lệ lên 322,7 tỷ đồng" (not one put to the vote or adopted by another: "trình
#: ĐHCĐ thông qua phương án ...", "sau khi được đại hội cổ đông thông qua")
#: (the paper may be a level or a direction, "thông qua mức | cổ tức ...", "thông qua định hướng | tăng vốn điều lệ ...",
#: or the contents announced as a list, "Đại hội cũng thông qua một số nội dung quan trọng khác như: | Tăng vốn điều lệ
#: lên 15.700 tỷ đồng ..."; what else a meeting adopts, directions_share_adopted.txt, is named after the verb too)
_SHARE_ADOPTED = re.compile(r"(?<!\w)(?:thông\s+qua|quyết\s+định)\s+(?:(?:phương\s+án|kế\s+hoạch|về\s+việc|việc|"
                            r"chủ\s+trương|mức|định\s+hướng|(?:một\s+số|các|nhiều)\s+nội\s+dung(?:\s+quan\s+trọng)?"
                            r"(?:\s+khác)?\s+(?:như|gồm)\s*:?)\s+)?(?="
                            + _alt("directions_share_plans.txt", "directions_share_adopted.txt") + ")")
_SHARE_WORD = re.compile(_alt("directions_share_plans.txt"))
_PUT_OR_PASSIVE = re.compile(r"(?<!\w)(?:được|bị|trình|đề\s+nghị)(?!\w)[^,.;:!?\n]{0,50}$")
#: ... nor one turned down or not yet adopted ("Đại hội đồng cổ đông đã không thông qua phương án phát hành ...")
_NOT_ADOPTED = re.compile(r"(?<!\w)(?:không|chưa|bác\s+bỏ)(?!\w)")
#: ... adopted by the meeting, its clause's subject (the last body named before the verb) the shareholders or their
#: meeting, or no subject at all ("..., và thông qua phương án ..."); not the board or another ("họ cho rằng HĐQT đã tự
#: quyết định việc chuyển sàn ...", "Sở Giao dịch Chứng khoán TP.HCM đã công bố quyết định về việc niêm yết ...")
_SHARE_MEETING = re.compile(r"(?<!\w)(?:(?P<meeting>đại\s+hội|đhđcđ|đhcđ|hđđcđ|cổ\s+đông)|hđqt|hội\s+đồng\s+quản\s+trị|"
                            r"ban\s+điều\s+hành|ban\s+lãnh\s+đạo|ban\s+kiểm\s+soát)(?!\w)")
_NO_SUBJECT = re.compile(r"\W*(?:(?:ngoài\s+ra|đồng\s+thời|cũng|đã|đều|vừa|mới|và|còn|chính\s+thức|tiếp\s+tục)\s+)*")
#: ... not by "thông qua" after a figure or a sum, the means of reaching it ("vốn điều lệ ... tăng lên 500 tỷ đồng thông
#: qua phát hành cổ phiếu thưởng", "công ty huy động 200 tỷ đồng thông qua phát hành trái phiếu"; not a year's number:
#: "Đại hội cổ đông bất thường năm 2017 thông qua về việc phát hành ...")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,/])(?<!năm\s)\d[\d.,]*\s*(?:%|(?:tỷ|triệu|nghìn|ngàn)(?!\w))?\s*"
                            r"(?:(?:đồng|usd|cổ\s+phiếu|cổ\s+phần)(?!\w))?\s+$")
#: how far before the verb its clause is read (its subject, a frame; a sentence opening on a year other than the
#: meeting's, _YEAR_OPENS, tells another meeting's: "Năm 2019, ĐHĐCĐ đã thông qua phương án ... nhưng đến nay vẫn chưa
#: thực hiện")
_SHARE_REACH = 150


def _share_plan(doc: Doc, start: int, end: int, year: int | None = None) -> int | None:
    """Where a company's plan for its shares told with "sẽ" (_SHARE_PLAN) starts in the sentence [start, end), its
    subject kept; or where one the meeting adopted or decided (_SHARE_ADOPTED) starts; else None. `year`: the
    meeting's, when known."""
    found = _SHARE_PLAN.search(doc.low, start, end) if doc.low.find("sẽ", start, end) >= 0 else None
    if not found:  # (no "sẽ": the search would try every word)
        return _share_adopted(doc, start, end, year)
    if "?" in doc.text[found.end():end] or _HEDGED.search(doc.low, start, found.end()):
        return None
    # (the frame read up to the "sẽ" only: "Với việc công ty sẽ phát hành 100 triệu cổ phiếu, vốn điều lệ ..." opens no
    # frame before the plan)
    return max(found.start(), _target_start(doc, start, found.start("will")))


#: ... or any plan the company tells for the meeting's year, the sentence opening on it and its "sẽ" in the same clause
#: run: "Trong năm 2021, Habeco sẽ phối hợp với đơn vị tư vấn ... để xây dựng phương án thoái vốn tại Halico ...",
#: "Trong năm 2017, để đáp ứng nhu cầu mở rộng quy mô hoạt động sản xuất, HAI sẽ tiếp tục đầu tư mở rộng nhà máy ..."
_YEAR_PLAN_WILL = re.compile(r"[^.;:!?\n]{0,120}?(?<!\w)sẽ(?!\w)")


def _year_plan(doc: Doc, start: int, end: int, year: int | None) -> int | None:
    """Where a plan the sentence [start, end) tells for the meeting's `year` starts (_YEAR_PLAN_WILL: the sentence
    itself, the year kept), else None; not one hedged or asked (_HEDGED, "?"), nor when the meeting's year is unknown."""
    if year is None or doc.low.find("sẽ", start, end) < 0:
        return None
    told = _YEAR_OPENS.match(doc.low, start, end)
    if not told or int(told["year"]) != year:
        return None
    will = _YEAR_PLAN_WILL.match(doc.low, told.end(), end)
    if not will or "?" in doc.text[start:end] or _HEDGED.search(doc.low, told.end(), will.end()):
        return None
    return start


def _share_adopted(doc: Doc, start: int, end: int, year: int | None = None) -> int | None:
    """Where a plan for the shares the meeting adopted or decided (_SHARE_ADOPTED) starts in the sentence [start, end);
    not "thông qua" that tells the means of a plan named before it in its clause ("tăng vốn thông qua việc phát hành cổ
    phiếu riêng lẻ") or of a figure reached (_FIGURE_BEFORE), nor one put to the vote, turned down, adopted by another
    (_SHARE_MEETING) or in a year other than the meeting's (`year`, when known). (Each read within _SHARE_REACH of the
    verb: a sentence may be a long run.)"""
    low = doc.low
    question = doc.text.rfind("?", start, end)
    for adopted in _SHARE_ADOPTED.finditer(low, start, end):
        at = adopted.start()
        near = max(start, at - _SHARE_REACH)
        clause = max(near, low.rfind(",", near, at) + 1)
        if _PUT_OR_PASSIVE.search(low, max(near, at - 70), at) or question >= adopted.end() \
                or _SHARE_WORD.search(low, clause, at) or _NOT_ADOPTED.search(low, clause, at) \
                or low.startswith("thông", at) and _FIGURE_BEFORE.search(low, max(near, at - 40), at):
            continue
        subject = None
        for subject in _SHARE_MEETING.finditer(low, clause, at):
            pass  # (the last body named before the verb)
        if not (subject["meeting"] if subject else _NO_SUBJECT.fullmatch(low, clause, at)):
            continue
        if year is not None and (told := _YEAR_OPENS.match(low, start, at)) and int(told["year"]) != year:
            continue
        return adopted.end()
    return None


def _target_start(doc: Doc, start: int, end: int) -> int:
    """Where the target the sentence [start, end) sets starts, the frame it opens on left out (_TARGET_FRAME), the
    frame read no further than the target's own cue (_TARGET): "Theo kế hoạch năm nay ngân hàng đặt mục tiêu lợi nhuận
    500 tỷ đồng, tăng 20% ..." opens on no frame (its comma after the cue). (To the cue's end, not its start: the vote
    the frame names may be the cue's own words, "Tại phiên họp, ngân hàng cũng thông qua | chi trả cổ tức ...")"""
    cue = _TARGET.search(doc.low, start, end)
    if cue and doc.low.startswith("chỉ", cue.start()) and (colon := _COLON_AFTER.match(doc.low, cue.end(), end)):
        return colon.end()  # "Các chỉ tiêu được đưa ra là: | tổng tài sản đạt 282.600 tỷ đồng, tăng 17%; ...": the list
    return _TARGET_FRAME.match(doc.low, start, cue.end() if cue else end).end()


_COLON_AFTER = re.compile(r"\s*:\s*")


def _target(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence sets a target with its figure (a shareholders' meeting adopts the year's plan)."""
    found = _TARGET.search(doc.low, start, end)
    # (a result before the target is last year's: "phát huy những thành tích đã đạt được, tận dụng lợi thế sẵn có để
    # vượt qua những khó khăn ... và đặt kế hoạch năm 2021 với: ..."; one right before it or after it is this target's:
    # "đã đặt mục tiêu ...", "... và đã vượt")
    return bool(found) and _figure_ahead(doc, start, end, found)


def _figure_ahead(doc: Doc, start: int, end: int, found: re.Match[str]) -> bool:
    """Whether the target `found` in the sentence [start, end) has its figure after it and no result is told against
    it (_RESULT from right before it on, _RESULT_ANYWHERE in the whole sentence): "đặt mục tiêu lợi nhuận 19.800 tỷ
    đồng", not "đã đạt 105% kế hoạch"."""
    return any(c.isdigit() for c in doc.low[found.end():end]) \
        and not _RESULT.search(doc.low, max(start, found.start() - 3), end) \
        and not _RESULT_ANYWHERE.search(doc.low, start, end)


#: a target the meeting sets for a time ahead, the sentence opening on it: "Theo đó, phấn đấu đến cuối năm nay, tỷ lệ
#: mẫu giám sát vi phạm ... giảm 10% so với năm 2016", "Đồng Tháp, phấn đấu đến 2025, Đồng Tháp đón và phục vụ trên 5,2
#: triệu lượt du khách", "Phấn đấu đến năm 2020, kim ngạch xuất khẩu tôm đạt trên 4,5 tỉ USD", "Mục tiêu cụ thể đặt ra
#: là đến năm 2025, phấn đấu tỷ lệ cán bộ trẻ ... đạt tối thiểu 15%" (the point from the time on); not "phấn đấu" alone,
#: which tells past efforts as often ("đã phấn đấu hoàn thành ..."), nor one deep in a sentence, which as a rule tells a
#: standing national plan or an old resolution's target ("Việt Nam đang tập trung thực hiện Kế hoạch ... 5 năm 2016 -
#: 2020 ...; phấn đấu đến năm 2020, GDP bình quân đầu người đạt ...", "Nghị quyết số 24/2016/QH14 ... đã chỉ đạo giao
#: ngành Ngân hàng phấn đấu đến năm 2020 ...")
#: (a time ahead: a year, "năm nay" or a day; not a bare "đến nay", up to now: "Từ đầu năm đến nay, ...")
_AIM_TIME = (r"(?:từ\s+nay\s+)?(?:đến|tới)\s+(?:(?:cuối|hết)\s+)?"
             r"(?:(?:năm\s+)?\d{4}|năm\s+nay|ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)(?!\w)")
#: (the opener: a connector or a place and its comma, "Theo đó, ", "Đồng Tháp, ", or the target named, its "là" or
#: colon: "Mục tiêu cụ thể đặt ra là ...", "Mục tiêu: phấn đấu đến năm 2025, ...")
_AIM_AHEAD = re.compile(r"[\s\-–•*+]*(?:[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+)?\s*,\s*|"
                        r"mục\s+tiêu[^,.;:!?\n]{0,30}?(?:\s+là(?!\w)|\s*:)\s*)?"
                        r"(?P<aim>(?:(?P<before>" + _AIM_TIME + r")\s*,\s*)?phấn\s+đấu\s+"
                        r"(?P<after>" + _AIM_TIME + ")?)")


def _aim_ahead(doc: Doc, start: int, end: int) -> int | None:
    """Where a target set for a time ahead opens the sentence ("Theo đó, phấn đấu đến năm 2025, ..."), with its
    figure, and not a result or an effort already made; else None."""
    found = _AIM_AHEAD.match(doc.low, start, end)
    if not found or not (found.group("before") or found.group("after")) or not _figure_ahead(doc, start, end, found):
        return None  # (the match opens the sentence: _RESULT is looked for in all of it)
    return found.start("aim")


#: the next target of a run, right after a target set with its figure in the same paragraph: a sentence that tells
#: another figure to reach, "Tỷ lệ cơ sở sản xuất, kinh doanh nông, lâm, thủy sản được kiểm tra đạt yêu cầu ... tăng 10%
#: so với năm trước.", "100% số tỉnh, thành phố trong cả nước phát triển, nhân rộng chuỗi cung ứng ...", "Tổng tài sản
#: dự kiến tăng 16% lên 384,600 tỉ đồng." (a share, or a rise, a fall or a level with its number)
_AIM_FIGURE = re.compile(_SHARE + r"|(?<!\w)(?:" + _FIGURE_VERBS + r"|đạt|lên)\s+(?:" + _FIGURE_ABOUT
                         + r"|trên\s+|tối\s+thiểu\s+|ít\s+nhất\s+)?\d")
#: ... not a figure of the past or of the time so far ("Năm 2016, doanh thu đạt ...", "6 tháng đầu năm, ...", "Lũy kế
#: ...", "Hiện nay, ..."), nor what a deal comes to once done ("Sau khi hoán đổi, SBT trở thành chủ sở hữu duy nhất sở
#: hữu 100% vốn điều lệ của BSH"), nor someone's words or a quotation
_AIM_NOT = re.compile(r"[^,.;:!?\n]{0,40}?(?<!\w)(?:năm\s+(?:\d{4}|qua|ngoái|trước)\s*,|(?:\d+|sáu|chín)\s+tháng|quý\s+"
                      r"|sau\s+khi|lũy\s+kế|tính\s+(?:đến|chung|từ)|hiện\s+(?:nay|tại|có|đang)|trước\s+đó|cùng\s+kỳ)"
                      r"|[\s\"“‘«(]*[\"“‘«]")
#: ... nor someone's words or a turn away (directions_aim_not_after.txt: "theo ông", "tuy nhiên"; tells_verbs.txt's
#: "aim": "cho biết")
_AIM_SPEAKS = re.compile(_alt("directions_aim_not_after.txt", extra=lexicon.tagged("tells_verbs.txt", "aim")))


def _aim_goes_on(doc: Doc, s: int, e: int) -> bool:
    """Whether the sentence [s, e), right after a target set with its figure, is the run's next target (_AIM_FIGURE;
    not a result, _RESULT, _RESULT_ANYWHERE, _PAST; not of the past or so far, _AIM_NOT; nobody's view, _AIM_SPEAKS)."""
    low = doc.low
    return bool(_AIM_FIGURE.search(low, s, e)) and not _RESULT.search(low, s, e) \
        and not _RESULT_ANYWHERE.search(low, s, e) and not _PAST.search(low, s, e) and not _AIM_NOT.match(low, s, e) \
        and not _AIM_SPEAKS.search(low, s, e)


#: a sentence that tells what a gathering or an undertaking is for, or what it will discuss, with it as the subject:
#: "Hội nghị có ý nghĩa hết sức quan trọng nhằm thảo luận, phân tích, làm rõ tình hình 6 tháng đầu năm ... và đề ra
#: mục tiêu, nhiệm vụ, giải pháp chủ yếu ...", "Đối thoại nhằm thảo luận các vấn đề quan trọng của đô thị hóa; từ đó
#: đề xuất, khuyến nghị chính sách hỗ trợ các thành phố ...", "Theo Ban tổ chức, diễn đàn này sẽ đề cập đến các chủ
#: trương, chính sách ...", "Đối thoại tập trung thảo luận các nội dung về khuôn khổ thể chế ...", "Mục tiêu của Dự án
#: là hỗ trợ khoa học, công nghệ ...": its aim or agenda, not what it set out (not what it did: "Hội nghị đã thảo luận
#: và thống nhất ...")
#: (directions_aimed.txt)
_AIMED_SUBJECT = r"(?:(?:cuộc|buổi|phiên)\s+)?" + _alt("directions_aimed.txt")
_AIMED = re.compile(
    r"(?P<subject>" + _AIMED_SUBJECT + r")(?:\s+(?:này|lần\s+này|năm\s+nay))?"
    r"(?:\s+(?:có|mang)\s+ý\s+nghĩa[^,.;:!?\n]{0,40}?)?\s+"
    r"(?:nhằm|để|với\s+mục\s+(?:đích|tiêu)|có\s+mục\s+(?:đích|tiêu)(?:\s+là)?"
    r"|(?:sẽ\s+)?(?:tiếp\s+tục\s+)?tập\s+trung\s+(?:thảo\s+luận|bàn)"
    r"|sẽ\s+(?:tiếp\s+tục\s+)?(?:thảo\s+luận|đề\s+cập|bàn|trao\s+đổi))(?!\w)"
    r"|mục\s+(?:đích|tiêu)\s+(?:chính\s+|chung\s+)?của\s+(?:" + _AIMED_SUBJECT + r")(?:\s+này)?\s+là(?!\w)")
#: ... told as the sentence's subject: at its start (quotes, brackets, a bullet before it), after a clause's comma or
#: colon or "rằng", as what is held ("Đảng ủy Công an Trung ương tổ chức Hội nghị nhằm đánh giá ..."), or after a
#: photo credit glued to it ("... /TTXVN Đối thoại nhằm ...")
_AIMED_LEAD = re.compile(r"[\s\"“‘«(*•–-]*|.*(?:[,:;]|(?<!\w)rằng|(?<!\w)tổ\s+chức\s)[\s\"“‘«(]*", re.S)
_AIMED_AFTER_CREDIT = re.compile(r"/[A-ZĐ]{2,}\s*$")
#: ... unless an order is told in the sentence before the point: "Hội nghị nhằm ..., Thủ tướng yêu cầu các bộ ...",
#: "Bộ trưởng yêu cầu các địa phương triển khai Chương trình để giảm nghèo; đồng thời ..."
_AIMED_ORDER = re.compile(_alt("directions_aimed_orders.txt"))


#: an aim told mid-sentence, whatever its subject: what the points after it list is what something is for, not a task
#: set: "các phiên thảo luận về ... (BEPS) - tiêu chuẩn tối thiểu hướng tới các mục tiêu chính như: tăng cường hỗ trợ
#: ...; tổ chức các khóa đào tạo ...", "Tất cả những đổi mới ... cũng nhằm mục tiêu là tăng cường năng lực ...", "...,
#: bởi mục tiêu chính là tuyển sinh và chất lượng đào tạo tốt hơn" (directions_aim_leads.txt; not a target set, "đề ra
#: mục tiêu trong nhiệm kỳ mới là: ...", nor a leader's "mục tiêu cuối cùng ... là thoái vốn Nhà nước", nor the aims a
#: meeting agreed on, "thống nhất ... với các mục tiêu cụ thể như")
_AIM_CLAUSE = re.compile(_alt("directions_aim_leads.txt") + r"\s+(?:các\s+|những\s+)?mục\s+tiêu(?!\w)")
#: ... unless a directive verb is told in its sentence before the point or in the point itself: what was agreed or
#: ordered towards the aim ("Hai bên nhất trí cần sớm họp Tiểu ban ..., hướng tới mục tiêu đạt 15 tỷ USD ..., bao gồm
#: việc đẩy mạnh ...; tạo điều kiện cho hàng hóa hai nước tiếp cận thị trường của nhau"), in the point only as a
#: clause of its own, right after a comma, a "so" between them or not ("... cũng nhằm mục tiêu là tăng cường năng lực
#: ..., do vậy yêu cầu ngành Y tế cần tiến hành khẩn trương ..."; not the noun in "đáp ứng yêu cầu giáo viên")
#: (directions_verbs.txt and directions_aimed_orders.txt)
_AIM_CLAUSE_ORDER = re.compile(_alt("directions_verbs.txt", "directions_aimed_orders.txt"))
#: a "so" leading the task a clause or a deed leads to: "nên", "do vậy", "vì thế", "từ đó" (_AIM_CLAUSE_ORDER_IN,
#: _SO_ASKS)
_SO = r"(?:nên|(?:do|vì)\s+(?:vậy|đó|thế)|từ\s+đó)"
_AIM_CLAUSE_ORDER_IN = re.compile(r"[,;]\s*(?:" + _SO + r"\s+)?(?:" + _AIM_CLAUSE_ORDER.pattern + ")")


def _aim_subjects(doc: Doc, s: int, e: int) -> list[int]:
    """Where the sentence [s, e) names a gathering as the subject of its aim or agenda (_AIMED, _AIMED_LEAD)."""
    low, found = doc.low, []
    for m in _AIMED.finditer(low, s, e):
        subject = m.start("subject") if m.group("subject") else m.start()
        if _AIMED_LEAD.fullmatch(low, s, subject) or _AIMED_AFTER_CREDIT.search(doc.text, s, subject):
            found.append(subject)
    return found


def _aim_clauses(doc: Doc, s: int, e: int) -> list[int]:
    """Where, in the sentence [s, e), an aim told mid-sentence ends (_AIM_CLAUSE)."""
    # (_AIM_CLAUSE's "mục\s+tiêu": a sentence without "mục" has none)
    return [m.end() for m in _AIM_CLAUSE.finditer(doc.low, s, e)] if doc.low.find("mục", s, e) >= 0 else []


def _aimed(doc: Doc, sentences: list[tuple[int, int, int]], starts: list[int], a: int,
           subjects: dict[int, tuple[list[int], list[int]]] | None = None, b: int | None = None) -> bool:
    """Whether the point [a, b) is told in a sentence on a gathering's aim or agenda, from its subject on, with no order
    before it in the sentence (_AIMED_ORDER), or after an aim told mid-sentence, with no directive verb before it in the
    sentence (_AIM_CLAUSE_ORDER) nor as a clause of its own in it (_AIM_CLAUSE_ORDER_IN). `subjects`: the aims'
    subjects and clauses found so far, by sentence (each sentence scanned once, however many points it holds)."""
    index = bisect_right(starts, a) - 1
    if index < 0:
        return False
    s, e, _ = sentences[index]
    subjects = {} if subjects is None else subjects
    if index not in subjects:
        subjects[index] = (_aim_subjects(doc, s, e), _aim_clauses(doc, s, e))
    heads, clauses = subjects[index]
    if any(subject <= a for subject in heads) and not _AIMED_ORDER.search(doc.low, s, a):
        return True
    return any(clause <= a for clause in clauses) and not _AIM_CLAUSE_ORDER.search(doc.low, s, a) \
        and not (b is not None and _AIM_CLAUSE_ORDER_IN.search(doc.low, a, b))


def extract_directions(doc: Doc, title: str | None = None, targets: bool = False,
                       workshop: bool = False, year: int | None = None) -> list[tuple[str, Span]]:
    """The forward-looking points the article reports, one per point, as written, with their spans. The article's
    `title` sets none: a headline sums up what the body tells ("Chính phủ yêu cầu các 'ông lớn' chấn chỉnh việc thoái
    vốn Nhà nước"), and the body's own words are the points. `targets`: the meeting adopts a plan (a shareholders'
    meeting), so a sentence that sets a target with its figure is a point too. `workshop`: a workshop, forum or round
    table, where a body's task told in the article's own voice ("TP.HCM cần có những giải pháp căn cơ ...") is as a
    rule an invited expert's view: only one with a known action after its modal counts. `year`: the meeting's, when
    known (a list of tasks or a share plan told of another year is none)."""
    if not doc.text:
        return []
    sentences = _sentences(doc)
    at = doc.text.find(title) if title else -1
    if at >= 0:
        sentences = [sentence for sentence in sentences if not at <= sentence[0] < at + len(title)]
    low = doc.low
    cues = [m.start() for m in _patterns().any_cue.finditer(low)]  # sentences without one cannot set points out
    spans: list[Span] = []
    follow = 0  # sentences left in which a direction may go on
    follow_para = -1  # the paragraph of the last direction
    list_open = False  # a cue ended its paragraph with ':'; bullets follow
    enum_open = 0  # sentences left in which 'Thứ nhất, ...' may answer a cue
    # sentences left after one that announced troubles ("có một số khó khăn."): its ordinal items are no points
    troubles = 0
    last_para = -1
    opened: list[Span] = []  # a leader's quoted task sentences after the cue and a colon (_quoted_after)
    aim_at = -1  # the sentence of the last target set with its figure, the run of targets it may open (_aim_goes_on)
    figures: set[int] = set()  # where the targets of such a run start (kept though they tell only a figure)
    for index, (s, e, para) in enumerate(sentences):
        new_para = para != last_para
        last_para = para
        if _subheading(doc, sentences, index):
            continue
        if _own_line_subheading(doc, sentences, index):
            follow, list_open, enum_open = 0, False, 0  # a title: the run of points before it ends there
            continue
        before = _quoted_before(doc, sentences, index)
        if before is not None:  # “Chúng ta phải ...”. Ông X, Chủ tịch UBND TP, đã nhấn mạnh như trên tại buổi làm việc
            quoted, only_said = before
            while spans and spans[-1][1] > quoted[0][0]:
                spans.pop()
            for start, end in quoted:
                spans.extend(_split(doc, start, end))
            if not only_said:
                follow = 0  # (words only said end no chain: "... , ông Huệ nêu rõ. ... Cho nên, các bộ ... phải ...")
        opened.extend(_quoted_after(doc, sentences, index) or ())
        if new_para and list_open:
            if _list_line(doc, s, e):
                para_end = low.find("\n", s)
                para_end = len(low) if para_end < 0 else para_end
                spans.extend(_split(doc, s, para_end, semicolons=False))
                continue
            list_open = False
        elif not new_para and list_open:
            continue  # rest of a bulleted paragraph, already taken whole
        ordinal = _ORDINAL_OPEN.match(low, s, e)
        if ordinal and not _ORDINAL.match(low, s, e) and not _patterns().action.match(low, ordinal.end()):
            ordinal = None  # "Một là" with no comma opens a task only on its action (not "Một là khi doanh nghiệp ...")
        if ordinal and (troubles or _TOPIC_ITEM.match(low, ordinal.end(), e)
                        and not _patterns().modal.search(low, ordinal.end(), e)):
            continue
        if not ordinal:
            plain = not _patterns().modal.search(low, s, e) \
                and not (bisect_left(cues, s) < len(cues) and cues[bisect_left(cues, s)] < e)
            # (an item without its comma, "Thứ hai sao in đề trắc nghiệm khó hơn thi tự luận.", keeps the list open)
            if plain and _TROUBLES.search(low, s, e):
                troubles = _TROUBLES_LEFT
            else:
                troubles = troubles - 1 if plain and troubles else 0
        if ordinal and not enum_open and not _patterns().modal.search(low, s, e) and index \
                and _ORDINAL_FIRST.match(low, s, e) and sentences[index - 1][2] == para \
                and _patterns().modal.search(low, sentences[index - 1][0], sentences[index - 1][1]) \
                and not _ORDINAL_OPEN.match(low, sentences[index - 1][0], sentences[index - 1][1]):
            enum_open = 1
        if ordinal and (enum_open or _patterns().modal.search(low, s, e)):
            spans.extend(_split(doc, ordinal.end(), e, semicolons=False))
            # (the sentences after it that go on with it are points of their own, as a list of bare-verb lines is:
            # "Năm là, đổi mới phương thức lãnh đạo của Đảng, ... | Trước mắt, cần khẩn trương rà soát, tháo gỡ những
            # vướng mắc về thể chế kinh tế ... | Đổi mới, phát triển thị trường dịch vụ công ... | Hoàn thiện pháp luật
            # về đất đai, tài nguyên ...")
            for s2, e2, para2 in islice(sentences, index + 1, None):
                if para2 != para or _ORDINAL_OPEN.match(low, s2, e2) \
                        or _goes_on(doc, s2, e2) is None and not _bare_line(doc, s2, e2):
                    break
                spans.extend(_split(doc, s2, e2, semicolons=False))
            enum_open, follow = _FOLLOW, 0
            continue
        if spans and spans[-1][1] > s:
            continue  # already inside the previous point (an ordinal point that went on)
        if OTHER_STORY.match(low, s, e):
            break  # the rest of the article tells another story: "Trong một diễn biến khác, Sở GTVT Đà Nẵng cho biết ..."
        if _EARLIER.match(low, s, e) or _ATTENDANCE.match(low, s, e):
            follow = 0
            continue
        if not targets and _REPORT_CITED.match(low, s, e):
            # (the points before it may go on after it: "Theo thống kê, ... | Tới đây, Kiên Giang sẽ ..."; at a
            # shareholders' meeting the report is the plan put to the vote: "Theo báo cáo của Techcombank, năm 2021,
            # ngân hàng đặt mục tiêu lợi nhuận ...")
            follow = max(0, follow - 1)
            continue
        if aim_at >= 0 and aim_at == index - 1 and para == sentences[aim_at][2] and _aim_goes_on(doc, s, e):
            # (the next target of the run, told by its figure alone: "... giảm 10% so với năm 2016. | Tỷ lệ cơ sở sản
            # xuất, kinh doanh nông, lâm, thủy sản được kiểm tra đạt yêu cầu ... tăng 10% so với năm trước.")
            point = _trim(doc, _target_start(doc, s, e) if targets else s, e, _patterns().lead_strip)
            if point:
                spans.append(point)
                figures.add(point[0])
            aim_at = index
            continue
        if targets and _target(doc, s, e):
            aim_at = index
            # (the plan the target opens may go on: "... lợi nhuận sau thuế ngân hàng mẹ 80 tỷ đồng. | Cùng với đó, ngân
            # hàng tiếp tục hoàn thiện, bám sát việc phê duyệt Phương án cơ cấu lại ...")
            # (kept though it tells only a figure, its cue left before it: "Các chỉ tiêu được đưa ra là: | tổng tài sản
            # đạt 282.600 tỷ đồng, tăng 17%; ...")
            aims = _split(doc, _target_start(doc, s, e), e, semicolons=False)
            spans.extend(aims)
            figures.update(start for start, _ in aims)
            follow, follow_para = _FOLLOW, para
            continue
        if targets and ((planned := _share_plan(doc, s, e, year)) is not None
                        or (planned := _year_plan(doc, s, e, year)) is not None):
            # (the plan adopted for the shares, dividend or capital: "... cho biết, ngân hàng sẽ tăng vốn thông qua việc
            # phát hành cổ phiếu riêng lẻ.")
            # (kept though it tells only a figure, as a target is: "... thông qua một số nội dung quan trọng khác như:
            # Tăng vốn điều lệ lên 15.700 tỷ đồng ..., nâng tỷ lệ sở hữu tối đa của nhà đầu tư nước ngoài ... lên 9,99%")
            plan = _split(doc, planned, e, semicolons=False)
            spans.extend(plan)
            figures.update(start for start, _ in plan)
            follow, follow_para = _FOLLOW, para
            continue
        at = bisect_left(cues, s)
        has_cue = at < len(cues) and cues[at] < e
        if has_cue and _opens_bullets(doc, sentences, index):
            list_open, follow, enum_open = True, 0, _FOLLOW + 1  # "Hội nghị đề ra các nhiệm vụ sau:" / "Phương hướng năm 2024" + bullets
            continue
        # (a list of tasks announced after a colon, not at a workshop, where the article's own voice is as a rule an
        # invited speaker's)
        listed = None if workshop else _task_list(doc, s, e, year)
        found = (listed, True) if listed is not None else _cue_start(doc, s, e) if has_cue or _adopted_plan(low, s, e) \
            else None
        found = found or _term_ahead(low, s, e, year)
        if found and not found[1] and (first := _task_first(doc, s, e, found[0], workshop)) is not None:
            found = first, False  # "Bộ phải có những kiến nghị, đề xuất cụ thể như về quản lý nhà nước thì ..."
        if not found and (told := _plan_told(doc, s, e)) is not None:
            found = told, False  # "... cho hay, ngành ngân hàng sẽ tiếp tục đầu tư vốn tín dụng ..."
        if not found and (pledged := _own_pledge(doc, s, e)) is not None:
            # "“Tới đây, chúng tôi sẽ phối hợp với Bộ Công an tiếp tục xem xét xử lý ...”- Bộ trưởng ... cho biết": the
            # pledge alone, up to the closing quote; what follows it is not taken as its going on
            spans.extend(_split(doc, pledged, _quote_end(doc, pledged, e)))
            continue
        if not found and (approved := _approval(doc, s, e)) is not None:
            found = approved, False  # "Thủ tướng đồng ý với đề xuất của Bộ Kế hoạch và Đầu tư thành lập ..."
        if not found and low.find("từ", s, s + 20) >= 0 and (measure := _timed_measure().match(low, s, e)) is not None \
                and not _PAST.search(low, s, measure.end()):
            found = s, False  # "Từ 18h hôm nay, TPHCM đóng cửa karaoke, quán bar, vũ trường ...": the hour kept
        if found:
            start, opens = found
            first = len(spans)
            if opens and not doc.text[start:e].strip():
                list_open = True
            points = _split(doc, start, e)
            adjacent = bool(spans) and index > 0 and spans[-1][1] > sentences[index - 1][0]
            before = _going_on_before(doc, s, start, para == follow_para, adjacent) if follow else None
            before = before or _told_before(doc, s, start)
            if len(points) == 1 and _INTRO_ONLY.match(low, *points[0]):
                points = []  # "lưu ý 3 vấn đề." — the points follow ("Thứ nhất, ...")
            if before is not None:
                # (a sentence that goes on with the direction before it, its cue only in a later ";" part: "Đồng thời
                # tiếp tục phối hợp chặt chẽ với các cơ quan chức năng ...; lưu ý tập trung vào các mặt hàng ...")
                spans.extend(_split(doc, *before))
            spans.extend(points)
            follow = _FOLLOW if points or before is not None or _CONCLUDING.match(low, s, e) else follow
            follow_para = para
            enum_open = _FOLLOW + 1
            marks = list(_ORDINAL.finditer(low, start, e))
            if marks:  # "... như sau: một là, A; hai là, B" — one point per ordinal
                del spans[len(spans) - len(points) :]
                spans.extend(_split(doc, start, marks[0].start()))
                for mark, after in zip(marks, marks[1:] + [None]):
                    spans.extend(_split(doc, mark.end(), after.start() if after else e, semicolons=False))
            if listed is not None:  # (an item that runs a list of its own into it: "Một là, ... sau: - Bảo đảm ...")
                spans[first:] = [piece for point in spans[first:] for piece in _run_in_items(doc, point)]
            continue
        enum_open = max(0, enum_open - 1)
        if follow:
            # (not at a workshop, where the words quoted are as a rule an invited speaker's)
            close = _closes_quote(doc, sentences, index, spans[-1][0]) \
                if para == follow_para and spans and not workshop else None
            # (a point in the paragraph just before, dantri's one paragraph a point: "Trường hợp giãn cách, cách ly toàn
            # tỉnh phải trao đổi với ... | Việc khoanh vùng phải gọn nhất có thể."; not one of the title or the lead,
            # which the body's first line, often a photo's caption, sums up again)
            chained = bool(spans) and index > 0 and spans[-1][1] > sentences[index - 1][0] \
                and spans[-1][0] >= _lead_end(doc)
            start = _goes_on(doc, s, e, same_paragraph=para == follow_para, quote_ends=close is not None,
                             chained=chained, point=spans[-1][0] if spans else -1,
                             adjacent=bool(spans) and index > 0 and spans[-1][1] > sentences[index - 1][0])
            if start is not None:
                spans.extend(_split(doc, start, close if close is not None and close > start else e))
                follow, follow_para = _FOLLOW - 1, para
                continue
            if _list_run(doc, sentences, index, spans, follow_para):
                spans.extend(_split(doc, s, e))
                follow, follow_para = _FOLLOW - 1, para
                continue
            follow -= 1
        if not workshop and (start := _leader_reasoned(doc, sentences, index)) is not None:
            spans.extend(_split(doc, start, e))  # "Thủ tướng cho rằng, ... | Vì vậy, cần làm cho mọi cấp ..."
            follow, follow_para = _FOLLOW - 1, para
            continue
        start = _body_task(doc, s, e, any_verb=not workshop)
        if start is not None:  # "Ngành xây dựng cần tăng cường ...": a task for a body, said in its own sentence
            spans.extend(_split(doc, start, e))
            follow, follow_para = _FOLLOW - 1, para
        elif not targets and (aim := _aim_ahead(doc, s, e)) is not None:
            # "Theo đó, phấn đấu đến cuối năm nay, tỷ lệ mẫu giám sát vi phạm ... giảm 10%": the target, with no
            # _FOLLOW chain (what follows it is as a rule the speakers' own views: "Nhiều chuyên gia góp ý, ..."); only
            # a run of further figures goes on from it (aim_at: "Tỷ lệ cơ sở ... tăng 10% so với năm trước.")
            spans.extend(_split(doc, aim, e, semicolons=False))
            aim_at = index
        elif has_cue and (_announces(doc, s, e) or _CONCLUDING.match(low, s, e)):
            # "... nhấn mạnh những nhiệm vụ trong thời gian tới. Theo đó ...", "Phát biểu kết luận tại buổi họp, ..."
            follow, follow_para = _FOLLOW, para
    # (a leader's quoted sentence after "Thủ tướng nói: “..." counts where no other point was found in it)
    extra = [(a, b) for a, b in opened if not any(a < b2 and a2 < b for a2, b2 in spans)]
    if extra:
        spans = sorted(spans + [point for region in extra for point in _split(doc, *region)])
    # (at a sitting that passed a law, the draft's story told after it is no point of the vote)
    # (told in the title, the lead, or the first paragraph after a lead that only sums the law up: "Luật đã quy định
    # việc xác định mức bồi thường ... | Với 92,46% ý kiến đại biểu tán thành, sáng 20/6, Quốc hội đã thông qua ...")
    if _LAW_PASSED.search(low, 0, _lead_end(doc, paragraphs=3)):
        spans = [(a, b) for a, b in spans if not _explains_draft(doc, sentences, a)]
    # (a point that only points back is dropped last: the speaker still goes on after it, "... chỉ đạo như vậy tại buổi
    # đối thoại với doanh nghiệp ... | Theo ông Nguyễn Văn Huyện, sắp tới đơn vị sẽ xây dựng kế hoạch ...")
    # (a point told in a sentence on the gathering's aim or agenda is dropped last too: the points after it still go on
    # from it, "Hội nghị có ý nghĩa hết sức quan trọng nhằm thảo luận ... | Thủ tướng yêu cầu ...")
    starts, subjects = [sentence[0] for sentence in sentences], {}
    return _dedupe(doc, [(a, b) for a, b in spans if not _POINTS_BACK.match(low, a, b)
                         and not _aimed(doc, sentences, starts, a, subjects, b)
                         and not _should_have(low, starts, a, b)], figures)


@cache
def _counterfactual() -> re.Pattern[str]:
    # (not a word's second half: "vỡ lẽ ra", "lặng lẽ ra", "xứng đáng ra"; directions_counterfactual_not_after.txt;
    # asserted after the first letter, _alt's `after`: led by a character set)
    return re.compile(_alt("directions_counterfactual.txt",
                           after=_not_after("directions_counterfactual_not_after.txt")))


def _should_have(low: str, starts: list[int], start: int, end: int) -> bool:
    """Whether the point, or its sentence before it, tells what should have been done and was not
    (directions_counterfactual.txt): "Chủ tịch Hà Nội nêu rõ: Đáng lẽ sau khi xảy ra tai nạn, ... nhà trường phải mời
    gia đình học sinh lên nói chuyện, thì lại bưng bít ..." rebukes the school, it sets out no task."""
    at = bisect_right(starts, start) - 1
    return bool(_counterfactual().search(low, starts[at] if at >= 0 else start, end))


#: an Assembly's sitting told by the law or resolution it passed, in the title or the lead: "Quốc hội thông qua Luật
#: Hỗ trợ Doanh nghiệp nhỏ và vừa", "Với 410/442 ... Quốc hội đã ấn nút thông qua Luật ...", "Quốc hội biểu quyết
#: thông qua Nghị quyết về Chương trình ...". What such a report goes on with is the draft's story: how the
#: Standing Committee had it reworked ("Ủy ban Thường vụ Quốc hội đã chỉ đạo Cơ quan chủ trì thẩm tra ..."),
#: the deputies' proposals of the earlier debate ("có ý kiến đề nghị chỉ quy định 2 tiêu chí ...", "Nhiều ý kiến
#: đề nghị ...") and its explanation ("Ủy ban Thường vụ Quốc hội cho rằng ...", "tiếp thu, giải trình"): none is
#: set out at the vote.
_LAW_PASSED = lexicon.WordLed(r"(?<!\w)quốc\s+hội(?:\s+đã)?(?:\s+(?:chính\s+thức|ấn\s+nút|bấm\s+nút|biểu\s+quyết)){0,2}"
                              r"\s+thông\s+qua\s+(?:dự\s+án\s+|dự\s+thảo\s+)?(?:bộ\s+)?(?:luật|nghị\s+quyết)(?!\w)")
_EXPLAINS_DRAFT = re.compile(
    r"(?<!\w)(?:(?:có|nhiều|một\s+số|các)\s+ý\s+kiến\s+(?:đề\s+nghị|cho\s+rằng|đề\s+xuất)|ủy\s+ban\s+thường\s+vụ\s+"
    r"quốc\s+hội\s+(?:đã\s+chỉ\s+đạo|cho\s+biết|cho\s+rằng|tiếp\s+thu|giải\s+trình)|tiếp\s+thu,?\s+(?:giải\s+trình|"
    r"chỉnh\s+lý)|đại\s+biểu[^.;!?\n]{0,60}?đề\s+nghị|dự\s+thảo\s+luật)(?!\w)")


#: a day written in the first clause of a sentence, the time of what the clause tells: "Liên quan đến ông Đinh La Thăng,
#: ngày 7/5, Ban Chấp hành Trung ương Đảng đã quyết định thi hành kỷ luật ...", "Về mặt đảng, ngày 3-11-2016, Ban Bí
#: thư đã thống nhất thi hành kỷ luật ...", "Các nước Arab và vùng Vịnh ngày 2/7 đã nhất trí gia hạn ...", "Phát biểu
#: trong cuộc họp báo chung ... trong ngày 4/7, Ngoại trưởng Qatar ... khẳng định", "Trong cuộc họp giao ban ngày
#: 9/2/2017, ... lãnh đạo UBND TP ... đề nghị ..." (after at most one lead-in clause, "Về ...,", "Liên quan đến ...,",
#: "Trước đó,"; not a deadline, a start or a document's date: directions_day_not_after.txt, "số ... ngày ...", a day
#: in brackets)
#: (a year written whole or by its last two digits, "ngày 7/5/17"; a day without one is put in the year nearest the
#: meeting: "ngày 28/12" before a meeting on 5/1 is the last year's)
_CLAUSE_DAY = re.compile(r"(?<!\w)(?:(?:sáng|chiều|tối|trưa)(?:\s+(?:hôm|ngày))?|hôm|ngày)\s+" + DAY_MONTH
                         + r"(?:\s?[/.-]\s?(?P<year>\d{4}|\d{2}))?(?![\d%])(?!\s*(?:tháng|năm|giờ|h)(?!\w))")
_LEAD_IN = re.compile(r"\W*(?:(?:về|liên\s+quan(?:\s+(?:đến|tới))?|trước\s+đó|đối\s+với)(?!\w)[^,;:.!?\n]{0,80},\s*)?")
_DAY_NOT_AFTER = re.compile(r"(?:(?<!\w)"
                            + _alt("directions_day_not_after.txt", extra=tagged("directions_documents.txt", "dated"))
                            + r"|\(|(?<!\w)số\s[^,;()]{0,60}?)\s*$")


#: a year before the meeting's opening a clause of the point's sentence before it: "Chủ tịch Quốc hội Cuba cho biết,
#: năm 1963, Tổng tư lệnh Fidel Castro đã chỉ đạo | thành lập Ủy ban Đoàn kết Cuba với miền Nam Việt Nam ...", "Năm
#: 2016, Hội đồng xác định điểm sàn của Bộ đã thống nhất | mức điểm tối thiểu ..." (not a span from it: "Từ năm 2014,
#: ...", "từ năm 2002 đến nay")
_CLAUSE_YEAR = re.compile(r"(?<!\w)(?:(?:trong|vào)\s+)?năm\s+(?P<year>(?:19|20)\d\d)\s*,")
_CLAUSE_GAP_BEFORE = re.compile(r"[\s\"“‘«(]*$")
#: ... or a meeting the sentence opens on, told by an earlier month or year and no day ("Tại cuộc đàm phán vào tháng 5
#: vừa qua, ba nước này đã nhất trí | thiết lập 4 vùng an toàn ...", "Tại cuộc họp hồi tháng 12/2015, Hội đồng AFF đã
#: đề xuất ...") or as another than the report's ("Ở một cuộc hội kiến khác, Hồng y Pietro Parolin ... cũng kêu gọi
#: ...")
_MEETING_OF_ANOTHER_TIME = re.compile(
    r"\W*(?:tại|trong|ở)\s+(?:(?:một|các)\s+)?(?:cuộc|buổi|phiên|vòng|hội\s+nghị)(?:\s+[^\s,;:.!?\d]+){0,6}?\s+"
    r"(?:(?:vào|hồi)\s+(?:(?:đầu|giữa|cuối)\s+)?(?:tháng\s+(?P<month>\d{1,2})(?:\s?[/.-]\s?(?P<year>\d{4}))?"
    r"|năm\s+(?P<only_year>(?:19|20)\d\d))(?:\s+vừa\s+qua)?|(?P<other>khác))\s*,")


def _clause_ends(text: str, start: int, end: int) -> bool:
    """Whether a clause ends between `start` and `end`: a semicolon, or a comma before a capital that opens another
    clause (a year's clause, _year_before; a speech cue's own point, _said_first)."""
    if text.find(";", start, end) >= 0:
        return True
    comma = text.find(",", start, end)
    while comma >= 0:  # (white space is one character at the door: a short look past each comma is enough)
        if text[comma + 1:min(comma + 4, end)].lstrip()[:1].isupper():
            return True
        comma = text.find(",", comma + 1, end)
    return False


def _year_before(doc: Doc, s: int, at: int, start: dt.date) -> bool:
    """Whether a clause of the sentence opening at `s`, before the point at `at`, opens on a year before the meeting's
    (_CLAUSE_YEAR), or the sentence opens on a meeting told by an earlier month or year, or as another
    (_MEETING_OF_ANOTHER_TIME)."""
    low = doc.low
    if "năm" in low[s:at]:
        last = None
        for told in _CLAUSE_YEAR.finditer(low, s, at):
            if _CLAUSE_GAP_BEFORE.match(low, _clause_opens(low, s, told.start(), ",;:"), told.start()):
                last = told  # (the last clause before the point that opens on a year)
        # (the year's clause must run on to the point: not past a semicolon, "Năm 2010, ông Tiến làm Giám đốc ...; nay
        # ông Tiến đề nghị ...", nor a comma that opens a clause on a capital, "Năm 2016, ngành y tế đạt nhiều kết quả,
        # Bộ trưởng yêu cầu ..."; a place told between stays in it: "Năm 2014, tại Trung Quốc, các nước đã nhất trí")
        if last is not None and int(last["year"]) < start.year and not _clause_ends(doc.text, last.end(), at):
            return True
    other = _MEETING_OF_ANOTHER_TIME.match(low, s, at)
    if other is None:
        return False
    if other["other"]:
        return True  # ("vừa qua" says no more than its month: "Tại hội nghị vào tháng 7 vừa qua" on 20/7 is this one)
    year = int(other["year"] or other["only_year"] or start.year)
    return year < start.year or other["month"] is not None and year == start.year and int(other["month"]) < start.month


def dated_elsewhere(doc: Doc, at: int, start: dt.date | None, end: dt.date | None = None) -> bool:
    """Whether the point at `at` is told in a sentence that opens on a day outside the meeting's days (`start` to
    `end`, OPENS_ON_DAY), or whose first clause, before the point, writes a day before its first day (_CLAUSE_DAY): what
    that sentence or clause tells was done on that day, not at the meeting ("Ngày 22/6, các nước trên đã đưa ra 13 yêu
    sách đối với Qatar, trong đó yêu cầu Doha hạ cấp quan hệ với Iran ..." in a report of talks on 14/7; "Ngày 3/4, Văn
    phòng Chính phủ có văn bản truyền đạt chỉ đạo của Thủ tướng, giao Bộ VH-TT-DL chủ trì ..." in one of 12/5). A later
    day in the first clause is mostly a time the point sets, "Ngay trong ngày 27/6, tôi đề nghị ...", or the meeting's
    own next day. And so a clause before the point that opens on an earlier year, or a sentence that opens on a meeting
    told by an earlier month or as another (_year_before). Never when the meeting has no day."""
    if start is None:
        return False
    starts = _sentence_starts(doc)
    index = bisect_right(starts, at) - 1
    if index < 0:
        return False
    low = doc.low
    s = starts[index]
    opens = OPENS_ON_DAY.match(low, s) or PROGRAMME_DAY.match(low, s)
    if opens:
        told = day_near(int(opens["month"]), int(opens["day"]), start)
        if told is not None:
            return not start <= told <= (end or start)
    lead = _LEAD_IN.match(low, s)
    head = lead.end() if lead else s
    clause_end = min((i for i in (low.find(c, head, at) for c in ",;:") if i >= 0), default=at)
    for day in _CLAUSE_DAY.finditer(low, head, clause_end):
        if _DAY_NOT_AFTER.search(low, max(s, day.start() - 70), day.start()):
            continue
        told = day_near(int(day["month"]), int(day["day"]), start, day["year"])
        if told is not None:
            return told < start
    return _year_before(doc, s, at, start)


#: a letter signed or sent to a body, with what it asks: "Liên quan vụ việc, ngày 6/2, Thứ trưởng GD&ĐT Nguyễn Thị Nghĩa
#: ký công văn gửi Sở GD&ĐT Hà Nội", "Sở TN&MT TP cũng đã ký văn bản gửi các đơn vị đang thi công cắm mốc ...", "VCPMC
#: ký văn bản số 177 gửi các khách sạn ở Đà Nẵng", "Bộ GD&ĐT đã có công văn gửi Sở GD&ĐT Hà Nội yêu cầu ...", "Phó TTCP
#: Nguyễn Đức Hạnh có văn bản số 76/TTCP-C.I ngày 19/4 đề nghị UBND TP Hà Nội báo cáo ..."
#: (the documents: letters.txt)
LETTERS = alternation(words("letters.txt"), spaces=True)
_LETTER = lexicon.WordLed(r"(?<!\w)(?:ký|có|ban\s+hành|gửi)\s+(?:" + LETTERS + r")"
                          r"(?:\s+(?:số|khẩn|hỏa\s+tốc)\s+[^\s,;:!?]+)*(?:\s+ngày\s+[^\s,.;:!?]+)?\s*,?\s+"
                          r"(?:gửi|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)(?!\w)")
#: ... but one that carries a leader's conclusions or orders, a meeting's own ("Văn phòng Chính phủ có văn bản thông báo
#: kết luận của Thủ tướng ...", "... có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng ...")
LETTER_CARRIES = re.compile(r"(?<!\w)(?:kết\s+luận|thông\s+báo|truyền\s+đạt|ý\s+kiến\s+chỉ\s+đạo)(?!\w)")
_MEETING_NAMED = re.compile(_MEETING_TOLD)
#: ... nor one only asked for or foreseen, its clause before it telling so ("EVN cũng kiến nghị Chính phủ sớm có văn
#: bản chỉ đạo về các giải pháp ..."; searched from the clause's start, _clause_opens)
_LETTER_AHEAD = re.compile(r"(?<!\w)(?:sớm|sẽ|cần|phải|chưa|đề\s+nghị|kiến\s+nghị|yêu\s+cầu)(?!\w)")
#: a speaker named before the point in its own sentence, whose words it is: "..., bà Trần Thị Phương Lan đề nghị cần
#: rà soát lại ...", "Theo Ban Bí thư, những vi phạm của ông Thiện ... cần áp dụng hình thức kỷ luật"
#: (in the text as written, the name's capital kept)
_SPEAKER_NAMED = re.compile(r"(?<!\w)(?:(?:[ôÔ]ng|[bB]à)\s+[" + _UPPER + r"]"
                            r"|[tT]heo\s+(?!(?:đó|vậy)\s*,)[^,.;:!?\n]{2,60},)")
#: how many sentences before a point's own a letter may be told in (the letter's sentence, a quote of its signer, what
#: it asks, its deadline)
_LETTER_REACH = 3
#: a sentence after a letter's that refers back to it: "Văn bản nêu rõ ...", "Trong nội dung văn bản, VCPMC yêu cầu
#: ...", "Trong đó, Cục trưởng Hoàng Đình Cảnh đề nghị ..."
_REFERS_TO_LETTER = re.compile(r"(?<!\w)(?:" + LETTERS + r"|(?:trong|theo)\s+đó)(?!\w)")
#: the words of a subject that name no one: a body's head word ("Bộ", "Sở", not "Bộ trưởng"; _BODY_NAMED), the
#: pointers and adverbs between it and its cue ("sở này", "cũng đã")
_NOT_NAMING = re.compile(_BODY_NAMED.pattern + r"|(?<!\w)(?:cũng|đã|vừa|mới|còn|đây|này|đó|vậy|do|vì|thì|sẽ|lại|và|"
                         r"các|những|đồng\s+thời|tiếp\s+tục)(?!\w)")
_SUBJECT_WORD = re.compile(r"[\w&]+")
#: how far before its cue a subject is read (a post and a name; not the whole of a long sentence for each cue in it)
_SUBJECT_REACH = 150


#: a cue that opens its sentence as a lead-in clause: "Kết luận, ...", "Phát biểu kết luận, ..."
_LEAD_IN_CUE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,")


def _letters_voice(doc: Doc, letter: tuple[int, int, int], s: int, at: int) -> bool:
    """Whether the point at `at`, its sentence opening at `s` after the letter's own sentence (its start, its end and
    where the letter is named in it), goes on with what the letter asks. Not when each cue before the point follows a
    leader named by a post (_LEADER_SPEAKER) that the letter's sentence does not name, the meeting's chair: "Chủ tịch
    UBND TP Nguyễn Đức Chung yêu cầu ...", "Phó Thủ tướng Vũ Đức Đam yêu cầu ...", "Bộ trưởng yêu cầu ..." after "Bộ
    GD&ĐT đã có công văn gửi Sở GD&ĐT Hà Nội". A subject with no post ("Theo đó, sở này đề nghị ...", "Bộ GD&ĐT yêu
    cầu ..."), a sentence that refers to the letter ("Văn bản nêu rõ ..."), a subject the letter's sentence names, most
    of its words there or most of the sender's in it ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung giao ..." after "Chủ
    tịch Hà Nội ký công văn ..."), and a list headed by any of these ("Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Vũ
    Đức Đam, Bộ VH-TT-DL yêu cầu ...") go on with the letter."""
    low = doc.low
    p = _patterns()
    cues = sorted(m.start() for m in chain(p.verb.finditer(low, s, at), p.speech.finditer(low, s, at)))
    if not cues or _REFERS_TO_LETTER.search(low, s, cues[-1]):
        return True
    named = set(_SUBJECT_WORD.findall(low[letter[0]:letter[1]]))
    sender = _subject_words(low, _subject_start(low, letter[0], letter[2]), letter[2])
    for cue in cues:
        clause = _subject_start(low, s, cue)
        if not low[clause:cue].strip() and _LEAD_IN_CUE.match(low, cue):
            continue  # (a lead-in with no subject, "Kết luận, Chủ tịch UBND tỉnh ... yêu cầu ...": its clause's cue)
        subject = _subject_words(low, clause, cue)
        if not _LEADER_SPEAKER.search(low, clause, cue) or 2 * sum(w in named for w in subject) > len(subject) \
                or sender and 2 * sum(w in subject for w in sender) > len(sender):
            return True
    return False


def _subject_start(low: str, s: int, cue: int) -> int:
    """Where the subject of the clause before `cue` starts, in the sentence opening at `s`: after the clause's last
    ",;:", at most _SUBJECT_REACH characters before the cue."""
    return _clause_opens(low, max(s, cue - _SUBJECT_REACH), cue, ",;:")


def _subject_words(low: str, start: int, cue: int) -> list[str]:
    """The words that name the subject between `start` and its cue (_NOT_NAMING)."""
    return _SUBJECT_WORD.findall(_NOT_NAMING.sub(" ", low[start:cue]))


def _clause_opens(low: str, s: int, at: int, marks: str = ",;:.!?\n") -> int:
    """Where the clause that runs to `at` opens, in the sentence opening at `s`: after its last mark of `marks`."""
    return max(s, *(low.rfind(c, s, at) + 1 for c in marks))


def told_in_letter(doc: Doc, span: Span) -> bool:
    """Whether the point is what a letter asks (_LETTER), told in its sentence or the next few of its paragraph
    (_LETTER_REACH), no sentence from the letter's to the point's naming a meeting: another occasion than the meeting
    ("Liên quan vụ việc, ngày 6/2, Thứ trưởng GD&ĐT Nguyễn Thị Nghĩa ký công văn gửi Sở GD&ĐT Hà Nội. ... | Bộ GD&ĐT
    yêu cầu Sở GD&ĐT Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc ..." in a report of the city's meeting). Not a letter
    that carries a leader's conclusions or orders (LETTER_CARRIES), nor one told with a meeting ("Sau cuộc họp, ...
    có văn bản gửi ...")."""
    low = doc.low
    if "văn" not in low and "công điện" not in low:
        return False  # (no letter named: most texts)
    at = span[0]
    sentences = _sentences(doc)
    index = bisect_right(_sentence_starts(doc), at) - 1
    if index < 0:
        return False
    para = sentences[index][2]
    for back in range(index, max(-1, index - _LETTER_REACH - 1), -1):
        s, e, its_para = sentences[back]
        if its_para != para:
            return False
        letter = None
        for letter in _LETTER.finditer(low, s, min(e, at) if back == index else e):
            pass
        if letter is not None:
            return not _MEETING_NAMED.search(low, s, e) and not LETTER_CARRIES.search(low, s, e) \
                and not _LETTER_AHEAD.search(low, _clause_opens(low, s, letter.start()), letter.start()) \
                and (back == index or _letters_voice(doc, (s, e, letter.start()), sentences[index][0], at))
        if back == index and _SPEAKER_NAMED.search(doc.text, s, at):
            return False
        if _MEETING_NAMED.search(low, s, at if back == index else e):
            return False
    return False


@lru_cache(maxsize=4)  # (dated_elsewhere asks it for every kept point of a report: found once a doc)
def _sentence_starts(doc: Doc) -> tuple[int, ...]:
    """Where each sentence of `_sentences(doc)` starts, in order."""
    return tuple(s for s, _, _ in _sentences(doc))


def _lead_end(doc: Doc, paragraphs: int = 2) -> int:
    """Where the title and the lead end: the article's first two lines (or as many as `paragraphs`)."""
    end = -1
    for _ in range(paragraphs):
        end = doc.text.find("\n", end + 1)
        if end < 0:
            return len(doc.text)
    return end


def _explains_draft(doc: Doc, sentences: list[tuple[int, int, int]], at: int) -> bool:
    """Whether the sentence of a point tells the passed draft's story (_EXPLAINS_DRAFT) or the law's content
    (_law_told), or the one before it in its paragraph does and this one goes on with its proposal by a bare modal:
    "... khi đề nghị không nên bình quân dàn đều ... . Cần tập trung hỗ trợ cho doanh nghiệp siêu nhỏ ..." (not the
    presiding body's own pledge after the deputies' views, "Ủy ban Thường vụ Quốc hội xin nghiêm túc tiếp thu ..., sẽ cùng với Chính phủ ... tiếp tục cải tiến
    ...", nor the resolution's own tasks, "Quốc hội giao Chính phủ ... quy định chi tiết ...")."""
    index = bisect_right(sentences, at, key=lambda sentence: sentence[0]) - 1
    if index < 0:
        return False
    start, end, para = sentences[index]
    if _EXPLAINS_DRAFT.search(doc.low, start, end):
        return True
    if _law_told(doc, sentences, index):
        return True
    if not index or sentences[index - 1][2] != para or not _GOES_ON_PROPOSAL.match(doc.low, start):
        return False
    return bool(_EXPLAINS_DRAFT.search(doc.low, sentences[index - 1][0], sentences[index - 1][1]))


#: the law's own content told at the sitting that passed it (directions_law_contents.txt): a sentence opening on the
#: law as the subject of a content verb ("verb": "Luật cũng quy định người thi hành công vụ có lỗi gây thiệt hại có
#: nghĩa vụ hoàn trả ...", "Luật trách nhiệm bồi thường của Nhà nước (sửa đổi) gồm 9 Chương, 78 Điều quy định ...";
#: not the title of an amending law, "Luật sửa đổi, bổ sung một số điều ...", nor "luật sư", nor the law as what is
#: to be done, a modal or an aim between it and the verb: "Luật Đầu tư công cần được hướng dẫn kịp thời để quy định rõ
#: ..."), or one opening on a provision named as new or notable ("provision": "Ngoài ra, một điểm đáng lưu ý là quy
#: định tạm ứng kinh phí bồi thường"; not "... phải quán triệt đầy đủ những điểm mới của Luật"); and what ends the
#: law's content told on: a leader or a person named asking or directing ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân yêu
#: cầu Chính phủ ...", "Bộ trưởng đề nghị ..."; not "cơ quan giải quyết bồi thường đề nghị cơ quan tài chính ..."), or
#: "cần" ("Các đơn vị cần ...")
@cache
def _law_tells() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(tagged("directions_law_contents.txt", "verb"), spaces=True)
    provisions = alternation(tagged("directions_law_contents.txt", "provision"), spaces=True)
    # (a bounded run of marks and numbers before it: from each of many semicolons an unbounded one was quadratic)
    opening = r"[\W\d]{0,10}(?:(?:theo\s+đó|bên\s+cạnh\s+đó|ngoài\s+ra|đồng\s+thời)\s*,\s*)?"
    return (re.compile(opening + r"(?:bộ\s+)?luật(?!\s+(?:sư|sửa\s+đổi)(?!\w))"
                       r"(?:\s(?:(?!(?<!\w)(?:cần|phải|nên|sẽ|được|để)(?!\w))[^.,;:!?\n]){0,80}?)?"
                       rf"\s+(?:(?:cũng|đã|còn)\s+)*(?:{verbs})(?!\w)"),
            re.compile(opening + r"(?:(?:một|những|các)\s+(?:trong\s+(?:những|các)\s+)?)?"
                       rf"(?:{provisions})(?!\w)"),
            re.compile(r"(?:" + _LEADER_WORDS + r"|(?<!\w)(?:ông|bà)\s+(?!con(?!\w))\w)[^.;!?\n]{0,80}?(?<!\w)"
                       r"(?:" + LEADER_ORDERS + r")(?!\w)|(?<!\w)cần(?!\s+thiết)(?!\w)"))


#: how many sentences of its paragraph before it a point's may go on with the law's content from
_LAW_GOES_ON = 3

#: the verbs by which a leader orders or asks, as one alternation for the rules that look for a leader's asking (a law's
#: content not carried past it, _law_tells; a petition a leader answers, attribution._LEADER_ASKS)
LEADER_ORDERS = r"yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao"


#: a sentence of the sitting's own decision, which no law's content carries on to: "Quốc hội giao Chính phủ ... quy
#: định chi tiết ...", "Quốc hội yêu cầu ..."
_SITTING_DECIDES = re.compile(r"(?<!\w)(?:quốc\s+hội|qh)(?:\s+(?:cũng|đã))*\s+(?:giao|yêu\s+cầu|cho\s+phép|"
                              r"quyết\s+nghị|đề\s+nghị)(?!\w)")


def _law_told(doc: Doc, sentences: list[tuple[int, int, int]], index: int) -> bool:
    """Whether the sentence at `index` tells the passed law's content (_law_tells), or goes on with it after one that
    does, at most _LAW_GOES_ON sentences before it in its paragraph: "Ngoài ra, một điểm đáng lưu ý là quy định tạm
    ứng kinh phí bồi thường. | Ngay sau khi thụ lý hồ sơ yêu cầu bồi thường, người giải quyết bồi thường có trách
    nhiệm xác định giá trị các thiệt hại ...", "Luật cũng quy định người thi hành công vụ có lỗi gây thiệt hại có nghĩa
    vụ hoàn trả ... | Trường hợp có nhiều người thi hành công vụ cùng gây thiệt hại thì ..." (not from the sitting's
    own decision on, _SITTING_DECIDES, nor from a leader's asking, "Luật cũng quy định .... | Chủ tịch Quốc hội
    Nguyễn Thị Kim Ngân yêu cầu Chính phủ ...")."""
    para = sentences[index][2]
    opens, names, ends = _law_tells()
    for back in range(index, max(-1, index - _LAW_GOES_ON - 1), -1):
        s, e, p = sentences[back]
        if p != para or _SITTING_DECIDES.search(doc.low, s, e):
            return False
        # (from the sentence's opening, or a clause's after a semicolon standing for its full stop: "... yêu cầu bồi
        # thường; Ngoài ra, một điểm đáng lưu ý là quy định tạm ứng kinh phí bồi thường")
        if any(opens.match(doc.low, c, e) or names.match(doc.low, c, e)
               for c in chain((s,), (m.end() for m in _SEMICOLON.finditer(doc.low, s, e)))):
            return True
        if ends.search(doc.low, s, e):
            return False
    return False


_GOES_ON_PROPOSAL = re.compile(r"[\"“]?(?:cần|phải|nên|không\s+nên|đồng\s+thời)(?!\w)")


#: a line of a list of tasks that opens on its bare verb (directions_list_verbs.txt), after a point of the same
#: paragraph: "Tiếp tục thực hiện tốt các chế độ, chính sách đối với người có công ... | Đặc biệt quan tâm các lĩnh vực
#: giáo dục đào tạo, y tế ...", "Thời gian tới, Bộ Quốc phòng sẽ bàn giao đất quốc phòng ... | Thanh tra, kiểm tra và
#: xử lý nghiêm các DN ..." (not a figure told: "Tăng 16% so với năm trước")
_LIST_VERB = re.compile(r"[-–+•*]?\s*" + _alt("directions_list_verbs.txt"))
#: (its first character taken first, from a set, the word's start asserted after it and each branch's rest after it: a
#: pattern led by a character set, which the engine skips ahead to, instead of trying every position)
_FIGURE_TOLD = re.compile(r"[\dsđlx](?<!\w[sđlx])(?:(?<=\d)\s*%|(?<=s)o\s+với(?!\w)|(?<=đ)ạt\s+\d|(?<=l)ên\s+\d"
                          r"|(?<=x)uống\s+\d)")


#: ... not a heading run into the sentence after it, a capitalised common word right after a lower-case one: "Đưa
#: ngành tôm thành ngành kinh tế mũi nhọn Kết luận hội nghị, Thủ tướng ...", "Không để mất uy tín với dân Một lần nữa
#: người đứng đầu ..." (a body's or the state's name is capitalised there too: "quản lý Nhà nước về thuế")
_RUN_IN = re.compile(r"(?<=[^\W\d_])\s+([^\W\d_]+)(?=\s+[^\W\d_])")
_CAPITALISED_NAMES = re.compile(r"(?:nhà\s+nước|chính\s+phủ|thủ\s+tướng|quốc\s+hội|đảng|trung\s+ương|nhân\s+dân|"
                                r"thành\s+ủy|tỉnh\s+ủy|tổng\s+bí\s+thư|chủ\s+tịch|hiến\s+pháp|luật|nghị)(?!\w)")


def _run_in_heading(doc: Doc, s: int, e: int) -> bool:
    """Whether [s, e) has a heading run into the sentence after it (_RUN_IN)."""
    for m in _RUN_IN.finditer(doc.text, s, e):
        word = m.group(1)
        if word[0].isupper() and word[1:].islower() and doc.text[m.start() - 1].islower() \
                and doc.text[m.end() + 1].islower() and is_vietnamese_syllable(word) and not is_surname(word) \
                and not is_place([word]) and not _BODY_WORD.match(doc.low, m.start(1)) \
                and not _CAPITALISED_NAMES.match(doc.low, m.start(1)):
            return True
    return False


def _list_run(doc: Doc, sentences: list[tuple[int, int, int]], index: int, spans: list[Span], follow_para: int) -> bool:
    """Whether the sentence at `index` is a bare-verb line of the list the point right before it opens or goes on."""
    s, e, para = sentences[index]
    if not index or not spans or para != follow_para or sentences[index - 1][2] != para:
        return False
    if spans[-1][1] <= sentences[index - 1][0]:
        return False  # the last point is not in the sentence right before
    if _unbalanced(doc.text[s:e], opening=False):
        return False  # (it closes a quotation, as _goes_on asks: “... Không để tái diễn”, ông nói)
    return _bare_line(doc, s, e)


def _bare_line(doc: Doc, s: int, e: int) -> bool:
    """Whether [s, e) opens on a list line's bare verb, telling no figure or past deed and running in no heading."""
    low = doc.low
    return bool(_LIST_VERB.match(low, s, e)) and not _PAST.search(low, s, e) \
        and not _FIGURE_TOLD.search(low, s, e) and not _run_in_heading(doc, s, e)


_SUBHEADING_WORDS = 12
#: (syllables: a heading of up to twenty glued after a sentence's full stop and before the next paragraph's opener, "...
#: không có đơn khiếu nại. Công dân đang chiếm giữ trái phép đất quốc phòng phải trả lại mặt bằng Về xử lý đơn khiếu
#: nại, ...", "... Hà Nội yêu cầu đánh giá lại hệ thống loa phường để quyết định "số phận" của hệ thống này Tại cuộc
#: họp, ...")
_GLUED_HEADING_WORDS = 20
#: a photo's credit, names in capitals, closing the sentence: "... Bí thư Đinh La Thăng đã yêu cầu sửa đổi ngay - Ảnh:
#: Ngọc Tiến" (not a credit a subheading follows: "Ảnh: TẤN LỘC Phải tháo tàu ra làm lại"); unlike _CREDIT_AT_END,
#: which cuts a credit of any words and length off a point's end, it asks for names in capitals only, since it tells a
#: caption from a glued subheading, whose first words are capitalised too
_CAPTION_CREDIT_ENDS = re.compile(r"(?:Ảnh|Nguồn)\s*:\s*(?:[" + _UPPER + r"]\S*+[\s/\-–]*+)++\)?$")


def _subheading(doc: Doc, sentences: list[tuple[int, int, int]], index: int) -> bool:
    """Whether the sentence is a subheading glued to the next sentence: no mark ends it, the next one starts at a glued
    opener in the same paragraph, and it is short ("... Đây là điểm nghẽn cần tháo gỡ. Bảo đảm an sinh xã hội vùng
    đồng bào dân tộc Vấn đề bảo đảm an sinh xã hội ...")."""
    s, e, para = sentences[index]
    if index + 1 >= len(sentences) or sentences[index + 1][2] != para:
        return False
    tail = doc.text[s:e].rstrip()
    if not tail or not (tail[-1].isalnum()):
        return False
    if _CAPTION_CREDIT_ENDS.search(tail):
        return False  # a photo's caption with its credit may tell the order: "... đã yêu cầu sửa đổi ngay - Ảnh: ..."
    size = len(tail.split())
    if size <= _SUBHEADING_WORDS:
        return True
    # (a longer one only between two sentences of a paragraph, glued on both sides: "... của đơn vị mình. 11 lĩnh vực
    # quan trọng cần ưu tiên bảo đảm an toàn thông tin mạng Ngày 10/5 vừa qua, ..."; a paragraph's first line whose
    # full stop was lost is as often the point itself)
    return size <= _GLUED_HEADING_WORDS and index > 0 and sentences[index - 1][2] == para


def _unmarked_line(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) is a short line no mark ends (_SUBHEADING_WORDS): a title, or a list's item."""
    line = doc.text[start:end].rstrip()
    return bool(line) and line[-1].isalnum() and len(line.split()) <= _SUBHEADING_WORDS


def _own_line_subheading(doc: Doc, sentences: list[tuple[int, int, int]], index: int) -> bool:
    """Whether the sentence is a subheading on a line of its own, as a site that keeps its subheadings writes them: a
    short line no mark ends, between a paragraph closed by a full stop and a paragraph of text ("... nên trong quá
    trình triển khai sẽ có nhiều vấn đề đặt ra. | Bộ GD&ĐT phải có hướng dẫn cụ thể, rõ ràng | Tại Hội nghị, ...") -
    a title over what follows, not a point. Not a list's item: no bullet opens it, no ":" closes the line before it
    and neither line beside it is an unmarked short line too ("Lợi nhuận trước thuế 255,6 tỷ đồng")."""
    s, e, para = sentences[index]
    if index == 0 or index + 1 >= len(sentences) or para in (sentences[index - 1][2], sentences[index + 1][2]):
        return False
    if not _unmarked_line(doc, s, e) or _BULLET.match(doc.text, s, e) or _ORDINAL.match(doc.low, s, e):
        return False
    if doc.text[sentences[index - 1][0]:sentences[index - 1][1]].rstrip()[-1:] not in ".!?…\"”":
        return False
    first = index - 1  # the paragraph before, from its first sentence
    while first > 0 and sentences[first - 1][2] == sentences[index - 1][2]:
        first -= 1
    last = index + 1  # the paragraph after, to its last sentence
    while last + 1 < len(sentences) and sentences[last + 1][2] == sentences[index + 1][2]:
        last += 1
    return not (_unmarked_line(doc, sentences[first][0], sentences[index - 1][1])
                or _unmarked_line(doc, sentences[index + 1][0], sentences[last][1]))


#: a speaker's words given first, then the speaker: "... mới có sự chuyển biến được”. Ông Nguyễn Thành Phong, Chủ tịch
#: UBND TP.HCM, đã nhấn mạnh như trên tại buổi làm việc ...", "...”- ông Trần Châu yêu cầu như vậy khi ..."
_SAID_SO = re.compile(r"(?<!\w)(?:nhấn\s+mạnh|khẳng\s+định|yêu\s+cầu|chỉ\s+đạo|nói|kết\s+luận|lưu\s+ý|phát\s+biểu|"
                      r"đề\s+nghị)\s+như\s+(?:trên|vậy)(?!\w)")
#: ... on an earlier occasion: "Chủ tịch VCCI ... từng nói như vậy khi được hỏi cách đây một năm"
_SAID_BEFORE = re.compile(r"(?<!\w)(?:từng|cách\s+đây|trước\s+đây|năm\s+ngoái|năm\s+trước)(?!\w)")
_QUOTE_CLOSE = re.compile(r"[”\"](?=[^”\"“]{0,160}$)")
#: ... or the speaker right after the closing quote, ending the sentence with a directive verb: "“Năm tới, chúng ta cần
#: làm việc với ... cần được chấn chỉnh”, Chủ tịch UBND Hà Nội nhấn mạnh." (the speaker a post or a name, no clause)
#: (the speaker's post may hold a comma, "”, Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng nhấn mạnh."; an agency's story
#: ends on "./.": "”- Bộ trưởng Phùng Xuân Nhạ nhấn mạnh./.")
#: (closed by a straight mark as often, dantri's way: "\"Nâng mức cảnh báo ... Tăng cường công tác kiểm tra, xử phạt.
#: ...\" - ông Dũng nhấn mạnh.", "\"Phải ngăn chặn rủi ro ...\" - ông Dũng nhấn mạnh.")
#: (a leader's "nhấn mạnh" may go on past the closing of the words: "”, ông Vượng nhấn mạnh việc đưa vào sản xuất,
#: kinh doanh xăng E5 có lợi ích lớn ...", "”, Thủ tướng nhấn mạnh và cho rằng cần phân cấp mạnh mẽ hơn ...")
#: (a dot inside a word of the post is no sentence end: "” - Chủ tịch UBND TP.HCM Nguyễn Thành Phong nhấn mạnh.")
_SAID_AFTER_QUOTE = re.compile(r"[”\"]\s*[,–-]+\s*" + lexicon.no_stop(r".;:“”\"\n") + r"{2,80}?\s"
                               r"(?P<verb>nhấn\s+mạnh|yêu\s+cầu|chỉ\s+đạo|kết\s+luận|lưu\s+ý|nêu\s+rõ|nói)"
                               r"(?:(?:\s+\w+){0,2}\s*(?:\./\.|[.!…])?\s*$|(?<=mạnh)(?P<more>\s+\w))")
#: ... of which the plain "nói" and "nêu rõ" count only when a leader closes on them: "\"GV giảng dạy lớp 6 năm học tới
#: phải rất tâm huyết ...\" - Thứ trưởng Độ nói.", "\"Phải hành động mau lẹ hơn nữa để thực hiện đúng lời hứa\", Thủ
#: tướng nói." (not a shareholder's, an expert's or a parent's words: "... phải tăng thêm\", cổ đông này nói.")
_SAID_PLAIN = re.compile(r"nêu\s+rõ|nói")
#: ... the verbs of an order given: the leader's quoted words are tasks wherever they say what must be done, not only
#: from their first words ("“... Theo tôi không nên để các hiệu trưởng tư cách đạo đức như thế ...”, ông Chung yêu
#: cầu.", "“... Hoàn thành và báo cáo Bộ Công Thương ngay trong tháng 2/2017”, Thứ trưởng Bộ Công Thương chỉ đạo.",
#: "“... Nếu có vướng víu gì thì phải báo cáo lên cấp trên ...”, Thứ trưởng kết luận.")
_ORDERS = re.compile(r"yêu\s+cầu|chỉ\s+đạo|kết\s+luận")
_QUOTE_REACH = 1500  # how far back the opening quote of such words is looked for
#: a quoted sentence that sets a task from its first words: "Chúng ta phải xử lý nghiêm khắc ...", "Phải phân tích rõ
#: ...", "Các địa phương cần ...", "Đề nghị trong vòng 1 tháng ..." (not a condition: "Nếu ... thì phải ...")
_QUOTED_HEAD = 40  # characters before the modal, no clause break among them
#: ... (or its head a subject listed with commas, every member a few words, after a word that counts them: "Các bộ,
#: ngành, địa phương phải bám vào đây để tháo gỡ ...", "Mỗi cán bộ, đảng viên, công chức, viên chức và người lao động
#: phải nghiêm túc nghiên cứu ...")
#: (the count may be a number of them: "Cả ba khu vực nông nghiệp, công nghiệp, dịch vụ phải thực hiện cho được ...")
#: ... or bodies named one by one, every member led by a body's word (_BODY_WORD), one maybe singled out ("đặc biệt
#: là"): "Ban Tuyên giáo T.Ư, Bộ TT-TT, Hội Nhà báo phải phối hợp tốt ...", "Chính phủ và các cấp, ngành, đặc biệt là
#: Bộ Nông nghiệp và Phát triển nông thôn phải nhanh chóng tìm được câu trả lời ..."
_LISTED_MEMBER = r"(?:(?:đặc\s+biệt|nhất)\s+là\s+)?" + _BODY_WORD.pattern + r"(?:\s+[^\s,;:!?]+){0,3}"
_LISTED_SUBJECT = re.compile(r"(?:(?:các|mỗi|mọi|tất\s+cả(?:\s+các)?|toàn\s+thể|cả\s+(?:hai|ba|bốn|năm))\s+"
                             r"(?!(?:tháng|năm|tuần|ngày|lần|khi|thứ|bạn)(?!\w))[^\W\d]+(?:\s+[^\W\d]+){0,3}"
                             r"(?:\s*,\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}){1,6}"
                             r"|" + _BODY_WORD.pattern + r"(?:\s+[^\s,;:!?]+){0,3}(?:\s*,\s*" + _LISTED_MEMBER + r"){1,6})"
                             r"(?:\s+(?:và|cùng)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3})?\s+(?=(?:cần|phải|nên|hãy)(?!\w))")
#: ... but not a modal that only names the things to do: "Chúng ta còn rất nhiều việc phải làm, thậm chí ..."
_THINGS_TO_DO = re.compile(r"(?<!\w)(?:nhiều|những)\s+(?:công\s+)?việc\s+$")
_QUOTED_DIRECTIVE = re.compile(r"(?<!\w)(?:đề\s+nghị|yêu\s+cầu)(?!\w)")
_QUOTED_WHEN = re.compile(r"(?:trong\s+)?(?:" + _AHEAD + r")\s*,\s*")
#: ... but not a judgement told in the words a straight mark closes or that open on an action verb: "Đây là giải pháp
#: cần được thực hiện ...", "Điều đó đòi hỏi Bộ TT&TT cần tiếp tục ...", "Người dân cần những cán bộ nói là làm ..."
#: ("cần" as need, before a noun), "Đổi mới rất khó, ..." (the action the subject of a statement)
_QUOTED_JUDGED = re.compile(r"(?:đây|đó|điều\s+(?:đó|này)|việc\s+này)\s+(?:là|chính\s+là|đòi\s+hỏi)(?!\w)"
                            r"|[^,;:]{0,30}?(?<!\w)cần\s+(?:những|một|có\s+những)(?!\w)"
                            r"|tôi\s+(?:nói|nghĩ|tin|cho\s+rằng)(?!\w)")  # "Tôi nói các đồng chí phải hiểu rằng ..."
_ACTION_JUDGED = re.compile(r"\s*(?:rất|là|không|thì|đã|cũng)(?!\w)")
#: ... or a body told first, then what it is to do, no modal between: "“Các tỉnh rà soát kỹ lưỡng, bảo đảm không còn
#: người dân nào ...”, Phó Thủ tướng Thường trực nêu rõ", "“Ngân hàng CSXH cùng các địa phương hoàn thiện thể chế ...” -
#: Phó Thủ tướng lưu ý", "“Các Bộ Tài nguyên & môi trường, Xây dựng phối hợp với các địa phương ...”, Phó thủ tướng nhấn
#: mạnh" (the body a body's word or a counted one, not a time: "Mỗi năm ..."); the action within _QUOTED_BODY_REACH
#: characters of it, nothing told, done, judged or planned between, nor the speaker's side ("Các doanh nghiệp đã đầu tư
#: ...", "Bộ LĐTB&XH rất quan trọng, trực tiếp thực hiện ...", "Các km còn lại chúng tôi dự kiến đến cuối năm 2017 sẽ
#: hoàn thành")
_QUOTED_BODY = re.compile(r"(?:" + _BODY_NAMED.pattern + r"|(?:các|mỗi|mọi)\s+(?!(?:tháng|năm|tuần|ngày|lần|khi|thứ|bạn|"
                          r"việc|điều|vấn\s+đề)(?!\w))\w+)")
_QUOTED_BODY_REACH = 50
_QUOTED_BODY_NOT = re.compile(r"(?<!\w)(?:là|thì|không|chưa|đã|đang|được|bị|cũng|nếu|khi|vẫn|có|còn|sẽ|dự\s+kiến|tôi|rất|"
                              r"chúng|ta)(?!\w)|[.;:!?“”\"]")
#: ... and only when a leader closes on them (a head of a government, a party committee, a ministry, a department; not
#: an expert): "\"...\" - Bộ trưởng Nguyễn Văn Thể yêu cầu.", or "- ông Dũng nhấn mạnh." where the article names him
#: by such a post ("Chủ tịch UBND tỉnh Nguyễn Đức Dũng")
_LEADER_WORDS = (r"(?<!\w)(?:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|bí\s+thư|chủ\s+nhiệm|người\s+đứng\s+đầu|"
                 r"(?:tổng\s+)?cục\s+trưởng|vụ\s+trưởng|trưởng\s+ban|giám\s+đốc\s+(?:sở|công\s+an)|chánh\s+văn\s+phòng|"
                 r"lãnh\s+đạo\s+(?:tỉnh|thành\s+phố|tp|bộ|ubnd))(?!\w)")
_LEADER_SPEAKER = re.compile(_LEADER_WORDS)
#: a leader's view told in the sentences before, by "Theo <post>," or "<post> ... cho rằng": the reason a leader gives
#: for the task the next sentence draws from it ("Thủ tướng cho rằng, những chỉ đạo này chưa thấm sâu ... | Vì vậy, cần
#: làm cho mọi cấp mọi ngành ... hiểu rõ về biến đổi khí hậu"); not a post set after a person's name, who may be any
#: participant ("Anh ..., Bí thư Đoàn Trường ..., cho rằng, ... | Vì vậy, cần tập trung đầu tư ...")
_LEADER_VIEW = re.compile(r"(?:(?<!\w)theo\s+(?:phó\s+)?" + _LEADER_WORDS + r"|(?<![,–-]\s)(?:phó\s+)?" + _LEADER_WORDS
                          + r"(?:\s+[^\s,.;:!?\"“”]+){0,6}?\s*,?\s+(?:cũng\s+)?(?:cho\s+rằng|nhận\s+định|nhấn\s+mạnh|chỉ\s+rõ"
                          r"|nêu\s+rõ)(?!\w))")
#: the sentences before it in which it may be told: the one right before (not past another's view: "Thủ tướng cho rằng
#: ... Tuy nhiên, các chuyên gia lo ngại ... | Vì vậy, cần thận trọng ...")
_VIEW_BACK = 1
_VIEW_REACH = 150  # characters from the start of the sentence before in which the leader's view is told
#: the task drawn from it: "Vì vậy," / "Do đó," and a modal, a short subject before it ("Vì vậy, TP cần nâng cao ...")
_DRAWN_TASK = re.compile(r"(?:vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy|từ\s+đó)\s*,\s*"
                         r"(?P<task>(?:[^\s,.;:!?\"“”]+\s+){0,3}?(?:cần|phải)\s+\w)")


def _leader_reasoned(doc: Doc, sentences: tuple[tuple[int, int, int], ...], index: int) -> int | None:
    """Where the task starts that a sentence draws, by "Vì vậy," / "Do đó," and a modal, from a leader's view told in
    one of the _VIEW_BACK sentences before it in its paragraph ("Tổng Bí thư cho rằng, động lực tinh thần ... | Do đó,
    phải làm cho các cấp ủy ... nhận thức rõ ..."); None otherwise (not a participant's reasoning: a post that leads is
    named)."""
    s, e, para = sentences[index]
    low = doc.low
    drawn = _DRAWN_TASK.match(low, s, e)
    if not drawn or index == 0 or sentences[index - 1][2] != para:
        return None
    if _PAST.search(low, drawn.start("task"), e):
        return None
    for s0, e0, para0 in sentences[max(0, index - _VIEW_BACK) : index][::-1]:
        if para0 != para or doc.text[s0 : s0 + 1] in "\"“‘«":
            return None
        if _LEADER_VIEW.search(low, s0, min(e0, s0 + _VIEW_REACH)):
            return drawn.start("task")
    return None


#: ... opening a clause after a text's content (_speaker_between): "..., vì vậy Bộ trưởng đề nghị", "... nên ông Bình"
_SPEAKER_CLAUSE = re.compile(_LINKED + r"\s*(?:,\s*)?(?:(?:ông|bà)\s+(?!con(?!\w))\w|(?:phó\s+)?" + _LEADER_WORDS + ")")
#: a contrast opening the sentence before "Theo X,", X a leader by post or a person named: the speaker's point set
#: against what was told before it, "Tuy nhiên, theo Thứ trưởng Trần Thanh Nam, các nhà máy đường cũng phải đầu tư công
#: nghệ mới ...", "Tuy nhiên, theo ông Nguyễn Đức Chung, kế hoạch đánh chuyển, di dời hoặc chặt hạ phải đảm bảo nhiều
#: yếu tố ..." (_cue_start; not a source of another kind, whose view a contrast brings in as often: "Tuy nhiên, theo các
#: diễn giả, ...", "Song, theo một số thành viên đoàn giám sát, ...", "Còn theo đội viên ...", "Tuy nhiên, theo UB
#: TCNS, ...")
_CONTRAST_THEN_SOURCE = re.compile(r"(?:tuy\s+nhiên|song|nhưng|còn)\s*,?\s*(?=(?:cũng\s+)?theo\s+(?:(?:ông|bà)(?!\w)|"
                                   + _LEADER_WORDS + r"))")
_HONORED = re.compile(r"(?:ông|bà)\s+(\w+)\s*$")
#: a post that a name after it may hold: the post, then up to 60 characters of its sentence (asked of the text up to the
#: white space before the name) ...
_POST_THEN = re.compile(_LEADER_WORDS + r"[^.;:\n]{0,60}?\Z")
_POST_REACH = 120  # (how far back the post and its 60 characters can start: not from the text's start each time)
#: ... or one right after the name: "ông Nguyễn Đình Lâm - Chủ tịch PVcomBank cho hay"
_THEN_POST = re.compile(r"\s*[-–,(]\s*(?:phó\s+)?" + _LEADER_WORDS)
_SPACE, _WORD_CHARACTER = re.compile(r"\s"), re.compile(r"\w")


def _leader_closes(doc: Doc, speaker: str) -> bool:
    """Whether the speaker named after the closing mark is a leader: by their post there, or, named "ông / bà" and a
    given name, by a post the article puts before that name."""
    if _LEADER_SPEAKER.search(speaker):
        return True
    named = _HONORED.search(speaker.strip(" -–,"))
    if not named:
        return False
    # (the post before the name or right after it: "ông Nguyễn Đình Lâm - Chủ tịch PVcomBank cho hay"), where the given
    # name is written: what one regex made of the post, the name and the post again would find, with none compiled
    # for each name
    low, given = doc.low, named.group(1)
    at = low.find(given)
    while at >= 0:
        end = at + len(given)
        if at and _SPACE.match(low, at - 1) and not _WORD_CHARACTER.match(low, end) \
                and _POST_THEN.search(low, max(0, at - 1 - _POST_REACH), at - 1) \
                or not (at and _WORD_CHARACTER.match(low, at - 1)) and _THEN_POST.match(low, end):
            return True
        at = low.find(given, at + 1)
    return False


def _quoted_before(doc: Doc, sentences: list[tuple[int, int, int]], index: int
                   ) -> tuple[list[Span], bool] | None:
    """When the sentence at `index` gives the speaker of the words quoted just before it ("... như trên / như vậy"),
    the quoted sentences that set a task from their first words, as regions (quote marks left out), and whether the
    words are only said after the quote (_SAID_PLAIN: "..., ông Huệ nói"); None when it does not or none do."""
    s, e, _ = sentences[index]
    low = doc.low
    lo = max(0, s - _QUOTE_REACH)
    if (low.find("”", s, e) >= 0 or low.find('"', s, e) >= 0) and (after := _SAID_AFTER_QUOTE.search(low, s, e)):
        close = after  # “... cần được chấn chỉnh”, Chủ tịch UBND Hà Nội nhấn mạnh.
        ordered = bool(_ORDERS.match(after.group("verb")))
        stressed = True
        # (a straight closing mark, or a quoted sentence opening on an action, counts only for a leader's words)
        straight = doc.text[after.start()] == '"'
        leader = _leader_closes(doc, low[after.start() + 1:after.start("verb")])
        if (straight or _SAID_PLAIN.match(after.group("verb")) or after.group("more")) and not leader:
            return None
    else:
        if low.find("như", s, e) < 0 or low.find("trên", s, e) < 0 and low.find("vậy", s, e) < 0:
            return None  # (words _SAID_SO must find in the sentence: most have none; a substring test spares the regex)
        said = _SAID_SO.search(low, s, e)
        if not said:
            return None
        close = _QUOTE_CLOSE.search(doc.text, max(lo, said.start() - 170), said.start())
        # (the words before may be another's: "Trước câu hỏi tại sao Phó Thủ tướng chỉ đạo như vậy ...")
        ordered = stressed = straight = leader = False
    if not close or _SAID_BEFORE.search(doc.low, s, e):
        return None
    opening = max(doc.text.rfind("“", lo, close.start()), doc.text.rfind('"', lo, close.start()))
    if opening < 0 or doc.text.rfind("”", opening, close.start()) >= 0:
        return None
    if straight and not doc.text[opening + 1:opening + 2].isupper():
        return None  # (a quote opening in lower case goes on with the writer's sentence: "... thực hiện tốt Nghị quyết
        # Trung ương 5. \"phải làm sao kinh tế tư nhân ...\", Thủ tướng nhấn mạnh.")
    tasks = _quoted_tasks(doc, sentences[: index + 1], opening, close.start(), leader, straight, ordered)
    only_said = stressed and bool(_SAID_PLAIN.match(close.group("verb")))
    if only_said:
        # (words only said, not stressed: a must told as a habit, a reason or a condition is the speaker's view, "Tôi có
        # ngồi đây thì cũng phải cầm cán cân ...", "Vì phát triển bền vững phải dựa trên 3 trụ cột", nor one whose
        # subject is a deed, "Việc lớn phải bắt đầu từ việc nhỏ")
        tasks = [(a, b) for a, b in tasks if not _PLAIN_VIEW.match(low, a, b)
                 and not _PLAIN_HEAD.search(low, a, (m.start() if (m := _patterns().modal.search(low, a, b)) else a))]
    return (tasks, only_said) if tasks else None


#: quoted words only said (_SAID_PLAIN) that open on a deed, a thing, the speaker or a case as their subject: "Việc lớn
#: phải bắt đầu từ việc nhỏ", "Đây cũng là vấn đề phải cân nhắc", "Với một cây phải bỏ mất chục triệu ..."
_PLAIN_VIEW = re.compile(r"(?:việc|điều|cái|tôi|đây|đó|với)(?!\w)")
#: ... or with a habit, a reason, a condition, a contrast or a view before their modal (as _NOT_ORDERED, and "thì",
#: "nhưng", "nên", "thấy": "Sân bay ở trong thành phố nhưng phải đi trước vài tiếng", "Chúng tôi cũng thấy cần phải làm
#: mạnh hơn nữa"), or the speaker's own side telling what it does ("Nhiều địa điểm nhạy cảm chúng tôi phải gắn camera")
_PLAIN_HEAD = re.compile(r"(?<!\w)(?:" + _NOT_ORDERED_WORDS + r"|thì|nhưng|nên|thấy|chúng\s+tôi)(?!\w)")


def _body_then_acts(low: str, a: int, b: int) -> bool:
    """Whether the quoted sentence low[a:b] opens on a body (_QUOTED_BODY) and, a few words on, the action it is to
    take (_patterns().action), nothing told, done or judged between (_QUOTED_BODY_NOT)."""
    body = _QUOTED_BODY.match(low, a, b)
    if not body or _patterns().noun.match(low, body.end() - len(body.group().split()[-1])):
        return False  # (not a title of measures: "“Các giải pháp tăng cường kiểm soát chất lượng đào tạo luật”")
    action = _patterns().action
    for word in _WORD_START.finditer(low, body.end(), min(b, body.end() + _QUOTED_BODY_REACH)):
        if _QUOTED_BODY_NOT.search(low, body.end(), word.start()):
            return False
        if (act := action.match(low, word.start(), b)) and not _ACTION_JUDGED.match(low, act.end(), b):
            return True
    return False


def _quoted_tasks(doc: Doc, sentences: list[tuple[int, int, int]], opening: int, close: int, leader: bool,
                  straight: bool, ordered: bool) -> list[Span]:
    """The quoted sentences (the quotation opening at `opening`, closing at `close`) that set a task from their first
    words, as regions (quote marks left out); `leader`: a leader's words, whose imperative verb first is a task too;
    `ordered`: an order's words, whose condition counts too."""
    p, low = _patterns(), doc.low
    out = []
    for s2, e2, _ in sentences:
        a, b = max(s2, opening + 1), min(e2, close)
        if a >= b:
            continue
        while a < b and not low[a].isalnum():
            a += 1
        # (a connector first, the speaker going on: "Ngoài ra, chủ tàu cũng phải có trách nhiệm cùng tham gia giám sát")
        opener = _CONNECTOR_OPEN.match(low, a, b) if out else None
        a = opener.end() if opener else a
        when = _QUOTED_WHEN.match(low, a, b)  # "Năm tới, chúng ta cần ...": the time first, then the task
        a = when.end() if when else a
        listed = _LISTED_SUBJECT.match(low, a, b)  # "Các bộ, ngành, địa phương phải ...": the commas list the subject
        at = listed.end() if listed else a
        modal = _modal_or_charged(low, at, min(b, at + (10 if listed else _QUOTED_HEAD + 10)))
        head = low[a:modal.start()] if modal else ""
        task = (modal and (listed or modal.start() - a <= _QUOTED_HEAD and not re.search(r"[,;:]", head))
                and not _THINGS_TO_DO.search(head)) or _QUOTED_DIRECTIVE.match(low, a, b)
        if not task and leader and (act := p.action.match(low, a, b)) and not _ACTION_JUDGED.match(low, act.end(), b):
            task = True  # "“... Triển khai tiêm vắc xin ... đúng tiến độ ...", ông Long nhấn mạnh.": an imperative verb
            # first in the words the leader closes on
        if not task and leader and _body_then_acts(low, a, b):
            task = True  # "“Các tỉnh rà soát kỹ lưỡng, ...”, Phó Thủ tướng Thường trực nêu rõ."
        if task and straight and _QUOTED_JUDGED.match(low, a, b):
            task = False
        if task and not _CONSEQUENCE.match(low, a, b) and not _PAST.search(low, a, modal.start() if modal else a):
            out.append((a, b))
        elif ordered and ((modal := _modal_or_charged(low, a, b)) and not _PAST.search(low, a, modal.start())
                          or p.action.match(low, a, b)):
            # (an order: its condition too, "Nếu ai sử dụng xe công đi lễ, ... phải xử lý ..."; from its directive verb
            # when it has one: "Riêng về an ninh trật tự, yêu cầu đồng chí Trưởng Công an quận ...")
            directive = _QUOTED_DIRECTIVE.search(low, a, modal.start() if modal else b)
            out.append((directive.start() if directive else a, b))
        elif out and not _NOT_ORDERED.match(low, out[-1][0]) \
                and (case := _case_task(low, a, b, quoted=True)) is not None:
            out.append((case, b))  # the task for a case after a task of the same words: “Tinh thần là phải chuyển
            # lời nói thành hành động. ... Nếu có thanh tra đột xuất thì không được thanh tra mở rộng. ...” (not after
            # a reason: “Do phải chờ kết quả kiểm định ... Khi đó, ... bên nào thì phải chịu trách nhiệm ...”)
    return out


#: a leader's words quoted after the cue and a colon: "Thủ tướng nói: “Tinh thần là phải chuyển lời nói thành hành
#: động. ...", "Chủ tịch Trung Quốc Tập Cận Bình nói: \"Các vấn đề quốc tế cần được giải quyết ..." (the speaker in the
#: clause before the verb, no comma between; "khẳng định / cho rằng / phát biểu: “..." bring participants' and
#: judgements' words as often, and are left out)
_SAYS_QUOTED = re.compile(r"(?P<speaker>[^,;:“”\"\n]{2,80}?)\s(?P<verb>nói|nhấn\s+mạnh|yêu\s+cầu|chỉ\s+đạo|kết\s+luận|"
                          r"lưu\s+ý)(?:\s+(?:thêm|rõ|lại))?\s*:\s*(?P<mark>[“\"])")


#: the first word of each of _SAYS_QUOTED's verbs, one of which every match holds
_SAYS_QUOTED_WORDS = ("nói", "nhấn", "yêu", "chỉ", "kết", "lưu")
#: a colon then an opening quote mark, which every match of _SAYS_QUOTED holds (a cheap first look)
_COLON_QUOTE = re.compile(r":\s*[“\"]")


#: "ông Huỳnh Cách Mạng" told by the given name alone, as a post before it is looked for (_leader_closes)
_FULL_NAME = re.compile(r"(?<!\w)((?:ông|bà)\s+)(?:\w+\s+){1,3}(?=\w+\s*$)")


def _quoted_after(doc: Doc, sentences: list[tuple[int, int, int]], index: int) -> list[Span] | None:
    """When the sentence at `index` opens a leader's quotation after the cue and a colon, the quoted sentences of its
    paragraph that set a task from their first words (as _quoted_before takes them); None when it does not or none do.
    Not words said before, told with a past tense ("Phó Thủ tướng đã nói: “...")."""
    s, e, para = sentences[index]
    low = doc.low
    if not _COLON_QUOTE.search(low, s, e):  # (every match of _SAYS_QUOTED holds one; most sentences none)
        return None
    if not any(low.find(word, s, e) >= 0 for word in _SAYS_QUOTED_WORDS):
        return None  # (every match of _SAYS_QUOTED holds its verb's first word: its lazy speaker is tried everywhere)
    said = _SAYS_QUOTED.search(low, s, e)
    if not said or _PAST.search(low, said.start("speaker"), said.start("verb")) \
            or not _leader_closes(doc, _FULL_NAME.sub(r"\1", said.group("speaker"))):
        return None
    opening = said.start("mark")
    end = doc.text.find("\n", opening)
    end = len(doc.text) if end < 0 else end
    # (closed by the first mark of either kind, or one opening another quotation: crawled text mixes them, "Ông Chung
    # nói: \"Chúng ta phải xác minh ... và phải phê bình”"; a quotation left open runs to its paragraph's end)
    close = min([at for at in (doc.text.find(mark, opening + 1, end) for mark in "”\"“") if at >= 0] or [end])
    inside = list(itertools.takewhile(lambda sentence: sentence[2] == para and sentence[0] < close,
                                      itertools.islice(sentences, index, None)))
    # (only a sentence with its modal or directive near its start, not one opening on a bare verb, which may be the
    # speaker's own pledge on taking office: "... ông Đỗ Đức Duy nói: “Tiếp tục đổi mới, tăng cường hiệu lực ...";
    # its judgements left out, whatever its marks: "Đây là một trong những nguyên nhân phải đẩy mạnh ...")
    return _quoted_tasks(doc, inside, opening, close, False, True, bool(_ORDERS.match(said.group("verb")))) or None


def _closes_quote(doc: Doc, sentences: list[tuple[int, int, int]], index: int, last_point: int) -> int | None:
    """Where the quotation that the sentence at `index` closes ends (its closing mark), when it opened in the same
    paragraph in a sentence that set out a point (the last point, at `last_point`, is in or after that sentence): the
    speaker's words told over several sentences, the last one with the closing mark and the speaker after it ("Ông
    Huỳnh Cách Mạng đề nghị: “Lãnh đạo huyện phải đi cơ sở, ... Khi đi cơ sở thì tăng cường cả công tác tiếp dân
    ...”.", "“Khi tổ chức kiểm điểm đề nghị tập đoàn tổng công ty mời thêm ... Hoàn thành và báo cáo Bộ Công Thương
    ngay trong tháng 2/2017”, Thứ trưởng Bộ Công Thương chỉ đạo."); None otherwise (another speaker's quotation)."""
    text = doc.text
    s, e, para = sentences[index]
    close = text.find("”", s, e)
    # (opened with a curly or a straight mark: crawled text mixes them, "... khẳng định: "Chính phủ ... phải ...”")
    opening = max(text.rfind("“", 0, s), text.rfind('"', 0, s))
    if close < 0 or opening < 0 or text.find("”", opening, s) >= 0 or text.find("“", s, close) >= 0 \
            or text.find('"', s, close) >= 0:
        return None
    if _PROPOSED.search(doc.low, close, e):
        # the speaker after it puts forward a proposal: “... Xây dựng một hệ thống giám sát ...”, ông Quang kiến nghị
        return None
    for s2, _, para2 in reversed(sentences[:index]):
        if para2 != para:
            return None
        if s2 <= opening:
            return close if last_point >= s2 else None
    return None


#: a participant's verbs, naming the speaker after a quotation: they propose or share, they do not direct
_PROPOSED = re.compile(r"(?<!\w)(?:kiến\s+nghị|đề\s+xuất|chia\s+sẻ|bày\s+tỏ|trăn\s+trở|tâm\s+sự|kể|phản\s+ánh)(?!\w)")


def _announces(doc: Doc, s: int, e: int) -> bool:
    """Whether a sentence ends by announcing directions it does not give: a directive or speech verb and a direction
    noun, then at most a few words ("nhấn mạnh những nhiệm vụ trong thời gian tới."); the points follow. Not when
    the verb is used as a noun ("đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới")."""
    m = _patterns().announce.search(doc.low, s, e)
    return bool(m) and not _is_noun_use(doc, m.start("verb"), m.end("verb"))


def _list_line(doc: Doc, s: int, e: int) -> bool:
    """Whether a line can be one point of a list: a bullet, or (HTML list items lose theirs) an action verb first."""
    return bool(_BULLET.match(doc.text, s, e) or _patterns().action.match(doc.low, s, e))


def _opens_bullets(doc: Doc, sentences: list[tuple[int, int, int]], index: int) -> bool:
    """Whether a sentence with a cue introduces the bulleted lines that follow it: it ends its paragraph with ':',
    or it is a short heading line naming directions ("Phương hướng, nhiệm vụ năm 2024")."""
    s, e, para = sentences[index]
    if index + 1 >= len(sentences) or sentences[index + 1][2] == para:
        return False
    s2, e2, _ = sentences[index + 1]
    if not (_list_line(doc, s2, e2) or _ORDINAL.match(doc.low, s2, e2)):
        return False
    if doc.text[s:e].rstrip().endswith(":"):
        return True
    alone = index == 0 or sentences[index - 1][2] != para
    return alone and (bool(_BULLET.match(doc.text, s2, e2)) or bool(_ORDINAL.match(doc.low, s2, e2))) and len(_WORD.findall(doc.text, s, e)) <= _HEADING_WORDS and bool(_patterns().noun.search(doc.low, s, e))


#: a photo's credit or a source closing a point, with its dash or bracket: "... sửa đổi ngay - Ảnh: Ngọc Tiến", "... trong
#: năm 2017. (nguồn: BNG)"; any words up to 40 characters, unlike _CAPTION_CREDIT_ENDS (names in capitals, to tell a
#: caption from a glued subheading): a point's end is cut here, its words whatever case they are in
#: (in brackets, the credit may be initials with their dots: "... trên sàn UPCoM (Ảnh: N.H)")
_CREDIT_AT_END = re.compile(r"(?<![\s.])[\s.]*(?:[-–—]?\s*\(?(?:[Ảả]nh|[Nn]guồn)\s*:[^.;:()\n]{1,40}\)?|"
                            r"\s*\((?:[Ảả]nh|[Nn]guồn)\s*:[^;:()\n]{1,40}\))\s*$")
_CAPS = "[" + lexicon.UPPER + "]"
_LOWER = "[" + lexicon.LOWER + "]"
#: ... or opening it, where the credit's end can be told: capitals ("Ảnh: TẤN LỘC", "Ảnh: CTV"), an agency's with a
#: slash or a dash and a name ("Ảnh: VGP/ Quang Hiếu", "Ảnh: Phương Hoa - TTXVN")
_CREDIT_AT_START = re.compile(
    r"\(?(?:Ảnh|Nguồn)\s*:\s*(?:" + _CAPS + r"{2,}(?:\s+" + _CAPS + r"{2,})*(?:\s*[/\-–]\s*" + _CAPS + _LOWER + r"+(?:\s+"
    + _CAPS + _LOWER + r"+)?)?|(?:" + _CAPS + _LOWER + r"+\s+){1,3}[-–]\s*" + _CAPS + r"{2,})\)?\s+(?=[\"“]?" + _CAPS + r")")
#: a point that opens on a view or a courtesy ("cho rằng ...", "đánh giá cao ...", "hoan nghênh ...") sets nothing out
#: unless something in it does (_SETS_OUT: "cho rằng các tranh chấp ... cần được giải quyết"); not "khẳng định", which
#: may commit ("khẳng định, Chính phủ Việt Nam tạo mọi điều kiện thuận lợi cho doanh nghiệp")
_OPINION_OPEN = re.compile(r"(?:cho\s+rằng|nhận\s+định|đánh\s+giá\s+cao|bày\s+tỏ|hoan\s+nghênh|cảm\s+ơn|chúc\s+mừng|"
                           r"ghi\s+nhận)(?!\w)")
#: ... its verb, no part of the point it keeps: "cho rằng, các cơ quan báo chí phải tự thấy được điều này ...", nor the
#: frame after it (_SET_IN: "nhất trí cho rằng trong bối cảnh tình hình diễn biến phức tạp, | hai nước cần ...")
_VIEW_LEAD = re.compile(r"cho\s+rằng(?!\w)(?!\s*(?:[.;:]|(?:là|và|của|này|đó)(?!\w)))\s*,?\s*(?:" + _SET_IN + r")?")
_SETS_OUT = re.compile(r"(?<!\w)(?:cần|phải|nên|sẽ|sẵn\s+sàng|tiếp\s+tục|đề\s+nghị|yêu\s+cầu)(?!\w)")
#: ... nor does a "sẽ" that is only foreseen: after the speaker's confidence ("bày tỏ tin tưởng rằng cộng đồng người
#: Việt tại Nga và cộng đồng người Nga tại Việt Nam sẽ phát huy vai trò là cầu nối ...") or with the visit or meeting
#: itself as its subject, the effect it is to have ("Hai nhà lãnh đạo nhất trí cho rằng, chuyến thăm Nga của Chủ tịch
#: nước Việt Nam sẽ tạo xung lực mới ...", "đánh giá cao chuyến thăm ..., nhấn mạnh chuyến thăm sẽ tạo định hướng phát
#: triển ..."); not a hope put to the guest, who is to act ("bày tỏ hy vọng ..., ông Akihiko Tanaka sẽ thúc đẩy quan hệ
#: ...")
_FORESEEN = re.compile(r"(?<!\w)(?:tin\s+tưởng|tin\s+rằng|tin\s+chắc|niềm\s+tin|chuyến\s+(?:thăm|công\s+tác)|"
                       r"cuộc\s+(?:gặp|hội\s+đàm|hội\s+kiến|tiếp)|hội\s+nghị|buổi\s+làm\s+việc)(?!\w)"
                       r"[^.;:!?]{0,120}?(?<!\w)sẽ(?:\s+tiếp\s+tục)?(?!\w)")


def _only_foreseen(low: str, start: int, end: int) -> bool:
    """Whether every word of a view that would set something out is a "sẽ" only foreseen (_FORESEEN)."""
    foreseen = [m.span() for m in _FORESEEN.finditer(low, start, end)]
    return bool(foreseen) and all(any(a <= m.start() and m.end() <= b for a, b in foreseen)
                                  for m in _SETS_OUT.finditer(low, start, end))


#: a wish with no subject, its verb right after "mong muốn" (directions_own_wishes.txt): what the speaker's own side
#: wants, mostly at talks and visits ("Nhật Bản coi trọng và mong muốn thúc đẩy hơn nữa quan hệ Đối tác chiến lược
#: sâu rộng Việt Nam – Nhật Bản", "Việt Nam mong muốn xây dựng quan hệ làm việc tốt với chính quyền ...", "Ông cho biết
#: thành phố Rotterdam cũng mong muốn mở rộng quan hệ hợp tác nhiều mặt ..."), not a task set for others, who are named
#: after the verb when it is one ("Thủ tướng mong muốn Đại học Việt Nhật cần hướng đến ...", "mong muốn Hoa Kỳ phát huy
#: ...")
_WISHED = re.compile(r"(?<!\w)mong\s+muốn\s*,?\s*$")
_WISH_REACH = 16


@cache
def _own_wish() -> re.Pattern[str]:
    return re.compile(_alt("directions_own_wishes.txt"))


def own_wish(doc: Doc, span: Span) -> bool:
    """Whether a point is a wish with no subject right after "mong muốn": "... mong muốn | thúc đẩy hơn nữa quan hệ với
    Việt Nam". (Told apart after attribution, so that what goes on from a participant's wish is still set aside.)"""
    start, end = span
    return bool(_WISHED.search(doc.low, max(0, start - _WISH_REACH), start) and _own_wish().match(doc.low, start, end))


#: words that tell a meeting held, the point's own or another's: "... năm 2017 đã diễn ra chiều 7/6, tại Hà Nội", "...
#: tại Hội nghị An ninh nhóm 5 nước Sahel diễn ra ngày hôm qua", "..., đã chủ trì cuộc họp đánh giá tình hình ..." (not
#: one to come: "sẽ diễn ra vào ngày ...")
_TELLS_A_MEETING = lexicon.WordLed(r"(?<!\w)(?<!sẽ\s)diễn\s+ra\s+(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)(?!\w)|"
                                   r"(?<!\w)chủ\s+trì\s+(?:cuộc|buổi|hội\s+nghị|phiên|kỳ\s+họp)(?!\w)")


#: what sets the next part of a target's list apart from it: "; " (the part then another target with its figure)
_TARGET_RUN_AT = re.compile(r"\s*;\s*")


@cache
def _decided_pattern() -> re.Pattern[str]:
    return re.compile(_decided())


def _decided_at(low: str, start: int) -> bool:
    """Whether the point at `start` is what a body decided, "quyết định" right before it (_decided)."""
    at = low.rfind("quyết", max(0, start - 16), start)
    decided = _decided_pattern().match(low, at) if at >= 0 else None
    return decided is not None and decided.end() == start


def _dedupe(doc: Doc, spans: list[Span], figures: set[int] | frozenset[int] = frozenset()) -> list[tuple[str, Span]]:
    """Drop repeated points: the same words again, or a later point whose words an earlier one already has.
    `figures`: where the points of a run of targets start (_aim_goes_on), kept though they tell only a figure."""
    kept: list[tuple[str, Span, set[str]]] = []
    run_end = -1  # where the last kept target of a ";" list ends (_TARGET_RUN_AT)
    for start, end in spans:
        first = start  # (where the point starts in `figures`, before a credit is cut off)
        # (every credit holds its colon, most points none: those need no scan for one)
        credit = _CREDIT_AT_END.search(doc.text, start, end) if doc.text.find(":", start, end) >= 0 else None
        if credit and credit.start() > start:
            end = credit.start()  # "... mở cửa chợ trở lại - Ảnh: Xuân Thành": the photo's credit is no part of it
        credit = _CREDIT_AT_START.match(doc.text, start, end)
        if credit:
            start = credit.end()  # "Ảnh: TẤN LỘC Phải tháo tàu ra làm lại": a caption's credit run into the point
        text = doc.text[start:end]
        bag = set(_WORD.findall(doc.low[start:end]))
        if len(text.split()) < 2:  # a lone word or an address cut at "http:" is never a point
            continue
        if _PERSONNEL.match(doc.low, start, end):
            continue
        if _no_task(doc, start, end):
            continue
        figure = _FIGURE.search(doc.low, start, end)
        # (a figure that goes on with a target's ";" list, or a run of targets, is the next target: "phấn đấu tỷ lệ
        # cán bộ trẻ ... đạt tối thiểu 15%; 40% cán bộ diện Ban Thường vụ Thành ủy quản lý đạt trình độ thạc sĩ, ...")
        in_run = first in figures or run_end >= 0 and bool(_TARGET_RUN_AT.fullmatch(doc.text, run_end, start))
        # (nor one the meeting decided, its figure the measure: "Fed đã quyết định tăng lãi suất cho vay qua đêm thêm
        # 0,25% lên 1,0-1,25%")
        if figure and not in_run and not _decided_at(doc.low, start) and not any(
                pattern.search(doc.low, start, end)
                for pattern in (_patterns().modal, _patterns().action, _patterns().verb, _patterns().noun, _STEERS,
                                _TARGET)):
            continue  # "thương mại dịch vụ tăng 6,23%", "nên duy trì như hiện nay (78%)": a result, not a task
        run = end if figure and (in_run or _TARGET.search(doc.low, start, end)) else -1
        if _OPINION_OPEN.match(doc.low, start, end) and (not _SETS_OUT.search(doc.low, start, end)
                                                          or _only_foreseen(doc.low, start, end)):
            continue  # "cho rằng quan hệ hợp tác ... phát triển rất tốt đẹp", "đánh giá cao ...": a view, no task
        opinion = _VIEW_LEAD.match(doc.low, start, end)
        if opinion:  # "cho rằng các quốc gia thành viên của Công ước 1982 cần tuân thủ ...": the task, not its verb
            start = opinion.end()
            text, bag = doc.text[start:end], set(_WORD.findall(doc.low[start:end]))
        if _TELLS_A_MEETING.search(doc.low, start, end):
            continue  # "... triển khai nhiệm vụ, giải pháp năm 2017 đã diễn ra chiều 7/6": the event's lead, no task
        if any(bag == other or (len(bag & other) >= _NEAR_DUPLICATE * len(bag) and len(bag) <= len(other))
               for _, _, other in kept[-_DEDUPE_WINDOW:]):
            continue
        # ... or an earlier point that the new one tells in full: "các cơ quan quản lý Nhà nước cần tiếp thu, giải
        # quyết, phản hồi" in the lead, then the body's "... phản hồi những vấn đề báo chí nêu, không để ..."
        lo = max(0, len(kept) - _DEDUPE_WINDOW)
        head = _WORD.findall(doc.low, start, end)[:_SAME_HEAD]
        kept[lo:] = [entry for entry in kept[lo:]
                     if not (len(entry[2] & bag) >= _NEAR_DUPLICATE * len(entry[2]) and len(entry[2]) < len(bag)
                             and _WORD.findall(doc.low, *entry[1])[:_SAME_HEAD] == head)]
        run_end = run  # (a point dropped above starts no ";" run)
        kept.append((text, (start, end), bag))
    return [(text, span) for text, span, _ in kept]


#: a shortcoming found, told as the point's own predicate: "Vai trò chỉ đạo, giám sát hướng dẫn của đơn vị chức năng
#: chưa được quan tâm đúng mức", "hiệu quả sản xuất kinh doanh của EVN còn chưa cao", "... với diện tích 64 ha chưa
#: đúng quy định của Luật Đất đai", "lưu ý như việc kết luận thanh tra còn chậm": an assessment of what was done, no
#: task (not a shortage a task makes up for, "trang bị đủ số trụ nước còn thiếu", nor a task about it, "làm rõ ... còn
#: hạn chế")
_SHORTCOMING = re.compile(
    r"(?<!\w)(?:(?:còn|vẫn)\s+)?chưa\s+(?:thực\s+sự\s+|thật\s+sự\s+|được\s+)?"
    r"(?:quan\s+tâm|đúng|đầy\s+đủ|nghiêm|kịp\s+thời|"
    r"hiệu\s+quả|cao|tốt|sát|chặt\s+chẽ|đồng\s+bộ|phù\s+hợp|đáp\s+ứng)(?!\w)|"
    r"(?<!\w)còn\s+(?:hạn\s+chế|chậm|yếu|thiếu\s+(?:sót|chính\s+xác|đồng\s+bộ|chặt\s+chẽ)|"
    r"nhiều\s+(?:hạn\s+chế|tồn\s+tại|bất\s+cập|yếu\s+kém))(?!\w)")
#: ... unless the point still asks for something: "cần", "phải", "sẽ", "tiếp tục", "khắc phục", "chấn chỉnh" ...
_STILL_ASKS = re.compile(r"(?<!\w)(?:cần|phải|yêu\s+cầu|đề\s+nghị|khắc\s+phục|chấn\s+chỉnh|tránh|không\s+để|sẽ|"
                         r"tiếp\s+tục|xử\s+lý|rà\s+soát|kiểm\s+tra|nâng\s+cao|tăng\s+cường)(?!\w)")


@cache
def _opens_on_action() -> re.Pattern[str]:
    return re.compile(r"\W*" + _alt("directions_actions.txt"))


def shortcoming(doc: Doc, span: Span) -> bool:
    """Whether a point only tells a shortcoming ("... chưa được quan tâm đúng mức", "... còn hạn chế")."""
    start, end = span
    return bool(_SHORTCOMING.search(doc.low, start, end)) and not _STILL_ASKS.search(doc.low, start, end) \
        and not _opens_on_action().match(doc.low, start, end)


#: a finding told as the point's own predicate, what was judged right or wrong: "các khâu tiếp nhận, khám ... cho bệnh
#: nhân trước khi lọc máu là phù hợp với quy trình", "... trả tiền bồi thường về đất ... cho nhân dân xã, là không
#: đúng": an assessment, no task (as _SHORTCOMING)
_JUDGED = re.compile(r"(?<!\w)là\s+(?:hoàn\s+toàn\s+|rất\s+)?(?:không\s+|chưa\s+)?"
                     r"(?:phù\s+hợp|đúng|hợp\s+lý|hợp\s+pháp|sai|trái\s+(?:pháp\s+luật|quy\s+định))(?!\w)")


#: a reason or an aim the point gives for its task: what is judged after it is the task's ground, not the point's own
#: predicate ("Sở Tài chính hoàn trả toàn bộ khoản phí đã thu cho người dân, vì việc thu phí này là sai quy định", "Hội
#: đồng Bảo an tiến hành một cuộc điều tra ..., bởi nếu được chứng minh là đúng, ..."); "do", "để", "nhằm" after a comma
#: only, bare they may belong to the judged subject ("việc thu phí do Sở thực hiện là sai", "dùng nó để làm chứng cứ
#: buộc tội các bị cáo là không đúng"), and not "so" ("vì vậy, việc truy tố các bị cáo ... là đúng người, đúng tội")
_GROUND = lexicon.WordLed(r"(?<!\w)(?:vì|bởi)(?!\w)(?!\s+(?:vậy|thế)(?!\w))"
                          r"|,\s*(?:do|để|nhằm)(?!\w)(?!\s+(?:đó|vậy|thế)(?!\w))")


def finding(doc: Doc, span: Span) -> bool:
    """Whether a point only tells a finding, what was judged right or wrong (_JUDGED) before any reason or aim it gives
    (_GROUND), asking nothing ("cần", "phải" ...) and not opening on an action ("giữ vững hình ảnh ... để chứng minh chủ
    trương ... là đúng đắn")."""
    start, end = span
    ground = _GROUND.search(doc.low, start, end)
    return bool(_JUDGED.search(doc.low, start, ground.start() if ground else end)) \
        and not _STILL_ASKS.search(doc.low, start, end) and not _opens_on_action().match(doc.low, start, end)


#: a point opening on the tense of a deed ("đã", "đang", "vừa"), its subject told before it: a result or an aside, not a
#: task: "... ứng phó với biến đổi khí hậu; đã và đang lồng ghép các hoạt động ứng phó ...", "có 147 khuyến nghị đã được
#: triển khai thực hiện", "nhiều ý kiến đề xuất, mong muốn đã được các bạn trẻ gửi gắm đến lãnh đạo Thành phố"; not "đã
#: đến lúc" (the time has come): "nhất trí cho rằng đã đến lúc EU cần phải dẫn đầu"
_DEED_OPENS = re.compile(r"(?:đã|đang|vừa)(?!\w)(?!\s+đến\s+lúc(?!\w))")
#: the task the told deed leads to, given its own subject: "đang trở thành đại công trường do có nhiều dự án lớn ... nên
#: lãnh đạo quận cần nỗ lực đảm bảo an ninh trật tự" (the modals of directions_modals.txt, each led by "cần" or "phải")
_SO_ASKS = re.compile(r"(?<!\w)" + _SO + r"\s+(?:[^\s,.;:!?]+\s+){1,5}?" + _alt("directions_modals.txt"))


def deed_told(doc: Doc, span: Span) -> bool:
    """Whether a point opens on the tense of a deed told ("đã và đang lồng ghép ...") and asks nothing after it."""
    start, end = span
    return bool(_DEED_OPENS.match(doc.low, start, end)) and not _SO_ASKS.search(doc.low, start, end)
