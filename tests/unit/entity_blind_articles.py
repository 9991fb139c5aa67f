"""Blind test articles for the entity recogniser (see test_entities_realworld.py): Vietnamese news
written for the tests, with the entities a careful reader annotates by shared/gold/README.md;
plus the gold helpers and the scorer's entity count shared by the entity test files."""

from __future__ import annotations

from dataclasses import dataclass

from vnewsgraph.model import Document, Entity

SCORED = ("PERSON", "ORGANIZATION", "LOCATION")


@dataclass(frozen=True)
class Gold:
    forms: tuple[str, ...]
    type: str
    optional: bool = False
    alt: tuple[str, ...] = ()


def P(*forms: str, opt: bool = False) -> Gold:
    return Gold(forms, "PERSON", opt)


def O(*forms: str, opt: bool = False, alt: tuple[str, ...] = ()) -> Gold:  # noqa: E743
    return Gold(forms, "ORGANIZATION", opt, alt)


def L(*forms: str, opt: bool = False, alt: tuple[str, ...] = ()) -> Gold:
    return Gold(forms, "LOCATION", opt, alt)


def ent(doc: Document, form: str, type_: str | None = None) -> Entity:
    """The entity one of whose forms is ``form`` (and of ``type_``), or a failure listing them all."""
    for e in doc.entities:
        if (form == e.name or form in e.aliases) and (type_ is None or e.type == type_):
            return e
    raise AssertionError(f"{form!r} not found in {[(e.name, e.type, e.aliases) for e in doc.entities]}")


