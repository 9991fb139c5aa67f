"""Held-out articles for the entity recogniser: Vietnamese news written for
these tests on topics the seed documents do not cover (a provincial economy
story, an ASEAN summit, a utility company after a storm, tourism in Hà Nội,
a state visit, a corruption trial, a football final, a storm, a regional
railway story, the stock market, dengue fever, a prime minister's visit, flood
aid, a chip-maker's research centre, a Cambodian prime minister's visit, the
Vietnam-Laos intergovernmental commission, a parliamentary visit to Cambodia,
defence talks in Laos, rice exports).  The last fifteen were written and annotated before the recogniser had seen them; where
it failed on them the general rule behind the failure was fixed, so they are now
regression tests rather than a blind score (texts and annotations unchanged).
The expected entities are annotated by the rules of shared/gold/README.md and
scored the way shared/tools/score_extraction.py scores them (an entity is found
when one of its forms matches one of the predicted entity's name or aliases).
"""

from __future__ import annotations

import pytest
from entity_blind_articles import Gold, L, O, P
from entity_blind_articles import score as score_entities

from vnewsgraph.ingest.files import article_from_text
from vnewsgraph.model import Document
from vnewsgraph.nlp.entities import EntityRecognizer
from vnewsgraph.nlp.pipeline import Pipeline
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer

PROVINCE = """Tây Ninh thu hút hơn 1,2 tỷ USD vốn FDI trong quý I

Ngày 2/4, UBND tỉnh Tây Ninh tổ chức hội nghị xúc tiến đầu tư với sự tham dự của Thứ trưởng Bộ Tài chính Nguyễn Đức Chi và đại diện Tổng cục Hải quan.

Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn Út cho biết sau khi hợp nhất với tỉnh Long An từ ngày 1/7/2025, tỉnh có dư địa lớn để phát triển công nghiệp. Ông Út nhấn mạnh tỉnh sẽ phối hợp chặt chẽ với Thành phố Hồ Chí Minh trong kết nối giao thông.

Theo Sở Tài chính tỉnh Tây Ninh, Tập đoàn Becamex đang khảo sát mở rộng nhà máy tại khu công nghiệp Phước Đông. Ông Choi Joo Ho, Tổng Giám đốc Công ty Hyosung Việt Nam, cho biết doanh nghiệp đánh giá cao môi trường đầu tư của địa phương.

Bà Trần Thị Mỹ Dung, Giám đốc Sở Công Thương, cho biết kim ngạch xuất khẩu sang Hàn Quốc và Nhật Bản tăng 15%. Ảnh: Hữu Hùng/VnExpress
"""
PROVINCE_GOLD = [
    L("Tây Ninh", "tỉnh Tây Ninh"), O("UBND tỉnh Tây Ninh"), O("Bộ Tài chính"), P("Nguyễn Đức Chi"),
    O("Tổng cục Hải quan"), P("Nguyễn Văn Út"), L("Long An", "tỉnh Long An"),
    L("Thành phố Hồ Chí Minh"), O("Sở Tài chính tỉnh Tây Ninh"), O("Tập đoàn Becamex"),
    L("khu công nghiệp Phước Đông", alt=("ORGANIZATION",)), P("Choi Joo Ho"),
    O("Công ty Hyosung Việt Nam"), L("Việt Nam", opt=True), P("Trần Thị Mỹ Dung"), O("Sở Công Thương"),
    L("Hàn Quốc"), L("Nhật Bản"), P("Hữu Hùng", opt=True), O("VnExpress", opt=True),
]

ASEAN = """Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur

Chiều 26/10, tại Thủ đô Kuala Lumpur, Malaysia, Thủ tướng Chính phủ Phạm Minh Chính cùng lãnh đạo các nước ASEAN dự lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ 47. Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch ASEAN năm 2025, chủ trì hội nghị.

Tại phiên họp, các nhà lãnh đạo chính thức kết nạp Timor-Leste trở thành thành viên thứ 11 của Hiệp hội. Tổng Thư ký ASEAN Kao Kim Hourn cho rằng đây là dấu mốc lịch sử. Thủ tướng Timor-Leste Xanana Gusmão bày tỏ cảm ơn các nước thành viên.

Bên lề hội nghị, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Indonesia Prabowo Subianto và Thủ tướng Thái Lan Anutin Charnvirakul. Hai bên nhất trí thúc đẩy đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) phù hợp với luật pháp quốc tế, trong đó có Công ước Liên Hợp Quốc về Luật Biển năm 1982.

Bộ trưởng Bộ Ngoại giao Lê Hoài Trung cho biết Việt Nam sẽ tiếp tục đóng góp tích cực cho Cộng đồng ASEAN. Tổng thống Mỹ Donald Trump cũng tham dự Hội nghị Cấp cao Đông Á tại Malaysia.
"""
ASEAN_GOLD = [
    O("ASEAN"), L("Kuala Lumpur", "Thủ đô Kuala Lumpur"), L("Malaysia"), O("Chính phủ", opt=True),
    P("Phạm Minh Chính"), P("Anwar Ibrahim"), L("Timor-Leste"), P("Kao Kim Hourn"), P("Xanana Gusmão"),
    L("Indonesia"), P("Prabowo Subianto"), L("Thái Lan"), P("Anutin Charnvirakul"), L("Biển Đông"),
    O("Liên Hợp Quốc"), O("Bộ Ngoại giao"), P("Lê Hoài Trung"), L("Việt Nam"),
    O("Cộng đồng ASEAN", opt=True), L("Mỹ"), P("Donald Trump"), O("Hội nghị Cấp cao Đông Á", opt=True),
]

