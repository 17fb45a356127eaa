"""counts: delegates, organisations and sites of the meeting, from real sentences (dev and bench corpora)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libmeet.parse.counts import extract_attendance
from libmeet.parse.normalize import Doc

COUNTS = [
    # (text, delegates, organizations, sites)
    ("Hội nghị tập huấn đã có sự tham dự của hơn 400 đại biểu tại 63 điểm cầu trên cả nước là Lãnh đạo Sở Văn "
     "hóa, Thể thao và Du lịch.", 400, None, 63),
    ("Tham dự Hội nghị có Bà Kiều Thuý Nga - Vụ Trưởng Vụ Thư viện; lãnh đạo các phòng ban, đơn vị trực thuộc "
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên và gần 100 cán bộ, viên chức của 13 thư viện công cộng "
     "thuộc Liên hiệp Thư viện các tỉnh miền núi phía Bắc.", 100, 13, None),
    ("Ông Nguyễn Nam Hải - Vụ trưởng Vụ Kế hoạch-Tài chính, Bộ Khoa học và Công nghệ cùng 100 đại biểu đại diện "
     "cho các cơ quan thông tin-thư viện trong cả nước.", 100, None, None),
    ("Tham dự Hội nghị có một số lãnh đạo Sở Khoa học và Công nghệ các tỉnh và các đại biểu đại diện cho 68 thư "
     "viện công cộng, thư viện đại học, thư viện chuyên ngành.", None, 68, None),
    ("Thành phần tham dự gồm Bí thư Đảng ủy, Chủ tịch UBND, Trưởng Công an, cán bộ địa chính, Chủ tịch MTTQ của "
     "toàn bộ 34 xã, thị trấn trong huyện.", None, 34, None),
    ("Bộ Giáo dục và Đào tạo và Đại sứ quán Pháp sẽ phối hợp tổ chức khóa tập huấn về kiểm tra đánh giá môn "
     "Tiếng Pháp cho 21 giáo viên Tiếng Pháp của các trường THPT", 21, None, None),
    ("Cùng dự có đồng chí Nguyễn Thanh Tịnh, Phó Chủ tịch UBND tỉnh Bà Rịa – Vũng Tàu, cùng lãnh đạo các đơn vị "
     "thuộc Bộ TT&TT và gần 400 cán bộ, chuyên viên đang làm công tác thanh tra chuyên ngành TT&TT.", 400, None, None),
    ("Mạng lưới quản lý giáo dục không biên giới EdulightenUp sẽ tổ chức thu hút hơn 90 cán bộ quản lý các "
     "trường phổ thông khu vực phía Bắc tham dự.", 90, None, None),
    ("Hội thảo có sự tham gia của Giám đốc học thuật - TS. Nguyễn Chí Hiếu; Phó Ban chuyên môn -Ths. Trần Quốc "
     "Dân; cùng đông đảo giáo viên nhà trường và gần 100 thầy cô thuộc các trường phổ thông khác.", 100, None, None),
    # bench
    ("Đại hội Du lịch Golf châu Á lần thứ 6 - Đà Nẵng 2017 đã diễn ra tại thành phố Đà Nẵng với sự tham gia của "
     "hơn 650 đại biểu đến từ 36 quốc gia và vùng lãnh thổ.", 650, None, None),
    ("Đây sẽ là diễn đàn doanh nghiệp lớn nhất từ trước tới nay giữa hai nước với sự tham dự của khoảng 1.500 "
     "đại biểu.", 1500, None, None),
    ("Đại hội lần thứ nhất (nhiệm kỳ 2017-2022) đã diễn ra ngày 9-7 với 120 đoàn viên tham gia.", 120, None, None),
    # not attendance
    ("Dịp này, UBND TP Cần Thơ và Hội Khuyến học thành phố trao bằng khen cho 27 học sinh có thành tích xuất sắc "
     "trong học tập.", None, None, None),
    ("Tại TP Cần Thơ, Hội Khuyến học đã phối hợp với Sở GD-ĐT TP mở 6 lớp tập huấn Quyết định 281 của Thủ tướng, "
     "các thông tư, Quyết định của Trung ương đến 852 cán bộ cấp quận, huyện và cơ sở tham dự.", None, None, None),
    ("Tại Hội thảo, các đại biểu đã nghe 20 báo cáo tham luận.", None, None, None),
    ("Hiện tại, với kinh nghiệm giảng dạy hơn 5000 học sinh cùng hơn 25000 giáo viên tại mọi cấp học, ông được "
     "đánh giá là một Nhà giáo dục tiên phong.", None, None, None),
    ("Cụ thể, ngân sách trung ương năm 2015 hỗ trợ thí điểm được 200 tỷ đồng cho 21 địa phương thực hiện thu hút "
     "40 dự án đầu tư.", None, None, None),
    ("Đến nay, hơn 700 người đã thiệt mạng trong các cuộc đụng độ giữa lực lượng an ninh và người biểu tình.",
     None, None, None),
    ("Bà Dương Hồng Loan xin thôi do lý do cá nhân, như vậy Hội đồng quản trị Ngân hàng sẽ còn lại 5 thành viên "
     "tham dự đại hội.", None, None, None),
    # the speakers of a sitting, an incident's victims, candidates, people summoned are not who attended
    # (seed-30 bench reading: E1, E18, E11, E3, E20)
    ("Trong quá trình thảo luận tại phiên họp, đã có 24 đại biểu Quốc hội phát biểu và một đại biểu tranh luận.",
     None, None, None),
    ("Liên quan đến vụ 17 người nhập viện sau khi ăn cơm gà, ngày 16/5, Sở Y tế đã tổ chức họp khẩn.",
     None, None, None),
    ("9h sáng nay, Hòa Bình họp báo về sự cố chạy thận 7 người chết.", None, None, None),
    ("Ngày 6-2, Công an đã triệu tập hai cô giáo, mời 3 phụ huynh có con bị bạo hành đến làm việc.", None, None, None),
    # while a sitting's attendance stays, speakers or not
    ("Kỳ họp có 480 đại biểu Quốc hội tham dự, 26 đại biểu phát biểu tại hội trường.", 480, None, None),
    # the 21481397, bench 22669507 (reading seed 141, E26): reporters are not the meeting's attendance
    ("Sáng nay, cuộc họp bất ngờ được chuyển sang phòng họp nhỏ tại tầng hai của xã, hơn 20 phóng viên của các báo "
     "không được vào tham dự.", None, None, None),
    ("Tại hội nghị, Bộ trưởng cho biết: “Chúng tôi có làm việc với Cần Thơ, có hơn 1.000 phóng viên vào đây”.",
     None, None, None),
    # bench 22570868 (reading seed 141, E33): the voters a deputies' meeting with voters gathers
    ("Sáng 20/6, ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội và các đại biểu HĐND, đã tiếp xúc cử tri quận Hoàn "
     "Kiếm trước kỳ họp thứ 4 HĐND thành phố khóa XV. Trước hơn 100 cử tri, ông Chung cam kết thành phố sẽ khảo sát kĩ "
     "lưỡng khi triển khai dự án.", 100, None, None),
    # not who attended (working sets and bench 2017): voters and speakers of a sitting (22571674, 22673415) ...
    ("Thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự Với 434 đại biểu tán thành, chiếm tỷ lệ "
     "88,39%, Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự.", None, None, None),
    ("Tại phần thảo luận, đã có 10 đại biểu tham gia chất vấn.", None, None, None),
    ("Cùng với góp ý cho đề án hoàn thiện hơn khi triển khai, cả 10 đại biểu đều đồng tình về việc thành phố cần "
     "triển khai đề án.", None, None, None),
    # ... residents, people quarantined or tested positive, the elected and candidates, staff mobilised, figures
    # up to a cut-off (22471917, 22720814, unc_news_society_029, unc_news_society_226, unc_news_travel_232,
    # unc_news_education_066, unc_news_society_022, 22604284, 22432493)
    ("Tại Diễn đàn, Phó Thủ tướng cho biết cộng đồng người Việt Nam với hơn 65.000 người hiện đang sinh sống và làm "
     "việc tại Cộng hòa Czech.", None, None, None),
    ("Trong buổi làm việc, lãnh đạo thành phố cho biết chưa kể lượng xe của hơn 10.000 nhân viên làm việc tại sân bay "
     "Tân Sơn Nhất.", None, None, None),
    ("Tính từ 18/3/2020 đến 23/4/2021, tỉnh An Giang đã tiếp nhận và đưa vào cách ly tập trung 5.376 người tham gia "
     "cuộc họp.", None, None, None),
    ("Huyện Đông Anh đã lập 1 chốt cách ly khu vực nhà tập thể bệnh nhân sinh sống ở thôn Trung, xã Việt Hùng gồm 17 "
     "hộ gia đình với 73 người (52 người lớn, 21 trẻ em) và 14 chốt cách lý.", None, None, None),
    ("Chiều 29/4, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam họp triển khai các biện pháp khoanh vùng dập "
     "dịch Covid-19, liên quan đến 5 người trong một gia đình ở thôn Quan Nhân, xã Đạo Lý, huyện Lý Nhân, dương tính "
     "với SARS-CoV-2.", None, None, None),
    ("Tại đại hội, Hội Khuyến học tỉnh Bạc Liêu đã bầu ra 27 người vào Ban chấp hành nhiệm kỳ 2020 - 2025, 9 người "
     "vào Ban thường vụ.", None, None, None),
    ("Cuộc họp báo công bố danh sách chính thức 868 người ứng cử đại biểu Quốc hội khóa XV ở 184 đơn vị bầu cử trong "
     "cả nước do Hội đồng bầu cử quốc gia tổ chức tại Nhà Quốc hội.", None, None, None),
    ("Tại họp báo, Thứ trưởng Bùi Văn Ga cho biết, kỳ thi có 865.866 thí sinh đăng ký dự thi, được tổ chức tại 2.364 "
     "điểm thi với 36.809 phòng thi; huy động gần 90.000 cán bộ tham gia Kỳ thi.", None, None, None),
    ("Tại buổi làm việc, Thứ trưởng Bộ KHCN Trần Văn Tùng cho biết, tính đến 31.5.2016, cả nước có 1.432 tổ chức "
     "KHCN công lập với tổng số nhân lực nghiên cứu thuộc khu vực công lập 139.531 người.", None, None, None),
    # delegates some of whom live here are counted (bench 22582360); people who live there are not (bench 22471681)
    ("Đáng chú ý, tham dự buổi gặp mặt có hơn 250 đại biểu là người dân, sinh viên Campuchia đang sinh sống, làm việc, "
     "tập tại Việt Nam.", 250, None, None),
    ("Thủ tướng bày tỏ hài lòng khi quan hệ hợp tác ngày càng sâu sắc, thực chất với hơn 13.000 người Việt Nam đang "
     "sinh sống, học tập và làm việc tại tỉnh Aichi.", None, None, None),
    # ... a count expected before the meeting (22264675, 22215567), a caption's year (21491857)
    ("Dự kiến có hơn 1.200 đại biểu của 110 nước tham dự, trong đó bao gồm các nhà lãnh đạo của nhiều nước châu "
     "Phi.", None, None, None),
    ("Theo ông Hà, dự kiến có khoảng 2.000 đại biểu (nhiều gấp 4 lần năm 2016) sẽ trực tiếp tham dự hội nghị.",
     None, None, None),
    ("Toàn cảnh buổi gặp mặt chúc Tết cán bộ hưu trí khối cơ quan Tổng cục xuân Đinh Dậu 2017 Các lãnh đạo Tổng cục "
     "TCĐLCL tham dự buổi gặp mặt", None, None, None),
    ("Hội nghị này thu hút hơn 2000 đại biểu của các doanh nghiệp tham gia trực tiếp.", 2000, None, None),
    # shareholders counted at a clock time: the later tally wins (unc_news_business_055); a meeting's hours are no
    # tally (bench 21473297)
    ("Tuy nhiên, đến 9h mới chỉ có 44 cổ đông tham dự, với 390.442.358 cổ phần, chiếm tỷ lệ 31,76%. Theo quy định, "
     "số cổ đông tham dự chưa đủ. Đến 9h30 mới chỉ có 61 cổ đông tham dự phiên họp ĐHĐCĐ.", 61, None, None),
    ("Sự kiện sẽ diễn ra vào chiều tối ngày 07/02/2016 từ 18h đến 21h với ước tính khoảng 80 - 120 người tham gia là "
     "các bạn sinh viên. AmCham là một tổ chức độc lập với hơn 1.000 đại diện tham gia.", 120, None, None),
    # the generic "người" counts the attendance only with an attendance verb right by it (bench 22406586, 22619292,
    # 22651403, 22736885); not the people the story is about (unc_news_business_200, bench 22701483 are counts)
    ("Cảnh sát Malaysia vẫn đang truy tìm 4 người Triều Tiên bị tình nghi tham gia vụ ám sát.", None, None, None),
    ("Trong cuộc chiến tranh giải phóng dân tộc, thống nhất đất nước của nhân dân Việt Nam đã có tổng cộng 205 người "
     "con của Belarus tham gia công tác, chiến đấu tại Việt Nam.", None, None, None),
    ("Như VietNamNet đã thông tin, ngày 16/3, đoàn công tác của Sở TN-MT Kon Tum gồm 8 người đi về huyện Ia H’Drai "
     "làm việc.", None, None, None),
    ("Trong khi đó, về phía Hữu Tuấn, anh cũng chia sẻ, HLV Đan Trường từng mời anh và Bùi Thúy tham dự các liveshow "
     "tại Hà Nội và Hải Dương nên không có chuyện giữa 4 người có xích mích gì.", None, None, None),
    ("Ngay sau khi đại diện Eximbank công bố tỷ lệ cổ đông tham gia đại hội (97 người tham gia, số cổ phần "
     "1.161.881.877, tỷ lệ 94,51%), một cổ đông đã đứng lên thắc mắc.", 97, None, None),
    ("Khoảng 200 người tham dự buổi làm việc, trong đó có ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội, đại diện "
     "chính quyền xã và khoảng 10 người dân thôn Hoành.", 200, None, None),
    ("Hội nghị diễn ra với sự tham gia của hơn 200 người.", 200, None, None),
    # members of an association, the Party or a union count a body's membership, the attendance only with an
    # attendance verb right by them (work 21511016; bench 22620472, 22713621)
    ("Báo cáo tại buổi làm việc, ông Chu Tiến Dũng, Chủ tịch Hiệp hội DN TP, cho biết hiện có 65 hội và CLB với 9.000 "
     "hội viên, trong đó 450 DN là hội viên trực tiếp.", None, None, None),
    ("Thủ tướng Nguyễn Xuân Phúc khẳng định như trên tại cuộc tiếp xúc cử tri chuyên đề tại Câu lạc bộ Bạch Đằng - nơi "
     "sinh hoạt của hơn 1.750 hội viên là các cán bộ hưu trí.", None, None, None),
    ("Đại hội Công đoàn (CĐ) Công ty CP Bách Hưng Sinh lần thứ nhất đã diễn ra ngày 9-7 với 120 đoàn viên tham gia.",
     120, None, None),
    # a part of a whole told before it ("trong đó", "trong số ...") is a subgroup (bench 22301059, 22693606, 22604262)
    ("Cụ thể, trong số 2.000 đại biểu trực tiếp dự tại Trung tâm Hội nghị Quốc gia thì có tới 1.500 đại biểu doanh "
     "nghiệp tư nhân.", 2000, None, None),
    ("Ngày 3.7, Bộ VHTTDL đã có quyết định thành lập đoàn TTVN dự SEA Games 2017 gồm 693 thành viên, trong đó có 1 "
     "trưởng đoàn, 10 phó đoàn, 18 cán bộ đoàn, 22 bác sĩ, 32 lãnh đội, 28 chuyên gia và 106 HLV.", None, None, None),
    ("Tổng diện tích thu hồi đất cho dự án là 5.000 ha trên địa bàn 6 xã thuộc huyện Long Thành, trong đó có 4.730 "
     "hộ dân và 26 tổ chức bị ảnh hưởng, đại diện các hộ dân tham dự.", None, None, None),
    # what a body, a place or a list is made of ("gồm", "bao gồm") is no attending body (bench 21473906, 22246202,
    # 22399005; unc_news_society_223)
    ("TP Hà Nội hiện có 584 đơn vị hành chính cấp xã, gồm 386 xã, 177 phường, 21 thị trấn.", None, None, None),
    ("Ban Kinh tế Trung ương gồm 8 đơn vị, trong đó có 6 vụ chức năng, được giao thực hiện 5 nhiệm vụ chính.",
     None, None, None),
    ("EXO giới thiệu tour lưu diễn toàn cầu hồi tháng 7 năm ngoái và đã biểu diễn ở 17 thành phố bao gồm Los Angeles "
     "(Mỹ), Bangkok (Thái Lan) và Hồng Kông (Trung Quốc).", None, None, None),
    # nor are the bodies a measure is about ("đối với"), tasks are given to ("cho"), or cases (work 21477972,
    # 21474742; bench 22497814, 22667741)
    ("Bộ trưởng Bộ Xây dựng Phạm Hồng Hà cho biết giai đoạn 2016-2020 sẽ tiếp tục thực hiện sắp xếp, tái cơ cấu toàn "
     "diện đối với 16 doanh nghiệp (gồm 12 Tổng công ty- Công ty cổ phần và 4 Tổng công ty- Công ty TNHH Một thành "
     "viên).", None, None, None),
    ("Ngày 6/2, chủ trì buổi giao ban với lãnh đạo các sở, ngành TP, Chủ tịch UBND TP Nguyễn Đức Chung, đã giao nhiệm "
     "vụ cho 17 sở, ngành với 84 đầu việc, nhiệm vụ trong năm 2017.", None, None, None),
    ("Thậm chí đề nghị cho 2 cơ sở này ra khỏi danh sách các cơ sở đóng tàu đủ điều kiện tham gia Nghị định 67.",
     None, None, None),
    ("5- Xem xét, giải quyết khiếu nại kỷ luật đảng theo thẩm quyền đối với 4 trường hợp; tham gia ý kiến về giải "
     "quyết khiếu nại kỷ luật thuộc thẩm quyền của Ban Bí thư.", None, None, None),
    # the works a contest received, contestants, a preparatory course (bench 22530639, 22573816, 21472646)
    ("Tại buổi họp báo, ông Hồ Quang Lợi cho biết, Ban thư ký tổng hợp Giải đã nhận được 1.637 tác phẩm báo chí từ "
     "214 đơn vị và cá nhân gửi đến.", None, None, None),
    ("Ban tổ chức đã nhận được hơn 400 bài dự thi có chất lượng từ 47 cơ quan báo chí của Trung ương, địa phương.",
     None, None, None),
    ("“Nếu làm được điều này, bình quân một năm khoảng 2.000 học sinh Hà Nội không cần sang học dự bị đại học ở các "
     "nước.", None, None, None),
    # the speakers at the floor, those who answered a poll, the speakers of a workshop, those who serve a meeting
    # (bench 22509300, 22564554; unc_news_education_084, work 21487267)
    ("Tại cuộc họp, 15 đại biểu (ĐB) HĐND TP.HCM nêu ý kiến về những bất cập, tồn tại trong công tác quản lý.",
     None, None, None),
    ("Kết quả phiếu xin ý kiến cho thấy, có 423 đại biểu trả lời, trong đó có 332 đại biểu (chiếm 78,5 %) tán thành.",
     None, None, None),
    ("Đó là gợi ý được TS. Trần Việt Hùng, TS. Vũ Duy Thức và GS. Vũ Ngọc Tâm - 3 diễn giả người Việt nổi tiếng về "
     "khởi nghiệp tại Mỹ chia sẻ trong khuôn khổ hội thảo trực tuyến Hack4Growth Kick-off 2021 được tổ chức mới đây.",
     None, None, None),
    ("Tỉnh Khánh Hòa đã chọn 5 khách sạn làm địa điểm diễn ra các hội nghị, Trung tâm hội nghị tỉnh trở thành trung "
     "tâm báo chí; 180 tình nguyện viên đã được lựa chọn và trải qua các đợt tập huấn nhiệm vụ phục vụ đại biểu và hội "
     "nghị.", None, None, None),
    # workers, firms written "DN", partners, bodies after an attendance verb (work 22319122, 22676854;
    # unc_news_tech_122; bench 22627654)
    ("Sáng nay, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã có cuộc đối thoại với gần 1.000 công nhân lao động các Khu "
     "công nghiệp và chế xuất (KCN&CX) Hà Nội.", 1000, None, None),
    ("Tham dự hội thảo có khoảng 40 DN kinh doanh kho, bãi cảng, hãng hàng không.", None, 40, None),
    ("Hội nghị năm nay có sự tham gia của gần 100 đối tác tại Việt Nam, gồm những nhà phân phối và các đối tác bán lẻ.",
     None, 100, None),
    ("Tọa đàm do Phòng Thương mại và Công nghiệp Việt Nam phối hợp với Phòng Thương mại và Công nghiệp Belarus tổ "
     "chức, thu hút gần 500 doanh nghiệp hai nước tham dự.", None, 500, None),
    # "tổ chức tại/từ" after a count with no name before it is the bodies counted (review 39c); after a name's ordinal
    # the verb "organised" (bench: "dự SEA Games 29 tổ chức tại Malaysia")
    ("Hội thảo có sự tham gia của 30 tổ chức từ 15 quốc gia.", None, 30, None),
    ("Tham dự hội nghị có đại diện 45 tổ chức tại Việt Nam.", None, 45, None),
    ("Đoàn thể thao Việt Nam dự SEA Games 29 tổ chức tại Malaysia.", None, None, None),
]


@pytest.mark.parametrize("text, delegates, organizations, sites", COUNTS)
def test_counts(text, delegates, organizations, sites):
    doc = Doc.from_raw(text)
    attendance, spans = extract_attendance(doc)
    assert (attendance.delegates, attendance.organizations, attendance.sites) == (delegates, organizations, sites)
    for field, value in (("delegates", delegates), ("organizations", organizations), ("sites", sites)):
        key = "attendance." + field
        if value is None:
            assert key not in spans
        else:  # the evidence is the number as written
            (start, end), = spans[key]
            assert int(doc.text[start:end].replace(".", "")) == value


def test_the_count_nearest_the_event_wins():
    """A count of an earlier meeting in the background yields to the reported meeting's own."""
    text = ("Năm 2016, Hội thảo lần thứ nhất đã có sự tham dự của hơn 200 đại biểu. "
            "Ngày 19/2/2022, trường phổ thông liên cấp Olympia tổ chức hội thảo trực tuyến \"Olympia - Hành trình "
            "chuyển đổi số trường học\" với sự tham dự của hơn 300 cán bộ quản lý, giáo viên, nhân viên.")
    doc = Doc.from_raw(text)
    attendance, _ = extract_attendance(doc, anchor=text.index("hội thảo trực tuyến"))
    assert attendance.delegates == 300


