"""The article's own header: publication date and address (real header lines)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libmeet.parse.meta import find_meta, first_line_title
from libmeet.parse.normalize import Doc

BODY = ("Được sự đồng ý của Bộ Văn hóa, Thể thao và Du lịch, từ ngày 04-05/11/2022, Thư viện Quốc gia Việt Nam "
        "phối hợp với Vụ Thư viện tổ chức Hội nghị - Hội thảo Ứng dụng công nghệ thông tin trong hoạt động thư viện.")

PUBLISHED = [
    ("# doc_id = news_091\n# url = https://dantri.com.vn/a-20210411084324143.htm\n# date = 20210411\n" + BODY,
     dt.date(2021, 4, 11)),
    ("Ngày đăng bài: 26/10/2021 10:02\nLượt xem: 2493\nBế mạc Hội nghị tập huấn\n" + BODY, dt.date(2021, 10, 26)),
    ("Chủ nhật, 21-04-2024, 22:51\nHội nghị - Hội thảo Ứng dụng công nghệ thông tin\n" + BODY, dt.date(2024, 4, 21)),
    ("Trang chủ\nTất cả\nTalkshow: Giáo dục khai phóng\n07 Tháng 12, 2021\n" + BODY, dt.date(2021, 12, 7)),
    ("Hội thảo về chuyển đổi số\n(Ngày đăng: 15/03/2023 08:30)\n" + BODY, dt.date(2023, 3, 15)),
    ("Hội thảo về chuyển đổi số\nCập nhật: 09:15 ngày 12/05/2022\n" + BODY, dt.date(2022, 5, 12)),
    ("Hội thảo về chuyển đổi số\nThứ Hai, 2022-05-09\n" + BODY, dt.date(2022, 5, 9)),
]


@pytest.mark.parametrize("text,date", PUBLISHED)
def test_publication_date_from_the_header(text, date):
    doc = Doc.from_raw(text)
    found = find_meta(doc)
    assert found is not None and found.date == date
    assert found.span and doc.text[slice(*found.span)].strip()


NO_DATE = [
    # the event's date in the first sentence is not the publication date
    "Ngày 8/10/2020, tại thành phố Nha Trang - tỉnh Khánh Hòa, Cục Thông tin Khoa học và Công nghệ Quốc gia "
    "tổ chức Hội nghị thường niên lần thứ 18 của Liên hợp thư viện Việt Nam về nguồn tin khoa học và công nghệ.",
    "Hội nghị thường niên lần thứ 18\n\nE-mail Print\n\nNgày 8 tháng 10 năm 2020, tại thành phố Nha Trang, Cục "
    "Thông tin Khoa học và Công nghệ Quốc gia tổ chức Hội nghị thường niên lần thứ 18 của Liên hợp thư viện.",
    "Sabeco: 16/2 tổ chức ĐHCĐ bất thường\nHĐQT thông báo thứ Năm ngày 16/2/2017 là ngày diễn ra đại hội.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_event_dates_are_not_publication_dates(text):
    found = find_meta(Doc.from_raw(text))
    assert found is None or found.date is None


def test_url_from_the_crawl_header():
    found = find_meta(Doc.from_raw("# url = https://dantri.com.vn/x.htm\nTiêu đề bài viết\n" + BODY))
    assert found is not None and found.url == "https://dantri.com.vn/x.htm" and found.date is None


def test_title_skips_datelines_and_counters():
    doc = Doc.from_raw("Ngày đăng bài: 26/10/2021 10:02\nLượt xem: 2493\nBế mạc Hội nghị tập huấn chuyển đổi số\n" + BODY)
    assert first_line_title(doc) == "Bế mạc Hội nghị tập huấn chuyển đổi số"
    doc = Doc.from_raw("Chủ nhật, 21-04-2024, 22:51\nHội nghị - Hội thảo Ứng dụng công nghệ thông tin\n" + BODY)
    assert first_line_title(doc) == "Hội nghị - Hội thảo Ứng dụng công nghệ thông tin"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-.,:# \nngàyđăThứháCậpnật()=")), max_size=300))
def test_never_raises_on_arbitrary_text(text):
    doc = Doc.from_raw(text)
    find_meta(doc)
    first_line_title(doc)


def test_a_long_first_line_is_the_lead_of_a_crawl_without_its_title():
    # unseen dantri (the Underthesea News Corpus keeps no title line): the lead, a question, is no title
    lead = ("Cụ thể, tại cuộc họp báo PV Dân trí nêu câu hỏi liên quan đến việc Sở GD&ĐT Cần Thơ đã thực hiện các quy "
            "trình, thủ tục thu hồi, hủy bỏ các quyết định bổ nhiệm, bổ nhiệm lại cán bộ chưa đúng mà báo Dân trí đã nêu "
            "cách đây gần một năm đến đâu?")
    doc = Doc.from_raw("# url = https://dantri.com.vn/giao-duc/can-tho.htm\n# date = 20210422\n" + lead + "\nÔng X cho biết.")
    assert first_line_title(doc) is None
    short = Doc.from_raw("Cần Thơ thu hồi các quyết định bổ nhiệm chưa đúng?\n" + lead)
    assert first_line_title(short) == "Cần Thơ thu hồi các quyết định bổ nhiệm chưa đúng?"


LOST_TITLES = [
    # unseen dantri crawls: the first short line is a subheading or a photo caption the address does not match
    ("https://dantri.com.vn/xa-hoi/an-giang-tam-dung-tiep-nhan-cach-ly-nguoi-nhap-canh-duong-hang-khong-"
     "20210427171712889.htm", "Phát động mỗi công dân là một chiến sĩ chống dịch", None),
    ("https://dantri.com.vn/kinh-doanh/chua-toi-ky-nghi-30415-hang-khong-da-tac-khong-loi-thoat-20210425070448699.htm",
     'Dự báo sân bay Nội Bài sẽ "căng như dây đàn" dịp nghỉ lễ 30/4-1/5', None),
    # ... not the title a crawl kept, which its address spells
    ("https://dantri.com.vn/kinh-doanh/gdp-viet-nam-da-vuot-singapore-duong-sat-cat-linh-ha-dong-sap-van-hanh-"
     "20201101102126341.htm", "GDP Việt Nam đã vượt Singapore; Đường sắt Cát Linh - Hà Đông sắp vận hành",
     "GDP Việt Nam đã vượt Singapore; Đường sắt Cát Linh - Hà Đông sắp vận hành"),
]


@pytest.mark.parametrize("url,line,title", LOST_TITLES)
def test_a_crawl_first_line_its_address_does_not_spell_is_no_title(url, line, title):
    doc = Doc.from_raw(f"# doc_id = news_029\n# url = {url}\n# date = 20210427\n{line}\n" + BODY)
    assert first_line_title(doc) == title


@pytest.mark.parametrize(("line", "title"), [
    # a university library's page (library batch lib4_01): one sentence, no end mark, longer than most titles
    ("Thư viện Tạ Quang Bửu (Trường Đại học Bách khoa Hà Nội) tổ chức Hội thảo “Chia sẻ tài nguyên thông tin và dịch vụ "
     "hỗ trợ đào tạo – nghiên cứu cho các trường đại học” In", True),
    # ... not a lead a crawl kept in its place: two sentences, or one that ends
    ("Sáng 20/6/2018, Thư viện Tạ Quang Bửu phối hợp với Liên Chi hội Thư viện Đại học khu vực phía Bắc tổ chức hội "
     "thảo khoa học. Hội thảo có sự tham dự của hơn 100 đại biểu đến từ các trường.", False),
    ("Thư viện Tạ Quang Bửu phối hợp với Liên Chi hội Thư viện Đại học khu vực phía Bắc và Công ty IGroup tổ chức hội "
     "thảo khoa học về chia sẻ tài nguyên thông tin cho các trường đại học ở khu vực phía Bắc?", False),
])
def test_a_long_first_line_is_the_title_when_it_reads_as_one(line, title):
    doc = Doc.from_raw("# url = http://vla.org.vn/index.php?view=article&id=201\n" + line + "\n\nSáng ngày 20/6/2018, ...")
    assert (first_line_title(doc) == line) is title



@pytest.mark.parametrize("chrome", ["Nhảy đến nội dung", "Skip to main content", "Đang tải trang", "Cỡ chữ"])
def test_a_saved_pages_menu_line_is_no_title(chrome):
    # library batch lib5_14 (a university library's Drupal page): the "skip to content" link stands first
    doc = Doc.from_raw(f"# url = https://lib.example.edu.vn/node/4597\n{chrome}\n\n"
                       "Tập huấn công tác thư viện trường học cho cán bộ thư viện\n\nNgày 10/11/2018, Thư viện ...")
    assert first_line_title(doc) == "Tập huấn công tác thư viện trường học cho cán bộ thư viện"