UTILITY = """EVN khôi phục cấp điện sau bão số 3

Tập đoàn Điện lực Việt Nam (EVN) cho biết đến sáng 10/9 đã khôi phục cấp điện cho 85% khách hàng tại các tỉnh miền Bắc bị ảnh hưởng bởi bão số 3 (Yagi).

Theo ông Nguyễn Anh Tuấn, Tổng Giám đốc EVN, Tổng công ty Điện lực miền Bắc đã huy động hơn 10.000 công nhân. Riêng tại thành phố Hải Phòng và tỉnh Quảng Ninh, nhiều trạm biến áp bị hư hỏng nặng.

Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mực nước sông Hồng tại Hà Nội tiếp tục lên. Phó Thủ tướng Trần Hồng Hà đã yêu cầu Bộ Nông nghiệp và Môi trường phối hợp với các địa phương bảo đảm an toàn hồ đập.

Ngân hàng Thế giới (WB) và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cam kết hỗ trợ Việt Nam khắc phục hậu quả. Công ty cổ phần Sữa Việt Nam (Vinamilk) ủng hộ 5 tỷ đồng cho người dân vùng lũ.
"""
UTILITY_GOLD = [
    O("Tập đoàn Điện lực Việt Nam", "EVN"), L("Việt Nam"), P("Nguyễn Anh Tuấn"),
    O("Tổng công ty Điện lực miền Bắc"), L("Hải Phòng", "thành phố Hải Phòng"),
    L("Quảng Ninh", "tỉnh Quảng Ninh"), O("Trung tâm Dự báo khí tượng thủy văn quốc gia"),
    L("sông Hồng"), L("Hà Nội"), P("Trần Hồng Hà"), O("Bộ Nông nghiệp và Môi trường"),
    O("Ngân hàng Thế giới", "WB"), O("Cơ quan Hợp tác Quốc tế Nhật Bản", "JICA"), L("Nhật Bản", opt=True),
    O("Công ty cổ phần Sữa Việt Nam", "Vinamilk"), L("miền Bắc", opt=True),
]

TOURISM = """Hà Nội đón 2,5 triệu lượt khách quốc tế

Theo Sở Du lịch Hà Nội, trong 6 tháng đầu năm, Thủ đô đón khoảng 2,5 triệu lượt khách quốc tế. Bà Đặng Hương Giang - Giám đốc Sở Du lịch Hà Nội - cho biết khách Hàn Quốc và Trung Quốc chiếm tỷ trọng lớn nhất.

Đồng thời, thành phố đẩy mạnh quảng bá tại Đức và Pháp. Trong khi đó, Vietnam Airlines mở thêm đường bay thẳng tới Melbourne.

"Chúng tôi kỳ vọng lượng khách sẽ tăng mạnh", ông Giang Hữu Thành, Phó Chủ tịch UBND TP Hà Nội, nói tại buổi làm việc với Tổng cục Du lịch. Ông Thành cũng đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ.

Chiều cùng ngày, Phó Thủ tướng Nguyễn Chí Dũng tiếp ông Kenji Tanaka, Chủ tịch Tập đoàn Sumitomo. Ông Tanaka cho biết tập đoàn muốn đầu tư vào Khu công nghệ cao Hòa Lạc. Lãnh đạo Trường Đại học Quốc gia Hà Nội cũng dự buổi tiếp.

Quần đảo Trường Sa và quần đảo Hoàng Sa là một phần lãnh thổ của Việt Nam, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng khẳng định.
"""
TOURISM_GOLD = [
    L("Hà Nội"), O("Sở Du lịch Hà Nội"), P("Đặng Hương Giang"), L("Hàn Quốc"), L("Trung Quốc"),
    L("Đức"), L("Pháp"), O("Vietnam Airlines"), L("Melbourne"), P("Giang Hữu Thành"),
    O("UBND TP Hà Nội"), O("Tổng cục Du lịch"), O("Bộ Văn hóa, Thể thao và Du lịch"),
    P("Nguyễn Chí Dũng"), P("Kenji Tanaka"), O("Tập đoàn Sumitomo"),
    L("Khu công nghệ cao Hòa Lạc", alt=("ORGANIZATION",)), O("Trường Đại học Quốc gia Hà Nội"),
    L("Trường Sa", "Quần đảo Trường Sa"), L("Hoàng Sa", "quần đảo Hoàng Sa"), L("Việt Nam"),
    O("Bộ Ngoại giao"), P("Phạm Thu Hằng"),
]