@pytest.mark.parametrize("text, kind, organizations", [
    # bench 22214631: a press conference is told the figures of the meeting it announces; its own attendance is
    # told in a sentence that names it alone (work 22259576)
    ("Ngoài ra, Hội nghị sẽ họp trực tuyến với 63 tỉnh thành, mỗi điểm cầu 50-100 người.", "họp báo", None),
    ("Ngoài ra, Hội nghị sẽ họp trực tuyến với 63 tỉnh thành, mỗi điểm cầu 50-100 người.", "hội nghị", 63),
    ("Tham dự buổi họp báo có đại diện, phóng viên của hơn 50 cơ quan báo chí thường trú tại Hải Phòng.", "họp báo", 50),
])
def test_a_press_conference_counts_only_its_own(text, kind, organizations):
    attendance, _ = extract_attendance(Doc.from_raw(text), kind=kind)
    assert attendance.organizations == organizations


@pytest.mark.parametrize("text, year, organizations", [
    # unc_news_education_029, work 22490521: a sentence that opens with an earlier year tells of an earlier event
    ("Năm 2020, trường đã tổ chức hội thảo với trên 30 doanh nghiệp tham dự.", 2021, None),
    ("Năm 2020, trường đã tổ chức hội thảo với trên 30 doanh nghiệp tham dự.", 2020, 30),
    ("Năm 2016, với vai trò là Quốc gia danh dự tại Vietnam Foodexpo, Italy đã tham gia triển lãm với trên 30 doanh "
     "nghiệp, 40 gian hàng triển lãm.", 2017, None),
])
def test_a_sentence_of_an_earlier_year_counts_an_earlier_event(text, year, organizations):
    attendance, _ = extract_attendance(Doc.from_raw(text), year=year)
    assert attendance.organizations == organizations


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,hơn gần đại biểu tham dự thư viện điểm cầu\n")),
               max_size=300), st.integers(min_value=0, max_value=400))
