# Writes the held-back gold annotations (run from data/heldout/): python3 make_gold.py
import json
def E(name,type,aliases=(),alt=(),opt=False): return {"name":name,"type":type,"aliases":list(aliases),"alt_types":list(alt),"optional":opt}
def F(v,u,kind="actual",q="exact",period=None,ind="",opt=False): return {"value":v,"unit":u,"kind":kind,"qualifier":q,"period":period,"indicator":ind,"optional":opt}
def V(t,date,parts,status="occurred",opt=False): return {"type":t,"date":date,"participants":parts,"status":status,"optional":opt}
docs={}
docs["h01_lao_pm_welcome.txt"]=dict(published="2022-01-08",outlet=None,entities=[
 E("Phủ Chủ tịch","LOCATION",alt=["ORGANIZATION"],opt=True),
 E("Phạm Minh Chính","PERSON"), E("Chính phủ","ORGANIZATION",opt=True),
 E("Lào","LOCATION",["Cộng hòa Dân chủ Nhân dân Lào","nước Cộng hòa Dân chủ Nhân dân Lào"]),
 E("Phankham Viphavanh","PERSON"), E("Chính phủ Lào","ORGANIZATION"), E("Việt Nam","LOCATION"),
 E("Bộ Ngoại giao","ORGANIZATION"),E("Bộ Quốc phòng","ORGANIZATION"),E("Bộ Công an","ORGANIZATION"),E("Bộ Tài chính","ORGANIZATION"),
 E("Bộ Công Thương","ORGANIZATION"),E("Bộ Giao thông vận tải","ORGANIZATION"),E("Bộ Thông tin và Truyền thông","ORGANIZATION"),
 E("Bộ Giáo dục và Đào tạo","ORGANIZATION"),E("Bộ Kế hoạch và Đầu tư","ORGANIZATION"),E("Bộ Y tế","ORGANIZATION"),
 E("Bộ Văn hóa, Thể thao và Du lịch","ORGANIZATION"),E("Văn phòng Chính phủ","ORGANIZATION"),E("Ngân hàng Nhà nước Việt Nam","ORGANIZATION"),
 E("Hội hữu nghị Việt Nam – Lào","ORGANIZATION"),E("ASEAN","ORGANIZATION"),
 E("Dương Giang","PERSON",opt=True),E("TTXVN","ORGANIZATION",opt=True),
 E("Nhà văn hóa Thiếu nhi quận Hoàn Kiếm","ORGANIZATION",alt=["LOCATION"],opt=True),
 E("Hoàn Kiếm","LOCATION",["quận Hoàn Kiếm"]), E("Hà Nội","LOCATION",["Thành phố Hà Nội"])],
 facts=[],
 events=[V("VISIT","2022-01-08",["Phankham Viphavanh","Lào","Việt Nam"]),
         V("MEETING","2022-01-08",["Phạm Minh Chính","Phankham Viphavanh"])])
docs["h02_china_npc_chair.txt"]=dict(published="2025-09-02",outlet=None,entities=[
 E("Trụ sở Chính phủ","LOCATION",alt=["ORGANIZATION"],opt=True),
 E("Phạm Minh Chính","PERSON"),E("Triệu Lạc Tế","PERSON"),E("Bộ Chính trị","ORGANIZATION",opt=True),
 E("Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc nước Cộng hòa nhân dân Trung Hoa","ORGANIZATION",["Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc"]),
 E("Trung Quốc","LOCATION",["Cộng hòa nhân dân Trung Hoa","nước Cộng hòa nhân dân Trung Hoa","Trung"]),
 E("Việt Nam","LOCATION",["Việt"]),E("Cách mạng Tháng Tám","MISC"),E("Quốc khánh Việt Nam","MISC",opt=True),
 E("Quốc hội Việt Nam","ORGANIZATION"),E("Nhân đại toàn quốc Trung Quốc","ORGANIZATION",["Nhân đại Toàn quốc Trung Quốc"]),
 E("Ủy ban hợp tác giữa Quốc hội Việt Nam và Nhân đại toàn quốc Trung Quốc","ORGANIZATION",opt=True),
 E("VGP","ORGANIZATION",opt=True),E("Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải","MISC"),
 E("Tổ chức Hợp tác Thượng Hải","ORGANIZATION",["SCO"]),E("Tập Cận Bình","PERSON"),E("Lý Cường","PERSON"),E("Vương Hộ Ninh","PERSON"),
 E("Chính hiệp","ORGANIZATION",opt=True),E("Chính phủ","ORGANIZATION",opt=True),E("Nhà nước Trung Quốc","ORGANIZATION",opt=True)],
 facts=[F(80,"count:năm",ind="kỷ niệm 80 năm Cách mạng Tháng Tám",opt=True)],
 events=[V("MEETING","2025-09-02",["Phạm Minh Chính","Triệu Lạc Tế"]),
         V("VISIT",None,["Triệu Lạc Tế","Trung Quốc","Việt Nam"]),
         V("MEETING",None,["Quốc hội Việt Nam","Nhân đại toàn quốc Trung Quốc","Triệu Lạc Tế"],opt=True),
         V("VISIT",None,["Phạm Minh Chính","Trung Quốc"],opt=True)])