DIPLOMACY = """Chủ tịch nước Lương Cường hội đàm với Tổng thống Hàn Quốc Lee Jae-myung

Sáng 11/8, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức Tổng thống Hàn Quốc Lee Jae-myung và Phu nhân thăm cấp Nhà nước tới Việt Nam.

Tại hội đàm, hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030. Tổng thống Lee Jae-myung đánh giá cao vai trò của cộng đồng doanh nghiệp Hàn Quốc như Samsung, LG và Hyundai tại Việt Nam.

Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học và Công nghệ thông tin Hàn Quốc. Bộ trưởng Nguyễn Mạnh Hùng cho biết hai bên sẽ hợp tác về trí tuệ nhân tạo và bán dẫn.

Trước đó, Tổng thống Lee Jae-myung đã có cuộc gặp với Tổng Bí thư Tô Lâm tại Trụ sở Trung ương Đảng. Ông Lee cũng dự Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc do Phòng Thương mại và Công nghiệp Việt Nam (VCCI) và Hiệp hội Thương mại Quốc tế Hàn Quốc (KITA) đồng tổ chức tại Thành phố Hồ Chí Minh.

Dịp này, Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ cho biết có khoảng 330.000 người Việt Nam đang sinh sống tại Hàn Quốc, tập trung ở Seoul, Gyeonggi và Busan.
"""
DIPLOMACY_GOLD = [
    P("Lương Cường"), L("Hàn Quốc"), P("Lee Jae-myung"), L("Phủ Chủ tịch", opt=True, alt=("ORGANIZATION",)),
    L("Việt Nam"), O("Samsung"), O("LG"), O("Hyundai"), O("Bộ Khoa học và Công nghệ Việt Nam"),
    O("Bộ Khoa học và Công nghệ thông tin Hàn Quốc"), P("Nguyễn Mạnh Hùng"), P("Tô Lâm"),
    O("Trung ương Đảng", opt=True), O("Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc", opt=True),
    O("Phòng Thương mại và Công nghiệp Việt Nam", "VCCI"), O("Hiệp hội Thương mại Quốc tế Hàn Quốc", "KITA"),
    L("Thành phố Hồ Chí Minh"), P("Vũ Hồ"), L("Seoul"), L("Gyeonggi"), L("Busan"),
]

COURT = """Xét xử vụ án sai phạm tại Tập đoàn Phúc Sơn

Ngày 15/5, Tòa án nhân dân TP Hà Nội mở phiên sơ thẩm xét xử Nguyễn Văn Hậu, Chủ tịch HĐQT Tập đoàn Phúc Sơn, cùng 28 bị cáo về các tội đưa hối lộ và vi phạm quy định về đất đai.

Theo cáo trạng của Viện kiểm sát nhân dân tối cao, trong giai đoạn 2016-2023, bị cáo Hậu đã chỉ đạo cấp dưới đưa hối lộ cho nhiều cán bộ tại tỉnh Vĩnh Phúc và tỉnh Thanh Hóa để được giao các dự án. Cựu Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan bị cáo buộc nhận hối lộ.

Cơ quan Cảnh sát điều tra Bộ Công an (C03) đã thu giữ nhiều tài liệu liên quan. Thiếu tướng Nguyễn Ngọc Cường, Cục trưởng C03, cho biết các bị cáo đã nộp lại hơn 300 tỷ đồng.

Luật sư Trương Anh Tú, người bào chữa cho bị cáo Hậu, đề nghị Hội đồng xét xử xem xét các tình tiết giảm nhẹ. Phiên tòa dự kiến kéo dài 10 ngày.
"""
COURT_GOLD = [
    O("Tập đoàn Phúc Sơn"), O("Tòa án nhân dân TP Hà Nội"), L("Hà Nội", "TP Hà Nội"), P("Nguyễn Văn Hậu"),
    O("Viện kiểm sát nhân dân tối cao"), L("Vĩnh Phúc", "tỉnh Vĩnh Phúc"), L("Thanh Hóa", "tỉnh Thanh Hóa"),
    P("Hoàng Thị Thúy Lan"), O("Cơ quan Cảnh sát điều tra Bộ Công an", "C03"), O("Bộ Công an"),
    P("Nguyễn Ngọc Cường"), P("Trương Anh Tú"), O("Tỉnh ủy Vĩnh Phúc", opt=True),
]

SPORT = """Đội tuyển Việt Nam thắng Thái Lan ở chung kết ASEAN Cup

Tối 5/1, trên sân Rajamangala ở Bangkok, đội tuyển Việt Nam đánh bại Thái Lan 3-2 để giành chức vô địch ASEAN Cup 2024. Tiền đạo Nguyễn Xuân Son ghi bàn mở tỷ số ở phút 8.

Sau trận đấu, HLV Kim Sang-sik cho biết ông tự hào về các học trò. "Các cầu thủ đã chiến đấu hết mình", chiến lược gia người Hàn Quốc nói. Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF) Trần Quốc Tuấn gửi thư khen đội tuyển.

Thủ tướng Phạm Minh Chính đã gửi thư chúc mừng. Về phía Thái Lan, HLV Masatada Ishii thừa nhận đội chủ nhà chơi không tốt trong hiệp hai. Hãng tin AFP nhận định chiến thắng đánh dấu sự trở lại của bóng đá Việt Nam tại Đông Nam Á.
"""
SPORT_GOLD = [
    L("Việt Nam"), L("Thái Lan"), L("sân Rajamangala", "Rajamangala", alt=("ORGANIZATION",)), L("Bangkok"),
    P("Nguyễn Xuân Son"), P("Kim Sang-sik"), L("Hàn Quốc"), O("Liên đoàn Bóng đá Việt Nam", "VFF"),
    P("Trần Quốc Tuấn"), P("Phạm Minh Chính"), P("Masatada Ishii"), O("AFP"), L("Đông Nam Á"),
]

