"""Bytes to text: BOMs, UTF-16, Windows-1258, TCVN3, VNI, declared charsets, binary files."""
import codecs
import unicodedata
from pathlib import Path

import pytest

from libmeet.errors import BinaryFileError, DecodeError, EmptyFileError
from libmeet.io.decode import decode_bytes
from libmeet.io.legacy import decode_tcvn3, decode_vni, encode_tcvn3, encode_vni, vietnamese_score

# a real lead (dev 000) and a real bench sentence
LEAD = ("Ngày 8/10/2020, tại thành phố Nha Trang - tỉnh Khánh Hòa, Cục Thông tin Khoa học và Công nghệ Quốc gia "
        "đã tổ chức Hội nghị thường niên lần thứ 18 Liên hợp thư viện Việt Nam về nguồn tin khoa học và công nghệ. "
        "Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định dự và chỉ đạo Hội nghị.")
BENCH = ("Sáng 16/2, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2016, "
         "triển khai nhiệm vụ năm 2017. Đồng chí Trần Ngọc Căng, Chủ tịch UBND tỉnh chủ trì hội nghị.")

LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
ALL_LETTERS = LETTERS + LETTERS.upper()

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letter (â, ơ ...) then a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out += (base + "".join(c for c in parts if c in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("sample", [LEAD, BENCH])
@pytest.mark.parametrize(
    "form, encode, expected",
    [
        ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", lambda t: t.encode("utf-8-sig"), "utf-8"),
        ("utf-16 LE with BOM", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
        ("utf-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
        ("utf-16 LE without BOM", lambda t: t.encode("utf-16-le"), "utf-16"),
        ("utf-32 with BOM", lambda t: t.encode("utf-32"), "utf-32"),
        ("windows-1258", cp1258, "cp1258"),
        ("tcvn3", encode_tcvn3, "tcvn3"),
        ("vni", encode_vni, "vni"),
        ("nfd utf-8", lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
    ],
)
def test_each_encoding_is_detected_and_decoded(sample, form, encode, expected):
    text, encoding = decode_bytes(encode(sample))
    assert encoding == expected, form
    assert nfc(text) == sample


def test_legacy_tables_carry_every_vietnamese_letter_both_ways():
    assert decode_tcvn3(encode_tcvn3(ALL_LETTERS)) == ALL_LETTERS
    assert decode_vni(encode_vni(ALL_LETTERS)) == ALL_LETTERS


@pytest.mark.parametrize("word, tcvn3, vni", [
    ("Hội nghị", b"H\xe9i ngh\xde", b"Ho\xe4i ngh\xf2"),
    ("Đảng", b"\xa7\xb6ng", b"\xd1a\xfbng"),
    ("Bảo Thắng", b"B\xb6o Th\xbeng", b"Ba\xfbo Tha\xe9ng"),
])
def test_legacy_bytes_of_known_words(word, tcvn3, vni):
    assert decode_tcvn3(tcvn3) == word
    assert decode_vni(vni) == word
    assert encode_tcvn3(word) == tcvn3
    assert encode_vni(word) == vni


def test_tcvn3_cannot_carry_curly_quotes():
    with pytest.raises(ValueError):
        encode_tcvn3("“Hội nghị”")


def test_the_right_decoding_reads_most_as_vietnamese():
    raw = encode_tcvn3(LEAD)
    right = vietnamese_score(decode_tcvn3(raw))
    for wrong in (decode_vni(raw), raw.decode("cp1252", "replace"), raw.decode("latin-1")):
        score = vietnamese_score(wrong)
        assert score[0] + 2 * score[1] < right[0] + 2 * right[1]
    assert right[0] > 0.9


@pytest.mark.parametrize("declared, data, expected", [
    ("windows-1258", cp1258(LEAD), "cp1258"),
    ("TCVN3", encode_tcvn3(BENCH), "tcvn3"),
    ("iso-8859-1", encode_tcvn3(BENCH), "tcvn3"),  # old pages declared Latin-1 for their .VnTime fonts
    ("utf-8", encode_vni(BENCH), "vni"),  # a wrong declaration does not win over the bytes
    ("no-such-charset", cp1258(LEAD), "cp1258"),
])
def test_declared_charset(declared, data, expected):
    text, encoding = decode_bytes(data, declared)
    assert encoding == expected
    assert nfc(text) in (LEAD, BENCH)


def test_utf8_wins_over_a_wrong_declaration():
    assert decode_bytes(LEAD.encode("utf-8"), "windows-1258") == (LEAD, "utf-8")


def test_other_western_text_falls_back_to_a_guess():
    text, encoding = decode_bytes("Le café est très bon, merci beaucoup à tous les élèves.".encode("latin-1"))
    assert "café" in text and encoding


@pytest.mark.parametrize("data, exc, words", [
    (b"", EmptyFileError, "empty"),
    (b"  \r\n\t \n", EmptyFileError, "blank"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryFileError, "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryFileError, "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00", BinaryFileError, "ZIP"),
    (b"abc\x00def" * 50, BinaryFileError, "zero bytes"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", DecodeError, "byte-order mark"),
])
def test_junk_is_refused_with_a_reason(data, exc, words):
    with pytest.raises(exc) as info:
        decode_bytes(data)
    assert words in str(info.value)


def test_random_bytes_are_binary():
    import random

    rng = random.Random(4)
    for size in (64, 3000, 100_000):
        data = bytes(rng.randrange(1, 256) for _ in range(size))  # no zero byte to give it away
        with pytest.raises(BinaryFileError):
            decode_bytes(data)


@pytest.mark.parametrize("wrong, expected", [
    (encode_tcvn3(LEAD).decode("cp1252"), ("tcvn3", LEAD)),  # "Héi nghÞ th­êng niªn ..."
    (encode_vni(BENCH).decode("cp1252"), ("vni", BENCH)),  # "Hoäi nghò ..."
    (LEAD, None),
    ("Le café est très bon, merci beaucoup à tous les élèves.", None),
])
def test_legacy_text_decoded_as_western_is_repaired(wrong, expected):
    from libmeet.io.legacy import repair_mojibake

    repaired = repair_mojibake(wrong)
    assert (repaired and (repaired[1], repaired[0])) == (expected or None)


def test_a_tcvn3_page_written_with_latin1_entities_is_read_as_vietnamese(tmp_path):
    import html

    from libmeet.io.reader import load

    body = html.escape(encode_tcvn3(LEAD).decode("latin-1")).encode("ascii", "xmlcharrefreplace").decode("ascii")
    page = f'<html><head><meta charset="iso-8859-1"></head><body><div class="content"><p>{body}</p></div></body></html>'
    path = tmp_path / "cu.html"
    path.write_text(page, encoding="ascii")
    loaded = load(path)
    assert nfc(loaded.text) == LEAD
    assert loaded.meta.encoding == "tcvn3 (as utf-8)"


@pytest.mark.parametrize("declared, data, expected", [
    ("windows-1258", encode_tcvn3(BENCH), "tcvn3"),  # mislabelled: the bytes decide
    ("vni", cp1258(LEAD), "cp1258"),
    ("utf-16", cp1258(LEAD), "cp1258"),  # an 8-bit page cannot be UTF-16, whatever its <meta> says
])
def test_mislabelled_vietnamese_charsets(declared, data, expected):
    assert decode_bytes(data, declared)[1] == expected


# --- one bad byte no longer drops a whole article (issue 11.6) ----------------------------------------------

_ARTICLE = (Path(__file__).resolve().parents[1] / "data" / "raw" / "000_972f7865f036ce15.txt").read_bytes()
_LETTER = next(i for i in range(1000, len(_ARTICLE)) if _ARTICLE[i] >= 0xC0)  # the first byte of a letter


@pytest.mark.parametrize(("case", "data", "shows"), [
    ("cut mid-character", _ARTICLE[:_LETTER + 1], "\ufffd"),
    ("a letter's byte lost inside", _ARTICLE[:_LETTER + 1] + _ARTICLE[_LETTER + 2:], "\ufffd"),
    ("a stray no-break space", _ARTICLE.replace(b" ", b"\xa0", 1), "\xa0"),
    ("Windows-1252 quotes", b"\x93Tin n\xc3\xb3ng\x94 " + _ARTICLE, "“Tin nóng”"),
])
def test_a_few_bad_bytes_are_replaced_and_the_article_kept(tmp_path, case, data, shows):
    from libmeet.api import process_file

    text, encoding = decode_bytes(data)
    assert shows in text and encoding.startswith("utf-8 (") and encoding.endswith("replaced)")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = process_file(path, "a.txt")
    assert result.status == "ok", result.message
    assert any("not valid UTF-8" in w for w in result.event.warnings)
