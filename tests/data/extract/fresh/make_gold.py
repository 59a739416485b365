"""Write the fresh set's gold fact files from the hand-made specs below."""
import yaml, re, sys
from pathlib import Path

def slug(t): return re.sub(r"[^a-z0-9]+","-",t.lower()).strip("-")

def fact(name, *, title, parties, leaders, members=(), date=None, end=None, place=None, discussed=(),
         dialogue=None, areas=(), threats=(), commitments=()):
    text = Path(f"{name}.txt").read_text()
    for quote in [c[1] for c in commitments]:
        assert " ".join(quote.split()) in " ".join(text.split()), (name, quote)
    orgs = {}
    officials = []
    def person(iso, pname, ptitle):
        oid = slug(pname)
        org = orgs.setdefault(iso, {"id": f"{iso.lower()}-government", "name": f"Government of {iso}", "country": iso, "type": "organisation", "posts": []})
        pid = slug(f"{iso}-{ptitle}")
        if all(p["id"] != pid for p in org["posts"]):
            org["posts"].append({"id": pid, "title": ptitle})
        officials.append({"id": oid, "name": pname, "country": iso, "posts": [pid]})
        return oid
    dels = []
    for iso in parties:
        d = {"country": iso}
        if iso in leaders:
            d["leader"] = person(iso, *leaders[iso])
        ms = [person(iso, n, t) for (c, n, t) in members if c == iso]
        if ms: d["members"] = ms
        dels.append(d)
    m = {"id": "meeting"}
    if date: m["date"] = date
    if end: m["end_date"] = end
    places = []
    if place:
        pid, pname, pc = place
        m["place"] = pid
        if pid != "islamabad":
            places.append({"id": pid, "name": pname, "country": pc, "type": "city"})
        if pc in parties: m["host"] = pc
    dialogues = []
    if dialogue:
        m["dialogue"] = slug(dialogue)
        dialogues.append({"id": slug(dialogue), "name": dialogue, "parties": list(parties)})
    m["delegations"] = dels
    if areas: m["areas"] = list(areas)
    if threats: m["threats"] = list(threats)
    if discussed: m["discussed"] = list(discussed)
    doc = {"article": {"title": title, "language": "en", "text": f"{name}.txt"}, "meetings": [m]}
    if commitments:
        doc["commitments"] = [{"id": f"c{i+1}", "meeting": "meeting", "parties": list(p), "description": q, "evidence": [q]} for i, (p, q) in enumerate(commitments)]
    if officials: doc["officials"] = officials
    if orgs: doc["organisations"] = list(orgs.values())
    if places: doc["places"] = places
    if dialogues: doc["dialogues"] = dialogues
    head = f"# Gold facts, written by hand from {name}.txt before its draft was seen.\n"
    Path(f"{name}.yaml").write_text(head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=96))

fact("us-in-jwg-designations", title="Joint Statement on the U.S.-India Counterterrorism Joint Working Group and Designations Dialogue",
     parties=["USA","IND"], leaders={"USA":("Marcus Doyle","Acting Coordinator for Counterterrorism"),"IND":("Karan Bedi","Joint Secretary for Counter Terrorism")},
     date="2024-09-25", end="2024-09-26", place=("washington","Washington","USA"), dialogue="U.S.-India Counterterrorism Joint Working Group",
     areas=["counter-terrorism","border-security","intelligence-sharing"], threats=["terrorism"],
     commitments=[(["USA","IND"],"The United States and India committed to strengthen cooperation in multilateral fora, including the Financial Action Task Force."),
                  (["USA","IND"],"Both sides agreed to hold the next meeting of the Joint Working Group in New Delhi in 2025.")])
fact("pk-cn-interior-call", title="Naqvi, Chinese counterpart discuss security of CPEC projects", parties=["PAK","CHN"],
     leaders={"PAK":("Mohsin Raza","Interior Minister"),"CHN":("Wang Hong","Minister of Public Security")},
     members=[("PAK","Qasim Iqbal","Interior Secretary"),("PAK","Farah Noor","Ambassador to China")],
     date="2025-01-04", place=("beijing","Beijing","CHN"), areas=["counter-terrorism","training"],
     commitments=[(["PAK","CHN"],"Both sides agreed to further strengthen cooperation in counter-terrorism and to expand training of Pakistani police.")])