WEATHER = """Bão số 5 đổ bộ vào Nghệ An, hơn 20.000 người phải sơ tán

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, sáng 25/8, bão số 5 (tên quốc tế Kajiki) đã đổ bộ vào khu vực giữa tỉnh Nghệ An và tỉnh Hà Tĩnh với sức gió cấp 12.

Ông Lê Hồng Vinh, Chủ tịch UBND tỉnh Nghệ An, cho biết địa phương đã sơ tán hơn 20.000 người dân ở các xã ven biển. Tại thị xã Hoàng Mai và huyện Quỳnh Lưu, nhiều nhà dân bị tốc mái.

Bộ Nông nghiệp và Môi trường đề nghị các địa phương từ Thanh Hóa đến Quảng Trị chủ động ứng phó với mưa lớn. Thứ trưởng Nguyễn Hoàng Hiệp đã trực tiếp chỉ đạo tại Hà Tĩnh.

Tổng công ty Điện lực miền Bắc (EVNNPC) cho biết khoảng 500.000 khách hàng bị mất điện. Hội Chữ thập đỏ Việt Nam đã hỗ trợ 2 tỷ đồng cho người dân bị ảnh hưởng.
"""
WEATHER_GOLD = [
    L("Nghệ An", "tỉnh Nghệ An"), O("Trung tâm Dự báo khí tượng thủy văn quốc gia"), L("Hà Tĩnh", "tỉnh Hà Tĩnh"),
    P("Lê Hồng Vinh"), O("UBND tỉnh Nghệ An"), L("Hoàng Mai", "thị xã Hoàng Mai"),
    L("Quỳnh Lưu", "huyện Quỳnh Lưu"), O("Bộ Nông nghiệp và Môi trường"), L("Thanh Hóa"), L("Quảng Trị"),
    P("Nguyễn Hoàng Hiệp"), O("Tổng công ty Điện lực miền Bắc", "EVNNPC"), O("Hội Chữ thập đỏ Việt Nam"),
    L("Việt Nam", opt=True),
]

REGION = """Trung Quốc và Lào thúc đẩy tuyến đường sắt liên vận

Ngày 3/12, tại Bắc Kinh, Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với Chủ tịch nước Lào Thongloun Sisoulith. Hai bên nhất trí mở rộng khai thác tuyến đường sắt Côn Minh - Viêng Chăn.

Theo Tân Hoa xã, Thủ tướng Lý Cường cũng tiếp Thủ tướng Lào Sonexay Siphandone. Ông Lý Cường cho biết Trung Quốc sẵn sàng tăng nhập khẩu nông sản từ Lào.

Trong khi đó, Thủ tướng Thái Lan Paetongtarn Shinawatra kêu gọi kết nối tuyến đường sắt cao tốc Bangkok - Nong Khai với mạng lưới của Lào. Bà Paetongtarn nhấn mạnh Thái Lan muốn trở thành trung tâm logistics của khu vực.

Tổng cục Đường sắt Lào và Công ty Đường sắt Lào - Trung Quốc (LCR) cho biết lượng hàng hóa vận chuyển qua cửa khẩu Boten tăng 40%. Ngân hàng Phát triển châu Á (ADB) dự báo kinh tế Lào tăng trưởng 4% năm nay.
"""
REGION_GOLD = [
    L("Trung Quốc"), L("Lào"), L("Bắc Kinh"), P("Tập Cận Bình"), P("Thongloun Sisoulith"), L("Côn Minh"),
    L("Viêng Chăn", "Vientiane"), O("Tân Hoa xã"), P("Lý Cường"), P("Sonexay Siphandone"), L("Thái Lan"),
    P("Paetongtarn Shinawatra"), L("Bangkok"), L("Nong Khai"), O("Tổng cục Đường sắt Lào"),
    O("Công ty Đường sắt Lào - Trung Quốc", "LCR"), L("cửa khẩu Boten", "Boten"),
    O("Ngân hàng Phát triển châu Á", "ADB"),
]

MARKET = """VN-Index tăng mạnh, khối ngoại mua ròng 1.200 tỷ đồng

Phiên giao dịch ngày 14/3, chỉ số VN-Index trên Sở Giao dịch Chứng khoán TP.HCM (HoSE) tăng 18 điểm. Cổ phiếu của Tập đoàn Hòa Phát, Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank) và Công ty cổ phần Tập đoàn Masan dẫn dắt thị trường.

Theo ông Phan Dũng Khánh, Giám đốc đầu tư Công ty Maybank Investment Bank Việt Nam, dòng tiền đang quay lại nhờ kỳ vọng FTSE Russell nâng hạng thị trường. Ủy ban Chứng khoán Nhà nước cho biết đã hoàn tất sửa đổi các thông tư liên quan.

Tại Mỹ, chỉ số Dow Jones giảm nhẹ sau khi Cục Dự trữ Liên bang (Fed) giữ nguyên lãi suất. Chủ tịch Fed Jerome Powell cho rằng lạm phát vẫn cao hơn mục tiêu 2%.
"""
MARKET_GOLD = [
    O("Sở Giao dịch Chứng khoán TP.HCM", "HoSE"), L("TP.HCM", opt=True), O("Tập đoàn Hòa Phát"),
    O("Ngân hàng TMCP Kỹ Thương Việt Nam", "Techcombank"), L("Việt Nam", opt=True),
    O("Công ty cổ phần Tập đoàn Masan", "Tập đoàn Masan"), P("Phan Dũng Khánh"),
    O("Công ty Maybank Investment Bank Việt Nam"), O("FTSE Russell"), O("Ủy ban Chứng khoán Nhà nước"),
    L("Mỹ"), O("Cục Dự trữ Liên bang", "Fed"), P("Jerome Powell"),
]

