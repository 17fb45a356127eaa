from __future__ import annotations

import re

import pytest

from libmeet.parse import lexicon


@pytest.mark.parametrize("surface, label", [
    ("hội nghị", "hội nghị"),  # a bare line is its own label
    ("cuộc họp", "họp"),  # "surface = label"
    ("hội nghị trực tuyến", "hội nghị"),
])
def test_labelled_reads_surface_and_label(surface, label):
    assert lexicon.labelled("event_kinds.txt")[surface] == label


def test_own_labels_are_the_bare_lines_longest_first():
    own = lexicon.own_labels("event_kinds.txt")
    assert "hội nghị" in own and "hội thảo" in own
    assert not any("=" in entry for entry in own)
    assert "cuộc họp" not in own and "hội nghị trực tuyến" not in own
    assert [len(e) for e in own] == sorted((len(e) for e in own), reverse=True)
    assert set(own) <= set(lexicon.labelled("event_kinds.txt").values())


@pytest.mark.parametrize("text, word", [
    ("ông Dũng cho biết, Chủ tịch Dũng nói", "Dũng"),  # every whole-word place, in order
    ("Dũngg Dũng_ _Dũng xDũng Dũng1 Dũng", "Dũng"),  # not inside a longer word (letters, digits, "_")
    ("ông dũng. dũng,dũng\ndũng", "dũng"),  # marks and line ends around it
    ("hùng hùng hùng", "hùng hùng"),  # no overlap: the search goes on after a match, as re.finditer's
    ("aaa a aa a", "a"),
    ("phạm tuấn sơn", "tuấn sơn"),
    ("", "x"),
    ("a b, c", ""),  # (an empty word: what the regex finds)
])
def test_whole_words_is_finditer_of_the_escaped_word_between_non_word_characters(text, word):
    import re

    expected = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    assert list(lexicon.whole_words(text, word)) == expected


@pytest.mark.parametrize("tag, surfaces", [
    ("told", {"cho biết", "cho hay"}),  # "verb = told reported said": each of its tags
    ("again", {"phát biểu", "chia sẻ", "trao đổi"}),
    ("informs", {"thông tin"}),
    ("reported", {"cho biết", "cho hay", "tiết lộ", "đưa tin", "dẫn"}),
    ("aim", {"cho biết", "cho rằng", "cho hay", "nói", "nhấn mạnh", "khẳng định", "đánh giá"}),
    # directions.py _TOLD_BY: the speaker's verbs after directions named as a topic
    ("topic", {"cho biết", "cho hay", "cho rằng", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "đánh giá", "nêu"}),
])
def test_tagged_reads_the_surfaces_that_carry_a_tag(tag, surfaces):
    found = lexicon.tagged("tells_verbs.txt", tag)
    assert set(found) == surfaces
    assert [len(e) for e in found] == sorted((len(e) for e in found), reverse=True)


def test_tagged_merges_the_tags_of_a_surface_on_two_lines(monkeypatch):
    # a surface written on two lines ("cho biết = told" and, further down, "cho biết = said") carries both tags
    monkeypatch.setattr(lexicon, "_read", lambda name: "cho biết = told\nnói = said\ncho biết = said\n")
    assert lexicon.tagged("two_lines_test.txt", "told") == ("cho biết",)
    assert set(lexicon.tagged("two_lines_test.txt", "said")) == {"cho biết", "nói"}


def test_labelled_refuses_a_surface_labelled_twice(monkeypatch):
    # one parse of the list for labelled() and tagged(): a surface with two labels has no one label to give
    monkeypatch.setattr(lexicon, "_read", lambda name: "cuộc họp = họp\nhội nghị\ncuộc họp = hội nghị\n")
    assert lexicon.tagged("twice_test.txt", "họp") == ("cuộc họp",)
    with pytest.raises(ValueError):
        lexicon.labelled("twice_test.txt")


@pytest.mark.parametrize("text, found", [
    ("ủy ban mttq việt nam tp.hcm đề nghị", "ủy ban mttq việt nam tp.hcm đề nghị"),  # a dot inside a word goes on
    ("ủy ban mttq. đề nghị", "ủy ban mttq"),  # a dot before a space ends it
    ("a; b", "a"),
])
def test_no_stop_is_any_character_but_the_stops_or_a_dot_inside_a_word(text, found):
    import re

    assert re.match(lexicon.no_stop(".;:!?") + "*", text).group() == found


def test_a_line_with_choices_stands_for_one_entry_each(monkeypatch):
    # event_kinds.txt's talk verbs: "{đã|vừa} {gặp|gặp gỡ}{ và|,} nói chuyện với = gặp mặt" is eight labelled entries
    monkeypatch.setattr(lexicon, "_read",
                        lambda name: "# a comment {not|read}\n{đã|vừa} {gặp|gặp gỡ}{ và|,} nói chuyện với = gặp mặt\n")
    found = lexicon.labelled("choices_test.txt")
    assert set(found) == {f"{tense} {verb}{link} nói chuyện với" for tense in ("đã", "vừa") for verb in ("gặp", "gặp gỡ")
                          for link in (" và", ",")}
    assert set(found.values()) == {"gặp mặt"}


def test_the_talk_verbs_are_read_from_event_kinds():
    kinds = lexicon.labelled("event_kinds.txt")
    assert kinds["đã đến thăm và nói chuyện với"] == kinds["vừa gặp mặt, nói chuyện với"] == "gặp mặt"


@pytest.mark.parametrize("pattern, text, pos", [
    # the bare regex of a word-led pattern finds what the regex itself would, in the same places (lexicon.WordLed)
    (r"(?<!\w)(?:hội nghị|họp)(?!\w)", "Sáng 4/7, cuộc họp và hội nghị; tổ họp, đã nhóm họp", 0),
    (r"(?<!\w)(?<!nhận\s)được\s+(?P<agent>(?:[^\s,.;:!?]+\s+){1,4}?)quan\s+tâm", "được Thủ tướng quan tâm, nhận được "
     "nhiều quan tâm", 3),
    (r"(?<!\w)thưa\s+(?:ông|bà)(?!\w)", "Xin thưa ông, thưa bà, nthưa ông", 5),
    # (review of 2393161: a regex that may match empty, its lookbehind failing at the text's end, ends its search)
    (r"(?<!\w)a*", "ba", 1),
    (r"(?<!\w)(?:a|)", " ax", 0),
])
def test_a_word_led_regex_finds_what_the_regex_finds(pattern, text, pos):
    regex = re.compile(pattern)
    led = lexicon.WordLed(pattern)
    found = led.search(text, pos)
    expected = regex.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in led.finditer(text, pos)] == [m.span() for m in regex.finditer(text, pos)]