def test_never_raises(text, anchor):
    attendance, spans = extract_attendance(Doc.from_raw(text), anchor=anchor)
    for value in (attendance.delegates, attendance.organizations, attendance.sites):
        assert value is None or value >= 2
    assert set(spans) <= {"attendance.delegates", "attendance.organizations", "attendance.sites"}


_PIECES = ["hơn", "gần", "gần như", "tổng số", "tất cả", "hàng", "trên", "400", "1.200", "2,5", "15.5", "7", "02",
           "đại biểu", "người", "vị", "các", "thư viện", "điểm cầu", "cán bộ", "năm", "%", ",", ".", "/", "-", "x", "A",
           "họp", "tham dự", "\n", "  ", "có", "với", "ngon"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from([" ", "", "\n", ". "]), max_size=40))
def test_counts_are_found_where_finditer_finds_them(pieces, gaps):
    """The counts found only where one can start (_count_matches) are those the count regex finds over the text."""
    from libmeet.parse.counts import _count_matches, _patterns

    low = "".join(piece + (gaps[i] if i < len(gaps) else " ") for i, piece in enumerate(pieces))
    count = _patterns()[0]
    assert [(m.span(), m.span(1), m.group(2)) for m in _count_matches(low, count)] == \
           [(m.span(), m.span(1), m.group(2)) for m in count.finditer(low)]


@pytest.mark.parametrize("text", [
    # bench 22398005: "dự" of "dự thảo" says no one came
    "Bộ cũng đã gửi dự thảo quy hoạch và nhận được ý kiến của 11 bộ, ngành liên quan và TP Đà Nẵng.",
    # bench 22423328: "dự án", the projects of the investors counted
    "Hiện tại, tuyến đường liên cảng đang gặp vướng mắc do 2 dự án cầu Phước An và đường dẫn vào cảng Phước An được 2 "
    "nhà đầu tư đề xuất theo hình thức BOT.",
    # bench 22433140: the districts a project runs through
    "Dự án đường cao tốc Đà Nẵng - Quảng Ngãi qua địa phận tỉnh Quảng Nam dài gần 92 km, đi qua 26 xã của 7 huyện, "
    "thành phố.",
])
def test_a_word_opening_with_an_attendance_verb_counts_no_one(text):
    attendance, _ = extract_attendance(Doc.from_raw(text))
    assert (attendance.delegates, attendance.organizations, attendance.sites) == (None, None, None)
