import unicodedata

import pytest

from libmeet.parse.normalize import Doc, fold, normalize_text, tone_key


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Hội  nghị\r\ntập huấn", "Hội nghị\ntập huấn"),
        ("\ufeffThư viện\u00a0Quốc gia", "Thư viện Quốc gia"),
        (unicodedata.normalize("NFD", "Kiều Thúy Nga"), "Kiều Thúy Nga"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("  Ngày 8/10/2020  \n  tại Nha Trang ", "Ngày 8/10/2020\ntại Nha Trang"),
        ("Tp.\u200bHồ Chí Minh", "Tp.Hồ Chí Minh"),
        # entities a crawl left in the plain text, their ";" often lost (dantri, the Underthesea News Corpus)
        ("&nbspTại cuộc họp, báo cáo với Thủ tướng", "Tại cuộc họp, báo cáo với Thủ tướng"),
        ("Bộ VH-TT&ampDL đã có văn bản", "Bộ VH-TT&DL đã có văn bản"),
        ("&quot;Đồng hành cùng doanh nghiệp&quot; &#8211; ngày&nbsp;17/5", '"Đồng hành cùng doanh nghiệp" – ngày 17/5'),
        # ... not an ampersand of a name
        ("AT&T, P&G và R&D", "AT&T, P&G và R&D"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "modern, classic",
    [
        ("Kiều Thuý Nga", "Kiều Thúy Nga"),
        ("Văn hoá, Thể thao", "Văn hóa, Thể thao"),
        ("VĂN HOÁ", "VĂN HÓA"),
        ("sức khoẻ", "sức khỏe"),
        ("hoà bình", "hòa bình"),
        ("quý khách", "quý khách"),  # qu + y: the mark stays on y
        ("hoàn thành", "hoàn thành"),  # closed syllable: one spelling only
        ("thuyết trình", "thuyết trình"),
    ],
)
def test_tone_key_one_placement(modern, classic):
    assert tone_key(modern) == classic
    assert len(tone_key(modern)) == len(modern)


def test_doc_forms_share_offsets():
    doc = Doc.from_raw("Bà Kiều Thuý Nga - Vụ Trưởng Vụ Thư viện, Bộ Văn hoá")
    assert len(doc.key) == len(doc.low) == len(doc.text)
    start = doc.low.index("kiều thúy nga")
    assert doc.text[start:start + 13] == "Kiều Thuý Nga"  # the record keeps the text as written


def test_fold_matches_spelling_variants():
    assert fold("Kiều  Thuý Nga") == fold("KIỀU THÚY NGA") == "kiều thúy nga"
