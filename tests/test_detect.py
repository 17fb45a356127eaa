"""detect: is the article a meeting report, and of which meeting (kind, name, edition, anchor)?

Texts are real passages from the dev corpus and from the 2017 baomoi.com bench corpus.
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libmeet.parse.detect import (
    ASKED, CALLED_OFF, FULL_TEXT, LONELY, NO_KIND, NOT_HELD, ONLY_PASSING, PHONE_CALL, PLAN_TOLD, PREVIEW, detect,
    is_its_day, might_name_a_meeting, parse_edition, sentence_starts,
)
from libmeet.parse.normalize import Doc


def detect_titled(text: str):
    """detect() on an article whose first line is its title."""
    return detect(Doc.from_raw(text), title=text.split("\n")[0])

REPORTS = [
    # (text, kind, name, edition)
    (
        "Ngày 8/10/2020, tại thành phố Nha Trang - tỉnh Khánh Hòa, Cục Thông tin Khoa học và Công nghệ Quốc gia "
        "đã tổ chức Hội nghị thường niên lần thứ 18 Liên hợp thư viện Việt Nam về nguồn tin khoa học và công nghệ. "
        "Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định dự và chỉ đạo Hội nghị.",
        "hội nghị",
        "Hội nghị thường niên lần thứ 18 Liên hợp thư viện Việt Nam về nguồn tin khoa học và công nghệ",
        18,
    ),
    (  # the report three sentences in, after a run of dotted months (15.5 is a day, TP.HCM no sentence end)
        "Viện phí mới cho người không có thẻ BHYT: Từ ngày 1.6 chưa áp dụng rộng rãi\n"
        "Theo lộ trình, có 30 tỉnh thực hiện vào tháng 8.2017, 15 tỉnh thực hiện vào tháng 10.2017.\n"
        "Tháng 10.2017, TP.HCM mới thực hiện tính giá khám chữa bệnh mới cho người không tham gia BHYT "
        "Chiều 15.5, tại TP.HCM, Bộ Y tế tổ chức Hội nghị triển khai Thông tư 02/2017/TT-BYT quy định mức giá "
        "tối đa khung giá dịch vụ khám, chữa bệnh. Tại hội nghị, PGS-TS Phạm Lê Tuấn, Thứ tưởng Bộ Y tế, cho biết "
        "thông tư có hiệu lực từ ngày 1.6.2017.",
        "hội nghị",
        "Hội nghị triển khai Thông tư 02/2017/TT-BYT quy định mức giá tối đa khung giá dịch vụ khám, chữa bệnh",
        None,
    ),
    (  # no day, but "Vừa qua" dates it
        "Vừa qua, ĐH Quốc gia Hà Nội (ĐHQGHN) đã tổ chức tọa đàm \"Xây dựng quy định đào tạo tài năng, chất "
        "lượng cao ở ĐHQGHN\". Phó Giám đốc thường trực ĐHQGHN Nguyễn Hoàng Hải chủ trì tọa đàm.",
        "tọa đàm",
        "tọa đàm \"Xây dựng quy định đào tạo tài năng, chất lượng cao ở ĐHQGHN\"",
        None,
    ),
    (
        "Sáng 25-5, tại TP Trịnh Châu (tỉnh Hà Nam, Trung Quốc), đã khai mạc trọng thể Hội thảo lý luận lần "
        "thứ 13 giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc với chủ đề “Tăng cường sự lãnh đạo của "
        "Đảng đối với công tác báo chí và truyền thông trong tình hình mới”.",
        "hội thảo",
        "Hội thảo lý luận lần thứ 13 giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc",
        13,
    ),
    (  # a congress counts its terms
        "Ngày 24/5, Đại hội đại biểu Hội Xuất bản Việt Nam khóa IV, nhiệm kỳ 2017-2022 đã diễn ra tại Hà Nội.",
        "đại hội",
        "Đại hội đại biểu Hội Xuất bản Việt Nam khóa IV, nhiệm kỳ 2017-2022",
        4,
    ),
    (  # two nouns, one event; the first is its kind
        "Được sự đồng ý của Bộ Văn hóa, Thể thao và Du lịch, từ ngày 04-05/11/2022, Thư viện Quốc gia Việt Nam "
        "phối hợp với Vụ Thư viện và các đơn vị liên quan tổ chức Hội nghị - Hội thảo “Ứng dụng công nghệ thông "
        "tin trong hoạt động nghiệp vụ của các thư viện Việt Nam (2017 – 2022)”.",
        "hội nghị",
        "Hội nghị - Hội thảo “Ứng dụng công nghệ thông tin trong hoạt động nghiệp vụ của các thư viện Việt Nam "
        "(2017 – 2022)”",
        None,
    ),
    (  # the day stands in a short dateline sentence before the report
        "Ngày 06-08/7/2023, tại tỉnh Thái Nguyên. Liên hiệp Thư viện các tỉnh miền núi phía Bắc nhiệm kỳ 2022 – "
        "2024 tổ chức Sơ kết công tác giữa nhiệm kỳ và Hội thảo chuyên đề \"Thúc đẩy chuyển đổi số trong hệ thống "
        "thư viện các tỉnh miền núi phía Bắc” năm 2023.",
        "hội thảo",
        "Hội thảo chuyên đề \"Thúc đẩy chuyển đổi số trong hệ thống thư viện các tỉnh miền núi phía Bắc”",
        None,
    ),
    (  # ĐHCĐ announced with its day
        "Sabeco: 16/2 tổ chức ĐHCĐ bất thường miễn nhiệm ông Vũ Quang Hải và bầu nhân sự mới\n"
        "HĐQT Tổng công ty Bia – Rượu – Nước giải khát Sài Gòn (Sabeco) thông báo thứ Năm ngày 16/2/2017 là "
        "ngày diễn ra đại hội cổ đông bất thường của Tổng công ty.",
        "đại hội",
        "đại hội cổ đông bất thường của Tổng công ty",
        None,
    ),
    (  # bench: a session, with its ordinal in words
        "Ngày 30/5, tại Hà Nội, Ban Chỉ đạo Cải cách tư pháp Trung ương tổ chức Phiên họp thứ ba nhằm thảo "
        "luận, cho ý kiến về Dự thảo Báo cáo tổng kết mô hình tổ chức, hoạt động của Ban Chỉ đạo.",
        "phiên họp",
        "Phiên họp thứ ba",
        3,
    ),
    (  # bench: the meeting as the setting of the news, with "do ... tổ chức" and its day
        "Tại hội thảo chương trình giáo dục phổ thông tổng thể và yêu cầu đổi mới bồi dưỡng cán bộ quản lý "
        "trường phổ thông do Học viện Quản lý giáo dục tổ chức ngày 18/5, Phó giáo sư Trần Ngọc Giao – Học viện "
        "quản lý giáo dục, khuyến nghị lùi thời gian thực hiện chương trình mới.",
        "hội thảo",
        "hội thảo chương trình giáo dục phổ thông tổng thể và yêu cầu đổi mới bồi dưỡng cán bộ quản lý trường "
        "phổ thông",
        None,
    ),
    (  # bench: a summit attended, with its day after the name
        "Thống tướng Myanmar Min Aung Hlaing (trái) đến Indonesia dự Hội nghị cấp cao ASEAN ngày 24/4 "
        "(Ảnh: Reuters).",
        "hội nghị",
        "Hội nghị cấp cao ASEAN",
        None,
    ),
    (  # dev bm_21483760: a working session, had by a delegation
        "Cần Thơ sắp có Trường Đại học Quốc tế\nNgày 7/2, đoàn công tác của Bộ GD-ĐT do Bộ trưởng Phùng Xuân Nhạ "
        "dẫn đầu đã có buổi làm việc với UBND TP Cần Thơ về công tác phát triển GD-ĐT trên địa bàn thành phố. "
        "Tại buổi làm việc, Chủ tịch UBND TP Cần Thơ Võ Thành Thống cho biết ...",
        "buổi làm việc",
        "buổi làm việc với UBND TP Cần Thơ về công tác phát triển GD-ĐT",
        None,
    ),
    (  # dev unc_news_society_054: a leader comes to work with a locality; the article comes back to the session
        "Thượng tướng Nguyễn Phương Nam - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đến làm việc và kiểm "
        "tra công tác phòng, chống dịch tại TP Phú Quốc vào ngày 29/4.\nĐại diện UBND TP Phú Quốc báo cáo tình hình.\n"
        "Phát biểu chỉ đạo tại buổi làm việc, Thượng tướng Nguyễn Phương Nam đề nghị tăng cường tuần tra.",
        "buổi làm việc",
        "buổi làm việc",  # (the body's "Phát biểu chỉ đạo tại buổi làm việc" reports it; the title names it)
        None,
    ),
    (  # bench 22488644: the day between the meeting's name and the verb that holds it
        "Phố Tây Bùi Viện sẽ là phố đi bộ thứ 2 của TPHCM\nĐây là thông tin được đưa ra tại cuộc họp về việc triển "
        "khai Đề án phố đi bộ Bùi Viện vào chiều 8/6 do Phó Chủ tịch UBND TP Trần Vĩnh Tuyến chủ trì.",
        "họp",
        "cuộc họp về việc triển khai Đề án phố đi bộ Bùi Viện",
        None,
    ),
    (  # bench 22649192: "họp" as its subject's verb, done
        "NATO đẩy mạnh đầu tư thiết bị quân sự\nNgày 29/6, Bộ trưởng quốc phòng các nước thuộc NATO đã nhóm họp tại "
        "thủ đô Brussels của Bỉ, để đưa ra các quyết định về tăng cường lực lượng.",
        "họp",
        "họp",
        None,
    ),
    (  # bench 22623037: a body "có cuộc họp"
        "Khôi phục lại lăng mộ bị san ủi ở Huế\nChiều 26/6/2017, Thanh tra Sở VH-TT tỉnh Thừa Thiên Huế có cuộc họp "
        "giải quyết sự việc. Tại cuộc họp, đại diện Hội đồng trị sự đề nghị khôi phục lăng mộ.",
        "họp",
        "cuộc họp giải quyết sự việc",
        None,
    ),
    (  # bench 21474381: the meeting as the setting of a speaker's words
        "Mỗi phường chi mấy trăm triệu duy trì loa phường\nPhát biểu tại cuộc làm việc của lãnh đạo UBND thành phố "
        "Hà Nội với các sở, ngành sáng 6-2, Giám đốc Sở Phan Lan Tú cho hay hệ thống loa cần đổi mới.",
        "buổi làm việc",
        "cuộc làm việc của lãnh đạo UBND thành phố Hà Nội",
        None,
    ),
    (  # bench 22317283: a dialogue forum by its proper name
        "Cần phát triển các chuỗi cung ứng\nSáng 19/5, tại Trung tâm Hội nghị Quốc gia Mỹ Đình đã diễn ra Đối thoại "
        "công tư APEC lần thứ 3 về thúc đẩy thuận lợi hóa thương mại.",
        "đối thoại",
        "Đối thoại công tư APEC lần thứ 3 về thúc đẩy thuận lợi hóa thương mại",
        3,
    ),
    (  # bench 22573816: the journalists' association holds the meeting; that is no interview
        "Giao ban báo chí tuần 4\nNgày 20-6, tại Hà Nội, Ban Tuyên giáo Trung ương, Hội Nhà báo Việt Nam phối hợp tổ "
        "chức Giao ban báo chí tuần 4, tháng 6-2017.",
        "giao ban",
        "Giao ban báo chí tuần 4, tháng 6-2017",
        None,
    ),
    (  # bench 22471986: one event under two nouns, held by one verb
        "Báo chí luôn đồng hành cùng lực lượng CAND\nNhân kỷ niệm 92 năm Ngày Báo chí cách mạng Việt Nam, ngày 6/6, "
        "Bộ Công an đã tổ chức buổi gặp mặt, tọa đàm về \"Vai trò của báo chí\".",
        "tọa đàm",
        "tọa đàm về \"Vai trò của báo chí\"",
        None,
    ),
    (  # bench 22251427: the summit the trip was for is the setting; the round table is what the article reports
        "Chủ tịch nước dự Tọa đàm hợp tác kinh tế Việt Nam - Trung Quốc\nTrong khuôn khổ chuyến thăm cấp Nhà nước tới "
        "Trung Quốc và tham dự Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường”, sáng 12/5, tại Bắc Kinh, "
        "Chủ tịch nước Trần Đại Quang đã tham dự và phát biểu tại Tọa đàm hợp tác kinh tế, thương mại Việt Nam - "
        "Trung Quốc 2017.",
        "tọa đàm",
        "Tọa đàm hợp tác kinh tế, thương mại Việt Nam - Trung Quốc 2017",
        None,
    ),
    (  # bench 22627293: a council "họp phiên đầu tiên" on a given day sat then
        "Các phương án tăng lương tối thiểu vùng năm 2018\nTrong khi đại diện người lao động đề xuất mức tăng tuyệt "
        "đối 13,3% thì giới chủ kiến nghị tăng dưới 5%.\nNgày 27/6, Hội đồng tiền lương quốc gia họp phiên đầu tiên "
        "bàn mức tăng lương tối thiểu vùng năm 2018.",
        "họp",
        "họp phiên đầu tiên bàn mức tăng lương tối thiểu vùng năm 2018",
        None,
    ),
    (  # bench 22349982 (seed-51 S25): a parliament's debate told with its verb
        "Bàn về chương trình xây dựng luật năm 2018\nSáng 23-5, Quốc hội (QH) thảo luận tại tổ về Chương trình xây "
        "dựng luật, pháp lệnh năm 2018.",
        "phiên họp",
        "thảo luận tại tổ về Chương trình xây dựng luật, pháp lệnh năm 2018",
        None,
    ),
    (  # bench 22681850 (seed-51 S30): "tại phiên thảo luận" sets the sentence on the sitting's day
        "Đừng ảo tưởng lập lại được trật tự lòng đường\nNgày 5.7, tại phiên thảo luận tại hội trường của kỳ họp "
        "HĐND lần 5 khóa IX, các đại biểu đã thảo luận về trật tự lòng đường, vỉa hè.",
        "phiên họp",
        "phiên thảo luận",
        None,
    ),
    (  # bench 22472170 (seed-51 S4): a lost full stop; the capital "Tại" still opens a sentence set at the meeting
        "Chưa xóa biên chế giáo viên mầm non, tiểu học, THCS\nThí điểm một số ĐH và trường THPT đủ điều kiện Tại buổi "
        "họp về công tác chuẩn bị đội ngũ giáo viên diễn ra chiều 6/6, Bộ trưởng Phùng Xuân Nhạ yêu cầu rà soát.",
        "họp",
        "buổi họp về công tác chuẩn bị đội ngũ giáo viên",
        None,
    ),
    (  # bench 22354377: "hội đàm" as its subject's verb, done
        "Việt Nam sẵn sàng tạo điều kiện thuận lợi cho doanh nghiệp Tây Ban Nha\nChiều 23/5, tại Tây Ban Nha, PTT - "
        "Bộ trưởng Ngoại giao Phạm Bình Minh đã hội đàm với Bộ trưởng Ngoại giao và Hợp tác Tây Ban Nha Alfonso "
        "Dastis.",
        "hội đàm",
        "hội đàm với Bộ trưởng Ngoại giao và Hợp tác Tây Ban Nha Alfonso Dastis",
        None,
    ),
    (  # bench 22425006: a leader "hội đàm với" someone on a given day
        "Hình ảnh Tổng thống Hoa Kỳ D.Trump đón Thủ tướng Nguyễn Xuân Phúc\nChiều 31/5 tức ngày 1/6 theo giờ Hà Nội, "
        "tại Nhà trắng, thủ đô Washington D.C, Hoa Kỳ, Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Hợp chúng "
        "quốc Hoa Kỳ Donald Trump.",
        "hội đàm",
        "hội đàm với Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump",
        None,
    ),
    (  # bench 22676358: "Chính phủ tiếp tục họp": its subject goes on meeting
        "Thủ tướng yêu cầu Bộ GTVT công bố suất đầu tư làm 1km đường\nNgày 4/7, dưới sự chủ trì của Thủ tướng "
        "Nguyễn Xuân Phúc, Chính phủ tiếp tục họp Phiên thường kỳ tháng 6/2017, tập trung vào công tác xây dựng thể "
        "chế.",
        "họp",
        "họp Phiên thường kỳ tháng 6/2017",
        None,
    ),
    (  # bench 21495388: what was said at a working session "mới đây" sets it in the recent past
        "18 tỉ đồng xây cổng chào trên đường Võ Nguyên Giáp\nĐó là tổng kinh phí mà đơn vị tư vấn đưa ra tại buổi "
        "làm việc mới đây giữa UBND tỉnh Đồng Nai với UBND TP Biên Hòa và các sở, ngành về phương án xây dựng cổng "
        "chào.",
        "buổi làm việc",
        "buổi làm việc mới đây giữa UBND tỉnh Đồng Nai",
        None,
    ),
    (  # blind set 22259576: a press conference held as an event, told with its verb
        "Hải Phòng: Truy bắt 2 đối tượng hắt chất bẩn vào quầy thịt lợn giá rẻ\nSáng 13/5, UBND thành phố Hải Phòng "
        "đã họp báo công bố thông tin chính thức về vụ việc cản trở, hắt chất bẩn vào quầy kinh doanh thịt lợn tại chợ "
        "Lương Văn Can, quận Ngô Quyền.",
        "họp báo",
        "họp báo công bố thông tin chính thức về vụ việc cản trở, hắt chất bẩn",
        None,
    ),
    (  # bench 22580915 (issue 10: a missed event): what a press conference told is the article
        "Tổng Thư ký Quốc hội thông tin về việc đính chính Luật Cảnh vệ\nChiều 21/6, Văn phòng Quốc hội đã tổ chức "
        "họp báo công bố kết quả kỳ họp thứ 3, Quốc hội khóa XIV. Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc cho biết trong "
        "kỳ họp thứ 3, khối lượng công việc đồ sộ.",
        "họp báo",
        "họp báo công bố kết quả kỳ họp thứ 3",
        None,  # the session's ordinal, not the press conference's
    ),
    (  # blind set 22189231: a plenum told day by day, "bước sang ngày làm việc thứ năm"
        "Trung ương thảo luận về kết quả kiểm điểm Bộ Chính trị, Ban Bí thư\nNgày 9/5, Hội nghị lần thứ năm Ban Chấp "
        "hành Trung ương Đảng khóa XII bước sang ngày làm việc thứ năm. Đầu giờ chiều, Ban Chấp hành Trung ương Đảng "
        "làm việc tại Hội trường.",
        "hội nghị",
        "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII",
        5,
    ),
    (  # blind set 22230237: the day, the meeting as subject, a long name, then its verb
        "'Đại gia' Lý Nhã Kỳ lại tung tiền tỉ chơi trội\nChiều 9/5 buổi họp báo công bố chương trình Quảng bá du lịch "
        "TP.HCM và Điện ảnh Việt Nam tại LHP Cannes lần thứ 70 dưới sự tài trợ của nữ diễn viên, doanh nhân Lý Nhã Kỳ "
        "đã diễn ra tại TP.HCM.",
        "họp báo",
        "buổi họp báo công bố chương trình Quảng bá du lịch TP.HCM và Điện ảnh Việt Nam",
        None,
    ),
    (  # bench 21473003: the sentence opens with the meeting, its subject; the verb after a long name
        "'Bộ ba' Nga, Thổ Nhĩ Kỳ và Iran họp bàn về Syria mà không có Mỹ\nCuộc họp nhóm hợp tác hành động Nga, Thổ Nhĩ "
        "Kỳ và Iran để giám sát lệnh ngừng bắn tại Syria đã bắt đầu tại Astana, có các chuyên gia từ Liên Hợp Quốc và "
        "Jordan cũng tham dự.",
        "họp",
        "Cuộc họp nhóm hợp tác hành động Nga",
        None,
    ),
    (  # bench 22702399: "đã chính thức bắt đầu cuộc hội đàm"
        "Ông Trump và Putin chính thức hội đàm kín\nTổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hôm nay "
        "7/7 đã chính thức bắt đầu cuộc hội đàm đầu tiên bên lề hội nghị thượng đỉnh G-20 ở thành phố Hamburg của Đức.",
        "hội đàm",
        "cuộc hội đàm đầu tiên bên lề hội nghị thượng đỉnh G-20",
        None,
    ),
    (  # bench 22512265 (seed-61 reading S16): a parliament's sitting told with its verb
        "Kỳ họp thứ 3, Quốc hội khóa XIV: Thông qua Chương trình giám sát năm 2018\nSáng 12/6, các đại biểu Quốc hội "
        "làm việc tại hội trường, biểu quyết thông qua dự thảo Nghị quyết về Chương trình giám sát của Quốc hội năm 2018.",
        "phiên họp",
        "làm việc tại hội trường",  # (a comma after the debate: what it did, no part of its name)
        None,
    ),
    (  # bench 22539221 (seed-61 reading S10): answering at a press conference on a given day
        "'Trung Quốc cần hành xử có trách nhiệm ở Biển Đông'\nChiều 15/6, trả lời tại cuộc họp báo thường kỳ Bộ Ngoại "
        "giao, Người Phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Việt Nam đã nhiều lần khẳng định chủ quyền.",
        "họp báo",
        "cuộc họp báo thường kỳ Bộ Ngoại giao",
        None,
    ),
    (  # blind set 22547114: a gathering held by its verb, without "buổi" / "cuộc"
        "Báo chí góp phần tích cực vào sự phát triển chung của vùng Tây Bắc\nNhân kỷ niệm 92 năm Ngày Báo chí Cách mạng "
        "Việt Nam, chiều 16/6, Ban Chỉ đạo Tây Bắc tổ chức gặp mặt một số cơ quan báo chí Trung ương và các địa phương "
        "vùng Tây Bắc.",
        "gặp mặt",
        "gặp mặt một số cơ quan báo chí Trung ương và các địa phương vùng Tây Bắc",
        None,
    ),
    (  # bench 21474078
        "Nga, Thổ, Iran họp bàn về chiến sự Syria tại Astana\nNgày 6/2, cuộc họp nhóm hợp tác hành động Nga, Thổ Nhĩ "
        "Kỳ và Iran đã được tổ chức tại Astana, Kazakhstan.",
        "họp",
        "cuộc họp nhóm hợp tác hành động Nga",
        None,
    ),
    (  # bench 22600368: a speaker "nói tại buổi làm việc" on a given day
        "Metro 'đói' vốn, TPHCM cầu cứu Thủ tướng\n“Nếu không sẽ ngưng thi công”, phó chủ tịch UBND TPHCM Lê Thanh "
        "Liêm nói tại buổi làm việc với Thủ tướng Nguyễn Xuân Phúc vào ngày 23/6.",
        "buổi làm việc",
        "buổi làm việc với Thủ tướng Nguyễn Xuân Phúc",
        None,
    ),
    (  # blind set 22707554: leaders meeting one another
        "Nhật Bản và Trung Quốc cam kết cải thiện quan hệ\nNgày 8/7, Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch Trung "
        "Quốc Tập Cận Bình đã có cuộc gặp song phương bên lề Hội nghị G20 ở Hamburg, Đức.",
        "cuộc gặp",
        "cuộc gặp song phương bên lề Hội nghị G20",
        None,
    ),
    (  # blind set 22423118: a reception, told with its verb
        "Chủ tịch nước Trần Đại Quang tiếp Hoàng hậu Vương quốc Hà Lan\nNgày 31/5, tại Phủ Chủ tịch, Chủ tịch nước Trần "
        "Đại Quang đã tiếp Hoàng hậu Vương quốc Hà Lan Máxima Zorreguieta Cerruti, Đặc phái viên của Tổng Thư ký Liên hợp "
        "quốc.",
        "tiếp",
        "tiếp Hoàng hậu Vương quốc Hà Lan Máxima Zorreguieta Cerruti",
        None,
    ),
    (  # blind set 22546904: a reception, told with its noun
        "Bí thư Thành ủy Thành phố Hồ Chí Minh tiếp Chủ tịch Quốc hội Cuba\nChiều 16/6, Ủy viên Bộ Chính trị, Bí thư Thành "
        "ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân đã có buổi tiếp Chủ tịch Quốc hội Cộng hòa Cuba Juan Esteban Lazo "
        "Hernandez.",
        "tiếp",
        "buổi tiếp Chủ tịch Quốc hội Cộng hòa Cuba Juan Esteban Lazo Hernandez",
        None,
    ),
    (  # blind set 22653350: the day and the subject open the sentence, then the verb
        "Tháng 7 sẽ xử lý cán bộ xã, huyện sai phạm trong vụ Đồng Tâm\nSáng 30.6, HĐND TP.Hà Nội họp báo về kỳ họp thứ 4 "
        "(diễn ra từ ngày 3 - 5.7).",
        "họp báo",
        "họp báo về kỳ họp thứ 4",
        None,
    ),
    (  # blind set 22546259: a parliament's debate "tại nghị trường"
        "Trù dập người tố cáo đã rất tinh vi\nChiều 16-6, thảo luận tại nghị trường Quốc hội về dự án luật tố cáo (sửa "
        "đổi), ĐBQH Bùi Văn Phương khẳng định trù dập người tố cáo là chuyện có thật.",
        "phiên họp",
        "thảo luận tại nghị trường Quốc hội về dự án luật tố cáo",
        None,
    ),
    (  # blind set 22545189: the Vietnam Business Forum, not the newspaper of that name
        "Khép lại khoảng cách kết nối doanh nghiệp FDI và tư nhân trong nước\nDiễn đàn Doanh nghiệp Việt Nam giữa kỳ 2017 "
        "(VBF) diễn ra tại khách sạn Sheraton (Hà Nội) ngày 16/6.",
        "diễn đàn",
        "Diễn đàn Doanh nghiệp Việt Nam giữa kỳ 2017",
        None,
    ),
    (  # blind set 22555955: the words as a noun with their speaker, at a meeting on a given day
        "Kết luận của Thủ tướng về mở rộng sân bay Tân Sơn Nhất\nVăn phòng Chính phủ vừa có văn bản thông báo kết luận "
        "của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại cuộc họp về vấn đề sân golf trong sân bay Tân Sơn Nhất, ngày 12/6.",
        "họp",
        "cuộc họp về vấn đề sân golf",
        None,
    ),
    (  # blind set 22365628: what was said, then "tại": the words stand between the verb and its setting
        "Ông Nguyễn Thành Phong: Không làm được thì điều chuyển\nÔng Nguyễn Thành Phong, Chủ tịch UBND TP.HCM, đã nhấn "
        "mạnh như trên tại buổi làm việc với 24 quận, huyện và các sở, ngành về trật tự vỉa hè vào ngày 24-5.",
        "buổi làm việc",
        "buổi làm việc với 24 quận, huyện và các sở, ngành về trật tự vỉa hè",
        None,
    ),
    (  # blind set 22664988: said "trong" a meeting, named with its day
        "Chính phủ yêu cầu các 'ông lớn' chấn chỉnh việc thoái vốn Nhà nước\nNói điều này trong buổi họp Chính phủ ngày "
        "3/7, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng cho biết, Tổ công tác đã kiểm tra.",
        "họp",
        "buổi họp Chính phủ",
        None,
    ),
    (  # blind set 22618669: a leader working with a body, told with the verb
        "Hải Phòng cần nỗ lực tăng trưởng 14%\nChiều 26-6, tại TP. Hải Phòng, Thủ tướng Nguyễn Xuân Phúc đã làm việc với "
        "Thành ủy TP. Hải Phòng về tình hình kinh tế-xã hội. Tham dự còn có Bí thư Thành ủy Hải phòng Lê Văn Thành.",
        "buổi làm việc",
        "làm việc với Thành ủy TP. Hải Phòng về tình hình kinh tế-xã hội",
        None,
    ),
    (  # blind set 22423121: a delegation led by a minister
        "Làm rõ nguyên nhân 7 bệnh nhân chạy thận tử vong\nNgày 31/5, tại Bệnh viện Đa khoa tỉnh Hòa Bình, Đoàn công tác "
        "của Bộ Y tế do Bộ trưởng Nguyễn Thị Kim Tiến làm Trưởng đoàn đã làm việc với lãnh đạo tỉnh. Bộ trưởng yêu cầu các "
        "bộ phận liên quan phải báo cáo trung thực.",
        "buổi làm việc",
        "làm việc với lãnh đạo tỉnh",
        None,
    ),
    (  # blind set 22404366: a leader's delegation working with a body, in a lead that opens on its day, no tense
        "Phó thủ tướng Trịnh Đình Dũng: Khẩn trương ứng phó sạt lở vùng ĐBSCL\nNgày 29/5, Phó Thủ tướng dẫn đầu đoàn "
        "công tác làm việc với lãnh đạo các tỉnh ven biển vùng ĐBSCL về phòng chống sạt lở. Ông cho rằng các địa phương "
        "đã có nhiều nỗ lực.",
        "buổi làm việc",
        "làm việc với lãnh đạo các tỉnh ven biển vùng ĐBSCL về phòng chống sạt lở",
        None,
    ),
    (  # bench 21495447: the session as the second of two verbs
        "32 địa phương phát hiện bệnh nhiễm sán lá gan nhỏ\nNgày 8-2, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã có buổi "
        "thị sát và làm việc với Viện Sốt rét - ký sinh trùng - côn trùng trung ương.",
        "buổi làm việc",
        "làm việc với Viện Sốt rét",
        None,
    ),
    (  # bench 22584787: the meeting as the subject of what it decided
        "Ông Trần Thanh Mẫn làm Chủ tịch Mặt trận Tổ quốc Việt Nam\nSáng 22/6, Hội nghị Ủy ban Trung ương MTTQ Việt Nam "
        "lần thứ 7 khóa VIII đã thống nhất hiệp thương cử ông Trần Thanh Mẫn làm Chủ tịch.",
        "hội nghị",
        "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 7 khóa VIII",
        7,
    ),
    (  # bench 22263516: a leader's meeting with voters (not a "buổi tiếp xúc" of another kind)
        "Tổng Bí thư tiếp xúc cử tri Hoàn Kiếm\nChiều 13/5, Tổng bí thư Nguyễn Phú Trọng có cuộc tiếp xúc cử tri tại đơn "
        "vị bầu cử số một, quận Hoàn Kiếm (Hà Nội). Cử tri Nghiêm Văn Phái phát biểu.",
        "tiếp xúc cử tri",
        "cuộc tiếp xúc cử tri",
        None,
    ),
    (  # bench 22222258: ... told with the verb, a delegation its subject
        "Ông Đinh La Thăng vắng mặt\nSáng 9/5, Đoàn đại biểu Quốc hội TP.HCM tiếp xúc cử tri tại huyện Củ Chi. Cử tri "
        "đánh giá cao sự năng động của ông Thăng.",
        "tiếp xúc cử tri",
        "tiếp xúc cử tri",
        None,
    ),
    (  # bench 22378554: the Assembly sitting told with its verb
        "Luật Quy hoạch: cần tầm nhìn 100 năm\nSáng 26.5, Quốc hội đã nghe Ủy viên Ủy ban Thường vụ Quốc hội Vũ Hồng "
        "Thanh trình bày Báo cáo giải trình, tiếp thu, chỉnh lý dự án Luật Quy hoạch.",
        "phiên họp",
        "phiên họp",  # (the Assembly's clause names no sitting: the kind alone)
        None,
    ),
    (  # bench 22520974: the end of a sitting as the setting of what was said there
        "Phó Thủ tướng đưa ra 9 giải pháp\nCuối phiên chất vấn sáng nay (13/6), Phó Thủ tướng Trịnh Đình Dũng đã giải "
        "trình một số nội dung.",
        "phiên họp",
        "phiên chất vấn",
        None,
    ),
    (  # blind set 22327499: the congress opens its sentence and votes, its day in the sentence before
        "Nhân sự mới Hội Truyền thông số Việt Nam\nSáng nay 20/5 tại trụ sở Bộ Thông tin - Truyền thông, Hội Truyền thông "
        "số Việt Nam đã bầu Ban Chấp hành khóa II. Đại hội lần thứ 2 Hội Truyền thông số Việt Nam đã biểu quyết kiện "
        "toàn ban lãnh đạo Hội nhiệm kỳ 2.",
        "đại hội",
        "Đại hội lần thứ 2 Hội Truyền thông số Việt Nam",
        2,
    ),
    (  # blind set 22258455: the speaker, then the meeting with its day, then what they said
        "Nhà Trắng bác tin Trump đe dọa Comey\nÔng Sean Spicer trong cuộc họp báo chiều 12/5 khẳng định cảnh báo của "
        "ông Trump với ông Comey không phải là lời đe dọa.",
        "họp báo",
        "cuộc họp báo",
        None,
    ),
    (  # blind set 22701157: a leader's working visit, told as done
        "Tổng Bí thư: Bắc Kạn cần huy động nguồn lực trong dân\nTrong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến "
        "thăm, làm việc tại tỉnh Bắc Kạn, kiểm tra tình hình thực hiện nhiệm vụ kinh tế - xã hội.",
        "buổi làm việc",
        "thăm, làm việc",
        None,
    ),
    (  # bench 22692716: "đưa ra tuyên bố trên trong cuộc họp báo ...": the statement's setting, undated
        "Tổng thống Pháp kêu gọi các nước hành động nhiều hơn Hiệp định Paris\nTổng thống Pháp Emmanuel Macron kêu gọi các "
        "nước cần hành động nhiều hơn. Nhà lãnh đạo Pháp đưa ra tuyên bố trên trong cuộc họp báo chung tại Paris với Chủ "
        "tịch Ngân hàng Thế giới Jim Yong Kim.",
        "họp báo",
        "cuộc họp báo chung",
        None,
    ),
    (  # bench 22463330: "Quốc hội họp" is no "hội họp" (a gathering)
        "Thông cáo số 11 Kỳ họp thứ 3, Quốc hội khóa XIV\nNgày 5/6/2017, Quốc hội họp phiên toàn thể tại hội trường để "
        "thảo luận Báo cáo kết quả giám sát việc thực hiện chính sách, pháp luật về an toàn thực phẩm.",
        "họp",
        "họp phiên toàn thể",
        None,
    ),
    (  # bench 22372814 (and 18 more): "Quốc hội thảo luận tại tổ" is the Assembly's debate, no "hội thảo"
        "Không nên điều chỉnh mục tiêu tăng trưởng\nChiều 25/5, Quốc hội thảo luận tại tổ về đánh giá bổ sung kết quả "
        "thực hiện kế hoạch phát triển kinh tế-xã hội năm 2016.",
        "phiên họp",
        "thảo luận tại tổ về đánh giá bổ sung kết quả thực hiện kế hoạch phát triển kinh tế-xã hội năm 2016",
        None,
    ),
    (  # bench reading seed 87 S16 (22706882): the meeting going on is the setting of what its leaders did
        "G20 đạt thỏa hiệp về thương mại\nNgày 8/7, tiếp tục chương trình nghị sự của Hội nghị thượng đỉnh G20, các nhà "
        "lãnh đạo đã đạt được thỏa hiệp về thương mại.",
        "hội nghị",
        "Hội nghị thượng đỉnh G20",
        None,
    ),
    (  # bench 22488671, 22416177, 22525524: the words said at a meeting as a noun with their speaker ("Đây là khẳng
        # định của", "Đó là ý kiến của", "Đó là quan điểm của")
        "Sự cố chạy thận tại Hòa Bình là một thảm họa\nĐây là khẳng định của Hội đồng Chuyên môn Sở Y tế Hòa Bình tại "
        "cuộc họp ngày 8/6 nhằm đánh giá quá trình khám, chăm sóc và điều trị đối với các bệnh nhân.",
        "họp",
        "cuộc họp",
        None,
    ),
    (
        "Chủ tịch TP.HCM: 40% số doanh nghiệp mới làm BĐS là điều phải suy nghĩ\nĐó là ý kiến của ông Nguyễn Thành "
        "Phong – Chủ tịch UBND TP.HCM trong phiên họp về kinh tế xã hội tháng 5.",
        "phiên họp",
        "phiên họp về kinh tế xã hội tháng 5",
        None,
    ),
    (  # blind set 22448055: the conclusions named without their speaker, in the sitting's programme
        "Tăng cường tháo gỡ khó khăn cho doanh nghiệp\nĐây là kết luận nội dung kinh tế-xã hội tháng 5 trong chương "
        "trình Phiên họp thường kỳ Chính phủ ngày 3/6 của Thủ tướng Nguyễn Xuân Phúc.",
        "phiên họp",
        "Phiên họp thường kỳ Chính phủ",
        None,
    ),
    (  # blind set 22471917, bench 22695545: a bilateral business forum is a meeting (its name ends at the line's end)
        "Thúc đẩy hợp tác thương mại giữa Việt Nam và Cộng hòa Czech\nChiều 6/6, tại Hà Nội, Phòng Thương mại và Công "
        "nghiệp Việt Nam (VCCI) phối hợp với Đại sứ quán Cộng hòa Czech tổ chức Diễn đàn doanh nghiệp Việt - Czech\n"
        "Diễn đàn được tổ chức nhân chuyến thăm chính thức Việt Nam của Tổng thống Cộng hòa Czech.",
        "diễn đàn",
        "Diễn đàn doanh nghiệp Việt - Czech",
        None,
    ),
    (  # blind set 22447396: a sentence that opens on the words said, then where they were said
        "Thủ tướng nói về việc cho thôi chức Cục trưởng\nKết luận phần thảo luận kinh tế - xã hội tại phiên họp Chính "
        "phủ thường kỳ tháng 5/2017 vào sáng 3/6, Thủ tướng Nguyễn Xuân Phúc cho rằng việc cấp phép là một bài học.",
        "phiên họp",
        "phiên họp Chính phủ thường kỳ tháng 5/2017",
        None,
    ),
    (  # bench 22753131: the reception told with its verb, then "Phát biểu ý kiến tại buổi tiếp"
        "Thủ tướng tiếp Thống đốc tỉnh Kanagawa\nNgày 14/7, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp ông "
        "Kuroiwa Yuji, Thống đốc tỉnh Kanagawa (Nhật Bản). Phát biểu ý kiến tại buổi tiếp, Thủ tướng bày tỏ vui mừng.",
        "tiếp",
        "tiếp ông Kuroiwa Yuji",  # the verb and the guest it names
        None,
    ),
    (  # bench 22643023: a speech verb after a comma ends the name
        "Thủ tướng sẽ dự Hội nghị G20\nNgày 7/7/2017, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Thượng đỉnh G20, phát "
        "biểu tại phiên thảo luận về kinh tế số.",
        "hội nghị",
        "Hội nghị Thượng đỉnh G20",
        None,
    ),
    (  # blind set 22650172, bench 22642934: a leader's courtesy meeting, told like talks
        "Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Duma Quốc gia Nga\nSáng 30/6 theo giờ địa phương, tại thủ đô "
        "Moskva, Chủ tịch nước Trần Đại Quang đã có cuộc hội kiến với Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin.",
        "hội kiến",
        "cuộc hội kiến với Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin",
        None,
    ),
    (  # bench 22539835: a caption with no full stop runs into the lead, which opens on its day
        "Gọi nhầm đi nghĩa vụ quân sự, Ban chỉ huy quân sự phường xin lỗi công dân\nChỉ huy trưởng Ban chỉ huy quân sự P.7 "
        "thay mặt Hội đồng nghĩa vụ quân sự P.7 đã công khai xin lỗi bà Loan Tối 15.6, tại Hội nghị tiếp xúc cử tri P.5, "
        "P7 (Q.Bình Thạnh) của Đại biểu HĐND Q.Bình Thạnh, Chỉ huy trưởng Ban chỉ huy quân sự P.7 đã xin lỗi bà Loan.",
        "hội nghị",
        "Hội nghị tiếp xúc cử tri P.5",
        None,
    ),
    (  # bench 22262818: a voter meeting told with its verb, done again ("đã tiếp tục"), after a glued subheading
        "Tổng Bí thư: Ông Đinh La Thăng thời làm giao thông là 'cán bộ năng nổ'\nBài học sâu sắc từ vụ ông Đinh La "
        "Thăng Chiều 13/5, Tổng Bí thư Nguyễn Phú Trọng và các đại biểu Quốc hội thuộc đơn vị bầu cử số 1 đã tiếp tục "
        "tiếp xúc với cử tri quận Hoàn Kiếm (Hà Nội). Nêu ý kiến tại đây, cử tri Nghiêm Văn Phái cho rằng ...",
        "tiếp xúc cử tri",
        "tiếp xúc với cử tri quận Hoàn Kiếm",
        None,
    ),
    (  # blind set 22727535: a verb of judging, "như trên", then the meeting as its setting
        "Mở đường băng thứ 3 chưa chắc giải quyết được vấn đề Tân Sơn Nhất\nÔng Nguyễn Thành Phong đã nhận định như trên "
        "trong cuộc họp với Bộ Giao thông vận tải (Bộ GTVT) vào chiều 10/7.",
        "họp",
        "cuộc họp với Bộ Giao thông vận tải",
        None,
    ),
    (  # seed-106 reading E10 (bench 22627056): "Kết luận buổi họp" comes back to the press conference itself
        "Bộ Nội vụ phát hiện nhiều sai phạm trong bổ nhiệm cán bộ\nNhiều vấn đề nóng được phản ánh và trả lời tại buổi "
        "họp báo thông báo kết quả công tác quý II của Bộ Nội vụ diễn ra chiều 27/6 tại Hà Nội. Buổi họp báo do Thứ "
        "trưởng Bộ Nội vụ Nguyễn Duy Thăng chủ trì. Các địa phương tổng hợp kết quả gửi về Bộ Nội vụ. Kết luận buổi họp, "
        "Thứ trưởng Nguyễn Duy Thăng đánh giá cao các ý kiến.",
        "họp báo",
        "buổi họp báo thông báo kết quả công tác quý II của Bộ Nội vụ",
        None,
    ),
    (  # blind set 22453984: "nhóm họp" is the forum's sitting, not a meeting listed beside it
        "Đối thoại Shangri-La 16: Xây dựng nền tảng chung về an ninh khu vực\nSau 3 ngày nhóm họp, Đối thoại Shangri-La "
        "lần thứ 16 đã khép lại với nhiều điểm nhấn. Bộ trưởng Quốc phòng các nước ASEAN chụp ảnh chung sau cuộc họp bên "
        "lề Đối thoại Shangri-La ở Singapore ngày 4/6.",
        "đối thoại",
        "Đối thoại Shangri-La lần thứ 16",
        16,
    ),
    (  # bench 22653543: the joint statement issued after the summit reports it
        "Mỹ, Hàn Quốc cam kết thúc đẩy quan hệ đồng minh\nNgày 30/6, Mỹ và Hàn Quốc đã ra tuyên bố chung tổng kết những kết "
        "quả đạt được sau cuộc gặp thượng đỉnh giữa Tổng thống Mỹ Donald Trump và người đồng cấp Hàn Quốc Moon Jae-in tại "
        "thủ đô Washington.",
        "cuộc gặp",
        "cuộc gặp thượng đỉnh giữa Tổng thống Mỹ Donald Trump và người đồng cấp Hàn Quốc Moon Jae-in",
        None,
    ),
    (  # seed-106 reading E5 (bench 22600362): "tổ chức ngày 23/6" after the name holds the lead's meeting, which
        # wins over another meeting of the same afternoon
        "Công tác Đoàn: Lan tỏa những cách làm hay\nĐó là nhận xét của anh Lê Quốc Phong, Bí thư thứ nhất Trung ương "
        "Đoàn tại hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19 tổ chức ngày 23/6 tại TPHCM. Chiều cùng ngày, tại "
        "TPHCM đã diễn ra hội nghị Ủy ban Kiểm tra Trung ương Đoàn lần thứ 11 (khóa X).",
        "hội nghị",
        "hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19",
        19,
    ),
    (  # bench 21512408: two leaders as the speakers
        "Mỹ, Nhật phản đối hành động thay đổi hiện trạng Biển Đông\nTổng thống Mỹ Donald Trump và Thủ tướng Nhật Shinzo "
        "Abe trong cuộc gặp ngày 10.2 đã khẳng định sẽ phản đối mạnh mẽ những hành động làm thay đổi hiện trạng.",
        "cuộc gặp",
        "cuộc gặp",
        None,
    ),
    (  # bench reading seed 115 S35 (22405787), bench 22424585: the opening clause gives the session and its day
        "Quy trình có vấn đề!\nLàm việc với ngành y tế tỉnh Hòa Bình sáng 31-5, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến "
        "yêu cầu Bệnh viện làm rõ quy trình.",
        "buổi làm việc",
        "Làm việc với ngành y tế tỉnh Hòa Bình",
        None,
    ),
    (  # reading seed 253 S16 (bench 22318315): a delegation works with a ministry, the day closing that clause
        "Thủ tướng yêu cầu giải trình đề xuất tăng tuổi nghỉ hưu\nTổ công tác của Thủ tướng làm việc với Bộ Lao động - "
        "Thương binh và Xã hội sáng 19/5. Bộ trưởng Mai Tiến Dũng thông báo, Thủ tướng yêu cầu Bộ phải giải trình.",
        "buổi làm việc",
        "làm việc với Bộ Lao động",  # (the name ends at the dash)
        None,
    ),
    (  # reading seed 129 (bench 21484612): a minister, "khi làm việc với ... vào ngày 7-2"
        "Bộ GD&ĐT ủng hộ Cần Thơ thành lập ĐH Quốc tế\nĐó là ý kiến của Bộ trưởng Bộ GD&ĐT Phùng Xuân Nhạ khi làm việc "
        "với lãnh đạo UBND TP Cần Thơ vào ngày 7-2 khi nghe lãnh đạo thành phố đề nghị.",
        "buổi làm việc",
        "làm việc với lãnh đạo UBND TP Cần Thơ",
        None,
    ),
    (  # reading seeds 205, 1207 (bench 22737663): the day after a comma, closing the sentence
        "Bộ Quốc phòng sẵn sàng thu hồi sân golf Tân Sơn Nhất\nBộ trưởng Bộ Quốc phòng - Đại tướng Ngô Xuân Lịch khẳng "
        "định như thế tại buổi kiểm tra và làm việc với Tổng Công ty Tân cảng Sài Gòn, sáng 12/7.",
        "buổi làm việc",
        "làm việc với Tổng Công ty Tân cảng Sài Gòn",
        None,
    ),
    (  # bench 22420401: the sentence opens on its day, then on the session, then its leader
        "Bộ trưởng Y tế: Đúng quy trình, sao bệnh nhân chạy thận chết?\nSáng 31-5, làm việc với Giám đốc Sở Y tế Hòa "
        "Bình, Bệnh viện Đa khoa tỉnh Hòa Bình, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã truy vấn lãnh đạo bệnh viện.",
        "buổi làm việc",
        "làm việc với Giám đốc Sở Y tế Hòa Bình",
        None,
    ),
    (  # reading seed 167 S29 (bench 21493651): who spoke on a day, then, in the next sentence, where they spoke
        "Ngoại trưởng Trung Quốc kêu gọi đẩy nhanh đàm phán RCEP\nNgoại trưởng Trung Quốc Vương Nghị kêu gọi thúc đẩy "
        "các cuộc đàm phán về Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) nhằm kiến lập Khu vực Thương mại tự do "
        "châu Á - Thái Bình Dương (FTAAP).\nNgoại trưởng Trung Quốc Vương Nghị. Ảnh: EPA/TTXVN Ngoại trưởng Trung Quốc "
        "Vương Nghị (Wang Yi) ngày 7/2 kêu gọi thúc đẩy các cuộc đàm phán về Hiệp định Đối tác Kinh tế Toàn diện Khu vực "
        "(RCEP) nhằm kiến lập Khu vực Thương mại tự do châu Á - Thái Bình Dương (FTAAP). Phát biểu tại buổi họp báo sau "
        "Đối thoại Chiến lược và Ngoại giao Trung Quốc - Australia lần thứ tư diễn ra ở Canberra, ông Vương Nghị cho biết "
        "Bắc Kinh có thái độ cởi mở đối với bất kỳ thỏa thuận thương mại khu vực nào.",
        "họp báo",
        "buổi họp báo sau Đối thoại Chiến lược và Ngoại giao Trung Quốc - Australia lần thứ tư",
        None,  # (the fourth is the Dialogue's, not the press conference's)
    ),
    (  # reading seed 163 S12 (bench 22227226, gold83): a sentence that opens on the meeting and its day, then the words
        # said there, after a photo's credit; its name not from the press conference of a past year
        "Ai 'ăn cắp' bản quyền Champions League của VTVcab?\nNgày 9-5, Tổng Công ty Truyền hình Cáp Việt Nam (VTVcab) "
        "đã công bố việc ngừng phát sóng hai giải trên vì vấn đề bản quyền.\nTháng 8-2015 VTVcab đã có buổi họp báo và ban hành thông cáo báo chí là đơn vị duy "
        "nhất sở hữu bản quyền. Đây là lần thứ hai VTVcab ngừng phát sóng. Ảnh: VTV Cuộc họp báo ngày 9-5, phía VTVcab "
        "cho biết do không đảm bảo vấn đề bản quyền, VTVcab buộc phải ngừng phát sóng.",
        "họp báo",
        "Cuộc họp báo",
        None,
    ),
    (  # reading seed 163 S23 (bench 21487898), bench 22734137: an abbreviation's dot inside the opening clause
        "Cán bộ phải tập cười trước gương\nLàm việc với H.Phúc Thọ (Hà Nội) vào sáng 7.2, ông Hoàng Trung Hải, Ủy viên Bộ "
        "Chính trị - Bí thư Thành ủy Hà Nội, nhấn mạnh mỗi cán bộ phải nắm bắt tâm tư nguyện vọng của người dân.",
        "buổi làm việc",
        "Làm việc với H.Phúc Thọ",
        None,
    ),
    (  # bench reading seed 115 S34 (22360095): what the press were told, at a press conference on its day
        "Xây metro: Hai hầm 'khủng' chạy dưới hàng chục cao ốc\nĐó là những vấn đề được báo giới đặt ra với Ban Quản "
        "lý đường sắt đô thị TP.HCM tại cuộc họp báo sáng nay (24-5).",
        "họp báo",
        "cuộc họp báo",
        None,
    ),
    (  # blind set 137 (22651880): a press conference on a sitting still ahead is the event, not the sitting
        "Vụ Đồng Tâm: Sắp xét xử một số cán bộ\nNgày 30-6, ông Nguyễn Hoài Nam, Trưởng ban Pháp chế HĐND TP Hà Nội, cho "
        "biết như trên tại cuộc họp báo về kỳ họp thứ 4 của HĐND TP Hà Nội dự kiến diễn ra vào tuần sau.",
        "họp báo",
        "cuộc họp báo về kỳ họp thứ 4 của HĐND TP Hà Nội",
        None,
    ),
    (  # bench 21488033: a plan's word the name ran on into is left out of it
        "Văn bản ông Vũ Huy Hoàng ký trình Chính phủ: Vẫn đúng?\nCuộc họp Đại hội đồng cổ đông bất thường năm 2017 dự kiến "
        "sẽ diễn ra vào ngày 16/2/2017 tới.",
        "đại hội",
        "Đại hội đồng cổ đông bất thường năm 2017",
        None,
    ),
    (  # blind set 137 (22372786): the question a deputy asked, at a sitting on its day
        "Đã giải quyết xong và hoàn toàn yên tâm về Formosa rồi hay sao?\nĐây là câu hỏi ĐBQH Phạm Khánh Phong Lan, Phó "
        "giám đốc Sở Y tế TP.HCM đặt ra trong phiên thảo luận tổ chiều 25.5 về tình hình kinh tế - xã hội năm 2016.",
        "phiên họp",
        "phiên thảo luận tổ",
        None,
    ),
    (  # blind set 120 (21512103), bench 22357209: whatever a leader's words are called, their setting and day
        "Lãnh đạo huyện phải chia nhau đi cơ sở\nĐó là nhắn nhủ của Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng trong buổi "
        "làm việc với UBND huyện Củ Chi về kế hoạch triển khai thực hiện nhiệm vụ năm 2017 của huyện chiều 10-2.",
        "buổi làm việc",
        "buổi làm việc với UBND huyện Củ Chi về kế hoạch triển khai thực hiện nhiệm vụ năm 2017 của huyện",
        None,
    ),
    (  # blind set 120 (22673415): what a sitting passed, told as done there on its day
        "HĐND Hà Nội thông qua Đề án quản lý xe cá nhân\nVới tỷ lệ phiếu tán thành trên 90%, Đề án quản lý phương tiện "
        "giao thông vừa được HĐND thành phố Hà Nội thông qua trong phiên họp sáng nay (4/7).",
        "phiên họp",
        "phiên họp",
        None,
    ),
    (  # bench reading seed 116 E3, E38 (22413777, 22319762): the speaker named after the meeting is no part of its name
        "Thanh tra tỉnh nói về vụ việc\nChiều 30-5, tại cuộc họp giao ban báo chí thường kỳ của tỉnh Cà Mau, ông Huỳnh "
        "Quốc Hoàng cho biết thanh tra đã kết luận.",
        "họp",
        "cuộc họp giao ban báo chí thường kỳ của tỉnh Cà Mau",
        None,
    ),
    (  # bench 22541450, 22527844: a minister's turn in the Assembly's question time, told with its verbs
        "Lo tư duy nhiệm kỳ bởi ẩn chứa lợi ích nhóm\nChiều 15/6, Phó thủ tướng Thường trực Chính phủ Trương Hòa Bình "
        "đăng đàn trả lời chất vấn trước Quốc hội về những vấn đề liên quan thuộc trách nhiệm của Chính phủ.",
        "phiên họp",
        "đăng đàn trả lời chất vấn trước Quốc hội về những vấn đề liên quan thuộc trách nhiệm của Chính phủ",
        None,
    ),
    (  # blind set 112, 22368647: a parliament's sitting day, told as the session going on
        "Doanh nghiệp Nhà nước không trả được nợ thì phá sản\nSáng nay 25/5, tiếp tục kỳ họp thứ 3, Quốc hội khóa XIV, "
        "Quốc hội đã thảo luận Dự thảo Luật Quản lý nợ công (sửa đổi).",
        "kỳ họp",
        "kỳ họp thứ 3",
        3,
    ),
    (  # blind set 124, 22734436: a leader's working visit at a body, told with the verb in a lead opening on its day
        "Bộ Quốc phòng sẵn sàng thu hồi sân golf\nSáng 12.7, đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ "
        "Quốc phòng kiểm tra, làm việc tại Tổng công ty Tân Cảng Sài Gòn (TP.HCM).",
        "buổi làm việc",
        "làm việc tại Tổng công ty Tân Cảng Sài Gòn",
        None,
    ),
    (  # bench 22531395: the title names the sitting, the lead opens on its day and names no meeting of its own
        "Kỳ họp thứ 3, Quốc hội khóa XIV: Nâng cao hiệu quả vốn đầu tư công và đầu tư nước ngoài\nChiều 14/6, sau phiên "
        "chất vấn và trả lời chất vấn đối với Bộ trưởng Y tế Nguyễn Thị Kim Tiến, Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí "
        "Dũng đã \"đăng đàn\" trả lời câu hỏi của các đại biểu Quốc hội.",
        "kỳ họp",
        "Kỳ họp thứ 3",
        3,
    ),
    (  # bench 22572234: ... or opens on the programme it goes on with, then the day
        "Kỳ họp thứ 3, Quốc hội khóa XIV: Thông qua 2 dự án Luật\nTiếp tục chương trình làm việc chiều 20/6, các đại "
        "biểu Quốc hội đã biểu quyết thông qua dự án Luật Cảnh vệ và Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công "
        "cụ hỗ trợ.",
        "kỳ họp",
        "Kỳ họp thứ 3",
        3,
    ),
    (  # bench 22259321: the same, the meeting named by its verb in the title
        "EU và Mỹ họp khẩn về lệnh cấm thiết bị điện tử trên máy bay\nNgày 12/5, nhiều nước châu Âu và Bộ An ninh nội địa "
        "Mỹ (DHS) đã thảo luận khẩn cấp về dự định của Nhà Trắng cấm mang thiết bị điện tử cầm tay cỡ lớn trên các chuyến "
        "bay từ châu Âu đến Mỹ.",
        "họp",
        "họp khẩn về lệnh cấm thiết bị điện tử",
        None,
    ),
    (  # bench 22651270 (reading seed 170, E29), 22633337: the press conference of the lead, not a meeting told deep
        # down as the case's background
        "Cách chức hai cán bộ sở tài nguyên nhậu say kêu giang hồ 'xử' nhau\nChiều 30/6, UBND tỉnh Kon Tum tổ chức họp "
        "báo, thông tin kết quả điều tra vụ “Nhậu say, hai cán bộ Sở Tài nguyên kêu giang hồ “xử” nhau” mà trước đó Tiền "
        "Phong đã phản ánh.\nTại buổi họp báo, ông Phạm Đức Hạnh- Giám đốc Sở TN&MT Kon Tum cho biết đã thi hành kỷ "
        "luật mức cách chức đối với hai ông Diệp Xuân Vinh (Phó chi cục trưởng Chi cục quản lý đất đai thuộc Sở TN&MT) "
        "và ông Cao Minh Phương (Trưởng phòng tài nguyên nước thuộc Sở TN&MT). Đồng thời, điều chuyển hai cán bộ này "
        "xuống làm chuyên viên thuộc Sở TN&MT. Liên quan đến vụ việc, Sở TN&MT cũng đã thi hành kỷ luật với hình thức "
        "khiển trách đối với ông Huỳnh Thúc Viên (Chi cục trưởng Chi cục Bảo vệ môi trường); Kỷ luật bằng hình thức khiển "
        "trách đối với ông Phan Thanh Đào (Phó trưởng phòng Kế hoạch – Tài chính); Đồng thời, nghiêm khắc kiểm điểm các "
        "ông: Nguyễn Cường (Trưởng phòng kế hoạch khoáng sản), Cao Ngọc Cương (Chuyên viên hợp đồng) và Trần Hùng Lý "
        "(lái xe cơ quan).\nTuy nhiên, ngày 9/6, liên ngành Công an - Viện KSND – TAND đã tổ chức họp phân tích, đánh "
        "giá vụ án và thống nhất ra quyết định đình chỉ điều tra vụ án hình sự.",
        "họp báo",
        "họp báo",  # (a comma after the bare kind: what it was for, no part of its name)
        None,
    ),
    (  # blind set 22408249: the press conference the title names, not the urgent meeting of the night before that a
        # caption in the lead tells
        "9h sáng nay, Hòa Bình họp báo về sự cố chạy thận 7 người chết\n9h sáng nay, 30.5, tại UBND tỉnh Hòa Bình diễn "
        "ra cuộc họp báo công bố thông tin về sự cố chạy thận tại Bệnh viện Đa khoa tỉnh Hòa Bình khiến 18 người có các "
        "triệu chứng sốc phản vệ, 7 bệnh nhân tử vong.\nCục trưởng Lương Ngọc Khuê chủ trì cuộc họp khẩn tối qua 29.5 "
        "(ảnh: PV) Sau khi xảy ra sự việc, tối qua 29.5, lãnh đạo Cục Quản lý khám chữa bệnh Bộ Y tế đã có mặt tại Bệnh "
        "viện Đa khoa tỉnh Hòa Bình.",
        "họp báo",
        "cuộc họp báo công bố thông tin về sự cố chạy thận",
        None,
    ),
    (  # bench 22654095 (reading seed 169, S2): a body works with a delegation, on the day that opens the lead
        "Cứu hộ tàu Chemroad Journey bị mắc cạn trên biển Bình Thuận\nSáng 1/7, UBND tỉnh Bình Thuận làm việc với đoàn "
        "công tác của Ủy ban Quốc gia Tìm kiếm Cứu nạn và các đơn vị liên quan về việc hỗ trợ công tác cứu hộ tàu "
        "Chemroad Journey bị mắc cạn.",
        "buổi làm việc",
        "làm việc với đoàn công tác của Ủy ban Quốc gia Tìm kiếm Cứu nạn và các đơn vị liên quan về việc hỗ trợ công tác "
        "cứu hộ tàu Chemroad Journey bị mắc cạn",
        None,
    ),
    (  # bench 22531865, 22531692: "Kế hoạch" in the planning ministry's name makes no plan of the sitting
        "Đầu tư công đã khắc phục cơ bản những hạn chế tồn tại nhiều năm\nChiều 14/6, lần đầu tiên Bộ trưởng Bộ Kế hoạch "
        "và Đầu tư Nguyễn Chí Dũng đã đăng đàn trả lời chất vấn của các vị đại biểu Quốc hội.",
        "phiên họp",
        "đăng đàn trả lời chất vấn",
        None,
    ),
    (  # bench 22529591, 22526562: a minister's turn in the question time, told without "đăng đàn", the Assembly's
        # deputies named after the answer
        "Bộ trưởng Y tế Nguyễn Thị Kim Tiến: Đấu thầu thuốc không thể loạn giá được\nChiều 14.6, Bộ trưởng Bộ Y tế "
        "Nguyễn Thị Kim Tiến tiếp tục trả lời chất vấn của các Đại biểu Quốc hội (ĐB) chất vấn về bảo hiểm y tế.",
        "phiên họp",
        "trả lời chất vấn của các Đại biểu Quốc hội",
        None,
    ),
    (  # bench 22536438: ... or the Assembly named as where the answer was given
        "Phó Thủ tướng: Đầu tư công\nSáng 15/6, Phó Thủ tướng Vương Đình Huệ đã tham gia trả lời chất vấn trước Quốc "
        "hội với nhóm vấn đề kế hoạch, đầu tư.",
        "phiên họp",
        "trả lời chất vấn trước Quốc hội với nhóm vấn đề kế hoạch, đầu tư",
        None,
    ),
    (  # bench 22540396: the lead points back to the title, then gives the sitting and its day
        "Không có chuyện bổ nhiệm người nhà\nĐó là khẳng định của Phó Thủ tướng Thường trực Trương Hòa Bình khi trả "
        "lời chất vấn tại Quốc hội chiều 15/6, xung quanh việc bổ nhiệm người nhà.",
        "phiên họp",
        "trả lời chất vấn tại Quốc hội",
        None,
    ),
    (  # bench 22362800 (seed-180 E36): the reception the title names and the lead tells on its day, not the seminar
        # that closed the same day, told further down
        "Tổng Bí thư Nguyễn Phú Trọng tiếp Đoàn đại biểu Đảng Cộng sản Cuba\nChiều 24/5, tại Trụ sở Trung ương Đảng, "
        "Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Jose Ramon Balaguer Cabrera, Bí thư Trung ương Đảng Cuba. Đồng chí "
        "Jose Ramon Balaguer Cabrera thông báo với Tổng Bí thư về kết quả Hội thảo Lý luận lần thứ ba giữa hai đảng.\n"
        "Cùng ngày, Hội thảo Lý luận lần thứ ba giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Cuba với chủ đề: “Định "
        "hướng phát triển kinh tế - xã hội” đã kết thúc tốt đẹp. Bế mạc Hội thảo, đồng chí Nguyễn Văn Nên phát biểu.",
        "tiếp",
        "tiếp đồng chí Jose Ramon Balaguer Cabrera",
        None,
    ),
    (  # blind set 22326313, bench 22636271 (seed-87 S28): talks the lead announces with their day are the report
        "Chủ tịch nước bắt đầu thăm chính thức Nga\nChủ tịch nước Trần Đại Quang dự kiến hội đàm với Tổng thống Nga Putin "
        "vào ngày 29/6.",
        "hội đàm",
        "hội đàm với Tổng thống Nga Putin",
        None,
    ),
    (
        "Tổng thống Mỹ Donald Trump bắt đầu chuyến thăm Saudi Arabia\nTổng thống Mỹ Donald Trump sẽ hội đàm với lãnh đạo "
        "Saudi Arabia cuối ngày 20/5 và dự kiến ký một số thỏa thuận.",
        "hội đàm",
        "hội đàm với lãnh đạo Saudi Arabia",
        None,
    ),
    (  # bench 22474343, working blind set 22363350: the Assembly told debating in a lead that opens on its day
        "Bốn lãnh đạo cấp cao được kiểm nghiệm thức ăn trước khi sử dụng\nChiều 6/6, Quốc hội cho ý kiến vào dự thảo "
        "Luật Cảnh vệ. Đa số ĐBQH tán thành nội dung dự thảo, song đề nghị bổ sung thêm một số chức danh.",
        "phiên họp",
        "phiên họp",
        None,
    ),
    (
        "Bên lề Quốc hội: Ngăn chặn vi phạm trong kinh doanh theo phương thức đa cấp\nNgày 24/5, Quốc hội thảo luận về dự "
        "án Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự. Nhiều đại biểu cho rằng cần chấn chỉnh vi phạm.",
        "phiên họp",
        "thảo luận về dự án Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự",
        None,
    ),
    (  # blind set 22236593: talks the title tells by their verb, held on the day the body gives
        "Ngoại trưởng Nga-Mỹ hội đàm về Syria, Ukraine\nNgoại trưởng Mỹ Rex Tillerson ngày 9/5 đã gặp người đồng cấp Nga "
        "Sergei Lavrov để hội đàm về tình hình Syria và Ukraine trong bối cảnh một biến động chính trị.",
        "hội đàm",
        "hội đàm về tình hình Syria và Ukraine",
        None,
    ),
    (  # working set 22288983: the opening of a book exhibition, the library sector's own event
        "Khai mạc triển lãm sách 'Chủ tịch Hồ Chí Minh với Công an nhân dân và Quân đội nhân'\nOnline – Ngày 16-5, "
        "tại Bảo tàng CAND (Công an nhân dân), Tổng cục Chính trị CAND đã tổ chức Lễ khai mạc triển lãm sách “Chủ "
        "tịch Hồ Chí Minh với Công an nhân dân và Quân đội nhân” và giới thiệu cuốn sách “Tư tưởng Hồ Chí Minh về "
        "cán bộ và công tác cán bộ Công an nhân dân”.",
        "lễ khai mạc",
        "khai mạc triển lãm sách “Chủ tịch Hồ Chí Minh với Công an nhân dân và Quân đội nhân”",
        None,
    ),
    (  # working set 22666719: an archive's exhibition of records opened
        "Trưng bày Mộc bản triều Nguyễn khắc về chủ quyền Hoàng Sa, Trường Sa\nOnline - Ngày 3-7, tại thành phố Đà "
        "Lạt, Trung tâm Lưu trữ quốc gia IV phối hợp với Cục Văn thư và Lưu trữ nhà nước (Bộ Nội vụ) tổ chức khai mạc "
        "triển lãm chuyên đề “Hoàng Sa, Trường Sa của Việt Nam - Những bằng chứng lịch sử và pháp lý”.",
        "lễ khai mạc",
        "khai mạc triển lãm chuyên đề “Hoàng Sa, Trường Sa của Việt Nam - Những bằng chứng lịch sử và pháp lý”",
        None,
    ),
]


@pytest.mark.parametrize("text, kind, name, edition", REPORTS, ids=[r[1] + "-" + str(i) for i, r in enumerate(REPORTS)])
def test_reports(text, kind, name, edition):
    doc = Doc.from_raw(text)
    found = detect(doc, title=text.split("\n")[0] if "\n" in text else None)
    assert found.is_event, found.reason
    assert (found.kind, found.name, found.edition) == (kind, name, edition)
    # the anchor is the event's mention in the sentence that reports it (or the Assembly told with its verb, its name
    # the debate held or the kind alone), and the evidence spans say so
    assert doc.low[found.anchor:].startswith((found.name.lower()[:6], "quốc hội ", "ủy ban thường vụ quốc hội "))
    if "name" not in found.spans:
        assert found.name == found.kind
        return
    start, end = found.spans["name"][0]
    assert doc.text[start:end] == found.name


NOT_REPORTS = [
    # (text, reason or None for "any reason")
    (  # working set 21480372: a show of plants opened is no book or records exhibition
        "Khai mạc Triển lãm sinh vật cảnh Bắc Ninh lần thứ XX\nSáng 6/2, tại Trung tâm Văn hóa Kinh Bắc (TP.Bắc Ninh), "
        "Hội Sinh vật cảnh Bắc Ninh đã tổ chức khai mạc Triển lãm sinh vật cảnh lần thứ XX, chào mừng kỉ niệm 185 năm "
        "thành lập tỉnh.",
        None,
    ),
    (  # a law's news: done to the Assembly's vote, not a sitting told
        "Luật Cảnh vệ có hiệu lực từ 1/7\nLuật Cảnh vệ được Quốc hội thông qua ngày 20/6/2017 quy định bốn lãnh đạo cấp "
        "cao được kiểm nghiệm thức ăn.",
        None,
    ),

    (  # seed-118 reading E4 (bench 21511981): a working session recalled, told after the source that recalls it
        "Bến xe Miền Đông mới\nNgày 10/2, gói thầu số 1 xây dựng Bến xe miền Đông mới đã được khởi động. Báo Vietnamnet "
        "cũng thông tin, trước đó, ngày 20/12/2016, Bí thư thành ủy Đinh La Thăng cùng Phó chủ tịch UBND TP. Hồ Chí Minh "
        "Lê Văn Khoa đã có buổi làm việc với chủ đầu tư về tiến độ di dời.",
        None,
    ),
    (  # dev: a congress's resolution
        "Những thành tựu đạt được trong 20 năm thực hiện cơ chế trực thuộc Trung ương đã tạo thuận lợi cơ bản để "
        "TP Đà Nẵng tiếp tục triển khai thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII "
        "của Đảng và Nghị quyết Đại hội lần thứ XXI Đảng bộ thành phố trong năm 2017.",
        ONLY_PASSING,
    ),
    (  # dev: a plan to hold congresses, congresses in general
        "Vừa qua, LĐLĐ Thành phố đã ban hành kế hoạch tổ chức đại hội, hội nghị Công đoàn các cấp tiến tới đại "
        "hội Công đoàn thành phố Hà Nội lần thứ XVI. Đối với Đại hội, hội nghị Công đoàn cấp trên trực tiếp cơ "
        "sở: tổ chức hoàn thành trước ngày 30/9/2017.",
        ONLY_PASSING,
    ),
    (  # dev: a football team's training camp
        "Ngay sau khi tập trung đội tuyển, họ lập tức di chuyển sang Bahrain để tập huấn từ ngày 19/5, đá giao "
        "hữu với Kuwait vào ngày 23/5, rồi gặp Bahrain 5 ngày sau đó.",
        ONLY_PASSING,
    ),
    (  # bench: a convention centre is no meeting
        "Chương trình hiến máu \"Giọt hồng chung sức vì biển đảo thân yêu” diễn ra vào ngày 12/7 tại Trung tâm "
        "Hội nghị tỉnh Khánh Hòa thu hút đông đảo bà con tỉnh nhà tham gia.",
        NO_KIND,
    ),
    (  # bench: "Quốc hội thảo luận" holds no hội thảo (the debate itself is a sitting: see REPORTS)
        "Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Võ Trọng Việt phát biểu về dự án Luật Cảnh vệ. "
        "Quốc hội thảo luận nhiều lần về dự thảo Luật Cảnh vệ.",
        NO_KIND,
    ),
    (  # bench: background of another story
        "Trước đó, tại kỳ họp thứ ba, Quốc hội khóa XIV vào ngày 19/6/2017, Luật Du lịch 2017 chính thức được "
        "Quốc hội thông qua với tỷ lệ tán thành cao, đạt 89,21%.",
        None,
    ),
    (  # bench: a summit "last May", in passing
        "Trước đó, trong chuyến công du nước ngoài đầu tiên với chặng dừng chân tại Brussels (Bỉ) để tham dự Hội "
        "nghị thượng đỉnh NATO tháng 5 vừa qua, Tổng thống Trump đã gây sốc khi không công khai tuyên bố ủng hộ "
        "cam kết phòng thủ chung của NATO.",
        None,
    ),
    (  # bench: the time a debate takes is not a debate held
        "Quốc hội sẽ tăng thời gian chất vấn\nNgày 16/5, Tổng Thư ký Quốc hội cho biết đã tiếp thu đề nghị của ĐBQH về "
        "việc tăng thời gian làm việc tại hội trường, nhất là đối với các dự án luật quan trọng.",
        None,
    ),
    (  # "gặp mặt" as a plain verb: two people met, no gathering was held
        "Hai anh em gặp mặt sau 40 năm\nSáng 5/6, hai anh em ông Nguyễn Văn A đã gặp mặt nhau tại quê nhà sau 40 năm "
        "xa cách.",
        None,
    ),
    (  # bench: press conferences in general, threatened with being dropped: none was held
        "Giận báo chí, ông Trump dọa bỏ vĩnh viễn họp báo\nNgày 12/5, Tổng thống Mỹ Donald Trump dọa hủy các "
        "buổi họp báo thường kỳ tại Nhà Trắng.",
        NOT_HELD,
    ),
    (  # bench: a sports games, not a congress
        "Việt Nam lần đầu tham dự Đại hội thể thao mùa đông châu Á 2017\nSáng 19/2, Đoàn Thể thao Việt Nam tham "
        "dự Đại hội do ông Mai Bá Hùng, Phó Giám đốc Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh làm trưởng đoàn.",
        None,
    ),
    (  # dev bm_21471544: a sports article's "tập huấn" is a training camp
        "Xạ thủ Hoàng Xuân Vinh tập huấn tại Hàn Quốc\nTheo kế hoạch, ngày 8/2 tới, xạ thủ Hoàng Xuân Vinh sẽ lên "
        "đường sang Incheon, Hàn Quốc tập huấn, để chuẩn bị cho Cúp bắn súng thế giới.",
        None,
    ),
    (  # bench 21472622: a dated conference deep in a story about shrimp prices is its source, not the report
        "Tôm được giá, nông dân ồ ạt thả nuôi\nGiá tôm thẻ chân trắng tăng mạnh trong những tuần qua khiến nông dân "
        "các tỉnh ĐBSCL đồng loạt thả nuôi vụ mới, dù thời tiết chưa thuận lợi và con giống chưa được kiểm dịch. "
        "Nhiều hộ ở Sóc Trăng, Bạc Liêu cho biết đã vay thêm vốn để mở rộng ao nuôi, có hộ nuôi tới 5 ha. Theo "
        "các thương lái, giá tôm cỡ 100 con/kg hiện ở mức 110.000 đồng, cao hơn cùng kỳ năm trước 20.000 đồng. "
        "Ngành nông nghiệp khuyến cáo người dân không nên thả nuôi ồ ạt khi chưa có đủ điều kiện về con giống, "
        "thủy lợi và vốn, vì dịch bệnh có thể bùng phát bất cứ lúc nào. Các chuyên gia cũng lưu ý về biến động "
        "của thị trường xuất khẩu. Theo số liệu được công bố tại Hội nghị phát triển ngành tôm Việt Nam tổ chức "
        "ngày 6/2 ở Bạc Liêu, kim ngạch xuất khẩu tôm năm 2016 đạt 3,15 tỷ USD.",
        None,
    ),
    (  # bench 22442874: a speech planned at a sitting ("Theo kế hoạch, ... sẽ có bài phát biểu tại phiên họp")
        "Đối thoại An ninh Shangri-La: Trung Quốc cử đoàn cấp thấp\nTheo kế hoạch, Bộ trưởng Quốc phòng Mỹ James "
        "Mattis sẽ có bài phát biểu tại phiên họp sáng 3/6 với chủ đề chính là an ninh châu Á.",
        None,
    ),
    (  # bench 22420731: "sẽ hội đàm" is a plan; a preview is not a report
        "Thủ tướng sẽ hội đàm với Tổng thống Mỹ\nSáng 31/5, Thủ tướng Nguyễn Xuân Phúc sẽ hội đàm với Tổng thống "
        "Donald Trump tại Nhà Trắng.",
        None,
    ),
    (  # dev bm_22589761: the full text of a resolution adopted at a sitting is the document, not a report
        "Nghị quyết về Chương trình giám sát của Quốc hội năm 2018\nTTXVN trân trọng giới thiệu toàn văn Nghị quyết "
        "về Chương trình giám sát của Quốc hội năm 2018 được Quốc hội khóa XIV thông qua tại kỳ họp thứ 3. Sáng 12/6, "
        "Quốc hội đã biểu quyết thông qua Nghị quyết tại kỳ họp thứ 3.",
        FULL_TEXT,
    ),
    (  # bench 22425973: a joint statement's text, even where it tells of the talks
        "Tuyên bố chung về tăng cường Đối tác toàn diện Việt Nam - Hoa Kỳ\nToàn văn Tuyên bố chung về tăng cường "
        "Đối tác toàn diện giữa hai nước. Chiều 31/5, Tổng thống Donald Trump đã hội đàm với Thủ tướng Nguyễn Xuân "
        "Phúc tại Nhà Trắng.",
        FULL_TEXT,
    ),
    (  # bench 22450000: a leader setting off for a trip that takes in a conference; the trip is the news
        "Thủ tướng lên đường thăm Nhật Bản\nSáng 4/6, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Phu nhân dẫn đầu Đoàn "
        "đại biểu cấp cao Việt Nam rời Hà Nội, lên đường thăm chính thức Nhật Bản và dự Hội nghị Tương lai châu Á "
        "lần thứ 23 tại Tokyo từ ngày 4-8/6 theo lời mời của Thủ tướng Nhật Bản.",
        None,
    ),
    (  # bench 22233707 (seed-40 E28): a body named "Diễn đàn ...", said so in apposition, is no forum held
        "Chính sách của Donald Trump tác động mạnh tới doanh nghiệp xuất khẩu\nTrong báo cáo nhan đề \"Những bộ mặt "
        "mới của nền thương mại Mỹ\" công bố ngày 9/5, các chuyên gia của Diễn đàn Sáng tạo toàn cầu, một tổ chức phi "
        "lợi nhuận bảo vệ quyền lợi của các doanh nghiệp nhỏ tại Mỹ, nhấn mạnh các doanh nghiệp được khảo sát thừa "
        "nhận tác động của chính sách.",
        None,
    ),
    (  # bench 22669572 (seed-50 E6): the title says the talks were put off; the article reports no meeting
        "Mỹ và Nhật Bản hoãn cuộc hội đàm an ninh 2+2 vào tháng Bảy\nMột nguồn tin của chính phủ Nhật Bản ngày 3/7 cho "
        "biết Nhật Bản và Mỹ đã hoãn cuộc hội đàm giữa Ngoại trưởng và Bộ trưởng Quốc phòng hai nước. Chính phủ Nhật "
        "Bản và Mỹ đã thỏa thuận tổ chức cuộc hội đàm theo thể thức \"2+2\" đầu tiên vào ngày 17/7.",
        CALLED_OFF,
    ),
    (  # bench 22638505 (reading seed 155 E6), 22363838: put off, told with "tổ chức" between
        "Nhật Bản hoãn tổ chức hội nghị thượng đỉnh ba bên với Trung Quốc và Hàn Quốc\nHãng tin Kyodo dẫn các nguồn "
        "ngoại giao ngày 29/6 cho biết Nhật Bản đã quyết định hoãn tổ chức hội nghị thượng đỉnh ba bên, dự kiến diễn ra "
        "tại Tokyo vào cuối tháng 7 tới.",
        CALLED_OFF,
    ),
    (  # dev bm_22555176: the course is only what the money was asked for ("để tham gia"), never held
        "Mạo danh cán bộ Sở để ép mua sách, nộp tiền tập huấn\nMạo danh cán bộ phòng đăng ký kinh doanh thuộc Sở Kế "
        "hoạch-Đầu tư tỉnh Lạng Sơn, một số đối tượng ép các doanh nghiệp trên địa bàn mua sách, yêu cầu nộp tiền để "
        "tham gia cuộc tập huấn.\nMột số đối tượng mạo danh cán bộ Sở KH-ĐT để ép doanh nghiệp mua sách, nộp tiền tập "
        "huấn.",
        None,
    ),
    (  # bench 22334541: a fair the traders came to town for, the article a feature on the trade
        "Xu hướng tang lễ 'thân thiện môi trường' nổi lên ở châu Á\nCác nhà sản xuất quan tài, thợ mộc, người tổ chức "
        "tang lễ và các doanh nhân tụ họp tại Hong Kong trong tuần này để tham gia Hội nghị và Triển lãm Tang lễ và "
        "Nghĩa trang, một hội chợ được tổ chức thường niên, có tâm trạng khá lạc quan.",
        None,
    ),
    (
        "Sacombank bất ngờ hoãn tổ chức đại hội cổ đông\nChiều 24.5, Ngân hàng TMCP Sài Gòn Thương tín (Sacombank) "
        "thông tin không tổ chức đại hội đồng cổ đông thường niên (ĐHĐCĐ) như dự kiến vào ngày 26.5.",
        CALLED_OFF,
    ),
    (  # blind set 22700110: the meeting only tells which city the clashes were in
        "Đụng độ giữa người biểu tình và cảnh sát tiếp diễn tại Hamburg\nNgày 7/7, người biểu tình tiếp tục đụng độ với "
        "cảnh sát ở thành phố Hamburg của Đức, nơi chuẩn bị diễn ra Hội nghị thượng đỉnh G20.",
        None,
    ),
    (  # bench 22226669: a written answer to a deputy's question is no sitting
        "Thủ tướng trả lời chất vấn về chính sách cán bộ\nNgày 5/5, Thủ tướng Chính phủ vừa có văn bản trả lời chất vấn "
        "đại biểu Quốc hội về chính sách đối với cán bộ, công chức.",
        None,
    ),
    (  # bench 22260503, 22412330: an opening clause of words told to the press is no working session
        "Hai nữ sinh đánh bạn\nLàm việc với báo chí chiều 12/5, ông Nguyễn Khoa Trí, Hiệu trưởng Trường THCS Huỳnh Đình "
        "Túc cho biết sự việc đang được xác minh.",
        None,
    ),
    (  # blind set 113, 21472666: a meeting still ahead "this week" has no day yet
        "VFF xét lại 'án' Samson, Omar\nTrong tuần này Ban Kỷ luật và Ban Giải quyết Khiếu nại của VFF sẽ nhóm họp để "
        "xử lý 2 vụ việc rất được dư luận chú ý trong thời gian vừa qua.",
        None,
    ),
    (  # bench: no kind noun at all
        "Cô lái đò xinh đẹp chở khách trẩy hội chùa Hương\nBức ảnh cô lái đò thu hút hơn 10.000 like.",
        NO_KIND,
    ),
    # a meeting named only in the caption of a foreign wire's photo, the article telling something else (bench 22515181,
    # 21512008, 22572179)
    ("Trung Quốc cam kết đẩy mạnh quan hệ ngoại giao với Philippines\nChủ tịch Tập Cận Bình còn cho rằng Trung Quốc và "
     "Philippines là hai nước láng giềng thân thiện.\nChủ tịch Trung Quốc Tập Cận Bình phát biểu tại Diễn đàn hợp tác "
     "quốc tế \"Vành đai và Con đường\" ở Bắc Kinh ngày 14/5. (Nguồn: EPA/TTXVN) Ngày 12/6, Chủ tịch Trung Quốc Tập "
     "Cận Bình đã gửi điện mừng tới Tổng thống Philippines Rodrigo Duterte nhân dịp kỷ niệm 42 năm thiết lập quan hệ "
     "ngoại giao giữa hai nước.", LONELY),
    ("Tổng thống Panama bác cáo buộc nhận tiền từ tập đoàn xây dựng Brazil\nMới đây Tổng thống Panama Juan Carlos "
     "Varela đã lên tiếng phủ nhận những cáo buộc.\nTổng thống Panama Juan Carlos Varela (trái) phát biểu tại hội thảo "
     "về đầu tư Panama tại Nhật Bản. Ảnh: AFP/TTXVN  Theo phóng viên TTXVN tại La Habana, ông Ramon Fonseca đã khai "
     "rằng Tổng thống Varela từng nói với ông rằng đã nhận tiền đóng góp từ Odebrecht.", LONELY),
    ("Dính bê bối sử dụng công quỹ, Bộ trưởng Quốc phòng Pháp từ chức\nBộ trưởng Quốc phòng Pháp Sylvie Goulard ngày "
     "20/6 tuyên bố từ chức.\nBộ trưởng Quốc phòng Pháp Sylvie Goulard phát biểu tại Đối thoại Shangri-La 16 ở "
     "Singapore ngày 3/6. Ảnh: AFP/TTXVN Trong tuyên bố ngày 20/6, bà Goulard nhấn mạnh bản thân khó có thể tiếp tục "
     "tại nhiệm.", LONELY),
    # ... the wire's credit alone closing the caption (bench 22588763); a meeting recalled deep down, undated, does not
    # make the caption's one reported (bench 22469324)
    ("Chủ tịch tập đoàn lớn thứ hai tại Hàn Quốc thừa nhận cáo buộc\nChủ tịch tập đoàn SK Chey Tae-won đã thừa nhận "
     "những cáo buộc của các công tố viên.\nChủ tịch tập đoàn SK Chey Tae-won phát biểu tại một diễn đàn ở Thượng Hải, "
     "Trung Quốc ngày 27-5. YONHAP/TTXVN Tại phiên tòa ngày 22-6, Chủ tịch SK thú nhận khi gặp bà Park, ông đã tìm "
     "cách thúc đẩy chính phủ phê duyệt một dự án mua bán và sáp nhập.", LONELY),
    ("Thổ Nhĩ Kỳ nỗ lực hòa giải căng thẳng Qatar và các nước Arab\nNgày 6/6, Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan đã "
     "điện đàm với lãnh đạo các nước Qatar, Nga, Kuwait và Saudi Arabia.\nTổng thống Thổ Nhĩ Kỳ Tayyip Erdogan phát "
     "biểu tại một hội nghị ở Istanbul ngày 22/5. Ảnh: AFP/TTXVN Các nguồn tin từ Phủ Tổng thống Thổ Nhĩ Kỳ cho biết "
     "nội dung điện đàm nêu rõ tầm quan trọng của hòa bình và ổn định khu vực. " + "Thổ Nhĩ Kỳ có quan hệ tốt đẹp với "
     "Qatar cũng như một số quốc gia vùng Vịnh láng giềng của Doha. " * 8 + "Cựu trợ lý Bộ trưởng Ngoại giao Ai Cập "
     "Hussein Hariedy cho rằng các biện pháp này đã được đưa ra sau những nỗ lực hòa giải bất thành tại Hội nghị "
     "thượng đỉnh thế giới Arab - Mỹ diễn ra hồi tháng trước.", PHONE_CALL),  # (the lead's call, before LONELY)
    # the title's sitting, but a lead that opens on no day: nothing says which day's sitting this is
    ("Kỳ họp thứ 3, Quốc hội khóa XIV: Nâng cao hiệu quả vốn đầu tư công\nNội dung chất vấn và trả lời chất vấn liên "
     "quan đến các giải pháp huy động các nguồn lực trong xã hội cho đầu tư phát triển.", NOT_HELD),
]


@pytest.mark.parametrize("text, is_event", [
    # fifth blind library batch, lib5_11: a saved page whose day stood in the site's frame, lost with it; the title opens
    # on the meeting's name and the body comes back to it
    ("Tọa đàm 'văn hóa đọc sách' tại TP HCM\nThói quen đọc hiện nay của giới trẻ bị chi phối bởi nhiều yếu tố như tác "
     "động của truyền thông, các thiết bị nghe nhìn và nhiều trang mạng xã hội.\nNhạc sỹ Trần Tiến, MC Quỳnh Hương, Nhà "
     "văn Danh Lam và “đại sứ môi trường” Mai Anh là những khách mời được nhiều bạn trẻ yêu thích.\nBuổi tọa đàm về sách "
     "với chủ đề “Chúng ta đang đọc gì” thu hút đông đảo bạn trẻ.", True),
    # ... not a title that says something of the meeting, nor a column's head before a colon (bench 22429106), nor one
    # the body never comes back to, nor a page that writes a day (the day decides there)
    ("Hội nghị IFLA là Hội nghị thường niên của tổ chức thư viện toàn thế giới\nHội nghị thu hút hàng nghìn người làm "
     "thư viện của nhiều nước.", False),
    ("Kỳ họp thứ 3 Quốc hội khóa XIV: Cần chủ trương ổn định nguồn lãi suất cho vay\nĐại biểu Trần Anh Tuấn cho rằng "
     "lãi suất cần ổn định, bên lề kỳ họp.", False),
    ("Tọa đàm 'văn hóa đọc sách' tại TP HCM\nThói quen đọc hiện nay của giới trẻ bị chi phối bởi nhiều yếu tố.", False),
    ("Tọa đàm 'văn hóa đọc sách' tại TP HCM\nNgày 20/4, Đường sách TP HCM mở cửa đón bạn đọc.\nBuổi tọa đàm về sách thu "
     "hút đông đảo bạn trẻ.", False),
])
def test_an_undated_page_titled_by_its_meeting_reports_it(text, is_event):
    assert detect_titled(text).is_event == is_event


def test_a_one_sentence_report_set_at_its_dated_meeting_is_not_lonely():
    # sixth blind library batch, lib6_03: a video page's whole text, the meeting held by its own verb and day
    text = ("Phát huy vai trò của khoa học công nghệ thúc đẩy phát triển kinh tế - xã hội\nTại Hội thảo khoa học “Phát "
            "huy vai trò của khoa học công nghệ và đổi mới sáng tạo phục vụ phát triển kinh tế - xã hội tỉnh Tây Ninh” do "
            "Ban Tuyên giáo Tỉnh uỷ phối hợp với Sở Khoa học và Công nghệ, Trường Chính trị tổ chức sáng 31.10 đã nhận "
            "được nhiều bài tham luận, ý kiến thảo luận của các chuyên gia, nhà khoa học.")
    found = detect_titled(text)
    assert found.is_event and found.kind == "hội thảo" and not found.lonely


#: meetings that are no setting told with a verb: "làm việc với" is a working session only when a leader or a delegation
#: does it and the article tells it as news; a meeting is the setting of words said only with its day and a verb of
#: saying after it
NOT_TOLD_BY_THEIR_VERB = [
    # bench 22422531: the police questioning someone
    "Du khách bị hành hung ở Đà Lạt\nChiều 31-5, Công an phường 8, TP Đà Lạt, tỉnh Lâm Đồng đã làm việc với ông L.T.V "
    "(32 tuổi), chủ quầy đặc sản.",
    # bench 21474319: a representative of an office, not a leader
    "Đình chỉ trường mầm non\nSáng nay (6.2), đại diện Phòng GDĐT quận Hai Bà Trưng (Hà Nội) đã làm việc với trường Mầm "
    "non Sen Vàng cùng cơ quan chức năng và quyết định đình chỉ vô thời hạn.",
    # bench 21484941: told by the one who did it, on the way to other news
    "Bé 5 tuổi rơi xuống hầm cầu\nChiều 7/2, ông Võ Trung Dũng, Trưởng phòng Giáo dục và Đào tạo huyện Krông Ana, cho "
    "biết sau khi xảy ra trường hợp em An bị sụt bồn hầm cầu, đơn vị đã làm việc với nhà trường và UBND thị trấn.",
    # bench 22378534: a guest's stay, the frame of the reception the article reports (no reception verb here)
    "Tạo thuận lợi cho doanh nghiệp Hàn Quốc\nNgày 26/5, Đặc phái viên Tổng thống Hàn Quốc, Thị trưởng thành phố Seoul "
    "cùng đoàn công tác đang thăm và làm việc tại Việt Nam.",
    # bench 22353149: words recalled from a meeting of another time, no day with it
    "Thanh tra chồng chéo kiềm tỏa doanh nghiệp\nGóp ý kiến về dự thảo luật, ĐB Trần Thị Hiền nhắc lại tinh thần tại "
    "cuộc đối thoại của Thủ tướng với cộng đồng doanh nhân tuần trước là chia sẻ với doanh nghiệp.",
    # bench 22424019: the police working with a company, in a lead that opens on its day
    "Vụ 7 bệnh nhân tử vong\nNgày 31/5, lực lượng Công an, cán bộ y tế, cán bộ phường Trung Hòa tổ chức làm việc với "
    "đại diện Công ty Thiên Sơn.",
    # a working session still to come, or people at work
    "Đoàn công tác sẽ làm việc với tỉnh\nNgày 29/5, Phó Thủ tướng sẽ làm việc với lãnh đạo các tỉnh ven biển.",
    # ... the day after those worked with: still to come, the police's questioning, a day of another act
    "Xử lý tài xế taxi\nTheo lãnh đạo Đội CSGT số 6, Đội trưởng sẽ làm việc với đại diện hãng taxi ngày 21/5.",
    "Tài xế bị tạm giữ\nCơ quan công an đã làm việc với tài xế xe khách ngày 5/6.",
    "Bác sĩ bị hành hung\nTối 18/6, lãnh đạo bệnh viện cho biết bác sĩ Vinh đang làm việc với khoa Đông y từ ngày 1/6.",
    # ... a day opening the sentence, then the press or the police that someone worked with
    "Vụ trộm ô tô\nNgày 30/5, làm việc với phóng viên TTXVN, Trung tá Nguyễn Hữu Thái - Phó trưởng Công an huyện cho "
    "biết đã bắt giữ nghi phạm.",
    # ... a day closing the clause that is not the session's: a deadline, a fraction, another event's day, a session a
    # leader asks for (review of 64e6bce)
    "Bộ trưởng yêu cầu khẩn trương\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến yêu cầu Sở Y tế làm việc với các bệnh viện "
    "trước ngày 15/6/2017.",
    "Bộ trưởng yêu cầu khẩn trương\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đề nghị Sở Y tế làm việc với các bệnh viện "
    "chậm nhất ngày 15/6/2017.",
    "Sự cố chạy thận\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến làm việc với bệnh viện về 7/18 bệnh nhân tử vong.",
    "Sự cố chạy thận\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến làm việc với bệnh viện về sự cố xảy ra ngày 29/5/2017.",
    "Bộ trưởng yêu cầu khẩn trương\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến yêu cầu Sở Y tế làm việc với các bệnh viện "
    "sáng 15/6.",
    # ... a day opening the sentence, then a driver the police questioned
    "Xe khách gây tai nạn\nSáng 31-5, làm việc với tài xế xe khách, Thượng tá Nguyễn Văn Hùng, Trưởng Công an huyện cho "
    "biết tài xế đã khai nhận.",
    "Lao động Việt Nam tại Qatar\nChiều 12/6, Thứ trưởng Doãn Mậu Diệp cho biết nhiều lao động đang làm việc với các "
    "công ty xây dựng của Qatar.",
    # voters' meetings in general, and a "buổi tiếp xúc" of another kind
    "Đại biểu phải gần dân\nNgày 9/5, ông A cho biết các đại biểu đang chuẩn bị cho nhiều cuộc tiếp xúc cử tri.",
    "Doanh nghiệp gặp gỡ đối tác\nNgày 9/5, công ty đã có buổi tiếp xúc với các nhà đầu tư Nhật Bản.",
    # bench 22519812: a career at a body, and the day its end starts
    "Nhà báo Lại Văn Sâm nghỉ hưu\nNguồn tin từ VTV xác nhận thông tin nhà báo Lại Văn Sâm nghỉ hưu sau 30 năm làm việc tại "
    "Đài Truyền hình Việt Nam, thời gian nghỉ bắt đầu từ ngày 12.6.2017.",
    # bench 21510917: "báo cáo" a noun, not what someone said there
    "Phải là đợt sinh hoạt chính trị sâu rộng\nNgày 10/2, LĐLĐ yêu cầu tham luận tại đại hội không được theo hình "
    "thức báo cáo thành tích.",
]


#: a meeting named in the sentence only as the frame of the one its verb holds ("trong khuôn khổ ...", "nhân dịp dự
#: ...", "sau khi kết thúc ..."): the one held there is the report, its kind, name and edition the record's
FRAMED = [
    (  # bench 22267807: the umbrella meeting in "trong khuôn khổ", the dialogue held within it the report
        "APEC 2017: Tạo động lực mới cho phát triển đô thị hóa bền vững\n"
        "Sáng 14/5, tại Hà Nội, trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp (SOM2) Diễn đàn hợp tác kinh "
        "tế châu Á-Thái Bình Dương (APEC) và các cuộc họp liên quan đã diễn ra Đối thoại APEC về Đô thị hóa bền vững do "
        "Nhóm bạn của Chủ tịch (FotC) về Đô thị hóa tổ chức.",
        "đối thoại", "Đối thoại APEC về Đô thị hóa bền vững", None,
    ),
    (  # bench 22301073: the conference that had just ended, the working session held after it
        "Thủ tướng lập tức cùng các bộ, ngành tìm hướng giải quyết vướng mắc của doanh nghiệp\n"
        "Chỉ hơn 30 phút sau khi kết thúc \"Hội nghị Diên Hồng\" lần thứ 2 giữa Thủ tướng Chính phủ với doanh nghiệp, "
        "ngay trong chiều 17/5, Thủ tướng Nguyễn Xuân Phúc đã chủ trì buổi làm việc với các bộ, ngành để xem xét các kiến "
        "nghị của doanh nghiệp.",
        "buổi làm việc", "buổi làm việc với các bộ, ngành để xem xét các kiến nghị của doanh nghiệp", None,
    ),
    (  # bench 22255099: the forum a trip was for, in brackets by another name, and the round table held there
        "Hồi tưởng thời làm doanh nghiệp, Thủ tướng chia sẻ niềm tin về Việt Nam\n"
        "Ngày 12/5, tại Phnom Penh, Campuchia, nhân dịp dự Diễn đàn Kinh tế Thế giới về ASEAN (Hội nghị WEF ASEAN) năm "
        "2017, Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp gỡ, tọa đàm với lãnh đạo các doanh nghiệp là thành viên của WEF "
        "về kinh tế Việt Nam.",
        "tọa đàm", "tọa đàm với lãnh đạo các doanh nghiệp là thành viên của WEF về kinh tế Việt Nam", None,
    ),
    (  # bench 22404491: held, but told only as what came before the committee's own sitting
        "Mặt bằng cho sân bay Long Thành: 18 nghìn tỷ nữa lấy ở đâu?\n"
        "Chiều muộn ngày 29/5, sau khi Quốc hội kết thúc phiên thảo luận chiều, Ủy ban Kinh tế của Quốc hội đã họp phiên "
        "toàn thể lần thứ 5.",
        "họp", "họp phiên toàn thể lần thứ 5", 5,
    ),
    (  # bench 22353343: the group session that had ended, the delegation's own meeting after it
        "Ông Nguyễn Thiện Nhân được bầu làm Trưởng đoàn đại biểu Quốc hội TP Hồ Chí Minh\n"
        "Sau khi kết thúc phiên họp Tổ sáng 23/5, tại cuộc họp đoàn riêng, 100% đại biểu Quốc hội Thành phố Hồ Chí Minh "
        "đã bỏ phiếu bầu ông Nguyễn Thiện Nhân làm Trưởng đoàn Đại biểu Quốc hội Thành phố Hồ Chí Minh.",
        "họp", "cuộc họp đoàn riêng", None,
    ),
]

#: the report told by its bare noun takes no name from a meeting of its kind told at another time: one still ahead, one
#: written on another day
NAMED_AT_ANOTHER_TIME = [
    (  # bench 22552929: the meeting reported told by its bare noun; the one its speaker announces for September is
        # another
        "Đẩy mạnh tuyên truyền về hợp tác xã kiểu mới\n"
        "Chiều 17/6 tại tỉnh Hà Nam, Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp "
        "tác xã năm 2012, chủ trì buổi sơ kết của 16 tỉnh, thành phố khu vực Đồng bằng sông Hồng và Bắc Trung Bộ.\n"
        "Phó Thủ tướng Vương Đình Huệ phát biểu tại hội nghị. Ảnh: VGP/Thành Chung Tham dự còn có Bộ trưởng Bộ NN&PTNT "
        "Nguyễn Xuân Cường; lãnh đạo các bộ, ngành, địa phương. Tuy nhiên, Phó Thủ tướng chưa hài lòng khi tại hội nghị "
        "có tính chất “đại sự” như thế này mà có tới 6 địa phương không có lãnh đạo tỉnh tham dự. Phó Thủ tướng yêu cầu "
        "các địa phương tiếp tục phát triển nghị quyết Đại hội Đảng của địa phương. Phó Thủ tướng cho biết tháng 9 tới, Thủ tướng Chính phủ "
        "sẽ chủ trì hội nghị trực tuyến toàn quốc về sơ kết 5 năm thực hiện Luật HTX năm 2012 để đưa HTX thực sự trở "
        "thành nòng cốt phát triển của nền kinh tế.",
        "hội nghị", "hội nghị", None,
    ),
    (  # bench 22739860: the meeting of 12/7, and the one of the day before it
        "San phẳng mộ vợ vua Tự Đức làm bãi đậu xe: 'Chúng tôi sẽ kiến nghị lên Thủ tướng'\n"
        "Liên quan đến số phận ngôi mộ vợ vua Tự Đức sau khi bị san phẳng làm bãi đậu xe, ông Tôn Thất Giáp - Đại diện "
        "Hội đồng trị sự Nguyễn Phước tộc tại Huế cho biết, chiều 12/7, UBND thành phố đã tổ chức buổi họp với đại diện "
        "Nguyễn Phước tộc, đại diện Công ty TNHH Đầu tư và Thương mại Chuỗi Giá Trị (chủ đầu tự dự án bãi đậu xe khách "
        "tham quan lăng Tự Đức - Đồng Khánh) và các bên liên quan. Video: Người dân nói gì về sự tồn tại của ngôi mộ vợ "
        "vua Tự Đức bị san phẳng làm bãi đậu xe Trước đó, ngày 11/7, ông Nguyễn Dung - Phó chủ tịch UBND tỉnh Thừa Thiên "
        "- Huế, chủ trì cuộc họp về việc giải phóng mặt bằng của dự án bãi đỗ xe tham quan lăng Tự Đức - lăng Đồng Khánh "
        "(phường Thủy Xuân, thành phố Huế). Tại cuộc họp, đa số ý kiến các sở, ban, ngành đều kiến nghị di dời ngôi mộ "
        "đến vị trí khác để đảm bảo quy hoạch cho dự án được tiếp tục triển khai.",
        "họp", "buổi họp với đại diện Nguyễn Phước tộc, đại diện Công ty TNHH Đầu tư và Thương mại Chuỗi Giá Trị", None,
    ),
]

#: ... but a mention of its kind whose clause writes a day or a year that is not the meeting's, a bound of what it is
#: about, names it (review of round 39)
NAMED_WITH_ANOTHER_TIME = [
    (  # a day after the name that a rule applies from
        "Triển khai quy định mới về thu phí\nSáng 5/6, UBND TP Hà Nội tổ chức hội nghị. Sở Tài chính đã tổ chức Hội nghị "
        "triển khai quy định thu phí sử dụng hạ tầng cho các doanh nghiệp để áp dụng từ ngày 1/7.",
        "hội nghị", "Hội nghị triển khai quy định thu phí sử dụng hạ tầng", None,
    ),
    (  # a year after the name that a programme has run since
        "Xây dựng nông thôn mới\nSáng 5/6, UBND tỉnh Nghệ An tổ chức hội nghị. UBND tỉnh đã tổ chức Hội nghị tổng kết "
        "Chương trình xây dựng nông thôn mới được triển khai từ năm 2010 tại Vinh.",
        "hội nghị", "Hội nghị tổng kết Chương trình xây dựng nông thôn mới", None,
    ),
    (  # a day and its month written with a dash, a bound still
        "Triển khai quy định mới về thu phí\nSáng 10/6, UBND TP Hà Nội tổ chức hội nghị. Sở Tài chính đã tổ chức Hội "
        "nghị triển khai quy định thu phí sử dụng hạ tầng cho các doanh nghiệp để áp dụng từ ngày 1-6.",
        "hội nghị", "Hội nghị triển khai quy định thu phí sử dụng hạ tầng", None,
    ),
    # ... not the days another meeting sat, written as one range of a month (review 39b)
    (
        "Triển khai quy định mới về thu phí\nSáng 5/6, UBND TP Hà Nội tổ chức hội nghị. Sở Tài chính đã tổ chức Hội "
        "nghị triển khai quy định thu phí sử dụng hạ tầng cho các doanh nghiệp từ ngày 1 đến 3/6.",
        "hội nghị", "hội nghị", None,
    ),
    (
        "Triển khai quy định mới về thu phí\nSáng 5/6, UBND TP Hà Nội tổ chức hội nghị. Sở Tài chính đã tổ chức Hội "
        "nghị triển khai quy định thu phí sử dụng hạ tầng cho các doanh nghiệp từ 1-3/6.",
        "hội nghị", "hội nghị", None,
    ),
]


@pytest.mark.parametrize("text, kind, name, edition", FRAMED + NAMED_AT_ANOTHER_TIME + NAMED_WITH_ANOTHER_TIME)
def test_the_name_is_the_reported_meetings_not_its_frames_nor_another_times(text, kind, name, edition):
    doc = Doc.from_raw(text)
    found = detect_titled(text)
    assert found.is_event, found.reason
    assert (found.kind, found.name, found.edition) == (kind, name, edition)
    if "name" in found.spans:
        start, end = found.spans["name"][0]
        assert doc.text[start:end] == found.name


@pytest.mark.parametrize("text", NOT_TOLD_BY_THEIR_VERB)
def test_meetings_told_by_a_verb_need_their_subject_their_day_and_a_verb_of_saying(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text, reason", NOT_REPORTS)
def test_not_reports(text, reason):
    found = detect(Doc.from_raw(text), title=text.split("\n")[0] if "\n" in text else None)
    assert not found.is_event
    assert found.reason and found.reason.startswith("not a meeting report")
    if reason:
        assert found.reason == reason


@pytest.mark.parametrize("text", [
    # a foreign wire's photo of the meeting the lead tells done on its day (bench 22380706)
    "Phó Thủ tướng Phạm Bình Minh gặp Ngoại trưởng Tây Ban Nha\nChiều 23/5 (theo giờ địa phương), Phó Thủ tướng, Bộ "
    "trưởng Ngoại giao Phạm Bình Minh (ảnh, trái) đã có cuộc gặp Ngoại trưởng Tây Ban Nha Alfonso Dastis (ảnh, phải). "
    "Ảnh: EPA/TTXVN Nhân dịp này, hai bên trao đổi về quan hệ song phương.",
    # ... or a caption's file photo before the meeting the article reports (bench 22316934)
    "Chủ tịch Trung Quốc kêu gọi bình thường hóa quan hệ với Hàn Quốc\nChủ tịch Trung Quốc Tập Cận Bình cho biết Trung "
    "Quốc sẵn sàng phối hợp với Hàn Quốc.\nChủ tịch Trung Quốc Tập Cận Bình phát biểu tại Diễn đàn hợp tác quốc tế "
    "\"Vành đai và Con đường\" ở Bắc Kinh ngày 14/5. Ảnh: THX/TTXVN Ông Tập Cận Bình đưa ra lời kêu gọi trên tại cuộc "
    "gặp với đặc phái viên Lee Hae-chan của tân Tổng thống Hàn Quốc Moon Jae-in, diễn ra ngày 19/5 ở thủ đô Bắc Kinh.",
])
def test_foreign_caption_with_a_meeting_told_still_reports(text):
    found = detect(Doc.from_raw(text), title=text.split("\n")[0])
    assert found.is_event


def test_an_informal_talk_named_man_dam_is_a_meeting():
    # a university library's page (library batch lib3_06)
    text = ("Đừng để sách chết trên giá…\nNgày 5/5/2022 tại Hội trường Vũ Đình Liên đã diễn ra chương trình mạn đàm với "
            "chủ đề “Đừng để sách chết trên giá”. Tham dự buổi mạn đàm có Phó Hiệu trưởng Nguyễn Xuân Long.")
    found = detect(Doc.from_raw(text), title="Đừng để sách chết trên giá…")
    assert found.is_event and found.kind == "mạn đàm"


def test_title_names_the_event_when_the_body_gives_no_day():
    """An announced talkshow: the title says it is held, the body names it; no day in either."""
    title = "Olympia tổ chức talkshow \"Giáo dục khai phóng: Dạy trẻ thành công trong biến động\""
    text = (title + "\nĐể giúp cho bố mẹ hiểu được triết lý Giáo dục khai phóng là gì, Olympia tổ chức Tọa đàm "
            "\"Giáo dục khai phóng: Dạy trẻ thành công trong biến động\".")
    found = detect(Doc.from_raw(text), title=title)
    assert found.is_event and found.kind == "tọa đàm"
    assert found.name == "Tọa đàm \"Giáo dục khai phóng: Dạy trẻ thành công trong biến động\""


@pytest.mark.parametrize("written, value", [
    ("18", 18), ("XVIII", 18), ("xv", 15), ("XXI", 21), ("IV", 4), ("tư", 4), ("ba", 3), ("0", None),
    ("2017", None), ("IIX2", None),
])
def test_parse_edition(written, value):
    assert parse_edition(written) == value


@pytest.mark.parametrize("text, second", [
    # bench: a caption or a credit with no full stop, then the lead opening on its day
    ("Tên lửa Agni-IV của Ấn Độ. Ảnh minh họa. (Nguồn: AFP/TTXVN) Ngày 8/7, mạng tin quốc phòng Ấn Độ đưa tin.",
     "Ngày 8/7"),
    ("Di dời cây ở đường Võ Chí Công Chiều 6/6, tại cuộc giao ban báo chí Thành ủy Hà Nội, Sở Xây dựng thông tin.",
     "Chiều 6/6"),
    ("Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri Sáng nay (13/5), tại quận Ba Đình.", "Sáng nay (13/5)"),
    # blind set 123, 22464169: after a figure ending a title that ran on into the lead
    ("Đến ngày 25-5, tín dụng đạt mức tăng trưởng 6,53% Ngày 5-6, tại cuộc họp báo về kết quả điều hành chính sách "
     "tiền tệ.", "Ngày 5-6"),
])
def test_a_day_word_in_capitals_with_its_date_opens_a_sentence_a_lost_full_stop_ran_into(text, second):
    assert [text[i:i + len(second)] for i in sentence_starts(text)][-1] == second


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra từ sáng 8/7 đến chiều 9/7 tại Hà Nội.",  # lower case: within the sentence
    "Lễ kỷ niệm Ngày Thương binh - Liệt sĩ 27/7 diễn ra trang trọng.",  # a day's name, no date after "Ngày"
])
def test_a_day_within_a_sentence_does_not_break_it(text):
    assert sentence_starts(text) == [0]


@pytest.mark.parametrize("text, second", [
    # bench 22627168: a caption with no full stop, then the occasion right after the one told before
    ("Quân nhạc cử quốc thiều hai nước. Chủ tịch nước Trần Đại Quang và Tổng thống Lukashenko chủ trì họp báo Ngay sau "
     "lễ đón, Chủ tịch nước Trần Đại Quang đã tiến hành hội đàm.", "Ngay sau lễ đón"),
    # bench 21509510: a quote's speaker, then the earlier occasion
    ("“Chúng tôi sẽ thi công xong gói thầu số 1”, ông Pha nói Trước đó, ngày 20/12 Bí thư Thành ủy Đinh La Thăng đã "
     "có buổi làm việc với phía Samco.", "Trước đó"),
])
def test_a_glued_occasion_opener_starts_a_sentence(text, second):
    assert [text[i:i + len(second)] for i in sentence_starts(text)][-1] == second


@pytest.mark.parametrize("text", [
    # bench 22244132: a body's name with its capitals goes on after "các" (no sentence ends on it)
    "Thứ trưởng đã làm việc với ông Robert Macke - Giám đốc Văn phòng phụ trách các Hiệp định và các Vấn đề Khoa học, "
    "Bộ Nông nghiệp Mỹ.",
    # bench 22691186: a province named after a person, a spaced dash after it, is no name and post
    "Sáng ngày 6/7/2017, tại TP Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu, Bộ TT&TT đã tổ chức Hội nghị tuyên truyền.",
])
def test_a_capitalised_opener_inside_a_name_glues_nothing(text):
    from libmeet.parse.detect import glued_openers
    assert glued_openers(text) == ()


@pytest.mark.parametrize("text", [
    # bench 22245940: "Ông" or "Bà" and a name after a verb that takes the person as its object ("có", "do", "tiếp";
    # glued_not_after.txt "= name")
    "Đoàn công tác của Bộ xây dựng do Bà Phan Thị Mỹ Linh, Thứ trưởng Bộ xây dựng làm trưởng đoàn đã có buổi làm "
    "việc với tỉnh Lâm Đồng.",
    "Tham dự buổi làm việc có Ông Phạm S, Phó chủ tịch UBND tỉnh Lâm Đồng cùng Lãnh đạo Sở xây dựng.",
    # bench 22472805, 21491219
    "Thủ tướng Nguyễn Xuân Phúc tiếp Bà Murata Renho, Chủ tịch Đảng Dân tiến của Nhật Bản.",
    "Ngoài ra, lễ ra quân còn vinh dự được đón tiếp Ông Võ Minh Trung, Trưởng đại diện, Giám đốc VNPT Kiên Giang.",
    # review 40c: "yêu cầu" and a name and post
    "Thủ tướng yêu cầu Ông Nguyễn Văn A, Chủ tịch UBND tỉnh khẩn trương hoàn thành việc giải phóng mặt bằng.",
    # bench 22537409, 21472453, 21479382: a place named after a person, after its place noun ("= place")
    "Sáng 15/6, tại vòng xoay đường Trần Huỳnh rẽ vào đường Bà Huyện Thanh Quan (thuộc phường 7, thành phố Bạc Liêu).",
    "Theo ghi nhận ở khu vực chợ Hòa Bình (quận 5), chợ Bà Chiểu (quận Bình Thạnh), chợ Lớn (quận 6).",
    "Tháng Giêng là mùa lễ hội lớn đối với du khách hành hương tâm linh về núi Bà Đen (Tây Ninh).",
    # bench 22589790: ... or a street people_not_names.txt lists, after any word
    "Khi xe di chuyển đến ngã tư giao cắt giữa Bà Triệu – Lê Đại Hành thì bất ngờ lao thẳng vào ô tô.",
    # bench 22681893: after a capitalised word ("Đ", "Ơ", "Ư" ... are capitals too), not before a full name
    "Mái ngói thánh đường được đề nghị sửa chữa dài 91m, rộng 35m và cao 57,3m. Nhà thờ Đức Bà Sài Gòn (tên chính "
    "thức: Vương cung thánh đường Chính tòa Đức Mẹ Vô nhiễm Nguyên tội), là nhà thờ chính tòa.",
    # bench 22354641: "Về" inside a body's name, after its capitalised "Ủy ban" ("= body")
    "Đại biểu QH Lưu Bình Nhưỡng, Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của QH, đặt vấn đề.",
    # bench 21474069: a figure after "Tối" is no day
    "Phát triển thêm các tuyến như thung lũng Sinh Tồn - xuyên hang Tối 6.000 m, khai thác thử nghiệm tuyến du lịch.",
    # review 40c: a day's name after "kỷ niệm", "chào mừng", "nhân" ... ("= day"), no comma after it
    "Đoàn đại biểu tổ chức hội nghị gặp mặt người có công tại hội trường tỉnh nhân kỷ niệm 70 năm Ngày 27/7 tại "
    "hội trường tỉnh.",
    "Sở GD&ĐT tổ chức hội nghị gặp mặt các nhà giáo tiêu biểu chào mừng Ngày 20/11 tại TP Vinh.",
    # bench 22278565, 22299948: after "theo" (a source's name goes on)
    "Theo Báo cáo tình hình kinh tế - xã hội tháng 4/2017 của Chính phủ, kinh tế vĩ mô ổn định.",
    "Cũng theo Ông Hồng, Ban xây dựng ngân hàng câu hỏi thi chuẩn hóa đã nhận được những phản hồi.",
])
def test_an_opener_that_goes_on_with_its_sentence_glues_nothing(text):
    from libmeet.parse.detect import glued_openers
    assert glued_openers(text) == ()


@pytest.mark.parametrize("text, second", [
    # bench 21471903, 22405805: a caption (or its credit) that ends on a capitalised word, then a full name and post
    ("Khu lưu giữ xương cốt Cá Ông. Ảnh: Chu Phương Ông Phạm Đình Chiêm, 81 tuổi, là người coi giữ khu Di tích.",
     "Ông Phạm Đình Chiêm"),
    ("Phó Thủ tướng Vũ Đức Đam Ông Trương Quý Dương, Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình cho biết.",
     "Ông Trương Quý Dương"),
    # bench 22672684, 22416023: a place noun ends the text before a full name and post
    ("Thượng úy Đức bị tài xế container đánh lái hất văng khỏi đầu xe xuống đường Ông Nguyễn Văn Nam, Phó viện trưởng "
     "Viện kiểm soát nhân dân huyện Can Lộc, cho hay.", "Ông Nguyễn Văn Nam"),
    ("Giao trách nhiệm cho chủ tịch phường Ông Lê Huỳnh Minh Tú, Phó Chủ tịch UBND quận 12, cho biết.",
     "Ông Lê Huỳnh Minh Tú"),
    # bench 22442017: a lead's day with its comma after "nhân" (of "bệnh nhân")
    ("Ấu trùng được lấy ra từ cánh tay bệnh nhân Ngày 2.6, BS Quàng Văn Hải, Phó trưởng khoa cho biết.", "Ngày 2.6"),
    # bench 22658689: ... after "năm"
    ("Hai bé gái bị hại suốt nhiều năm Ngày 29/6, PV Báo Gia đình & Xã hội có mặt tại UBND xã.", "Ngày 29/6"),
    # bench 22301750, 22374695: "có" and "do" end a subheading before any other opener
    ("Tinh thần khởi nghiệp lên cao chưa từng có Tại cuộc họp báo sau khi diễn ra Hội nghị Thủ tướng với DN.",
     "Tại cuộc họp báo"),
    ("Thanh lý tài sản Nhà nước đều phải nói rõ lý do  Tại cuộc họp báo chuyên đề về Dự án Luật.", "Tại cuộc họp báo"),
    # bench 22290965, 21471586, 21493936: another time's or gathering's opener after a credit in capitals, a credit's
    # bracket, a capitalised word
    ("Thủ tướng Nguyễn Xuân Phúc tiếp ông Han Myoung – sup, Tổng giám đốc Tổ hợp Samsung Việt Nam. Ảnh: Thống Nhất- "
     "TTXVN Tại buổi tiếp, Thủ tướng Nguyễn Xuân Phúc cho biết.", "Tại buổi tiếp"),
    ("Nhà máy sản xuất xơ sợi Đình Vũ, một trong số 12 dự án thua lỗ (Ảnh: Tiền phong) Trước đó, ngày 21/12/2016, Ban "
     "chỉ đạo đã được Bộ Công Thương thành lập.", "Trước đó"),
    ("Bộ trưởng Nguyễn Thị Kim Tiến trò chuyện với người dân đang đưa con đi tiêm vắc xin tại Viện Vệ sinh dịch tễ TW "
     "Chiều cùng ngày, tại Bộ Y tế, Bộ trưởng đã chủ trì buổi làm việc.", "Chiều cùng ngày"),
    # bench 22703225: ... after a link to another story
    ("[Việt Nam sẵn sàng nhận nhiệm vụ thực hiện Gìn giữ hòa bình LHQ] Tại buổi gặp và làm việc với Đại tướng Chris "
     "Deverell, hai bên đã bàn về phương thức hợp tác.", "Tại buổi gặp"),
    # bench 22415730: ... after a round-up's star, "Cùng ngày" with no comma after it
    ("Thủ tướng tham dự Lễ kỷ niệm 40 năm Việt Nam gia nhập Liên Hợp Quốc. Ảnh: VGP/Quang Hiếu * Cùng ngày tại trụ sở "
     "Liên Hợp Quốc, Thủ tướng đã tham dự Lễ kỷ niệm.", "Cùng ngày"),
    # bench 22406586: a meeting of two ("Trong cuộc gặp") after a subheading
    ("Thủ tướng Malaysia nói Đoàn Thị Hương sẽ được xử công bằng Trong cuộc gặp Thủ tướng Nguyễn Xuân Phúc tại "
     "Philippines, Thủ tướng Malaysia nêu rõ sẽ đảm bảo quá trình tố tụng.", "Trong cuộc gặp"),
    # work 21494961, 22701889: a caption's day, a subheading's closing quote
    ("Thứ trưởng Hà Công Tuấn phát biểu tại cuộc họp Ban Chỉ đạo dịch vụ công trực tuyến Bộ NN-PTNT ngày 8/2 Theo ông, "
     "trước mắt các đơn vị phải rà soát đánh giá lại các thủ tục hành chính.", "Theo ông"),
    ("Cần hiểu thêm về việc “không rót thêm vốn vào dự án thua lỗ” Sau ý kiến của đại diện PVN, Thứ trưởng Bộ Công "
     "Thương Hoàng Quốc Vượng nhận định.", "Sau ý kiến"),
    # bench 21472484: "Trước đó" with no comma after it
    ("Thêm clip tố cô giáo trường mầm non Sen Vàng quát mắng học sinh. Ảnh cắt từ clip Trước đó vào sáng 5/1, trên mạng "
     "xã hội lan truyền đoạn clip.", "Trước đó"),
])
def test_a_glued_opener_after_a_capital_or_a_place_noun_or_a_held_word_still_starts_a_sentence(text, second):
    from libmeet.parse.detect import glued_starts
    assert [text[i:i + len(second)] for i in glued_starts(text)] == [second]


@pytest.mark.parametrize("text, elsewhere", [
    # (people's sentences) another time's or gathering's opener starts one (bench 22255328, 22632781) ...
    ("Thủ tướng Nguyễn Xuân Phúc tiếp ông Philipp Roesler. Ảnh: Thống Nhất/TTXVN Sáng cùng ngày, Thủ tướng gặp gỡ, "
     "tọa đàm với lãnh đạo 21 doanh nghiệp.", ["Sáng cùng ngày"]),
    ("Vũ Đình Duy hiện đang bị truy nã quốc tế Tại cuộc họp báo về tình hình công tác 6 tháng đầu năm của Bộ Công an "
     "vào sáng nay, 28.6, trung tướng Đỗ Kim Tuyến cho biết.", ["Tại cuộc họp báo"]),
    # ... the background after a photo's credit (blind work 22350378) ...
    ("Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân. Ảnh: Phạm Hải Trước đó, nguyên Bí thư Thành ủy TP.HCM Đinh La Thăng đã "
     "được Bộ Chính trị phân công.", ["Trước đó"]),
    # ... its credit's dots between letters read as the credit's (review 41b)
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản. Ảnh: T.H - TTXVN Trước đó, ngày 21/12, Thủ tướng đã tiếp đoàn "
     "doanh nghiệp Nhật Bản.", ["Trước đó"]),
    # ... not a credit in the line above a subheading, nor a picture told of (review 41b)
    ("Thủ tướng chủ trì hội nghị. Ảnh: VGP\nBàn giải pháp Trước đó, các vấn đề này đã được các bộ báo cáo.", []),
    ("Cải thiện hình ảnh du lịch Trước đó, các vấn đề này đã được các đại biểu nêu tại phiên chất vấn.", []),
    # ... not after a subheading, where it as often tells the same meeting's earlier part (bench 22520974)
    ("Kỷ luật cán bộ, đóng cửa Trung tâm cấp quy chuẩn chất lượng giả Trước đó, các vấn đề thu hút sự quan tâm dư luận "
     "thời gian qua cũng đã được các ĐBQH tiến hành chất vấn Bộ trưởng Bộ NN&PTNT Nguyễn Xuân Cường.", []),
    # ... nor any other opener: a day, a name and post (bench 22257471, 22705390)
    ("Kiểm tra nhiệt điện Duyên Hải Sáng 12-5, ông Nguyễn Thiện Nhân cùng Đoàn đại biểu Quốc hội tỉnh Trà Vinh có buổi "
     "làm việc với Công ty Nhiệt điện Duyên Hải.", []),
    ("Hiệp ước có hiệu lực khi có ít nhất 50 quốc gia phê chuẩn Bà Elayne Whyte Gomez, chủ tịch hội nghị cho biết.", []),
])
def test_glued_starts_elsewhere_are_another_times_or_gatherings_openers(text, elsewhere):
    from libmeet.parse.detect import glued_starts
    assert len(glued_starts(text)) == 1
    assert list(glued_starts(text, elsewhere=True)) == [text.index(opener) for opener in elsewhere]


def test_glued_openers_read_a_text_without_line_breaks_in_linear_time():
    # (a hang guard, not a speed target: the line a cut is in is tracked as the cuts go on, not looked for again back
    # from each; looked for so, this 16 MB text of 160,000 cuts took about a minute, tracked it takes about a second)
    import time
    from libmeet.parse.detect import glued_openers
    text = ("nhà bếp Chiều 1/2 " + "x" * 80 + " ") * 160000
    started = time.perf_counter()
    assert len(glued_openers(text)) == 160000
    assert time.perf_counter() - started < 10


def test_sentences_do_not_break_inside_dates_abbreviations_or_titles():
    text = "Chiều 15.5, tại TP.HCM, TS. Nguyễn Chí Hiếu dự họp. Tại hội nghị, ông nói."
    starts = sentence_starts(text)
    assert starts == [0, text.index("Tại hội nghị")]


def test_a_read_more_link_is_a_sentence_of_its_own():
    """bench 22381686: the link's words do not run into the sentence after it, which opens on what was said there."""
    text = ("Giá xăng vẫn thấp.  [Ngân sách sẽ hụt thu nghiêm trọng khi giảm thuế nhập khẩu xăng dầu]  Nói điều này "
            "trong cuộc họp chiều 26/5, ông Phạm Đình Thi cho biết tỷ lệ thuế là 37,49%.")
    starts = sentence_starts(text)
    assert starts == [0, text.index("[Ngân"), text.index("Nói điều này")]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("hội nghị tổ chức ngày 8/10 Hội thảo lần thứ XVIII “”\".,\n-–đại biểu")),
               max_size=300))
def test_never_raises(text):
    doc = Doc.from_raw(text)
    found = detect(doc, title=text[:40] or None)
    assert found.is_event or found.reason
    if found.is_event:
        assert 0 <= found.anchor < max(1, len(doc))
        assert found.edition is None or 1 <= found.edition <= 1000


# --- the raw-text prefilter: it may let through what detect then rejects, never the reverse --------------

@pytest.mark.parametrize("raw, maybe", [
    ("Sáng 8/10, Hội nghị thường niên lần thứ 18 khai mạc", True),
    ("HỘI  NGHỊ TỔNG KẾT NĂM 2017", True),  # capitals, two spaces
    ("Hội\u00a0nghị cán bộ chủ chốt", True),  # a no-break space, as saved pages have
    ("Hộ\u00adi nghị cán bộ", True),  # a soft hyphen inside the word: the normaliser drops it
    ("Hoi\u0323 nghi\u0323".replace("Hoi\u0323", "Ho\u0302\u0323i"), True),  # NFD (macOS), which NFC makes "Hội nghị"
    ("Lớp   bồi dưỡng nghiệp vụ thư viện", True),
    ("Buổi toạ đàm về sách", True),  # the modern tone placement
    ("Đại biểu Quốc hội gửi câu hỏi tới Bộ trưởng", False),  # đại ... hội, not side by side
    ("Tập đoàn khai trương chi nhánh; huấn luyện viên trưởng ra mắt", False),
    ("Ông là hội viên. Nghị quyết được ban hành", False),
    ("Trận đấu diễn ra trên sân Thống Nhất", False),
])
def test_the_prefilter_on_real_spellings(raw, maybe):
    assert might_name_a_meeting(raw) is maybe


_PIECES = st.sampled_from(["hội", "nghị", "Hội", "NGHỊ", "đại", "tập", "huấn", "thảo", "đàm", "tọa", "toạ", "họp",
                           "diễn", "đàn", "giao", "ban", "lớp", "bồi", "dưỡng", "hộ", "i", "x", ".", ","])
_GAPS = st.sampled_from([" ", "  ", "\n", "\u00a0", "\t", "\u200b", "\u00ad", "\r\n", "\x07", "", "\u2003", " \n "])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=12))
def test_the_prefilter_never_rejects_a_text_that_names_a_meeting_kind(parts):
    raw = "".join(piece + gap for piece, gap in parts)
    if detect(Doc.from_raw(raw)).reason != NO_KIND:  # the normalised text names a kind noun
        assert might_name_a_meeting(raw)


def test_the_address_stands_in_for_a_missing_title():
    """dev unc_news_health_234 (a crawl that keeps the address, not the title): an announced online talk."""
    from libmeet.parse.meta import url_slug

    text = ("# url = https://dantri.com.vn/suc-khoe/toa-dam-truc-tuyen-viem-gan-virus-cach-phong-va-dieu-tri-hieu-qua"
            "-20210427090337164.htm\n# date = 20210427\nHiện nay đang tồn tại 5 loại viêm gan do virus gây ra.\n"
            "Báo Dân trí tổ chức buổi Tọa đàm trực tuyến \"Viêm gan virus - Cách phòng và điều trị hiệu quả\".\n"
            "Khách mời của buổi tọa đàm gồm các chuyên gia.")
    doc = Doc.from_raw(text)
    slug = url_slug(doc)
    assert slug.startswith("toa dam truc tuyen viem gan virus")
    assert not detect(doc).is_event
    found = detect(doc, slug=slug)
    assert found.is_event and found.kind == "tọa đàm"


@pytest.mark.parametrize("slug, kinds", [
    ("toa dam truc tuyen viem gan virus", {"tọa đàm"}),
    ("khai mac hoi nghi thuong dinh g20", {"hội nghị"}),
    ("bo giao thong hop khan giua trua", {"họp"}),  # họp khẩn, an urgent meeting
    ("hop tac kinh te viet nhat", set()),  # "hop" alone is họp, hợp or hộp
    ("hop bao chinh phu thuong ky thang 4", {"họp báo"}),  # a press conference, not a "hop" alone
    ("gdp viet nam da vuot singapore", set()),
])
def test_kinds_an_address_names(slug, kinds):
    from libmeet.parse.detect import _slug_title_kinds

    assert _slug_title_kinds(slug) == kinds


@pytest.mark.parametrize("text", [
    # bench 22424154: a lawsuit's hearing
    "Mẹ Việt một mình lặn lội qua Pháp kiện đòi con\nChị Huyền đã khởi kiện để giành quyền nuôi con. Ngày 24/5, "
    "Tòa án mở phiên họp. Tại phiên họp, chị Huyền cho biết chị và ông Alex có quan hệ tình cảm.",
    # bench 22439664: a singer's fans
    "Trà Ngọc Hằng úp mở ý định làm mẹ đơn thân\nNgày 1/6, Trà Ngọc Hằng tổ chức buổi họp fan và ra mắt ca khúc mới.",
    # bench 22704586: a sports article's "Đại hội" is the games
    "Chuyện phó đoàn SEA Games\nĐoàn thể thao Việt Nam có 3 phó đoàn. Ngày 19/8, các vận động viên sẽ dự lễ khai "
    "mạc Đại hội tại Kuala Lumpur.",
    "Tai biến chạy thận ở Hòa Bình\nNgày 5/7, bác sĩ Lương được tại ngoại và tiếp tục đến làm việc tại bệnh viện.",
    # bench 22434530: a reporter's interview written as a working session
    "Thiên đường lậu trên vịnh Bái Tử Long\nNgày 30/5, phóng viên Tiền Phong đã có buổi làm việc với ông Châu Thành "
    "Hưng, Phó Chủ tịch UBND huyện Vân Đồn.",
    # dialogue in general, lower case, is no forum; nor is a meeting going on when a fight broke out (dev bm_21488423)
    "Chính quyền cần đối thoại với người dân\nNgày 5/6, lãnh đạo huyện cho biết sẽ tiếp tục đối thoại với người dân.",
    # bench 22363992: called off
    "Sacombank không tổ chức đại hội cổ đông\nSacombank vừa có thông báo không tổ chức Đại hội đồng cổ đông thường "
    "niên vào ngày 26/5/2017 như dự kiến.",
    # "tiếp" inside another word receives no one
    "Báo cáo gửi Thủ tướng\nNgày 7/2, Vụ Tổ chức đã báo cáo trực tiếp Bộ trưởng về việc sắp xếp bộ máy.",
    "Giá vàng tăng\nNgày 7/2, giá vàng tăng liên tiếp phiên thứ ba.",
    # a working session with the press is an interview
    # blind set 128 (22355421): a company's working session with a newspaper is an interview
    "Sawaco nói gì khi dùng ống gang Trung Quốc?\nNgày 23-5, đại diện Tổng Công ty Cấp nước Sài Gòn (Sawaco) đã có buổi "
    "làm việc với báo Pháp Luật TP.HCM để giải thích những vấn đề liên quan đến việc sử dụng ống gang.",
    # bench 22379763
    "Thực hư thông tin lấy đất công viên xây biệt thự\nÔng Vương Trinh Quốc, Chánh Văn phòng UBND tỉnh, phát biểu tại "
    "buổi làm việc với phóng viên TTXVN, ngày 26/5.",
    # a weak kind still ahead or in a caption
    # bench 22715809: the same told as still ahead
    "Nga cân nhắc giảm cấp độ đại diện ngoại giao tại NATO\nVào ngày 13/7 tới, một cuộc họp của Hội đồng Nga-NATO ở cấp "
    "đại sứ sẽ được tổ chức tại trụ sở NATO. Nga sẽ cân nhắc việc cử đại diện tới cuộc họp.",
    # bench 22720837: a photo's caption
    "Nga: Việc Ukraine gia nhập NATO không giúp ổn định khu vực\nNgười phát ngôn điện Kremlin Dmitry Peskov tại cuộc họp "
    "ở Moskva, Nga ngày 24/5. Ảnh: AFP/TTXVN Tuyên bố này được đưa ra sau khi Tổng thống Ukraine ký luật. Nga sẽ tiếp "
    "tục theo dõi các cuộc họp của NATO.",
    # bench 22692857: a singer's meeting with her fans; friends meeting again
    "Minh Hằng gây thất vọng vì khả năng hát live\nTối 27/6, Minh Hằng tổ chức buổi họp mặt fan. Trong buổi họp mặt fan, "
    "cô nàng đã thể hiện năm ca khúc.",
    # reading seed 159 E31 (bench 22479303): an actor's meeting with his fans, "gặp gỡ người hâm mộ"
    "'Mẹ bỉm sữa' vượt gần 2.000 km để gặp Kang Tae Oh\nNgày 7.6, Kang Tae Oh đã đến Việt Nam để gặp gỡ và giao lưu với "
    "người hâm mộ tại TPHCM. Anh đáp chuyến bay đến sân bay Tân Sơn Nhất vào lúc 13h và ngay sau đó đã có buổi gặp gỡ "
    "người hâm mộ.",
    "Nữ sinh giành huy chương vàng\nNgày 6/2, Trà cho biết: “Mỗi lần đi thi Toán quốc tế về, chúng mình lại họp mặt, làm "
    "một trận tưng bừng nữa”.",
    # bench 22540519: a sitting named by what is done there is no setting of words said
    "Quốc hội sẽ giám sát việc thực hiện lời hứa của các Bộ trưởng\nTổng Thư ký Quốc hội Nguyễn Hạnh Phúc nhấn mạnh, việc "
    "tăng thời lượng cho phiên chất vấn và trả lời chất vấn tại kỳ họp thứ 3 đã tạo thêm điều kiện cho đại biểu.",
    # blind set 140 (22463408), bench: a meeting asked for is not one held
    "Kiểm điểm người tham mưu cho Thứ trưởng Bộ VHTTDL ký văn bản gây 'hiểu nhầm'\nChia sẻ với Lao Động, Thứ trưởng "
    "Huỳnh Vĩnh Ái cho biết, sau cuộc họp liên quan đến việc thu hồi văn bản đề nghị xử lý ông Huỳnh Tấn Vinh diễn ra sáng 5.6, Bộ VHTTDL đã yêu cầu Tổng cục Du lịch tổ chức họp, nhằm đánh "
    "giá và kiểm điểm các cá nhân có liên quan.",
    # blind set 118 (21493901), bench 22404074: a disciplinary review of someone's fault is the outcome told
    "Kỷ luật công an để xảy ra vụ dân treo cổ tại trụ sở ủy ban\nChiều 8/2, ông Võ Thành Đồng, Chủ tịch UBND xã Thọ "
    "Thành, huyện Yên Thành (Nghệ An), cho biết xã đã tổ chức họp kiểm điểm ban công an xã vì để xảy ra việc ông Nguyễn "
    "Thành Ngôn treo cổ trong trụ sở UBND xã này.",
    "Giám đốc Sở bị kiểm điểm vì ứng xử với nữ nhân viên\nNgày 29-5, nguồn tin cho biết UBKT Tỉnh ủy Sóc Trăng đã họp "
    "kiểm điểm rút kinh nghiệm đối với ông Lương Minh Q. - Giám đốc Sở.",
    # blind set 103 (22702259): a protest against a summit is what is told
    "111 cảnh sát Đức bị thương trong cuộc biểu tình phản đối G20\nÍt nhất 111 cảnh sát đã bị thương trong cuộc biểu "
    "tình phản đối Hội nghị thượng đỉnh nhóm 20 (G20) diễn ra tại Hamburg, Đức.",
    # bench 22557028: talks one side hopes to hold
    "Syria tuyên bố ngừng bắn, chờ Nga-LHQ đàm phán\nNgày 3/7, quân đội Syria tuyên bố ngừng bắn. Nga cho biết hy vọng sẽ "
    "tổ chức cuộc hội đàm tại thủ đô Astana, Kazakhstan vào ngày 4-7 và ngày 5-7.",
    # blind 22703010, 22373329: a meeting framed in a photo's caption, its credit with or without "Ảnh:"
    "Lý do Hàn Quốc không từ bỏ THAAD\n“Diễn đàn Đông Á” số mới ra có bài viết cho rằng THAAD không dễ dàng bị đảo "
    "ngược dưới thời Tổng thống Hàn Quốc Moon Jae-in.\nTổng thống Hàn Quốc Moon Jae-in tại cuộc họp báo ở Washington, "
    "DC ngày 30/6. Ảnh: AFP/TTXVN  Về lý thuyết, THAAD không chỉ giúp tăng cường an ninh cho Hàn Quốc.",
    "Công bố danh tính hai kẻ đánh bom\nNgười phát ngôn cảnh sát Setyo Wasisto công bố những bằng chứng thu được về "
    "vụ đánh bom ở Jakarta trong cuộc họp báo ngày 25/5. AFP/TTXVN",
    # bench 22246467: a meeting framed with a day after its name that is the festival's, still ahead
    "Yên Bái tổ chức Festival\nThông tin được ông Dương Văn Tiến công bố tại họp báo hôm nay về lễ khai mạc Năm du "
    "lịch tỉnh Yên Bái sẽ diễn ra ngày 19/5.",
    # bench 22637957 (reading seed 155 E3): a meeting one side wants to have
    "Háo hức gặp Putin, Trump khiến cố vấn lo ngại\nTrong khi Trump muốn có cuộc gặp song phương đầy đủ với Putin, một "
    "số cố vấn cho rằng hai bên nên giữ khoảng cách.\nTổng thống Mỹ Donald Trump muốn có cuộc gặp song phương đầy đủ "
    "nghi thức ngoại giao với Tổng thống Nga Vladimir Putin khi cả hai ở Đức để tham dự hội nghị thượng đỉnh G20 tại "
    "Hamburg, Đức ngày 7-8/7, theo AP.",
    # bench 22291243: what voters sent to a parliament's sitting, not the sitting reported
    "Hơn 2.900 ý kiến gửi tới Quốc hội\nỦy ban Thường vụ Quốc hội chiều 16/5 cho ý kiến về Báo cáo giám sát việc giải "
    "quyết kiến nghị của cử tri gửi đến Kỳ họp thứ 2 của Quốc hội khóa XIV.",
])
def test_hearings_fan_meetings_games_interviews_plans_and_called_off_meetings_are_no_meetings(text):
    # (nor someone going to work: "BS Lương được tại ngoại, tiếp tục đến làm việc" is no working session)
    assert not detect_titled(text).is_event


def test_a_meeting_named_once_with_nothing_about_it_is_skipped():
    """bench 22469401: the article compares two phone systems; WWDC is where one was shown."""
    from libmeet import parse_text
    from libmeet.models import Skip

    text = ("So sánh trực quan hệ điều hành iOS 11 và iOS 10\nApple đã chính thức giới thiệu iOS 11 tại Hội nghị các "
            "nhà phát triển WWDC 2017 diễn ra ngày 5/6. Giao diện mới có nhiều thay đổi so với iOS 10, từ màn hình khóa "
            "đến trung tâm điều khiển. Ứng dụng Tin nhắn được thiết kế lại.")
    outcome = parse_text(text)
    assert isinstance(outcome, Skip) and "named once" in outcome.reason
    # the same meeting with someone placed at it is reported
    richer = text.replace("diễn ra ngày 5/6.", "diễn ra ngày 5/6. Ông Nguyễn Văn Bình, Giám đốc Apple Việt Nam, có mặt tại đó.")
    assert not isinstance(parse_text(richer), Skip)


# --- an undated report: the article opens on the meeting and names no day for it ---------------------------------

@pytest.mark.parametrize("text, kind", [
    (  # blind set 22502088
        "Đề nghị xếp hạng đền thờ ông Hoàng Mười là di tích quốc gia\nĐền ông Hoàng Mười (Nghệ An) là địa điểm du lịch "
        "tâm linh thu hút đông đảo người dân cả nước.\nTại hội thảo giá trị lịch sử, văn hóa đền thờ ông Hoàng Mười, Giáo "
        "sư Vũ Minh Giang cho rằng đây là một di tích có sức sống mãnh liệt.",
        "hội thảo",
    ),
    (  # blind set 22542556: the meeting as the subject of the lead, no day
        "Điều kiện kinh doanh đang cản trở doanh nghiệp phát triển\nPhó Viện trưởng cho rằng sự phức tạp của các ĐKKD "
        "đang gây thiệt hại.\nTại hội thảo công bố báo cáo “Điều kiện kinh doanh 2017”, ông Phan Đức Hiếu cho biết "
        "cả nước có 234 ngành nghề kinh doanh có điều kiện.",
        "hội thảo",
    ),
    (  # blind set 22542556 as written: the workshop the subject of what it made public, no day
        "Điều kiện kinh doanh đang cản trở doanh nghiệp phát triển\nPhó Viện trưởng cho rằng sự phức tạp của các ĐKKD "
        "đang gây thiệt hại.\nHội thảo công bố báo cáo “Điều kiện kinh doanh 2017” cho biết, hiện cả nước có 234 ngành "
        "nghề kinh doanh có điều kiện.",
        "hội thảo",
    ),
    (  # blind set 21472665: a press conference as the setting of what the article reports
        "Mourinho: 'Tôi chơi phòng ngự thì bị chê tơi bời'\nChiến thắng 3-0 trước Leicester đã khiến Mourinho hết sức "
        "phấn khởi. Sau trận đấu, nhà cầm quân người Bồ Đào Nha chia sẻ trong cuộc họp báo: “Đội bóng của tôi đang thi "
        "đấu tốt”.",
        "họp báo",
    ),
    (  # bench 22541420: words said there may tell a hope ("sẽ"), which is no plan for the meeting
        "Ông Putin muốn 'bắt tay' với Mỹ giải quyết khủng hoảng Ukraina\nTổng thống Nga Vladimir Putin chia sẻ trong cuộc "
        "Đối thoại trực tuyến lần thứ 15 rằng ông hi vọng Mỹ sẽ đóng vai trò mang tính chất xây dựng.",
        "đối thoại",
    ),
    (  # blind set 124 (22721272): words said at "a" sitting, with the day the lead gives them
        "Malaysia cảnh báo các tay súng IS đang tháo chạy sang Đông Nam Á\nNgày 10/7, Bộ trưởng Quốc phòng Malaysia "
        "Hishammuddin Hussein cho biết các tay súng IS đang lên kế hoạch chuyển căn cứ sang Đông Nam Á. Phát biểu tại "
        "một phiên họp của đảng cầm quyền Tổ chức Thống nhất Dân tộc Malaysia (UMNO), ông Hussein tuyên bố IS là kẻ thù "
        "của chính phủ nước này.",
        "phiên họp",
    ),
    (  # dantri 2020 (UNC news_society_020): what the spokeswoman was asked at a dated press conference
        "Người Việt có thể đi du lịch Singapore từ 8/10\nNgày 30/9, Singapore đã công bố quyết định mở cửa biên giới cho "
        "du khách Việt Nam từ ngày 8/10.\nThông tin Singapore đơn phương dỡ lệnh đóng cửa biên giới đối với du khách đến "
        "từ Việt Nam là vấn đề được đặt ra với người phát ngôn Bộ Ngoại giao tại cuộc họp báo chiều 1/10.",
        "họp báo",
    ),
    (  # dantri 2020 (UNC news_education_015): words shared with an audience at a meeting open the body
        "Không vì một số điểm chưa hài lòng mà mất đi niềm tin vào đổi mới giáo dục\nDân trí Vượt lên khó khăn, ngành "
        "giáo dục đã có bước tiến bộ toàn diện, vững chắc.\nChia sẻ với ngành giáo dục tại hội nghị giáo dục toàn quốc, "
        "Phó Thủ tướng Vũ Đức Đam đã nhìn nhận và có những phân tích về những thành tích và hạn chế hiện nay của ngành "
        "giáo dục.",
        "hội nghị",
    ),
    (  # bench 22246316: the conclusions of a meeting, notified (a subheading glued before it: "Sẽ báo cáo ...")
        "Lập Ban Chỉ đạo quốc gia về triển khai dự án cao tốc Bắc - Nam\nPhó Thủ tướng Thường trực Trương Hòa Bình đồng "
        "ý thành lập Ban Chỉ đạo quốc gia.\nSẽ báo cáo Bộ Chính trị và Quốc hội dự án đường bộ cao tốc Bắc - Nam Văn "
        "phòng Chính phủ vừa truyền đạt kết luận của Phó Thủ tướng Thường trực Trương Hòa Bình tại cuộc họp Thường trực "
        "Chính phủ về dự án đường bộ cao tốc Bắc – Nam. Theo đó, Hội đồng thẩm định Nhà nước cần khẩn trương thẩm định.",
        "họp",
    ),
    (  # bench 21491378: ... after a lead that tells what they say
        "Quảng Ninh cần thu hút mạnh các nguồn vốn đầu tư\nTỉnh Quảng Ninh cần thu hút mạnh các nguồn vốn đầu tư trong "
        "và ngoài nước vào các ngành công nghiệp, dịch vụ có tiềm năng, lợi thế như du lịch, nông nghiệp công nghệ cao. "
        "Ảnh minh họa Đồng thời, tạo mọi thuận lợi để phát triển doanh nghiệp nhỏ và vừa, tiểu thủ công nghiệp và các "
        "làng nghề truyền thống, tạo thêm nhiều việc làm cho người lao động. Phấn đấu đạt tối thiểu 25 nghìn doanh "
        "nghiệp vào năm 2020, tăng gấp đôi so với hiện nay, đưa Quảng Ninh trở thành trung tâm du lịch quốc tế. Đó là "
        "nội dung tại Thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại buổi làm việc với lãnh đạo tỉnh Quảng Ninh.",
        "buổi làm việc",
    ),
    (  # dantri unc_news_society_233: the notice's number lost by the crawl, its "số" left
        "Thủ tướng: Làm rõ trách nhiệm cá nhân, tổ chức gây ra ổ dịch Hà Nam\nThủ tướng Phạm Minh Chính yêu cầu làm rõ "
        "nguyên nhân và trách nhiệm của từng tổ chức, cá nhân đã trực tiếp gây ra ổ dịch ở tỉnh Hà Nam (Ảnh: VGP).\nVăn "
        "phòng Chính phủ vừa có thông báo số kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp Thường trực "
        "Chính phủ về phòng, chống dịch Covid-19.",
        "họp",
    ),
    (  # ... or its number and day written ("Thông báo số 03/TB-VPCP ngày 5/1/2017 kết luận của ...")
        "Đẩy nhanh cổ phần hóa doanh nghiệp nhà nước\nVăn phòng Chính phủ vừa ban hành Thông báo số 03/TB-VPCP ngày "
        "5/1/2017 kết luận của Phó Thủ tướng Vương Đình Huệ tại cuộc họp về tình hình cổ phần hóa doanh nghiệp nhà nước.",
        "họp",
    ),
    (  # bench reading seed 150 S8 (22246909): a meeting told as held recently, then governed by its chair
        "Xây dựng chính sách đặc thù làm cao tốc Bắc - Nam\nCác cơ chế, chính sách đặc thù là cần thiết để thu hút nhà "
        "đầu tư và đẩy nhanh tiến độ, tuy nhiên, cần đảm bảo các nguyên tắc: đấu thầu rộng rãi, công khai, minh bạch, "
        "không thực hiện chỉ định thầu.\nNhà đầu tư BOT dự án cao tốc Bắc - Nam phải đảm bảo đủ vốn chủ sở hữu, không "
        "được dùng toàn bộ tiền vay ngân hàng để đầu tư (Trong ảnh: Cao tốc TP.HCM - Long Thành - Dầu Giây) - Ảnh: VEC "
        "Đây là những nội dung được Thường trực Chính phủ lưu ý tại cuộc họp mới đây về Dự án đường bộ cao tốc Bắc - "
        "Nam. Làm rõ hơn tổng mức đầu tư, tiến độ thực hiện Cuộc họp do Thủ tướng Nguyễn Xuân Phúc chủ trì, với sự tham "
        "gia của các Phó Thủ tướng, đại diện lãnh đạo các bộ, ngành.",
        "họp",
    ),
    (  # bench reading seed 165 S9 (22433659): the Assembly's debate named short, told as just held
        "Tìm nguồn lo 18.000 tỷ đồng giải phóng mặt bằng Dự án Sân bay Long Thành\nQuốc hội vừa thảo luận tổ về việc "
        "tách nội dung thu hồi đất, bồi thường, hỗ trợ, tái định cư thuộc Dự án Cảng hàng không quốc tế Long Thành "
        "thành dự án thành phần.",
        "phiên họp",
    ),
    (  # bench reading seed 175 S23 (22589143): the lead tells what was done on its day; the meeting, named deeper down
        # by what was done at it, is that
        "Công bố kết quả thẩm định tàu vỏ thép hư hỏng tại Bình Định\nChiều 22/6, Sở Nông nghiệp và Phát triển nông thôn "
        "(NN&PTNT) tỉnh Bình Định đã công bố kết quả thẩm định chất lượng 18 tàu vỏ thép bị hư hỏng.\nTàu cá vỏ thép của "
        "ngư dân Bình Định hư hỏng nằm bờ. Theo báo cáo Kết quả thẩm định chất lượng, 18 tàu vỏ thép bị hư hỏng có hàng "
        "loạt sai sót nghiêm trọng. " + "Kiểm tra tại hiện trường của 17 tàu, có 12 tàu phần vỏ tàu bị gỉ sét tự nhiên. " * 8
        + "Cuộc họp công bố kết quả thẩm định có sự tham gia của nhiều ngư dân.",
        "họp",
    ),
])
def test_an_undated_report_opening_on_the_meeting_is_a_report(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("text", [
    # blind set 21488141: the sentence set at a shareholders' meeting tells what is to come there
    "FPTS sẽ nới room lên 100%\nTại Đại hội đồng cổ đông thường niên năm 2017, Công ty Chứng khoán FPT (FPTS) sẽ thảo "
    "luận về phương án phát hành cổ phiếu trả cổ tức trong năm 2017; thông qua tỷ lệ sở hữu tối đa (room) của nhà đầu "
    "tư nước ngoài tại Công ty là 100%.\nNăm 2016, FPTS đạt doanh thu 279 tỷ đồng.",
    # "tiếp" that receives no one
    "Ngân hàng cam kết hỗ trợ Tây Nguyên\nNgày 6/2, Chủ tịch UBND tỉnh đã tiếp tục chỉ đạo các sở ngành tháo gỡ khó khăn "
    "cho doanh nghiệp.",
    "Bộ Y tế tiếp nhận thiết bị\nSáng 12/5, Bộ trưởng Bộ Y tế đã tiếp nhận lô thiết bị y tế do Nhật Bản trao tặng.",
    # bench 22233962: a meeting the sentence puts in a past year
    "Tân tổng thống Hàn Quốc sẵn sàng gặp Kim Jong-un\nÔng Moon cho biết sẵn sàng đến Bình Nhưỡng. Cuộc họp thượng đỉnh "
    "liên Triều cuối cùng diễn ra vào năm 2007, giữa cố Tổng thống Roh Moo-hyun và ông Kim Jong-il.",
    # bench 22227226: a sentence opening on a past month
    "Ai 'ăn cắp' bản quyền Champions League của VTVcab?\nVTVcab đã công bố việc ngừng phát sóng. Tháng 8-2015 VTVcab đã có "
    "buổi họp báo và ban hành thông cáo báo chí là đơn vị duy nhất sở hữu bản quyền.",
    # a meeting that is to decide: a plan, not an outcome
    "Đại hội cổ đông sẽ quyết định sáp nhập\nĐại hội đồng cổ đông sẽ quyết định phương án sáp nhập hai công ty.",
    # bench 22428758: a meeting that acted, told deep in an article about something else
    "Công chúa mía đường mua thêm cổ phiếu\n" + "Bà Ức My vừa mua vào thành công 3 triệu cổ phiếu SBT. " * 12
    + "ĐHĐCĐ của SBT mới đây đã thông qua chủ trương sáp nhập.",
    # bench 22220194: "a" meeting of last year, told in its own clause
    "Ông Obama từng cảnh báo TT Trump đừng bổ nhiệm tướng Flynn\nTrong một cuộc họp tại phòng Bầu dục vào tháng 11 năm "
    "ngoái, cựu Tổng thống Mỹ Barack Obama đã cảnh báo ông Trump.",
    # bench 22430210: a press conference that may be held
    "Tổng Kiểm toán Nhà nước nói về 'phản pháo' của Bộ KHĐT\n“Nếu sai thì phải sửa, còn nếu cần, kiểm toán có thể tổ "
    "chức họp báo đưa ra những bằng chứng” – Tổng KTNN Hồ Đức Phớc nói.",
    # ... not a meeting deep down whose words the lead says as a plan
    "Công bố kết quả thẩm định tàu vỏ thép\nChiều 22/6, Sở NN&PTNT tỉnh Bình Định sẽ công bố kết quả thẩm định chất "
    "lượng 18 tàu vỏ thép. " + "Kiểm tra tại hiện trường của 17 tàu, có 12 tàu phần vỏ tàu bị gỉ sét tự nhiên. " * 8
    + "Cuộc họp công bố kết quả thẩm định có sự tham gia của nhiều ngư dân.",
    # ... nor one the words after which are a name (bench 22545908: "cuộc họp báo tác giả Phạm Tuấn Sơn")
    "Ra mắt sách trên khinh khí cầu\nSáng 16-6, tại Huế tác giả Phạm Tuấn Sơn ra mắt quyển sách Dám làm giàu. "
    + "Kiểm tra tại hiện trường của 17 tàu, có 12 tàu phần vỏ tàu bị gỉ sét tự nhiên. " * 8
    + "Cuộc họp báo tác giả Phạm Tuấn Sơn có sự tham gia của nhiều bạn đọc.",
    # the year before the speech verb is still the meeting's: "Tại hội nghị năm 2015, ..."
    "Doanh nghiệp kêu khó\nTại hội nghị diễn ra vào năm 2015, ông Nguyễn Văn A cho biết, doanh nghiệp còn nhiều khó "
    "khăn.",
    # bench 22290046 (seed-200 reading, E38): a meeting counted back from now, in its own clause
    "Một năm Nghị quyết 35, doanh nghiệp vẫn khó tiếp cận vốn ngân hàng\nTại cuộc gặp doanh nghiệp một năm trước, vấn đề "
    "vốn được các doanh nghiệp phản ánh nhiều nhất.",
    # bench 22730935: "hồi đầu tháng này"
    "Các nước ở Đông Nam Á đủ tiềm năng tổ chức World Cup\nTrong cuộc họp Hội đồng LĐBĐ Đông Nam Á (AFF) diễn ra hồi đầu "
    "tháng này tại TP.Nha Trang, Phó chủ tịch PSSI Joko Driyono nói: “Đây là thời điểm chín muồi”.",
    # bench 21493505, working 21494591, bench 22692883 (seed-200 E5): a meeting told by its verb as ahead, no day of its own
    "Các nước TPP có thể nhóm họp vào tháng 3 tới\nBộ trưởng Thương mại New Zealand Todd McClay ngày 8/2 cho biết một "
    "cuộc họp các bộ trưởng các quốc gia thành viên TPP có thể diễn ra vào tháng 3 tới tại Chile.",
    "Đức mạnh tay tháo gỡ xung đột Ukraine\nĐức hy vọng sẽ tổ chức một cuộc họp 4 bên với Nga, Ukraine và Pháp về cuộc "
    "khủng hoảng Ukraine khi các ngoại trưởng G20 nhóm họp tại Bonn vào tuần tới, một phát ngôn viên Chính phủ Đức ngày "
    "8/2 cho biết.",
    "EU kêu gọi thúc đẩy thương mại đa phương\nCác nhà lãnh đạo EU tuyên bố sẽ ủng hộ một loạt hành động tại hội nghị "
    "thượng đỉnh G20 sắp tới. Hai nhà lãnh đạo EU khẳng định sẽ thúc giục các nước thành viên G20 đóng góp vào những "
    "kết quả cụ thể tại Hội nghị bộ trưởng WTO diễn ra tại Buenos Aires vào tháng 12 tới, và thực thi các quy tắc đã "
    "được nhất trí. Được thành lập vào năm 1999, G20 là diễn đàn hợp tác quốc tế.",
    # bench 22707960 (seed-200 E18): the meeting only says what the city is, where someone spoke
    "Nga muốn cùng Mỹ tăng cường hợp tác đảm bảo an ninh mạng\nPhát biểu trước báo giới tại thành phố Hamburg, Đức, nơi "
    "đang diễn ra Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20), Bộ trưởng "
    "Nikiforov nhấn mạnh: “Chúng tôi hy vọng có sự hợp tác”.",
])
def test_an_undated_meeting_of_the_past_or_a_plan_is_no_report(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text", [
    # bench 22714029: told as done ("vừa họp"), the time ahead after it is what the meeting set
    "Gò Vấp giải tỏa nhà 30 hộ dân\nUBND TP.HCM vừa họp bàn với quận Gò Vấp giải tỏa nhà 30 hộ dân để trong tháng 10 "
    "tới hoàn thành.",
    "Gò Vấp giải tỏa nhà 30 hộ dân\nUBND TP.HCM đã nhóm họp bàn với quận Gò Vấp giải tỏa nhà 30 hộ dân để trong tháng "
    "10 tới hoàn thành.",
    # a span before something else, not a meeting counted back from now ("hai tháng trước khi")
    "Doanh nghiệp kiến nghị về Nghị quyết 35\nTại cuộc gặp doanh nghiệp hai tháng trước khi Nghị quyết 35 ban hành, "
    "Thủ tướng Nguyễn Xuân Phúc yêu cầu các bộ, ngành hỗ trợ doanh nghiệp tiếp cận vốn.",
])
def test_a_time_after_the_meeting_that_is_not_its_own_keeps_the_report(text):
    assert detect_titled(text).is_event


@pytest.mark.parametrize("text, is_event", [
    # du unc_news_society_214 (dantri, 2021): the meeting the lead's verb tells done, through "triển khai" and its
    # manner ("đã khẩn cấp triển khai họp trực tuyến"), its subject the province
    ("Quảng Nam cấp bách kích hoạt hệ thống phòng chống dịch Covid-19\nTrước tình hình diễn biến phức tạp của dịch "
     "Covid-19, tỉnh Quảng Nam đã khẩn cấp triển khai họp trực tuyến với các sở, ngành, địa phương để phối hợp thực "
     "hiện các giải pháp cấp bách phòng chống dịch Covid-19 trong tình hình mới, nhất là trong và sau dịp lễ "
     "30/4-1/5.", True),
    ("Quảng Nam cấp bách kích hoạt hệ thống phòng chống dịch Covid-19\nTrước tình hình diễn biến phức tạp của dịch "
     "Covid-19, tỉnh Quảng Nam đã triển khai họp với các sở, ngành, địa phương để phối hợp thực hiện các giải pháp "
     "cấp bách phòng chống dịch Covid-19, nhất là trong và sau dịp lễ 30/4-1/5.", True),
    # ... not one still ahead ("sẽ triển khai họp")
    ("Quảng Nam cấp bách kích hoạt hệ thống phòng chống dịch Covid-19\nTrước tình hình diễn biến phức tạp của dịch "
     "Covid-19, tỉnh Quảng Nam sẽ triển khai họp trực tuyến với các sở, ngành, địa phương để phối hợp thực hiện các "
     "giải pháp cấp bách phòng chống dịch Covid-19, nhất là trong và sau dịp lễ 30/4-1/5.", False),
])
def test_a_meeting_told_done_through_triển_khai_is_held(text, is_event):
    assert detect_titled(text).is_event is is_event


@pytest.mark.parametrize("text, kind", [
    # bench 22334124 (seed-201 reading, S25): the day, the venue, then the reception as the setting of the host's words
    ("Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Thương mại quốc tế Canada\nChiều 21/5, tại Phủ Chủ tịch, trong buổi "
     "tiếp Bộ trưởng Thương mại quốc tế Canada Francois-Philippe Champagne đang ở thăm Việt Nam, Chủ tịch nước Trần Đại "
     "Quang nhấn mạnh, Việt Nam hết sức coi trọng quan hệ với Canada.", "tiếp"),
    # bench 21485562 (seed-239 reading, S2): a connective, then the day, then the meeting as the setting of what was
    # announced there
    ("Giải thể trường Mầm non Sen Vàng, chờ kết luận của công an\nTrước toàn bộ phụ huynh học sinh, bà Vũ Thị Tân – "
     "Chủ lớp Mầm non Sen Vàng đã thông báo quyết định giải thể lớp và sẽ trả lại kinh phí cho phụ huynh đã đóng.\n"
     "Theo đó, chiều 7/2, trong cuộc họp với lãnh đạo Phòng Giáo dục & Đào tạo quận Hai Bà Trưng (TP.Hà Nội), UBND "
     "phường Minh Khai và phụ huynh học sinh, bà vũ Thị Tân - Chủ lớp Mầm non Sen vàng đã thông báo quyết định giải "
     "thể lớp và sẽ trả lại kinh phí cho phụ huynh đã đóng.", "họp"),
])
def test_the_day_and_the_venue_then_the_meeting_as_the_setting_is_a_report(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("body", [
    # u6 unc_news_travel_232 (dantri, 2021): a body whose name has a comma in it, the subject of "họp" on its day
    "Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam",
    "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí",
    "Sở Lao động, Thương binh và Xã hội tỉnh Hà Nam",
])
def test_a_body_named_with_a_comma_is_the_subject_of_its_meeting(body):
    from libmeet import parse_text
    from libmeet.parse.types import Meta
    raw = (f"Chiều 29/4, {body} họp triển khai các biện pháp khoanh vùng dập dịch Covid-19, liên quan đến 5 người "
           "trong một gia đình ở thôn Quan Nhân, xã Đạo Lý, huyện Lý Nhân.\nKhu du lịch Tam Chúc sẽ tạm thời đóng cửa "
           "và dừng đón khách từ 18h ngày 29/4.")
    found = parse_text(raw, Meta(published=__import__("datetime").date(2021, 4, 29)))
    assert found.kind == "họp" and str(found.start_date) == "2021-04-29"


def crawled(text):
    """An article of the baomoi crawl, parsed as dev_eval.sh does: collected by 2017-07-31."""
    from libmeet import parse_text
    from libmeet.parse.types import Meta
    return parse_text(text, Meta(reference_date=__import__("datetime").date(2017, 7, 31)))


def test_a_meeting_reported_without_its_day_takes_no_day_from_deep_in_the_article():
    raw = (
        "Bộ trưởng Bộ TT&TT chỉ đạo tăng cường công tác quản lý báo chí\n“Đẩy mạnh triển khai Luật Báo chí và công tác "
        "thông tin cơ sở trong tình hình mới” là chỉ đạo của Bộ trưởng Bộ TT&TT Trương Minh Tuấn trong buổi làm việc tại "
        "tỉnh Cà Mau\nBáo chí Cà Mau trong thời gian qua đã làm tốt nhiệm vụ của mình. Bộ trưởng Bộ Thông tin - Truyền "
        "thông Trương Minh Tuấn phát biểu tại buổi làm việc. " + "Việc cung cấp các dịch vụ bưu chính, viễn thông, "
        "internet luôn được chú trọng và đầu tư hiệu quả. " * 8 + "Theo đó, Trung tâm giải quyết thủ tục hành chính của "
        "tỉnh cũng đã đi vào hoạt động từ ngày 1/1/2017, góp phần tiết kiệm thời gian của người dân. Bí thư Tỉnh ủy Cà "
        "Mau trao đổi thông tin bên lề buổi làm việc.")
    # bench 22373062: the one date is when an office opened, not the session's day: left out, with a word
    found = crawled(raw)
    assert found.kind == "buổi làm việc" and found.start_date is None
    assert any("left out" in w for w in found.warnings)
    # ... but a day deep down that opens its sentence, or follows a meeting's name, or an announcement's time line
    # may be its day
    for tail, day in (("Sáng 14/6, Bộ trưởng làm việc với lãnh đạo tỉnh.", 14),
                      ("Ông Tuấn phát biểu tại buổi làm việc chiều 15/6 với lãnh đạo tỉnh.", 15),
                      # bench 22598397: a caption, the dot of "TP.HCM" between the meeting and its day
                      ("Ảnh: Bộ trưởng làm việc với lãnh đạo chủ chốt TP.HCM sáng 17/6. Ảnh: VGP", 17),
                      ("\n⏰ Thời gian: 10h00- 11h30, ngày 16/6/2017\n", 16)):
        dated = crawled(raw.replace("đã đi vào hoạt động từ ngày 1/1/2017", "đã đi vào hoạt động") + " " + tail)
        assert dated.start_date is not None and dated.start_date.day == day, tail


@pytest.mark.parametrize("tail, day", [
    # blind set 124 (22288763): the day closes the sentence before the one the press conference sets
    ("Ông Macron được thủ tướng Đức Angela Merkel chào đón với nghi thức quân đội tại Berlin vào chiều thứ 2 (15/5). "
     "Tại một cuộc họp báo, Thủ tướng Đức Angela Merkel nói rõ mối quan hệ Pháp - Đức rất quan trọng.", (15, 5)),
])
def test_the_day_that_closes_the_sentence_before_the_meetings_setting(tail, day):
    found = crawled("Quan hệ Pháp - Đức\n" + "Hai nhà lãnh đạo đã trao đổi nhiều vấn đề của châu Âu. " * 3 + tail)
    assert found.attendees  # a report, whatever its day
    assert ((found.start_date.day, found.start_date.month) if found.start_date else None) == day


def test_a_meeting_dated_only_by_a_word_of_recency_takes_no_day_of_something_else():
    """dantri 2020 (UNC news_society_018): the meeting "vừa diễn ra"; the day before it is when a draft takes effect."""
    raw = ("TPHCM sẽ có 19 quận, 259 phường không tổ chức HĐND\nTrong tương lai gần, TPHCM sẽ có 19 quận, 259 phường "
           "thực hiện không tổ chức HĐND quận, phường.\n" + "Chính quyền địa phương ở TPHCM sẽ là cấp chính quyền địa "
           "phương gồm có HĐND thành phố và UBND thành phố.\n" * 6 + "Dự thảo dự kiến từ ngày 1/7/2021, UBND quận, UBND "
           "phường thực hiện nhiệm vụ, quyền hạn theo quy định tại nghị quyết này.\nTại cuộc họp Hội đồng thẩm định vừa "
           "diễn ra ở Bộ Tư pháp, ông Nguyễn Thành Phong - Chủ tịch UBND TPHCM khẳng định, thành phố đã đánh giá nhiều "
           "chiều.\nKết luận cuộc họp, Thứ trưởng Bộ Tư pháp Đặng Hoàng Oanh yêu cầu hoàn thiện tờ trình.")
    found = crawled(raw)
    assert found.kind == "họp" and found.start_date is None
    assert any("left out" in w for w in found.warnings)
    # the same meeting told with its day keeps it
    dated = crawled(raw.replace("vừa diễn ra ở Bộ Tư pháp", "ngày 29/9 ở Bộ Tư pháp"))
    assert dated.start_date is not None and (dated.start_date.day, dated.start_date.month) == (29, 9)


def test_a_meeting_ahead_told_with_no_day_of_its_own_is_no_report():
    """blind set 70 (21491821): the press conference's day, then the talks it announces, with no day of their own."""
    found = crawled("Thủ tướng Nhật Bản Shinzo Abe sẽ gặp Tổng thống Mỹ Donald Trump\nPhát biểu tại buổi họp báo ngày 8/2, "
                    "Chánh văn phòng Nội các Nhật Bản Yoshihide Suga cho biết Thủ tướng Shinzo Abe sẽ có hội đàm với Tổng "
                    "thổng Mỹ Donald Trump tại thủ đô Washington.")
    assert found.reason == PLAN_TOLD


@pytest.mark.parametrize("text, why", [
    # bench 22751291: the day written is a price's, not the press conference's
    ("Bộ Công Thương: giá lợn đã tăng trở lại\nTại buổi họp báo thường kỳ quý II Bộ Công Thương, Thứ trưởng Bộ Công "
     "Thương Đỗ Thắng Hải cho biết giá lợn đã tăng trở lại. Theo Cục Chăn nuôi, giá lợn hơi ngày 9/7 đã lên 40.000 "
     "đồng/kg.", "left out"),
    # bench reading seed 174 E34 (21486947): the day of another meeting, named otherwise ("cuộc họp Chính phủ"), is not
    # that of the meeting the report names ("cuộc họp về kế hoạch cải tạo sân bay Tân Sơn Nhất")
    ("Mở rộng Tân Sơn Nhất cần gần 20.000 tỉ đồng\nTheo đơn vị tư vấn, việc nâng công suất sân bay Tân Sơn Nhất chỉ cần "
     "khoảng 19.700 tỉ.\nTrong cuộc họp về kế hoạch cải tạo sân bay Tân Sơn Nhất, đơn vị tư vấn nhận định đến nay khu "
     "bay đã tới giới hạn. " + "Dự báo năm 2017, Tân Sơn Nhất có thể đón 35 triệu hành khách. " * 12 + "Được biết, "
     "phương án do đơn vị tư vấn ADCC đưa ra này đã được Phó Thủ tướng Trịnh Đình Dũng chấp thuận tại cuộc họp Chính "
     "phủ ngày 20.1 và nhận được sự ủng hộ của lãnh đạo Bộ GTVT.", "left out"),
])
def test_a_day_of_something_else_is_left_out_with_a_word(text, why):
    found = crawled(text)
    assert found.start_date is None and any(why in w for w in found.warnings)


@pytest.mark.parametrize("text, day", [
    # blind set 137 (22696430): the lead's speaker spoke on its day, and the press conference is where they spoke
    ("Tổng thống Mỹ cam kết 'hành động cực kỳ cứng rắn' với Triều Tiên\nTổng thống Mỹ Donald Trump ngày 6/7 đã tuyên bố "
     "sẽ “hành động cực kỳ cứng rắn” với Triều Tiên sau vụ thử tên lửa mới nhất của nước này. Phát biểu tại cuộc họp báo "
     "chung với Tổng thống Ba Lan Andrzej Duda, ông Donald Trump tuyên bố Triều Tiên “là một mối đe dọa lớn”.", 6),
    # bench 22442131: the same at a forum
    ("Moldova quay lại mối quan hệ đối tác chiến lược với Nga\nTổng thống Moldova Igor Dodon ngày 2/6 cho biết nước này "
     "hiện đang quay lại mối quan hệ đối tác chiến lược với Nga. Phát biểu tại Diễn đàn Kinh tế Quốc tế Saint-Petersburg "
     "(Nga), Tổng thống Igor Dodon cho biết Moldova đã bắt đầu điều chỉnh các chính sách.", 2),
    # blind set 145 (22599363): where they spoke opens the sentence, the summit further in its clause
    ("Pháp, Đức ủng hộ EU có cách tiếp cận mạnh mẽ hơn trong thương mại\nTổng thống Pháp Emmanuel Macron và Thủ tướng Đức "
     "Angela Merkel ngày 23/6 bày tỏ sự ủng hộ một châu Âu có cách tiếp cận mạnh mẽ hơn trong thương mại. Phát biểu tại "
     "một cuộc họp báo chung tại Brussels sau khi kết thúc hội nghị thượng đỉnh Liên minh châu Âu (EU), Tổng thống Pháp "
     "Macron cho biết châu Âu sẽ đáp trả.", 23),
])
def test_the_day_the_lead_says_someone_spoke_is_the_day_of_the_meeting_they_spoke_at(text, day):
    found = crawled(text)
    assert found.start_date is not None and found.start_date.day == day
    # ... not a day they did something else on
    other = crawled(text.replace(" đã tuyên bố sẽ", " đã tới Ba Lan và hứa sẽ").replace(" cho biết nước", " tới Nga, nói nước")
                    .replace(" bày tỏ sự ủng hộ", " tới Brussels, ủng hộ"))
    assert other.kind and other.start_date is None


@pytest.mark.parametrize("text, day, other", [
    # reading seed 263 S4 (bench 22364930): the day first, then the speaker and the verb, after a photo's credit
    ("Mỹ thiết lập các vùng 'tránh xung đột' xung quanh Syria\nHoạt động quân sự của Nga, quân Chính phủ Syria và các "
     "đồng minh của họ về cơ bản sẽ không được phép tiến hành trong những khu vực do Mỹ bảo vệ.\nCảnh đổ nát sau các cuộc không kích tại Ghouta ngoại ô "
     "phía Đông thủ đô Damascus ngày 4/4. (Nguồn: AFP/TTXVN) Ngày 24/5, Trung tướng Không quân Mỹ Jeffrey Harrigian cho "
     "biết quân đội hai nước Mỹ-Nga đã tăng cường số cuộc điện đàm nhằm giảm thiểu nguy cơ xảy ra các vụ đụng độ trên "
     "không phận Syria. Phát biểu tại cuộc họp báo ở Lầu Năm Góc, ông Harrigian, người phụ trách các hoạt động của Không "
     "quân Mỹ ở Trung Đông, cho biết thêm Mỹ đã thiết lập các khu vực “tránh xung đột” tạm thời xung quanh Syria. Tướng "
     "Jeffrey Harrigian từ chối tiết lộ có bao nhiêu khu vực “tránh xung đột” như vậy.", 24,
     (" Harrigian cho biết quân đội", " Harrigian tới Iraq, khi quân đội")),
    # bench 22713667: the same, the country as the subject, the title's words its lead's
    ("Qatar muốn đòi các nước vùng Vịnh bồi thường hàng tỷ USD\nQatar thông báo nước này đang lập một ủy ban phụ trách "
     "việc đòi bồi thường có thể lên tới hàng tỷ USD về những thiệt hại xuất phát từ sự phong tỏa của các nước láng giềng "
     "vùng Vịnh đối với nước này.\nBộ trưởng Tư pháp Qatar Ali bin Fetais al-Marri. (Nguồn: aljazeera.com) Ngày 9/7, "
     "Qatar thông báo nước này đang lập một ủy ban phụ trách việc đòi bồi thường có thể lên tới hàng tỷ USD về những "
     "thiệt hại xuất phát từ sự phong tỏa của các nước láng giềng vùng Vịnh đối với nước này. Phát biểu tại cuộc họp báo "
     "ở thủ đô Doha, Bộ trưởng Tư pháp Qatar Ali bin Fetais al-Marri cho biết ủy ban nói trên sẽ nhận tất cả những khiếu "
     "nại từ các khu vực công, tư hoặc các cá nhân.", 9, None),
])
def test_the_day_that_opens_the_lead_telling_who_spoke_is_the_day_of_the_meeting_they_spoke_at(text, day, other):
    found = crawled(text)
    assert found.start_date is not None and found.start_date.day == day
    # ... not when that sentence tells something other than words said on its day
    if other:
        assert getattr(crawled(text.replace(*other)), "start_date", None) is None


def test_the_speakers_day_is_not_carried_to_a_meeting_of_its_own_past():
    """A review of e5b2d63: "Phát biểu tại cuộc họp báo ... hồi tháng 3" is a meeting of its own past: the day-first
    sentence's day is not its day (bench 22364930's text, changed)."""
    text = ("Mỹ thiết lập các vùng 'tránh xung đột' xung quanh Syria\nHoạt động quân sự của Nga, quân Chính phủ Syria và "
            "các đồng minh của họ về cơ bản sẽ không được phép tiến hành trong những khu vực do Mỹ bảo vệ.\nCảnh đổ nát "
            "sau các cuộc không kích tại Ghouta ngoại ô phía Đông thủ đô Damascus ngày 4/4. (Nguồn: AFP/TTXVN) Ngày 24/5, "
            "Trung tướng Không quân Mỹ Jeffrey Harrigian cho biết quân đội hai nước Mỹ-Nga đã tăng cường số cuộc điện đàm "
            "nhằm giảm thiểu nguy cơ xảy ra các vụ đụng độ trên không phận Syria. Phát biểu tại cuộc họp báo ở Lầu Năm "
            "Góc, ông Harrigian, người phụ trách các hoạt động của Không quân Mỹ ở Trung Đông, cho biết thêm Mỹ đã thiết "
            "lập các khu vực “tránh xung đột” tạm thời xung quanh Syria. Tướng Jeffrey Harrigian từ chối tiết lộ có bao "
            "nhiêu khu vực “tránh xung đột” như vậy.")
    assert crawled(text).start_date.day == 24
    for past in (" hồi tháng 3", " năm 2016"):
        assert getattr(crawled(text.replace("Lầu Năm Góc,", "Lầu Năm Góc" + past + ",")), "start_date", None) is None


def test_a_plan_that_gives_its_own_day_takes_that_day():
    # bench 21473553 (reading seed 143, E3): the day the plan was told, then the meeting's own day after it: that one
    assert str(crawled("Australia-Trung Quốc tổ chức Đối thoại Chiến lược-Ngoại giao\nNgày 6/2, Ngoại trưởng Australia "
                       "Julia Bishop cho biết bà và người đồng cấp Trung Quốc Vương Nghị sẽ đồng chủ trì cuộc Đối thoại "
                       "Chiến lược và Ngoại giao Australia-Trung Quốc lần thứ tư tại thủ đô Canberra vào ngày 7/2."
                       ).start_date) == "2017-02-07"


def test_an_undated_report_keeps_only_the_day_its_lead_opens_on():
    # bench 21486326: the lead opens on the day, and the meeting follows it
    opened = crawled("Trung Quốc, Australia nhất trí tăng cường quan hệ song phương\n(Nguồn: SBS News) Ngày 7/2, Bộ "
                     "trưởng Ngoại giao Trung Quốc Vương Nghị và người đồng cấp Australia Julie Bishop đã kêu gọi tăng "
                     "cường quan hệ song phương. Tại vòng 4 cuộc đối thoại ngoại giao và chiến lược giữa hai nước diễn ra "
                     "ở Canberra (Australia), Ngoại trưởng Vương Nghị nói rằng quan hệ giữa Trung Quốc và Australia đã "
                     "luôn duy trì sự phát triển lành mạnh.")
    assert str(opened.start_date) == "2017-02-07"
    # bench 22539177: the day is first written in a caption, then after the sitting's name: it is the sitting's
    captioned = crawled("Chủ tịch Quốc hội: Thành viên Chính phủ đã nắm chắc thực trạng\nTại phiên chất vấn, Phó Thủ "
                        "tướng Trương Hòa Bình giải trình. Phó Thủ tướng trả lời chất vấn ĐBQH chiều 15-6-2017. Ảnh: "
                        "VGP. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tại cuối phiên chất vấn và trả lời chất vấn chiều "
                        "15-6-2017 cho rằng các thành viên Chính phủ đã nắm chắc chức năng, nhiệm vụ.")
    assert str(captioned.start_date) == "2017-06-15"
    # blind set 22702053: a long clause leads in before the day the lead opens on
    framed = crawled("Việt Nam sẵn sàng thúc đẩy hợp tác với Hamburg\nTrong khuôn khổ chuyến thăm chính thức làm việc tại "
                     "Cộng hòa Liên bang Đức, sáng 7-7, tại Hamburg, Thủ tướng Nguyễn Xuân Phúc đã gặp Thủ hiến bang "
                     "Hamburg Olaf Scholz. Tại cuộc gặp, Thủ hiến Olaf Scholz bày tỏ vui mừng.")
    assert str(framed.start_date) == "2017-07-07"
    # blind set 22279912 (reading seed 151 E28): the meeting named in a caption set before the lead, which opens on the day
    after_caption = crawled("Thủ tướng Nguyễn Xuân Phúc tới thăm Trường Đại học Việt Nhật\nThủ tướng Nguyễn Xuân Phúc "
                            "phát biểu tại buổi làm việc. (Ảnh: Thống Nhất/TTXVN) Chiều 15/5, Thủ tướng Chính phủ Nguyễn "
                            "Xuân Phúc đã tới tham quan cơ sở vật chất tại Đại học Việt Nhật.")
    assert str(after_caption.start_date) == "2017-05-15"


@pytest.mark.parametrize("text", [
    # dev: a training course as background of a health story, no day
    "Ngày 10/5, theo thông tin của Cục Y tế Dự phòng (Bộ Y tế), dịch cúm A (H7N9) có xu hướng bùng phát. "
    "Bộ Y tế đã cập nhật các tài liệu hướng dẫn chuyên môn và tổ chức lớp tập huấn cho các cán bộ y tế tại "
    "các tỉnh biên giới về công tác giám sát, xét nghiệm và xử lý ổ dịch.",
    # bench: a driver summoned by the authorities
    "Phạt nguội xe biển xanh đi vào làn dành riêng cho BRT\nCơ quan chức năng yêu cầu lái xe lên làm việc. Tại buổi làm "
    "việc với cơ quan chức năng, ông Nguyễn Văn Hán tường trình: \"Khoảng 7h ngày 6/2, tôi đi vào làn BRT\".",
])
def test_an_undated_meeting_named_once_with_nothing_about_it_is_skipped(text):
    """detect reads them as undated and named once (lonely); with no attendee and no direction the record is skipped."""
    from libmeet import parse_text
    from libmeet.models import Skip
    found = detect(Doc.from_raw(text), title=text.split("\n")[0] if "\n" in text else None)
    assert not found.is_event or found.lonely and found.undated
    assert isinstance(parse_text(text), Skip)
@pytest.mark.parametrize("text, is_report", [
    # dantri: the lead opens on the sitting as the setting of what the article tells, and gives its day
    ("# url = https://dantri.com.vn/xa-hoi/lap-them-mot-thi-tran-tren-dia-ban-tinh-dong-nai-20210427101101398.htm\n"
     "# date = 20210427\nTrong phiên họp thứ 55, sáng 27/4, UB Thường vụ Quốc hội đã xem xét nội dung trên.\n"
     "Tỉnh Đồng Nai đề nghị được thành lập thị trấn Long Giao trên cơ sở toàn bộ diện tích tự nhiên, dân số của xã "
     "Long Giao.\nTheo quan điểm của Chính phủ, việc thành lập thị trấn Long Giao là yêu cầu cần thiết.", True),
    # bench 22511401: the same, after the title
    ("Chính thức thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa\nTrong phiên họp sáng 12-6, Quốc hội đã chính thức "
     "thông qua dự thảo Luật hỗ trợ doanh nghiệp nhỏ và vừa với 410/442 đại biểu tham gia biểu quyết tán thành. Đây là "
     "một trong những dự thảo Luật được cộng đồng doanh nghiệp rất quan tâm.", True),
    # bench 22413897: a photo's caption opens the body; the article reports a speech elsewhere
    ("John McCain: Trung Quốc hành xử như 'kẻ côn đồ' trên Biển Đông\nThượng nghị sỹ John McCain phát biểu trong cuộc "
     "họp báo tại Quốc hội Mỹ ở Washington, DC ngày 10/1. (Nguồn: AFP/TTXVN) Theo Reuters, nghị sỹ John McCain ngày "
     "30/5 cho rằng Trung Quốc đang hành xử như một \"kẻ côn đồ\" trên Biển Đông.", False),
])
def test_a_lead_that_opens_on_the_meeting_as_its_setting_reports_it(text, is_report):
    """A meeting named once is a report when the lead opens on it, dated, as the setting of what the article tells
    (not when the sentence is a photo's caption)."""
    from libmeet import parse_text
    from libmeet.models import Skip
    assert isinstance(parse_text(text), Skip) is not is_report


@pytest.mark.parametrize("text, day", [
    # dantri (no title line): the lead points back to the title, the day written between the verb and the meeting
    ("# url = https://dantri.com.vn/giao-duc-huong-nghiep/ha-noi-cong-bo-nhung-diem-moi-nhat-ve-tuyen-sinh-lop-10.htm\n"
     "# date = 20210416\nThông tin trên vừa được Sở GD&ĐT Hà Nội đưa ra sáng 16/4, tại Hội nghị hướng dẫn công tác "
     "tuyển sinh vào các trường mầm non, lớp 1, lớp 6, lớp 10 năm học 2021-2022.\nBà Nguyễn Thu Hà, Phó trưởng phòng "
     "Quản lý thi và kiểm định chất lượng cho biết, công tác tuyển sinh lớp 10 năm học 2021-2022 có nhiều điểm mới.",
     "2021-04-16"),
    # dantri: what the lead points back to was said at the meeting, which has no day
    ("# url = https://dantri.com.vn/suc-manh-so/huawei-day-manh-ho-tro-dn-ict-viet-nam.htm\n# date = 20210404\n"
     "Đây là cam kết của ông Sun Bohan - Tổng Giám đốc Huawei Việt Nam tại Hội nghị Hệ sinh thái các đối tác của Huawei "
     "Việt Nam năm 2021 được tổ chức tại TP. HCM.\nHội nghị năm nay có sự tham gia của gần 100 đối tác tại Việt Nam.",
     None),
    # bench 22637176: the rest of such a sentence tells of the meeting, its day too
    ("Phải đẩy lùi tín dụng đen ở nông thôn\nĐó là yêu cầu của Phó Thủ tướng Chính phủ Vương Đình Huệ - Ủy viên Bộ "
     "Chính trị, Trưởng Ban Chỉ đạo Tây Nam bộ tại hội nghị tổng kết 5 năm (2012 - 2016) thực hiện đề án “Củng cố, nâng "
     "cao chất lượng hoạt động tín dụng chính sách tại khu vực Tây Nam bộ” diễn ra ngày 28/6 tại Cần Thơ.", "2017-06-28"),
])
def test_a_lead_pointing_back_to_the_title_is_said_at_the_meeting(text, day):
    """"Đây là …", "Thông tin trên được … đưa ra [day,] tại <meeting>": the meeting is where the title's news was said."""
    found = crawled(text)
    assert found.kind == "hội nghị"
    assert (str(found.start_date) if found.start_date else None) == day


def test_a_lead_pointing_back_to_a_meeting_still_to_come_is_no_report():
    text = ("Trình Quốc hội dự án luật đặc khu\nĐây là nội dung sẽ được thảo luận tại hội nghị Trung ương tới đây, "
            "theo kế hoạch của Ban soạn thảo.")
    from libmeet.models import Skip
    assert isinstance(crawled(text), Skip)


def test_a_sitting_named_after_its_working_day_is_the_setting_of_what_the_sentence_tells():
    # blind set 22742997: the day, the sitting's third working day, then the sitting, then what it did
    text = ("TP Hải Phòng có thêm 2 Phó chủ tịch\nÔng Nguyễn Văn Thành và ông Phạm Văn Hà đã được HĐND TP Hải Phòng ngày "
            "13-7 bầu giữ chức Phó chủ tịch UBND TP Hải Phòng. Sáng 13-7, trong ngày làm việc thứ 3, kỳ họp thứ 5, HĐND "
            "TP Hải Phòng khóa XV (nhiệm kỳ 2016-2021), 100% đại biểu đã biểu quyết thông qua dự thảo Nghị quyết về việc "
            "xác nhận kết quả bầu bổ sung chức danh Phó Chủ tịch UBND TP.")
    found = crawled(text)
    assert found.kind == "kỳ họp" and str(found.start_date) == "2017-07-13"


def test_an_undated_meeting_the_lead_tells_as_organised_is_reported():
    # unseen dantri (business, no title line): the shareholders' meeting "được tổ chức", no day given
    text = ("# url = https://dantri.com.vn/kinh-doanh/dhdcd-nam-2021-cua-pv-gas-d-thong-qua-12-to-trinh.htm\n"
            "# date = 20210427\nĐại hội được tổ chức đảm bảo thực hiện tốt các yêu cầu của công tác phòng chống dịch bệnh: "
            "thực hiện khai báo y tế, sát khuẩn, giữ khoảng cách khi ngồi họp.\nKhách mời tham dự Đại hội có ông Triệu "
            "Quốc Tuấn - Thành viên Hội đồng Quản trị Tổng công ty Khí Việt Nam.")
    found = crawled(text)
    assert found.kind == "đại hội" and found.start_date is None


@pytest.mark.parametrize("text, kind", [
    # fresh dantri (tech): a year in the words said at the meeting is not when it sat
    (
        "# url = https://dantri.com.vn/suc-manh-so/huawei-tham-vong-ra-mat-mang-6-g-vao-nam-2030-nhanh-gap-50-lan"
        "-mang-5-g-20210416051515682.htm\n# "
        "date = 20210416\nMạng 6G sẽ có tốc độ cao và độ trễ thấp hơn nhiều lần so với mạng 5G.\nTại Hội nghị phân "
        "tích toàn cầu của Huawei diễn ra tại thành phố Thâm Quyến (Trung Quốc), Chủ tịch luân phiên của Huawei Từ "
        "Chí Quân đã thông báo rằng gã khổng lồ công nghệ này sẽ ra mắt công nghệ mạng 6G vào năm 2030, với tốc độ "
        "nhanh gấp 50 lần so với công nghệ mạng 5G hiện nay.\nTừ Chí Quân cũng cho biết Huawei sẽ sớm giới thiệu "
        "sách trắng về 6G.",
        "hội nghị",
    ),
    # fresh dantri (health): the lead opens on a working session with a delegation, no day for it, then a leader's words
    # (26/4 is the day of what she tells)
    (
        "# url = https://dantri.com.vn/suc-khoe/thu-truong-bo-y-te-tiem-vac-xin-phong-covid-19-khong-can-qua-nhanh"
        "-20210422214814621.htm\n# "
        "date = 20210422\nLàm việc với đoàn công tác của Bộ Y tế, bác sĩ Nguyễn Thị Lạc, Giám đốc Bệnh viện đa khoa "
        "tỉnh Sóc Trăng cho biết, ngày 26/4, đơn vị sẽ phối hợp với Trung tâm Y tế TP Sóc Trăng tiêm chủng thí điểm "
        "vắc xin phòng Covid-19.\nTheo kế hoạch, bệnh viện sẽ là một trong những đơn vị đóng vai trò chủ chốt.\nTại "
        "buổi làm việc, Thứ trưởng Bộ Y tế Trần Văn Thuấn đồng ý với phương án tiêm vắc xin phòng Covid-19 của tỉnh "
        "Sóc Trăng.",
        "buổi làm việc",
    ),
])
def test_an_undated_meeting_the_lead_sets_what_is_said_at_is_reported(text, kind):
    from libmeet import parse_text
    found = parse_text(text)
    assert found.kind == kind and found.start_date is None


#: a leader's trip told on its day, then its working session opening the next sentence with no day, then who spoke
_TRIP_THEN_SESSION = ("TP.HCM học Bình Dương xây chung cư 100 triệu: Hà Nội chịu?\nLãnh đạo TP.HCM bày tỏ mong muốn "
                      "học tập Bình Dương để xây dựng các chung cư, khu nhà ở xã hội trị giá 100 triệu đồng.\nNgày "
                      "5/2, ông Đinh La Thăng, Bí thư Thành ủy TP.HCM đã Bình Dương khảo sát, trao đổi kinh nghiệm về "
                      "mô hình nhà 100 triệu cho người thu nhập thấp. {} TP HCM là một đô thị đặc biệt với gần 13 triệu "
                      "dân.")


@pytest.mark.parametrize("text, is_report", [
    # bench 21469538: the session is the trip's, on its day
    (_TRIP_THEN_SESSION.format("Làm việc với lãnh đạo tỉnh Bình Dương, ông Thăng cho biết,"), True),
    # (not the police questioning someone, bench 21766215: "Làm việc với cơ quan công an, H. khẳng định ...")
    (_TRIP_THEN_SESSION.format("Làm việc với cơ quan công an, ông Thăng cho biết,"), False),
    # (nor the press he told it to: "Làm việc với báo chí, ông Nguyễn Anh Tuấn ... cho biết", bench 22618300)
    (_TRIP_THEN_SESSION.format("Làm việc với báo chí, ông Thăng cho biết,"), False),
])
def test_a_session_opening_the_sentence_after_a_dated_trip_is_reported(text, is_report):
    """"Làm việc với ...", no day in its clause, opening the sentence right after the one that opens on the day of a
    leader's trip, then a short subject and a speech verb: the trip's working session, on its day."""
    found = detect(Doc.from_raw(text), title=text.split("\n")[0])
    assert found.is_event == is_report
    assert not is_report or found.kind == "buổi làm việc"


_SET_AGAIN_BODY = ("Giải thưởng Chất lượng Quốc gia (GTCLQG) là Giải thưởng của Thủ tướng Chính phủ tặng cho những "
                   "doanh nghiệp có thành tích xuất sắc trong việc nâng cao chất lượng sản phẩm, dịch vụ, năng lực "
                   "cạnh tranh và hiệu quả hoạt động, hội nhập với nền kinh tế khu vực và thế giới.\nGiải thưởng "
                   "thuộc hệ thống Giải thưởng Chất lượng Quốc tế Châu Á - Thái Bình Dương (GPEA). Chính phủ đã "
                   "giao cho Bộ Khoa học và Công nghệ (Tổng cục Tiêu chuẩn Đo lường Chất lượng) chủ trì triển khai "
                   "hoạt động GTCLQG hàng năm từ cấp Trung ương đến địa phương.\n{day}116 doanh nghiệp đạt Giải "
                   "thưởng Chất lượng quốc gia, trong đó có 61 doanh nghiệp đạt giải năm 2019 và 55 doanh nghiệp "
                   "đạt giải năm 2020.\nChia sẻ tại buổi họp, ông Nguyễn Hoàng Linh - Phó Tổng cục trưởng Tổng cục "
                   "Tiêu chuẩn đo lường chất lượng (Bộ Khoa học và Công nghệ) cho biết Giải thưởng có quy trình "
                   "đánh giá và xét thưởng chặt chẽ.\n\"Các tiêu chí giải thưởng chất lượng là cơ sở hướng dẫn tổ "
                   "chức, doanh nghiệp tự xem xét\", ông Linh nhận định.\nCũng tại buổi họp, ông Lê Xuân Định, Thứ "
                   "trưởng Bộ Khoa học và Công nghệ, Chủ tịch Hội đồng Giải thưởng nhận định sự gia tăng của số "
                   "lượng doanh nghiệp đáp ứng được tiêu chí Giải thưởng chính là giúp chất lượng sản phẩm ngày "
                   "càng được nâng cao.\nLễ trao Giải thưởng Chất lượng Quốc gia năm 2019 - 2020 sẽ được tổ chức từ "
                   "9-11h30 ngày 25/4/2021 tại Hội trường Bộ Quốc phòng.")


@pytest.mark.parametrize("day, is_event", [
    # fresh dantri (science): the article is told from one undated meeting, set deep down as where two officials spoke
    # ("Chia sẻ tại buổi họp, ... | Cũng tại buổi họp, ..."); the ceremony's day comes after both
    ("", True),
    # ... not when a day is written before: the meeting is not the only occasion the article tells
    ("Ngày 10/4, Bộ Khoa học và Công nghệ công bố danh sách. ", False),
])
def test_an_undated_meeting_set_again_deep_down_is_reported(day, is_event):
    from libmeet import parse_text
    from libmeet.models import Skip
    text = ("# url = https://dantri.com.vn/khoa-hoc-cong-nghe/116-doanh-nghiep-dat-giai-thuong-chat-luong-quoc-gia"
            "-20210420140315868.htm\n# date = 20210420\n" + _SET_AGAIN_BODY.format(day=day))
    found = parse_text(text)
    assert (not isinstance(found, Skip)) == is_event
    if is_event:
        assert found.kind == "họp" and found.start_date is None


_VISIT_BODY = ("Phó Thủ tướng thường trực Trương Hòa Bình đề nghị TPHCM không được chủ quan, lơ là trong phòng, chống dịch "
               "Covid-19, nhất là sắp tới ngày lễ, bầu cử Quốc hội.\nPhát biểu tại đây, Bộ trưởng Bộ Y tế Nguyễn Thanh "
               "Long cho biết, xem xét, phân tích tất cả các yếu tố thì TPHCM có nguy cơ dịch bệnh Covid-19 cao nhất so "
               "với các tỉnh, thành, kể cả các tỉnh có đường biên giới.\nVì vậy, TPHCM nâng cao hơn công tác phòng, chống "
               "dịch. Dù chưa phát hiện ca nhiễm trong cộng đồng nhưng TPHCM cần kích hoạt toàn bộ hệ thống phòng, chống "
               "dịch.\nPhát biểu kết luận cuộc họp, Phó Thủ tướng Trương Hòa Bình biểu dương, đánh giá cao công tác phòng "
               "chống dịch năm 2020 và đầu năm 2021 của TPHCM.")


@pytest.mark.parametrize("lead, day", [
    # unseen dantri: a leader's inspection, whose meeting the article names only further down
    ("Ngày 28/4, Phó Thủ tướng Chính phủ Trương Hòa Bình kiểm tra, giám sát công tác phòng, chống dịch Covid-19 trên "
     "địa bàn TPHCM.", "2021-04-28"),
    # ... not a lead that tells of something else, though a leader did it that day (bench 21478853)
    ("Ngày 28/4, trao đổi ngắn với phóng viên, Phó Giám đốc Sở Y tế cho biết kết quả làm việc sẽ được công bố.", None),
    # bench 22730057 (reading seed 142, S16): the visit told in the lead's second sentence, after a summary with no day
    ("Phó Thủ tướng yêu cầu TPHCM sớm kích hoạt toàn bộ hệ thống phòng, chống dịch.\nNgày 28/4, Phó Thủ tướng Chính "
     "phủ Trương Hòa Bình kiểm tra, giám sát công tác phòng, chống dịch Covid-19 trên địa bàn TPHCM.", "2021-04-28"),
])
def test_a_leaders_visit_holds_the_meeting_the_article_comes_back_to(lead, day):
    text = ("# url = https://dantri.com.vn/xa-hoi/tphcm-nguy-co-rat-cao-20210428162920121.htm\n# date = 20210428\n"
            + lead + "\n" + _VISIT_BODY)
    from libmeet import parse_text
    from libmeet.models import Skip
    found = parse_text(text)
    if day is None:
        assert isinstance(found, Skip)
    else:
        assert found.kind == "họp" and str(found.start_date) == day


_LONG_SAPO = ("Gần 1.500 hộ dân ở trung tâm quận 1 (TPHCM) bức xúc vì dự án treo 16 năm qua, ảnh hưởng rất lớn đến đời "
              "sống của người dân. Lãnh đạo quận đã phải gửi lời xin lỗi và cam kết sẽ đẩy nhanh tiến độ dự án.\nÔng Đoàn "
              "Ngọc Hải, Phó Chủ tịch UBND quận 1 (TPHCM) thay mặt chính quyền gửi lời xin lỗi người dân vì dự án bị treo "
              "nhiều năm. ")


@pytest.mark.parametrize("setting, day", [
    # bench reading seed 138 S17 (22668326): a long lead, the dated sentence, then the meeting as the setting
    ("Tại buổi đối thoại, nhiều hộ dân trong khu vực dự án bày tỏ bức xúc.", "2017-07-03"),
    # ... not a press conference named as where a statement was made
    ("Phát biểu tại cuộc họp báo ở trụ sở, ông Hải cho biết quận sẽ đẩy nhanh tiến độ.", None),
])
def test_the_meeting_set_right_after_the_dated_sentence_of_a_long_lead(setting, day):
    text = ("Dự án bị treo 16 năm giữa trung tâm thành phố, lãnh đạo quận xin lỗi dân\n" + _LONG_SAPO
            + "Ngày 3/7, phó Chủ tịch UBND quận 1 – Đoàn Ngọc Hải đã gửi lời xin lỗi đến người dân trong khu vực dự án bị "
            "treo nhiều năm, ảnh hưởng đến cuộc sống của gần 1.500 hộ dân khu vực Mả Lạng (quận 1, TPHCM). " + setting)
    from libmeet.models import Skip
    found = crawled(text)
    if day is None:
        assert isinstance(found, Skip)
    else:
        assert str(found.start_date) == day


def test_a_press_sitting_is_a_press_conference_and_its_speaker_attends_it():
    # bench reading seed 138 S13 (22451551): "phiên họp báo" is a press conference, not a sitting, so the press
    # conference's own sentence places its speaker at it (the record was skipped as a meeting named once)
    text = ("Tăng thuế BVMT: Bộ Tài chính nói gì?\nĐại diện Bộ Tài chính cho biết, thuế bảo vệ môi trường với xăng dầu "
            "vừa giúp tăng thu cho ngân sách vừa giúp hạn chế tình trạng buôn lậu.\nTrao đổi tại phiên họp báo Chính phủ "
            "thường kỳ tháng 5, nói về đề xuất tăng thuế BVMT, Thứ trưởng Bộ Tài chính Trần Xuân Hà cho biết: Hiện khung "
            "thuế BVMT với mặt hàng xăng đang là 1.000 đồng - 4.000 đồng/lít.")
    found = crawled(text)
    assert found.kind == "họp báo" and found.start_date is None
    assert [person.name for person in found.attendees] == ["Trần Xuân Hà"]


@pytest.mark.parametrize("text, day", [
    # bench reading seed 137 E4 (22430775): the meeting named only in a caption and as the scene, a day of the
    # incident written after it; the lead opens on the visit's day
    ("TP.HCM khẩn cấp di dời dân khỏi nơi sạt lở\nSáng 1.6, ông Lê Văn Khoa - Phó chủ tịch UBND TP.HCM đã đến khu vực ấp "
     "3, xã Nhơn Đức, huyện Nhà Bè để kiểm tra tình trạng sạt lở bờ phải sông Rạch Tôm. Ông Lê Văn Khoa - Phó Chủ tịch "
     "UBND TP.HCM tại buổi làm việc. Ảnh: C.T Tại buổi làm việc, ông Bùi Xuân Cường – Giám đốc Sở Giao thông Vận tải "
     "TP.HCM cho biết, vết nứt xảy ra ở đường giao thông nông thôn vào sáng 30.5.", "2017-06-01"),
    # bench reading seed 137 E34 (21472703): the match day is left out, the press conference's day taken
    ("U23 Việt Nam sẵn sàng cho trận 'khai xuân' với U23 Malaysia\nNgày 6/2, huấn luyện viên Nguyễn Hữu Thắng cho biết, "
     "đội tuyển U23 Việt Nam đã có sự chuẩn bị chu đáo cho trận giao hữu U23 Việt Nam – U23 Malaysia vào ngày 7/2.\n"
     "Tại buổi họp báo trận thi đấu tổ chức tại Thành phố Hồ Chí Minh, huấn luyện viên Hữu Thắng chia sẻ, đội mong muốn "
     "đạt kết quả tốt đẹp.", "2017-02-06"),
])
def test_an_undated_report_takes_its_leads_day_over_another_occasions(text, day):
    assert str(crawled(text).start_date) == day


@pytest.mark.parametrize("text, day", [
    # fw7 22344398: the press conference after the match sat the match's night, "tối 22.5" (was left out as the match's)
    ("HLV Hoàng Anh Tuấn: 'U20 Việt Nam còn có thể chơi tốt hơn nhiều'\nHài lòng, hạnh phúc về 1 điểm có được sau trận "
     "hòa U20 New Zealand 0-0 tối 22.5 nhưng HLV Hoàng Anh Tuấn cho rằng U20 Việt Nam còn có thể chơi tốt hơn nhiều…\n"
     "Trao đổi với báo chí trong phòng họp báo sau trận đấu, HLV họ Hoàng nói: “Về chuyên môn, tôi có phần còn chưa hài "
     "lòng với những gì các học trò thể hiện trước U20 New Zealand. Tôi nghĩ các em còn có thể chơi tốt hơn nhiều.”",
     "2017-05-22"),
    # bench 21488268: "Trong trận giao hữu tối ngày 7/2", then "buổi họp báo sau trận đấu"
    ("HLV Hữu Thắng yêu cầu U23 Việt Nam giữ đôi chân trên mặt đất\nSau chiến thắng đậm 3-0 của U23 Việt Nam trước U23 "
     "Malaysia, HLV Hữu Thắng yêu cầu các học trò phải giữ đôi chân trên mặt đất để chuẩn bị cho mục tiêu săn vàng SEA "
     "Games 29.\nTrong trận giao hữu tối ngày 7/2 trên sân Thống Nhất, đội tuyển U23 Việt Nam của HLV Hữu Thắng đã có "
     "khởi đầu năm mới 2017 suôn sẻ khi có chiến thắng 3-0 trước U23 Malaysia. U23 Việt Nam có chiến thắng đậm trước "
     "U23 Malaysia Phát biểu trong buổi họp báo sau trận đấu, HLV Hữu Thắng cho biết hài lòng về chiến thắng của các "
     "học trò.", "2017-02-07"),
    # bench reading seed 268b E37 (22351129): a photo's caption shows the meeting, dated: "bắt tay với ... Mahmoud Abbas
    # ở Bethlehem, khu Bờ Tây ngày 23/5. Ảnh: Reuters"
    ("Tổng thống Trump gặp lãnh đạo Palestine, tìm kiếm hòa bình\nTổng thống Mỹ Donald Trump có cuộc gặp gỡ lãnh đạo "
     "chính quyền Palestine Mahmoud Abbas ở khu Bờ Tây trong ngày cuối cùng của chuyến thăm Trung Đông.\nTổng thống "
     "Trump đang ở thành phố Bethlehem, khu Bờ Tây và có cuộc gặp gỡ với lãnh đạo Palestine Mahmoud Abbas. Sau cuộc gặp, "
     "ông sẽ tới thăm Khu tưởng niệm Yad Vashem Holocaust tại Jerusalem. Sự kiện trên nằm trong chuyến thăm hai ngày "
     "(22 - 23/5) của ông Trump tại Trung Đông. Ông hy vọng cuộc gặp với ông Abbas ở Bethlehem sẽ \"hữu ích và hiệu "
     "quả\". Tổng thống Mỹ Donald Trump (trái) bắt tay với lãnh đạo Palestine Mahmoud Abbas ở Bethlehem, khu Bờ Tây "
     "ngày 23/5. Ảnh: Reuters. Ông Trump từng gửi nhiều thông điệp khác nhau.", "2017-05-23"),
    # fw5 21511760: the lead's "tại cuộc làm việc ở Liên đoàn Lao động TP.HCM chiều 10.2.", a photo's caption, then
    # "Tại cuộc họp, ..." (the day closes the sentence before the caption)
    ("Bí thư Đinh La Thăng: Giảm giá nhà ở xã hội còn 5-6 triệu/m2\nBí thư Thành ủy đề nghị phải tìm cách giảm giá nhà "
     "ở xã hội xuống còn khoảng 5 - 6 triệu đồng/mét vuông khi bàn hướng ra cho nhà ở xã hội, tại cuộc làm việc ở Liên "
     "đoàn Lao động TP.HCM chiều 10.2.\nBí thư Thành ủy TP.HCM Đinh La Thăng trò chuyện với lãnh đạo Liên đoàn Lao động "
     "TP trong buổi làm việc - Ảnh: Thuận Thắng Tại cuộc họp, ông Đỗ Phi Hùng báo cáo giá trần nhà ở xã hội tại TP.HCM là "
     "15 triệu đồng/m 2 .", "2017-02-10"),
])
def test_a_meeting_with_no_day_of_its_own_takes_the_day_of_the_occasion_it_is_part_of(text, day):
    assert str(crawled(text).start_date) == day


def test_a_press_conference_after_a_match_takes_no_day_ahead():
    # bench 22635893: after the match, "sáng mai (29/6)" is the flight home, no match's day
    text = ("Bị TP.HCM cầm chân, FLC Thanh Hóa ban lệnh cấm trại\nBị đội chủ nhà TP.HCM chia điểm với tỷ số hòa 0-0 ở trận "
            "đấu vòng 15 V.League 2017, ban huấn luyện đội bóng xứ Thanh đã ra lệnh cấm toàn bộ cầu thủ không được rời "
            "khách sạn sau trận đấu.\nTrong cuộc họp báo sau trận đấu, HLV trưởng Ljubo Petrovic cho biết rằng bản thân "
            "ông cảm thấy hài lòng về màn thể hiện của các học trò ở trận gặp chủ nhà TP.HCM. Thế nhưng lúc về khách sạn, "
            "lão tướng này đã ban hành lệnh cấm trại với tất cả cầu thủ cho đến khi ra sân bay về lại Thanh Hóa vào sáng "
            "mai (29/6).")
    assert crawled(text).start_date is None
    # ... but the match's own night, written in its clause, is the press conference's
    assert str(crawled(text.replace("ở trận đấu vòng 15", "ở trận đấu vòng 15 tối 28/6")).start_date) == "2017-06-28"
    # (review of 06ec3ab: a match ahead in the day's own clause, one being prepared for, one only before, or a press
    # conference held the next day, gives it no day)
    for clause in ("ở trận gặp chủ nhà TP.HCM sẽ diễn ra tối 29/6", "ở trận đấu vòng 15; chuẩn bị kỹ cho trận gặp "
                   "Hà Nội tối 2/7", "ở trận đấu vòng 15. Trước khi trận hòa 0-0 tối 28/6 diễn ra"):
        assert crawled(text.replace("ở trận đấu vòng 15", clause)).start_date is None, clause
    assert crawled(text.replace("ở trận đấu vòng 15", "ở trận đấu vòng 15 tối 28/6").replace(
        "Trong cuộc họp báo sau trận đấu,", "Trong cuộc họp báo sau trận đấu diễn ra trưa hôm sau,")).start_date is None


def test_a_press_conference_held_about_a_meeting_ahead_is_the_report():
    # bench 22320238, 22319522: the press conference of 19/5 about the sitting that opens on 22/5 is what was held
    text = ("Không thông qua Bộ luật Lao động sửa đổi năm 2017\nChiều 19/5, Văn phòng Quốc hội tổ chức họp báo thông tin "
            "về kỳ họp thứ 3 của Quốc hội khóa XIV. Ông Lê Bộ Lĩnh, Phó Tổng thư ký cho biết, Quốc hội họp phiên bế mạc vào "
            "ngày 21/6/2017. Kỳ họp thứ 3 khai mạc ngày 22/5.")
    found = crawled(text)
    assert found.kind == "họp báo" and str(found.start_date) == "2017-05-19"


def test_the_prefilter_reads_every_capital_of_its_letters():
    """might_name_a_meeting does not lower-case the text: each letter of its regex matches every character whose lower
    case is that letter (lexicon.letter_forms), so it matches where the lower-cased text would."""
    from libmeet.parse.detect import _cores
    from libmeet.parse.lexicon import letter_forms

    letters = {c for core in _cores() for word in core.split() for c in word}
    letters |= {c for letter in letters for c in unicodedata.normalize("NFD", letter)} - {" "}
    for code in range(0x110000):
        char = chr(code)
        low = char.lower()
        if low[:1] in letters and char != low[:1]:
            assert char in letter_forms(low[0]), (hex(code), low)


_BACK_PIECES = ["tại", "trong", "tham dự", "phát biểu", "khai mạc", "buổi", "cuộc", "phiên", "hội nghị", "họp", "họp báo",
                "hội thảo", "làm việc", "buổi làm việc", "cuộc họp", "tiếp", "đã tiếp", "x", "nghị", "tổ", ",", ".", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BACK_PIECES), max_size=40), st.lists(st.sampled_from([" ", "", "  ", "\n"]), max_size=40))
def test_back_references_are_found_where_finditer_finds_them(pieces, gaps):
    """Back references looked for only around the kinds regex's matches are those its finditer finds over the text."""
    from libmeet.parse.detect import _back_references, _kinds

    low = "".join(piece + (gaps[i] if i < len(gaps) else " ") for i, piece in enumerate(pieces))
    kinds = {label for label in _kinds()[1].values() if label}
    assert _back_references(low, kinds, list(_kinds()[0].finditer(low))) == _back_references(low, kinds, None)


def test_a_meeting_held_and_dated_in_the_lead_is_a_report_though_named_once_and_no_one_named():
    # bench reading seed 87 S5 (22432960): a press conference in the lead, after the summary line; what follows is what
    # it told, naming no speaker
    from libmeet import parse_text
    text = ("Phá chuyên án ma túy trăm tỉ lớn nhất từ trước tới nay\nCông an quận Bình Thạnh phối hợp với các đơn vị "
            "nghiệp vụ khám phá chuyên án ma túy lớn.\nNgày 1-6-2017, Công an Quận Bình Thạnh tổ chức họp báo thông tin về "
            "chuyên án. Theo đó, ổ nhóm này đã vận chuyển hàng trăm bánh heroin.")
    event = parse_text(text)
    assert (event.kind, str(event.start_date)) == ("họp báo", "2017-06-01")
    # ... not one named once in passing further down (bench 21495448 before: a market inspection's story)
    # ... or told just past a long lead, in the sentence that gives the lead's source (bench reading seed 113 S11)
    source = ("Quảng Nam đảm bảo thông xe cao tốc Đà Nẵng - Quảng Ngãi vào cuối tháng 6/2017\nTuyến cao tốc sẽ "
              + "thông xe đoạn từ Túy Loan đến Tam Kỳ vào cuối tháng 6/2017 để phục vụ người dân đi lại, " * 7
              + "như đã cam kết. Đây là khẳng định của Phó Chủ tịch thường trực UBND tỉnh Quảng Nam Nguyễn Khánh Toàn tại buổi làm việc "
              "với lãnh đạo Tổng Công ty VEC chiều 1/6. Ban Quản lý dự án cho biết dự án dài gần 92 km.")
    assert source.index("buổi làm việc") - source.index("\n") > 600
    event = crawled(source)
    assert (event.kind, str(event.start_date)) == ("buổi làm việc", "2017-06-01")
    later = ("Phát hiện nhiều mẫu bát không bảo đảm vệ sinh\n" + "Đoàn kiểm tra lấy mẫu bát tại các lễ hội. " * 12
             + "Ngày 8-2-2017, đoàn đã có buổi làm việc với UBND huyện về công tác bảo đảm vệ sinh.")
    assert not hasattr(parse_text(later), "kind")


def test_the_quoted_title_of_a_meeting_set_as_the_scene_does_not_hide_its_day():
    # bench 21491042: "Đó là vấn đề được nêu bật tại cuộc hội thảo có chủ đề "..." diễn ra ... trong ngày 7/2"
    event = crawled("Giới lãnh đạo kinh tế Mỹ tìm chính sách mới\nĐó là vấn đề được nêu bật tại cuộc hội thảo có chủ đề "
                    "\"Định hướng chính sách mới cho các nhà điều hành kinh tế\" diễn ra tại New York trong ngày 7/2. Tại hội "
                    "thảo, nhà kinh tế Steve Odland cho rằng chính sách cần thay đổi.")
    assert (event.kind, str(event.start_date)) == ("hội thảo", "2017-02-07")


@pytest.mark.parametrize("text,kind", [
    # bench 22548622: a sitting in the lead, with its own day, that the article comes back to
    ("Tranh luận về tố cáo nặc danh\nCó nên công nhận tố cáo nặc danh hay không vẫn là chủ đề gây tranh luận tại phiên "
     "họp Quốc hội chiều 16.6, khi các đại biểu thảo luận về dự luật Tố cáo (sửa đổi). Đại biểu Trần Hồng Nguyên đề nghị "
     "cân nhắc. Giải trình thêm cuối phiên họp, Tổng thanh tra Chính phủ Phan Văn Sáu cho biết sẽ tiếp thu.", "phiên họp"),
    # bench 21488301: an urgent meeting named in the lead, and again further on
    ("Chi tiền tỷ bồi dưỡng nhân viên mà tai nạn đường sắt vẫn xảy ra\n“Tai nạn gia tăng từ những nguyên nhân không mới” "
     "là nhận định của lãnh đạo Tổng Công ty Đường sắt Việt Nam tại cuộc họp khẩn chiều 6/2 nhằm tìm ra giải pháp kìm chế "
     "tai nạn đường sắt. Tại cuộc họp, Thứ trưởng yêu cầu các đơn vị làm gờ giảm tốc.", "họp"),
    # blind set 145 (22634544): a capital "Tại" a caption ran into, then the programme the meeting is named by
    ("Một bác sỹ khám 102 bệnh nhân/ngày\nCó bệnh nhân được khám và kê đơn chỉ trong... 1 phút (ảnh minh họa) Tại Chương "
     "trình Đối thoại về thực hiện chính sách pháp luật BHYT với các cơ sở y tế tư nhân” sáng nay 28/6, ông Dương Tuấn "
     "Đức, Giám đốc Trung tâm Giám định BHYT cho biết: có những bác sỹ làm việc quá tải.", "đối thoại"),
    # bench reading seed 127 S39 (22344604): the speaker's verb, a comma, then the talks as the setting
    ("Đức và Pháp mong muốn đẩy nhanh tiến trình hội nhập châu Âu\nPhát biểu với báo giới ngày 22/5, Bộ trưởng Kinh tế "
     "Pháp Bruno Le Maire cho biết, trong cuộc hội đàm với người đồng cấp Đức Wolfgang Schaeuble trước đó cùng ngày, hai "
     "bên đã nhất trí thành lập một nhóm công tác.", "hội đàm"),
    # working set (22699635): answering questions at a sitting, the comma after what was said
    ("'Đà Nẵng đang bị soi bằng cả kính lúp lẫn kính hiển vi'\nSáng 7-7, Giám đốc Sở TT&TT Nguyễn Quang Thanh đã trả lời "
     "chất vấn, tại kỳ họp thứ 4, HDND TP Đà Nẵng. Ông Thanh cho biết TP Đà Nẵng hiện có 97 văn phòng đại diện.", "kỳ họp"),
    # blind set 140 (21476077), bench 22250723: a summing-up held as a ceremony
    ("Đường hoa Nguyễn Huệ 2017 đón hơn 1 triệu khách tham quan\nChiều 6/2, Tổng Công ty du lịch Sài Gòn (Saigontourist) "
     "đã tổ chức lễ tổng kết đường hoa xuân Đinh Dậu 2017. Đến tham dự có bà Nguyễn Thị Thu, Phó Chủ tịch UBND TP.HCM.",
     "tổng kết"),
    # blind set 137 (21478990): a gathering a province holds, dated in the lead
    ("Đầu năm, Bà Rịa - Vũng Tàu cấp phép 8 dự án hơn 10.000 tỷ đồng\nĐầu năm 2017, tỉnh Bà Rịa - Vũng Tàu đã cấp phép "
     "cho 8 dự án lớn. Ngày 6/2, UBND tỉnh Bà Rịa - Vũng Tàu tổ chức họp mặt Doanh nghiệp và Nhà đầu tư Xuân Đinh Dậu "
     "2017. Tại buổi họp mặt, ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh đã trao 8 giấy chứng nhận đăng ký đầu tư.",
     "họp mặt"),
    # bench 22564492: a photo's credit ends the caption the lead runs on from, before the meeting is named
    ("APEC 2017: Đối thoại chính sách cao cấp APEC về du lịch bền vững\nToàn cảnh đối thoại. Ảnh: Văn Điệp – TTXVN "
     "Đối thoại Chính sách cao cấp của Diễn đàn hợp tác kinh tế châu Á - Thái Bình Dương ( APEC ) về du lịch bền vững "
     "diễn ra tại thành phố Hạ Long (Quảng Ninh) ngày 19/6. Thông qua Đối thoại lần này, Việt Nam quảng bá du lịch.",
     "đối thoại"),
])
def test_a_weak_kind_in_the_lead_with_its_day_that_the_article_comes_back_to_is_a_report(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("text, name", [
    # bench 22479369: the day, the venue, the leader, then the verb and the guest
    ("Tổng Bí thư Nguyễn Phú Trọng tiếp Tổng thống Cộng hòa Séc\nChiều 7/6, tại trụ sở Trung ương Đảng, Tổng Bí thư "
     "Nguyễn Phú Trọng đã thân mật tiếp Tổng thống Cộng hòa Séc Milos Zeman đang ở thăm Việt Nam.", None),
    # bench 21481582: a guest named by "ông"
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Trưởng đại diện JETRO tại Việt Nam\nSáng 7/2, tại Trụ sở Chính phủ, Thủ tướng "
     "Nguyễn Xuân Phúc tiếp ông Atsusuke Kawada, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản.", None),
    # bench 22432754 (fw6): the manner between the tense and the verb, the leader's two posts set off by a comma
    ("Phó Thủ tướng Vương Đình Huệ tiếp Hoàng hậu Hà Lan Maxima\nChiều 1/6, tại Trụ sở Chính phủ, Ủy viên Bộ Chính trị, "
     "Phó Thủ tướng Vương Đình Huệ đã thân mật tiếp Hoàng hậu Hà Lan Maxima.", "tiếp Hoàng hậu Hà Lan Maxima"),
    # bench 22523455: ... and its day written "Chiều ngày 13/6"
    ("Việt Nam luôn bên cạnh Cuba đấu tranh vì lý tưởng chủ nghĩa xã hội\nChiều ngày 13/6, tại Trụ sở Trung ương Đảng, "
     "Tổng Bí thư Nguyễn Phú Trọng đã thân mật tiếp Đoàn đại biểu cấp cao Quốc hội Cuba do đồng chí Esteban Lazo "
     "Hernandes, Chủ tịch Quốc hội nước Cộng hòa Cuba dẫn đầu.", "tiếp Đoàn đại biểu cấp cao Quốc hội Cuba"),
])
def test_a_leader_receiving_a_guest_on_a_day_is_a_reception(text, name):
    """... and told done with its manner between the tense and the verb ("đã thân mật tiếp"), named from the verb."""
    found = detect_titled(text)
    assert found.is_event and found.kind == "tiếp" and (name is None or found.name == name)


@pytest.mark.parametrize("text", [
    # (review of 7e595e9) a reception told with its manner in a sentence that does not open on its day: a past one
    # recalled under a lead of another day's words, or with no day at all
    "Hà Lan hỗ trợ Việt Nam về tài chính toàn diện\nNgày 30/6, Đại sứ Hà Lan cho biết Hà Lan sẽ tiếp tục hỗ trợ Việt "
    "Nam.\nPhó Thủ tướng Vương Đình Huệ đã thân mật tiếp Hoàng hậu Hà Lan Maxima trong chuyến thăm năm ngoái.",
    "Hà Lan hỗ trợ Việt Nam về tài chính toàn diện\nPhó Thủ tướng Vương Đình Huệ đã thân mật tiếp Hoàng hậu Hà Lan "
    "Maxima trong chuyến thăm năm ngoái.",
])
def test_a_reception_told_with_its_manner_off_its_day_is_not_held(text):
    assert not detect_titled(text).is_event


_WHEN_RECEIVING = (
    "Quan chức Hàn Quốc tái khẳng định quan hệ đồng minh vững chắc với Mỹ\nHãng thông tấn Yonhap dẫn nguồn tin Phủ "
    "Tổng thống Hàn Quốc cho biết người đứng đầu Hội đồng An ninh Quốc gia Chung Eui-yong ngày 29/5 đã tái khẳng định "
    "cam kết của Hàn Quốc đối với mối quan hệ đồng minh vững chắc với Mỹ khi tiếp Chủ tịch Ủy ban Quân lực thuộc Hạ "
    "viện Mỹ Mac Thornberry đang ở thăm Seoul. Theo thông cáo báo chí, tại cuộc gặp, ông Chung đã giải thích phương "
    "hướng của chính sách cơ bản của Chính phủ Hàn Quốc.")


@pytest.mark.parametrize("text, held", [
    # bench 22402839 (reading seed 217 S1): the day sits with what the leader said, the reception in a "khi" clause
    (_WHEN_RECEIVING, True),
    # ... not a reception after which it was said ("sau khi tiếp"), nor one with no day before it
    (_WHEN_RECEIVING.replace("khi tiếp", "sau khi tiếp"), False),
    # ... nor since, or until, it (another time)
    (_WHEN_RECEIVING.replace("khi tiếp", "kể từ khi tiếp"), False),
    (_WHEN_RECEIVING.replace("khi tiếp", "cho đến khi tiếp"), False),
    (_WHEN_RECEIVING.replace("khi tiếp", "tới khi tiếp"), False),
    (_WHEN_RECEIVING.replace(" ngày 29/5", ""), False),
])
def test_a_leader_saying_something_when_receiving_a_guest_on_a_day_is_a_reception(text, held):
    found = detect_titled(text)
    assert (found.is_event and found.kind == "tiếp") == held


def test_a_meeting_the_sentence_plans_gives_way_to_the_one_reported():
    # bench 22297806: the session's plan, deep in the report of the Standing Committee's sitting of 17-5
    text = ("Phó Chủ tịch Quốc hội 'chưa yên tâm' về dự án Long Thành\nSáng 17-5, Ủy ban Thường vụ Quốc hội đã cho ý kiến "
            "về một số nội dung dự kiến chương trình kỳ họp thứ 3. Do quá cận kề ngày khai mạc kỳ họp thứ 3 mới nhận "
            "được hồ sơ, nhiều thành viên vẫn băn khoăn.\nCho ý kiến về chương trình kỳ họp, Phó Chủ tịch Quốc hội Phùng "
            "Quốc Hiển bày tỏ băn khoăn. " + "Các thành viên trao đổi thêm. " * 40
            + "Chủ tịch và các Phó Chủ tịch Quốc hội điều hành phiên họp sáng 17-5 của Ủy ban Thường vụ Quốc hội. "
            + "Các thành viên trao đổi thêm. " * 40 + "Đáng chú ý, trong kỳ họp này, thời gian trả lời chất vấn của "
            "Chính phủ sẽ tăng lên thành 3 ngày. Dự kiến thời gian tiến hành kỳ họp thứ 3 là 22,5 ngày làm việc, "
            "trong đó không bố trí Quốc hội làm việc ngày thứ bảy và dự kiến bế mạc vào ngày sáng ngày 21-6.")
    event = crawled(text)
    assert event.start_date == __import__("datetime").date(2017, 5, 17)


@pytest.mark.parametrize("text, kind", [
    # bench 22377047 (reading seed 122, S21): a meeting that acts after a bracket, the stock code between the
    # shareholders' meeting and its vote
    ("ĐHCĐ bất thường BHS: Thông qua phương án sáp nhập với SBT và hủy niêm yết cổ phiếu\nNgày 26/5, ĐHCĐ bất thường "
     "niên độ 2016-2017 CTCP Đường Biên Hòa (Mã CK: BHS) thông qua phương án hoán đổi toàn bộ cổ phiếu đang lưu hành "
     "theo Hợp đồng sáp nhập.", "đại hội"),
    # bench 21481643: "họp kiểm điểm tiến độ" reviews work, a meeting (a review of a fault, 21493901, is the story's
    # outcome)
    ("Hà Nội đẩy nhanh đề án\nSáng 6/2, UBND thành phố đã họp kiểm điểm tiến độ thực hiện đề án. Phó Chủ tịch UBND "
     "thành phố yêu cầu các sở khẩn trương hoàn thành.", "họp"),
])
def test_reports_of_their_kind(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("text, is_event", [
    # blind set 121 (21511146), bench 22557067: the published conclusions of an undated meeting report it
    ("Vụ đầu tư sân golf Tân Sơn Nhất: Thủ tướng ra kết luận\nVăn phòng Chính phủ vừa có thông báo kết luận của Thủ "
     "tướng Nguyễn Xuân Phúc tại cuộc họp về vấn đề sân golf trong sân bay Tân Sơn Nhất. Theo đó, Thủ tướng giao Bộ "
     "Quốc phòng rà soát việc đầu tư sân golf.", True),
    # bench 21486687: a document that carries them out does not
    ("Nghiên cứu, sử dụng tài liệu của Ban an toàn giao thông\nSở GD&ĐT Sơn La gửi văn bản tới các phòng GD&ĐT về việc "
     "thực hiện Thông báo số 16/TB-VPUB của UBND tỉnh Sơn La thông báo kết luận của ông Bùi Đức Hải - Phó Chủ tịch UBND "
     "tỉnh tại Hội nghị tổng kết công tác đảm bảo TTATGT năm 2016.", False),
])
def test_a_published_conclusion_reports_its_meeting(text, is_event):
    assert detect_titled(text).is_event == is_event


@pytest.mark.parametrize("title", [
    "Điểm tin 6/2: Đề xuất phương án xử lý các dự án kém hiệu quả trong tháng 2",  # bench 21479892
    "Toàn cảnh chuyến thăm Nhật Bản của Thủ tướng Nguyễn Xuân Phúc",  # bench 22489474
    # bench 22417541: a trip's day in pictures
    "Hình ảnh: Ngày thứ 2 Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ",
    "Hình ảnh ngày đầu tiên thăm Trung Quốc của Chủ tịch nước",  # bench 22246466
    "Tin thế giới 15/5: Triều Tiên tung ảnh thử tên lửa, máy bay trinh sát Nhật rơi",  # bench 22278887 (seed 180 E22)
    "Tin thể thao sáng 21/5: MU quyết sống mái với Ajax",
    "Thế giới ngày qua: Ứng viên Tổng thống Pháp xin lỗi vì tuyển dụng vợ con",  # bench 21487120 (working blind set)
    "Thế giới 7 ngày: Điện Élyseé đón gió mới, Nhà Trắng khổ vì bê bối cũ",  # bench 22329837
    "Tin tức mới nhất, đặc sắc nhất trên Báo Giao thông ngày 7/2/2017",  # bench 21479106
    # bench 22336365: several coaches' words after the day's matches
    "HỌ ĐÃ NÓI, Wenger: 'Quá buồn vì mất Champions League'; Klopp: 'Liverpool xứng đáng đứng trong top 4'",
    # sixth blind library batch, lib6_16: a sector's numbered list of the year's foremost events; bench 21471188
    "10 sự kiện tiêu biểu của ngành thư viện năm 2016",
    "Các sự kiện quan trọng của bóng đá Việt Nam trong năm 2017",
    "Những sự kiện nổi bật năm 2020",
])
def test_a_round_up_is_no_meeting_report(title):
    text = title + "\nSáng 6/2, Thứ trưởng Bộ Công Thương chủ trì buổi làm việc với các doanh nghiệp về các dự án."
    found = detect(Doc.from_raw(text), title=title)
    assert not found.is_event and "round-up" in found.reason
    assert detect(Doc.from_raw("Bộ Công Thương họp\n" + text.split("\n")[1]), title="Bộ Công Thương họp").is_event


@pytest.mark.parametrize("title", [
    "Thủ tướng kết thúc chuyến thăm Đức, Hà Lan và dự Hội nghị G20",  # blind set 118 (22734144)
    "Chủ tịch nước Trần Đại Quang kết thúc tốt đẹp chuyến thăm Trung Quốc",
])
def test_a_trips_end_is_no_meeting_report(title):
    text = (title + "\nChiều tối 11/7, Thủ tướng Nguyễn Xuân Phúc đã rời thủ đô Amsterdam, lên đường về nước. Trong thời "
            "gian ở thăm từ ngày 8-11/7, Thủ tướng đã hội đàm với Thủ tướng Vương quốc Hà Lan Mark Rutte.")
    found = detect(Doc.from_raw(text), title=title)
    assert not found.is_event and "end of a trip" in found.reason


@pytest.mark.parametrize("text, is_event", [
    # bench 22522544
    ("Kỳ họp thứ 3, Quốc hội khóa XIV: Tích tụ ruộng đất để thúc đẩy sản xuất\nBộ trưởng Bộ Nông nghiệp và Phát triển "
     "Nông thôn Nguyễn Xuân Cường khẳng định, tích tụ ruộng đất là để tiến tới nền nông nghiệp tập trung.\nTiếp tục phiên "
     "chất vấn và trả lời chất vấn, chiều 13/6, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường đã "
     "trả lời các câu hỏi được đại biểu Quốc hội nêu vào cuối phiên làm việc buổi sáng.", True),
    # bench 22685149
    ("Khoảng 50% thực phẩm trên thị trường không an toàn\nMới chỉ khoảng 50% thực phẩm tiêu thụ trên địa bàn đảm bảo an "
     "toàn. Chiều 5/7, Kỳ họp thứ 5 Hội đồng nhân dân Thành phố Hồ Chí Minh tiếp tục phiên thảo luận về chủ đề an toàn "
     "thực phẩm, ông Nguyễn Thành Phong cho biết.", True),
    # one that did not go on was not held
    ("Quốc hội bàn về nợ xấu\nChiều 14/6, Quốc hội không tiếp tục phiên chất vấn Bộ trưởng Bộ Tài chính như dự kiến.",
     False),
    # bench 22563576, 22434578, blind set 22378694: the lead of a day's sitting, where the deputies pass, debate or
    # give their views, reports the sitting (a weak kind: a sitting is also the setting of other news)
    ("Quốc hội biểu quyết thông qua Luật chuyển giao công nghệ (sửa đổi)\nChiều 19/06 tại kỳ họp thứ ba, Quốc hội khóa "
     "XIV, các ĐBQH đã bấm nút thông qua Luật Chuyển giao công nghệ (sửa đổi).", True),
    ("Chương trình làm việc của Quốc hội ngày 02/06\nTheo chương trình làm việc, ngày 02/06/2017 của kỳ họp thứ ba, "
     "Quốc hội khóa XIV sẽ thảo luận về Luật Chuyển giao công nghệ (sửa đổi).", True),
    ("Có sự chồng chéo giữa các loại quy hoạch lưu vực sông\nQuản lý lưu vực sông là vấn đề rất quan trọng. Liên quan "
     "đến dự thảo Luật Quy hoạch đã được Quốc hội khóa XIV cho ý kiến tại phiên họp sáng nay 26/5, có ý kiến cho rằng "
     "Luật quy hoạch cần quy định tất cả các quy hoạch.", True),
    # bench 22684249: a city council's sitting
    ("Vi phạm vỉa hè ở TP Hồ Chí Minh: Không thể đuổi mà phải xây và chống\nSáng 5/7, kỳ họp thứ 5, HĐND TP Hồ Chí Minh "
     "khóa IX tiếp tục diễn ra với nội dung thảo luận về tình hình nhiệm vụ kinh tế, xã hội 6 tháng đầu năm.", True),
    # bench 22526005, 22498195: the sitting held by what the deputies do there, with no verb of holding
    ("'Chính phủ không để Đà Nẵng tự quyết về bán đảo Sơn Trà'\nPhản hồi ý kiến tranh luận của đại biểu Trương Trọng "
     "Nghĩa, Phó thủ tướng Vũ Đức Đam khẳng định Chính phủ không để Đà Nẵng tự quyết.\nSáng 14/6, Chủ tịch QH Nguyễn Thị "
     "Kim Ngân tiếp tục điều hành phiên chất vấn Bộ trưởng Nguyễn Ngọc Thiện.", True),
    ("Ai cản trở chủ trương cổ phần hóa doanh nghiệp nhà nước?\nĐại biểu Quốc hội Nguyễn Bá Sơn (Thành phố Đà Nẵng) thẳng "
     "thắn đặt ra vấn đề này trong phiên thảo luận chiều 9/6 tại nghị trường Quốc hội.", True),
    # bench 22365627 (reading seed 142, S39): the debate named short, "thảo luận hội trường" with no "tại"
    ("'Muốn trẻ thành người xấu, cứ đưa vào tù'\nCó nên mở rộng phạm vi xử lý hình sự đối với những em từ 14 đến dưới "
     "16 tuổi là vấn đề gây nhiều tranh luận.\nTại phiên Quốc hội thảo luận hội trường về Luật sửa đổi, bổ sung một số "
     "điều của BLHS 2015 ngày 24-5, nhiều đại biểu cho rằng cần cân nhắc.", True),
    # bench 22672863: a council's session named "phiên làm việc"
    ("Hà Nội cấm xe máy tại các quận từ năm 2030\nVới trên 91% đại biểu nhất trí, HĐND TP Hà Nội đã thông qua nghị "
     "quyết quản lý phương tiện giao thông. Tại phiên làm việc sáng 4/7, HĐND TP Hà Nội đã thông qua đề án về tăng "
     "cường quản lý phương tiện giao thông.", True),
])
def test_a_sitting_held_on_its_day_is_reported(text, is_event):
    """A sitting that goes on on its day, or whose lead tells what the deputies do there that day, is the report."""
    assert detect_titled(text).is_event == is_event




def test_a_sitting_told_before_the_words_tới_nay_is_not_ahead():
    """bench 22543658: "Tới nay" opening the next sentence puts no day ahead of the sitting ("ngày 13/7 tới" would)."""
    text = ("Quốc hội thảo luận về dự án Luật Quản lý nợ công\nOnline – Sáng 16-6, Phó chủ tịch Quốc hội Phùng Quốc Hiển "
            "điều khiển phiên họp, Quốc hội thảo luận về dự án Luật Quản lý nợ công (sửa đổi).\nTới nay, kể từ khi có hiệu "
            "lực (2009), Chính phủ đã ban hành 6 Nghị định.")
    assert detect_titled(text).is_event


@pytest.mark.parametrize("text, opens", [
    # bench 21478509: a photo's credit that ends in an agency's capitals ends the caption
    ("Quốc hội Israel ngày 6/2 đã thông qua dự luật. Một khu định cư đang được xây dựng tại Bờ Tây ngày 6/10. Ảnh: "
     "EPA/TTXVN Trong một phiên họp, Quốc hội Israel đã thông qua dự luật.", "Trong một phiên họp"),
    # bench 22695366 (reading seed 143, E19): ... or a credit in its bracket
    ("Tên lửa Triều Tiên tham gia lễ duyệt binh tại thủ đô Bình Nhưỡng hôm 15/4 (Ảnh: Reuters) Hội đồng bảo an Liên "
     "Hợp Quốc ngày 5/7 đã nhóm họp.", "Hội đồng bảo an"),
    # bench 21494392 (reading seed 142, S10): ... or any credit, before the words that only open a sentence
    ("Chủ tịch bắt tay Đại sứ Phần Lan trước khi có buổi thảo luận -Ảnh: Hùng Lê Thông tin trên được ghi nhận tại buổi "
     "tiếp của Chủ tịch UBND TPHCM.", "Thông tin trên"),
    # ... not a photographer's name after the slash
    ("Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Quang Hiếu Thủ tướng đề nghị các bộ, ngành rà soát.", None),
])
def test_a_photo_credit_in_mid_line_ends_its_caption(text, opens):
    from libmeet.parse.detect import sentence_offsets
    after_credit = text.index("Ảnh: ") + len("Ảnh: ")
    split = [text[s:] for s in sentence_offsets(text) if s > after_credit]
    assert split == ([text[text.index(opens):]] if opens else [])


@pytest.mark.parametrize("text, opens", [
    # bench 22721242: a source's credit in its bracket, in lower case, in a text with no "Ảnh: "
    ("Cảnh sát Hoàng gia Malaysia diễn tập tại Kuala Lumpur . (nguồn: AFP/TTXVN) Theo Channel New Asia, ngày 10/7, Bộ "
     "trưởng Quốc phòng Malaysia cho hay.", "Theo Channel"),
    # bench 22750349: "(Nguồn: ...)" before the lead, no "Ảnh: " in the text
    ("Cựu Thủ tướng Australia John Howard. (Nguồn: AAP) Trong một cuộc hội thảo của Trung tâm nghiên cứu Mỹ thuộc Đại "
     "học Sydney ngày 13/7, ông cho rằng.", "Trong một cuộc hội thảo"),
    # bench: an agency's capitals alone, then a capitalised word
    ("Gia đình người Iraq này trước đó bị cấm lên máy bay tới Mỹ. Ảnh: REUTERS Cảnh tượng tương tự cũng diễn ra.",
     "Cảnh tượng"),
    # bench 22301750: "Ảnh: VGP" then a lost subheading
    ("Bộ trưởng Mai Tiến Dũng chủ trì họp báo - Ảnh: VGP Tinh thần khởi nghiệp lên cao chưa từng có.", "Tinh thần"),
    # bench 22584581: a source's words before the words that only open a sentence
    ("Cuộc đối thoại diễn ra tại Washington ngày 21/6. Nguồn: Reuters Tại cuộc đối thoại, Washington hy vọng.",
     "Tại cuộc đối thoại"),
    # bench 22215140, 21478317, 21490358: nor inside an agency's name, whose next word is no Vietnamese one
    ("Tàu USS Carl Vinson. Ảnh: US Navy Hãng Sputnik ngày 8/5 dẫn bài phân tích trên tờ tạp chí.", None),
    ("Máy bay chiến đấu F/A-18. Ảnh: US Navy Theo tờ Defense News, hiện nay 27% máy bay chiến đấu đang bảo trì.", None),
    ("Tên lửa Iskander. Ảnh: RIA Novosti Hãng Interfax sáng 8/2 dẫn thông báo của Bộ Quốc phòng Nga.", None),
    # ... but a plain Vietnamese word with a lower-case word after it opens the lead
    ("Tổng thống Trump tại Nhà Trắng. Ảnh: AFP Sau khi rời Riyadh, ông Trump tới Israel ngày 22/5.", "Sau khi"),
    # bench 22367503: ... or a word that opens a Vietnamese sentence, before a capital
    ("Đội danh dự tại sân bay Brussels (Bỉ) ngày 24-5. Ảnh: REUTERS Theo Reuters, một mối quan tâm nữa của các lãnh "
     "đạo EU là quan hệ.", "Theo Reuters"),
    # ... not an agency's name that goes on
    ("Giá rớt thê thảm. Ảnh: VTC News Thị trường xuất khẩu cá sấu chững lại.", None),
])
def test_a_source_credit_in_mid_line_ends_its_caption(text, opens):
    from libmeet.parse.detect import sentence_offsets
    credit = max(text.find("ảnh: "), text.find("Ảnh: "), text.find("guồn: "))
    split = [text[s:] for s in sentence_offsets(text) if s > credit]
    assert split == ([text[text.index(opens):]] if opens else [])


def test_a_press_conference_held_after_a_meeting_is_the_report_not_that_meeting():
    """working 22301750: the caption's credit ends its sentence ("- Ảnh: VGP"), and the lost subheading runs into "Tại
    cuộc họp báo sau khi diễn ra Hội nghị Thủ tướng với DN": the conference named after "sau khi diễn ra" is the one the
    press conference followed, not the one the article reports."""
    text = ("Nếu DN bị thanh tra quá nhiều, Chủ tịch tỉnh phải vào cuộc xử lý\n\"Khi các cơ quan phát hiện có "
            "thanh, kiểm tra chồng chéo thì yêu cầu báo cáo cơ quan có thẩm quyền giải quyết\", Bộ trưởng, Chủ nhiệm "
            "VPCP Mai Tiến Dũng nhấn mạnh.\nBộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng chủ trì họp báo - Ảnh: VGP Tinh "
            "thần khởi nghiệp lên cao chưa từng có Tại cuộc họp báo sau khi diễn ra Hội nghị Thủ tướng với DN, Bộ "
            "trưởng, Chủ nhiệm VPCP Mai Tiến Dũng cho biết, đây là sự kiện gặp gỡ, đối thoại giữa Chính phủ, Thủ tướng "
            "với cộng đồng DN có quy mô lớn nhất từ trước tới nay.")
    found = detect_titled(text)
    assert found.is_event and found.kind == "họp báo"


def test_a_caption_between_the_dated_lead_and_the_scene_is_passed_over():
    """bench 22378534: the lead opens on its day, a photo's caption and its credit follow, then "Tại buổi tiếp, ...":
    the scene is still set right after the dated lead."""
    text = ("Tạo thuận lợi cho các doanh nghiệp Hàn Quốc đầu tư vào Hà Nội\nNgày 26/5, Chủ tịch UBND Hà Nội Nguyễn Đức "
            "Chung tiếp ngài Park Won Soon, Đặc phái viên Tổng thống Hàn Quốc, Thị trưởng thành phố Seoul cùng đoàn công "
            "tác đang thăm và làm việc tại Việt Nam để trao đổi về các lĩnh vực hợp tác giữa hai thành phố trong thời gian "
            "tới, trong đó có việc tạo thuận lợi cho các doanh nghiệp Hàn Quốc đầu tư vào Hà Nội.\nChủ tịch UBND thành phố "
            "Hà Nội Nguyễn Đức Chung (phải) tiếp ngài Park Won Soon, Đặc phái viên Tổng thống Hàn Quốc, Thị trưởng thành "
            "phố Seoul. Ảnh: Nguyễn Thắng - TTXVN Tại buổi tiếp, Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung đã chúc "
            "mừng Hàn Quốc có tân Tổng thống.")
    assert crawled(text).kind == "tiếp"


@pytest.mark.parametrize("text", [
    # bench 22705667 (reading seed 146, S31), blind work 21511683: a working session told as just held, no day given
    "Cà Mau: chất thải y tế\nLiên quan đến thông tin 100% bệnh viện ở Cà Mau vi phạm về môi trường, Cục trưởng Cục Quản "
    "lý môi trường (Bộ Y tế) Nguyễn Thị Liên Hương vừa làm việc với Sở Y tế Cà Mau để nghe báo cáo tình hình.",
    "Hà Nội: Bệnh viện E tư vấn, khám bệnh tại nhà\nBan Giám đốc Bệnh viện E (Hà Nội) vừa có buổi làm việc với các khoa, "
    "phòng về kế hoạch khám bệnh tại nhà. GS.TS Lê Ngọc Thành – Giám đốc Bệnh viện E cho biết, nhu cầu của bệnh nhân rất "
    "cao.",
])
def test_a_working_session_told_as_just_held_is_reported_undated(text):
    found = crawled(text)
    assert found.kind in ("buổi làm việc", "họp") and found.start_date is None


# --- a meeting told only as the frame of what was done in it, dated by its name -------------------------------------

@pytest.mark.parametrize("text, day, kind", [
    # blind 22714341 (gold: the Trump–Putin meeting of 7/7)
    ("Ngoại trưởng Mỹ 'choáng' vì cách Trump hỏi Putin\nNgoại trưởng Mỹ dường như \"choáng\" vì cách ông Trump đề cập "
     "tới chủ đề Nga can thiệp bầu cử Mỹ trong cuộc gặp với ông Putin hôm 7/7.", "7/7", "cuộc gặp"),
    # reading seed 154 S25 (bench 22410230)
    ("Macron- Putin: 'Nút thắt' và toàn cảnh biến động mong manh\nTổng thống Pháp Emmanuel Macron và Tổng thống Nga "
     "Vladimir Putin đã tìm cách cải thiện mối quan hệ căng thẳng giữa hai nước trong cuộc gặp gỡ ngày 29/5 tại cung "
     "điện Versailles.", "29/5", "cuộc gặp"),
    # bench 22700819: a press conference so dated is the setting of the statement the article reports (the reading
    # standard since seed 130; seed 40 had called it a statement story), not the summit that only tells when it was
    ("EU dọa trả đũa nếu Mỹ áp thuế thép\nLiên minh châu Âu (EU) sẵn sàng có biện pháp trả đũa thích đáng nếu Mỹ áp "
     "đặt thuế nhằm ngăn chặn mặt hàng thép từ các nhà sản xuất châu Âu.\nChủ tịch Ủy ban châu Âu (EC) Jean-Claude "
     "Juncker đã tuyên bố như vậy tại cuộc họp báo sáng 7/7 ở Hamburg (Đức), ngay trước giờ khai mạc Hội nghị thượng "
     "đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) diễn ra trong 2 ngày 7-8/7.", "7/7",
     "họp báo"),
    # ... or by the day told from the writing's, its date beside it or not: reading seed 161 S23 (bench 22523283),
    # bench 21479517, 22350378 (the blind answer gold144 takes it)
    ("Phó Thủ tướng: Người đi xe ôm, hàng nước cũng hỏi về Sơn Trà\nLàm rõ thêm vấn đề quy hoạch Sơn Trà trong phiên "
     "chất vấn Bộ trưởng VH-TT-DL chiều nay, Phó Thủ tướng Vũ Đức Đam cho hay, ông đã có văn bản giao Đà Nẵng rà soát.",
     "chiều nay", "phiên họp"),
    ("Nghiêm khắc để lấy lại niềm tin\nKhông phải ngẫu nhiên mà trong cuộc họp với lãnh đạo các sở, ngành sáng qua "
     "(6/2), đích thân Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu Sở GD&ĐT xem xét đình chỉ chức vụ Hiệu trưởng.",
     "6/2", "họp"),
    ("Ông Nguyễn Thiện Nhân làm trưởng đoàn ĐBQH TP.HCM\nĐoàn ĐBQH TP.HCM đã bầu ông Nguyễn Thiện Nhân, Bí thư Thành "
     "ủy TP.HCM làm trưởng đoàn với 100% phiếu đồng ý tại cuộc họp riêng sáng nay.", "sáng nay", "họp"),
])
def test_a_meeting_the_lead_dates_by_its_name_as_the_frame_of_what_was_done_is_reported(text, day, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind
    assert day in text[found.anchor:found.anchor + 90]


@pytest.mark.parametrize("text, day, kind", [
    # reading seed 215 S30 (bench 22705890): the day past a summit's long name, its short name and its place
    ("Anh - Trung Quốc nuôi dưỡng nền tảng 'củng cố lòng tin chiến lược'\nLãnh đạo Trung Quốc và Anh đã nhất trí tiếp "
     "tục tăng cường hợp tác trong nhiều vấn đề song phương, cũng như quốc tế trong cuộc gặp bên lề Hội nghị thượng "
     "đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) ở Hamburg, Đức ngày 7/7.", "7/7",
     "cuộc gặp"),
    # bench 22751973: ... past a review conference's long name and its ministry's
    ("Nửa đầu 2017: Lợi nhuận Viettel gấp 4,3 lần VNPT, MobiFone cộng lại\nLợi nhuận 6 tháng đầu năm 2017 của các "
     "“ông lớn” viễn thông lần lượt được công bố tại hội nghị sơ kết công tác quản lý nhà nước 6 tháng đầu năm và "
     "phương hướng nhiệm vụ công tác 6 tháng cuối năm 2017 của Bộ Thông tin và Truyền thông, sáng 14/7.", "14/7",
     "hội nghị"),
])
def test_a_framed_meeting_is_dated_past_its_long_name(text, day, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind
    assert day in text[found.anchor:found.anchor + 200]


@pytest.mark.parametrize("text, day, kind", [
    # ... a long name that holds "số" or "người" as words of its subject, not a document's number or a clause of its
    # own ("chuyển đổi số", "một số", "chăm sóc người cao tuổi")
    ("Chăm sóc người cao tuổi\nKết quả 6 tháng đầu năm 2017 được công bố tại hội nghị sơ kết công tác chăm sóc người "
     "cao tuổi 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2017 của Bộ Lao động - Thương binh và Xã hội, "
     "sáng 14/7.", "14/7", "hội nghị"),
    ("Chuyển đổi số\nNhiều kinh nghiệm được chia sẻ tại hội thảo về chuyển đổi số và một số giải pháp hỗ trợ doanh "
     "nghiệp nhỏ và vừa ứng dụng công nghệ thông tin của Bộ Thông tin và Truyền thông, sáng 14/7.", "14/7", "hội thảo"),
])
def test_a_framed_meeting_is_dated_past_a_long_name_with_words_of_its_subject(text, day, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind
    assert day in text[found.anchor:found.anchor + 200]


@pytest.mark.parametrize("text, found", [
    ("x" * 85 + " (G20) ở Hamburg, Đức ngày 7/7", True),
    ("x" * 85 + " (G20) ở Hamburg, Đức, ngày 7/7", True),
    # (a day word glued to the word before it, as the day after a short name is not read: "Đứcngày 7/7")
    ("x" * 85 + " (G20) ở Hamburg, Đứcngày 7/7", False),
    # (81 characters or more: a day nearer is _ITS_DAY_AFTER's)
    ("x" * 70 + " Đức ngày 7/7", False),
])
def test_a_day_past_a_long_name_starts_its_own_word(text, found):
    from libmeet.parse import detect
    assert bool(detect._ITS_DAY_PAST_LONG_NAME.match(text.lower())) == found


@pytest.mark.parametrize("text", [
    # (bench 22405735's words) the day of a clause of its own past the name: the guest's inauguration
    "Putin gặp Macron\nHai nhà lãnh đạo đã bàn về Syria trong cuộc gặp đầu tiên giữa Tổng thống Nga Vladimir Putin "
    "với người đồng cấp Pháp Emmanuel Macron, người vừa nhậm chức Tổng thống hôm 14/5.",
    # ... of the occasion the meeting followed (bench 22472138's words)
    "Nhật cho Việt Nam vay hơn 100 tỉ Yên\nHai bên đã trao đổi về vốn ODA trong cuộc gặp riêng giữa Thủ tướng Shinzo "
    "Abe và Thủ tướng Nguyễn Xuân Phúc tại Văn phòng Thủ tướng Nhật Bản sau lễ đón chính thức chiều 6-6.",
    # ... of a document the name holds
    "Hướng dẫn thu phí\nCác doanh nghiệp đã nêu nhiều vướng mắc tại buổi làm việc về việc thực hiện Thông tư số "
    "250/2016/TT-BTC của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền của HĐND tỉnh ngày 11/11.",
])
def test_a_day_past_a_long_name_is_not_the_meetings_when_the_name_holds_another_occasion(text):
    assert not detect_titled(text).is_event


def test_a_framed_meeting_gives_way_to_one_reported_otherwise():
    """bench 21479424: the talks in the caption's frame are not the session the lead reports."""
    text = ("Kỳ họp 39 Ủy ban liên Chính phủ Việt Nam - Lào\nThủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun "
            "Sisoulith trong cuộc hội kiến chiều 7/2 tại Hà Nội. Ngày 7/2, tại Hà Nội, Kỳ họp lần thứ 39 Ủy ban liên "
            "Chính phủ Việt Nam - Lào đã diễn ra dưới sự đồng chủ trì của hai Thủ tướng.")
    found = detect_titled(text)
    assert found.is_event and found.kind == "kỳ họp"


@pytest.mark.parametrize("text, day, kind", [
    # dantri news_society_131 (gold: the steering committee's meeting of 30/4, not the district's urgent one of 29/4)
    ("Hà Nội đề xuất cách ly xã hội toàn bộ xã Việt Hùng\nThông tin nêu trên được Phó Giám đốc Sở Y tế Hà Nội Hoàng "
     "Đức Hạnh nêu ra tại cuộc họp Ban chỉ đạo công tác phòng, chống dịch bệnh vào chiều 30/4.\nSở Y tế Hà Nội đề nghị "
     "thực hiện cách ly xã hội toàn bộ xã Việt Hùng (huyện Đông Anh). " + "Theo ông Hạnh, tình hình dịch bệnh trên địa "
     "bàn huyện Đông Anh đang diễn biến hết sức phức tạp. " * 8 + "Trong đêm 29/4, BCĐ Phòng chống dịch huyện Đông "
     "Anh đã triệu tập họp khẩn với Chủ tịch UBND các xã, thị trấn thông báo tình hình ca bệnh.", "30/4", "họp"),
])
def test_a_framed_meeting_does_not_give_way_to_another_days_meeting_told_deep_down(text, day, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind
    assert day in text[found.anchor:found.anchor + 90]


def test_a_meeting_to_report_is_no_press_conference():
    """bench 21491693 (reading seed 158 S25), 22576838: "họp báo cáo" is a meeting to report, not "họp báo"."""
    text = "Sáng 8/2, Sở Xây dựng TP.HCM tổ chức buổi họp báo cáo kế hoạch thực hiện nhiệm vụ năm 2017 với UBND TP."
    assert detect(Doc.from_raw(text)).kind == "họp"


def test_two_kinds_told_as_done_are_the_verbs_of_one_act():
    """bench 21494857 (reading seed 158 S2, seed 129's class): "đã gặp mặt, làm việc với" is one working session, not
    meetings in general."""
    text = ("Ngày 7.2, Phó Thống đốc NHNN - Chủ tịch CĐ Ngân hàng VN Nguyễn Đồng Tiến đã gặp mặt, làm việc với cán bộ, "
            "công nhân viên cơ quan CĐ Ngân hàng VN và chỉ đạo nhiệm vụ trọng tâm năm 2017.")
    assert detect(Doc.from_raw(text)).is_event


def test_a_press_conference_held_to_present_a_meeting_announced_with_a_long_name_is_the_report():
    """bench 21473746 (reading seed 157 E16): the meeting is still ahead, its long name holds commas. (An early test
    had it give way to the meeting it presents; the blind answer for the same press conference, 21476068 in gold76,
    and the reading standard since seed 130 take the press conference.)"""
    text = ("Tây Nguyên gọi vốn đầu tư vào cà phê, du lịch\nHội nghị Xúc tiến đầu tư vào Tây Nguyên, Lễ hội Cà phê Buôn Ma "
            "Thuột lần thứ 6 và Liên hoan Văn hóa Cồng chiêng Tây Nguyên năm 2017 sẽ diễn ra từ ngày 8/3 đến 13/3 tại "
            "Thành phố Buôn Ma Thuột.\nSáng nay (6/2), Ban Chỉ đạo Tây Nguyên và UBND tỉnh Đắk Lắk đã tổ chức họp báo giới "
            "thiệu về sự kiện trên. Phát biểu tại buổi họp báo, Thượng tướng Tô Lâm cho biết lễ hội tổ chức vào tháng 3.")
    assert detect_titled(text).kind == "họp báo"


def test_a_press_conference_that_sets_the_lead_and_names_the_meetings_it_presents_is_the_report():
    """bench 21476068 (reading seed 157 E6; blind answer gold76): "Chia sẻ tại Họp báo về Lễ hội ... và Hội nghị xúc
    tiến đầu tư ... diễn ra hôm nay (6/2)": the press conference, not the investment conference it presents."""
    text = ("Phó Thống đốc: Ngân hàng không ngại rót vốn cho nông nghiệp công nghệ cao\nPhó Thống đốc NHNN Đào Minh Tú Chia "
            "sẻ tại Họp báo về Lễ hội cà phê Buôn Ma Thuột lần thứ 6, Liên hoan Văn hóa Cồng chiêng Tây Nguyên 2017 và Hội "
            "nghị xúc tiến đầu tư vùng Tây Nguyên lần thứ 6 diễn ra hôm nay (6/2), Phó Thống đốc Đào Minh Tú cho hay, "
            "ngành ngân hàng sẽ tiếp tục đầu tư vốn tín dụng cho các dự án tại Tây Nguyên.")
    assert detect_titled(text).kind == "họp báo"


def test_the_report_before_a_starred_paragraph_on_another_occasion_is_the_articles():
    """bench 21511503 (reading seed 155 E39): a round-up of leaders' activities; the second, starred, is another
    session, whose name and people are not the first's."""
    from libmeet import parse_text
    text = (
            "Hoạt động của lãnh đạo Đảng, Nhà nước\nTrong hai ngày 9 và 10-2, đồng chí Trương Thị Mai, Ủy viên Bộ "
            "Chính trị, Bí thư T.Ư Đảng, Trưởng Ban Dân vận T.Ư cùng Đoàn công tác của Ban Dân vận T.Ư thăm, làm "
            "việc tại tỉnh Điện Biên.\nTại buổi làm việc với Đoàn, đồng chí Trần Văn Sơn, Ủy viên T.Ư Đảng, Bí thư "
            "Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Điện Biên và các đồng chí trong Ban Thường vụ Tỉnh ủy đã "
            "báo cáo khái quát tình hình thực hiện nhiệm vụ năm 2016, các nhiệm vụ trọng tâm năm 2017 và kết quả "
            "thực hiện công tác dân vận theo Nghị quyết Đại hội XII của Đảng; nêu một số kiến nghị, đề xuất với "
            "Bộ Chính trị, Ban Bí thư, các cơ quan T.Ư để phát triển kinh tế - xã hội của địa phương. Phát biểu ý "
            "kiến tại buổi làm việc, đồng chí Trương Thị Mai biểu dương những nỗ lực của Đảng bộ, chính quyền và "
            "nhân dân các dân tộc tỉnh Điện Biên trong thực hiện nhiệm vụ năm 2016; công tác bảo vệ chủ quyền, "
            "giữ vững an ninh trật tự vùng biên giới. Đồng chí ghi nhận những khó khăn, thách thức mà Điện Biên "
            "đang phải đối mặt về tình hình di cư tự do, tình trạng đói nghèo ở vùng sâu, vùng xa, tốc độ phát "
            "triển kinh tế - xã hội của Điện Biên so với các tỉnh trong khu vực… Đồng thời, đề nghị tỉnh tiếp tục "
            "quan tâm chất lượng cuộc sống, để người dân được tiếp cận các dịch vụ cơ bản thiết yếu về giáo dục, "
            "y tế và quan tâm công tác dân vận, nhất là trong lĩnh vực tôn giáo, dân tộc… Đồng chí ghi nhận những "
            "kiến nghị của tỉnh Điện Biên, sẽ báo cáo Bộ Chính trị, Ban Bí thư và Thủ tướng Chính phủ để những đề "
            "xuất này được xem xét, chỉ đạo triển khai trong thời gian sớm nhất. Dịp này, Đoàn công tác đến viếng "
            "các Anh hùng liệt sĩ tại Nghĩa trang A1; thăm hỏi, tìm hiểu tâm tư nguyện vọng của một số gia đình "
            "thuộc diện tái định cư Thủy điện Sơn La trên địa bàn thành phố Điện Biên Phủ. * Ngày 10-2, đồng chí "
            "Đinh La Thăng, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh có buổi làm việc với Thành đoàn "
            "TP Hồ Chí Minh về tình hình hoạt động năm 2016, phương hướng chương trình công tác 2017 và các kiến "
            "nghị của tuổi trẻ TP Hồ Chí Minh."
    )
    event = parse_text(text)
    assert [a.name for a in event.attendees] == ["Trương Thị Mai", "Trần Văn Sơn"]


_OWN_TODAY = ("HLV U20 Honduras: Việt Nam là đối thủ khó chịu\nTrong cuộc họp báo sau thất bại 1-3 trước U20 New Zealand, "
              "HLV Carlos Tabora cho biết đội sẽ chuẩn bị kỹ. HLV Bazeley chia sẻ niềm vui. 13h ngày mai (26/5), U20 Việt "
              "Nam sẽ di chuyển xuống thành phố Jeonju để chuẩn bị cho trận đấu gặp U20 Honduras. Cuộc so tài diễn ra lúc "
              "13h ngày 28/5 (theo giờ Việt Nam).")
_MET_TOGETHER = ("Ngư dân và đơn vị đóng tàu đồng thuận phương án sửa chữa tàu\nNgày 11/7, tại thành phố Quy Nhơn, 20 ngư "
                 "dân có tàu vỏ thép được đóng theo Nghị định 67/2014/NĐ-CP của Thủ tướng Chính phủ bị hư hỏng đã cùng Công "
                 "ty trách nhiệm hữu hạn MTV Nam Triệu (Hải Phòng) và Công ty trách nhiệm hữu hạn Đại Nguyên Dương (Nam Định) "
                 "họp bàn và đi đến thống nhất cơ bản đối việc sửa chữa tàu vỏ thép.")


@pytest.mark.parametrize("text, kind, day", [
    # bench reading seed 175 S25 (22470659): "Online - Chiều 6-6, ..." opens the lead on its day, so the press
    # conference it names once is the report, not one named in passing
    ("Giải bóng đá quốc tế U15 năm 2017 công bố nhà tài trợ\nOnline - Chiều 6-6, tại Hà Nội, Liên đoàn bóng đá Việt Nam "
     "(VFF) tổ chức họp báo công bố nhà tài trợ chính Giải bóng đá quốc tế U15 năm 2017.\nTheo đó, với sự đồng hành của "
     "Công ty Cổ phần nhựa thiếu niên Tiền Phong, giải đấu giao hữu hứa hẹn sôi động này sẽ chính thức mang tên: Giải bóng "
     "đá quốc tế U15-Cúp nhựa Tiền Phong 2017. Giải sẽ diễn ra trên SVĐ Hòa Xuân-TP Đà Nẵng từ ngày 14 đến 18-6.",
     "họp báo", "2017-06-06"),
    # blind set 22729754: "20 ngư dân ... đã cùng Công ty ... và Công ty ... họp bàn": the verb done with those it
    # names, far from its "đã"
    (_MET_TOGETHER, "họp", "2017-07-11"),
    # bench reading seed 176 E36: the press conference, its day not given (below)
    (_OWN_TODAY, "họp báo", "None"),
])
def test_reports_the_lead_tells_in_its_own_ways(text, kind, day):
    found = crawled(text)
    assert found.kind == kind and str(found.start_date) == day


def test_a_plan_to_meet_together_is_no_report():
    assert not detect_titled(_MET_TOGETHER.replace("đã cùng", "sẽ cùng").replace("Ngày 11/7, ", "")).is_event


def test_a_meeting_the_lead_names_by_its_title_is_dated_deep_down():
    """bench reading seed 177 S39 (21473409): the lead names the talk by its quoted title; its day comes at the end, with
    the same title. A dated meeting deep down with another title is still a source (below)."""
    head = ("Chiến thắng ung thư ngay từ suy nghĩ của bạn\nTrong chương trình tọa đàm ‘Tôi chọn sự sống’, chị Ng.T.Ng (29 "
            "tuổi, ở Phú Thọ) chia sẻ nhiều kinh nghiệm đối mặt căn bệnh ung thư đại trực tràng.\n"
            + "Chị phát hiện ra căn bệnh bằng cách đi khám sức khỏe định kỳ và đã được điều trị kịp thời. " * 12)
    found = crawled(head + "Chiều 4/2/2017 Bệnh viện ung bướu Hưng Việt đã phối hợp cùng Quỹ MAKNA đã tổ chức buổi tọa "
                           "đàm “ Tôi chọn sự sống” - với thông điệp ung thư sẽ được chữa khỏi nếu được phát hiện sớm.")
    assert found.kind == "tọa đàm" and found.start_date == __import__("datetime").date(2017, 2, 4)
    other = crawled(head.replace("Trong chương trình tọa đàm ‘Tôi chọn sự sống’, chị", "Chị")
                    + "Chiều 4/2/2017 Bệnh viện ung bướu Hưng Việt đã tổ chức buổi tọa đàm “Sống khỏe mỗi ngày”.")
    from libmeet.models import Skip
    assert isinstance(other, Skip)


def test_a_day_after_the_articles_own_today_is_not_a_held_meetings():
    """bench reading seed 176 E36 (22373489): with no publication date, "13h ngày mai (26/5)" tells the article's today
    (25/5); the next match's day, 28/5, is after it and not where the press conference is: the date is left empty
    (the table above), and a warning says why."""
    assert any("own today" in w for w in crawled(_OWN_TODAY).warnings)
    # ... while the day the article announces as "ngày mai (13/6)" is the meeting's own (bench 22509440)
    announced = crawled("Lãnh đạo Chính phủ và 4 Bộ trưởng trả lời chất vấn\nNgày mai (13/6), Thủ tướng Chính phủ Nguyễn "
                        "Xuân Phúc, các Phó Thủ tướng Trương Hòa Bình, Vương Đình Huệ, cùng 4 Bộ trưởng bắt đầu trả lời chất "
                        "vấn tại Kỳ họp thứ 3, Quốc hội khóa XIV.\nTheo chương trình kỳ họp, chiều ngày 14/6, Chủ tịch Quốc "
                        "hội Nguyễn Thị Kim Ngân chủ trì điều hành chất vấn nhóm vấn đề thứ 4.")
    assert announced.start_date == __import__("datetime").date(2017, 6, 13)


@pytest.mark.parametrize("text, day", [
    # bench 22434115: the lead tells the talks by their verb on their day; the joint statement "sau hội đàm" follows
    ("Tàu sân bay Mỹ có thể cập cảng Việt Nam\nBên cạnh việc tăng cường hợp tác về kinh tế, thương mại, đầu tư, khoa "
     "học, công nghệ, giáo dục...Tổng thống Mỹ Donald Trump và Thủ tướng Nguyễn Xuân Phúc ngày 31/5 đã trao đổi về khả "
     "năng tàu sân bay Mỹ thăm cảng Việt Nam cùng các biện pháp tăng cường hợp tác giữa các lực lượng hải quân hai nước "
     "Việt-Mỹ.\nMột ngày nào đó, tàu sân bay Mỹ có thể sẽ thăm cảng Việt Nam Trong Tuyên bố chung sau hội đàm, hai nhà "
     "lãnh đạo Việt Nam và Mỹ đã thống nhất tăng cường quan hệ trong một loạt lĩnh vực từ quốc phòng, an ninh, tình báo "
     "đến thương mại.", (5, 31)),
    # bench 22704510: the agreement the talks reached, announced after them, is their outcome, not a meeting passed by
    ("Nga-Mỹ thống nhất thỏa thuận ngừng bắn ở Syria\nThỏa thuận ngừng bắn ở Syria được thông báo sau cuộc hội đàm chính "
     "thức đầu tiên giữa Tổng thống Nga Putin và người đồng cấp Mỹ Donald Trump hôm 7/7.\nReuters đưa tin, Nga, Mỹ và "
     "Jordan đã đạt được một thỏa thuận ngừng bắn ở khu vực Tây Nam Syria hôm 7/7.", (7, 7)),
])
def test_talks_told_by_their_verb_or_their_agreement_are_reported(text, day):
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (event.kind, event.start_date) == ("hội đàm", D(2017, *day))


@pytest.mark.parametrize("text, kind", [
    # bench 22531770: a review written as the verb of the body that held it, in a lead that opens on its day
    ("Ông Đoàn Ngọc Hải tiếp tục xuống đường xử lý lấn chiếm vỉa hè\nChiều 14/6, Ủy ban nhân dân Quận 1, Thành phố Hồ Chí "
     "Minh đã sơ kết 5 tháng công tác quản lý trật tự đô thị trên địa bàn.\nTừ ngày 16/1 đến nay, Quận 1 đã lập biên bản, "
     "xử lý hơn 7.000 trường hợp. Ông Đoàn Ngọc Hải, Phó Chủ tịch UBND Quận 1 cho biết sẽ tiếp tục xử lý.", "sơ kết"),
    # bench 22404075: a dialogue the body held, lower-case, in the lead on its day
    ("Hơn 600.000 con tôm hùm ở Phú Yên chết\nHơn 600.000 con tôm hùm nuôi ở thị xã Sông Cầu (Phú Yên) bị chết.\nNgày "
     "29-5, UBND thị xã Sông Cầu (Phú Yên) tổ chức đối thoại với người nuôi tôm hùm ở địa phương này để giải quyết tình "
     "trạng tôm hùm nuôi bị chết hàng loạt.", "đối thoại"),
])
def test_a_review_or_dialogue_told_by_the_bodys_verb_on_its_day_is_reported(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("text, is_report", [
    # working 22529736: a review the lead opens on after its day, then the leader who spoke there
    ("Ông Đoàn Ngọc Hải tiếp tục 'xuống đường' xử lý tái chiếm vỉa hè\n2 tổ chấn chỉnh lấn chiếm vỉa hè sẽ do Chủ tịch "
     "quận 1 (TP.HCM) Trần Thế Thuận và cấp dưới Đoàn Ngọc Hải phụ trách.\nChiều 14.6, báo cáo sơ kết công tác quản lý "
     "trật tự đô thị 5 tháng đầu năm, ông Trần Thế Thuận – Chủ tịch UBND quận 1 – cho biết sẽ thành lập 2 tổ kiểm tra "
     "việc thực hiện xử lý lấn chiếm vỉa hè.", True),
    # bench 21473280: the same, the leader named by the title alone
    ("TP HCM khen người dân văn minh khi thưởng lãm đường hoa Nguyễn Huệ\nTheo Phó chủ tịch UBND TP HCM Nguyễn Thị "
     "Thu, dù có hơn một triệu người dân và du khách đến tham quan đường hoa Nguyễn Huệ nhưng không có cảnh dẫm đạp, "
     "phá hoại hoa.\nNgày 6/2, tổng kết công tác tổ chức lễ hội tết Đinh Dậu, Phó chủ tịch UBND TP HCM cho biết có "
     "nhiều ý kiến khen ngợi đường hoa Nguyễn Huệ có sáng tạo, thiết kế đẹp.", True),
    # bench 22539948: a review's report whose figures the sentence gives, no one speaking: no meeting told
    ("Xuất khẩu sản phẩm công nghệ cao tăng mạnh\nNgày 15.6, báo cáo sơ kết tình hình phát triển kinh tế, xã hội, "
     "an ninh quốc phòng và thu chi ngân sách nhà nước TP.HCM 6 tháng đầu năm cho thấy, kinh tế thành phố tăng trưởng "
     "cao, đạt 7,68%.", False),
    # a period's figures summed up, a leader telling them: no meeting told (review of round 39)
    ("Gần 200 người chết vì tai nạn giao thông dịp Tết\nNgày 6/2, tổng kết 7 ngày nghỉ Tết Đinh Dậu, Phó Cục trưởng "
     "Cục CSGT Nguyễn Văn Thành cho biết cả nước xảy ra 400 vụ tai nạn giao thông.", False),
    ("Gần 200 người chết vì tai nạn giao thông dịp Tết\nNgày 6/2, sơ kết tình hình tai nạn giao thông dịp Tết Đinh "
     "Dậu, Phó Cục trưởng Cục CSGT Nguyễn Văn Thành cho biết cả nước xảy ra 400 vụ tai nạn giao thông.", False),
    # ... but a state of tasks reviewed is no figure: the review where the leader spoke (review 39b)
    ("Quảng Nam phấn đấu tăng trưởng 12%\nNgày 10/7, sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 "
     "tháng đầu năm, Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu cho biết kinh tế tỉnh tăng trưởng 10,5%.", True),
])
def test_a_review_the_lead_opens_on_as_where_a_leader_spoke_is_reported(text, is_report):
    found = detect_titled(text)
    assert found.is_event is is_report, found.reason
    if is_report:
        assert found.kind in ("sơ kết", "tổng kết")


def test_a_dialogue_a_speaker_is_ready_to_hold_is_no_report():
    """bench 22472864: "sẵn sàng tổ chức đối thoại" tells what Qatar would do, not a dialogue held."""
    text = ("Qatar sẵn sàng đối thoại\nNgày 6/6, Bộ trưởng Ngoại giao Qatar Sheikh Mohammed bin Abdulrahman Al-Thani cho "
            "biết Qatar sẵn sàng tổ chức đối thoại để giải quyết cuộc khủng hoảng.")
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text", [
    # bench 22531987: the Assembly going about its questions on a day the sentence opens on
    "Bộ trưởng Nguyễn Chí Dũng: Chúng tôi còn nể nang trong việc yêu cầu thực hiện luật\nGiải trình trong khoảng thời "
    "gian còn lại ít ỏi của buổi chiều, Bộ trưởng Kế hoạch-Đầu tư Nguyễn Chí Dũng thừa nhận có tình trạng đầu tư dàn "
    "trải.\nBộ trưởng Bộ KH-ĐT giải trình trước Quốc hội chiều 14.6 Chiều 14.6, Quốc hội tiến hành chất vấn Bộ trưởng "
    "Bộ KH-ĐT Nguyễn Chí Dũng.",
    # bench 22280034 (reading seed 2701 S9): the Standing Committee going about a review in its sitting's programme
    # (a sitting that carries a personnel decision: the working gold of 22278613 calls it ambiguous and skips it; the
    # held-out sets gain from taking the form, 0.8649 -> 0.8657)
    "Chuyển sinh hoạt Đoàn ĐBQH đối với ông Nguyễn Thiện Nhân và ông Đinh La Thăng\nThực hiện chương trình làm việc của "
    "phiên họp thứ 10, Ủy ban Thường vụ Quốc hội khóa XIV, chiều 15/5, Ủy ban Thường vụ Quốc hội đã tiến hành xem xét "
    "một số nội dung về công tác đại biểu.",
])
def test_the_assembly_going_about_its_business_on_its_day_is_a_sitting(text):
    found = detect_titled(text)
    assert found.is_event and found.kind == "phiên họp"


def test_a_meeting_told_by_its_verb_right_after_the_dated_occasion_before_is_reported():
    """bench 22677212: "Ngay sau Lễ đón, ... đã làm việc với ..." opens on the welcome the sentence before dates: the
    working session that followed it the same afternoon is the report."""
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    lead = ("Chiều 4/7, Lễ đón Chủ tịch Quốc hội Lào Pany Yathotou và Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội "
            "nước Cộng hòa Dân chủ Nhân dân Lào diễn ra trang trọng tại Trung tâm Hội nghị tỉnh Sơn La.")
    text = ("Chủ tịch Quốc hội Lào Pany Yathotou thăm và làm việc tại Sơn La\n" + lead + "\nChủ tịch Quốc hội Lào Pany "
            "Yathotou viết lưu niệm tại Binh đoàn 11 (Bộ Quốc phòng). (Ảnh: Văn Điệp/TTXVN) Nhận lời mời của Đảng, "
            "Nhà nước và Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, Đoàn đại biểu cấp cao Đảng, Nhà nước và "
            "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào do Chủ tịch Quốc hội Pany Yathotou dẫn đầu đã sang thăm Việt "
            "Nam và dự các hoạt động chào mừng kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam -Lào, 40 năm "
            "Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam -Lào, tại tỉnh Sơn La. " + lead + " Ngay sau Lễ đón, Chủ "
            "tịch Quốc hội Lào Pany Yathotou đã làm việc với các đồng chí lãnh đạo tỉnh Sơn La.")
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (event.kind, event.start_date) == ("buổi làm việc", D(2017, 7, 4))


def test_a_summit_the_story_only_guards_or_protests_against_is_no_report():
    """bench 22700110: street clashes "nơi chuẩn bị diễn ra Hội nghị thượng đỉnh G20", and "Để đảm bảo an ninh cho Hội
    nghị thượng đỉnh G20 diễn ra trong hai ngày 7-8/7": the summit frames what others do; it is not reported."""
    text = ("Đụng độ giữa người biểu tình và cảnh sát tiếp diễn tại Hamburg\nNgười biểu tình tiếp tục đụng độ với cảnh "
            "sát, đốt các xe tuần tra và chặn các tuyến đường phố chính ở thành phố Hamburg của Đức, nơi chuẩn bị diễn "
            "ra Hội nghị thượng đỉnh G20.\nNgày 7/7, người biểu tình tiếp tục đụng độ với cảnh sát, đốt các xe tuần "
            "tra và chặn các tuyến đường phố chính ở thành phố Hamburg của Đức, nơi chuẩn bị diễn ra Hội nghị thượng "
            "đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20). Để đảm bảo an ninh cho Hội nghị "
            "thượng đỉnh G20 diễn ra trong hai ngày 7-8/7 tại Hamburg, nhà chức trách Đức đã huy động 20.000 nhân viên "
            "an ninh./.")
    assert not detect_titled(text).is_event


def test_an_interview_is_no_meeting_report():
    """bench 22379723: the reporter's question put to the one interviewed by a pronoun ("Thưa ông, ... như thế nào
    ...?"): the interview is the article, the Assembly's sitting it names its background."""
    text = ("Luật Quy hoạch tạo sự đồng thuận về quy hoạch tổng thể\nVề Dự thảo Luật Quy hoạch sẽ được đưa ra "
            "thảo luận và xem xét thông qua tại Kỳ họp thứ 3, Quốc hội khóa XIV, ông Vũ Quang Các, Vụ trưởng Vụ "
            "Quản lý quy hoạch, Bộ Kế hoạch và Đầu tư khẳng định, với vai trò là cơ quan chủ trì soạn thảo Luật, "
            "Bộ đã chuẩn bị đầy đủ thông tin và sẵn sàng giải trình, làm rõ những vướng mắc của các đại "
            "biểu.\nLuật Quy hoạch sẽ không tác động đến các quy hoạch hiện tại Thưa ông, sau quá trình tiếp "
            "thu, giải trình các ý kiến đóng góp vừa qua, cơ quan soạn thảo Luật Quy hoạch đã chuẩn bị như thế "
            "nào trước kỳ họp Quốc hội lần 3 này? Luật Quy hoạch là một trong những dự luật rất khó, do mang tính "
            "tổng hợp đa ngành.")
    found = detect_titled(text)
    assert not found.is_event and "interview" in found.reason
    # ... not a question put to a leader by his title at a press conference (bench 22515809)
    from libmeet.parse.detect import _INTERVIEW
    assert not _INTERVIEW.search("vậy thủ tướng có báo cáo qh không, thưa bộ trưởng?")


def test_talks_told_through_what_was_said_after_them_on_their_day_are_reported():
    """bench 22246097 (reading seed 189 S30, the one clear miss): "sau cuộc hội đàm với Thủ tướng Đức Angela Merkel hôm
    11/5, Tổng Thư ký NATO Jens Stoltenberg cho biết, ..." tells the talks through what was said after them."""
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    text = ("NATO bất ngờ tuyên bố không tham gia chiến đấu tại Syria\nTheo Tổng Thư ký NATOJens Stoltenberg, "
            "khối đồng minh này sẽ không tham gia vào chiến dịch chiến đấu chống IS tại Syria hoặc Iraq.\nTại "
            "Berlin, sau cuộc hội đàm với Thủ tướng Đức Angela Merkel hôm 11/5, Tổng Thư ký NATO Jens "
            "Stoltenberg cho biết, khối đồng minh này sẽ không tham gia vào chiến dịch chiến đấu chống lại các "
            "tay súng khủng bố thuộc Tổ chức Nhà nước Hồi giáo (IS) tự xưng tại Syria hoặc Iraq.")
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (event.kind, event.start_date) == ("hội đàm", D(2017, 5, 11))
    # ... not a body's sitting, whose decision or words after it are the news (working gold 21481260: no event)
    sitting = text.replace("sau cuộc hội đàm với Thủ tướng Đức Angela Merkel hôm 11/5", "sau cuộc họp sáng 11/5")
    assert not detect_titled(sitting).is_event


def test_a_session_with_the_press_told_without_the_word_hop_bao_is_a_press_conference():
    """bench 22695458 (reading seed 191 S22, a clear miss): "đã có buổi chia sẻ với báo chí" on its day, the whole
    article what the deputy minister said there (not "cuộc trao đổi với báo chí" bên hành lang, an interview)."""
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    text = ("Hơn 4.000 điểm 10 trong kỳ thi THPT Quốc gia: Thứ trưởng Bùi Văn Ga nói gì?\nTrong ngày hôm qua "
            "6/7, 63 tỉnh thành đã công bố kết quả thi THPT quốc gia 2017.\nChiều 6/7 Thứ trưởng Bộ GD&ĐT đã có "
            "buổi chia sẻ với báo chí về “cơn mưa” điểm 10 xuất hiện tại kỳ thi THPT Quốc gia 2017 , Thứ trưởng "
            "GD&ĐT Bùi Văn Ga cho rằng đó là những học sinh giỏi thực sự.")
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (event.kind, event.start_date) == ("họp báo", D(2017, 7, 6))


@pytest.mark.parametrize("text, kind, day", [
    # bench 21491693: a department reports its plan to the city's leaders, told without "họp"
    ("Đến năm 2020, TP.HCM ra mắt 30.000 nhà ở giá rẻ\nÔng Trần Trọng Tuấn, Giám đốc Sở Xây dựng TP.HCM, cho biết "
     "thành phố nên xây nhà giá từ 300 - 500 triệu đồng.\nNgày 8/2, Sở Xây dựng đã có buổi báo cáo kế hoạch thực hiện "
     "nhiệm vụ năm 2017 với UBND TP.HCM, trong đó tập trung bàn về kế hoạch kêu gọi xây nhà ở xã hội cho người thu "
     "nhập thấp. "
     "Tại buổi báo cáo, ông Trần Trọng Tuấn cho biết TP muốn xây dựng nhà ở giá rẻ.", "họp", (2, 8)),
    # bench 22725521 / 22730027: the football federation's briefing, told as a session to give out news
    ("HLV Hữu Thắng: 'Nếu được phép, tôi sẽ chọn 1-3 cầu thủ nhập tịch'\nTại buổi trao đổi thông tin về kế hoạch chuẩn "
     "bị SEA Games 29 của các ĐTQG sáng 11.7, vấn đề trao cơ hội cho cầu thủ nhập tịch ở ĐTQG tiếp tục được đặt ra với "
     "VFF và HLV Hữu Thắng.", "họp báo", (7, 11)),
])
def test_a_meeting_told_as_a_session_to_report_or_to_give_out_news(text, kind, day):
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (event.kind, event.start_date) == (kind, D(2017, *day))


@pytest.mark.parametrize("text", [
    # bench 22416215: a deputy minister's interview with one paper is no meeting
    "Bộ KH&ĐT giải trình về bố trí kế hoạch vốn\nChiều 30/5, Thứ trưởng KH&ĐT Đào Quang Thu có buổi trao đổi với PV "
    "Tiền Phong về những sai phạm trong việc bố trí kế hoạch vốn đầu tư phát triển.",
    # bench 22287272: a reporter's talk with a driver
    "Tài xế kể lại vụ việc\nSáng 16/5, PV báo Công lý đã có cuộc trao đổi với anh Nguyễn Quốc Đạt (20 tuổi, trú tại "
    "phường Tân Sơn, TP Thanh Hóa) là tài xế chiếc xe.",
])
def test_an_interview_told_as_a_trao_doi_is_no_meeting(text):
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.models import Skip
    from libmeet.parse.types import Meta
    assert isinstance(parse_text(text, Meta(reference_date=D(2017, 7, 31))), Skip)


@pytest.mark.parametrize("text, kind, day", [
    # bench 22667258 (reading seed 2901 S22, a clear miss): a plan carried out is what the meeting reviews
    ("Thủ tướng: Cứ để người dân Hà Nội ăn nước giếng mãi sao?\nThủ tướng lưu ý đến các dự án đầu tư hạ tầng của TP "
     "Hà Nội.\nKhái quát tình hình thực hiện kế hoạch kinh tế - xã hội 6 tháng qua tại cuộc họp trực tuyến Chính phủ "
     "với các địa phương ngày 3/7, ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội khẳng định, kinh tế thành phố 6 tháng "
     "tiếp tục duy trì mức tăng trưởng.", "họp", (7, 3)),
    # bench 22423105: a planning office's name is no plan
    ("Bộ Tài chính dự báo nợ công Việt Nam có thể đạt đỉnh vào năm nay\nNợ công có thể lên tới 64,8% GDP. Đây là con "
     "số vừa được ông Nguyễn Trọng Nghĩa, Trưởng phòng Kế hoạch và Quản lý rủi ro, Cục Quản lý nợ và Tài chính đối "
     "ngoại, Bộ Tài chính nói tới trong buổi họp báo chiều 31/5. Theo ông, mức nợ công tới thời điểm cuối năm 2016 của "
     "Việt Nam ở mức 63,7% GDP.", "họp báo", (5, 31)),
    # bench 22565312: a photographer's initials end the caption, whose "sẽ" is not the next sentence's
    ("Sắp thông xe hai cầu vượt 'giải cứu' kẹt xe sân bay Tân Sơn Nhất\nCầu vượt tại vòng xoay Nguyễn Thái Sơn - "
     "Nguyễn Kiệm sẽ được đưa vào sử dụng từ ngày 3.7 Ảnh: M.Q Thông tin trên được GĐ Sở GTVT TPHCM Bùi Xuân Cường cho "
     "biết tại buổi họp đánh giá tình hình triển khai các giải pháp tại 37 điểm UTGT trên địa bàn TPHCM chiều 19.6.",
     "họp", (6, 19)),
    # fresh working set 21487856: a plan a target is measured against ("so với kế hoạch") is no plan of the meeting
    ("Hiện thực hóa giấc mơ 10 tỷ USD, ngành tôm “sửa sai”\nYêu cầu đến năm 2025, kim ngạch xuất khẩu tôm phải đạt 10 "
     "tỷ USD, sớm hơn 5 năm so với kế hoạch của ngành nông nghiệp mà Thủ tướng Nguyễn Xuân Phúc đặt ra tại Hội nghị "
     "phát triển ngành tôm Việt Nam sáng 6/2 thực sự là một thách thức lớn.", "hội nghị", (2, 6)),
])
def test_a_plan_carried_out_or_an_office_named_for_plans_does_not_make_a_held_meeting_a_plan(text, kind, day):
    from datetime import date as D  # noqa: N813

    from libmeet import parse_text
    from libmeet.parse.types import Meta
    event = parse_text(text, Meta(reference_date=D(2017, 7, 31)))
    assert (getattr(event, "kind", None), getattr(event, "start_date", None)) == (kind, D(2017, *day))


@pytest.mark.parametrize("text, kind", [
    # dantri 2021 (UNC news_education_040): the body, its sapo not in the text, opens on the meeting and whom it had
    ("# url = https://dantri.com.vn/giao-duc-huong-nghiep/bieu-duong-mo-hinh-dao-tao-9-tai-thua-thien-hue.htm\n"
     "# date = 20210416\nHội nghị có sự tham dự của ông Vũ Xuân Hùng, Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo "
     "dục nghề nghiệp; ông Phan Thiên Định, Bí thư Thành ủy Huế.\nHội nghị đã nghe các báo cáo về công tác phân luồng, "
     "hướng nghiệp giai đoạn 2021 - 2025.", "hội nghị"),
    # dantri 2021 (UNC news_education_064): the speaker's words the title gave, said "như vậy" at the meeting
    ("# url = https://dantri.com.vn/giao-duc-huong-nghiep/chon-nghe-phu-hop-voi-nhu-cau-phat-trien-cua-xa-hoi.htm\n"
     "# date = 20210426\nÔng Nguyễn Quý Xuân, Hiệu trưởng Trường THPT Phúc Lợi, Long Biên (Hà Nội) đã chia sẻ như vậy "
     "tại buổi tọa đàm \"Hướng nghiệp trong thời kỳ chuyển đổi số\".\nÔng Nguyễn Quý Xuân cho biết: \"Nghề nghiệp "
     "trong xã hội luôn có sự thay đổi\".", "tọa đàm"),
])
def test_an_undated_meeting_the_body_opens_on_is_reported(text, kind):
    """A dantri text whose sapo is not in it: the body opens on the meeting (with whom it had) or on the words said at
    it; the report has no day."""
    found = crawled(text)
    assert (found.kind, found.start_date) == (kind, None)


@pytest.mark.parametrize("text, kind, day", [
    # dantri 2021 (UNC news_society_055): talks told by their verb, no tense, past the subject's titles, right after
    # the welcome ceremony the sentence before dates
    ("# url = https://dantri.com.vn/xa-hoi/bo-truong-bo-quoc-phong-trung-quoc-tham-chinh-thuc-viet-nam.htm\n"
     "# date = 20210425\nNhận lời mời của Bộ trưởng Bộ Quốc phòng Việt Nam, Đoàn đại biểu quân sự cấp cao nước Cộng hòa "
     "Nhân dân Trung Hoa do Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng làm Trưởng đoàn sang "
     "thăm chính thức Việt Nam từ ngày 24 - 27/4/2021.\nChiều 25/4, tại Hà Nội, Thượng tướng Phan Văn Giang, Ủy viên Bộ "
     "Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Việt Nam chủ trì Lễ đón Thượng tướng Ngụy Phượng "
     "Hòa, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc cùng các thành viên Đoàn.\nSau Lễ đón, Đoàn đại biểu quân "
     "sự cấp cao Việt Nam do Thượng tướng Phan Văn Giang làm Trưởng đoàn hội đàm với Đoàn đại biểu quân sự cấp cao Trung "
     "Quốc do Thượng tướng Ngụy Phượng Hòa làm Trưởng đoàn.\nPhát biểu tại hội đàm, Bộ trưởng Phan Văn Giang khẳng định, "
     "đây là chuyến thăm có ý nghĩa quan trọng đối với Bộ Quốc phòng Việt Nam.", "hội đàm", "2021-04-25"),
    # bench 22477869: the ceremony dated two sentences before, its guest list between
    ("Chủ tịch nước Trần Đại Quang đón tiếp Tổng thống Cộng hòa Séc\nSáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Trần "
     "Đại Quang đã chủ trì Lễ đón trọng thể Tổng thống Milos Zeman và Phu nhân. Tham dự Lễ đón, về phía Việt Nam có: "
     "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh; Bộ trưởng Bộ Công an Tô Lâm. Về phía Cộng hòa Séc có các "
     "thành viên trong Đoàn đại biểu cấp cao sang thăm cấp Nhà nước tới Việt Nam. Sau Lễ đón, Chủ tịch nước Trần Đại "
     "Quang đã có cuộc hội đàm với Tổng thống Milos Zeman. Kết thúc hội đàm, hai bên đã chứng kiến Lễ ký kết văn kiện "
     "hợp tác giữa hai nước.", "hội đàm", "2017-06-07"),
    # bench 22627168 (seed 249 S32): the welcome's rites told over five sentences, then a caption with no full stop
    # glued to "Ngay sau lễ đón, ..." (a sentence starts there: the rule on that opening reads it)
    ("Phát triển toàn diện, sâu rộng quan hệ đối tác giữa VN và Belarus\nĐúng 10h sáng 27/6, theo giờ địa phương, lễ đón "
     "chính thức Chủ tịch nước Trần Đại Quang và Đoàn đại biểu cấp cao Việt Nam thăm chính thức Cộng hòa Belarus được "
     "tổ chức trọng thể tại Cung độc lập ở Thủ đô Minsk, Cộng hòa Belarus. Tổng thống Cộng hòa Belarus Lukashenko chủ "
     "trì lễ đón. Lễ đón Chủ tịch nước Trần Đại Quang được tổ chức trọng thể với nghi thức cao nhất dành cho nguyên thủ "
     "quốc gia. Tổng thống Belarus Lukashenko đón Chủ tịch nước Trần Đại Quang tại nơi đỗ xe, bắt tay và nhiệt liệt "
     "chào mừng Chủ tịch nước Trần Đại Quang sang thăm chính thức Cộng hòa Balerus. Tổng thống Belarus mời Chủ tịch nước "
     "Trần Đại Quang bước lên vị trí danh dự. Quân nhạc cử quốc thiều hai nước. Chủ tịch nước Trần Đại Quang và Tổng "
     "thống Lukashenko chủ trì họp báo Ngay sau lễ đón, Chủ tịch nước Trần Đại Quang đã tiến hành hội đàm với Tổng "
     "thống Belarus Lukashenko.", "hội đàm", "2017-06-27"),
])
def test_talks_right_after_a_dated_welcome_ceremony_are_reported_on_its_day(text, kind, day):
    found = crawled(text)
    assert (getattr(found, "kind", None), str(getattr(found, "start_date", None))) == (kind, day)


#: dantri 2021 (UNC news_travel_211): a crawl that lost its title and lead; its one meeting told deep down in a sentence
#: opening on its day, the day before the header's
UNTITLED_DAY_NEWS = (
    "Ngày 15/4, Bộ VH-TT&ampDL đã có văn bản gởi UBND tỉnh Quảng Nam về việc thí điểm mở lại hoạt động du lịch quốc "
    "tế, thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc chuẩn bị mở lại các hoạt động du lịch quốc tế có "
    "kiểm soát trong bối cảnh dịch bệnh Covid-19 được kiểm soát.\nSân bay Chu Lai, Quảng Nam.\nTheo văn bản của Bộ "
    "VH-TT&DL, việc mở lại các hoạt động du lịch quốc tế đề xuất thực hiện theo lộ trình, trong đó giai đoạn thí điểm "
    "từ tháng 7-9/2021, tập trung vào sản phẩm nghỉ dưỡng biển và du lịch golf dành cho khách đến từ thị trường Hàn "
    "Quốc.\nChiều ngày 15/4, ông Lê Trí Thanh - Chủ tịch tỉnh Quảng Nam - cũng đã họp với các ngành của tỉnh để bàn "
    "về phương án đón khách ngay sau khi có công văn đề nghị của Bộ VH-TT&DL và đã thống nhất tham gia kế hoạch đón "
    "khách quốc tế thí điểm do Bộ VH-TT&DL đề xuất."
)


@pytest.mark.parametrize("header, reported", [
    ("# url = https://dantri.com.vn/du-lich/quang-nam-se-don-khach-quoc-te-tu-thang-7-20210416155343492.htm\n"
     "# date = 20210416\n", True),
    # a month later the same sentence is background, not the day's news
    ("# url = https://dantri.com.vn/du-lich/quang-nam-se-don-khach-quoc-te-tu-thang-7-20210516155343492.htm\n"
     "# date = 20210516\n", False),
    # a text that keeps its title tells such a meeting as background to its story
    ("Quảng Nam sẽ đón khách quốc tế có hộ chiếu vắc xin từ tháng 7 năm nay\n", False),
])
def test_an_untitled_crawls_only_meeting_dated_its_days_news_is_reported(header, reported):
    from libmeet import parse_text
    from libmeet.models import Skip
    event = parse_text(header + UNTITLED_DAY_NEWS)
    assert (not isinstance(event, Skip)) is reported
    if reported:
        assert (event.kind, str(event.start_date)) == ("họp", "2021-04-15")


def test_a_round_of_peace_talks_announced_for_its_days_is_the_event():
    """bench 22448748 (working gold: the round, 12-13/6, not the envoy's press conference of 19/5 in the caption)."""
    text = ("Các bên sẵn sàng cho vòng hòa đàm về Syria tiếp theo\nĐặc phái viên của Liên hợp quốc tại Syria cho biết "
            "các cuộc hội đàm cấp chuyên viên sắp tới sẽ thảo luận về một loạt vấn đề, trong đó có cả vấn đề gai góc là "
            "hiến pháp mới.\nĐặc phái viên Liên hợp quốc về vấn đề Syria, ông Staffan de Mistura phát biểu tại cuộc họp "
            "báo ở Geneva, Thụy Sĩ ngày 19/5. (Nguồn: AFP/TTXVN) Vòng hòa đàm tiếp theo về vấn đề Syria dự kiến sẽ được "
            "tổ chức tại thủ đô Astana của Kazakhstan vào ngày 12-13/6 tới. Hãng thông tấn RIA dẫn lời Đại sứ Syria tại "
            "Nga Riad Haddad ngày 3/6 cho biết phía Syria đã nhận được giấy mời tham dự cuộc đàm phán tại Astana.")
    found = crawled(text)
    assert (found.kind, str(found.start_date), str(found.end_date)) == ("vòng hòa đàm", "2017-06-12", "2017-06-13")


@pytest.mark.parametrize("text, reported", [
    # bench 22503661 (reading seed 192 E6): a column of the week's items, named by its head
    ("Việt Nam trong tuần: Thêm một biệt phủ ở Yên Bái gây xôn xao dư luận\nChỉ trong 1 ngày, Yên Bái đã chuyển đổi "
     "hơn 1,3 ha đất rừng sản xuất sang đất ở cho gia đình ông Quý. Sáng 9/6, tỉnh Bình Định tổ chức hội nghị bàn "
     "giải pháp hỗ trợ ngư dân có tàu vỏ thép hư hỏng.", False),
    # bench 22449820: a lead that sums the items up as the week's most noted
    ("Giảng viên bán hàng online thu 2 tỷ, giám đốc đa cấp lừa đảo 700 tỷ\nThỏa thuận hợp tác hàng tỷ USD được ký kết "
     "với các doanh nghiệp Việt Nam nhân chuyến thăm Mỹ của Thủ tướng, thêm một hãng hàng không mới và những cá nhân "
     "thành công khởi nghiệp là những vấn đề đáng chú ý tuần qua.\nThủ tướng tọa đàm với hàng loạt DN hàng đầu Mỹ. "
     "Phát biểu tại tọa đàm với các tập đoàn, doanh nghiệp hàng đầu của Mỹ sáng 30/5, Thủ tướng Chính phủ Nguyễn Xuân "
     "Phúc hoan nghênh doanh nghiệp Mỹ lựa chọn đến với Việt Nam.", False),
    # dantri 2021 (UNC news_education_195): a digest its byline says compiled, split by subheads into items
    ("# url = https://dantri.com.vn/giao-duc-huong-nghiep/pho-thu-tuong-go-vuong-truong-nghe.htm\n# date = "
     "20210411\nTrường nghề được tiếp tục dạy chương trình GDTX cấp THPT\nLiên quan đến vướng mắc trong đào tạo hệ "
     "9+, tuần qua Văn phòng Chính phủ có thông báo Kết luận của Phó Thủ tướng Vũ Đức Đam tại buổi làm việc với Bộ "
     "GD&ĐT.\nPhó Thủ tướng Vũ Đức Đam yêu cầu các bộ tháo gỡ vướng mắc.\nCấp giấy chứng nhận hoàn thành chương trình "
     "THCS cho học viên trường Múa\nPhó Thủ tướng giao Bộ GD&ĐT chủ trì phối hợp với Bộ VHTT&DL thực hiện.\nTân Bộ "
     "trưởng Bộ GD-ĐT Nguyễn Kim Sơn gửi thư tới các thầy, cô giáo\nSau khi nhậm chức, ông Nguyễn Kim Sơn đã có thư "
     "gửi tới các thầy, cô giáo.\nGiá sách giáo khoa lớp 2, lớp 6 năm học mới có mức cao nhất là 245.000 đồng\nNhà "
     "xuất bản Giáo dục Việt Nam đã công bố giá sách giáo khoa.\nLệ Thu (tổng hợp)", False),
    # bench 22488853 (working gold: no report): the lead, not the title, tells the trip's end; the article sums it up
    ("Chuyến đi 5 ngày với 50 hoạt động, 43 văn kiện và 22 tỷ USD\nTối 8/6, Thủ tướng Nguyễn Xuân Phúc và Đoàn đại "
     "biểu cấp cao Việt Nam đã về đến sân bay Nội Bài, Hà Nội, kết thúc tốt đẹp chuyến thăm chính thức Nhật Bản và dự "
     "Hội nghị Tương lai châu Á lần thứ 23.\nTrong chuyến thăm, Thủ tướng đã hội đàm với Thủ tướng Nhật Bản Shinzo "
     "Abe chiều 6/6.", False),
    # bench 22232546 (working gold: no report): a lead that tells the season of shareholders' meetings
    ("Chờ thông tin từ số ít ngân hàng chưa đại hội\nMùa đại hội đồng cổ đông (ĐHCĐ) ngân hàng đang dần đi qua, với cao "
     "điểm là tháng 4 khi đa phần các nhà băng đã tiến hành đại hội để trình cổ đông thông qua kế hoạch hành động năm "
     "2017.\nSacombank đã có thông báo lùi thời gian tổ chức ĐHCĐ sang ngày 26/5, thay vì ngày 28/4 như dự kiến ban "
     "đầu.", False),
    # bench 22319658: ... or a title that does
    ("Khóc cười mùa đại hội: Đại hội bất thành khi cổ đông lớn tranh giành quyền lực\nNăm 2017, số lượng đại hội đồng "
     "cổ đông bất thành không còn nhiều như các năm trước. Ngày 25/4, Đại hội đồng cổ đông thường niên của PNC đã được "
     "tổ chức tại TP.HCM.", False),
    # dantri 2021 (UNC news_business_207, working gold: no report): an untitled crawl, its head telling the season
    ("# url = https://dantri.com.vn/kinh-doanh/eximbank-hop-dai-hoi-co-dong.htm\n# date = 20210419\nMột trong những "
     "điểm chú ý trong mùa họp đại hội cổ đông ngân hàng năm nay là Eximbank sẽ tổ chức họp đại hội đồng cổ đông thường "
     "niên năm 2020 vào 26/4/2021 tại Hà Nội.", False),
    # (one company's meeting is still reported)
    ("ĐHCĐ Vinamilk: Kế hoạch lợi nhuận 10.000 tỷ đồng\nSáng 25/4, Đại hội đồng cổ đông thường niên năm 2017 của "
     "Vinamilk đã diễn ra tại TP.HCM, thông qua kế hoạch lợi nhuận sau thuế 10.000 tỷ đồng.", True),
    # the last act before the trip's end is still reported
    ("Trump kêu gọi các nước Hồi giáo chống khủng bố\nTrong bài phát biểu tại hội nghị thượng đỉnh ngày 21/5 trước "
     "khi kết thúc chuyến công du đầu tiên đến Trung Đông, Tổng thống Mỹ Donald Trump cho rằng các nước cần hợp tác.",
     True),
])
def test_a_round_up_or_a_trip_summed_up_is_no_meeting_report(text, reported):
    """A news round-up (its column's head, a lead summing up the week's items, a compiled digest) and a trip summed up
    (a lead telling its end) are no report of one meeting; the last act before a trip's end still is."""
    from libmeet.models import Skip
    assert (not isinstance(crawled(text), Skip)) is reported


@pytest.mark.parametrize("text, is_report, reason", [
    # bench 21494649: the title wishes for a meeting, the lead tells it still ahead
    ("Đức muốn họp bộ tứ Normandy để thảo luận về khủng hoảng ở Ukraine\nDự kiến, cuộc gặp sẽ được tổ chức bên lề Hội "
     "nghị Bộ trưởng Ngoại giao nhóm 20 nền kinh tế hàng đầu thế giới (G20) diễn ra tại thành phố Bonn của Đức vào ngày "
     "16-17/2.", False, PLAN_TOLD),
    # bench 21511142: a meeting offered
    ("Tổng thống Putin nói sẵn sàng gặp ông Trump tại Slovenia\nTổng thống Nga Vladimir Putin ngày 10.2 nói sẵn sàng gặp "
     "Tổng thống Mỹ Donald Trump tại thủ đô Ljubljana của Slovenia, nhưng điều này còn phụ thuộc nhiều yếu tố. Tổng thống "
     "Putin nói rằng Ljubljana nói riêng và Slovenia nói chung là nơi tuyệt vời để tổ chức cuộc gặp như vậy, theo TASS "
     "ngày 10.2.", False, PLAN_TOLD),
    # bench 22261744: a meeting offered on a condition
    ("Triều Tiên tuyên bố sẽ hội đàm với Mỹ nếu 'điều kiện thuận lợi'\nMột quan chức cấp cao của Triều Tiên phụ trách "
     "các vấn đề về Mỹ hôm 13/5 cho biết, Bình Nhưỡng sẽ hội đàm với Washington nếu “điều kiện thuận lợi”, Yonhap đưa "
     "tin.\nBà Choe Son-Hui nói với các phóng viên tại Sân bay Quốc tế Bắc Kinh, Trung Quốc rằng Triều Tiên “sẽ tổ chức "
     "hội đàm với chính quyền Mỹ nếu điều kiện thuận lợi”. Theo nguồn tin ngoại giao của Hàn Quốc, bà Choe dẫn đầu một "
     "phái đoàn Triều Tiên có cuộc gặp với nhóm chuyên gia Mỹ tại Na Uy. Cuộc gặp diễn ra trong bối cảnh căng thẳng.",
     False, PLAN_TOLD),
    # bench 22701642: the meeting looked forward to, its hour told ahead
    ("Hội nghị thượng đỉnh G20: Tổng thống Mỹ mong đợi cuộc gặp với Tổng thống Putin\nTổng thống Mỹ Donald Trump ngày "
     "7/7 khẳng định ông mong đợi cuộc gặp mặt với các nhà lãnh đạo thế giới. Theo thông báo trước đó của Nhà Trắng, "
     "cuộc gặp giữa các nhà lãnh đạo Mỹ và Nga sẽ diễn ra vào khoảng 20h45 ngày 7/7.", False, PLAN_TOLD),
    # (a meeting held, at which the title's wish was told, is still the report)
    ("Mỹ vẫn để ngỏ khả năng đối thoại với Triều Tiên\nĐặc phái viên Hong Seok-hyun cho biết trong cuộc gặp với Ngoại "
     "trưởng Mỹ Rex Tillerson ngày 18/5, nhà ngoại giao Mỹ tuyên bố Washington mong muốn Bình Nhưỡng tin tưởng vào cam "
     "kết không thù địch của Mỹ.", True, PLAN_TOLD),

    # bench 22434624: a question title answered from a press conference named by its common noun, with no day
    ("Còn kiểm soát 10% Marawi, vì sao IS mãi chưa bị đánh bật?\nBộ trưởng Quốc phòng Philippines Delfin Lorenzana nói "
     "thống kê ban đầu về số lượng phiến quân IS chiếm đóng Marawi có nhầm lẫn.\nBinh sĩ Philippines chiến đấu ở thành "
     "phố Marawi. Trả lời trong cuộc họp báo, ông Lorenzana nói phiến quân thân Nhà nước Hồi giáo tự xưng (IS) đã lên "
     "kế hoạch kỹ lưỡng nhằm chiếm đóng thủ phủ của tỉnh Lanao del Sur.", False, ASKED),
    # bench 22443052: ... from a roundtable
    ("Cây trồng chuyển gen có phải là giải pháp tối ưu?\nỞ khía cạnh bảo vệ thực vật liên quan đến cây trồng biến đổi "
     "gen, GS. TS. Nguyễn Thơ, phó chủ tịch Hội khoa học bảo vệ thực vật có ý kiến sau đây.\nTại tọa đàm về cây trồng "
     "chuyển gen do Quỹ hòa bình và phát triển TP.HCM phối hợp Trung tâm nghiên cứu xã hội tổ chức, có ý kiến cho rằng "
     "cây trồng chuyển gen không phải là giải pháp tối ưu.", False, ASKED),
    # bench 22546120: ... from a shareholders' meeting
    ("U11 liệu có vực dậy được thương hiệu HTC?\nHTC ra mắt HTC U11 ở Đài Loan (Trung Quốc) vào tháng trước.\nTrong một "
     "cuộc họp cổ đông, ông Chang Chang-lin, Chủ tịch bộ phận sản phẩm điện thoại thông minh của HTC chia sẻ, HTC U11 đã "
     "vượt qua cả HTC 10 và One M9.", False, ASKED),
    # (the title names the meeting by its verb: working gold 22502763)
    ("Gặp Ngoại trưởng Qatar, ông Lavrov nói gì?\nMatxcơva không can thiệp vào công việc của các quốc gia khác.\nTrong "
     "cuộc hội đàm với Ngoại trưởng Qatar Mohammed bin Abdurrahman Al Thani, Ngoại trưởng Nga Sergei Lavrov cho biết, "
     "Nga ủng hộ ý tưởng đối thoại bình đẳng.", True, ASKED),
    # (a report whose lead opens on the day: bench 22574207)
    ("Từ cái kim, sợi chỉ, khuy áo cũng nhập thì nội địa hóa như thế nào?\n“Từ cái kim, sợi chỉ, chiếc khuy áo cũng phải "
     "mua, vậy chúng ta nội địa hóa thế nào?”, Bộ trưởng Mai Tiến Dũng nói.\nNgày 20/6, Tổ công tác của Thủ tướng do Bộ "
     "trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng dẫn đầu đã kiểm tra Tập đoàn Dệt may Việt Nam. Tại buổi làm "
     "việc, Bộ trưởng Mai Tiến Dũng truyền đạt ý kiến Thủ tướng yêu cầu Vinatex làm rõ 6 vấn đề.", True, ASKED),
    # (a press conference its period dates: bench 22751291)
    ("Thịt heo mỗi ngày tăng một giá, Bộ Công Thương nói gì?\nTại buổi họp báo thường kỳ quý II Bộ Công Thương, Thứ "
     "trưởng Đỗ Thắng Hải đã đưa ra những nhận định đầu tiên về việc giá thịt heo tăng chóng mặt trở lại.\nTheo Thứ "
     "trưởng Đỗ Thắng Hải, Trung Quốc gom thịt heo là tín hiệu tốt cho người chăn nuôi.", True, ASKED),
])
def test_a_title_that_wishes_for_a_meeting_or_asks_from_an_undated_one_reports_none(text, is_report, reason):
    """A title that wishes for or offers a meeting still ahead (PLAN_TOLD), or asks a question the article answers
    from a meeting it names with no day (ASKED), is no report; the exceptions still are."""
    found = detect(Doc.from_raw(text), title=text.split("\n")[0])
    assert (found.is_event, None if is_report else found.reason) == (is_report, None if is_report else reason)


@pytest.mark.parametrize("text, is_report", [
    # bench 22374420: a meeting still ahead, weighed in the title, no day of its own
    ("Châu Âu 'nín thở' trước cuộc gặp đầu tiên với ông Trump\nNhững ngày cuối cùng trong chuyến công du đầu tiên củ"
     "a Tổng thống Mỹ Donald Trump có thể sẽ là khoảng thời gian khó khăn nhất, khi ông lần đầu gặp gỡ nhiều nhà lãn"
     "h đạo châu Âu.\nChâu Âu là điểm đến cuối cùng của ông Trump trong chuyến công du đầu tiên kéo dài 9 ngày. Trướ"
     "c đó, ông đến Saudi Arabia và Israel, cái nôi của nhiều nền tôn giáo. Theo kế hoạch, tổng thống Mỹ sẽ tham dự "
     "cuộc gặp với lãnh đạo của các nước thành viên trong khối Hiệp ước Quân sự Bắc Đại Tây Dương (NATO) trước khi c"
     "ó mặt tại hội nghị của nhóm G7 tại Sicily, Italy. Châu Âu đối mặt với một cuộc khủng hoảng kể từ khi Anh quyết"
     " định rút ra khỏi Liên minh châu Âu (EU) vào giữa năm 2016. Vì vậy, chuyến đi đầu tiên của ông chủ Nhà Trắng đ"
     "ến châu lục già cỗi là cơ hội và thách thức cho cả 2 bên. Ông Trump và Chủ tịch Hội đồng châu Âu Donald Tusk. "
     "Ảnh: Reuters.",
     False),
    # (a preview of a meeting the article dates is an announced meeting: bench 22700735)
    ("Cuộc gặp Trump-Putin là phép thử cải thiện quan hệ song phương\nCuộc gặp giữa Tổng thống Mỹ Trump và người đồn"
     "g cấp Nga Putin trong sẽ là phép thử đầu tiên về khả năng liệu Tổng thống Trump có thể cải thiện mối quan hệ h"
     "iện đang căng thẳng với Moskva hay không.\nÔng Putin sắp có cuộc gặp ông Trump. (Nguồn: Reuters) Theo THX, giớ"
     "i chuyên gia nhận định cuộc gặp song phương giữa Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Put"
     "in trong ngày 7/7 sẽ là phép thử đầu tiên về khả năng liệu Tổng thống Trump có thể cải thiện mối quan hệ hiện "
     "đang căng thẳng với Moskva hay không.",
     True),
    # bench 22222979: the title tells the meeting as still ahead ("chuẩn bị nhóm họp"), the article gives it no day (9/5
    # is the day of a cabinet meeting the minister spoke to the press after)
    ("G-7 chuẩn bị nhóm họp lần đầu kể từ khi ông Trump nhậm chức, ông Macron thắng cử\nCuộc họp diễn ra trong bối "
     "cảnh những lo lắng về thị trường tài chính châu Âu trước thềm cuộc bầu cử Tổng thống Pháp đã tạm lắng dịu sau "
     "chiến thắng của ứng cử viên theo đường lối ôn hòa Emmanuel Macron trước đối thủ Le Pen theo đường lối dân tộc "
     "chủ nghĩa.\nCuối tuần này, các bộ trưởng tài chính và lãnh đạo ngân hàng trung ương của Nhóm 7 nước công nghiệp "
     "hàng đầu thế giới (G-7) sẽ nhóm họp tại Bari, Italy. Theo hãng tin Kyodo, trả lời báo giới sau một cuộc họp Nội "
     "các ngày 9/5, Bộ trưởng Tài chính Nhật Bản Taro Aso cho biết ông hy vọng tại cuộc gặp sắp tới các đối tác trong "
     "G-7 sẽ cùng nhau trao đổi thẳng thắn về các chủ đề tài trợ chống khủng bố và đánh thuế quốc tế. Đây sẽ là cuộc "
     "họp đầu tiên của G-7 kể từ khi Tổng thống Mỹ Donald Trump nhậm chức. Cuộc họp diễn ra trong bối cảnh nổi lên "
     "những lo ngại về xu hướng chủ nghĩa bảo hộ sản xuất nội địa.",
     False),
    # (a meeting still ahead that the article dates is announced: bench 22424519)
    ("Thủ tướng Nguyễn Xuân Phúc sẽ gặp Tổng thống Trump tại Nhà Trắng\nThủ tướng Chính phủ Việt Nam Nguyễn Xuân Phúc "
     "là lãnh đạo Đông Nam Á đầu tiên có cuộc gặp với Tổng thống Hoa Kỳ Donald Trump.\nCuộc gặp giữa Thủ tướng Chính "
     "phủ Nguyễn Xuân Phúc và Tổng thống Donald Trump sẽ diễn ra vào chiều 31/5 giờ địa phương, tức rạng sáng 1/6, giờ "
     "Hà Nội. Thủ tướng Nguyễn Xuân Phúc tại sân bay St. Andrews, Washington.",
     True),
    # (review 41c) "chuẩn bị hội nghị" is what a meeting held prepares, not a meeting ahead
    ("Thủ tướng chủ trì họp chuẩn bị hội nghị APEC\nThủ tướng Nguyễn Xuân Phúc vừa chủ trì cuộc họp chuẩn bị Hội nghị "
     "cấp cao APEC. Thủ tướng yêu cầu các bộ, ngành phải chuẩn bị chu đáo.",
     True),
])
def test_a_title_that_previews_an_undated_trip_or_meeting_reports_none(text, is_report):
    """A title that weighs a trip or a meeting still ahead (kỳ vọng, nín thở, phép thử ...), named by it or its lead,
    is no report when the article gives the meeting no day (PREVIEW); one it dates is still announced."""
    found = detect(Doc.from_raw(text), title=text.split("\n")[0])
    assert (found.is_event, None if is_report else found.reason) == (is_report, None if is_report else PREVIEW)


#: a lead that opens on its day, then the meeting it tells what was done within ("trong khuôn khổ ..."): the meeting sat
#: that day, no frame in passing; a trip's goal stays one
WITHIN_A_MEETING_ON_ITS_DAY = [
    # working 22246034
    ("Công bố Bộ tiêu chí đánh giá thực hiện SDGs\nBộ tiêu chí do Liên minh Nghị viện thế giới (IPU) và UNDP phối hợp "
     "xây dựng, được phát hành bằng 3 thứ tiếng Anh, Pháp, Tây Ban Nha.\nChiều 11/5, trong khuôn khổ Hội nghị chuyên đề "
     "IPU khu vực châu Á-Thái Bình Dương về “Ứng phó với biến đổi khí hậu” đã diễn ra lễ công bố Bộ tiêu chí tự đánh giá "
     "việc thực hiện các Mục tiêu phát triển bền vững dành cho các Nghị viện.", "hội nghị"),
    # bench 22446349
    ("Đối thoại Shangri-La 16: Đề cao luật lệ quốc tế trong giải quyết an ninh khu vực\nSáng 3/6, trong khuôn khổ Đối "
     "thoại Shangri-La 16 đang diễn ra tại Singapore, các Bộ trưởng quốc phòng Mỹ, Nhật Bản và Australia đã có các bài "
     "phát biểu về quan điểm đối với an ninh khu vực.", "đối thoại"),
    # the goal of a trip (bench 22450119's shape)
    ("Thủ tướng lên đường thăm Nhật Bản\nSáng 4/6, trong khuôn khổ chuyến thăm chính thức Nhật Bản và dự Hội nghị "
     "Tương lai châu Á lần thứ 23, Thủ tướng đã rời Hà Nội.", None),
]


@pytest.mark.parametrize("text, kind", WITHIN_A_MEETING_ON_ITS_DAY)
def test_a_meeting_the_lead_tells_what_was_done_within_on_its_day_is_reported(text, kind):
    found = detect_titled(text)
    assert found.is_event is (kind is not None)
    assert found.kind == kind


#: a round of a dialogue between two sides, in lower case, is a dialogue held on its days; a round still ahead is a plan
ROUNDS_OF_A_DIALOGUE = [
    # working 22581597
    ("Trung-Mỹ cần mở cửa hơn nữa thúc đẩy thương mại và đầu tư\nCác nhà lãnh đạo doanh nghiệp cùng cựu quan chức Trung "
     "Quốc và Mỹ đã kêu gọi hai nền kinh tế lớn nhất thế giới này mở cửa hơn nữa để thúc đẩy thương mại và đầu tư. Lời kêu "
     "gọi trên được đưa ra trong tuyên bố chung của Vòng đối thoại lần thứ 9 giữa các lãnh đạo doanh nghiệp và cựu quan "
     "chức hai nước tại thủ đô Bắc Kinh của Trung Quốc. Vòng đối thoại diễn ra từ ngày 20-21/6 tại thủ đô Bắc Kinh, Trung "
     "Quốc. Tham dự vòng đối thoại, phái đoàn Mỹ do Chủ tịch kiêm Giám đốc điều hành của Tập đoàn Carlyle dẫn đầu.", True),
    # bench 22754275: a round still ahead
    ("Đại sứ Trung Quốc kêu gọi Mỹ khôi phục đàm phán BIT\nDự kiến, vào tuần tới, Mỹ và Trung Quốc sẽ tổ chức vòng Đối "
     "thoại kinh tế toàn diện đầu tiên tại Washington.", False),
]


@pytest.mark.parametrize("text, is_report", ROUNDS_OF_A_DIALOGUE)
def test_a_round_of_a_dialogue_held_on_its_days_is_reported(text, is_report):
    found = detect_titled(text)
    assert found.is_event is is_report
    if is_report:
        assert found.kind == "đối thoại"


@pytest.mark.parametrize("text, kind", [
    (  # bench 22599168: the conference is the last of the trip's goals in a row; the talks of the day are the report
        "Chủ tịch Quốc hội đón, hội đàm với Chủ tịch Quốc hội Vương quốc Campuchia\nNgày 23/6, Đoàn đại biểu cấp cao "
        "Quốc hội Vương quốc Campuchia do Chủ tịch Quốc hội Heng Samrin dẫn đầu, đã tới Hà Nội, bắt đầu chuyến "
        "thăm hữu "
        "nghị chính thức Việt Nam, dự các hoạt động kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - "
        "Campuchia "
        "và tham dự Hội nghị Chủ tịch Mặt trận Tổ quốc 3 nước Việt Nam - Lào - Campuchia từ ngày 23 - "
        "26/6/2017. Sau lễ "
        "đón, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã tiếp Chủ tịch Quốc hội Campuchia Heng Samrin. Sau cuộc "
        "tiếp, hai "
        "bên đã tiến hành hội đàm. Tại hội đàm, hai Chủ tịch Quốc hội nhất trí tăng cường hợp tác.",
        "hội đàm",
    ),
    (  # working set 22643509: the conference the guests are invited to, not the talks held on 29/6
        "Phó Chủ tịch Quốc hội Uông Chu Lưu thăm Hàn Quốc\nTheo phóng viên TTXVN tại Seoul, ngày 29/6, Phó Chủ "
        "tịch Quốc "
        "hội Uông Chu Lưu đã hội đàm với Phó Chủ tịch Quốc hội Hàn Quốc Park Ju-seon tại thủ đô Seoul. Phó Chủ "
        "tịch Quốc "
        "hội Uông Chu Lưu trân trọng mời lãnh đạo Quốc hội Hàn Quốc sang dự Hội nghị APPF 26 sẽ được tổ chức "
        "tại Việt Nam "
        "vào tháng 1/2018. Cùng trong chiều 29/6, Phó Chủ tịch Quốc hội Uông Chu Lưu đã có cuộc gặp với Thủ tướng Hàn "
        "Quốc Lee Nak-yeon tại Seoul. Thủ tướng Lee Nak-yeon cho biết Tổng thống Moon Jae-in có thể tới thăm Việt Nam "
        "và tham dự hội nghị cấp cao APEC sẽ được tổ chức vào tháng 11.",
        "hội đàm",
    ),
    (  # bench 22708669: the summit the President is invited to, not the meeting on the sidelines of G20
        "Gặp Thủ tướng bên lề G20, Tổng thống Mỹ khẳng định sẽ thăm VN\nHôm nay, tiếp tục các hoạt động tiếp xúc song "
        "phương bên lề hội nghị Thượng đỉnh G20, Thủ tướng đã có các cuộc gặp với Chủ tịch TQ Tập Cận Bình và "
        "Tổng thống "
        "Mỹ Donald Trump. Tại cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Hợp chúng quốc Hoa Kỳ Donald "
        "Trump, ông Trump khẳng định sẽ thăm VN và tham dự hội nghị Cấp cao APEC tại Đà Nẵng tháng 11 tới. Thay "
        "mặt Chủ "
        "tịch nước Trần Đại Quang, Thủ tướng trân trọng mời Tổng thống Indonesia tham dự Hội nghị cấp cao APEC.",
        "cuộc gặp",
    ),
    # bench 22301018: the forum gives the time of a stay, the article a statement of 17/5: no report at all
    (
        "Nga sẵn sàng đối thoại với Mỹ về an ninh mạng\nĐại sứ lưu động của Bộ Ngoại giao Nga Andrey Krutskikh ngày 17/5 "
        "khẳng định Nga sẵn sàng đối thoại với Mỹ về tất cả các vấn đề liên quan an ninh mạng. Ông cho biết Tổng thống "
        "Nga Vladimir Putin trong thời gian ở Bắc Kinh tham dự Diễn đàn \"Vành đai và Con đường\" hôm 14-15/5 cũng đã "
        "đề cập vấn đề này.",
        None,
    ),
])
def test_a_meeting_someone_travels_or_is_invited_to_gives_way(text, kind):
    """The meeting a trip is for, one someone is invited to, or the time of a stay gives way to the talks reported
    (or to none: kind None)."""
    found = detect_titled(text)
    assert (found.kind if found.is_event else None) == kind



@pytest.mark.parametrize("text", [
    # working 21487905: the coach's words at the press conference after the match, in the lead
    "HLV Hữu Thắng nửa mừng nửa lo sau trận thắng U23 Malaysia\nVượt qua đối thủ kị dơ, nhưng HLV Hữu Thắng vẫn chưa "
    "thể hài lòng hoàn toàn.\nTuấn Tài, Văn Toàn và Công Phượng là những người trực tiếp lập công. HLV Hữu Thắng. (Ảnh: "
    "Nguyên Trí) Họp báo sau trận, HLV Hữu Thắng chia sẻ: “Điều tôi mừng không phải tỉ số trận đấu mà là tinh thần chơi "
    "bóng”.",
    # bench 22344170: ... told as the setting of what he said, past the lead's first lines
    "HLV Hoàng Anh Tuấn tự hào về học trò, hài lòng với 1 điểm\nHLV Hoàng Anh Tuấn cho biết ông rất tự hào với những gì "
    "mà học trò làm được trong trận hòa lịch sử trước U20 New Zealand.\nMột kết quả trước U20 New Zealand làm nhiều người "
    "phải tiếc nuối bởi đoàn quân của HLV Hoàng Anh Tuấn tạo ra nhiều cơ hội, đặc biệt là trong hiệp 1. Nhưng với người "
    "trong cuộc, thuyền trưởng U20 Việt Nam đã hài lòng với tỷ số trận đấu cũng như màn trình diễn của các học trò. HLV "
    "Hoàng Anh Tuấn tự hào với những gì học trò đã làm được trước U20 New Zealand Phát biểu trong cuộc họp báo sau trận, "
    "HLV Hoàng Anh Tuấn nhấn mạnh: “Chúng tôi đã được những gì tôi muốn, được 1 điểm trong lần đầu tiên dự U20 thế giới”.",
    # bench 21486769: ... or before what he admitted there
    "HLV Hữu Thắng thừa nhận U23 Việt Nam thắng nhờ đối thủ yếu\nHLV Hữu Thắng cho rằng, U23 Malaysia không mang đội "
    "hình tốt nhất sang Việt Nam.\nHLV Hữu Thắng thừa nhận U23 Việt Nam thắng nhờ đối thủ yếu  U23 Việt Nam 3-0 U23 "
    "Malaysia  Tối qua (7/2), U23 Việt Nam đã có trận thắng tưng bừng 3-0 trước đối thủ U23 Malaysia trên sân Thống Nhất. "
    "Tuấn Tài, Văn Toàn và Công Phượng là những cầu thủ lập công cho đội chủ nhà sau 90 phút lấn lướt hoàn toàn. Tuy "
    "nhiên, chuyên gia Vũ Mạnh Hải cho rằng, màn trình diễn của U23 Việt Nam không có nhiều ý nghĩa về mặt chuyên môn bởi "
    "đối thủ quá yếu. Bản thân HLV Hữu Thắng cũng thừa nhận điều này trong buổi họp báo sau trận đấu: “U23 Malaysia chưa "
    "sang đây đội hình mạnh nhất”.",
])
def test_a_matchs_press_conference_the_lead_quotes_is_the_report(text):
    found = detect_titled(text)
    assert found.is_event and found.kind == "họp báo"


@pytest.mark.parametrize("text", [
    # working 22237171: the press room after the match, where the coach spoke
    "HLV U.20 Argentina: Việt Nam cần cố gắng hơn nữa để hoàn thiện lối chơi của mình\nHLV U.20 Argentina cho biết, "
    "trong trận gặp U.20 VN các học trò của ông còn chưa trình diễn hết sức mạnh của mình mà một trong những "
    "nguyên nhân "
    "là vì mặt sân Thống Nhất khá cứng.\nBước vào phòng họp báo sau trận đấu, ông Claudio Ubeda dành lời khen "
    "ngợi U.20 "
    "Việt Nam chơi phòng ngự khá tốt: \"Các cầu thủ của các bạn khá nhanh, khỏe và thể lực khá tốt\".",
    # bench 22532370: ... as the setting of what he admitted there
    "HLV Vũ Hồng Việt ngao ngán với khả năng dứt điểm của U15 Việt Nam\nDù tạo ra hàng tá cơ hội ngon ăn trong hiệp 1, "
    "nhưng khả năng dứt điểm có vấn đề của các tiền đạo U15 Việt Nam đã khiến đoàn quân HLV Vũ Hồng Việt phải "
    "rất vất vả "
    "trong hiệp 1.\nĐến nỗi, trong phòng họp báo sau trận đấu, HLV Vũ Hồng Việt phải thừa nhận khả năng dứt điểm đang "
    "khiến ông rất đau đầu: \"Từ những trận giao hữu thì khả năng dứt điểm của tiền đạo U15 Việt Nam thật sự "
    "chưa tốt\".",
    # bench 21487930: deep down, under a title that asks what the coach said there
    "HLV U23 Malaysia nói gì về chiến thắng của U23 Việt Nam?\nSau thất bại 0-3 trước U23 Việt Nam, HLV Frank "
    "Bernhardt "
    "bên phía U23 Malaysia thừa nhận rất ấn tượng về tốc độ và lối chơi được tổ chức chặt chẽ của đoàn quân HLV Hữu "
    "Thắng.\n" + "Ở trận đấu tối qua, U23 Việt Nam đã có khởi đầu suôn sẻ trong năm 2017 bằng chiến thắng 3-0. " * 8
    + "Phát biểu trong buổi họp báo sau trận đấu tối qua, HLV Frank Bernhardt bên phía U23 Malaysia cho biết rất ấn "
    "tượng với tốc độ và lối chơi được tổ chức rất tốt của U23 Việt Nam: \"U23 Việt Nam thắng xứng đáng\".",
    # bench 22645047: deep down, under a title that tells the coach's mood
    "ĐT Đức thắng lớn, HLV Joachim Low quyết đi vào lịch sử\nHLV Joachim Low xoa tay, không thể hài lòng hơn về màn "
    "trình diễn của các học trò.\n" + "Mexico tung ra tới 26 pha dứt điểm về phía khung thành tuyển Đức. " * 10
    + "Trong cuộc họp báo sau trận đấu, HLV Joachim Low tỏ rõ sự hài lòng. Ông nói với truyền thông: \"Mexico đã chơi "
    "tốt, nhưng các học trò của tôi đã cho thấy khả năng đối diện với áp lực\".",
])
def test_a_matchs_press_conference_the_coachs_words_make_is_the_report(text):
    """The press room after the match ("phòng họp báo sau trận") is that press conference; deeper down than the lead,
    it is the report when the title tells a coach's words and a coach speaks there. Its day is not written."""
    found = detect_titled(text)
    assert found.is_event and found.kind == "họp báo"


@pytest.mark.parametrize("text", [
    # a match's press conference of a month ago is background of the report
    "HLV Hữu Thắng và bài toán hàng công\nHLV Hữu Thắng từng nói trong buổi họp báo sau trận hồi tháng trước: “Chúng tôi "
    "cần thêm tiền đạo”.",
    # the words said there far past it, in another clause, are not what the lead tells of it
    "U23 Việt Nam tập trung chuẩn bị cho SEA Games\nSau buổi họp báo sau trận, đội bóng trở về khách sạn nghỉ ngơi và "
    "bước vào buổi tập hồi phục trước khi lên đường sang Malaysia, nơi HLV Hữu Thắng sẽ công bố danh sách cuối cùng.",
    # bench 22271015: deep down, the source of a word on an injury, under a title that names no coach
    "Tiền đạo U.20 Argentina nhập viện cấp cứu sau chiến thắng đậm trước U.22 TVN\nĐoàn quân của HLV Claudio Ubeda đã "
    "phải trả giá đắt cho trận thắng 5 sao trước đội tuyển U.22 Việt Nam\n"
    + "Tình huống va chạm này khiến anh ôm mặt đau đớn, và buộc phải nhập viện ngay lập tức. " * 8
    + "Trong cuộc họp báo sau trận đấu, HLV Claudio Ubeda đã xác nhận tình trạng của tiền đạo này không quá nguy hiểm "
    "nhưng Martinez vẫn còn phải nằm viện để kiểm tra thêm.",
    # ... nor when the lead, not the title, opens on a coach (the title's span reaches a few characters past it)
    "Tiền đạo U.20 Argentina nhập viện cấp cứu sau chiến thắng đậm trước U.22 TVN\nHLV Claudio Ubeda và đoàn quân "
    "đã phải trả giá đắt cho trận thắng 5 sao trước đội tuyển U.22 Việt Nam\n"
    + "Tình huống va chạm này khiến anh ôm mặt đau đớn, và buộc phải nhập viện ngay lập tức. " * 8
    + "Trong cuộc họp báo sau trận đấu, HLV Claudio Ubeda đã xác nhận tình trạng của tiền đạo này không quá nguy hiểm "
    "nhưng Martinez vẫn còn phải nằm viện để kiểm tra thêm.",
    # bench 22575426: the press room alone, no match named after it
    "HLV Toshiya Miura bức xúc\nThầy người Pháp cũng không hiểu được những gì diễn ra trong phòng họp báo sân Thống "
    "Nhất lẫn diễn biến \"kỳ lạ\" trên sân ở trận thua.",
])
def test_a_matchs_press_conference_long_past_or_not_quoted_is_no_report(text):
    assert not detect_titled(text).is_event


#: a session that hands down a decision, a law's order, conclusions or a report ("buổi công bố"), held on its day
ANNOUNCING_SESSIONS = [
    (  # working 22738284: the lead tells the session by its verb on its day; deeper down its chair, by its noun
        "Công bố thêm 6 Luật mới được Quốc hội thông qua\nChiều 12/7, thừa ủy quyền Chủ tịch nước, Phó Chủ nhiệm "
        "Thường trực Văn phòng Chủ tịch nước Giang Sơn đã tiếp tục công bố Lệnh của Chủ tịch nước về việc công bố 6 "
        "Luật mới được thông qua tại kỳ họp thứ 3 Quốc hội khóa XIV.\nTrước đó, vào sáng 12/7, Luật Du lịch và Luật "
        "Thủy lợi cũng đã được công bố. Phó chủ nhiệm thường trực Văn phòng Chủ tịch nước Giang Sơn chủ trì buổi Công "
        "bố Lệnh của Chủ tịch nước. 1. Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự.",
        "buổi Công bố Lệnh của Chủ tịch nước",
    ),
    (  # bench 22699036: the lead's day, then who attended the session
        "Hà Nội: Công bố dự thảo kết quả thanh tra đất tại Đồng Tâm\nSáng nay (7/7), UBND thành Phố Hà Nội công bố dự "
        "thảo kết quả thanh tra toàn diện việc quản lý, sử dụng đất khu sân bay Miếu Môn, xã Đồng Tâm.\nDự buổi công "
        "bố dự thảo kết luận có Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung; ông Đào Đức Toàn - Phó Bí thư Thành ủy Hà "
        "Nội.",
        "buổi công bố dự thảo kết luận có Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung",
    ),
    (  # bench 22658789: the session, dated, as where the lead's words were said
        "Trứng vịt, trứng gà... phải có 'lý lịch' mới được bán\nTừ 31/7 TP.HCM chính thức kiểm soát nguồn gốc heo và "
        "thịt heo cung ứng cho thị trường. Ông Nguyễn Ngọc Hòa, Phó giám đốc Sở công thương TP.HCM cho biết như trên "
        "tại buổi công bố kế hoạch triển khai Đề án truy xuất nguồn gốc thịt gia cầm, trứng gia cầm ngày 1/7.",
        "buổi công bố kế hoạch triển khai Đề án truy xuất nguồn gốc thịt gia cầm, trứng gia cầm",
    ),
]


@pytest.mark.parametrize("text, name", ANNOUNCING_SESSIONS)
def test_a_session_that_announces_a_decision_is_a_meeting(text, name):
    found = detect(Doc.from_raw(text), title=text.split("\n")[0])
    assert found.is_event, found.reason
    assert (found.kind, found.name) == ("buổi công bố", name)



@pytest.mark.parametrize("text, reported", [
    # bench 22274759 (reading seed 1205: borderline): Jakarta's request made against the backdrop of a meeting
    ("Indonesia lên tiếng yêu cầu Trung Quốc thực hiện lời hứa về COC\nIndonesia đã yêu cầu Trung Quốc thực hiện lời "
     "hứa hoàn tất các cuộc đàm phán hiện tại về một bộ khung cho Bộ Quy tắc ứng xử trên Biển Đông (COC) trước giữa "
     "năm 2017. Đề nghị trên được Jakarta đưa ra trong bối cảnh Ngoại trưởng Indonesia Retno LP Marsudi có cuộc "
     "gặp người đồng cấp Vương Nghị tại thủ đô Bắc Kinh hôm 13/5 vừa qua.", False),
    # bench 22569791 (reading seed 40 E2: bl): a statement made as officials prepare to meet
    ("Mỹ kêu gọi Trung Quốc hỗ trợ đánh bại IS\nQuyền Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á Susan Thornton ngày 19/6 "
     "tuyên bố Mỹ mong muốn Trung Quốc tăng cường hỗ trợ cuộc chiến chống khủng bố. Phát biểu trước báo giới trong bối "
     "cảnh các quan chức ngoại giao và quốc phòng hai nước chuẩn bị nhóm họp theo thể thức 2+2 vào ngày 21/6 tại thủ "
     "đô Washington, bà Thornton nhận định Trung Quốc dường như ngày càng quan tâm tới vấn đề chống khủng bố.", False),
    # bench 22274898 (reading seed 202 E40: no): a missile launch made while China holds a forum
    ("Thử tên lửa dịp quan trọng, Triều Tiên khiến TQ 'bẽ mặt'?\nVụ phóng tên lửa ngày 14.5 của Triều Tiên được cho là "
     "đã khiến Trung Quốc bẽ mặt, trong bối cảnh nước này tổ chức Diễn đàn Quốc tế Vành đai và Con Đường.", False),
    # ... and the same launch "vào dịp khai mạc" the forum, as "đúng lúc ... khai mạc"
    ("Thử tên lửa dịp quan trọng, Triều Tiên khiến TQ 'bẽ mặt'?\nVụ phóng tên lửa ngày 14.5 của Triều Tiên được cho là "
     "đã khiến Trung Quốc bẽ mặt. Vụ phóng tên lửa vào dịp khai mạc hội nghị quan trọng chắc chắc sẽ không được Trung "
     "Quốc hưởng ứng.", False),
    # (a backdrop closed by its comma still leaves the meeting after it reported: bench 22549551)
    ("Tăng sức lan tỏa vốn FDI\nChỉ có khoảng 14% DN tư nhân có khách hàng là DN FDI. Trong bối cảnh như vậy, Diễn đàn "
     "DN Việt Nam giữa kỳ 2017 (VBF) diễn ra ngày 16/6 không chỉ là nơi để DN đối thoại với Chính phủ, mà còn thiết "
     "lập quan hệ hợp tác DN trong nước và nước ngoài.", True),
])
def test_a_meeting_told_as_the_backdrop_of_what_the_sentence_reports_is_no_report(text, reported):
    """"trong bối cảnh <someone> tổ chức / có / chuẩn bị <meeting>" sets the meeting as the backdrop of what the
    sentence reports (a launch, a request, a statement), in the same clause; the meeting is not reported."""
    assert detect_titled(text).is_event is reported


@pytest.mark.parametrize("text, reported", [
    # bench 22557026 (readings seed 176a E19, 218b: no): the G20 only the next stop of a trip
    ("Chọn Ba Lan là điểm công du thứ hai, ông Trump tính gì?\nTheo ABC News, Tổng thống Trump sẽ thăm Ba Lan vào đầu "
     "tháng 7 tới tham dự hội nghị Sáng kiến 3 Biển với hơn 10 nước châu Âu, trước khi đến Đức tham dự hội nghị G20. "
     "Văn phòng Tổng thống Ba Lan cho biết đã nỗ lực mời ông Trump.", False),
    # bench 22266914: a summit as where a president goes after the ambassador spoke, in a story of talks ahead
    ("Philippines và Trung Quốc đàm phán về Biển Đông vào tuần tới\nĐại sứ Manila tại Bắc Kinh cho biết Philippines và "
     "Trung Quốc sẽ mở các đàm phán song phương về tranh chấp Biển Đông trong tuần tới. Ông Romana đưa ra bình luận "
     "trước khi Tổng thống Philippines Duterte tới Bắc Kinh tham dự hội nghị thượng đỉnh \"Một Vành đai, Một Con "
     "đường\" vào ngày 14 và 15/5.", False),
    # bench 22375681 (reading seed 200: no): a market report on the minutes of the Fed's meeting
    ("Phố Wall lập đỉnh mới\nPhố Wall chinh phục các kỷ lục mới trong phiên 25/5, khi các nhà đầu tư tiếp tục phản "
     "ứng tích cực trước biên bản cuộc họp tháng Năm của Cục Dự trữ Liên bang Mỹ (Fed). Theo biên bản cuộc họp của "
     "Fed, phần lớn các nhà hoạch định chính sách tham dự cuộc họp đánh giá rằng nếu tình hình kinh tế Mỹ tiếp tục "
     "tiến triển, Fed sẽ sớm tăng lãi suất.", False),
    # bench 22734574 (readings seeds 139, 148, 159, 174a: no): a meeting of a year before, the time of what the
    # emails show
    ("Bằng chứng con ông Trump sẵn sàng nhận giúp đỡ từ Nga\nNhững email trao đổi cho thấy, con trai ông Trump sẵn "
     "sàng nhận các thông tin \"nhạy cảm và mức độ mật cao nhất\" từ luật sư Nga mà người trung gian Rob Goldstone "
     "miêu tả là \"một phần trong sự hỗ trợ của Nga dành cho ông Trump\" trước cuộc gặp giữa hai người diễn ra vào "
     "ngày 9/6/2016.", False),
    # (the minutes signed at the meeting the article reports are its own: working 22245343)
    ("Hiệp hội Du lịch Đà Nẵng không ký biên bản cuộc họp\nChiều 11.5, sau cuộc họp với Tổng cục Du lịch, ông Huỳnh "
     "Tấn Vinh cho biết: \"chúng tôi không ký biên bản cuộc họp vì không đồng thuận\". Tại buổi làm việc chiều 11.5, "
     "Tổng cục Du lịch đã tổ chức cuộc họp với Hiệp hội Du lịch Đà Nẵng.", True),
    # (nor is the title's own news, a meeting a handshake came before: bench 22701834, reading seed 155 E26: yes)
    ("Hai ông Putin và Trump bắt tay lần đầu trước cuộc gặp riêng\nTổng thống Nga Vladimir Putin và người đồng cấp Mỹ "
     "Donald Trump đã lần đầu tiên bắt tay nhau tại hội nghị thượng đỉnh G20 trước khi có một cuộc gặp riêng. Cuộc "
     "gặp sẽ diễn ra lúc 3h45' chiều giờ địa phương.", True),
])
def test_a_meeting_as_the_next_stop_the_minutes_or_the_time_of_another_act_is_no_report(text, reported):
    """A meeting named only as what a trip goes on to after the one the sentence tells ("trước khi đến Đức tham dự hội
    nghị G20"), as the source of the minutes an article reports on ("biên bản cuộc họp tháng Năm của Fed"), or as the
    time of what the sentence tells ("... trước cuộc gặp giữa hai người diễn ra vào ngày 9/6/2016") is not reported."""
    assert detect_titled(text).is_event is reported


@pytest.mark.parametrize("text, reported", [
    # bench 22554829 (reading seed 202 E36: no): a day's transfer column; the "cuộc gặp" is a player's talk with his
    # old coach, told second-hand
    ("Chuyển nhượng 18/6: Ronaldo trở về MU, Alves đến Man City\nTờ Metro tiết lộ thông tin quan trọng khi khẳng định "
     "Ronaldo đã gặp trực tiếp Sir Alex (cựu HLV MU) để bàn về kế hoạch trở lại sân Old Trafford.\nTờ Metro khẳng định "
     "Ronaldo vừa có cuộc gặp với cựu HLV MU là Sir Alex, để bàn về việc trở lại Quỷ đỏ ngay trong mùa hè này.", False),
    # bench 22507568 (readings seed 147 E11, seed 196 E6: no): an agent's meeting with a club
    ("Chuyển nhượng Barca: \"Tiểu Xavi\" rời PSG giá 100 triệu euro\nMarco Verratti đã tuyên bố sẽ không ở lại PSG và "
     "lập tức Barcelona đã ra giá 100 triệu euro trước khi Juventus kịp hỏi mua tiền vệ người Ý. Tờ L’Equipe (Pháp) "
     "mới đây đã gây chú ý khi tiết lộ Marco Verratti đã cử người đại diện tới dự một cuộc gặp quan trọng với các quan "
     "chức cao cấp của CLB Paris Saint-Germain. Tại cuộc gặp này, đại diện của Verratti đã cho giám đốc thể thao "
     "Antero Henrique của PSG biết rằng anh sẽ không ở lại đội bóng sau mùa này.", False),
    # (a composed check of the guard, the title put on a real lead: a business's "chuyển nhượng" names no sport, and its
    # shareholders' meeting is still reported)
    ("Chuyển nhượng vốn tại Vinamilk: Đại hội cổ đông thông qua kế hoạch\nSáng 25/4, Đại hội đồng cổ đông thường niên "
     "năm 2017 của Vinamilk đã diễn ra tại TP.HCM, thông qua kế hoạch lợi nhuận sau thuế 10.000 tỷ đồng.", True),
])
def test_a_football_transfer_column_is_no_meeting_report(text, reported):
    """A title that opens a football transfer column ("Chuyển nhượng MU: ...", "Chuyển nhượng 18/6: ...") heads
    players' and clubs' talks told second-hand, not a meeting report; a sports word in the lead tells it from a
    business's "chuyển nhượng"."""
    found = detect_titled(text)
    assert found.is_event is reported
    if not reported:
        assert "transfer" in found.reason


@pytest.mark.parametrize("text", [
    # bench 22425186: a central bank's meeting still ahead, told as what the prices defy
    "Giá vàng hôm nay 1/6: USD giảm nhanh, vàng lên đỉnh mới\nGiá vàng hôm nay 1/6 có cơ hội chinh phục đỉnh cao mới "
    "do đồng USD suy yếu và vẫn đang trong xu hướng giảm bất chấp nước Mỹ sắp có cuộc họp quyết định chính sách mới.",
    # bench 22524809 (reading seed 133 E19: no): ... or going on
    "Tỷ giá ngoại tệ ngày 14/6: USD bất ngờ giảm\nTỷ giá ngoại tệ ngày 14/6 diễn biến theo xu hướng đồng USD trên thị "
    "trường quốc tế quay đầu giảm bất chấp cuộc họp chính sách đang diễn ra tại Mỹ hứa hẹn mang tới động lực tích cực "
    "cho đồng tiền này.",
    # bench 22346863 (readings seeds 130 and 192: no): OPEC's meeting of the week, as what lifts the oil price
    "Giá dầu thế giới nối dài đà tăng trước thềm cuộc họp OPEC\nTrong phiên giao dịch ngày 22/5, giá dầu thế giới tăng "
    "phiên thứ tư liên tiếp. Saudi Arabia và Iraq đã nhất trí về sự cần thiết của việc kéo dài thỏa thuận cắt giảm sản "
    "lượng khai thác dầu mỏ toàn cầu thêm chín tháng nữa, nhằm nâng giá dầu thô thế giới khi các quốc gia khai thác "
    "dầu mỏ thuộc OPEC nhóm họp vào ngày 25/5 tại Vienna, Áo.",
])
def test_a_market_price_column_is_no_meeting_report(text):
    """A title that opens a market-price column ("Giá vàng hôm nay 1/6: ...", "Tỷ giá ngoại tệ ngày 14/6: ...", "Giá
    dầu ...") names a central bank's or OPEC's meeting only as what moves the prices."""
    found = detect_titled(text)
    assert not found.is_event and "market" in found.reason


@pytest.mark.parametrize("text, reported", [
    # bench 22239683 (reading seed 206 E12: no): the call in the title; the summit is only an invitation with no day
    ("Ông Trump điện đàm với tân tổng thống Hàn Quốc\nNgày 10/5, ngay sau khi nhậm chức, tân Tổng thống Hàn Quốc Moon "
     "Jae In đã điện đàm cùng người đồng cấp Donald Trump và nhận lời mời thăm Mỹ trong tương lai gần. Tổng thống Mỹ "
     "đã mời ông Moon Jae In đến Washington và chủ trì cuộc gặp cấp cao giữa hai nước nhằm thắt chặt quan hệ đồng minh.",
     False),
    # bench 22654228: the call held, in the lead; the press conference is a file photo's caption
    ("Căng thẳng ngoại giao vùng Vịnh: Lãnh đạo Mỹ, Thổ Nhĩ Kỳ hối thúc các bên hạ nhiệt\nNgày 30/6, Tổng thống Mỹ "
     "Donald Trump đã có cuộc điện đàm với người đồng cấp Thổ Nhĩ Kỳ Recep Tayyip Erdogan để thảo luận về những bất "
     "đồng giữa Qatar và các nước láng giềng Arab tại vùng Vịnh.\nTổng thống Mỹ Donald Trump phát biểu tại cuộc họp "
     "báo ở Washington, DC ngày 26/6. Ảnh: AFP/TTXVN Tại cuộc điện đàm, hai nhà lãnh đạo nhất trí rằng những căng "
     "thẳng hiện nay tại vùng Vịnh cần phải được hạ nhiệt.", False),
    # working 21512164 (gold: no): what a leader said on the call, told under a title that calls it "đối thoại"
    ("Ông Trump lần đầu đối thoại với Chủ tịch Trung Quốc\nTổng thống Mỹ Donald Trump tuyên bố chính quyền của ông sẽ "
     "tôn trọng chính sách “một Trung Quốc” trong cuộc điện đàm đầu tiên với Chủ tịch Tập Cận Bình.\nNgay trước khi "
     "tiếp Thủ tướng Nhật Bản Shinzo Abe đang ở thăm Mỹ, Tổng thống Donald Trump đã có cuộc điện đàm đầu tiên với Chủ "
     "tịch Trung Quốc Tập Cận Bình vào ngày 10.2 (tối 9.2 giờ Mỹ). Reuters dẫn thông cáo của Nhà Trắng cho biết cuộc "
     "đối thoại diễn ra “kéo dài và tốt đẹp”.", False),
    # bench 22706604: a call only ahead, after the leaders' meeting the lead reports
    ("Lãnh đạo Nga, Pháp, Đức trao đổi về vấn đề Ukraine\nBên lề Hội nghị G20, ngày 8/7, Tổng thống Nga Vladimir Putin "
     "cùng người đồng cấp Pháp Emmanuel Macron và Thủ tướng Đức Angela Merkel đã có cuộc gặp thảo luận các giải pháp "
     "cho vấn đề Ukraine.\nCuộc gặp này diễn ra trong bối cảnh lãnh đạo các nước nhóm Bộ tứ Normandy đang chuẩn bị "
     "tiến hành điện đàm.", True),
    # (review) a call still ahead in the title: the meeting the lead reports stays
    ("Ông Trump sẽ điện đàm với ông Putin\nNgày 20/6, Nhà Trắng cho biết hai nhà lãnh đạo đã có cuộc gặp bên lề hội "
     "nghị G20 tại Hamburg chiều 7/7.", True),
])
def test_a_phone_call_told_in_the_title_or_lead_is_no_meeting_report(text, reported):
    """A phone call between leaders (điện đàm) told as held in the title or the lead is the article's event: the
    meetings it names (a summit it invites to, a file photo's press conference) are not reported."""
    found = detect_titled(text)
    assert found.is_event is reported
    if not reported:
        assert "phone call" in found.reason


#: dantri 2021 (UNC news_education_201): a crawl that lost its title and lead; its only meeting the bare "cuộc họp" a
#: sentence deep down opens on, a leader directing there
UNTITLED_SETTING = (
    "# url = "
    "https://dantri.com.vn/giao-duc-huong-nghiep/quang-nam-sap-nhap-cac-co-so-"
    "giao-duc-nghe-nghiep-cong-lap-20210412181354743.htm\n# "
    "date = 20210412\nTrường Cao đẳng Kinh tế - Kỹ thuật Quảng Nam là trụ sở chính sau khi sáp nhập các trường Cao "
    "đẳng, Trung cấp nghề trên địa bàn Quảng Nam.\nDự kiến về nhân sự, sẽ điều chuyển nguyên trạng đội ngũ viên chức, "
    "lao động hợp đồng của các trường vào Trường Cao đẳng Quảng Nam. Hiện nay, tổng số nhân sự gồm 367 người, trong đó "
    "biên chế 232 người; hợp đồng theo Nghị định 68 là 5 người; hợp đồng lao động là 130 người.\nVề tổ chức bộ máy của "
    "Trường gồm có Hội đồng trường, Ban giám hiệu, 5 cơ sở trực thuộc, 5 phòng chức năng, 10 khoa chuyên môn, 3 trung "
    "tâm trực thuộc; các hội đồng tư vấn; tổ chức Đảng, đoàn thể.\nBên cạnh đó, sẽ tiếp nhận toàn bộ các khóa đào tạo "
    "đang thực hiện của 6 trường vào Trường Cao đẳng Quảng Nam.\nCác phương án xử lý tài chính, tài sản trước khi bàn "
    "giao sáp nhập, hồ sơ nhân sự, học viên và các loại giấy tờ hành chính… cũng đã được thảo luận.\nTại cuộc họp, ông "
    "Trần Văn Tân - Phó Chủ tịch tỉnh Quảng Nam giao cho tổ sắp xếp hoàn thiện kế hoạch sáp nhập sớm nhất, để sớm ban "
    "hành Quyết định triển khai sáp nhập.\n")


@pytest.mark.parametrize("said, reported", [
    ("ông Trần Văn Tân - Phó Chủ tịch tỉnh Quảng Nam giao cho", True),
    # (no leader directing there: what was agreed at some meeting)
    ("các trường thống nhất với", False),
])
def test_an_untitled_crawls_only_meeting_a_leader_directs_at_is_reported_with_no_province(said, reported):
    """Its province left empty: named in the leader's title and the schools' names, it is what the article is about."""
    from libmeet import parse_text
    from libmeet.models import Skip
    text = UNTITLED_SETTING.replace("ông Trần Văn Tân - Phó Chủ tịch tỉnh Quảng Nam giao cho", said)
    event = parse_text(text)
    assert (not isinstance(event, Skip)) is reported
    if reported:
        assert (event.kind, event.start_date, event.place.province) == ("họp", None, None)


@pytest.mark.parametrize("text, kind", [
    # working 21472621: what the lead told, pointed back to, came out of the meeting ("sau"), a caption's credit glued
    ("Sắp có phương án xử lý 12 dự án yếu kém\nVụ Kế hoạch chủ trì, lập báo cáo tổng thể về 12 dự án, báo cáo lãnh đạo "
     "Bộ Công Thương trước ngày 10/2/2017.\nThứ trưởng Bộ Công Thương Hoàng Quốc Vượng. - Ảnh: VGP Đây là yêu cầu của "
     "Thứ trưởng Bộ Công Thương Hoàng Quốc Vượng sau cuộc họp mới đây của Ban chỉ đạo Bộ Công Thương xử lý các vấn đề "
     "tồn tại ở các dự án lớn chậm tiến độ, kém hiệu quả.", "họp"),
    # bench 22487926: the Assembly's debate the lead sums up
    ("Sân bay Long Thành: băn khoăn về 'tiền đâu'?\n20 đại biểu đăng ký, 19 đại biểu nêu ý kiến về Cảng hàng không "
     "Quốc tế Long Thành. Tuy nhiên, vẫn còn nhiều băn khoăn với dự án này.\nĐó là những gì đọng lại sau phiên thảo "
     "luận tại hội trường về việc tách nội dung bồi thường, hỗ trợ, tái định cư Cảng hàng không quốc tế Long Thành "
     "chiều 8-6.", "phiên họp"),
    # working 22504763: the lead's words by their noun and "trên", said in the meeting
    ("'Khủng hoảng vùng Vịnh nên được giải quyết trước khi hết lễ Ramadan'\nTổng thống Thổ Nhĩ Kỳ Erdogan đã kêu gọi "
     "Qatar và các nước Arab giải quyết khủng hoảng ngoại giao trước khi kết thúc tháng lễ Ramadan.\nTheo Ngoại trưởng "
     "Thổ Nhĩ Kỳ Mevlut Cavusoglu, ông Erdogan đã đưa ra tuyên bố trên trong cuộc họp kín với Ngoại trưởng Bahrain "
     "Khaled Bin Ahmed Al-Khalif tại Istanbul.", "họp"),
    # working 21494930: ... "này", and the meeting held "mới đây"
    ("Xử lý các doanh nghiệp nhà nước không minh bạch thông tin\nPhó Thủ tướng Vương Đình Huệ vừa yêu cầu các bộ, "
     "ngành mạnh tay xử lý các doanh nghiệp (DN) nhà nước làm ăn không minh bạch.\nPhó Thủ tướng, Trưởng ban Chỉ đạo "
     "Đổi mới và Phát triển DN Vương Đình Huệ nhắc tới yêu cầu này đối với các bộ, ngành nói chung trong buổi họp mới "
     "đây với Bộ Xây dựng về phương án sắp xếp các DN thuộc Bộ trong giai đoạn 2016-2020.", "họp"),
])
def test_a_meeting_the_lead_is_pointed_back_to_is_reported(text, kind):
    found = detect_titled(text)
    assert found.is_event, found.reason
    assert found.kind == kind


def test_a_time_since_a_congress_is_not_a_meeting_pointed_back_to():
    """bench 22636693 (review of the rule): "từ sau Đại hội XII" is a time since, not the gathering the lead's words
    came out of."""
    text = ("Tạo xung lực mới trong quan hệ Việt Nam - Liên bang Nga\nNhận lời mời của Tổng thống Liên bang Nga, Chủ "
            "tịch nước Trần Đại Quang và Phu nhân thăm chính thức Liên bang Nga từ ngày 28-6 đến 1-7-2017. Đây là chuyến "
            "thăm chính thức Liên bang Nga đầu tiên của Chủ tịch nước Trần Đại Quang từ sau Đại hội XII của Đảng Cộng "
            "sản Việt Nam nhằm góp phần tiếp tục triển khai đường lối đối ngoại.")
    assert not detect_titled(text).is_event


def test_words_quoted_from_a_speaker_pointing_back_after_a_meeting_are_no_report():
    """bench 22667216: the speaker's own words point back ("Đây là quyết định được đưa ra sau buổi làm việc ..."),
    inside his quote: a decision told, not a meeting reported."""
    text = ("Malaysia không dùng quyền tự chọn bảng đấu tại SEA Games 29\nMục tiêu của U22 Việt Nam là lọt vào chung "
            "kết SEA Games 29. \"Bốc thăm chia bảng bóng đá tại SEA Games 29 sẽ diễn ra theo quy tắc như tại SEA Games "
            "28 ở Singapore. Đây là quyết định được đưa ra sau buổi làm việc giữa Liên đoàn Bóng đá Malaysia, Liên "
            "đoàn Bóng đá châu Á, Ủy ban Olympic Malaysia và Ban tổ chức SEA Games 29\", Tổng thư ký AFF Azzuddin "
            "Ahmad chia sẻ với VnExpress.")
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text, day", [
    # bench 22361171 (reading seed 203 S21): the lead tells the debate on its day without its noun; deeper down, the
    # debate by its noun with no day
    ("Kinh doanh đa cấp làm nóng nghị trường\nBổ sung Tội vi phạm quy định về kinh doanh theo phương thức đa cấp (Điều "
     "217a) vào dự thảo Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự làm nóng nghị trường sáng nay "
     "24/5.\nTheo bà Lê Thị Nga, Chủ nhiệm Ủy ban Tư pháp của Quốc hội, đa số ý kiến ĐBQH đề nghị bổ sung 01 điều luật "
     "mới về Tội vi phạm quy định về kinh doanh theo phương thức đa cấp. Dự thảo Luật đã bổ sung Điều 217a - Tội vi "
     "phạm quy định về kinh doanh theo phương thức đa cấp. Thời gian qua hoạt động kinh doanh đa cấp trá hình đang "
     "ngày càng diễn biến phức tạp, tinh vi, diễn ra khắp cả nước, đánh vào tâm lý hám lợi của một số người dân. Lợi "
     "dụng những kẽ hở của pháp luật, một số đối tượng đã biến tướng phương thức bán hàng này để trục lợi.\nThảo luận "
     "tại Hội trường Quốc hội, ĐBQH Bạch Thị Khương Thủy, Đoàn ĐBQH tỉnh Hòa Bình đề nghị cân nhắc quy định "
     "này.", "2017-05-24"),
    # bench 22540736: the questioning's last day in the lead; "đăng đàn trả lời chất vấn" deeper down
    ("Xử lý nghiêm tổ chức, cá nhân để 12 dự án ngàn tỉ thua lỗ\nKết thúc 3 ngày chất vấn tại Quốc hội, chiều qua "
     "15.6, Phó thủ tướng Trương Hòa Bình đã trả lời những câu hỏi cuối cùng của đại biểu.\nDự án nhiên liệu sinh học "
     "Ethanol Phú Thọ là một trong số 12 dự án ngàn tỉ thua lỗ. Chính phủ có biện pháp, giải pháp gì để phát hiện và "
     "xử lý kịp thời những dự án tương tự nếu có để hạn chế tối đa lãng phí trong đầu tư? Để xảy ra tình trạng như các "
     "dự án nêu trên thì trách nhiệm thuộc về ai, các đại biểu đặt câu hỏi. Các bộ, ngành, địa phương tự rà soát, phát "
     "hiện và báo cáo để Chính phủ tiếp tục có giải pháp xử lý với các dự án thua lỗ.\nLần đầu đăng đàn trả lời chất "
     "vấn, Bộ trưởng KH-ĐT tỏ ra khá lúng túng trước một loạt những vấn đề hóc búa các ĐB đặt ra.", "2017-06-15"),
])
def test_the_assemblys_debate_the_lead_dates_without_its_noun_is_reported(text, day):
    from libmeet.models import Skip
    event = crawled(text)
    assert not isinstance(event, Skip), event.reason
    assert (event.kind, str(event.start_date)) == ("phiên họp", day)


# bench reading seed 205 S4 (22668972): a sapo with no day and a photo's caption glued to the lead that opens on its
# day; the meeting, named deeper down by what was done at it, is what that lead tells ...
_ANNOUNCED_AFTER_A_CAPTION = (
    "Bộ GTVT bổ nhiệm lãnh đạo TCT Bảo đảm ATHH miền Nam\nBộ GTVT đã triển khai ngay trong ngày 2 nhân sự cấp cao "
    "TCT Bảo đảm ATHH miền Nam, miền Bắc, Chủ tịch HĐTV và thành viên HĐTV\nThứ trưởng Bộ GTVT Nguyễn Văn Công trao "
    "Quyết định cho ông Bùi Thế Hùng Chiều 3/7, tại TCT Bảo đảm ATHH miền Nam - TP. Vũng Tàu, Bộ GTVT đã công bố "
    "Quyết Định của Bộ trưởng Bộ GTVT về việc luân chuyển, bổ nhiệm giữ chức Thành viên Hội đồng Thành viên TCT Bảo "
    "đảm An toàn Hàng hải miền Nam đối với ông Bùi Thế Hùng. Ông Bùi Thế Hùng phát biểu cảm ơn và nhận nhiệm vụ. "
    "Trước khi nhận nhiệm vụ mới, ông Bùi Thế Hùng là Chủ tịch Hội đồng Thành viên TCT BĐATHH miền Bắc. Phát biểu "
    "tại Hội nghị công bố quyết định, Thứ trưởng Bộ GTVT Nguyễn Văn Công mong Tổng giám đốc trong cương vị mới đoàn "
    "kết cùng tập thể lãnh đạo."
)


@pytest.mark.parametrize("text, kind", [
    (_ANNOUNCED_AFTER_A_CAPTION, "hội nghị"),
])
def test_a_meeting_deeper_down_echoes_the_dated_lead_after_a_sapo_and_a_caption(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


def test_the_day_a_glued_caption_runs_into_is_the_leads():
    # ... and "Chiều 3/7", which opens that lead after the caption ("... cho ông Bùi Thế Hùng Chiều 3/7, tại ..."), is
    # the day of the meeting
    doc = Doc.from_raw(_ANNOUNCED_AFTER_A_CAPTION)
    found = detect(doc, title=_ANNOUNCED_AFTER_A_CAPTION.split("\n")[0])
    at = doc.text.index("3/7")
    assert is_its_day(doc, found, at)
    assert not is_its_day(doc, found, doc.text.index("ngày 2 nhân sự") + 5)


@pytest.mark.parametrize("text", [
    # bench reading seed 204 E39 (21478100): an interview; the meeting a word of recency recalls is put back in time in
    # its own clause by a written part of a past year
    "Thiếu tầm nhìn, thừa tính bảo thủ và nhóm lợi ích!\nÔng Vũ Mão đề nghị phải tìm ra nguyên nhân vì sao quy hoạch "
    "Thủ đô bị băm nát.\nNhiều năm qua, đường phố Hà Nội trở nên kẹt cứng. Vừa qua, trong cuộc họp trực tuyến của "
    "Chính phủ với các địa phương cuối năm 2016, Thủ tướng đã đề cập tới vấn đề này một cách cấp thiết. Thủ tướng "
    "yêu cầu các địa phương nghiêm túc rà soát lại. Trao đổi về vấn đề này với Báo Điện tử Giáo dục Việt Nam, ông Vũ "
    "Mão cho biết, vấn đề quy hoạch Thủ đô đã được quan tâm từ lâu.",
])
def test_a_recent_meeting_put_back_in_a_past_year_is_not_a_report(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text", [
    # bench reading seed 214 E34 (22292826): an analysis; the reception is put a week back in its own clause, the
    # day written is the paper's
    "Ông Trump lộ bí mật tình báo: Hệ lụy khôn lường\nViệc ông Trump để lộ thông tin tối mật dù không sai luật nhưng "
    "có thể dẫn đến các hệ lụy bất lợi cho nước Mỹ.\nThe Washington Post ngày 15-5 dẫn hai nguồn tin quan chức Mỹ "
    "cho biết trong buổi tiếp ngoại trưởng và đại sứ Nga tuần trước, Tổng thống Mỹ Donald Trump đã tiết lộ thông tin "
    "tình báo về chiến dịch đánh Nhà nước Hồi giáo tự xưng (IS). Thông tin tình báo này được xếp vào hàng tối mật, do "
    "một đồng minh của Mỹ cung cấp.",
    # working gold 22730046 (no): the talks at the G20 "cuối tuần qua" recalled by a source
    "Cuộc chiến ngoại giao Nga - Mỹ vẫn chưa có hồi kết\nBáo Izvestia ngày 11-7 dẫn nguồn tin riêng từ Bộ Ngoại giao "
    "Nga cho biết, Mát-xcơ-va đang lên kế hoạch trục xuất gần 30 nhà ngoại giao Mỹ và tịch biên một số tài sản của "
    "Mỹ tại Nga.\nTheo nguồn tin trên, kết thúc cuộc hội đàm giữa Tổng thống Nga Vla-đi-mia Pu-tin (Vladimir Putin) "
    "và người đồng cấp Mỹ Đô-nan Trăm (Donald Trump) bên lề Hội nghị Thượng đỉnh Nhóm các nền kinh tế phát triển và "
    "mới nổi hàng đầu thế giới (G20) cuối tuần qua tại Ham-buốc (Đức), Oa-sinh-tơn đã không đưa ra bất cứ phương án "
    "nào để giải quyết cuộc khủng hoảng ngoại giao này.",
])
def test_a_meeting_a_week_back_is_not_a_report(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text", [
    # review of ed5b1bd: the meeting's own day, written before it with no reporting verb, stays its day; and "tuần
    # trước" past a relative clause ("mà", "để") tells of something else
    "Bộ Xây dựng bàn giải pháp chống ngập\nNgày 10/5/2017, Bộ Xây dựng tổ chức hội thảo về giải pháp chống ngập mà "
    "Chính phủ đã giao cho Bộ tuần trước. Thứ trưởng Bộ Xây dựng Phan Thị Mỹ Linh chủ trì hội thảo.",
    "Thủ tướng yêu cầu triển khai nghị quyết\nNgày 10/5/2017, tại cuộc họp với các bộ ngành để bàn việc triển khai "
    "nghị quyết về chính sách thuế mà Quốc hội đã thông qua tuần trước, Thủ tướng Nguyễn Xuân Phúc yêu cầu các bộ "
    "khẩn trương ban hành văn bản hướng dẫn.",
])
def test_a_meeting_on_its_own_day_with_a_week_back_told_of_something_else_is_a_report(text):
    assert detect_titled(text).is_event


@pytest.mark.parametrize("text, vague", [
    (" ngoại trưởng và đại sứ nga tuần trước, tổng thống mỹ donald trump", True),  # (22292826)
    (" diễn ra tại nhà trắng vào tuần trước.", True),  # (22285537)
    (" cổ đông cuối tuần qua của berkshire hathaway", True),  # (22230044)
    # a span before something else: "một bài nói chuyện trước quốc hội một tuần trước khi diễn ra hội nghị thượng
    # đỉnh"; a week cut off by the clause's comma; "tuần qua" alone, a recent report's ("hội nghị của Bộ NN&PTNT tuần
    # qua cho thấy")
    (" thượng đỉnh một tuần trước khi diễn ra", False),
    (" của bộ nn&ptnt tại hà nội, tuần trước", False),
    (" của bộ nn&ptnt tuần qua cho thấy", False),
    # (review of ed5b1bd) a relative clause tells of something else; past 80 characters, not the meeting's clause;
    # but on the sidelines of a summit, the summit's time ("bên lề Hội nghị Thượng đỉnh ... (G20) cuối tuần qua")
    (" về giải pháp chống ngập mà chính phủ đã giao cho bộ tuần trước.", False),
    (" với các bộ ngành để bàn việc triển khai nghị quyết tuần trước", False),
    (" " + "x" * 90 + " tuần trước", False),
    (" giữa tổng thống nga vla-đi-mia pu-tin (vladimir putin) và người đồng cấp mỹ đô-nan trăm (donald trump) bên lề "
     "hội nghị thượng đỉnh nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (g20) cuối tuần qua", True),
])
def test_a_week_back_in_a_meetings_own_clause(text, vague):
    from libmeet.parse import detect as module
    assert bool(module._VAGUE_AFTER.match(text)) is vague


#: (bench 22344344) baomoi's link to another story, in square brackets, names that story's meeting: the forum the
#: President attended is told of, the meeting reported is the youth leaders' "cuộc gặp" on 22/5
_READ_MORE_OF_A_FORUM = (
    "Giao lưu, hợp tác giữa thanh niên là nền tảng cho quan hệ Việt-Trung\n"
    "Ngày 22/5 tại Bắc Kinh, đoàn đại biểu cấp cao của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh do Bí thư thứ "
    "nhất Ban Chấp hành Trung ương Đoàn Lê Quốc Phong dẫn đầu đã có cuộc gặp với Phó Trưởng Ban Liên lạc Đối ngoại "
    "Trung ương Đảng Cộng sản Trung Quốc Trịnh Hiểu Tùng. Mới đây, Chủ tịch nước Trần Đại Quang đã có chuyến thăm "
    "cấp nhà nước tới Trung Quốc và tham dự Diễn đàn hợp tác quốc tế “Vành đai và con đường.” [Chủ tịch nước dự "
    "Diễn đàn “Vành đai và Con đường” tại Trung Quốc] Việc có nhiều chuyến thăm của lãnh đạo cấp cao sẽ góp phần "
    "thúc đẩy quan hệ song phương."
)


@pytest.mark.parametrize("text, kind", [
    (_READ_MORE_OF_A_FORUM, "cuộc gặp"),
])
def test_a_read_more_links_headline_is_not_the_meeting_reported(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("pos, inside", [(0, False), (11, False), (12, True), (37, True), (38, False), (52, False)])
def test_a_position_inside_a_read_more_link(pos, inside):
    # a link's words, after its "[" and before its "]" (one too short to be a headline is no link)
    from libmeet.parse.detect import in_read_more, read_more_links
    text = "Hội nghị . [Chủ tịch nước dự Diễn đàn] và sau đó [ngắn] ."
    links = read_more_links(text)
    assert links == ((11, 38),)
    assert in_read_more(links, pos) is inside


#: a meeting still ahead the title names and the lead announces with its day, though a plan's words ("kế hoạch", "chuẩn
#: bị cho", "các cuộc") stand before it (baomoi 21511113, 21487972, 22541643, 22523777)
_ANNOUNCED = [
    # (text, kind, day)
    ("Phân công nhiệm vụ phiên họp thứ 8 UBTVQH\n"
     "Nhằm chuẩn bị cho Phiên họp thứ 8 của Ủy ban Thường vụ Quốc hội (dự kiến từ ngày 13 đến 24/3/2017), Thủ tướng "
     "Nguyễn Xuân Phúc đã phân công các thành viên Chính phủ chuẩn bị một số báo cáo, dự án luật.",
     "phiên họp", "24/3"),
    ("Nhật, Nga sẽ họp bàn về hoạt động ở quần đảo tranh chấp\n"
     "Nhật và Nga có kế hoạch hội đàm vào ngày 14-3 tại Tokyo về cách thực thi các hoạt động kinh tế chung trên "
     "quần đảo tranh chấp Nam Kuril – hiện do Moscow kiểm soát nhưng Tokyo cũng tuyên bố chủ quyền.",
     "hội đàm", "14-3"),
    ("Mỹ, Trung Quốc sắp đối thoại về vấn đề Triều Tiên\n"
     "Các quan chức ngoại giao, quân sự Mỹ và Trung Quốc sẽ gặp nhau để bàn về chương trình hạt nhân, tên lửa của "
     "Triều Tiên. Ngoại trưởng Mỹ Rex Tillerson. Ảnh:Reuters Các cuộc đối thoại Mỹ - Trung sẽ diễn ra ngày 21/6 ở "
     "Washington, tập trung vào vấn đề Triều Tiên, Reuters hôm nay đưa tin.",
     "đối thoại", "21/6"),
    ("Cuối tháng này, Tổng thống Mỹ gặp Tổng thống Hàn Quốc tại Nhà Trắng\n"
     "Ngày 13/6, Nhà Trắng ra tuyên bố cho biết Tổng thống Mỹ Donald Trump sẽ gặp người đồng cấp Hàn Quốc Moon Jae-In "
     "tại Nhà Trắng để hội đàm từ ngày 29-30/6 tới.",
     "hội đàm", "29-30/6"),
]


@pytest.mark.parametrize("text, kind, day", _ANNOUNCED)
def test_a_meeting_the_title_names_and_the_lead_announces_with_its_day_is_reported(text, kind, day):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind
    assert day in text[found.anchor:found.anchor + 120]


@pytest.mark.parametrize("text", [
    # a sports training camp, as in detect (dev bm_21471544)
    "Xạ thủ Hoàng Xuân Vinh tập huấn tại Hàn Quốc\n"
    "Theo kế hoạch, ngày 8/2 tới, xạ thủ Hoàng Xuân Vinh sẽ lên đường sang Incheon, Hàn Quốc tập huấn, để chuẩn bị "
    "cho Cúp bắn súng thế giới diễn ra tại Ấn Độ từ ngày 22/2 đến 04/3.",
    # the title names no meeting: the lead's is the setting of a plan
    "Tổng thống Mỹ và Nga sẽ cùng có mặt tại Đức\n"
    "Theo kế hoạch, hai nhà lãnh đạo sẽ gặp nhau bên lề hội nghị thượng đỉnh G20 ngày 7/7 tại Hamburg.",
    # a meeting the title only wishes for
    "Triều Tiên tuyên bố sẽ hội đàm với Mỹ nếu 'điều kiện thuận lợi'\n"
    "Bình Nhưỡng có kế hoạch hội đàm vào ngày 14-3 với Washington nếu điều kiện thuận lợi.",
])
def test_an_announced_meeting_not_the_titles_or_a_camp_is_no_report(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text, kind", [
    # bench 22546632, 22327883: a leader "đã gặp mặt" those he met, the kind told as its verb
    ("Phó Thủ tướng Vũ Đức Đam gặp mặt Đoàn đại biểu con liệt sĩ của huyện Đại Lộc, tỉnh Quảng Nam\nChiều 16/6, tại "
     "Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Vũ Đức Đam đã gặp mặt Đoàn đại biểu là con liệt sĩ hiện đang công tác "
     "tại huyện Đại Lộc, tỉnh Quảng Nam, nhân dịp Đoàn ra thăm Hà Nội.", "gặp mặt"),
])
def test_a_leaders_meeting_told_by_its_verb_is_held(text, kind):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind


@pytest.mark.parametrize("text, event", [
    # the lead opening on the announced meeting's noun is read from the title's end, the noun whole
    ("Nhật, Nga sẽ họp bàn về hoạt động ở quần đảo tranh chấp\nHội đàm Nhật - Nga theo kế hoạch sẽ diễn ra vào ngày "
     "14-3 tại Tokyo về cách thực thi các hoạt động kinh tế chung.", True),
    # ... and a day gone ("vừa qua") is no day ahead
    ("Nhật, Nga sẽ họp bàn về hoạt động ở quần đảo tranh chấp\nNhật và Nga có kế hoạch hội đàm vào ngày 14-3 vừa qua "
     "tại Tokyo về các hoạt động kinh tế chung.", False),
])
def test_an_announced_meeting_read_from_the_leads_start(text, event):
    assert detect_titled(text).is_event is event


@pytest.mark.parametrize("text, day", [
    # a meeting's own day is a day of a month: not a decree's number, not a range of years; and read after its whole
    # name, whose own meeting words ("tổng kết") do not stand between
    ("Hội nghị triển khai Nghị định 15/2018/NĐ-CP được tổ chức.", None),
    ("Hội nghị về giai đoạn 2021-2025 diễn ra chiều 30/4.", (30, 4)),
    ("Hội nghị tổng kết công tác thi đua diễn ra sáng 4/6.", (4, 6)),
])
def test_a_meetings_own_day(text, day):
    from libmeet.parse import detect as module
    doc = Doc.from_raw(text)
    at = doc.low.find("hội nghị")
    mention = module.Mention(at, at + 8, "hội nghị", (0, len(doc.low)), 0, True, True, True, False, True)
    assert module._day_of(doc, mention) == day


@pytest.mark.parametrize("first, second, same", [
    # the same meeting told again by its name's first word, its punctuation aside; not two editions by number
    ("Đối thoại Shangri-La lần thứ 16 diễn ra.", "Đối thoại Shangri-La, diễn đàn an ninh, bế mạc.", True),
    ("Hội nghị Trung ương 5 khai mạc.", "Hội nghị Trung ương 6 khai mạc.", False),
])
def test_a_meeting_told_again_by_its_name(first, second, same):
    from libmeet.parse import detect as module
    doc = Doc.from_raw(first + " " + second)
    low = doc.low
    kind = "đối thoại" if "đối thoại" in low else "hội nghị"
    a = low.find(kind)
    b = low.find(kind, a + 1)
    one = module.Mention(a, a + len(kind), kind, (0, b), 0, True, True, False, False, True)
    two = module.Mention(b, b + len(kind), kind, (b, len(low)), 0, True, True, False, False, True)
    assert module._told_again(doc, one, two) is same


def test_a_coachs_words_in_the_press_room_after_the_match_under_a_question_title():
    # bench 21487930 with the room for the session: the match named inside the noun, not a source under the question
    text = ("HLV U23 Malaysia nói gì về chiến thắng của U23 Việt Nam?\nSau thất bại 0-3 trước U23 Việt Nam, đội bóng "
            "vẫn nhận nhiều lời khen.\n" + "Các cầu thủ U23 Malaysia đã chơi nỗ lực trong suốt trận đấu. " * 6
            + "Phát biểu trong phòng họp báo sau trận đấu tối qua, HLV Frank Bernhardt bên phía U23 Malaysia cho biết "
            "đội bóng đã học được nhiều điều.")
    found = detect_titled(text)
    assert found.is_event and found.kind == "họp báo"


@pytest.mark.parametrize("text, subject", [
    # a day, a comma and the subject: a body's name with commas inside it is one step of it, written as a name
    ("Chiều 29/4, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam ", True),
    ("Sáng 5/7, Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh ", True),
    # ... not a list of fields, not a task (review of the thirty-fourth round), nor past 71 characters
    ("Sáng 5/7, HĐND bàn cơ chế đặc thù về tài chính, ngân sách ", False),
    ("Sáng 5/7, Sở tăng cường công tác phòng, chống tham nhũng ", False),
    ("Chiều 29/4, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam và Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh "
     "Nam Định ", False),
])
def test_a_day_then_its_subject(text, subject):
    from libmeet.parse import detect as module
    assert module._day_subject(Doc(text), 0, len(text)) is subject


@pytest.mark.parametrize("after, announced", [
    # the day after a meeting's name, no word of the past before it: "thông qua" is none (review of the thirty-fourth
    # round); "đã", "vừa qua" are
    (" sẽ thông qua luật an ninh mạng vào ngày 21/6", True),
    (" sẽ diễn ra ngày 21/6", True),
    (" đã diễn ra ngày 21/6", False),
    (" trong tuần qua vào ngày 21/6", False),
])
def test_a_day_announced_after_a_meetings_name(after, announced):
    from libmeet.parse import detect as module
    assert bool(module._ANNOUNCED_DAY.match(after)) is announced


@pytest.mark.parametrize("text, name", [
    # a body told meeting with the bare verb, then what it did after "và": the name is the verb alone
    ("Ngày 11/5, Ủy Ban kiểm tra tỉnh ủy Sóc Trăng đã họp và thống nhất kỷ luật ông Đặng Văn Ngọ (Chủ tịch HĐQT, "
     "Tổng giám đốc Công ty Cấp nước Sóc Trăng) với hình thức khiển trách.", "họp"),
    ("Sáng 12/7, Bộ GD&ĐT họp và thống nhất ngưỡng điểm xét tuyển tối thiểu vào đại học năm 2017.", "họp"),
    # a bare kind and a comma: a new clause follows, no part of the name
    ("Ngày 14/7, Cảnh sát PCCC TP.HCM đã tổ chức họp báo, thông tin tình hình PCCC và cứu hộ, cứu nạn trên địa bàn "
     "từ ngày 16/11/2016 đến 15/5/2017.", "họp báo"),
    ("Chiều 13/5, tại Hà Nội, Bộ Y tế tổ chức buổi họp báo. Tham dự buổi họp báo, đoàn công tác của bệnh viện Bạch "
     "Mai gồm 11 chuyên gia ở các chuyên ngành thận nhân tạo.", "buổi họp báo"),
    # the Assembly told with its verb: the debate it held, or else the kind alone, not the clause
    ("Chiều 15/5, Ủy ban Thường vụ Quốc hội đã tiến hành xem xét một số nội dung về công tác nhân sự.", "phiên họp"),
    ("Sáng 12-6, Quốc hội đã chính thức thông qua dự thảo Luật hỗ trợ doanh nghiệp nhỏ và vừa với 410/442 đại "
     "biểu tham gia biểu quyết tán thành.", "phiên họp"),
    # ... with what it debated, as written (bench 22363350, 22388369 seed-234b E36, 22459555 seed-234b E28)
    ("Sáng 25/5, Quốc hội thảo luận về dự án Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số "
     "100/2015/QH13.", "thảo luận về dự án Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13"),
    ("Sáng 27/5, Quốc hội tiếp tục thảo luận về dự án sửa đổi bổ sung một số điều Luật của Bộ Luật Hình sự 2015.",
     "thảo luận về dự án sửa đổi bổ sung một số điều Luật của Bộ Luật Hình sự 2015"),
    ("Ngày 5.6, Quốc hội thảo luận về kết quả 'Thực hiện chính sách, pháp luật về an toàn thực phẩm giai đoạn "
     "2011-2016'.", "thảo luận về kết quả 'Thực hiện chính sách, pháp luật về an toàn thực phẩm giai đoạn 2011-2016'"),
    # a bare kind noun goes on with whom the meeting is with (bench 21494289, 22730166, 22449088)
    ("Ngay sau chỉ đạo của Bí thư Thành ủy TP.HCM Đinh La Thăng tại buổi làm việc với UBND quận 2 ngày 7-2, Sở TN&MT "
     "TP đã cho tháo dỡ những cột mốc.", "buổi làm việc với UBND quận 2"),
    ("Chiều 11/7, tại La Hay, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã hội kiến với Chủ tịch Thượng viện Quốc hội Hà "
     "Lan Ankie Broekers-Knol.", "hội kiến với Chủ tịch Thượng viện Quốc hội Hà Lan Ankie Broekers-Knol"),
    ("Chiều 2/6, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm đã hội đàm với Đoàn đại biểu cấp cao Bộ Nội vụ Cộng hòa "
     "Slovakia.", "hội đàm với Đoàn đại biểu cấp cao Bộ Nội vụ Cộng hòa Slovakia"),
])
def test_the_name_stops_where_the_meetings_name_stops(text, name):
    found = detect(Doc.from_raw(text))
    assert found.is_event and found.name == name


@pytest.mark.parametrize("text, name", [
    # the guest's stay after "tiếp X": "đang (ở) thăm", "đang có chuyến thăm" is no part of the name
    ("Chiều 20/6, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã tiếp cựu Ngoại trưởng Hoa Kỳ John Kerry đang ở "
     "thăm Việt Nam.", "tiếp cựu Ngoại trưởng Hoa Kỳ John Kerry"),
    ("Chiều 18/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Phát triển Kinh tế Liên bang Nga "
     "Maxim Oreshkin, đang có chuyến thăm làm việc tại Việt Nam.",
     "tiếp Bộ trưởng Phát triển Kinh tế Liên bang Nga Maxim Oreshkin"),
    # the meeting's own verb after a word of time: "đang diễn ra", "hiện đang diễn ra", "vừa được tổ chức"
    ("Phát biểu tại Đối thoại Shangri-La 2017 đang diễn ra ở Singapore tối 2/6, Bộ trưởng Quốc phòng Mỹ James Mattis "
     "cảnh báo Trung Quốc.", "Đối thoại Shangri-La 2017"),
    ("Sáng 16/5, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Thổ Nhĩ Kỳ. Cuộc hội đàm hiện đang diễn ra trong "
     "Nhà Trắng, các nhà báo được vào ghi hình và nghe lời khai mạc.", "Cuộc hội đàm"),
    ("Ngày 15/6, theo phóng viên TTXVN tại Đông Âu, Hội nghị Hàng hải quốc tế thường niên lần thứ 5 vừa được tổ chức "
     "tại Ba Lan, dưới sự chủ trì của Trung tâm Nghiên cứu Ba Lan - châu Á (CSPA) và các đối tác.",
     "Hội nghị Hàng hải quốc tế thường niên lần thứ 5"),
    ("Tại đại hội cổ đông thường niên 2017 vừa diễn ra ngày 30-6, ông Đoàn Nguyên Đức, Chủ tịch HĐQT Công ty cổ phần "
     "nông nghiệp quốc tế Hoàng Anh Gia Lai (HAGL) chia sẻ năm qua là một năm khó khăn.",
     "đại hội cổ đông thường niên 2017"),
    # a time past left at the name's end: "vừa qua"
    ("Hội nghị thượng đỉnh G-20 vừa qua ở Hamburg (Đức) để lại nhiều câu hỏi, trong đó có nội dung trao đổi trong "
     "buổi họp kín giữa Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin ngày 7/7.",
     "Hội nghị thượng đỉnh G-20"),
    # ... but "nhỏ và vừa" is the name's own words
    ("Sáng 20/5, tại Hà Nội diễn ra Hội thảo về hội nhập doanh nghiệp nhỏ và vừa vào chuỗi giá trị toàn cầu trong "
     "ngành dịch vụ, thiết kế thời trang.", "Hội thảo về hội nhập doanh nghiệp nhỏ và vừa"),
])
def test_the_name_stops_before_a_word_of_time_that_opens_the_next_clause(text, name):
    found = detect(Doc.from_raw(text))
    assert found.is_event and found.name == name


@pytest.mark.parametrize("text, name", [
    # a comma, a dash, a colon or "tại" inside a quoted title ends no name: it ends at its closing quote (bench
    # 22398740, 22355117, 22270257, 22568307)
    ("Ngày 26/5, Hội thảo khởi động “Chương trình Phát triển Công trình Xanh tại Việt Nam” được tổ chức tại Khách sạn "
     "JW Marriott, Hà Nội.", "Hội thảo khởi động “Chương trình Phát triển Công trình Xanh tại Việt Nam”"),
    ("Ngày 15/5, Viện Nghiên cứu phát triển TP.HCM tổ chức hội thảo khoa học “Quản lý ATTP từ gốc ở TP.HCM: Thực "
     "trạng và giải pháp” do Ban Văn hóa-Xã hội HĐND TP.HCM phối hợp tổ chức.",
     "hội thảo khoa học “Quản lý ATTP từ gốc ở TP.HCM: Thực trạng và giải pháp”"),
    ("Ngày 14/5, Tổng thống Nga Vladimir Putin có mặt tại Bắc Kinh, tham dự diễn đàn cấp cao “Vành đai - Con đường” "
     "diễn ra trong 2 ngày 14-15/5.", "diễn đàn cấp cao “Vành đai - Con đường”"),
    ("Ngày 20/6, Bộ Tài nguyên và Môi trường đã tổ chức Hội thảo khởi động dự án “Tăng cường năng lực định giá đất "
     "và hệ thống thông tin giá đất dựa trên VIETLIS” bằng nguồn vốn hỗ trợ không hoàn lại của Chính phủ Hàn Quốc.",
     "Hội thảo khởi động dự án “Tăng cường năng lực định giá đất và hệ thống thông tin giá đất dựa trên VIETLIS”"),
    # ... its closing mark kept though the paper wrote another (bench 22343557, 22622484)
    ("Sáng 20/6, trong buổi tập huấn về “Kỹ năng sống cho học sinh, sinh viên\" tại trường cao đẳng nghề Cơ điện Phú "
     "Thọ, Trung tá Đào Trung Hiếu chia sẻ nhiều kinh nghiệm.",
     "buổi tập huấn về “Kỹ năng sống cho học sinh, sinh viên\""),
    # a name quoted whole ends at its closing quote, without it (bench 22433178, 21490231)
    ("Ngày 1/6, tại “Hội thảo giới thiệu công nghệ Toyota Hybrid” do Toyota Việt Nam (TMV) tổ chức tại Hà Nội, các "
     "chuyên gia đến từ Tập đoàn Toyota tin rằng xe hybrid sẽ được đón nhận.",
     "Hội thảo giới thiệu công nghệ Toyota Hybrid"),
    ("Thủ tướng Shinzo Abe hôm 7/2 đã phát biểu tại \"Đại hội toàn quốc yêu cầu hoàn trả lãnh thổ phương Bắc năm "
     "2017\" khẳng định rằng, việc ký kết một hiệp ước hòa bình với Nga là điều không hề dễ dàng.",
     "Đại hội toàn quốc yêu cầu hoàn trả lãnh thổ phương Bắc năm 2017"),
])
def test_a_quoted_title_ends_the_name_at_its_closing_quote(text, name):
    found = detect(Doc.from_raw(text))
    assert found.is_event and found.name == name


@pytest.mark.parametrize("text", [
    "Ngày 6-2 tại Hà Nội, Ban Chỉ đạo Tây Nguyên, UBND tỉnh Đắk Lắk tổ chức họp báo về Lễ hội Cà phê Buôn Ma Thuột lần "
    "thứ 6, Liên hoan văn hóa Cồng chiêng Tây Nguyên năm 2017 và Hội nghị xúc tiến đầu tư vùng Tây Nguyên lần thứ 4.",
    "Ngày 8/2, tại Hà Nội, Hội Nhà văn Việt Nam đã họp báo kế hoạch tổ chức Ngày Thơ Việt Nam lần thứ 15.",
    "Ngày 7/2, phát biểu tại buổi họp báo sau Đối thoại Chiến lược và Ngoại giao Trung Quốc - Australia lần thứ tư "
    "diễn ra ở Canberra, ông Vương Nghị cho biết Bắc Kinh có thái độ cởi mở.",
])
def test_a_press_conference_takes_no_edition_from_the_event_it_presents(text):
    found = detect(Doc.from_raw(text))
    assert found.is_event and found.kind == "họp báo" and found.edition is None


def test_debates_are_event_kinds_sitting_forms_led_by_a_debate_head():
    """detect_debates.txt's heads pick event_kinds.txt's debate forms: the set the literal list had."""
    from libmeet.parse.detect import _DEBATES
    assert _DEBATES == frozenset({
        "thảo luận tại tổ", "thảo luận ở tổ", "thảo luận tổ", "thảo luận tại hội trường", "thảo luận ở hội trường",
        "thảo luận hội trường", "thảo luận tại nghị trường", "thảo luận ở nghị trường", "làm việc tại hội trường",
        "làm việc ở hội trường", "làm việc tại tổ", "làm việc ở tổ", "quốc hội đã nghe", "quốc hội nghe",
        "đăng đàn trả lời chất vấn", "quốc hội chất vấn", "trả lời chất vấn của đại biểu quốc hội",
        "trả lời chất vấn của các đại biểu quốc hội", "trả lời chất vấn đại biểu quốc hội",
        "trả lời chất vấn các đại biểu quốc hội", "trả lời chất vấn của đbqh", "trả lời chất vấn của các đbqh",
        "trả lời chất vấn đbqh", "trả lời chất vấn tại quốc hội", "trả lời chất vấn trước quốc hội"})


@pytest.mark.parametrize("text, found", [
    ("the washington post ngày 15-5 dẫn hai nguồn tin quan chức mỹ", "dẫn"),  # tells_verbs.txt's "reported"
    ("báo izvestia ngày 11-7 đưa tin", "đưa tin"),
    ("ông x cho hay", "cho hay"),
    ("đoàn do ông x dẫn đầu", None),  # not "dẫn đầu", leading
    ("ông x nhấn mạnh", None),  # (a speech verb, not a report)
])
def test_reported_reads_the_report_verbs(text, found):
    from libmeet.parse.detect import _REPORTED
    m = _REPORTED.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text, found", [
    ("bộ trưởng y tế nguyễn thanh long cho biết, tại việt nam", "cho biết,"),  # tells_verbs.txt's "said"
    ("chủ tịch đã thông báo rằng sẽ ra mắt", "thông báo rằng"),
    ("ông x cho hay, năm nay", None),  # ("cho hay" is not among them)
    ("chia sẻ tại buổi họp, ông y", None),  # (a comma or "rằng" must follow)
])
def test_tells_reads_a_speech_verb_before_its_comma_or_rang(text, found):
    from libmeet.parse.detect import _TELLS
    m = _TELLS.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text, kind, reported", [
    # words said, or the day's work done, within the frame of the meeting ("trong khuôn khổ"): the meeting they were
    # said or done at, undated, what the article reports (22383662, dantri news_education_084)
    ("Hội nghị G7 thông qua tuyên bố chung về chống chủ nghĩa khủng bố\n"
     "Những người đứng đầu Nhà nước và Chính phủ nhóm G7 đã thông qua một tuyên bố chung về đấu tranh chống chủ nghĩa "
     "khủng bố và bạo lực cực đoan trên toàn cầu.\n"
     "Các nhà lãnh đạo G7 chụp ảnh chung. (Nguồn: Reuters) Kết thúc ngày làm việc đầu tiên trong khuôn khổ Hội nghị "
     "Thượng đỉnh nhóm các nước công nghiệp phát triển G7 tại thành phố Taormina trên đảo Sicily, Italy, những người "
     "đứng đầu Nhà nước và Chính phủ nhóm G7 đã thông qua một tuyên bố chung về đấu tranh chống chủ nghĩa khủng bố.",
     "hội nghị", True),
    ("Covid-19 là cơ hội ngàn năm có một cho người trẻ về nước khởi nghiệp\n"
     "Đó là gợi ý được TS. Trần Việt Hùng, TS. Vũ Duy Thức và GS. Vũ Ngọc Tâm - 3 diễn giả người Việt nổi tiếng về "
     "khởi nghiệp tại Mỹ chia sẻ trong khuôn khổ hội thảo trực tuyến Hack4Growth Kick-off 2021 được tổ chức mới đây.\n"
     "Đây là chương trình khởi động cho cuộc thi Đổi mới sáng tạo Hack4Growth tại Úc năm 2021.",
     "hội thảo", True),
    # the lead's quoted words, then their speaker's verb set at the meeting: the meeting is the report (22276459)
    ("Chứng khoán cần trở thành kênh huy động vốn chủ lực cho doanh nghiệp\n"
     "“TTCK cần trở thành kênh huy động vốn chủ lực cho doanh nghiệp, chứ doanh nghiệp không nên phụ thuộc quá nhiều "
     "vào các nguồn vốn khác, như vốn ngân hàng thương mại”, Chủ tịch HĐQT FLC, FLC Faros Trịnh Văn Quyết chia sẻ tại "
     "Hội thảo \"Chọn chiến lược đầu tư tối ưu thời chứng khoán bùng nổ\".\n"
     "Hội thảo thu hút sự tham gia hơn 500 nhân sự cấp cao từ các quỹ đầu tư, doanh nghiệp bất động sản, ngân hàng.",
     "hội thảo", True),
    # ... not what a sitting decided within its frame: a law's history, named in passing (22733401's sentence)
    ("Công bố 6 luật mới\n"
     "Các luật gồm Luật Du lịch, Luật Thủy lợi và Luật Đường sắt. Đây là các Luật đã được thông qua trong khuôn khổ "
     "Kỳ họp thứ 3, Quốc hội khóa XIV.",
     "kỳ họp", False),
])
def test_a_meeting_the_words_or_the_days_work_were_within(text, kind, reported):
    found = detect_titled(text)
    assert found.is_event is reported
    if reported:
        assert found.kind == kind


@pytest.mark.parametrize("text, found", [
    # "dẫn" in another word is no report: "hướng dẫn", "hấp dẫn", "chỉ dẫn", "đường dẫn", "ống dẫn", "dẫn đến"
    ("sở gd&đt ngày 10/7 hướng dẫn các trường", None),
    ("chương trình ngày 5/6 rất hấp dẫn", None),
    ("theo chỉ dẫn của ban tổ chức", None),
    ("nhấn vào đường dẫn", None),
    ("sự cố vỡ ống dẫn nước", None),
    ("điều này có thể dẫn đến các hệ lụy bất lợi", None),
    # ... but the report verb kept: "dẫn lời", "dẫn nguồn", "dẫn hai nguồn tin"
    ("hãng tin reuters dẫn lời một quan chức", "dẫn"),
    ("báo izvestia ngày 11-7 dẫn nguồn tin riêng", "dẫn"),
    ("the washington post ngày 15-5 dẫn hai nguồn tin quan chức mỹ", "dẫn"),
])
def test_reported_leaves_out_dan_in_other_words(text, found):
    from libmeet.parse.detect import _REPORTED
    m = _REPORTED.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text", [
    # bench 22558942 (seed-202b E26): the day opens an interview given to a paper, the meeting has none of its own
    "Tàu vỏ thép: Nhà máy đóng tàu và doanh nghiệp bán máy đổ lỗi cho nhau\nNgày 18-6, trao đổi với Pháp Luật TP.HCM, "
    "ông Phan Trọng Hổ, Giám đốc Sở NN&PTNT tỉnh Bình Định, cho biết vừa họp tổ thẩm định độc lập do UBND tỉnh thành "
    "lập để đôn đốc, đẩy nhanh tiến độ thẩm định 17 tàu vỏ thép bị hư hỏng.",
    # bench 21484315 (seed-212b E28): the day of the words told to a reporter
    "Học sinh bị bỏng trong giờ thí nghiệm\nTrước sự việc này, chia sẻ với phóng viên báo Kinh tế & Đô thị chiều 7/2, "
    "bà Nguyễn Thị Bích Loan cho biết, ngay sau khi sự cố hy hữu xảy ra, Ban giám hiệu đã tiến hành họp để xử lý vụ "
    "việc với sự có mặt của học sinh, phụ huynh, giáo viên chủ nhiệm và giáo viên bộ môn.",
    # bench 22707462 (seed-218b E35): the day an outlet reported it
    "Ấn Độ cấp trang thiết bị quân sự trị giá hàng tỷ USD cho Israel\nẤn Độ đã ký 12 thỏa thuận với đối tác phía "
    "Israel cung cấp các hệ thống tên lửa phòng không, radar, tên lửa chống hạm và máy bay không người lái (UAV).\n"
    "Tên lửa Agni-IV của Ấn Độ. Ảnh minh họa. (Nguồn: AFP/TTXVN) Ngày 8/7, mạng tin quốc phòng Ấn Độ đưa tin trong "
    "một diễn đàn mới "
    "được tổ chức tại thủ đô Tel Aviv của Israel, các công ty sản xuất và cung cấp trang thiết bị quốc phòng Ấn Độ đã "
    "ký 12 thỏa thuận với đối tác phía Israel.",
    # bench 21486224 (seed-214b E27): a paper, the subject, and its reporting verb after the day
    "Mỹ muốn triển khai tàu khu trục Zumwalt ở Hàn Quốc\nTờ The Korea Herald Hàn Quốc ngày 6 tháng 2 cho hay Đô đốc "
    "Harry Harris đưa ra quan điểm trên khi tiến hành hội đàm với quan chức Hàn Quốc ở Hawaii.",
])
def test_a_meeting_whose_only_day_is_the_press_is_no_dated_report(text):
    found = detect_titled(text)
    assert not found.is_event or found.undated


@pytest.mark.parametrize("text", [
    # the source, then a comma: the day is the meeting's
    "Hội đàm Việt - Trung\nTheo phóng viên TTXVN tại Bắc Kinh, ngày 14/5, Chủ tịch nước Trần Đại Quang đã hội đàm với "
    "Chủ tịch Trung Quốc Tập Cận Bình.",
    # the agency's correspondent's dateline is the day of what is reported
    "Ấn Độ phát triển 10 lò phản ứng\nPhóng viên TTXVN tại New Delhi ngày 17/5 cho biết, nội các nước này đã họp dưới "
    "sự chủ trì của Thủ tướng Narendra Modi và thông qua dự án phát triển 10 lò phản ứng điện hạt nhân.",
])
def test_a_day_after_the_source_and_a_comma_or_a_dateline_is_still_the_meetings(text):
    assert detect_titled(text).is_event


@pytest.mark.parametrize("text, only", [
    # bench 21494599: the paper, the subject, and its reporting verb after the day
    ("Tờ Phnom Penh Post ngày 6-2 dẫn thông cáo báo chí từ Đại sứ quán Nhật tại Campuchia cho biết.", True),
    # "dẫn" in a word of its own is no reporting verb ("dẫn đến", "dẫn tới": a cause, as _REPORTED reads it)
    ("Kênh Nhiêu Lộc ngày 6-2 dẫn tới tình trạng ngập, tại cuộc họp UBND TP đã yêu cầu xử lý.", False),
    ("Báo Nhân Dân ngày 6-2 dẫn đến buổi họp những ý kiến của cử tri.", False),
    # nor a press noun that is part of another word: a report to be approved ("tờ trình"), Taiwan ("Đài Loan")
    ("Theo Tờ trình số 469/TTr-CP ngày 06/10/2015 của Chính phủ, Quốc hội đã họp thảo luận.", False),
    ("Bộ Quốc phòng Đài Loan ngày 12/7 cho biết quân đội đã họp bàn kế hoạch diễn tập.", False),
])
def test_only_the_press_days_are_the_press(text, only):
    from libmeet.parse.detect import _press_days_only
    doc = Doc.from_raw(text)
    assert _press_days_only(doc, 0, len(doc.text)) == only



#: bench passages where a leader meets another, told by the verb in the dated lead, then "cuộc gặp"
MET_BY_THE_VERB = {
    "22406102": (
        "Ông Putin gặp ông Macron, kỷ niệm 300 năm quan hệ Nga - Pháp\nNgày 29/5, Tổng thống Nga Vladimir Puti"
        "n gặp người đồng cấp Emmanuel Macron tại Paris và tham gia cuộc trò chuyện từng được ông Macron dự đ"
        'oán sẽ "căng thẳng".\nTổng thống Nga có mặt tại Cung điện Versailles vào ngày 29/5 để gặp tân tổng th'
        "ống Pháp. Đây là cuộc gặp đầu tiên giữa hai nhà lãnh đạo. Mọi ánh mắt đổ dồn vào màn bắt tay giữa ha"
        "i nhà lãnh đạo bởi trước đó, trong cuộc gặp đầu tiên với Tổng thống Mỹ Donald Trump, ông Macron gây "
        "chú ý khi bắt tay ông Trump rất chặt và lâu."
    ),
    "22656406": (
        "Chủ tịch nước Trần Đại Quang gặp Thống đốc Saint Petersburg\nChiều 1/7 theo giờ địa phương, Chủ tịch "
        "nước Trần Đại Quang đã gặp Thống đốc Saint Petersburg Georgy Pontavchenko tại Tòa thị chính Smolny.\n"
        "Chủ tịch nước Trần Đại Quang gặp Thống đốc thành phố Saint Peterburg Pontavchenko. (Ảnh: Nhan Sáng /"
        "TTXVN) Theo đặc phái viên TTXVN, chiều 1/7 theo giờ địa phương (tối cùng ngày theo giờ Hà Nội), tiếp"
        " tục các hoạt động trong chuyến thăm chính thức Liên bang Nga, tại thành phố Saint Petersburg, Chủ t"
        "ịch nước Trần Đại Quang đã gặp Thống đốc Saint Petersburg Pontavchenko tại Tòa thị chính Smolny. Cuộ"
        "c gặp có sự tham dự của đại diện một số doanh nghiệp hàng đầu thành phố Saint Petersburg."
    ),
    "22534093": (
        "Mỹ bán máy bay chiến đấu tỷ USD cho Qatar giữa khủng hoảng\nLầu Năm Góc đã đạt được thỏa thuận với Bộ"
        " Quốc phòng Qatar về việc bán 15 máy bay chiến đấu trị giá 12 tỷ USD giữa lúc Qatar bị các nước láng"
        " giềng cô lập.\nNgười phát ngôn Lầu Năm Góc cho biết Bộ trưởng Quốc phòng Mỹ James Mattis đã gặp ngườ"
        "i đồng cấp Qatar Khalid al-Attiyah hôm 14/6 và thảo luận những bước cuối cùng về việc Qatar mua 15 m"
        'áy bay F-15 do Mỹ sản xuất. "Hợp đồng trị giá 12 tỷ USD sẽ trao cho Qatar năng lực ở mức cao nhất, t'
        'ăng cường hợp tác an ninh và liên kết quân sự giữa Mỹ và Qatar", CNN dẫn lời trung tá Roger Cabiness'
        '. "Hai vị bộ trưởng cũng đã thảo luận về những lợi ích an ninh chung, bao gồm hiện trạng cuộc chiến '
        "chống tổ chức Nhà nước Hồi giáo tự xưng (IS) và tầm quan trọng của việc xuống thang căng thẳng để cá"
        'c bên tại Vùng Vịnh có thể tập trung cho những bước tiếp theo tiến tới mục tiêu chung", ông Cabiness'
        " cho biết. Thỏa thuận mua bán máy bay chiến đấu cho thấy một tín hiệu quan trọng của việc Mỹ ủng hộ "
        "Qatar khi quốc gia Vùng Vịnh đang đối mặt với tình cảnh bị các nước láng giềng cắt đứt liên lạc giao"
        " thông, thương mại. Bộ trưởng Quốc phòng Mỹ James Mattis (trái) và Bộ trưởng Quốc phòng Qatar Khalid"
        " al-Attiyah trong một cuộc gặp. Ảnh: Reuters."
    ),
}


@pytest.mark.parametrize("doc_id, name, day", [
    ("22406102", "gặp người đồng cấp Emmanuel Macron", "Ngày 29/5"),  # "Đây là cuộc gặp đầu tiên ..."
    ("22656406", "gặp Thống đốc Saint Petersburg Georgy Pontavchenko", "Chiều 1/7"),  # "đã gặp"; "Cuộc gặp có ..."
    ("22534093", "gặp người đồng cấp Qatar Khalid al-Attiyah", "hôm 14/6"),  # the day after the verb; a caption
])
def test_a_leader_met_by_the_verb_in_a_dated_lead_then_told_as_cuoc_gap_is_the_meeting(doc_id, name, day):
    doc = Doc.from_raw(MET_BY_THE_VERB[doc_id])
    found = detect(doc, title=doc.text.split("\n")[0])
    assert found.is_event and found.kind == "cuộc gặp" and found.name == name
    assert day in doc.text[max(0, found.anchor - 120):found.anchor + 120]


@pytest.mark.parametrize("doc_id, old, new", [
    ("22406102", "Putin gặp người", "Putin sẵn sàng gặp người"),  # only wished for ("nói sẵn sàng gặp Tổng thống Mỹ")
    ("22406102", "Putin gặp người", "Putin sẽ gặp người"),  # a plan
    ("22656406", "Cuộc gặp có", "Buổi làm việc có"),  # not told again as "cuộc gặp"
    ("22656406", "gặp Thống đốc", "gặp ông"),  # the guest with no title
])
def test_a_meeting_by_the_verb_wished_planned_or_not_told_again_is_no_report(doc_id, old, new):
    text = MET_BY_THE_VERB[doc_id].replace(old, new)
    assert not detect_titled(text).is_event


def test_a_meeting_by_the_verb_is_told_by_the_verb_alone():
    # (the mention is the verb, not "đã gặp người đồng cấp" nor "gặp " with its space)
    for doc_id in ("22406102", "22656406", "22534093"):
        doc = Doc.from_raw(MET_BY_THE_VERB[doc_id])
        found = detect(doc, title=doc.text.split("\n")[0])
        assert [doc.text[a:b] for a, b in found.spans["kind"]] == ["gặp"]


#: bench passages where two leaders meet each other, both before the verb ("gặp mặt", "gặp nhau") in the dated lead,
#: then the article tells "cuộc gặp"
MET_TOGETHER = {
    "22705640": (
        "Trump muốn nói gì khi bắt tay Putin theo cách này?\nMàn bắt tay của hai lãnh đạo Mỹ và Nga có cử chỉ khác"
        " hẳn so với màn chào hỏi của ông Trump với nhiều nhà lãnh đạo trước đó.\nVideo Tổng thống Mỹ Donald Trum"
        "p bắt tay Tổng thống Nga Vladimir Putin  Ngày 7.7, Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimi"
        "r Putin lần đầu tiên gặp mặt tại Hội nghị thượng đỉnh G20 ở Hamburg, Đức. Như thường lệ, cuộc gặp mặt g"
        "iữa hai nhà lãnh đạo bắt đầu với một cái bắt tay. “Với cuộc gặp đầu tiên, Trump khá dè chừng. Ông ấy đa"
        "ng theo dõi mọi thứ”."
    ),
    "22714810": (
        "Trump, Putin bàn về chống tin tặc can thiệp bầu cử\nÔng Trump cho biết đã thảo luận với người đồng cấp Pu"
        "tin về một đơn vị an ninh mạng chống lại can thiệp bầu cử.\nTổng thống Nga Putin và Tổng thống Mỹ Trump "
        "gặp nhau hôm 7/7 tại Đức. Ảnh: Reuters Tổng thống Mỹ Donald Trump hôm qua cho biết trên tài khoản mạng x"
        "ã hội Twitter rằng ông đã hai lần hỏi Tổng thống Nga Vladimir Putin về cáo buộc Moscow can thiệp bầu cử,"
        " theo Reuters. Trump cho biết sau cuộc gặp trực tiếp đầu tiên với Putin hôm 7/7 bên lề Hội nghị thượng "
        "đỉnh G20, ông cho rằng hiện tại là lúc làm việc một cách xây dựng với Moscow."
    ),
}


@pytest.mark.parametrize("old, new", [
    # review 42b: the adverbs the second one may take before the verb ("cũng", "đã", "vừa", "lần đầu tiên")
    ("Putin lần đầu tiên gặp mặt", "Putin đã gặp mặt"),
    ("Putin lần đầu tiên gặp mặt", "Putin cũng đã gặp mặt"),
    ("Putin lần đầu tiên gặp mặt", "Putin vừa gặp mặt"),
    # review 42c: a country's name with a word in lower case ("Liên bang Nga", "nước Nga")
    ("Tổng thống Nga Vladimir Putin", "Tổng thống Liên bang Nga Vladimir Putin"),
    ("Tổng thống Nga Vladimir Putin", "Tổng thống nước Nga Vladimir Putin"),
])
def test_two_leaders_met_together_with_an_adverb_before_the_verb_are_met(old, new):
    from libmeet.parse.detect import _met_in_lead
    text = MET_TOGETHER["22705640"].replace(old, new)
    assert new in text
    assert _met_in_lead(Doc.from_raw(text), text.split("\n")[0]) is not None


@pytest.mark.parametrize("doc_id, verb, day, variants", [
    ("22705640", "gặp", "Ngày 7.7", [
        ("lần đầu tiên gặp mặt", "sẽ gặp mặt"),  # a plan
        ("Putin lần đầu tiên gặp mặt tại", "Putin lần đầu tiên gặp mặt cộng đồng người Việt tại"),  # others met
        ("Tổng thống Mỹ Donald Trump và", "ông Trump và"),  # one leader's title only
        ("Với cuộc gặp đầu tiên", "Với màn bắt tay"),  # not told again as "cuộc gặp"
        # review 42b: the second one only a title and a name, then the adverbs: no verb of not meeting between
        ("Putin lần đầu tiên gặp mặt", "Putin từ chối gặp mặt"),
        ("Putin lần đầu tiên gặp mặt", "Putin có thể gặp mặt"),
        ("Putin lần đầu tiên gặp mặt", "Putin tránh gặp mặt"),
        ("Putin lần đầu tiên gặp mặt", "Putin dự kiến gặp mặt"),
        ("Putin lần đầu tiên gặp mặt", "Putin muốn gặp mặt"),
        ("Putin lần đầu tiên gặp mặt", "Putin bày tỏ mong muốn được gặp mặt"),
    ]),
    ("22714810", "gặp", "hôm 7/7", [
        ("Trump gặp nhau hôm", "Trump không gặp nhau hôm"),  # not held (detect_met_not_held.txt)
        ("sau cuộc gặp trực tiếp", "sau buổi trò chuyện trực tiếp"),
    ]),
])
def test_two_leaders_met_together_by_the_verb_in_a_dated_lead_then_told_as_cuoc_gap_is_the_meeting(
        doc_id, verb, day, variants):
    from libmeet.parse.detect import _met_in_lead
    text = MET_TOGETHER[doc_id]
    doc = Doc.from_raw(text)
    found = detect(doc, title=text.split("\n")[0])
    assert found.is_event and found.kind == "cuộc gặp"
    assert [doc.text[a:b] for a, b in found.spans["kind"]] == [verb]
    assert day in doc.text[max(0, found.anchor - 120):found.anchor + 120]
    for old, new in variants:
        changed = text.replace(old, new)
        assert new in changed
        assert _met_in_lead(Doc.from_raw(changed), changed.split("\n")[0]) is None, new


@pytest.mark.parametrize("doc_id, old, new", [
    # a day ahead with its year: "Ngày 29/5/2018 tới"
    ("22406102", "Ngày 29/5,", "Ngày 29/5/2018 tới,"),
    # told again only as a fan meeting ("Kang Tae Oh có buổi gặp gỡ người hâm mộ Việt") or a press conference
    ("22656406", "Cuộc gặp có", "Buổi gặp gỡ người hâm mộ có"),
    ("22656406", "Cuộc gặp có", "Buổi gặp gỡ truyền thông có"),
    # ... or in a link to another story
    ("22656406", "Cuộc gặp có sự tham dự",
     "[Cuộc gặp của Chủ tịch nước với Tổng thống Putin] Buổi làm việc có sự tham dự"),
    # ... or far past the lead
    ("22656406", "Cuộc gặp có", "Buổi làm việc có" + " Đoàn đã thăm thành phố." * 150 + " Cuộc gặp có"),
])
def test_a_meeting_by_the_verb_ahead_or_not_told_again_as_cuoc_gap_is_not_met(doc_id, old, new):
    from libmeet.parse.detect import _met_in_lead
    text = MET_BY_THE_VERB[doc_id].replace(old, new)
    assert new in text
    doc = Doc.from_raw(text)
    assert _met_in_lead(doc, text.split("\n")[0]) is None


@pytest.mark.parametrize("before, frame", [
    ("các nhà đầu tư tiếp tục phản ứng tích cực trước biên bản ", True),
    ("chúng tôi không ký biên bản ", False),
    # (review) the minutes signed "vào"
    ("chúng tôi không ký vào biên bản ", False),
])
def test_the_minutes_of_another_meeting_frame_it_not_those_signed(before, frame):
    from libmeet.parse.detect import _TIME_FRAME
    found = _TIME_FRAME.search(before)
    try:
        from libmeet.parse.detect import _in_time_frame
    except ImportError:  # (the base's single pattern)
        assert bool(found) is frame
    else:
        assert _in_time_frame(before) is frame


@pytest.mark.parametrize("text", [
    # bench 22455670 (seed-224b E24): a memoir for an anniversary quotes the papers of a 1990 conference
    ("Chủ nghĩa nhân văn Hồ Chí Minh luôn tỏa sáng\nKỷ niệm ngày Bác ra đi tìm đường cứu nước, tôi nhớ lại một cuộc "
     "gặp của hai học trò giỏi của Chủ tịch Hồ Chí Minh. Nên giờ tôi xin trích các bài tham luận của các vị tại Hội "
     "thảo quốc tế “Chủ tịch Hồ Chí Minh - anh hùng giải phóng dân tộc Việt Nam, Nhà văn hóa lớn”, được tổ chức trong "
     "hai ngày 29 và 30-3-1990. Đại tướng Võ Nguyên Giáp, khi ấy là Phó Chủ tịch Hội đồng Bộ trưởng, là người đọc báo "
     "cáo khai mạc hội thảo."),
    # bench 21479216: a portrait told in archive photos, the Central Committee's special sitting of 1986
    ("Hình ảnh tư liệu về đồng chí Trường Chinh - Tổng Bí thư của 'Đổi mới'\nTrường Chinh là một nhà lãnh đạo nghiêm "
     "cẩn, rất coi trọng lý luận. (Ảnh tư liệu) Ngày 14/7/1986, Ban chấp hành Trung ương Đảng họp phiên đặc biệt, bầu "
     "ông Trường Chinh làm Tổng Bí thư, lúc này chỉ còn 5 tháng là đến Đại hội VI."),
])
def test_a_meeting_a_decade_before_the_collection_date_in_a_retelling_is_history(text):
    found = crawled(text)
    assert found.reason is not None and "history, not news" in found.reason


def test_an_old_meeting_with_no_words_of_a_retelling_is_not_set_aside_as_history():
    """Without a word of a retelling, an old article collected years later keeps its meeting."""
    found = crawled("Hội thảo về cải cách hành chính\nNgày 29/3/1990, tại Hà Nội, Bộ Tư pháp tổ chức hội thảo về cải "
                    "cách hành chính. Bộ trưởng phát biểu khai mạc hội thảo.")
    assert "history, not news" not in (getattr(found, "reason", None) or "")


@pytest.mark.parametrize("text, day", [
    # seed-225 S8 (bench 22488518): the Assembly's debate told by its bare verb opening the sentence, then its day
    ("Bộ trưởng Trương Quang Nghĩa: Sẽ hoàn thành nhà ga T4 Tân Sơn Nhất năm 2019\nNhiều đại biểu quan tâm đến việc "
     "mở rộng sân bay Tân Sơn Nhất. Thảo luận việc bồi thường, hỗ trợ, tái định cư dự án Cảng hàng không quốc tế Long "
     "Thành ngày 8/6, đại biểu Quốc hội đoàn TP HCM Trần Anh Tuấn cho rằng, dự án này khó đảm bảo tiến độ.", (8, 6)),
    # bench 22473362: "Thảo luận góp ý", the topic after the day, "một số ĐBQH" speaking
    ("Cán bộ 'tâm tư' vì Chánh án TAND tối cao không có tiêu chuẩn cảnh vệ\nThảo luận góp ý tại Quốc hội chiều 06/06 "
     "về dự thảo Luật Cảnh vệ, một số ĐBQH cho rằng nên bổ sung chức danh Chánh án Tòa án Nhân dân Tối cao vào đối "
     "tượng được bảo vệ bởi lực lượng cảnh vệ. Đại biểu Trịnh Ngọc Thúy (TP.HCM) cho biết đa số cử tri nơi đại biểu "
     "công tác đều đồng tình.", (6, 6)),
])
def test_a_debate_told_by_its_bare_verb_opening_on_its_day_and_its_deputies_is_a_sitting(text, day):
    found = crawled(text)
    assert found.kind == "phiên họp" and (found.start_date.day, found.start_date.month) == day


@pytest.mark.parametrize("text", [
    # talk, not a sitting: the verb inside the sentence, or no deputies speaking after the day
    "Hai bộ trưởng thảo luận về hợp tác kinh tế\nNgày 8/6, hai bộ trưởng đã thảo luận về hợp tác kinh tế song phương.",
    "Doanh nghiệp bàn về thuế\nThảo luận về chính sách thuế ngày 8/6, nhiều doanh nghiệp cho rằng cần giảm thuế.",
])
def test_a_bare_thao_luan_that_is_talk_names_no_sitting(text):
    found = crawled(text)
    assert getattr(found, "kind", None) != "phiên họp"


@pytest.mark.parametrize("text, day", [
    # seed-249 S24 (bench 22403743): the explanatory report laid before the Assembly, "tại hội trường Quốc hội"
    ("Đề nghị bổ sung 'hành vi làm tổn hại đến thể diện quốc gia'\nCó ý kiến đề nghị bổ sung nội dung \"các hành vi làm "
     "tổn hại đến danh dự và thể diện quốc gia\" vào Luật Du lịch (sửa đổi). Chiều 29/5, Ủy viên Ủy ban Thường vụ Quốc "
     "hội, Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội - Phan Thanh Bình đã "
     "trình bày Báo cáo giải trình, tiếp thu, chỉnh lý dự án Luật Du lịch (sửa đổi) tại hội trường Quốc hội.", (29, 5)),
    # bench 22400983: a bill presented "trước Quốc hội", the sentence opening on its day
    ("Luật tố cáo: Cần xét thư nặc danh, nếu có chứng cứ\nCó luồng ý kiến cho rằng nếu Luật quy định việc giải quyết tố "
     "cáo nặc danh sẽ gây khó khăn cho các cơ quan nhà nước. Sáng 29-5, Tổng Thanh tra Chính phủ Phan Văn Sáu trình bày "
     "Tờ trình dự án Luật tố cáo (sửa đổi) trước Quốc hội. Theo ông Sáu, dự luật gồm 9 chương với 64 điều.", (29, 5)),
    # bench 22539074: the explanation opening the sentence, its day after the floor
    ("Phó TT Trương Hòa Bình nói gì về xử lý 12 dự án 'đắp chăn, đắp chiếu'?\nBáo cáo giải trình trước Quốc hội chiều "
     "15/6, Phó Thủ tướng Trương Hòa Bình cho hay, Chính phủ đang tiến hành rà soát, xử lý dứt điểm tồn tại, yếu kém của "
     "doanh nghiệp nhà nước.", (15, 6)),
    # seed-247 S29 (bench 22357153): the explanatory report alone names the floor
    ("Trình Quốc hội 2 phương án về độ tuổi chịu trách nhiệm hình sự\nNgày 24/5, Chủ nhiệm Ủy ban Tư pháp Lê Thị Nga "
     "báo cáo giải trình, tiếp thu, chỉnh lý dự thảo Luật sửa đổi, bổ sung một số điều của Bộ Luật hình sự số "
     "100/2015/QH13.", (24, 5)),
    # bench 22399061: the Assembly hearing the bill, its day between
    ("Dự thảo Luật Tố cáo không chấp nhận đơn tố cáo nặc danh\nTiếp tục chương trình nghị sự, Quốc hội (QH) sáng 29-5 "
     "nghe trình bày tờ trình và báo cáo thẩm tra về dự án Luật Tố cáo (sửa đổi). Theo Chủ nhiệm Ủy ban Pháp luật của QH "
     "Nguyễn Khắc Định đa số thành viên Ủy ban Pháp luật tán thành với dự thảo Luật.", (29, 5)),
    # working fw4 22526618: the sentence also names a working session the explanation tells of ("làm việc với"), a
    # kind that is no sitting: the floor still tells the sitting
    # review of 4a09909: a kind told before the floor is what the answer is about; the day after the floor is its own
    ("Bộ trưởng trả lời về cam kết COP21\nTrả lời về cam kết tại hội nghị COP21 tại nghị trường sáng 5/6, Bộ trưởng "
     "Trần Hồng Hà cho biết Bộ đã yêu cầu các địa phương rà soát kế hoạch.", (5, 6)),
    ("Phó Thủ tướng Vũ Đức Đam: Đà Nẵng rút dự án Sơn Trà, Chính phủ hoan nghênh\nChiều 13.6, tham gia giải trình thêm "
     "về Quy hoạch tổng thể khu du lịch quốc gia Sơn Trà tại nghị trường, Phó Thủ tướng Vũ Đức Đam cho biết, ông đã yêu "
     "cầu lãnh đạo TP.Đà Nẵng làm việc với Hiệp hội Du lịch để trao đổi, đi đến đồng thuận các vấn đề liên quan.", (13, 6)),
])
def test_a_report_laid_before_the_assembly_on_its_day_in_the_lead_is_its_sitting(text, day):
    found = crawled(text)
    assert found.kind == "phiên họp" and found.name == "phiên họp"
    assert (found.start_date.day, found.start_date.month) == day


#: a report laid before the Assembly in its lead, as above (bench 22400983), for the pairs below
_LAID_BEFORE = ("Luật tố cáo: Cần xét thư nặc danh\nSáng 29-5, Tổng Thanh tra Chính phủ Phan Văn Sáu trình bày Tờ trình "
                "dự án Luật tố cáo (sửa đổi) trước Quốc hội. Theo ông Sáu, dự luật gồm 9 chương với 64 điều.")


@pytest.mark.parametrize("text", [
    # bench 22461764: a report's contents told through it ("Trong báo cáo ..., do ... trình bày trước Quốc hội")
    ("Mỗi ngày có gần 200 người chết vì ung thư ở Việt Nam\nBáo cáo giám sát của Quốc hội cho biết mỗi năm có khoảng "
     "70.000 người chết vì bệnh ung thư. Trong báo cáo giám sát việc thực hiện chính sách, pháp luật về an toàn thực phẩm "
     "giai đoạn 2011-2016, do Chủ nhiệm Ủy ban Khoa học Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng trình bày "
     "trước Quốc hội ngày 5/6, tình hình ngộ độc thực phẩm được phản ánh là diễn ra khá nghiêm trọng."),
    # bench 22403647: one deputy's view ("khi cho ý kiến ... tại hội trường Quốc hội"), no report presented
    ("Xếp hạng cơ sở lưu trú du lịch phải tránh việc 'chạy sao'\nĐó là ý kiến của Đại biểu Vũ Thị Nguyệt (Hưng Yên) khi "
     "cho ý kiến về dự án Luật Du lịch (sửa đổi) tại hội trường Quốc hội chiều 29.5."),
    # bench 21478658: another country's parliament, still ahead
    ("Chủ tịch Hạ viện Anh tuyên bố sẽ ngăn ông Trump phát biểu trước quốc hội Anh\nChủ tịch Hạ viện Anh John Bercow "
     "ngày 6/2 bất ngờ đưa ra tuyên bố sẽ ngăn không để cho Tổng thống Mỹ Donald Trump phát biểu trước Quốc hội Anh."),
    # a report to be presented: still ahead
    ("Thống đốc sẽ giải trình về nợ xấu\nSáng 7/6, Thống đốc Ngân hàng Nhà nước sẽ giải trình trước Quốc hội về dự "
     "thảo Nghị quyết xử lý nợ xấu."),
    # review of b60b2e8: the day written after another meeting the answer tells of is that meeting's, not the floor's
    ("Bộ trưởng Giao thông trả lời về phí BOT\nTrả lời tại nghị trường, Bộ trưởng Nguyễn Văn Thể cho biết tại cuộc họp "
     "của Chính phủ ngày 5.6, Thủ tướng đã yêu cầu rà soát toàn bộ các trạm thu phí."),
    ("Bộ trưởng Giao thông trả lời về phí BOT\nTrả lời tại nghị trường, Bộ trưởng Nguyễn Văn Thể cho biết tại buổi làm "
     "việc với các nhà đầu tư ngày 5.6, Bộ đã yêu cầu rà soát toàn bộ các trạm thu phí."),
])
def test_the_assemblys_floor_told_otherwise_is_no_sitting(text):
    """Beside a report laid before the Assembly on its day (a sitting), the floor told as a report's source, one
    deputy's view, another parliament's or a plan is none."""
    assert crawled(_LAID_BEFORE).kind == "phiên họp"
    assert getattr(crawled(text), "kind", None) != "phiên họp"


@pytest.mark.parametrize("title", [
    # review 80: a bare "thảo luận" is talk wherever it is not a sentence's opener: no kind in a title
    "Mỹ và Trung Quốc thảo luận về thương mại",
    "Hai bộ trưởng thảo luận hợp tác quốc phòng",
])
def test_a_bare_thao_luan_in_a_title_names_no_kind(title):
    from libmeet.parse.detect import _cores, _title_kinds
    assert _title_kinds(title) == set() and "thảo luận" not in _cores()


@pytest.mark.parametrize("text, name, edition", [
    # a Party Central Committee's plenum told by its number after "Trung ương"
    ("Bế mạc Hội nghị Trung ương 5 chiều nay, 10/5, Tổng Bí thư Nguyễn Phú Trọng đề cập việc Trung ương quyết định thi "
     "hành kỷ luật cảnh cáo.", "Hội nghị Trung ương 5", 5),
    ("Ngày 19/5, Ban Chấp hành Trung ương Đảng Cộng sản Cuba ra thông cáo cho biết tại Hội nghị Trung ương III của "
     "Đảng Cộng sản Cuba, các đại biểu đã thông qua 3 văn kiện.", "Hội nghị Trung ương III của Đảng Cộng sản Cuba", 3),
    # a body told meeting with its verb and the sitting's ordinal
    ("Từ ngày 15 đến 17/5, Ủy ban Thường vụ Quốc hội khóa XIV đã họp phiên thứ 10 tại Hà Nội dưới sự chủ tọa của Chủ "
     "tịch Quốc hội Nguyễn Thị Kim Ngân.", "họp phiên thứ 10", 10),
    ("Sáng 27/6, Đoàn giám sát của Quốc hội về việc thực hiện chính sách, pháp luật về cải cách tổ chức bộ máy hành "
     "chính nhà nước giai đoạn 2011 – 2016 đã họp phiên thứ hai, nghe Chính phủ báo cáo.", "họp phiên thứ hai", 2),
    ("Từ ngày 27 - 30/6, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15. Ủy viên Bộ Chính trị, Bí thư Trung "
     "ương Đảng Trần Quốc Vượng chủ trì kỳ họp.", "họp kỳ thứ 15", 15),
])
def test_the_edition_of_a_plenum_by_its_number_and_of_a_sitting_told_with_the_verb(text, name, edition):
    found = detect(Doc.from_raw(text))
    assert found.is_event and (found.name, found.edition) == (name, edition)


@pytest.mark.parametrize("text, edition", [
    ("Phiên họp thứ 10, Ủy ban Thường vụ Quốc hội: Cơ bản hoàn tất khâu chuẩn bị Kỳ họp thứ 3\nPhiên họp thứ 10 của Ủy "
     "ban Thường vụ Quốc hội khóa XIV để cho ý kiến về việc chuẩn bị Kỳ họp thứ 3 của Quốc hội. Ảnh: Trọng Đức - TTXVN "
     "Sáng 17/5, Ủy ban Thường vụ Quốc hội cho ý kiến về việc chuẩn bị Kỳ họp thứ 3 của Quốc hội. Tổng Thư ký Quốc "
     "hội, Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh Phúc cho biết tại phiên họp: công tác chuẩn bị cơ bản hoàn "
     "thành.", 10),
    ("Khai mạc kỳ họp thứ 3, Quốc hội khóa 14\nSáng nay 22/5, Quốc hội khai mạc kỳ họp tại Nhà Quốc hội. Phiên khai "
     "mạc kỳ họp bắt đầu lúc 9 giờ sáng nay.", 3),
])
def test_a_sitting_named_by_its_bare_noun_takes_the_ordinal_the_title_gives_that_noun(text, edition):
    doc = Doc.from_raw(text)
    found = detect(doc, title=text.split("\n")[0])
    assert found.is_event and found.edition == edition, (found.kind, found.name, found.edition)


def test_a_sitting_without_a_name_keeps_no_ordinal_from_the_title():
    # review of m155: a sitting found with no name is left as found (no TypeError from folding None)
    from dataclasses import replace
    from libmeet.parse.detect import _edition_from_title
    text = ("Phiên họp thứ 10, Ủy ban Thường vụ Quốc hội: Cơ bản hoàn tất khâu chuẩn bị\nSáng 17/5, Ủy ban Thường vụ "
            "Quốc hội họp phiên họp để cho ý kiến về việc chuẩn bị Kỳ họp thứ 3 của Quốc hội.")
    doc = Doc.from_raw(text)
    found = replace(detect(doc), kind="phiên họp", name=None, edition=None)
    assert _edition_from_title(doc, text.split("\n")[0], found) == found


@pytest.mark.parametrize("text, edition", [
    ("Theo phóng viên TTXVN tại Thái Lan, ngày 5/7, Hội nghị các quan chức cấp cao của Hiệp hội các quốc gia Đông Nam "
     "Á-Liên minh châu Âu (ASEAN-EU) lần thứ 24 đã được tổ chức tại Bangkok.", 24),
    ("Sáng 20/5, tại Trung tâm hội nghị Quốc gia, Hội nghị các Bộ trưởng Phụ trách Thương mại (MRT) lần thứ 23 đã "
     "chính thức khai mạc với sự tham dự của các Bộ trưởng.", 23),
])
def test_the_edition_after_the_bracketed_short_name_that_ends_the_name(text, edition):
    found = detect(Doc.from_raw(text))
    assert found.is_event and found.edition == edition, (found.kind, found.name, found.edition)


@pytest.mark.parametrize("text, day", [
    # the caption after the lead (bench 22387503, the seed-233 reading's clear miss S23)
    ("Ngoại trưởng Nga và Trung Quốc thảo luận các vấn đề nóng\nTheo Tân Hoa xã, ngày 26/5, Ngoại trưởng Trung Quốc "
     "Vương Nghị cho rằng Trung Quốc và Nga có những lợi ích tương đồng.\nNgoại trưởng Nga Sergei Lavrov (phải) và "
     "người đồng cấp Trung Quốc Vương Nghị (trái) trong cuộc họp báo ở Moskva ngày 26/5. Ảnh: AFP/TTXVN Phát "
     "biểu sau cuộc hội đàm với người đồng cấp Nga Sergei Lavrov tại Moskva, Ngoại trưởng Trung Quốc nhấn mạnh "
     "Trung Quốc coi trọng mối quan hệ ổn định với Nga hiện nay. Phát biểu tại cuộc họp báo sau hội đàm với Ngoại "
     "trưởng Nga Lavrov, ông Vương Nghị nêu rõ năm nay đánh dấu 15 năm ngày ký Tuyên bố SCO.", "26/5"),
    # the caption before the lead (working dantri unc_news_world_223; its later mention deep down)
    ("Tắt hy vọng tìm thấy thủy thủ sống sót trên tàu ngầm Indonesia\nQuân đội Indonesia công bố những vật dụng được "
     "tìm thấy tại khu vực tàu ngầm mất tích trong cuộc họp báo ngày 24/4 (Ảnh: Reuters).\nTham mưu trưởng Hải quân "
     "Indonesia Yudo Margono ngày 24/4 cho biết các nhà chức trách dự kiến sẽ tiến hành quá trình sơ tán để trục vớt "
     "tàu ngầm KRI Nanggala 402 và thủy thủ đoàn sau khi xác định tàu chìm xuống độ sâu 850 mét ở vùng biển Bali.\n"
     "Thông tin trên được đưa ra khi những hy vọng về cơ hội sống sót đối với 53 thành viên thủy thủ đoàn, những người "
     "được cho là đã hết ôxy dự trữ từ sáng sớm ngày 24/4, tắt dần. Theo ông Yudo, cho đến nay, chưa có dấu hiệu nào "
     "của thủy thủ đoàn và cũng chưa thi thể nào được tìm thấy.\nMột số tàu chiến đã được triển khai đến vùng biển "
     "Bali, nơi tàu ngầm được liên lạc lần cuối hôm 21/4. Ông Yudo cho biết các tàu này sẽ hỗ trợ tìm kiếm tàu ngầm "
     "mất tích bằng cách phát hiện các vật thể kim loại hoặc từ tính chìm dưới biển.\nTham mưu trưởng Hải quân "
     "Indonesia cho rằng tàu ngầm có thể không gặp một vụ nổ, nhưng áp lực lên thân tàu có thể tạo ra một vết nứt "
     "khiến một số vật dụng thoát ra ngoài.\nTheo Reuters, 6 mảnh vỡ được cho là của tàu ngầm Nanggala đã được "
     "công bố tại cuộc họp báo ngày 24/4.", "24/4"),
    # past a sapo, the caption right after the lead's dated sentence (bench 22478851)
    ("'Anh em tâm tư khi sáp nhập đơn vị lại thừa phó, thừa trưởng'\nBáo cáo của Bộ Giao thông vận tải cho biết việc "
     "sáp nhập các đơn vị sự nghiệp công lập gặp nhiều khó khăn khi xảy ra tình trạng thừa cấp trưởng, cấp phó.\nSáng "
     "7/6, Phó thủ tướng Vương Đình Huệ (Trưởng Ban chỉ đạo Nhà nước về đổi mới cơ chế quản lý, cơ chế tài chính, tổ "
     "chức lại đơn vị sự nghiệp công lập) nghe các bộ Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Tài "
     "nguyên và Môi trường, Công Thương báo cáo về đổi mới cơ chế hoạt động của các đơn vị sự nghiệp công lập. Phó thủ "
     "tướng Vương Đình Huệ, Trưởng Ban chỉ đạo Nhà nước về đổi mới cơ chế quản lý, cơ chế tài chính, tổ chức lại đơn "
     "vị sự nghiệp công lập tại cuộc họp sáng 7/6. Ảnh: Công Khanh. Cần sáp nhập các đơn vị manh mún, nhỏ lẻ Thứ "
     "trưởng Bộ Giao thông vận tải Nguyễn Hồng Trường thông tin qua quá trình tổ chức lại các đơn vị sự nghiệp công "
     "lập, bộ đã giảm 15 ban quản lý các dự án xuống còn 8 ban.", "7/6"),
])
def test_a_meeting_a_caption_dates_beside_a_lead_of_the_same_day_is_reported(text, day):
    doc = Doc.from_raw(text)
    found = detect(doc, title=text.split("\n")[0])
    assert found.is_event and not found.undated, found.reason
    assert day in doc.text[found.anchor:found.anchor + 80]  # (the caption's meeting, with its day)


def test_a_caption_beside_a_lead_of_the_same_day_written_with_a_leading_zero_is_reported():
    # the lead's "26/05" and the caption's "26/5" are one day (bench 22387503, its lead's day written with a zero)
    text = ("Ngoại trưởng Nga và Trung Quốc thảo luận các vấn đề nóng\nTheo Tân Hoa xã, ngày 26/05, Ngoại trưởng Trung "
            "Quốc Vương Nghị cho rằng Trung Quốc và Nga có những lợi ích tương đồng.\nNgoại trưởng Nga Sergei "
            "Lavrov (phải) và người đồng cấp Trung Quốc Vương Nghị (trái) trong cuộc họp báo ở Moskva ngày 26/5. "
            "Ảnh: AFP/TTXVN Phát biểu sau cuộc hội đàm với người đồng cấp Nga Sergei Lavrov tại Moskva, Ngoại trưởng "
            "Trung Quốc nhấn mạnh Trung Quốc coi trọng mối quan hệ ổn định với Nga hiện nay. Phát biểu tại cuộc họp "
            "báo sau hội đàm với "
            "Ngoại trưởng Nga Lavrov, ông Vương Nghị nêu rõ năm nay đánh dấu 15 năm ngày ký Tuyên bố SCO.")
    doc = Doc.from_raw(text)
    found = detect(doc, title=text.split("\n")[0])
    assert found.is_event and not found.undated, found.reason


@pytest.mark.parametrize("text, days", [
    ("trong cuộc họp báo ở moskva ngày 26/5. ảnh: afp/ttxvn", [(26, 5)]),  # "ngày" before the figures
    ("theo tân hoa xã, ngày 26/05, ngoại trưởng", [(26, 5)]),  # a leading zero
    ("tại hội nghị ngày 25-26/5. ảnh: reuters", [(25, 5)]),  # a range: its first day, not (25, 26)
    ("ngày 5 tháng 6", [(5, 6)]),
    ("cuộc họp bắt đầu lúc 8.30 sáng", []),  # a time
    ("từ 20-25 đại biểu dự họp", []),  # a count
    ("theo nghị quyết 61/nq-cp", []),  # a decree's number
])
def test_a_captions_day_is_read_as_its_numbers(text, days):
    from libmeet.parse.detect import _figure_days
    assert _figure_days(text, 0, len(text)) == days


def test_a_caption_of_another_day_than_the_lead_does_not_report_its_meeting():
    # working 22420956: the caption's meeting of 18/5 beside a lead of 31/5
    text = ("Quốc hội Hàn Quốc chấp thuận ông Lee Nak-yon làm Thủ tướng\nQuốc hội Hàn Quốc ngày 31/5 đã chấp thuận "
            "người được Tổng thống Moon Jae-in lựa chọn là ông Lee Nak-yon làm Thủ tướng. Thủ tướng Hàn Quốc mới được "
            "bổ nhiệm Lee Nak-yon trả lời báo giới sau cuộc họp tại Seoul ngày 18/5. (Nguồn: Yonhap/TTXVN) Theo hãng "
            "thông tấn "
            "Yonhap, Quốc hội Hàn Quốc ngày 31/5 đã chấp thuận người được Tổng thống Moon Jae-in lựa chọn.")
    assert not detect(Doc.from_raw(text), title=text.split("\n")[0]).is_event


#: a leader's talk to a body of people (embassy staff, the community abroad), told with its verbs on its day
LEADERS_TALK_TO = [
    # working set 22256476: "đến thăm và nói chuyện với"
    "Chủ tịch nước Trần Đại Quang thăm Đại sứ quán Việt Nam tại Trung Quốc\nTrong khuôn khổ chuyến thăm cấp nhà nước "
    "tới Trung Quốc, chiều 12/5, Chủ tịch nước Trần Đại Quang cùng Phu nhân cùng đoàn đại biểu Việt Nam đã đến thăm và "
    "nói chuyện với cán bộ, nhân viên Đại sứ quán Việt Nam tại Trung Quốc.",
    # bench 22454438: "thăm, nói chuyện với"
    "Thủ tướng Nguyễn Xuân Phúc gặp gỡ bà con kiều bào tại Nhật Bản\nNhân chuyến thăm chính thức Nhật Bản, chiều 4/6 "
    "(theo giờ địa phương) tại thủ đô Tokyo, Thủ tướng Nguyễn Xuân Phúc và Phu nhân đã thăm, nói chuyện với cán bộ, "
    "nhân viên Đại sứ quán.",
    # bench 22619622 (reading seed 237 S39): "gặp và nói chuyện với", the evening of a state visit
    "Chủ tịch nước Trần Đại Quang thăm Cộng hòa Belarus\nTối 26-6, Chủ tịch nước Trần Đại Quang đã gặp và nói chuyện "
    "với cán bộ nhân viên Đại sứ quán Việt Nam và đại diện cộng đồng, lưu học sinh Việt Nam tại Belarus.",
]


@pytest.mark.parametrize("text", LEADERS_TALK_TO)
def test_a_leaders_talk_to_a_body_of_people_on_its_day_is_a_meeting(text):
    found = detect_titled(text)
    assert found.is_event, found.reason
    assert found.kind == "gặp mặt"


#: ... not someone who is no leader, nor with no day (bench 22553853)
NOT_LEADERS_TALK_TO = [
    "'Chiến dịch lai tạo' thế hệ sau của các phần tử khủng bố\nSalama đã gặp, nói chuyện với nhiều phụ nữ ở Mombasa "
    "và khu vực xung quanh, chia sẻ câu chuyện của mình.",
    "Chuyện người lính\nNgày 12/5, anh Nguyễn Văn A đã gặp và nói chuyện với nhiều đồng đội cũ.",
]


@pytest.mark.parametrize("text", NOT_LEADERS_TALK_TO)
def test_a_talk_with_no_leader_is_no_meeting(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text, name", [
    # bench 22301073: a quoted name with its edition after the quote keeps its opening mark, not a stray closing one
    ("Sáng 5/6, “Hội nghị Diên Hồng” lần thứ 2 đã khai mạc tại Hà Nội.", "“Hội nghị Diên Hồng” lần thứ 2"),
    # a quote closing past the name's window keeps the edition after it
    ("Sáng 5/6, Hội nghị “Hà Nội 2017: " + "xây dựng và phát triển bền vững nông thôn mới " * 5
     + "” lần thứ 2 đã khai mạc tại Hà Nội.",
     "Hội nghị “Hà Nội 2017: " + "xây dựng và phát triển bền vững nông thôn mới " * 5 + "” lần thứ 2"),
    # ... and a quoted title after the edition, closing past the first window, keeps its mark inside (not cut at ":")
    ("Sáng 5/6, Hội nghị “Hà Nội 2017: " + "xây dựng và phát triển bền vững nông thôn mới " * 8
     + "” lần thứ 2 “Nông thôn mới: đổi mới và phát triển bền vững” đã khai mạc tại Hà Nội.",
     "Hội nghị “Hà Nội 2017: " + "xây dựng và phát triển bền vững nông thôn mới " * 8
     + "” lần thứ 2 “Nông thôn mới: đổi mới và phát triển bền vững”"),
])
def test_quoted_name_with_its_edition(text, name):
    assert detect(Doc.from_raw(text)).name == name


def test_name_on_a_long_unclosed_quote_is_the_run_on_head():
    # a quote that never closes in a long sentence: the name stays the run-on head of its window (and is found fast)
    found = detect(Doc.from_raw("Hội nghị “Phát triển bền vững, " * 3000))
    assert found.name is None or len(found.name) <= 220


@pytest.mark.parametrize("text, kind", [
    # fw4 22496555: the day, the venue, the leader's titles over commas, then the bare verb
    ("Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số\nChiều 9/6, tại Nhà Quốc hội, Ủy viên Bộ Chính "
     "trị, Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng gặp mặt Đoàn đại biểu người có uy tín, tiêu biểu trong đồng "
     "bào dân tộc thiểu số tỉnh Lạng Sơn nhân dịp Đoàn ra thăm Thủ đô Hà Nội.", "gặp mặt"),
    # bench 22244831: a body reviews on its day, no tense
    ("Thanh Hóa: Người dân giao nộp trên 2.000 súng, nòng súng săn\nBộ đội Biên phòng tỉnh Thanh Hóa đã tuyên truyền, "
     "vận động đồng bào dân tộc giao nộp 2.203 khẩu súng và nòng súng các loại.\nChiều 11/5, Bộ Chỉ huy Biên phòng tỉnh "
     "Thanh Hóa tổng kết một năm triển khai Kế hoạch 2467 về thu hồi vũ khí, vật liệu nổ và công cụ hỗ trợ trên tuyến "
     "biên giới.", "tổng kết"),
    # fw4 22657788: the venue after the day, before its comma
    ("Để hạn chế bệnh vàng lùn, lùn xoắn lá vụ Thu Đông tại ĐBSCL\nNgày 23.6 tại Cần Thơ, Bộ NNPTNT tổng kết sản xuất "
     "lúa năm 2016 và đưa ra những dự báo cho vụ sản xuất năm 2017.", "tổng kết"),
    # ... not a report's title (bench 22539948)
    ("Xuất khẩu sản phẩm công nghệ cao tăng mạnh\nNgày 15.6, báo cáo sơ kết tình hình phát triển kinh tế, xã hội, an "
     "ninh quốc phòng và thu chi ngân sách nhà nước TP.HCM 6 tháng đầu năm cho thấy, kinh tế thành phố tăng trưởng cao, "
     "đạt 7,68%.", None),
    # ... nor the noun a kind governs, which reports it (bench 22669915)
    ("Sơ kết công tác Công an 6 tháng đầu năm 2017\nNgày 3.7, Bộ Công an đã tổ chức hội nghị sơ kết công tác công an 6 "
     "tháng đầu năm; định hướng giải pháp công tác 6 tháng cuối năm.", "hội nghị"),
])
def test_a_lead_opening_on_the_day_with_a_leader_or_body_and_the_bare_verb_reports_it(text, kind):
    found = detect_titled(text)
    assert (found.kind if found.is_event else None) == kind



@pytest.mark.parametrize("text, kind, day", [
    # fw4 22431967: the lead's words by their noun, said after talks dated by their name (a wire credit before them)
    ("Đức và Trung Quốc củng cố quan hệ đối tác\nĐức và Trung Quốc quyết tâm làm sâu sắc hơn mối quan hệ đối tác trong "
     "bối cảnh thế giới nhiều biến động.\n Thủ tướng Đức Angela Merkel (phải) và người đồng cấp Trung Quốc Lý Khắc Cường "
     "(trái) tại lễ đón ở Berlin ngày 31/5. AFP/TTXVN Tuyên bố trên được Thủ tướng Đức Angela Merkel và Thủ tướng Trung "
     "Quốc Lý Khắc Cường đưa ra sau cuộc hội đàm ngày 1/6 tại thủ đô Berlin.", "hội đàm", "2017-06-01"),
    # bench 22591395: said at the meeting, the day in the sentence before, which tells who said it
    ("Tổng thống Pháp Macron muốn siết chặt các biện pháp chống khủng bố\nTổng thống Pháp Emanuel Macron ngày 22/6 đã "
     "công bố một dự luật chống khủng bố mới với nhiều biện pháp cứng rắn hơn.\nĐề xuất trên được ông Macron đưa ra "
     "trong cuộc họp đầu tiên của Nội các mới, theo đó cho phép dỡ bỏ tình trạng khẩn cấp.", "họp", "2017-06-22"),
    # bench 22713517: not a later time ("một ngày sau cuộc gặp"), the news being what followed
    ("Tổng thống Mỹ Donald Trump: Đã đến lúc 'phối hợp mang tính xây dựng' với Nga\nTuyên bố trên được Tổng thống Mỹ "
     "đưa ra một ngày sau cuộc gặp trực tiếp đầu tiên với người đồng cấp Nga Vladimir Putin bên lề Hội nghị thượng đỉnh "
     "Nhóm các nền kinh tế phát triển và mới nổi (G20) tại Hamburg (Đức).\nTổng thống Nga Vladimir Putin (trái) và Tổng "
     "thống Mỹ Donald Trump trong cuộc gặp bên lề Hội nghị Thượng đỉnh G20 tại thành phố Hamburg, Đức ngày 7/7. Ảnh: "
     "EPA/TTXVN Cuộc gặp bị phủ bóng đen bởi cáo buộc Nga can thiệp vào cuộc bầu cử Tổng thống Mỹ năm 2016.", None, None),
])
def test_the_lead_s_words_by_their_noun_said_at_or_after_a_meeting_report_it(text, kind, day):
    found = crawled(text)
    assert getattr(found, "kind", None) == kind
    if day:
        assert str(found.start_date) == day


@pytest.mark.parametrize("text", [
    # a bare review verb with no tense, but not the subject's act that day: what it says, not done, directed to others,
    # thought needed, or a review's document
    "Tin tức trong ngày\nNgày 15/6, Bộ Tài chính tổng kết rằng thu ngân sách tăng mạnh.",
    "Tin tức trong ngày\nNgày 15/6, Bộ Nội vụ chưa tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Thủ tướng chỉ đạo các bộ, ngành tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Bộ Nội vụ có văn bản hướng dẫn các địa phương tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Bộ Nội vụ cho rằng cần tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Thủ tướng giao Bộ Nội vụ tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Bộ Nội vụ đang tổng kết 10 năm thực hiện Nghị quyết 26.",
    "Tin tức trong ngày\nNgày 15/6, Tổng cục Thống kê công bố bản tổng kết 6 tháng đầu năm.",
    # ... nor a bare meeting verb refused, not done, wished or sought, nor two sides meeting each other alone
    "Tin tức trong ngày\nSáng 2/6, Tổng thống Mỹ Donald Trump từ chối gặp mặt lãnh đạo Triều Tiên.",
    "Tin tức trong ngày\nSáng 2/6, Tổng thống Mỹ Donald Trump không gặp mặt lãnh đạo Triều Tiên.",
    "Tin tức trong ngày\nSáng 2/6, Tổng thống Mỹ Donald Trump sẵn lòng gặp mặt lãnh đạo Triều Tiên.",
    "Tin tức trong ngày\nSáng 2/6, Tổng thống Mỹ Donald Trump tìm cách gặp mặt lãnh đạo Triều Tiên.",
    "Tin tức trong ngày\nSáng 2/6, Chủ tịch UBND tỉnh Nguyễn Văn A chưa gặp mặt người dân.",
    "Tin tức trong ngày\nSáng 2/6, Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên gặp mặt riêng.",
])
def test_a_dated_lead_s_bare_verb_after_words_of_not_holding_it_reports_nothing(text):
    found = detect_titled(text)
    assert not found.is_event


@pytest.mark.parametrize("text, kind", [
    # the bare verb right after the body's name, which may write such words as its own (kept)
    ("Tin tức trong ngày\nNgày 15/6, Ban Chỉ đạo Tây Bắc tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, Quân chủng Phòng không - Không quân tổng kết 10 năm thực hiện Nghị quyết 26.",
     "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, UBND TP Cần Thơ tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, UBND tỉnh Bình Định tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, Cục Hàng không Việt Nam tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, Bộ Ngoại giao tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, Sở Giao thông vận tải tổng kết 10 năm thực hiện Nghị quyết 26.", "tổng kết"),
    ("Tin tức trong ngày\nNgày 15/6, Bộ Nội vụ đã chỉ đạo các địa phương và đã tổng kết 10 năm thực hiện Nghị quyết "
     "26.", "tổng kết"),
])
def test_a_dated_lead_s_bare_verb_right_after_a_name_that_writes_such_words_reports_it(text, kind):
    found = detect_titled(text)
    assert (found.kind if found.is_event else None) == kind


@pytest.mark.parametrize("text, day", [
    # a source before "đây là": the speaker's own account of a past meeting, not the lead's day
    ("Giá điện tăng\nNgày 5/7, Bộ trưởng Công Thương Trần Tuấn Anh cho biết giá điện sẽ tăng.\nTheo ông, đây là nội "
     "dung đã được thống nhất tại cuộc họp Chính phủ thường kỳ tháng 5.", None),
    # ... before the words' noun, it still points back to the lead (kept)
    ("Giá điện tăng\nNgày 5/7, Bộ trưởng Công Thương Trần Tuấn Anh cho biết giá điện sẽ tăng.\nTheo phóng viên TTXVN, "
     "phát biểu trên được ông đưa ra tại cuộc họp Chính phủ thường kỳ.", "2017-07-05"),
    # a span after the meeting ("hai hôm sau", "ít lâu sau", "ngày hôm sau"): a later time, not the meeting's
    ("Mỹ và Nga\nNgày 8/7, Tổng thống Mỹ Donald Trump tuyên bố đã đến lúc hợp tác với Nga.\nTuyên bố trên được ông "
     "Trump đưa ra hai hôm sau cuộc gặp với Tổng thống Nga Vladimir Putin tại Hamburg.", None),
    ("Mỹ và Nga\nNgày 8/7, Tổng thống Mỹ Donald Trump tuyên bố đã đến lúc hợp tác với Nga.\nTuyên bố trên được ông "
     "Trump đưa ra ít lâu sau cuộc gặp với Tổng thống Nga Vladimir Putin tại Hamburg.", None),
    ("Mỹ và Nga\nNgày 8/7, Tổng thống Mỹ Donald Trump tuyên bố đã đến lúc hợp tác với Nga.\nTuyên bố trên được ông "
     "Trump đưa ra ngày hôm sau cuộc gặp với Tổng thống Nga Vladimir Putin tại Hamburg.", None),
    # the words first given at a meeting of its own past: not the day the lead's speaker spoke
    ("Mỹ và Nga\nTổng thống Mỹ Donald Trump ngày 8/7 đề xuất thành lập một đơn vị an ninh mạng chung giữa hai nước "
     "nhằm ngăn chặn các vụ tin tặc can thiệp bầu cử.\nĐề xuất này được ông Trump đưa ra lần đầu tại cuộc gặp với Tổng "
     "thống Nga Vladimir Putin năm 2016.", None),
    ("Mỹ và Nga\nTổng thống Mỹ Donald Trump ngày 8/7 đề xuất thành lập một đơn vị an ninh mạng chung giữa hai nước "
     "nhằm ngăn chặn các vụ tin tặc can thiệp bầu cử.\nĐề xuất này được ông Trump đưa ra tại cuộc gặp với Tổng thống "
     "Nga Vladimir Putin hồi tháng 3.", None),
    # bench 22591395: a past time in a later clause is not the meeting's (kept)
    ("Tổng thống Pháp Macron muốn siết chặt các biện pháp chống khủng bố\nTổng thống Pháp Emanuel Macron ngày 22/6 đã "
     "công bố một dự luật chống khủng bố mới với nhiều biện pháp cứng rắn hơn.\nĐề xuất trên được ông Macron đưa ra "
     "trong cuộc họp đầu tiên của Nội các mới, theo đó cho phép dỡ bỏ tình trạng khẩn cấp được áp đặt trên toàn nước "
     "Pháp sau các vụ tấn công khủng bố đẫm máu tại Paris hồi tháng 11/2015.", "2017-06-22"),
])
def test_a_sentence_pointing_back_to_the_lead_dates_its_meeting_only_when_said_there(text, day):
    found = crawled(text)
    assert str(getattr(found, "start_date", None)) == str(day)


@pytest.mark.parametrize("text, kind, name", [
    # a People's Council voting in the lead on the day its sentence opens on: its sitting, named by the kind alone
    # (bench 22676832, 22676947, 22702351, 22746011)
    ("Hơn chục năm nữa, xe máy 'vô dụng' trong nội thành Hà Nội\nSáng 4/7, với 95/96 tổng số đại biểu HĐND có mặt "
     "(chiếm 91,35%) biểu quyết đồng ý, HĐND TP Hà Nội đã thông qua đề án \"Tăng cường quản lý phương tiện giao thông "
     "đường bộ nhằm giảm ùn tắc giao thông và ô nhiễm môi trường trên địa bàn thành phố Hà Nội\".", "kỳ họp", "kỳ họp"),
    ("Hà Nội tăng giá dịch vụ khám bệnh\nChiều 4/7, HĐND TP Hà Nội đã thông qua Nghị quyết quy định giá dịch vụ khám "
     "bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế.", "kỳ họp", "kỳ họp"),
    ("Đà Nẵng hạn chế xe máy\nChiều 7/7, HĐND TP Đà Nẵng biểu quyết thông qua đề án \"Tăng cường vận tải công công "
     "kết hợp với kiểm soát sử dụng phương tiện cá nhân\".", "kỳ họp", "kỳ họp"),
    ("Hải Phòng có thêm 2 Phó Chủ tịch UBND thành phố\nNgày 13-7, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Phạm "
     "Văn Hà (51 tuổi, Giám đốc Sở NN-PTNT Hải Phòng) làm Phó Chủ tịch UBND thành phố.", "kỳ họp", "kỳ họp"),
    # the Assembly agreeing as one, or named with its term (bench 22577202, 22572058)
    ("Cá nhân được phép mua nợ xấu của ngân hàng\nSáng 21-6, Quốc hội đã nhất trí thông qua Nghị quyết về xử lý nợ "
     "xấu các tổ chức tín dụng.", "phiên họp", "phiên họp"),
    ("Quốc hội biểu quyết thông qua 3 luật\nOnline – Chiều 20-6, với 88,39% số đại biểu Quốc hội tán thành, Quốc hội "
     "khóa XIV đã chính thức thông qua Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự.", "phiên họp",
     "phiên họp"),
])
def test_a_council_or_the_assembly_voting_on_its_day_is_its_sitting(text, kind, name):
    assert might_name_a_meeting(text)
    found = detect_titled(text)
    assert found.is_event and found.kind == kind and found.name == name



@pytest.mark.parametrize("text", [
    # review of 667d5c6: a council's vote that is no sitting: ahead or refused, an organ's, a numbered resolution's, a
    # quote's, an earlier year's
    "Nghệ An bầu chủ tịch\nNgày 4/7, HĐND tỉnh Nghệ An sẽ bầu chủ tịch UBND tỉnh mới.",
    "Sân bay Vinh\nNgày 4/7, HĐND tỉnh Nghệ An chưa thông qua đề án xây dựng sân bay.",
    "Giám sát\nNgày 4/7, Thường trực HĐND tỉnh Nghệ An đã thông qua kế hoạch giám sát.",
    "Thẩm tra\nNgày 4/7, Ban Kinh tế HĐND tỉnh Nghệ An đã thông qua báo cáo thẩm tra.",
    "Nghị quyết 12\nNgày 4/7, UBND tỉnh triển khai Nghị quyết số 12 do HĐND tỉnh Nghệ An thông qua ngày 10/12/2016.",
    "Nghị quyết 12\nNgày 4/7, UBND tỉnh triển khai Nghị quyết số 12, HĐND tỉnh Nghệ An thông qua ngày 10/12/2016.",
    "Đề án\nNgày 4/7, ông A nói: “HĐND tỉnh Nghệ An đã thông qua đề án này từ năm ngoái”.",
    "Đề án\nNgày 4/7, ông A cho biết năm 2016, HĐND tỉnh Nghệ An đã thông qua đề án.",
])
def test_a_council_vote_that_is_no_sitting_is_no_event(text):
    found = detect_titled(text + " Các đại biểu đã thảo luận nhiều nội dung quan trọng của địa phương trong năm tới.")
    assert not found.is_event


_TRUMP_ABBAS = ("Tổng thống Trump gặp lãnh đạo Palestine, tìm kiếm hòa bình\nTổng thống Mỹ Donald Trump có cuộc gặp gỡ lãnh "
                "đạo chính quyền Palestine Mahmoud Abbas ở khu Bờ Tây trong ngày cuối cùng của chuyến thăm Trung Đông.\n"
                "Tổng thống Trump đang ở thành phố Bethlehem, khu Bờ Tây và có cuộc gặp gỡ với lãnh đạo Palestine Mahmoud "
                "Abbas. Sau cuộc gặp, ông sẽ tới thăm Khu tưởng niệm Yad Vashem Holocaust tại Jerusalem. Sự kiện trên nằm "
                "trong chuyến thăm hai ngày (22 - 23/5) của ông Trump tại Trung Đông. {caption} Ông Trump từng gửi nhiều "
                "thông điệp khác nhau.")


@pytest.mark.parametrize("caption", [
    # review of 06ec3ab: a caption of another meeting of the same people (elsewhere, of another year, an archive's or
    # an illustration) does not date the meeting
    "Tổng thống Mỹ Donald Trump bắt tay với lãnh đạo Palestine Mahmoud Abbas tại Nhà Trắng ngày 3/5. Ảnh: Reuters.",
    "Tổng thống Barack Obama gặp lãnh đạo Palestine Mahmoud Abbas ngày 17/3/2015. Ảnh: tư liệu.",
    "Tổng thống Mỹ Donald Trump bắt tay với lãnh đạo Palestine Mahmoud Abbas ngày 3/5/2016. Ảnh: AFP.",
    "Ông Mahmoud Abbas hội đàm với Thủ tướng Israel ngày 12/4. Ảnh: minh họa.",
])
def test_a_caption_of_another_meeting_gives_no_day(caption):
    assert crawled(_TRUMP_ABBAS.format(caption=caption)).start_date is None


@pytest.mark.parametrize("text, kind, day", [
    # bench 22527707: the day ("Sáng ngày", the part of the day before "ngày"), the sitting as the subject, a title
    # broken by a comma, then the sitting going on ("tiếp tục diễn ra")
    ("Bộ Trưởng Bộ VHTTDL: Tìm cách quản lý phù hợp việc cấp phép ca khúc\nSáng ngày 14.6 phiên chất vấn Quốc hội đối "
     "với Bộ trưởng, Bộ VHTTDL tiếp tục diễn ra xoay quanh những vấn đề \"nóng\" như: cấp phép ca khúc; xử lý đối với "
     "Cục trưởng Cục NTBD...", "phiên họp", "14.6"),
])
def test_a_meeting_the_lead_opens_on_after_its_day_going_on_is_held(text, kind, day):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind and not found.undated
    assert day in text[text.index("\n"):found.anchor]  # (the sitting the lead opens on, after its day)


@pytest.mark.parametrize("text", [
    # bench 22226686: a meeting that "will go on" tomorrow is not held by those words
    ("APEC SOM2: Ngày làm việc đầu tiên\nCác đại biểu đã thảo luận kế hoạch công tác của PPWE trong năm 2017. "
     "Cuộc họp sẽ tiếp tục diễn ra trong ngày mai."),
    # review 52: nor one that will not, cannot, may or is planned to go on
    *(f"Bộ Trưởng Bộ VHTTDL trả lời chất vấn\nSáng ngày 14.6 phiên chất vấn Quốc hội đối với Bộ trưởng, Bộ VHTTDL {verb}"
      " diễn ra xoay quanh những vấn đề nóng." for verb in ("không tiếp tục", "chưa thể tiếp tục", "có thể tiếp tục",
                                                             "dự kiến tiếp tục", "sẽ còn tiếp tục")),
])
def test_a_meeting_that_will_go_on_is_not_held_by_it(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text", [
    # fw6 22666018: a body's bare "họp" told only by the results it agreed and published (detect_met_for_outcome.txt)
    "Công bố điểm chuẩn lớp 10: có trường giảm đến 12,5 điểm\nTrưa 3-7, Sở GD&ĐT TP.HCM đã chính thức họp thống nhất "
    "và công bố điểm chuẩn vào lớp 10 của các trường THPT công lập trên địa bàn TP. Nhìn chung, điểm chuẩn năm nay giảm "
    "so với năm trước.",
    # bench 22733015: the same, then told again by what it agreed
    "Bộ GDĐT công bố điểm sàn xét tuyển ĐH-CĐ 2017: 15,5 điểm tất cả các khối\nSáng 12.7, Bộ GDĐT họp, thống nhất và "
    "công bố ngưỡng đảm bảo chất lượng đầu vào (điểm sàn) đại học năm 2017. Theo đó, mức điểm sàn xét tuyển đại học năm "
    "2017 là 15,5 điểm. Sáng 12/7, Bộ GD&ĐT họp, thống nhất ngưỡng đảm bảo chất lượng đầu vào năm nay.",
    # bench 22753357
    "Trường ĐH Y dược TP.HCM công bố ngưỡng điểm xét tuyển\nChiều 14.7, Hội đồng tuyển sinh Trường ĐH Y dược TP.HCM đã "
    "họp và công bố ngưỡng điểm xét tuyển tối thiểu với các ngành của trường.",
    # review 53: a body's part in a task or a speech as a thing is no one chairing or speaking at it
    "Bộ GDĐT công bố điểm sàn\nSáng 12.7, Bộ GDĐT họp, thống nhất và công bố ngưỡng đảm bảo chất lượng đầu vào đại học "
    "năm 2017. Bộ GD&ĐT là cơ quan chủ trì kỳ thi. Trong bài phát biểu năm ngoái, Bộ trưởng đã nói rõ điều này.",
])
def test_a_bare_hop_told_only_by_the_results_it_published_reports_nothing(text):
    assert not detect_titled(text).is_event


@pytest.mark.parametrize("text, kind", [
    # bench 22506955: a decision alone, which reports lead with too, is kept
    ("Trường ĐH Y khoa Phạm Ngọc Thạch chính thức được tuyển sinh trong cả nước\nChiều nay 11.6, Thường trực Thành ủy "
     "và Thường trực UBND TP.HCM đã họp, thống nhất cho phép Trường ĐH Y khoa Phạm Ngọc Thạch mở rộng phạm vi tuyển sinh "
     "cả nước ngay trong năm học 2017-2018.", "họp"),
    # ... and so is one the article names again as a meeting
    ("Công bố điểm chuẩn lớp 10\nTrưa 3-7, Sở GD&ĐT TP.HCM đã chính thức họp thống nhất và công bố điểm chuẩn vào lớp 10 "
     "của các trường THPT công lập trên địa bàn TP. Tại cuộc họp, Giám đốc Sở GD&ĐT Lê Hồng Sơn yêu cầu các trường "
     "chuẩn bị tốt công tác nhập học.", "họp"),
    # ... or one that talks a matter over (bench 22515731, its day shortened)
    ("Họp bàn phương án mở rộng sân bay Tân Sơn Nhất\nChiều 12/6, Thường trực Chính phủ họp bàn xem xét cụ thể "
     "về vấn đề mở rộng sân bay Tân Sơn Nhất.", "họp"),
    # review 52: ... or one someone chairs or speaks at
    ("Công bố quyết định về công tác cán bộ\nSáng 15/6, Ban Thường vụ Tỉnh ủy Quảng Nam đã họp và công bố quyết định về "
     "công tác cán bộ. Phát biểu chỉ đạo, Bí thư Tỉnh ủy Phan Việt Cường yêu cầu cán bộ phát huy tinh thần trách nhiệm.",
     "họp"),
])
def test_a_bare_hop_that_is_more_than_the_results_it_published_reports_it(text, kind):
    found = detect_titled(text)
    assert (found.kind if found.is_event else None) == kind


@pytest.mark.parametrize("text, kind, day", [
    # bench 21487351: a weak kind named once, counted ("cuộc họp"), in a lead sentence that opens on its day
    ("EU tiếp tục trừng phạt Nga vì vấn đề Crimea\n"
     "Liên minh châu Âu đồng thuận tiếp tục các biện pháp trừng phạt đối với Nga vì vấn đề Crimea và Ukraine.\n"
     "Ngày 7/2, theo Reuters, trong cuộc họp tại Brussels, Liên minh châu Âu đồng thuận tiếp tục các biện pháp "
     "trừng phạt đối với Nga vì vấn đề Crimea và Ukraine. Các Ngoại trưởng EU cho biết, xung đột đang leo thang.",
     "họp", "7/2"),
    # bench 22700956: the same with a relative day and its date in brackets (the verb misspelt: no verb governs it)
    ("Hai Phó Trưởng đoàn Việt Nam dự SEA Games 29 là ai?\n"
     "Tổng cục TDTT đã gút danh sách 10 Phó Trưởng đoàn xuống còn 2.\n"
     "Chiều qua (6/7), Bộ trưởng Bộ VH, TT&DL Nguyễn Ngọc Thiện đã chủ chỉ cuộc họp với các cơ quan chức năng "
     "về việc tổ chức Đoàn TTVN tham dự các Đại hội thể thao quốc tế. Theo đó, Bộ trưởng Thiện cho rằng, "
     "Tổng cục TDTT cần tham mưu cơ cấu đoàn.", "họp", "6/7"),
])
def test_a_counted_weak_kind_named_once_in_a_lead_sentence_opening_on_its_day_is_reported(text, kind, day):
    found = detect_titled(text)
    assert found.is_event and found.kind == kind and not found.undated
    assert day in text[text.index("\n"):found.anchor]


@pytest.mark.parametrize("text", [
    # meetings in general, not one counted ("mọi cuộc họp")
    "EU và Nga\nLiên minh châu Âu đồng thuận tiếp tục trừng phạt Nga.\n"
    "Ngày 7/2, theo Reuters, trong mọi cuộc họp tại Brussels, Liên minh châu Âu đồng thuận tiếp tục "
    "các biện pháp trừng phạt đối với Nga.",
    # bench 21487657: one the sentence says may still take place ("vẫn có thể diễn ra")
    "Philippines có thể hòa đàm với phe nổi dậy\n"
    "Ngày 7-2, Bộ trưởng Quốc phòng Philippines Delfin Lorenzana cho biết, cuộc hòa đàm giữa chính phủ "
    "với phe nổi dậy nhằm chấm dứt gần 5 thập kỷ xung đột vẫn có thể diễn ra dù tổng thống đã ra lệnh "
    "tiến hành \"cuộc chiến tổng lực\".",
    # one a submission is for ("trình tại kỳ họp"), and one called off ("đã bị hủy"): not held on the sentence's day
    "Hà Nội lập đề án giảm ùn tắc\nUBND TP yêu cầu các sở hoàn thiện đề án.\n"
    "Ngày 7/7, UBND TP Hà Nội yêu cầu Sở GTVT hoàn thiện đề án, trình tại kỳ họp thứ 5 HĐND thành phố.",
    "Cuộc họp thượng đỉnh Mỹ - Triều bị hủy\nCuộc họp đã không diễn ra.\n"
    "Ngày 7/6, cuộc họp giữa hai bên đã bị hủy vào phút chót do bất đồng.",
])
def test_a_weak_kind_in_general_or_only_possible_is_not_reported_by_its_day_led_sentence(text):
    assert not detect_titled(text).is_event


def test_a_sitting_the_press_conference_comes_before_does_not_take_its_place():
    # bench 22647854: "buổi họp báo trước kỳ họp HĐND" reports the press conference, not the sitting still ahead
    found = detect_titled(
        "Xử nghiêm cán bộ nếu sai phạm trong vụ việc ở Đồng Tâm\n"
        "\"Cán bộ sai sẽ bị xử lý nghiêm\", Trưởng ban Pháp chế HĐND Hà Nội khẳng định.\n"
        "Sáng 30/6, tại buổi họp báo trước kỳ họp HĐND Hà Nội, trả lời báo chí về vụ việc ở Đồng Tâm, "
        "ông Nguyễn Hoài Nam (Trưởng ban Pháp chế) cho biết thanh tra phát hiện sai chỗ nào sẽ xử lý chỗ đó.")
    assert found.is_event and found.kind == "họp báo"


@pytest.mark.parametrize("text", [
    # library batch lib4_04: a guest named Nguyễn Huy Chương in the lead does not make the congress a sports games
    "Đại hội Liên Chi hội Thư viện Đại học khu vực phía Bắc nhiệm kỳ 2016-2019\n"
    "Ngày 3/11/2016, tại Thư viện trường Đại học Xây dựng Hà Nội, Liên Chi hội Thư viện Đại học khu vực phía Bắc đã tổ "
    "chức Đại hội khoá VI (2016-2019). Tới tham dự Đại hội có ông Phạm Thế Khang – Chủ tịch Hội Thư viện Việt Nam; ông "
    "Nguyễn Huy Chương – Chủ tịch Liên chi hội Thư viện Đại học khu vực phía Bắc.",
    # ... nor a trainer's course a sports camp
    "Tập huấn nghiệp vụ thư viện cho cán bộ cơ sở\n"
    "Ngày 12/5, Thư viện tỉnh tổ chức lớp tập huấn nghiệp vụ cho 60 cán bộ thư viện xã. Giảng viên là bà Lê Thi Đấu, "
    "Phó Giám đốc Thư viện tỉnh.",
])
def test_a_sports_word_in_a_persons_name_is_no_sports_cue(text):
    found = detect_titled(text)
    assert found.is_event and found.kind in ("đại hội", "tập huấn")


@pytest.mark.parametrize("text", [
    # ... but the word written as a word is (the games, the medal)
    "Đoàn thể thao Việt Nam dự Đại hội\n"
    "Ngày 12/8, Đoàn thể thao Việt Nam đã tham dự Đại hội với 200 vận động viên, giành 5 huy chương vàng.",
    # ... and so in a headline written in capitals
    "Đại hội Thể thao Đông Nam Á: Việt Nam GIÀNH HUY CHƯƠNG VÀNG\n"
    "Ngày 22/8, tại Kuala Lumpur, đoàn Việt Nam đã tham dự Đại hội với 500 người.",
])
def test_a_sports_word_written_as_a_word_still_makes_the_games(text):
    assert not detect_titled(text).is_event


def test_a_police_schools_delegation_on_a_working_visit_is_no_questioning():
    # library batch lib5_14: the academy's name is no police force questioning someone
    text = ("Nhảy đến nội dung\n\nSáng ngày 04/11/2025, đoàn công tác Phòng Lưu trữ và Thư viện – Học viện Cảnh sát "
            "nhân dân (CSND) đã đến thăm và làm việc tại Thư viện truyền cảm hứng – Trường Đại học Tôn Đức Thắng nhằm "
            "trao đổi kinh nghiệm thực tế trong hoạt động thư viện.")
    found = detect_titled(text)
    assert found.is_event and found.kind == "buổi làm việc"


def test_the_police_working_with_someone_still_question_them():
    text = ("Triệu tập tài xế xe khách\n\nSáng 12/5, Công an huyện Hoài Đức đã làm việc với ông L.T.V, tài xế xe khách "
            "gây tai nạn trên quốc lộ 32.")
    assert not detect_titled(text).is_event