def names(doc: Document, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def score(entities: list[Entity], gold: list[Gold]) -> tuple[int, int, int, list[str]]:
    """(tp, fp, fn, log) as shared/tools/score_extraction.py counts them."""
    keys = [{f.casefold() for f in g.forms} for g in gold]
    matched = [False] * len(gold)
    tp = fp = fn = 0
    log: list[str] = []
    for e in entities:
        if e.type not in SCORED:
            continue
        forms = {f.casefold() for f in [e.name, *e.aliases]}
        refs = [i for i, k in enumerate(keys) if k & forms]
        hit = next((i for i in refs if e.type in (gold[i].type, *gold[i].alt) and not matched[i]), None)
        if hit is not None:
            matched[hit] = True
            tp += not gold[hit].optional
            continue
        if refs and all(gold[i].optional for i in refs):
            continue
        fp += 1
        log.append(f"FP {e.name} [{e.type}]")
    for i, g in enumerate(gold):
        if not matched[i] and not g.optional:
            fn += 1
            log.append(f"FN {g.forms[0]} [{g.type}]")
    return tp, fp, fn, log

VLEAGUE = """Thép Xanh Nam Định thắng kịch tính Hà Nội FC trên sân Thiên Trường

Tối 14/3, tại SVĐ Thiên Trường, Thép Xanh Nam Định đánh bại Hà Nội FC với tỉ số 2-1 ở vòng 15 V-League 2025/26. Tiền đạo Rafaelson mở tỷ số ở phút 23 sau pha kiến tạo của Văn Toàn. Đến phút 61, Hai Long gỡ hòa cho đội khách.

Phút 88, trung vệ Caio Cesar đánh đầu ấn định chiến thắng cho đội chủ nhà. Sau trận, HLV Vũ Hồng Việt cho biết các cầu thủ đã thi đấu đầy quyết tâm. Trong khi đó, HLV Harry Kewell của Hà Nội FC thừa nhận đội bóng thủ đô thiếu may mắn.

Với kết quả này, Thép Xanh Nam Định vươn lên dẫn đầu bảng xếp hạng, hơn Công an Hà Nội 2 điểm. Ban tổ chức giải (VPF) cho biết trận đấu thu hút gần 20.000 khán giả. Liên đoàn Bóng đá Việt Nam (VFF) sẽ công bố lịch thi đấu vòng 16 vào tuần tới. Ảnh: Minh Tuấn"""
VLEAGUE_GOLD = [
    O("Thép Xanh Nam Định"), O("Hà Nội FC"), L("SVĐ Thiên Trường", "sân Thiên Trường", "Thiên Trường"),
    P("Rafaelson"), P("Văn Toàn"), P("Hai Long"), P("Caio Cesar"), P("Vũ Hồng Việt"), P("Harry Kewell"),
    O("Công an Hà Nội"), O("VPF"), O("Liên đoàn Bóng đá Việt Nam", "VFF"), P("Minh Tuấn", opt=True),
]

COURT = """Tuyên án 12 bị cáo trong vụ buôn lậu xăng dầu tại Bà Rịa - Vũng Tàu

Ngày 20/5, Tòa án nhân dân Thành phố Hồ Chí Minh mở phiên tòa sơ thẩm xét xử 12 bị cáo trong vụ buôn lậu xăng dầu xảy ra tại vùng biển Bà Rịa - Vũng Tàu. Bị cáo Phan Văn Thắng, cựu Giám đốc Công ty TNHH Thương mại Hải Long, bị tuyên phạt 15 năm tù.

Theo cáo trạng của Viện kiểm sát nhân dân Thành phố Hồ Chí Minh, từ năm 2022 đến 2024, nhóm của Thắng đã dùng tàu chở hơn 30 triệu lít xăng dầu từ Singapore và Malaysia về tiêu thụ. Vụ án do Cơ quan Cảnh sát điều tra Bộ Công an khởi tố sau khi Bộ đội Biên phòng tỉnh Bà Rịa - Vũng Tàu bắt giữ tàu Hải Long 09.

Luật sư Nguyễn Thị Hồng Hạnh, người bào chữa cho bị cáo Lê Quốc Bảo, đề nghị hội đồng xét xử xem xét hoàn cảnh gia đình của thân chủ. Đại tá Trần Minh Quang, Phó Cục trưởng Cục Cảnh sát kinh tế, cho biết lực lượng chức năng đã thu hồi hơn 40 tỷ đồng."""
COURT_GOLD = [
    L("Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"), O("Tòa án nhân dân Thành phố Hồ Chí Minh"),
    P("Phan Văn Thắng", "Thắng"), O("Công ty TNHH Thương mại Hải Long"),
    O("Viện kiểm sát nhân dân Thành phố Hồ Chí Minh"), L("Thành phố Hồ Chí Minh", opt=True),
    L("Singapore"), L("Malaysia"), O("Cơ quan Cảnh sát điều tra Bộ Công an"), O("Bộ Công an"),
    O("Bộ đội Biên phòng tỉnh Bà Rịa - Vũng Tàu"), P("Nguyễn Thị Hồng Hạnh"), P("Lê Quốc Bảo"),
    P("Trần Minh Quang"), O("Cục Cảnh sát kinh tế"),
]

SCHOOL = """Hà Nội công bố điểm chuẩn lớp 10 công lập năm học 2026-2027

Chiều 28/6, Sở Giáo dục và Đào tạo Hà Nội công bố điểm chuẩn vào lớp 10 các trường THPT công lập. Trường THPT Chu Văn An có điểm chuẩn cao nhất với 43,5 điểm, tiếp theo là Trường THPT Kim Liên và Trường THPT Yên Hòa.

Ông Trần Thế Cương, Giám đốc Sở Giáo dục và Đào tạo Hà Nội, cho biết năm nay có hơn 120.000 thí sinh dự thi. Theo Bộ Giáo dục và Đào tạo, tỷ lệ học sinh vào lớp 10 công lập của Hà Nội thấp hơn bình quân cả nước.

Trong khi đó, Đại học Quốc gia Hà Nội thông báo tuyển sinh lớp 10 Trường THPT Chuyên Ngoại ngữ với 600 chỉ tiêu, trong đó có lớp tiếng Anh, tiếng Pháp và tiếng Nhật. PGS.TS Nguyễn Hoàng Trung, Hiệu trưởng Trường Đại học Ngoại ngữ, cho biết nhà trường hợp tác với Hội đồng Anh (British Council) trong kỳ kiểm tra năng lực."""
SCHOOL_GOLD = [
    L("Hà Nội"), O("Sở Giáo dục và Đào tạo Hà Nội"), O("Trường THPT Chu Văn An"), O("Trường THPT Kim Liên"),
    O("Trường THPT Yên Hòa"), P("Trần Thế Cương"), O("Bộ Giáo dục và Đào tạo"), O("Đại học Quốc gia Hà Nội"),
    O("Trường THPT Chuyên Ngoại ngữ"), P("Nguyễn Hoàng Trung"), O("Trường Đại học Ngoại ngữ"),
    O("Hội đồng Anh", "British Council"),
]

FESTIVAL = """Khai hội chùa Hương năm 2026

Sáng 6/2 (tức mùng 6 tháng Giêng), UBND xã Hương Sơn tổ chức lễ khai hội chùa Hương. Hàng vạn du khách từ Hà Nội, Hải Phòng và các tỉnh lân cận đã đổ về đền Trình và động Hương Tích để dâng hương.

Phát biểu tại lễ khai hội, Thượng tọa Thích Minh Hiền, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Hà Nội, đề nghị du khách giữ gìn nếp sống văn minh. Ông Nguyễn Văn Hưng, Chủ tịch UBND xã Hương Sơn, cho biết Ban Quản lý Khu di tích chùa Hương đã bố trí hơn 3.000 đò chở khách trên suối Yến.

Cùng ngày, tại Quảng Ninh, lễ khai hội Xuân Yên Tử cũng được tổ chức tại chùa Hoa Yên. Năm 2025, Quần thể di tích Yên Tử được UNESCO ghi danh là Di sản Văn hóa Thế giới."""
FESTIVAL_GOLD = [
    L("chùa Hương"), O("UBND xã Hương Sơn"), L("xã Hương Sơn", "Hương Sơn", opt=True), L("Hà Nội"), L("Hải Phòng"),
    L("đền Trình"), L("động Hương Tích"), P("Thích Minh Hiền"), O("Giáo hội Phật giáo Việt Nam thành phố Hà Nội"),
    O("Giáo hội Phật giáo Việt Nam", opt=True),
    P("Nguyễn Văn Hưng"), O("Ban Quản lý Khu di tích chùa Hương"), L("suối Yến"), L("Quảng Ninh"),
    L("Yên Tử", opt=True), L("chùa Hoa Yên"), L("Quần thể di tích Yên Tử"), O("UNESCO"),
]

FOREIGN = """Tổng thống Brazil Luiz Inácio Lula da Silva thăm Argentina

Ngày 3/4, Tổng thống Brazil Luiz Inácio Lula da Silva đã tới Buenos Aires, bắt đầu chuyến thăm chính thức Argentina theo lời mời của Tổng thống Javier Milei. Hai bên dự kiến thảo luận về thương mại trong khối Mercosur và hợp tác năng lượng.

Theo hãng tin Reuters, Bộ trưởng Ngoại giao Brazil Mauro Vieira cho biết hai nước sẽ ký thỏa thuận về khí đốt từ mỏ Vaca Muerta. Trong khi đó, Ngân hàng Trung ương Argentina cho biết dự trữ ngoại hối đã tăng lên 30 tỷ USD.

Trước đó, ông Lula đã có cuộc gặp với Thủ tướng Tây Ban Nha Pedro Sánchez tại Madrid. Quỹ Tiền tệ Quốc tế (IMF) dự báo kinh tế Mỹ Latinh tăng trưởng 2,4% năm nay."""
FOREIGN_GOLD = [
    L("Brazil"), P("Luiz Inácio Lula da Silva", "Lula"), L("Argentina"), L("Buenos Aires"), P("Javier Milei"),
    O("Mercosur"), O("Reuters"), P("Mauro Vieira"), L("Vaca Muerta", "mỏ Vaca Muerta"),
    O("Ngân hàng Trung ương Argentina"), L("Tây Ban Nha"), P("Pedro Sánchez"), L("Madrid"),
    O("Quỹ Tiền tệ Quốc tế", "IMF"), L("Mỹ Latinh"),
]
BLIND_1 = {"vleague": (VLEAGUE, VLEAGUE_GOLD), "court": (COURT, COURT_GOLD), "school": (SCHOOL, SCHOOL_GOLD),
         "festival": (FESTIVAL, FESTIVAL_GOLD), "foreign": (FOREIGN, FOREIGN_GOLD)}

POLICE = """Bắt nhóm đối tượng lừa đảo qua mạng chiếm đoạt hơn 50 tỷ đồng

Ngày 9/10, Công an tỉnh Nghệ An cho biết đã bắt giữ 8 đối tượng trong đường dây lừa đảo đầu tư tiền ảo, chiếm đoạt hơn 50 tỷ đồng của hàng trăm bị hại ở nhiều tỉnh, thành.

Cầm đầu đường dây là Hoàng Văn Cường (35 tuổi, trú tại phường Vinh Tân). Theo Phòng Cảnh sát hình sự Công an tỉnh Nghệ An, nhóm này lập các trang web giả mạo sàn giao dịch Binance và dụ dỗ người dân nạp tiền. Một số tài khoản nhận tiền được mở tại Ngân hàng TMCP Quân đội (MB) và Vietcombank.

Đại tá Bùi Quang Thanh, Giám đốc Công an tỉnh Nghệ An, đề nghị người dân cảnh giác với các lời mời đầu tư trên Facebook và Zalo. Vụ việc đang được Viện kiểm sát nhân dân tỉnh Nghệ An phối hợp điều tra, mở rộng."""
POLICE_GOLD = [
    O("Công an tỉnh Nghệ An"), L("Nghệ An", "tỉnh Nghệ An"), P("Hoàng Văn Cường"), L("Vinh Tân", "phường Vinh Tân"),
    O("Phòng Cảnh sát hình sự Công an tỉnh Nghệ An"), O("Binance"), O("Ngân hàng TMCP Quân đội", "MB"),
    O("Vietcombank"), P("Bùi Quang Thanh"), O("Facebook"), O("Zalo"), O("Viện kiểm sát nhân dân tỉnh Nghệ An"),
]

SCIENCE = """Nhà khoa học Việt Nam nhận Giải thưởng VinFuture

Tối 6/12, tại Nhà hát Hồ Gươm, Quỹ VinFuture đã trao Giải thưởng Chính dành cho ba nhà khoa học có công trình về pin mặt trời thế hệ mới. GS Martin Green của Đại học New South Wales (Australia) là một trong những người được vinh danh.

Giải Đặc biệt dành cho nhà khoa học nữ được trao cho PGS.TS Nguyễn Thị Kim Thanh, giảng viên Trường Đại học Bách khoa Hà Nội. Bà Thanh cho biết nhóm nghiên cứu đang hợp tác với Viện Hàn lâm Khoa học và Công nghệ Việt Nam để thương mại hóa sản phẩm.

Phát biểu tại lễ trao giải, Phó Thủ tướng Lê Thành Long đánh giá cao đóng góp của cộng đồng khoa học quốc tế. Ông Phạm Nhật Vượng, Chủ tịch Tập đoàn Vingroup, cùng đại diện Viện Công nghệ Massachusetts (MIT) và Đại học Cambridge cũng dự buổi lễ."""
SCIENCE_GOLD = [
    L("Nhà hát Hồ Gươm", alt=("ORGANIZATION",)), O("Quỹ VinFuture"), P("Martin Green"), O("Đại học New South Wales"),
    L("Australia"), P("Nguyễn Thị Kim Thanh", "Thanh"), O("Trường Đại học Bách khoa Hà Nội"),
    O("Viện Hàn lâm Khoa học và Công nghệ Việt Nam"), P("Lê Thành Long"), P("Phạm Nhật Vượng"),
    O("Tập đoàn Vingroup", "Vingroup"), O("Viện Công nghệ Massachusetts", "MIT"), O("Đại học Cambridge"),
    L("Việt Nam", opt=True), L("Hà Nội", opt=True),
]

FILM = """Liên hoan phim Việt Nam lần thứ 24 khai mạc tại Đà Lạt

Tối 21/11, tại Quảng trường Lâm Viên, thành phố Đà Lạt, Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND tỉnh Lâm Đồng khai mạc Liên hoan phim Việt Nam lần thứ 24. Thứ trưởng Tạ Quang Đông cho biết năm nay có hơn 130 tác phẩm tham gia.

Phim "Đào, phở và piano" của đạo diễn Phi Tiến Sơn, do Trung tâm Chiếu phim Quốc gia phát hành, tiếp tục được khán giả chờ đón. Nghệ sĩ Nhân dân Lan Hương và diễn viên Kaity Nguyễn cũng có mặt trên thảm đỏ.

Ban tổ chức cho biết Cục Điện ảnh sẽ trao giải Bông sen Vàng vào tối 24/11. Hãng phim Thiên Ngân và Công ty CJ CGV Việt Nam là các nhà tài trợ chính của liên hoan."""
FILM_GOLD = [
    L("Đà Lạt", "thành phố Đà Lạt"), L("Quảng trường Lâm Viên"), O("Bộ Văn hóa, Thể thao và Du lịch"),
    O("UBND tỉnh Lâm Đồng"), L("Lâm Đồng", "tỉnh Lâm Đồng"), P("Tạ Quang Đông"), P("Phi Tiến Sơn"),
    O("Trung tâm Chiếu phim Quốc gia"), P("Lan Hương"), P("Kaity Nguyễn"), O("Cục Điện ảnh"),
    O("Hãng phim Thiên Ngân"), O("Công ty CJ CGV Việt Nam"), L("Việt Nam", opt=True),
]

WORLD = """Đức và Ba Lan ký thỏa thuận hợp tác quốc phòng

Ngày 15/9, tại Berlin, Thủ tướng Đức Friedrich Merz và Thủ tướng Ba Lan Donald Tusk đã ký thỏa thuận tăng cường hợp tác quốc phòng, trong bối cảnh căng thẳng gia tăng ở sườn phía đông của NATO.

Theo hãng tin DPA, Bộ trưởng Quốc phòng Đức Boris Pistorius cho biết Berlin sẽ triển khai thêm một lữ đoàn tới Litva vào năm 2027. Người phát ngôn Điện Kremlin Dmitry Peskov chỉ trích động thái này là "khiêu khích".

Trong khi đó, Ủy ban châu Âu thông báo dành 1,5 tỷ euro cho Quỹ Quốc phòng châu Âu. Chủ tịch Ủy ban châu Âu Ursula von der Leyen sẽ tới Warsaw vào tuần tới để gặp Tổng thống Ba Lan Karol Nawrocki."""
WORLD_GOLD = [
    L("Đức"), L("Ba Lan"), L("Berlin"), P("Friedrich Merz"), P("Donald Tusk"), O("NATO"), O("DPA"),
    P("Boris Pistorius"), L("Litva"), O("Điện Kremlin", alt=("LOCATION",)), P("Dmitry Peskov"),
    O("Ủy ban châu Âu"), O("Quỹ Quốc phòng châu Âu"), P("Ursula von der Leyen"), L("Warsaw"),
    P("Karol Nawrocki"),
]
BLIND_2 = {"police": (POLICE, POLICE_GOLD), "science": (SCIENCE, SCIENCE_GOLD), "film": (FILM, FILM_GOLD),
         "world": (WORLD, WORLD_GOLD)}

BANK = """Ngân hàng Nhà nước giữ nguyên lãi suất điều hành

Chiều 3/3, Ngân hàng Nhà nước Việt Nam (NHNN) cho biết tiếp tục giữ nguyên các mức lãi suất điều hành. Phó Thống đốc Phạm Thanh Hà nhấn mạnh mục tiêu ổn định tỷ giá trong bối cảnh Cục Dự trữ Liên bang Mỹ (Fed) chưa hạ lãi suất.

Theo số liệu của Tổng cục Thống kê, lạm phát cơ bản tháng 2 tăng 3,1%. Ông Nguyễn Quốc Hùng, Tổng Thư ký Hiệp hội Ngân hàng Việt Nam, cho rằng các ngân hàng như Agribank, BIDV và Techcombank sẽ tiếp tục giảm lãi suất cho vay. Chuyên gia của Ngân hàng Thế giới (WB) tại Hà Nội dự báo GDP năm nay tăng 6,8%."""
BANK_GOLD = [
    O("Ngân hàng Nhà nước Việt Nam", "NHNN", "Ngân hàng Nhà nước"), P("Phạm Thanh Hà"),
    O("Cục Dự trữ Liên bang Mỹ", "Fed"), L("Mỹ", opt=True), O("Tổng cục Thống kê"), P("Nguyễn Quốc Hùng"),
    O("Hiệp hội Ngân hàng Việt Nam"), O("Agribank"), O("BIDV"), O("Techcombank"), O("Ngân hàng Thế giới", "WB"),
    L("Hà Nội"), L("Việt Nam", opt=True),
]

FLOOD = """Mưa lũ gây sạt lở nghiêm trọng tại miền núi phía Bắc

Do ảnh hưởng của hoàn lưu bão số 3, từ đêm 20/7, các tỉnh Lào Cai, Tuyên Quang và Điện Biên có mưa rất to. Tại xã Mường Khương, nhiều tuyến đường bị chia cắt; quốc lộ 4D qua đèo Ô Quy Hồ ách tắc.

Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết lũ trên sông Thao và sông Lô đang lên nhanh. Ban Chỉ huy Phòng thủ dân sự tỉnh Lào Cai đã sơ tán hơn 2.000 hộ dân. Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, trực tiếp kiểm tra công tác cứu hộ.

Tổ chức Chữ thập đỏ quốc tế (IFRC) và Chính phủ Australia đã cam kết hỗ trợ 500.000 USD cho các hộ bị ảnh hưởng."""
FLOOD_GOLD = [
    L("Lào Cai", "tỉnh Lào Cai"), L("Tuyên Quang"), L("Điện Biên"), L("Mường Khương", "xã Mường Khương"),
    L("đèo Ô Quy Hồ"), O("Trung tâm Dự báo khí tượng thủy văn quốc gia"), L("sông Thao"), L("sông Lô"),
    O("Ban Chỉ huy Phòng thủ dân sự tỉnh Lào Cai"), P("Nguyễn Tân Cương"), O("Quân đội nhân dân Việt Nam"),
    O("Tổ chức Chữ thập đỏ quốc tế", "IFRC"), O("Chính phủ Australia"), L("Australia", opt=True),
    L("miền núi phía Bắc", opt=True), L("Việt Nam", opt=True),
]

HEALTH = """Bệnh viện Bạch Mai ghép thành công tim cho bệnh nhân 14 tuổi

Ngày 12/8, Bệnh viện Bạch Mai cho biết các bác sĩ đã ghép tim thành công cho một bệnh nhi đến từ Thanh Hóa. Quả tim được hiến tặng từ một người chết não tại Bệnh viện Hữu nghị Việt Đức.

PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, cho biết ca ghép có sự phối hợp của Cục Cảnh sát giao thông trong việc vận chuyển tạng. Bộ trưởng Bộ Y tế Đào Hồng Lan đã gửi thư khen ngợi ê-kíp.

Theo Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, Việt Nam đã thực hiện hơn 100 ca ghép tim. Tổ chức Y tế Thế giới (WHO) đánh giá cao năng lực ghép tạng của các bệnh viện Việt Nam."""
HEALTH_GOLD = [
    O("Bệnh viện Bạch Mai"), L("Thanh Hóa"), O("Bệnh viện Hữu nghị Việt Đức"), P("Đào Xuân Cơ"),
    O("Cục Cảnh sát giao thông"), O("Bộ Y tế"), P("Đào Hồng Lan"),
    O("Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người"), L("Việt Nam"),
    O("Tổ chức Y tế Thế giới", "WHO"),
]

VISIT = """Chủ tịch Quốc hội Campuchia thăm chính thức Việt Nam

Sáng 5/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn chủ trì lễ đón Chủ tịch Quốc hội Vương quốc Campuchia Khuôn Xu-đa-ry sang thăm chính thức Việt Nam. Cùng ngày, Samdech Khuon Sudary hội kiến Tổng Bí thư Tô Lâm.

Hai bên hoan nghênh việc Ủy ban Đối ngoại của Quốc hội hai nước ký kết biên bản hợp tác. Trước đó, Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Sok Chenda Sophea cũng đã có cuộc làm việc với Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tại Phnom Penh. Dịp này, Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ cho biết thương mại song phương đạt 10 tỷ USD."""
VISIT_GOLD = [
    L("Campuchia", "Vương quốc Campuchia"), L("Việt Nam"), L("Nhà Quốc hội", opt=True), P("Trần Thanh Mẫn"),
    O("Quốc hội Vương quốc Campuchia", "Quốc hội Campuchia"), P("Khuon Sudary", "Khuôn Xu-đa-ry"), P("Tô Lâm"),
    O("Ủy ban Đối ngoại của Quốc hội", opt=True), P("Sok Chenda Sophea"), O("Bộ Ngoại giao"), P("Lê Hoài Trung"),
    L("Phnom Penh"), P("Nguyễn Minh Vũ"), O("Quốc hội", opt=True),
]
BLIND_3 = {"bank": (BANK, BANK_GOLD), "flood": (FLOOD, FLOOD_GOLD), "health": (HEALTH, HEALTH_GOLD),
         "visit": (VISIT, VISIT_GOLD)}

AIRPORT = """Sân bay Long Thành đón chuyến bay thương mại đầu tiên

Sáng 19/12, Tổng công ty Cảng hàng không Việt Nam (ACV) tổ chức lễ đón chuyến bay thương mại đầu tiên hạ cánh xuống sân bay Long Thành, tỉnh Đồng Nai. Chuyến bay VN1 của Vietnam Airlines xuất phát từ Nội Bài chở theo 250 hành khách.

Phó Thủ tướng Trần Hồng Hà yêu cầu Bộ Xây dựng và UBND tỉnh Đồng Nai sớm hoàn thành tuyến cao tốc Biên Hòa - Vũng Tàu để kết nối với sân bay. Ông Vũ Thế Phiệt, Chủ tịch HĐQT ACV, cho biết liên danh Vietur do Tập đoàn Đèo Cả dẫn đầu đã thi công nhà ga hành khách đúng tiến độ. Theo Bộ trưởng Bộ Xây dựng Trần Hồng Minh, giai đoạn 2 của dự án sẽ khởi công vào năm 2027."""
AIRPORT_GOLD = [
    L("sân bay Long Thành", "Long Thành"), O("Tổng công ty Cảng hàng không Việt Nam", "ACV"), L("Đồng Nai", "tỉnh Đồng Nai"),
    O("Vietnam Airlines"), L("Nội Bài"), P("Trần Hồng Hà"), O("Bộ Xây dựng"), O("UBND tỉnh Đồng Nai"),
    L("Biên Hòa", opt=True), L("Vũng Tàu", opt=True), P("Vũ Thế Phiệt"), O("Vietur", "liên danh Vietur"),
    O("Tập đoàn Đèo Cả"), P("Trần Hồng Minh"), L("Việt Nam", opt=True),
]

DURIAN = """Xuất khẩu sầu riêng sang Trung Quốc phục hồi mạnh

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), 10 tháng đầu năm, kim ngạch xuất khẩu sầu riêng đạt 3,1 tỷ USD, trong đó thị trường Trung Quốc chiếm hơn 90%. Ông Đặng Phúc Nguyên, Tổng Thư ký Vinafruit, cho biết Tổng cục Hải quan Trung Quốc đã cấp mã số vùng trồng cho thêm 200 cơ sở tại Đắk Lắk và Tiền Giang.

Tại cửa khẩu Hữu Nghị (Lạng Sơn), mỗi ngày có khoảng 300 xe chở sầu riêng thông quan. Cục Bảo vệ thực vật thuộc Bộ Nông nghiệp và Môi trường khuyến cáo doanh nghiệp kiểm soát chặt dư lượng cadimi. Trong khi đó, Thái Lan và Malaysia đang cạnh tranh quyết liệt tại các chợ đầu mối ở Quảng Châu."""
DURIAN_GOLD = [
    L("Trung Quốc"), O("Hiệp hội Rau quả Việt Nam", "Vinafruit"), P("Đặng Phúc Nguyên"),
    O("Tổng cục Hải quan Trung Quốc"), L("Đắk Lắk"), L("Tiền Giang"), L("cửa khẩu Hữu Nghị", "Hữu Nghị"),
    L("Lạng Sơn"), O("Cục Bảo vệ thực vật"), O("Bộ Nông nghiệp và Môi trường"), L("Thái Lan"), L("Malaysia"),
    L("Quảng Châu"), L("Việt Nam", opt=True),
]

CHIPS = """Nvidia mở trung tâm nghiên cứu AI tại Hà Nội

Ngày 5/12, Tập đoàn Nvidia (Mỹ) khai trương trung tâm nghiên cứu và phát triển trí tuệ nhân tạo tại Khu công nghệ cao Hòa Lạc. Đây là cơ sở R&D đầu tiên của hãng tại Đông Nam Á.

Phát biểu tại lễ khai trương, ông Jensen Huang, nhà sáng lập kiêm CEO của Nvidia, cho biết công ty sẽ hợp tác với Tập đoàn FPT và Viettel trong đào tạo kỹ sư. Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng nhấn mạnh Việt Nam đặt mục tiêu có 50.000 kỹ sư bán dẫn vào năm 2030. Đại học Quốc gia Hà Nội và Trường Đại học Bách khoa Thành phố Hồ Chí Minh sẽ cử sinh viên thực tập tại trung tâm."""
CHIPS_GOLD = [
    O("Nvidia", "Tập đoàn Nvidia"), L("Hà Nội", opt=True), L("Mỹ"), L("Khu công nghệ cao Hòa Lạc"), L("Đông Nam Á"),
    P("Jensen Huang"), O("Tập đoàn FPT", "FPT"), O("Viettel"), O("Bộ Khoa học và Công nghệ"), P("Nguyễn Mạnh Hùng"),
    L("Việt Nam"), O("Đại học Quốc gia Hà Nội"), O("Trường Đại học Bách khoa Thành phố Hồ Chí Minh"),
    L("Thành phố Hồ Chí Minh", opt=True),
]

JAPAN = """Nhật Bản công bố gói kích thích kinh tế 140 tỷ USD

Ngày 21/11, Chính phủ Nhật Bản thông qua gói kích thích kinh tế trị giá 21.300 tỷ yên (khoảng 140 tỷ USD). Thủ tướng Takaichi Sanae cho biết gói hỗ trợ nhằm giảm gánh nặng giá điện và khí đốt cho các hộ gia đình.

Theo hãng tin Kyodo, Bộ trưởng Tài chính Katayama Satsuki khẳng định Tokyo sẽ phát hành thêm trái phiếu để tài trợ cho gói kích thích. Ngân hàng Trung ương Nhật Bản (BOJ) dự kiến giữ nguyên lãi suất trong cuộc họp tháng tới. Chỉ số Nikkei 225 trên Sở Giao dịch Chứng khoán Tokyo tăng 1,2% sau thông báo. Trong khi đó, Quỹ Tiền tệ Quốc tế cảnh báo nợ công của Nhật Bản đã vượt 230% GDP."""
JAPAN_GOLD = [
    L("Nhật Bản"), O("Chính phủ Nhật Bản"), P("Takaichi Sanae"), O("Kyodo"), P("Katayama Satsuki"), L("Tokyo"),
    O("Ngân hàng Trung ương Nhật Bản", "BOJ"), O("Sở Giao dịch Chứng khoán Tokyo"), O("Quỹ Tiền tệ Quốc tế"),
]
BLIND_4 = {"airport": (AIRPORT, AIRPORT_GOLD), "durian": (DURIAN, DURIAN_GOLD), "chips": (CHIPS, CHIPS_GOLD),
         "japan": (JAPAN, JAPAN_GOLD)}

TENNIS = """Lý Hoàng Nam vào bán kết giải quần vợt quốc tế tại Tây Ninh

Chiều 7/3, tại Trung tâm Thể thao tỉnh Tây Ninh, tay vợt Lý Hoàng Nam đánh bại Kaichi Uchida (Nhật Bản) 2-1 để vào bán kết giải M25 Tây Ninh. Đối thủ tiếp theo của anh là hạt giống số 1 Coleman Wong đến từ Hong Kong (Trung Quốc).

Ông Nguyễn Quốc Kỳ, Chủ tịch Liên đoàn Quần vợt Việt Nam (VTF), cho biết giải đấu được Liên đoàn Quần vợt Quốc tế (ITF) công nhận và có 64 tay vợt tham dự. Huấn luyện viên Trương Quang Vũ đánh giá Hoàng Nam đang có phong độ tốt trước SEA Games 33 tại Thái Lan."""
TENNIS_GOLD = [
    P("Lý Hoàng Nam", "Hoàng Nam"), L("Tây Ninh", "tỉnh Tây Ninh"), O("Trung tâm Thể thao tỉnh Tây Ninh"),
    P("Kaichi Uchida"), L("Nhật Bản"), P("Coleman Wong"), L("Hong Kong"), L("Trung Quốc"), P("Nguyễn Quốc Kỳ"),
    O("Liên đoàn Quần vợt Việt Nam", "VTF"), O("Liên đoàn Quần vợt Quốc tế", "ITF"), P("Trương Quang Vũ"),
    L("Thái Lan"), L("Việt Nam", opt=True),
]

TRIAL = """Xét xử phúc thẩm vụ án tại Tập đoàn Phúc Sơn

Ngày 14/10, Tòa án nhân dân cấp cao tại Hà Nội mở phiên phúc thẩm vụ án đưa hối lộ xảy ra tại Tập đoàn Phúc Sơn và tỉnh Vĩnh Phúc. Bị cáo Nguyễn Văn Hậu, cựu Chủ tịch Tập đoàn Phúc Sơn, kháng cáo xin giảm nhẹ hình phạt.

Theo bản án sơ thẩm, Hậu đã đưa hối lộ cho nhiều cựu lãnh đạo tỉnh, trong đó có cựu Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan. Đại diện Viện kiểm sát nhân dân cấp cao tại Hà Nội đề nghị bác kháng cáo. Luật sư Phan Trung Hoài cho rằng thân chủ đã khắc phục hậu quả bằng cách nộp lại 200 tỷ đồng cho Cơ quan Cảnh sát điều tra Bộ Công an."""
TRIAL_GOLD = [
    O("Tập đoàn Phúc Sơn"), O("Tòa án nhân dân cấp cao tại Hà Nội"), L("Hà Nội", opt=True),
    L("Vĩnh Phúc", "tỉnh Vĩnh Phúc"), P("Nguyễn Văn Hậu", "Hậu"), O("Tỉnh ủy Vĩnh Phúc"), P("Hoàng Thị Thúy Lan"),
    O("Viện kiểm sát nhân dân cấp cao tại Hà Nội"), P("Phan Trung Hoài"),
    O("Cơ quan Cảnh sát điều tra Bộ Công an"), O("Bộ Công an"),
]

MUSEUM = """Bảo tàng Lịch sử Quốc gia trưng bày bảo vật thời Lý

Ngày 2/9, Bảo tàng Lịch sử Quốc gia khai mạc trưng bày chuyên đề về Hoàng thành Thăng Long với hơn 200 hiện vật. Nhiều hiện vật được khai quật tại khu di tích 18 Hoàng Diệu và chùa Một Cột.

TS Nguyễn Văn Đoàn, Giám đốc Bảo tàng, cho biết triển lãm có sự phối hợp của Viện Khảo cổ học và Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội. Đại sứ Pháp tại Việt Nam Olivier Brochet và đại diện Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) đã tới dự. Triển lãm kéo dài đến hết tháng 12 tại trụ sở số 1 Tràng Tiền."""
MUSEUM_GOLD = [
    O("Bảo tàng Lịch sử Quốc gia"), L("Hoàng thành Thăng Long"), L("khu di tích 18 Hoàng Diệu", "18 Hoàng Diệu", opt=True),
    L("chùa Một Cột"), P("Nguyễn Văn Đoàn"), O("Viện Khảo cổ học"), O("Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội"),
    L("Pháp"), L("Việt Nam"), P("Olivier Brochet"), O("UNESCO", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"),
    L("Tràng Tiền", opt=True), L("Hà Nội", opt=True), L("Thăng Long", opt=True),
]

MIDEAST = """Ai Cập và Qatar thúc đẩy đàm phán ngừng bắn ở Dải Gaza

Ngày 10/11, Ngoại trưởng Ai Cập Badr Abdelatty đã điện đàm với người đồng cấp Qatar về tiến trình ngừng bắn tại Dải Gaza. Theo kênh truyền hình Al Jazeera, phái đoàn của phong trào Hamas đã tới Cairo để thảo luận về việc trao trả con tin.

Trong khi đó, Thủ tướng Israel Benjamin Netanyahu tuyên bố Tel Aviv sẽ không rút quân khỏi hành lang Philadelphi. Tổng Thư ký Liên hợp quốc António Guterres kêu gọi các bên mở cửa khẩu Rafah để đưa hàng cứu trợ vào Gaza. Tổ chức Y tế Thế giới cảnh báo hệ thống y tế tại đây đã gần như sụp đổ."""
MIDEAST_GOLD = [
    L("Ai Cập"), L("Qatar"), L("Dải Gaza", "Gaza"), P("Badr Abdelatty"), O("Al Jazeera"), O("Hamas"), L("Cairo"),
    L("Israel"), P("Benjamin Netanyahu"), L("Tel Aviv"), L("hành lang Philadelphi", "Philadelphi"),
    O("Liên hợp quốc"), P("António Guterres"), L("cửa khẩu Rafah", "Rafah"), O("Tổ chức Y tế Thế giới"),
]
BLIND_5 = {"tennis": (TENNIS, TENNIS_GOLD), "trial": (TRIAL, TRIAL_GOLD), "museum": (MUSEUM, MUSEUM_GOLD),
         "mideast": (MIDEAST, MIDEAST_GOLD)}

MERGER = """Masan bán mảng bán lẻ cho nhà đầu tư Thái Lan

Ngày 18/6, Công ty cổ phần Tập đoàn Masan thông báo đã ký thỏa thuận chuyển nhượng 30% cổ phần của WinCommerce cho Tập đoàn Central Retail của Thái Lan. Giá trị thương vụ ước tính khoảng 500 triệu USD.

Ông Danny Le, Tổng Giám đốc Masan, cho biết số tiền thu được sẽ dùng để giảm nợ. Thương vụ cần được Ủy ban Cạnh tranh Quốc gia chấp thuận. Theo Công ty Chứng khoán SSI, cổ phiếu MSN trên Sở Giao dịch Chứng khoán TP.HCM đã tăng 4% sau thông tin này. Trước đó, quỹ đầu tư KKR của Mỹ và Temasek của Singapore cũng từng rót vốn vào Masan."""
MERGER_GOLD = [
    O("Công ty cổ phần Tập đoàn Masan", "Tập đoàn Masan", "Masan"), O("WinCommerce"), O("Central Retail", "Tập đoàn Central Retail"),
    L("Thái Lan"), P("Danny Le"), O("Ủy ban Cạnh tranh Quốc gia"), O("Công ty Chứng khoán SSI", "SSI"),
    O("Sở Giao dịch Chứng khoán TP.HCM"), L("TP.HCM", opt=True), O("KKR"), L("Mỹ"), O("Temasek"), L("Singapore"),
]

APPOINT = """Điều động, bổ nhiệm nhân sự mới tại Quảng Ngãi

Chiều 2/10, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Theo đó, ông Hồ Văn Niên, Phó Bí thư Thường trực Tỉnh ủy, được điều động giữ chức Bí thư Đảng ủy Ủy ban nhân dân tỉnh.

Trưởng Ban Tổ chức Tỉnh ủy Quảng Ngãi Nguyễn Thị Thu Hà trao quyết định và tặng hoa chúc mừng. Cùng ngày, HĐND tỉnh Quảng Ngãi đã bầu bà Đinh Thị Hồng Minh làm Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026. Bà Minh từng giữ chức Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum."""
APPOINT_GOLD = [
    L("Quảng Ngãi"), O("Ban Thường vụ Tỉnh ủy Quảng Ngãi"), O("Tỉnh ủy Quảng Ngãi", "Tỉnh ủy"), O("Ban Bí thư"),
    P("Hồ Văn Niên"), O("Đảng ủy Ủy ban nhân dân tỉnh", opt=True), O("Ủy ban nhân dân", "UBND", opt=True),
    P("Nguyễn Thị Thu Hà"), O("Ban Tổ chức Tỉnh ủy Quảng Ngãi", opt=True), O("HĐND tỉnh Quảng Ngãi"),
    P("Đinh Thị Hồng Minh", "Minh"), O("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"), L("Kon Tum"),
]

STORM = """Bão Kalmaegi đổ bộ vào Gia Lai, gây mất điện diện rộng

Rạng sáng 7/11, bão Kalmaegi (bão số 13) đổ bộ vào khu vực ven biển Gia Lai - Đắk Lắk với sức gió mạnh cấp 12. Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, tại Quy Nhơn đã đo được lượng mưa hơn 300 mm.

Tổng công ty Điện lực miền Trung (EVNCPC) cho biết hơn 1 triệu khách hàng bị mất điện. Thủ tướng Phạm Minh Chính đã chỉ đạo Bộ Quốc phòng điều động lực lượng Quân khu 5 hỗ trợ người dân. Trước khi vào Việt Nam, bão Kalmaegi đã càn quét miền trung Philippines, khiến hơn 100 người thiệt mạng tại tỉnh Cebu."""
STORM_GOLD = [
    L("Gia Lai"), L("Đắk Lắk"), O("Trung tâm Dự báo khí tượng thủy văn quốc gia"), L("Quy Nhơn"),
    O("Tổng công ty Điện lực miền Trung", "EVNCPC"), P("Phạm Minh Chính"), O("Bộ Quốc phòng"), O("Quân khu 5"),
    L("Việt Nam"), L("Philippines"), L("Cebu", "tỉnh Cebu"), L("miền Trung", opt=True),
]

POPE = """Giáo hoàng Leo XIV kêu gọi hòa bình trong thông điệp Giáng sinh

Trưa 25/12, từ ban công Vương cung thánh đường Thánh Phêrô, Giáo hoàng Leo XIV đã gửi thông điệp Giáng sinh tới hơn 1,4 tỷ tín hữu Công giáo trên toàn thế giới. Ngài kêu gọi chấm dứt xung đột tại Ukraine, Sudan và Myanmar.

Theo Tòa Thánh Vatican, khoảng 50.000 người đã tập trung tại Quảng trường Thánh Phêrô. Tại Việt Nam, Tổng Giám mục Giuse Nguyễn Năng, Chủ tịch Hội đồng Giám mục Việt Nam, chủ sự thánh lễ đêm Giáng sinh tại Nhà thờ Đức Bà Sài Gòn."""
POPE_GOLD = [
    P("Leo XIV"), L("Vương cung thánh đường Thánh Phêrô"), L("Ukraine"), L("Sudan"), L("Myanmar"),
    O("Tòa Thánh Vatican", "Tòa Thánh", alt=("LOCATION",)), L("Quảng trường Thánh Phêrô"), L("Việt Nam"),
    P("Giuse Nguyễn Năng", "Nguyễn Năng"), O("Hội đồng Giám mục Việt Nam"), L("Nhà thờ Đức Bà Sài Gòn"),
]
BLIND_6 = {"merger": (MERGER, MERGER_GOLD), "appoint": (APPOINT, APPOINT_GOLD), "storm": (STORM, STORM_GOLD),
         "pope": (POPE, POPE_GOLD)}

LAOS = """Thủ tướng Lào thăm chính thức Việt Nam

Ngày 8/1, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam. Sau lễ đón, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào.

Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Lào Xa-lơm-xay Côm-ma-xít cho biết hai bên đã ký 15 văn kiện hợp tác. Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng thông tin dự án cảng Vũng Áng - Lào đã hoàn thành giai đoạn 1. Cùng ngày, Thủ tướng Xỏn-xay Xi-phăn-đon đã đến viếng Lăng Chủ tịch Hồ Chí Minh."""
LAOS_GOLD = [
    P("Phạm Minh Chính"), L("Lào"), P("Sonexay Siphandone", "Xỏn-xay Xi-phăn-đon"), L("Việt Nam"),
    O("Ủy ban liên Chính phủ Việt Nam - Lào"), P("Saleumxay Kommasith", "Xa-lơm-xay Côm-ma-xít"),
    O("Bộ Tài chính"), P("Nguyễn Văn Thắng"), L("cảng Vũng Áng", "Vũng Áng", opt=True),
    L("Lăng Chủ tịch Hồ Chí Minh"), P("Hồ Chí Minh", opt=True),
]

SHOP = """Doanh thu thương mại điện tử quý III đạt 100.000 tỷ đồng

Theo báo cáo của Công ty Metric, tổng doanh thu trên năm sàn Shopee, Lazada, TikTok Shop, Tiki và Sendo trong quý III đạt hơn 100.000 tỷ đồng. Shopee tiếp tục dẫn đầu với 68% thị phần, trong khi TikTok Shop tăng trưởng nhanh nhất.

Ông Lê Hoàng Oanh, Cục trưởng Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương), cho biết cơ quan này đang phối hợp với Tổng cục Thuế để quản lý thuế đối với người bán hàng trực tuyến. Hiệp hội Thương mại điện tử Việt Nam (VECOM) dự báo quy mô thị trường năm 2025 có thể đạt 25 tỷ USD."""
SHOP_GOLD = [
    O("Công ty Metric", "Metric"), O("Shopee"), O("Lazada"), O("TikTok Shop"), O("Tiki"), O("Sendo"),
    P("Lê Hoàng Oanh"), O("Cục Thương mại điện tử và Kinh tế số"), O("Bộ Công Thương"), O("Tổng cục Thuế"),
    O("Hiệp hội Thương mại điện tử Việt Nam", "VECOM"), L("Việt Nam", opt=True),
]

CRASH = """Tai nạn liên hoàn trên cao tốc Cam Lộ - La Sơn, 3 người tử vong

Khoảng 14h ngày 5/5, trên tuyến cao tốc Cam Lộ - La Sơn đoạn qua huyện Phong Điền, thành phố Huế, đã xảy ra vụ tai nạn giữa xe khách của Công ty TNHH Phương Trang và một xe tải. Vụ tai nạn khiến 3 người tử vong, 12 người bị thương.

Các nạn nhân được đưa đến Bệnh viện Trung ương Huế cấp cứu. Thượng tá Lê Văn Tuấn, Phó Trưởng phòng Cảnh sát giao thông Công an thành phố Huế, cho biết tài xế xe tải là Trần Văn Hùng (42 tuổi, quê Quảng Trị). Cục Đường bộ Việt Nam đã yêu cầu chủ đầu tư rà soát lại hệ thống biển báo trên tuyến."""
CRASH_GOLD = [
    L("Cam Lộ", opt=True), L("La Sơn", opt=True), L("Phong Điền", "huyện Phong Điền"), L("Huế", "thành phố Huế"),
    O("Công ty TNHH Phương Trang", "Phương Trang"), O("Bệnh viện Trung ương Huế"), P("Lê Văn Tuấn"),
    O("Phòng Cảnh sát giao thông Công an thành phố Huế"), O("Công an thành phố Huế"), P("Trần Văn Hùng"),
    L("Quảng Trị"), O("Cục Đường bộ Việt Nam"), L("cao tốc Cam Lộ - La Sơn", opt=True),
]

ENV = """Hà Nội triển khai vùng phát thải thấp từ năm 2026

Ngày 12/9, UBND thành phố Hà Nội ban hành kế hoạch thí điểm vùng phát thải thấp trong khu vực Vành đai 1. Ông Nguyễn Trọng Đông, Phó Chủ tịch UBND thành phố, cho biết xe máy chạy xăng sẽ bị hạn chế lưu thông trong khu vực quận Hoàn Kiếm và quận Ba Đình.

Theo Sở Nông nghiệp và Môi trường Hà Nội, chỉ số chất lượng không khí (AQI) tại nhiều trạm quan trắc thường xuyên vượt ngưỡng. Chuyên gia của Ngân hàng Phát triển châu Á (ADB) khuyến nghị thành phố mở rộng mạng lưới xe buýt điện. Tập đoàn VinFast cam kết cung cấp 1.000 xe buýt điện cho Tổng công ty Vận tải Hà Nội (Transerco) trong năm tới."""
ENV_GOLD = [
    O("UBND thành phố Hà Nội"), L("Hà Nội"), P("Nguyễn Trọng Đông"), L("Hoàn Kiếm", "quận Hoàn Kiếm"),
    L("Ba Đình", "quận Ba Đình"), O("Sở Nông nghiệp và Môi trường Hà Nội"), O("Ngân hàng Phát triển châu Á", "ADB"),
    O("Tập đoàn VinFast", "VinFast"), O("Tổng công ty Vận tải Hà Nội", "Transerco"), L("Vành đai 1", opt=True),
]
BLIND_7 = {"laos": (LAOS, LAOS_GOLD), "shop": (SHOP, SHOP_GOLD), "crash": (CRASH, CRASH_GOLD), "env": (ENV, ENV_GOLD)}

TARIFF = """Mỹ áp thuế đối ứng 20% với hàng hóa Việt Nam

Ngày 2/8, Nhà Trắng công bố sắc lệnh của Tổng thống Donald Trump về mức thuế đối ứng mới, trong đó hàng hóa từ Việt Nam chịu mức thuế 20%. Bộ trưởng Thương mại Mỹ Howard Lutnick cho biết hàng trung chuyển qua nước thứ ba sẽ bị áp thuế 40%.

Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có cuộc điện đàm với Đại diện Thương mại Mỹ Jamieson Greer để thúc đẩy đàm phán. Theo Phòng Thương mại và Công nghiệp Việt Nam (VCCI), các doanh nghiệp dệt may và đồ gỗ tại Bình Dương và Đồng Nai sẽ chịu tác động lớn nhất. Trong khi đó, Indonesia và Philippines bị áp mức thuế 19%."""
TARIFF_GOLD = [
    L("Mỹ"), L("Việt Nam"), O("Nhà Trắng", alt=("LOCATION",)), P("Donald Trump"), P("Howard Lutnick"),
    O("Bộ Công Thương"), P("Nguyễn Hồng Diên"), P("Jamieson Greer"),
    O("Phòng Thương mại và Công nghiệp Việt Nam", "VCCI"), L("Bình Dương"), L("Đồng Nai"), L("Indonesia"),
    L("Philippines"),
]

COFFEE = """Nông dân Tây Nguyên phấn khởi vì giá cà phê tăng cao

Những ngày đầu tháng 12, giá cà phê nhân xô tại Đắk Lắk và Lâm Đồng dao động quanh mức 120.000 đồng/kg. Ông Y Bhiông Niê, một nông dân ở xã Ea Tul, huyện Cư M'gar, cho biết gia đình ông thu hoạch được 10 tấn cà phê trong vụ này.

Theo Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa), sản lượng niên vụ 2025-2026 dự kiến tăng 6%. Công ty TNHH Nestlé Việt Nam và Tập đoàn Trung Nguyên Legend đang mở rộng vùng nguyên liệu bền vững. Trên sàn ICE Futures Europe tại London, giá cà phê Robusta kỳ hạn tháng 1 tăng 3%."""
COFFEE_GOLD = [
    L("Tây Nguyên"), L("Đắk Lắk"), L("Lâm Đồng"), P("Y Bhiông Niê"), L("Ea Tul", "xã Ea Tul"),
    L("Cư M'gar", "huyện Cư M'gar"), O("Hiệp hội Cà phê - Ca cao Việt Nam", "Vicofa"),
    O("Công ty TNHH Nestlé Việt Nam"), O("Tập đoàn Trung Nguyên Legend"), O("ICE Futures Europe"), L("London"),
    L("Việt Nam", opt=True),
]

ATHLETICS = """Nguyễn Thị Oanh giành HCV thứ ba tại SEA Games 33

Chiều 14/12, trên sân vận động Suphachalasai ở Bangkok, VĐV Nguyễn Thị Oanh đã xuất sắc giành huy chương vàng nội dung 5.000 m nữ. Về nhì là Mariya Wulan của Indonesia, trong khi chủ nhà Thái Lan giành huy chương đồng.

Trưởng đoàn thể thao Việt Nam Nguyễn Hồng Minh cho biết Oanh đã tập luyện tại Côn Minh (Trung Quốc) trong ba tháng. Cục Thể dục thể thao và Liên đoàn Điền kinh Việt Nam sẽ thưởng nóng cho các VĐV đoạt huy chương. Đoàn thể thao Việt Nam đang xếp thứ hai toàn đoàn, sau Thái Lan."""
ATHLETICS_GOLD = [
    L("sân vận động Suphachalasai", "Suphachalasai"), L("Bangkok"), P("Nguyễn Thị Oanh", "Oanh"), P("Mariya Wulan"),
    L("Indonesia"), L("Thái Lan"), L("Việt Nam"), P("Nguyễn Hồng Minh"), L("Côn Minh"), L("Trung Quốc"),
    O("Cục Thể dục thể thao"), O("Liên đoàn Điền kinh Việt Nam"), O("Đoàn thể thao Việt Nam", opt=True),
]

STUDY = """Australia siết chặt thị thực du học sinh quốc tế

Bộ Nội vụ Australia vừa công bố mức phí xin thị thực du học mới là 2.000 AUD, tăng gấp đôi so với năm ngoái. Bộ trưởng Giáo dục Jason Clare cho biết chính phủ sẽ giới hạn số du học sinh mới ở mức 270.000 người trong năm 2026.

Theo Đại sứ quán Australia tại Hà Nội, hiện có khoảng 35.000 sinh viên Việt Nam đang học tập tại nước này. Đại học Melbourne và Đại học RMIT cho biết số hồ sơ từ Việt Nam vẫn tăng. Ông Trần Văn Minh, Giám đốc Công ty tư vấn du học Đông Du, khuyên phụ huynh nên chuẩn bị hồ sơ tài chính sớm."""
STUDY_GOLD = [
    L("Australia"), O("Bộ Nội vụ Australia"), P("Jason Clare"), O("Đại sứ quán Australia tại Hà Nội"), L("Hà Nội"),
    L("Việt Nam"), O("Đại học Melbourne"), O("Đại học RMIT", "RMIT"), P("Trần Văn Minh"),
    O("Công ty tư vấn du học Đông Du", "Đông Du"),
]
BLIND_8 = {"tariff": (TARIFF, TARIFF_GOLD), "coffee": (COFFEE, COFFEE_GOLD), "athletics": (ATHLETICS, ATHLETICS_GOLD),
         "study": (STUDY, STUDY_GOLD)}

KOREA = """Tổng thống Hàn Quốc Lee Jae-myung thăm cấp Nhà nước Việt Nam

Sáng 11/8, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Hàn Quốc Lee Jae-myung và Phu nhân. Hai nhà lãnh đạo chứng kiến lễ ký kết 10 văn kiện, trong đó có bản ghi nhớ giữa Tập đoàn Samsung và Bộ Khoa học và Công nghệ về đào tạo nhân lực bán dẫn.

Theo Bộ Ngoại giao Hàn Quốc, kim ngạch thương mại song phương năm 2024 đạt 86 tỷ USD. Ông Hong Sun, Chủ tịch Phòng Thương mại Hàn Quốc tại Việt Nam (KoCham), cho biết hơn 10.000 doanh nghiệp Hàn Quốc đang hoạt động tại Bắc Ninh, Thái Nguyên và Hải Phòng."""
KOREA_GOLD = [
    L("Hàn Quốc"), P("Lee Jae-myung"), L("Việt Nam"), L("Phủ Chủ tịch", opt=True), P("Lương Cường"),
    O("Tập đoàn Samsung", "Samsung"), O("Bộ Khoa học và Công nghệ"), O("Bộ Ngoại giao Hàn Quốc"), P("Hong Sun"),
    O("Phòng Thương mại Hàn Quốc tại Việt Nam", "KoCham"), L("Bắc Ninh"), L("Thái Nguyên"), L("Hải Phòng"),
]

FIRE = """Cháy chung cư mini ở Hà Nội, 5 người được cứu thoát

Khoảng 2h sáng 18/3, một vụ cháy xảy ra tại chung cư mini trên phố Khương Hạ, phường Khương Đình, Hà Nội. Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ Công an thành phố Hà Nội đã điều 10 xe chữa cháy tới hiện trường.

Đại tá Nguyễn Thanh Tùng, Trưởng Công an phường Khương Đình, cho biết lực lượng chức năng đã cứu được 5 người mắc kẹt. Các nạn nhân bị ngạt khói được đưa đến Bệnh viện Xanh Pôn. Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh yêu cầu rà soát toàn bộ chung cư mini trên địa bàn."""
FIRE_GOLD = [
    L("phố Khương Hạ", "Khương Hạ"), L("Khương Đình", "phường Khương Đình"), L("Hà Nội", "thành phố Hà Nội"),
    O("Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ Công an thành phố Hà Nội", opt=True),
    O("Công an thành phố Hà Nội"), P("Nguyễn Thanh Tùng"), O("Công an phường Khương Đình"),
    O("Bệnh viện Xanh Pôn"), O("UBND thành phố Hà Nội"), P("Trần Sỹ Thanh"),
]

MUSIC = """Ban nhạc Coldplay công bố đêm diễn đầu tiên tại Việt Nam

Ngày 20/2, ban nhạc Coldplay xác nhận sẽ biểu diễn tại sân vận động quốc gia Mỹ Đình vào tháng 11. Công ty Live Nation cho biết vé sẽ được bán qua ứng dụng Ticketbox từ đầu tháng 4.

Ca sĩ Chris Martin chia sẻ trên Instagram rằng nhóm mong chờ được gặp khán giả Việt Nam. Ông Hồ An Phong, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, cho rằng sự kiện sẽ giúp quảng bá hình ảnh Hà Nội. Trước đó, nhóm nhạc Blackpink từng biểu diễn tại đây năm 2023 với sự tổ chức của Công ty iME Entertainment."""
MUSIC_GOLD = [
    O("Coldplay"), L("Việt Nam"), L("Mỹ Đình", "sân vận động quốc gia Mỹ Đình"), O("Live Nation", "Công ty Live Nation"),
    O("Ticketbox"), P("Chris Martin"), O("Instagram"), P("Hồ An Phong"), O("Bộ Văn hóa, Thể thao và Du lịch"),
    L("Hà Nội"), O("Blackpink"), O("Công ty iME Entertainment", "iME Entertainment"),
]

EU = """EU thông qua gói trừng phạt thứ 19 đối với Nga

Ngày 23/10, Hội đồng Liên minh châu Âu thông qua gói trừng phạt thứ 19 nhằm vào Nga, trong đó cấm nhập khẩu khí tự nhiên hóa lỏng (LNG) từ năm 2027. Đại diện cấp cao về chính sách đối ngoại của EU Kaja Kallas cho biết gói trừng phạt nhắm vào 117 tàu thuộc "hạm đội bóng tối" của Moskva.

Người phát ngôn Điện Kremlin Dmitry Peskov tuyên bố Nga sẽ có biện pháp đáp trả. Trong khi đó, Thủ tướng Hungary Viktor Orban phản đối việc mở rộng trừng phạt đối với ngành năng lượng. Tập đoàn Gazprom cho biết xuất khẩu khí đốt sang châu Âu qua đường ống TurkStream vẫn duy trì ổn định."""
EU_GOLD = [
    O("EU", "Liên minh châu Âu"), L("Nga"), O("Hội đồng Liên minh châu Âu"), P("Kaja Kallas"), L("Moskva"),
    O("Điện Kremlin", alt=("LOCATION",)), P("Dmitry Peskov"), L("Hungary"), P("Viktor Orban"),
    O("Tập đoàn Gazprom", "Gazprom"), L("châu Âu"), L("TurkStream", opt=True, alt=("MISC",)),
]
BLIND_9 = {"korea": (KOREA, KOREA_GOLD), "fire": (FIRE, FIRE_GOLD), "music": (MUSIC, MUSIC_GOLD), "eu": (EU, EU_GOLD)}

ARTICLES = {**BLIND_1, **BLIND_2, **BLIND_3, **BLIND_4, **BLIND_5, **BLIND_6, **BLIND_7, **BLIND_8,
            **BLIND_9}
