from __future__ import annotations

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