HEALTH = """Bộ Y tế cảnh báo dịch sốt xuất huyết tăng mạnh

Theo Cục Phòng bệnh (Bộ Y tế), từ đầu năm đến nay cả nước ghi nhận hơn 75.000 ca sốt xuất huyết, trong đó 12 ca tử vong. Các địa phương có số ca mắc cao gồm Hà Nội, Đà Nẵng, Khánh Hòa và Cần Thơ.

PGS.TS Vương Ánh Dương, Phó Cục trưởng Cục Phòng bệnh, cho biết Tổ chức Y tế Thế giới (WHO) đã hỗ trợ Việt Nam 500.000 USD để phòng chống dịch. Bệnh viện Bệnh Nhiệt đới Trung ương đang điều trị cho 120 bệnh nhân nặng.

Tại TP.HCM, Sở Y tế thành phố đề nghị người dân diệt lăng quăng mỗi tuần. Giám đốc Sở Y tế TP.HCM Tăng Chí Thượng cho biết ngành y tế đã phun hóa chất tại quận Bình Tân và huyện Củ Chi.

Bà Angela Pratt, Trưởng đại diện WHO tại Việt Nam, khuyến cáo các nước trong khu vực tăng cường giám sát.
"""
HEALTH_GOLD = [
    O("Bộ Y tế"), O("Cục Phòng bệnh"), L("Hà Nội"), L("Đà Nẵng"), L("Khánh Hòa"), L("Cần Thơ"),
    P("Vương Ánh Dương"), O("Tổ chức Y tế Thế giới", "WHO"), L("Việt Nam"),
    O("Bệnh viện Bệnh Nhiệt đới Trung ương"), L("TP.HCM", "Thành phố Hồ Chí Minh"), O("Sở Y tế TP.HCM"),
    P("Tăng Chí Thượng"), L("Bình Tân", "quận Bình Tân"), L("Củ Chi", "huyện Củ Chi"), P("Angela Pratt"),
]

POLITICS = """Chủ tịch nước Lương Cường tiếp Thủ tướng Singapore Lawrence Wong

Chiều 18/11, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Cộng hòa Singapore Lawrence Wong nhân dịp sang thăm chính thức Việt Nam.

Chủ tịch nước đánh giá cao những đóng góp của Singapore đối với sự phát triển của Việt Nam, đặc biệt thông qua các Khu công nghiệp Việt Nam - Singapore (VSIP). Thủ tướng Lawrence Wong khẳng định Singapore coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam.

Cùng ngày, Thủ tướng Lawrence Wong đã hội đàm với Thủ tướng Phạm Minh Chính và hội kiến Tổng Bí thư Tô Lâm. Hai Thủ tướng chứng kiến lễ ký Bản ghi nhớ về hợp tác năng lượng giữa Bộ Công Thương Việt Nam và Bộ Thương mại và Công nghiệp Singapore.

Tham dự buổi tiếp có Phó Thủ tướng Bùi Thanh Sơn; Bộ trưởng, Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải; Đại sứ Singapore tại Việt Nam Jaya Ratnam.
"""
POLITICS_GOLD = [
    P("Lương Cường"), L("Singapore", "Cộng hòa Singapore"), P("Lawrence Wong"),
    L("Phủ Chủ tịch", opt=True, alt=("ORGANIZATION",)), L("Việt Nam"),
    L("Khu công nghiệp Việt Nam - Singapore", "VSIP", alt=("ORGANIZATION",)), P("Phạm Minh Chính"),
    P("Tô Lâm"), O("Bộ Công Thương Việt Nam", "Bộ Công Thương"), O("Bộ Thương mại và Công nghiệp Singapore"),
    P("Bùi Thanh Sơn"), O("Văn phòng Chủ tịch nước"), P("Lê Khánh Hải"), P("Jaya Ratnam"),
]

AID = """Nhật Bản viện trợ 3 triệu USD giúp miền Trung khắc phục lũ lụt

Ngày 10/11, Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang đã ký công hàm trao đổi về khoản viện trợ không hoàn lại trị giá 3 triệu USD.

Khoản viện trợ sẽ được Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) phối hợp với Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) triển khai tại các tỉnh Quảng Ngãi, Gia Lai và thành phố Đà Nẵng.

Phát biểu tại lễ ký, Đại sứ Ito Naoki cho biết người dân Nhật Bản luôn sát cánh cùng Việt Nam. Thứ trưởng Đặng Hoàng Giang cảm ơn Chính phủ và nhân dân Nhật Bản.

Theo Ban Chỉ đạo quốc gia về Phòng thủ dân sự, mưa lũ từ đầu tháng 11 đã làm 47 người chết và mất tích. Chủ tịch UBND tỉnh Quảng Ngãi Nguyễn Hoàng Giang cho biết nhiều tuyến đường tại huyện Sơn Tây bị sạt lở. Hội Chữ thập đỏ Nhật Bản cũng gửi 500 bộ dụng cụ cứu trợ qua Trung ương Hội Chữ thập đỏ Việt Nam.
"""
AID_GOLD = [
    L("Nhật Bản"), L("miền Trung", opt=True), P("Ito Naoki"), L("Việt Nam"), O("Bộ Ngoại giao"),
    P("Đặng Hoàng Giang"), O("Cơ quan Hợp tác Quốc tế Nhật Bản", "JICA"),
    O("Quỹ Nhi đồng Liên Hợp Quốc", "UNICEF"), O("Liên Hợp Quốc", opt=True),
    L("Quảng Ngãi", "tỉnh Quảng Ngãi"), L("Gia Lai"), L("Đà Nẵng", "thành phố Đà Nẵng"),
    O("Chính phủ", opt=True), O("Ban Chỉ đạo quốc gia về Phòng thủ dân sự"), O("UBND tỉnh Quảng Ngãi"),
    P("Nguyễn Hoàng Giang"), L("Sơn Tây", "huyện Sơn Tây"), O("Hội Chữ thập đỏ Nhật Bản"),
    O("Trung ương Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ Việt Nam"),
]