fact("eu-pk-strategic-dialogue", title="EU and Pakistan hold sixth Strategic Dialogue", parties=["EUU","PAK"],
     leaders={"EUU":("Kaja Rasmussen","High Representative of the Union for Foreign Affairs and Security Policy"),"PAK":("Ishaq Qureshi","Deputy Prime Minister and Foreign Minister of Pakistan")},
     date="2024-11-20", place=("brussels","Brussels","BEL"), dialogue="EU-Pakistan Strategic Dialogue", discussed=["AFG","BEL","UKR"],
     areas=["counter-terrorism","migration-management"],
     commitments=[(["EUU","PAK"],"The EU and Pakistan agreed to launch a dialogue on migration and mobility and to hold the next Strategic Dialogue in Islamabad.")])
fact("jp-ph-vice-ministerial", title="Japan, Philippines agree to step up maritime cooperation", parties=["JPN","PHL"],
     leaders={"PHL":("Maria Teresa Lazaro","Foreign Affairs Undersecretary"),"JPN":("Okano Masataka","Vice-Minister for Foreign Affairs")},
     place=("manila","Manila","PHL"), dialogue="Vice-Ministerial Strategic Dialogue", discussed=["AUS","USA"],
     areas=["maritime-security","defence-cooperation","military-exercises"],
     commitments=[(["JPN","PHL"],"They agreed to conduct more joint exercises with the United States and Australia.")])
fact("in-bd-fs-visit", title="Foreign Secretary's visit to Bangladesh (December 08-09, 2024)", parties=["IND","BGD"],
     leaders={"IND":("Vikram Nath","Foreign Secretary"),"BGD":("Mohammad Jashim Uddin","Foreign Secretary")},
     date="2024-12-09", place=("dhaka","Dhaka","BGD"), dialogue="Foreign Office Consultations", areas=["border-security"],
     commitments=[(["IND","BGD"],"The two sides agreed to hold the next Foreign Office Consultations in New Delhi at a mutually convenient time.")])
fact("gb-fr-metonym", title="London and Paris agree to tighten Channel cooperation", parties=["GBR","FRA"],
     leaders={"GBR":("Yvette Hale","Home Secretary"),"FRA":("Bruno Lemaire","Interior Minister")},
     place=("london","London","GBR"), discussed=["BEL","NLD"], areas=["intelligence-sharing","coordinated-operations"],
     commitments=[(["GBR","FRA"],"Britain and France agreed on Monday to deploy more officers on the French coast to stop small boats crossing the English Channel, after talks between their interior ministers in London.")])
fact("ae-in-no-date-place", title="India, UAE discuss counter-terrorism cooperation", parties=["IND","ARE"],
     leaders={"IND":("Prakash Gupta","Joint Secretary"),"ARE":("Ahmed Al Mansoori","Director of the Counter-Terrorism Department at the UAE Ministry of Foreign Affairs")},
     areas=["counter-terrorism","cyber-security","intelligence-sharing","capacity-building"], threats=["terrorism"],
     commitments=[(["IND","ARE"],"The two sides agreed to deepen cooperation on information sharing and capacity building.")])
fact("us-ir-muscat", title="U.S., Iran hold indirect nuclear talks in Oman", parties=["USA","IRN"],
     leaders={"USA":("Steve Whitman","special envoy"),"IRN":("Abbas Araghchi","Foreign Minister")},
     place=("muscat","Muscat","OMN"), discussed=["ISR","OMN"],
     commitments=[(["USA","IRN"],"Both sides described the talks as constructive and agreed to meet again next week.")])
fact("au-id-defence", title="Australia and Indonesia sign defence cooperation agreement", parties=["AUS","IDN"],
     leaders={"AUS":("Richard Marles","Deputy Prime Minister and Minister for Defence"),"IDN":("Prabowo Subianto","Defence Minister")},
     date="2024-08-29", place=("canberra","Canberra","AUS"), areas=["defence-cooperation","maritime-security","counter-terrorism","military-exercises"],
     commitments=[(["AUS","IDN"],"Australia and Indonesia signed a Defence Cooperation Agreement in Canberra on August 29, 2024, following talks between Deputy Prime Minister and Minister for Defence Richard Marles and Indonesian Defence Minister Prabowo Subianto."),
                  (["AUS","IDN"],"Both ministers agreed to increase interoperability between their armed forces.")])
fact("sa-ir-beijing", title="Saudi Arabia and Iran agree to restore ties in China-brokered deal", parties=["SAU","IRN"],
     leaders={"SAU":("Musaed Al-Aiban","National Security Adviser"),"IRN":("Ali Shamkhani","Secretary of the Supreme National Security Council")},
     date="2023-03-10", place=("beijing","Beijing","CHN"), discussed=["CHN","YEM"], areas=["security-cooperation"],
     commitments=[(["SAU","IRN"],"BEIJING, March 10, 2023 — Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months, following four days of talks in Beijing hosted by China."),
                  (["SAU","IRN"],"The two countries agreed to activate a security cooperation agreement signed in 2001.")])
