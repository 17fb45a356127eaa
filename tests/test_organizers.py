import pytest

from libmeet.parse.normalize import Doc
from libmeet.parse.organizers import extract_organizers

# (sentence from a real article, the kind noun the detector anchors on, expected organisers)
CASES = [
    ("Ngày 8/10/2020, tại thành phố Nha Trang - tỉnh Khánh Hòa, Cục Thông tin Khoa học và Công nghệ Quốc gia đã "
     "tổ chức Hội nghị thường niên lần thứ 18.", "Hội nghị", ["Cục Thông tin Khoa học và Công nghệ Quốc gia"]),
    ("Được sự đồng ý của Bộ Văn hóa, Thể thao và Du lịch, từ ngày 04-05/11/2022, Thư viện Quốc gia Việt Nam phối hợp "
     "với Vụ Thư viện và các đơn vị liên quan tổ chức Hội nghị - Hội thảo “Ứng dụng công nghệ thông tin”.", "Hội nghị",
     ["Thư viện Quốc gia Việt Nam", "Vụ Thư viện"]),
    ("Ngày 9/2, UBND huyện Tĩnh Gia đã tổ chức hội nghị “Triển khai kế hoạch GPMB”.", "hội nghị", ["UBND huyện Tĩnh Gia"]),
    ("Sáng ngày 6/7/2017, tại TP Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu, Bộ TT&TT đã tổ chức Hội nghị tuyên truyền.",
     "Hội nghị", ["Bộ TT&TT"]),
    ("Ngày 23/3, tại Trường Phổ thông liên cấp Olympia đã diễn ra hội thảo “Đẩy mạnh chuyển đổi số”. Sự kiện do Sở "
     "Giáo dục và Đào tạo (GDĐT) Hà Nội chủ trì, Olympia đăng cai tổ chức.", "hội thảo",
     ["Sở Giáo dục và Đào tạo (GDĐT) Hà Nội", "Olympia"]),
    ("Sau 02 ngày tổ chức, từ ngày 14 - 15 tháng 10 năm 2021, Hội nghị tập huấn đã bế mạc.", "Hội nghị", []),
    ("Ngày 17/8/2024, tại thành phố Hồ Chí Minh đã diễn ra Hội nghị lần thứ 21.", "Hội nghị", []),
]


@pytest.mark.parametrize("sentence, kind, expected", CASES)
def test_organizers(sentence, kind, expected):
    doc = Doc.from_raw(sentence)
    found = extract_organizers(doc, doc.text.index(kind))
    assert [name for name, _ in found] == expected
    for name, (start, end) in found:
        assert doc.text[start:end] == name  # evidence points at the text as written


_VERB_PIECES = ["đã", "sẽ", "long trọng", "đồng", "phối hợp", "tổ chức", "tổ", "chức", "của", "lại", "thành", "x", "Bộ",
                ",", ".", "\n"]


def test_verbs_are_found_where_finditer_finds_them():
    """The verbs looked for from each "tổ chức" (_verbs) are those _VERB.finditer finds, whatever the window."""
    import random

    from libmeet.parse.organizers import _VERB, _verbs

    rnd = random.Random(7)
    for _ in range(400):
        low = "".join(rnd.choice(_VERB_PIECES) + rnd.choice([" ", "", "  ", "\n"]) for _ in range(rnd.randrange(30)))
        start = rnd.randrange(len(low) + 1)
        end = rnd.randrange(start, len(low) + 1)
        assert [m.span() for m in _verbs(low, start, end)] == [m.span() for m in _VERB.finditer(low, start, end)]