CHIPS = """Nvidia mở trung tâm nghiên cứu AI tại Việt Nam

Sáng 5/12, tại Hà Nội, Tập đoàn Nvidia (Mỹ) và Bộ Khoa học và Công nghệ đã ký thỏa thuận thành lập Trung tâm Nghiên cứu và Phát triển trí tuệ nhân tạo. Ông Jensen Huang, nhà sáng lập kiêm Tổng Giám đốc Nvidia, cho biết trung tâm sẽ tuyển 200 kỹ sư trong năm đầu.

Bộ trưởng Nguyễn Mạnh Hùng nhấn mạnh Việt Nam có lợi thế về nguồn nhân lực trẻ. Theo ông Hùng, các trường đại học như Đại học Bách khoa Hà Nội và Đại học Quốc gia TP.HCM sẽ phối hợp đào tạo.

Trước đó, Nvidia đã mua lại công ty khởi nghiệp VinBrain của Tập đoàn Vingroup. Bà Lê Mai Lan, Phó Chủ tịch Vingroup, cho rằng thương vụ mở ra cơ hội hợp tác dài hạn. Các chuyên gia từ Singapore và Hàn Quốc đánh giá Việt Nam đang trở thành điểm đến mới của ngành bán dẫn tại Đông Nam Á.
"""
CHIPS_GOLD = [
    O("Nvidia", "Tập đoàn Nvidia"), L("Việt Nam"), L("Hà Nội"), L("Mỹ"), O("Bộ Khoa học và Công nghệ"),
    O("Trung tâm Nghiên cứu và Phát triển trí tuệ nhân tạo", opt=True), P("Jensen Huang"),
    P("Nguyễn Mạnh Hùng"), O("Đại học Bách khoa Hà Nội"), O("Đại học Quốc gia TP.HCM"), L("TP.HCM", opt=True),
    O("VinBrain"), O("Tập đoàn Vingroup", "Vingroup"), P("Lê Mai Lan"), L("Singapore"), L("Hàn Quốc"),
    L("Đông Nam Á"),
]

VISIT = """Thủ tướng Campuchia Hun Manet thăm chính thức Việt Nam

Chiều 12/12, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Vương quốc Campuchia Samdech Thipadei Hun Manet. Cùng đi với Thủ tướng Hun Manet có Phó Thủ tướng, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Sok Chenda Sophea và nhiều thành viên Chính phủ Hoàng gia Campuchia.

Tại hội đàm, Thủ tướng Phạm Minh Chính đề nghị hai bên sớm hoàn thành tuyến cao tốc Thành phố Hồ Chí Minh - Mộc Bài - Bavet - Phnom Penh. Samdech Thipadei Hun Manet khẳng định Đảng Nhân dân Campuchia (CPP) và Chính phủ Hoàng gia luôn coi trọng quan hệ với Đảng Cộng sản Việt Nam.

Hai Thủ tướng chứng kiến Bộ Công Thương Việt Nam và Bộ Thương mại Campuchia ký kế hoạch phát triển thương mại biên giới. Tập đoàn Viettel cho biết mạng Metfone của tập đoàn tại Campuchia đã phủ sóng 5G ở tỉnh Siem Reap và tỉnh Battambang.

Trong chuyến thăm, Thủ tướng Hun Manet dự kiến hội kiến Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Chủ tịch Quốc hội Trần Thanh Mẫn; thăm tỉnh Tây Ninh. Ảnh: Nhật Bắc/VGP
"""
VISIT_GOLD = [
    P("Hun Manet", "Samdech Thipadei Hun Manet"), L("Campuchia", "Vương quốc Campuchia"), L("Việt Nam"),
    O("Chính phủ", opt=True), L("Trụ sở Chính phủ", opt=True, alt=("ORGANIZATION",)), P("Phạm Minh Chính"),
    P("Sok Chenda Sophea"), O("Chính phủ Hoàng gia Campuchia", "Chính phủ Hoàng gia"),
    O("Bộ Ngoại giao và Hợp tác quốc tế Campuchia", opt=True), L("Thành phố Hồ Chí Minh"), L("Mộc Bài"),
    L("Bavet"), L("Phnom Penh"), O("Đảng Nhân dân Campuchia", "CPP"), O("Đảng Cộng sản Việt Nam"),
    O("Bộ Công Thương Việt Nam", "Bộ Công Thương"), O("Bộ Thương mại Campuchia"),
    O("Tập đoàn Viettel", "Viettel"), O("Metfone"), L("Siem Reap", "tỉnh Siem Reap"),
    L("Battambang", "tỉnh Battambang"), P("Tô Lâm"), P("Lương Cường"), P("Trần Thanh Mẫn"), O("Quốc hội"),
    L("Tây Ninh", "tỉnh Tây Ninh"), P("Nhật Bắc", opt=True), O("VGP", opt=True),
]

