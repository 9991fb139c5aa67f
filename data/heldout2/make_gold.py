# Writes the second held-back gold set (run from data/heldout2/): python3 make_gold.py
import json
def E(name,type,aliases=(),alt=(),opt=False): return {"name":name,"type":type,"aliases":list(aliases),"alt_types":list(alt),"optional":opt}
def F(v,u,kind="actual",q="exact",period=None,ind="",opt=False): return {"value":v,"unit":u,"kind":kind,"qualifier":q,"period":period,"indicator":ind,"optional":opt}
def V(t,date,parts,status="occurred",opt=False): return {"type":t,"date":date,"participants":parts,"status":status,"optional":opt}
docs={}
docs["k01_fm_call_china.txt"]=dict(published="2021-04-16",outlet=None,entities=[
 E("Bùi Thanh Sơn","PERSON"),E("Trung Quốc","LOCATION"),E("Vương Nghị","PERSON"),E("Việt Nam","LOCATION"),
 E("Tuấn Anh","PERSON",opt=True),E("Đại hội XIII","MISC"),E("Chính phủ Trung Quốc","ORGANIZATION"),
 E("Đảng","ORGANIZATION",opt=True),E("Quốc hội","ORGANIZATION",["Quốc hội khóa XIV"]),E("Nhà nước","ORGANIZATION",opt=True)],
 facts=[],
 events=[V("MEETING","2021-04-16",["Bùi Thanh Sơn","Vương Nghị"])])
docs["k02_fm_call_singapore.txt"]=dict(published="2021-03-04",outlet=None,entities=[
 E("Phạm Bình Minh","PERSON"),E("Singapore","LOCATION"),E("Vivian Balakrishnan","PERSON"),
 E("Bộ Ngoại giao","ORGANIZATION",opt=True),E("Myanmar","LOCATION"),E("ASEAN","ORGANIZATION")],
 facts=[],
 events=[V("MEETING","2021-03-04",["Phạm Bình Minh","Vivian Balakrishnan"])])
docs["k03_jakarta_blinken_borrell.txt"]=dict(published="2023-07-14",outlet=None,entities=[
 E("Việt Nam","LOCATION",["Việt"]),E("Mỹ","LOCATION"),E("PLVN","ORGANIZATION",opt=True),E("Bộ Ngoại giao","ORGANIZATION"),
 E("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56","MISC"),E("ASEAN","ORGANIZATION"),E("Jakarta","LOCATION"),
 E("Indonesia","LOCATION"),E("Bùi Thanh Sơn","PERSON"),E("Antony J. Blinken","PERSON",["Antony Blinken"]),
 E("Liên minh châu Âu","ORGANIZATION",["EU"]),E("Joseph Borell","PERSON")],
 facts=[],
 events=[V("MEETING","2023-07-13",["Bùi Thanh Sơn","Antony J. Blinken","Joseph Borell"])])
docs["k04_cpi_january.txt"]=dict(published=None,outlet=None,entities=[E("Tổng cục Thống kê","ORGANIZATION")],
 facts=[F(0.52,"%",period="2023-01",ind="CPI tháng 1-2023 so với tháng 12-2022"),
        F(4.89,"%",period="2023-01",ind="CPI tháng 1-2023 so với cùng kỳ năm 2022"),
        F(5.21,"%",period="2023-01",ind="lạm phát cơ bản tháng 1-2023"),
        F(4.89,"%",ind="CPI bình quân chung",opt=True)],
 events=[])
docs["k05_fm_calls_laos.txt"]=dict(published=None,outlet=None,entities=[
 E("VOV5","ORGANIZATION",opt=True),E("Hiệp hội các quốc gia Đông Nam Á","ORGANIZATION",["ASEAN"]),
 E("Trụ sở Chính phủ","LOCATION",alt=["ORGANIZATION"],opt=True),E("Hà Nội","LOCATION"),E("Chính phủ","ORGANIZATION",opt=True),
 E("Bùi Thanh Sơn","PERSON"),E("Lào","LOCATION"),E("Thongsavanh Phomvihane","PERSON"),
 E("Ban Đối ngoại Trung ương Lào","ORGANIZATION",["Ban Đối ngoại Trung ương"]),E("Bunleaua Phandanuvong","PERSON"),
 E("Phạm Kiên","PERSON",opt=True),E("TTXVN","ORGANIZATION",opt=True),E("Việt Nam","LOCATION")],
 facts=[F(2,"count:cuộc điện đàm",ind="số cuộc điện đàm",opt=True)],
 events=[V("MEETING",None,["Bùi Thanh Sơn","Thongsavanh Phomvihane"]),
         V("MEETING",None,["Bùi Thanh Sơn","Bunleaua Phandanuvong"])])
for name,d in docs.items():
    json.dump({"doc":name,**d},open(f"gold/{name}.json","w"),ensure_ascii=False,indent=1)