P10="2025-01/2025-10"
docs["h03_fdi_10_months.txt"]=dict(published="2025-11-06",outlet=None,entities=[
 E("Cục Thống kê","ORGANIZATION"),E("Bộ Tài chính","ORGANIZATION"),E("Việt Nam","LOCATION"),E("Singapore","LOCATION"),
 E("Trung Quốc","LOCATION"),E("Hồng Công","LOCATION"),E("Nhật Bản","LOCATION"),E("Thụy Điển","LOCATION"),E("Đài Loan","LOCATION"),E("Hàn Quốc","LOCATION")],
 facts=[F(31520000000,"USD",period=P10,ind="tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam"),
 F(15.6,"%",period=P10,ind="tăng trưởng tổng vốn FDI đăng ký so với cùng kỳ"),
 F(3321,"count:dự án",ind="số dự án cấp mới"),F(14070000000,"USD",ind="vốn đăng ký cấp mới"),
 F(21.1,"%",ind="tăng số dự án cấp mới"),F(7.6,"%",ind="giảm vốn đăng ký cấp mới"),
 F(7970000000,"USD",ind="vốn đăng ký cấp mới ngành công nghiệp chế biến, chế tạo"),F(56.7,"%",ind="tỷ trọng công nghiệp chế biến, chế tạo"),
 F(2750000000,"USD",ind="vốn đăng ký kinh doanh bất động sản"),F(19.5,"%",ind="tỷ trọng bất động sản"),
 F(3350000000,"USD",ind="vốn các ngành còn lại"),F(23.8,"%",ind="tỷ trọng các ngành còn lại"),
 F(87,"count:quốc gia",period=P10,ind="số quốc gia và vùng lãnh thổ có dự án cấp mới"),
 F(3760000000,"USD",period=P10,ind="vốn cấp mới của Singapore"),F(26.7,"%",period=P10,ind="tỷ trọng Singapore"),
 F(3210000000,"USD",period=P10,ind="vốn cấp mới của Trung Quốc"),F(22.8,"%",period=P10,ind="tỷ trọng Trung Quốc"),
 F(1380000000,"USD",period=P10,ind="vốn cấp mới của Hồng Công"),F(9.8,"%",period=P10,ind="tỷ trọng Hồng Công"),
 F(1170000000,"USD",period=P10,ind="vốn cấp mới của Nhật Bản"),F(8.3,"%",period=P10,ind="tỷ trọng Nhật Bản"),
 F(1000000000,"USD",period=P10,ind="vốn cấp mới của Thụy Điển"),F(7.1,"%",period=P10,ind="tỷ trọng Thụy Điển"),
 F(901200000,"USD",period=P10,ind="vốn cấp mới của Đài Loan"),F(6.4,"%",period=P10,ind="tỷ trọng Đài Loan"),
 F(627000000,"USD",period=P10,ind="vốn cấp mới của Hàn Quốc"),F(4.5,"%",period=P10,ind="tỷ trọng Hàn Quốc")],
 events=[])