COMMISSION = """Việt Nam và Lào ký 15 văn kiện hợp tác tại Kỳ họp lần thứ 47 Ủy ban liên Chính phủ

Sáng 8/1, tại Thủ đô Viêng Chăn, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào.

Hai Thủ tướng nhất trí đẩy nhanh tiến độ dự án đường cao tốc Viêng Chăn - Hà Nội và cảng Vũng Áng của Lào tại tỉnh Hà Tĩnh. Bộ trưởng Bộ Kế hoạch và Đầu tư Lào Phet Phomphiphak cho biết vốn đầu tư của Việt Nam vào Lào đạt 5,7 tỷ USD với 250 dự án.

Dịp này, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã tiếp Thủ tướng Phạm Minh Chính. Ông Thongloun đánh giá cao sự hỗ trợ của Đảng, Nhà nước và nhân dân Việt Nam. Trường Đại học Quốc gia Lào và Học viện Chính trị quốc gia Hồ Chí Minh cũng ký biên bản ghi nhớ về đào tạo cán bộ.
"""
COMMISSION_GOLD = [
    L("Việt Nam"), L("Lào"), O("Ủy ban liên Chính phủ Việt Nam - Lào", opt=True),
    L("Viêng Chăn", "Thủ đô Viêng Chăn", "Vientiane"), P("Phạm Minh Chính"), P("Sonexay Siphandone"),
    L("Hà Nội"), L("cảng Vũng Áng", "Vũng Áng", alt=("ORGANIZATION",)), L("Hà Tĩnh", "tỉnh Hà Tĩnh"),
    O("Bộ Kế hoạch và Đầu tư Lào"), P("Phet Phomphiphak"), P("Thongloun Sisoulith", "Thongloun"),
    O("Trường Đại học Quốc gia Lào", "Đại học Quốc gia Lào"), O("Học viện Chính trị quốc gia Hồ Chí Minh"),
]

ROYAL = """Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Quốc vương Campuchia

Ngày 7/2, tại Hoàng cung ở Thủ đô Phnom Penh, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Quốc vương Campuchia Norodom Sihamoni. Tham dự có Thái hậu Norodom Monineath Sihanouk và Bộ trưởng Bộ Hoàng cung Kong Sam Ol.

Quốc vương Norodom Sihamoni bày tỏ vui mừng đón đồng chí Trần Thanh Mẫn cùng Đoàn đại biểu cấp cao Quốc hội Việt Nam. Nhà vua cảm ơn Đảng, Nhà nước và nhân dân Việt Nam đã giúp đỡ nhân dân Campuchia thoát khỏi chế độ diệt chủng Pol Pot.

Cùng ngày, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Campuchia Samdech Khuon Sudary. Hai bên nhất trí tăng cường phối hợp tại Đại hội đồng Liên minh Nghị viện thế giới (IPU) và Đại hội đồng Liên nghị viện ASEAN (AIPA). Chủ tịch Thượng viện Campuchia Samdech Techo Hun Sen cũng tiếp đoàn tại Thượng viện.

Trước đó, đoàn đã đến thăm Đại sứ quán Việt Nam tại Campuchia và gặp gỡ Hội Khmer - Việt Nam tại tỉnh Kandal. Đại sứ Nguyễn Minh Vũ cho biết cộng đồng người Việt tại Campuchia có khoảng 180.000 người.
"""
ROYAL_GOLD = [
    O("Quốc hội", "Quốc hội Việt Nam"), P("Trần Thanh Mẫn"), L("Campuchia"),
    L("Hoàng cung", opt=True, alt=("ORGANIZATION",)), L("Phnom Penh", "Thủ đô Phnom Penh"),
    P("Norodom Sihamoni"), P("Norodom Monineath Sihanouk"), O("Bộ Hoàng cung"), P("Kong Sam Ol"),
    L("Việt Nam"), P("Pol Pot"), O("Quốc hội Campuchia"), P("Khuon Sudary", "Samdech Khuon Sudary"),
    O("Liên minh Nghị viện thế giới", "IPU"), O("Liên nghị viện ASEAN", "AIPA"), O("ASEAN", opt=True),
    O("Thượng viện Campuchia", "Thượng viện"), P("Hun Sen", "Samdech Techo Hun Sen"),
    O("Đại sứ quán Việt Nam tại Campuchia", alt=("LOCATION",)), O("Hội Khmer - Việt Nam"),
    L("Kandal", "tỉnh Kandal"), P("Nguyễn Minh Vũ"),
]

DEFENCE = """Lãnh đạo Lào đánh giá cao vai trò của Quân đội nhân dân Việt Nam

Chiều 20/1, tại Viêng Chăn, Tổng Bí thư, Chủ tịch nước Lào Thong-lun Xi-su-lít tiếp Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Việt Nam.

Tại buổi tiếp, Tổng Bí thư Thong-lun Xi-su-lít đề nghị Bộ Quốc phòng hai nước tiếp tục phối hợp chặt chẽ. Đại tướng Phan Văn Giang khẳng định Quân đội nhân dân Việt Nam luôn sát cánh cùng Quân đội nhân dân Lào.

Trước đó, Đại tướng Phan Văn Giang hội đàm với Phó Thủ tướng, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath. Hai bên thống nhất tổ chức Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ ba tại tỉnh Nghệ An và tỉnh Hủa Phăn. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, cùng dự.
"""
DEFENCE_GOLD = [
    O("Quân đội nhân dân Việt Nam"), L("Lào"), L("Viêng Chăn", "Vientiane"),
    P("Thong-lun Xi-su-lít", "Thongloun Sisoulith"), P("Phan Văn Giang"), O("Bộ Chính trị", opt=True),
    O("Quân ủy Trung ương"), O("Bộ Quốc phòng Việt Nam", "Bộ Quốc phòng"), L("Việt Nam"),
    O("Quân đội nhân dân Lào"), P("Chansamone Chanyalath"), O("Bộ Quốc phòng Lào", opt=True),
    L("Nghệ An", "tỉnh Nghệ An"), L("Hủa Phăn", "tỉnh Hủa Phăn"), P("Hoàng Xuân Chiến"),
]

RICE = """Xuất khẩu gạo sang Philippines giảm mạnh

Theo Hiệp hội Lương thực Việt Nam (VFA), trong tháng 10, lượng gạo xuất khẩu sang Philippines chỉ đạt 120.000 tấn, giảm 60% so với cùng kỳ. Nguyên nhân là Chính phủ Philippines tạm dừng nhập khẩu gạo trong 60 ngày.

Ông Đỗ Hà Nam, Phó Chủ tịch VFA kiêm Tổng Giám đốc Công ty CP Intimex Việt Nam, cho biết doanh nghiệp đang chuyển hướng sang thị trường Indonesia, Malaysia và châu Phi. Trong khi đó, Tổng công ty Lương thực miền Nam (Vinafood 2) đã ký hợp đồng cung cấp 50.000 tấn gạo cho Cơ quan Hậu cần Quốc gia Indonesia (Bulog).

Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đề nghị các địa phương vùng Đồng bằng sông Cửu Long như An Giang, Đồng Tháp và Cần Thơ hỗ trợ nông dân tiêu thụ lúa. Bà Nguyễn Thị Hằng, giám đốc một hợp tác xã ở huyện Châu Thành, cho biết giá lúa đã giảm 1.000 đồng/kg.
"""
RICE_GOLD = [
    L("Philippines"), O("Hiệp hội Lương thực Việt Nam", "VFA"), L("Việt Nam", opt=True),
    O("Chính phủ Philippines"), P("Đỗ Hà Nam"), O("Công ty CP Intimex Việt Nam"), L("Indonesia"),
    L("Malaysia"), L("châu Phi"), O("Tổng công ty Lương thực miền Nam", "Vinafood 2"),
    O("Cơ quan Hậu cần Quốc gia Indonesia", "Bulog"), O("Bộ Công Thương"), P("Nguyễn Hồng Diên"),
    L("Đồng bằng sông Cửu Long"), L("An Giang"), L("Đồng Tháp"), L("Cần Thơ"), P("Nguyễn Thị Hằng"),
    L("Châu Thành", "huyện Châu Thành"),
]

ARTICLES = {
    "province": (PROVINCE, PROVINCE_GOLD),
    "asean": (ASEAN, ASEAN_GOLD),
    "utility": (UTILITY, UTILITY_GOLD),
    "tourism": (TOURISM, TOURISM_GOLD),
    "diplomacy": (DIPLOMACY, DIPLOMACY_GOLD),
    "court": (COURT, COURT_GOLD),
    "sport": (SPORT, SPORT_GOLD),
    "weather": (WEATHER, WEATHER_GOLD),
    "region": (REGION, REGION_GOLD),
    "market": (MARKET, MARKET_GOLD),
    "health": (HEALTH, HEALTH_GOLD),
    "politics": (POLITICS, POLITICS_GOLD),
    "aid": (AID, AID_GOLD),
    "chips": (CHIPS, CHIPS_GOLD),
    "visit": (VISIT, VISIT_GOLD),
    "commission": (COMMISSION, COMMISSION_GOLD),
    "royal": (ROYAL, ROYAL_GOLD),
    "defence": (DEFENCE, DEFENCE_GOLD),
    "rice": (RICE, RICE_GOLD),
}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([SentenceSplitter(), Tokenizer(), EntityRecognizer()])


def _doc(pipe: Pipeline, text: str) -> Document:
    return pipe.process(article_from_text(text))


def _score(doc: Document, gold: list[Gold]) -> tuple[int, int, int, list[str]]:
    return score_entities(doc.entities, gold)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_heldout_article_f1(pipe: Pipeline, name: str) -> None:
    text, gold = ARTICLES[name]
    tp, fp, fn, log = _score(_doc(pipe, text), gold)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (name, round(f1, 3), log)


def test_heldout_overall_f1(pipe: Pipeline) -> None:
    tp = fp = fn = 0
    for text, gold in ARTICLES.values():
        a, b, c, _ = _score(_doc(pipe, text), gold)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert 2 * tp / (2 * tp + fp + fn) >= 0.96


def test_heldout_titles_and_countries(pipe: Pipeline) -> None:
    doc = _doc(pipe, ASEAN)
    by_name = {e.name: e for e in doc.entities}
    assert by_name["Anwar Ibrahim"].country == "MY"
    assert "Thủ tướng Malaysia" in by_name["Anwar Ibrahim"].titles
    assert by_name["Prabowo Subianto"].country == "ID"
    assert by_name["Donald Trump"].country == "US"
    assert "Bộ trưởng Bộ Ngoại giao" in by_name["Lê Hoài Trung"].titles
    assert by_name["Malaysia"].country == "MY"
    doc = _doc(pipe, TOURISM)
    giang = next(e for e in doc.entities if e.name == "Đặng Hương Giang")
    assert giang.titles == ["Giám đốc Sở Du lịch Hà Nội"]
    tanaka = next(e for e in doc.entities if e.name == "Kenji Tanaka")
    assert "Tanaka" in tanaka.aliases and len(tanaka.mentions) == 2