docs["h04_storm_damage.txt"]=dict(published=None,outlet=None,entities=[
 E("Lạng Sơn","LOCATION",["tỉnh Lạng Sơn"]),E("Hà Nội","LOCATION"),E("Thái Nguyên","LOCATION"),E("Hà Giang","LOCATION"),E("Nghệ An","LOCATION"),
 E("Phú Lương","LOCATION",["huyện Phú Lương"]),E("CTV","ORGANIZATION",alt=["PERSON"],opt=True),
 E("Trung ương Hội Chữ thập đỏ Việt Nam","ORGANIZATION",["Hội Chữ thập đỏ Việt Nam"]),E("Việt Nam","LOCATION",opt=True),
 E("Hội Chữ thập đỏ tỉnh Lạng Sơn","ORGANIZATION"),E("Trọng Phú","PERSON",["TRỌNG PHÚ"],opt=True),E("Ngọc Bảo","PERSON",["NGỌC BẢO"],opt=True)],
 facts=[F(8,"count:người",ind="số người chết ở Lạng Sơn"),F(2,"count:người",ind="số người chết ở Hà Nội"),
 F(2,"count:người",ind="số người chết ở Thái Nguyên"),F(1,"count:người",ind="số người mất tích ở Thái Nguyên",opt=True),
 F(1,"count:cháu bé",ind="cháu bé chết ở Hà Giang",opt=True),F(8,"count:tháng",ind="tuổi cháu bé",opt=True),
 F(1,"count:người",ind="số người chết ở Nghệ An",opt=True),
 F(41,"count:nhà",ind="số nhà bị sập"),F(374,"count:nhà",ind="số nhà bị ngập"),F(4590,"ha",ind="diện tích hoa màu bị ngập úng"),
 F(41500,"m3",q="over",ind="khối lượng đất đá sạt lở"),F(8,"count:gia đình",ind="số gia đình được hỗ trợ"),
 F(3000000,"VND",ind="mức hỗ trợ mỗi người"),F(2000000,"VND",ind="mức hỗ trợ mỗi nạn nhân tử vong")],
 events=[V("AID","2017-09-18",["Trung ương Hội Chữ thập đỏ Việt Nam","Lạng Sơn"]),
         V("AID",None,["Hội Chữ thập đỏ tỉnh Lạng Sơn"])])
docs["h05_xi_visit_meeting.txt"]=dict(published="2023-12-13",outlet=None,entities=[
 E("Phạm Minh Chính","PERSON"),E("Tập Cận Bình","PERSON"),E("Trung Quốc","LOCATION"),E("Trọng Hải","PERSON",["TRỌNG HẢI"],opt=True),
 E("Chính phủ","ORGANIZATION",opt=True),E("Việt Nam","LOCATION"),E("Nguyễn Phú Trọng","PERSON"),E("Võ Văn Thưởng","PERSON"),
 E("QĐND","ORGANIZATION",opt=True)],
 facts=[F(73,"count:năm",ind="chặng đường quan hệ",opt=True),F(3,"count:lần",ind="lần thăm",opt=True)],
 events=[V("MEETING","2023-12-13",["Phạm Minh Chính","Tập Cận Bình"]),
         V("VISIT","2023-12-12",["Tập Cận Bình","Trung Quốc","Việt Nam"])])
docs["h06_fdi_january.txt"]=dict(published=None,outlet=None,entities=[],
 facts=[F(282,"count:dự án",period="2025-01",ind="số dự án đầu tư mới"),F(6.6,"%",period="2025-01",ind="giảm số dự án mới"),
 F(1290000000,"USD",q="approx",period="2025-01",ind="tổng vốn đăng ký mới"),F(43.6,"%",period="2025-01",ind="giảm vốn đăng ký mới"),
 F(137,"count:lượt",ind="lượt dự án điều chỉnh vốn"),F(4.6,"%",ind="tăng lượt dự án điều chỉnh"),
 F(2730000000,"USD",q="approx",ind="tổng vốn đầu tư tăng thêm"),F(6.1,"times",q="approx",ind="vốn tăng thêm so với cùng kỳ"),
 F(260,"count:giao dịch",ind="số giao dịch góp vốn mua cổ phần"),F(12.2,"%",ind="giảm số giao dịch"),
 F(322900000,"USD",q="approx",ind="tổng giá trị vốn góp"),F(70.4,"%",ind="tăng giá trị vốn góp"),
 F(16,"count:ngành",ind="số ngành có đầu tư"),F(21,"count:ngành",ind="tổng số ngành kinh tế quốc dân"),
 F(3090000000,"USD",q="over",ind="vốn đầu tư công nghiệp chế biến, chế tạo"),F(71.3,"%",q="approx",ind="tỷ trọng công nghiệp chế biến, chế tạo"),
 F(99.1,"%",ind="tăng vốn công nghiệp chế biến, chế tạo"),
 F(1090000000,"USD",q="approx",ind="vốn đầu tư kinh doanh bất động sản"),F(23.5,"%",ind="tỷ trọng bất động sản"),F(6.4,"%",ind="giảm vốn bất động sản")],
 events=[])
for name,d in docs.items():
    d={"doc":name,**d}
    json.dump(d,open(f"gold/{name}.json","w"),ensure_ascii=False,indent=1)
print(len(docs))
docs2={}
docs2["h07_thanhhoa_korea_business.txt"]=dict(published="2024-05-28",outlet=None,entities=[
 E("Đỗ Minh Tuấn","PERSON"),E("Tỉnh ủy","ORGANIZATION",["Tỉnh ủy Thanh Hóa"],opt=True),
 E("UBND tỉnh Thanh Hóa","ORGANIZATION",["Ủy ban Nhân dân","UBND","UBND tỉnh","Ủy ban Nhân dân tỉnh","Ủy ban Nhân dân (UBND) tỉnh"]),
 E("Đại sứ quán","ORGANIZATION",["Đại sứ quán Hàn Quốc"],opt=True),E("Hàn Quốc","LOCATION"),E("Hong Sun","PERSON"),
 E("Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam","ORGANIZATION"),E("Việt Nam","LOCATION"),
 E("Thanh Hóa","LOCATION",["tỉnh Thanh Hóa"]),E("Ban Thường vụ Tỉnh ủy","ORGANIZATION",opt=True),
 E("Nguyễn Văn Thi","PERSON"),E("Nguyễn Tiến Hiệu","PERSON"),
 E("Ban quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp","ORGANIZATION",["Ban quản lý Khu kinh tế Nghi Sơn"]),
 E("Khu kinh tế Nghi Sơn","LOCATION",opt=True),E("Bắc Trung Bộ","LOCATION",["Bắc Trung Bộ Việt Nam"])],
 facts=[F(166,"count:dự án",ind="số dự án FDI thu hút"),F(20,"count:quốc gia",q="over",ind="số quốc gia có dự án FDI")],
 events=[V("MEETING","2024-05-28",["Đỗ Minh Tuấn","Hong Sun"]),
         V("VISIT","2024-05-28",["Hong Sun","Hàn Quốc","Thanh Hóa"],opt=True)])
docs2["h08_binhduong_consul.txt"]=dict(published="2021-12-14",outlet=None,entities=[
 E("Trung tâm Hành chính tỉnh Bình Dương","LOCATION",alt=["ORGANIZATION"],opt=True),
 E("Bình Dương","LOCATION",["tỉnh Bình Dương"]),E("Võ Văn Minh","PERSON"),E("Tỉnh ủy","ORGANIZATION",opt=True),
 E("UBND tỉnh Bình Dương","ORGANIZATION",["UBND tỉnh","UBND"]),E("Kang Myongil","PERSON"),E("Hàn Quốc","LOCATION"),
 E("Thành phố Hồ Chí Minh","LOCATION",["thành phố Hồ Chí Minh","TP. Hồ Chí Minh"]),
 E("Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh","ORGANIZATION",["Lãnh sự quán Hàn Quốc"]),E("Covid-19","MISC")],
 facts=[],
 events=[V("MEETING","2021-11-16",["Võ Văn Minh","Kang Myongil"])])
for name,d in docs2.items():
    d={"doc":name,**d}
    json.dump(d,open(f"gold/{name}.json","w"),ensure_ascii=False,indent=1)
