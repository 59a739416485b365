"""The words of officials' titles, for the person parser (``_names``): the head words that make
a run of capitalised words a title ("Minister", "Director-General", "Commandant"), the words a
title holds but a name never does ("Affairs", "Assessment", "Trafficking"), the office words
that end a title ("Directorate", "Board"), and the words that stand between title and name.
"""

from __future__ import annotations

__all__ = ["CONNECT", "HEADS", "NOT_NAMES", "RANKS", "STOP", "SURNAMES", "TITLE_WORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HEADS = _words(
    "Colonel Brigadier Admiral Commodore Marshal Lieutenant Captain Major Commander "
    "Minister Secretary Secretary-General Under-Secretary Ambassador Director "
    "Director-General Envoy Representative Coordinator Adviser Advisor Chief Head "
    "Commissioner President Chairman Chair Chairperson Commander Officer Counsellor "
    "Counselor Consul Attorney Spokesperson Spokesman Spokeswoman Deputy Governor "
    "Inspector-General Inspector Superintendent Administrator Attaché Attache Principal "
    # ("political commissar of the X brigade", "Regional Delegate for National Security")
    "Chancellor Premier Chargé Charge Commissar Delegate "
    "Undersecretary Vice-Minister Envoy Lord Member Commandant Comptroller Controller "
    "Mantri "  # India's Hindi titles: "Raksha Mantri", "Raksha Rajya Mantri"
    "IGP DIGP AIGP "  # a police chief written as letters: "the IGP of Rwanda, X"
    # a district's head ("Samtse Dzongdag", Indonesia's "Bupati", "Prefect", the Maghreb's
    # "Wali of Tindouf"; not "Mayor": a
    # mayor mostly greets a delegation),
    # a court's or a prosecution's officers
    "Dzongdag Dzongrab Bupati Prefect Sub-Prefect Wali Magistrate Collector Regent "
    "Prosecutor Prosecutor-General Attorney-General Solicitor-General Registrar Auditor-General"
)
#: Capitalised words that end a title or an office, never a person's name
NOT_NAMES = _words(
    "Service Services Action Mission Command Directorate Bureau Commission Committee "
    "Government Interim Kingdom Republic Union Federation Authority Office Council "
    "Embassy Ministry Department Agency Forces Navy Army Police Guard Group "
    "Organisation Organization Nations Region Zone District Brigade Regiment Battalion Fleet "
    "Unit Centre Center Academy Institute Headquarters Military Board Commonwealth Prefecture "
    "Frontier"  # a border force's regional command: "the SSB's Patna Frontier"
)
TITLE_WORDS = HEADS | _words(
    "Additional Joint Assistant Under Special Senior Acting Federal Union State "
    "Foreign Interior Home External Affairs Defence Defense National Security Vice "
    "Prime High Permanent Executive General Counterterrorism Counter-Terrorism "
    "Counter Terrorism Political Policy Planning Bureau Department Ministry Division "
    "Office Services Intelligence Army Navy Air Force Staff Police Justice Law "
    "Enforcement Homeland Border Internal International Legal Europe European Asia "
    "Asian South North East West Central Affairs Economic Strategic Multilateral "
    "Cyber Nuclear Regional Desk Operations Management Crisis Response Immigration "
    "Customs Narcotics Control Agency Administration Parliamentary Cabinet Americas "
    "Pacific Gulf Eurasia Eurasian Africa Middle Near Industry Development "
    "Administration Resources Trade Commerce Finance Information Technology Energy "
    "Health Education Transport Relations Cooperation Programs Programmes Research "
    "Public Civil Coast Guard Marine Corps Command Forces Armed Maritime Aviation "
    "Communications Protocol Consular Arms Disarmament Proliferation "
    "Non-Proliferation Peacekeeping Humanitarian Refugees Migration Citizenship "
    "Secretariat Council Committee Commission Parliament Senate Assembly Court "
    "Supreme Prosecutor Investigation Investigations Strategy Analysis Capabilities "
    "Logistics Procurement Production Americas Western Eastern Southern Northern "
    "Overseas Diaspora Coordination Counterintelligence Countering Combating "
    "Legislative Territorial Provincial Federal Minister's Ministers Secretaries "
    "Directors Sea Lt Maj Brig Col Adm Capt Cdr Cdre Crime Crimes Fraud Specialist Training "
    "Industries Assessment Surveillance Reconnaissance Acquisition Readiness Personnel "
    "Integration Reform Planning Plans Budget Audit Inspection Safety Emergency "
    "Drug Drugs Trafficking Smuggling Extremism Corruption Laundering Piracy Organised "
    "Organized Cybercrime "
    # an office's remit before a name ("Trafficking in Human Beings A", "in Persons B")
    "Beings Persons Migrants Weapons Explosives "
    # a ministry's remit, never a name ("Minister of Home Affairs and Cultural Heritage X",
    # "Acting Commissioner of Customs and Border Protection Y")
    "Heritage Protection Culture Tourism Sports Youth Veterans Welfare Fisheries Agriculture "
    "Environment Infrastructure Housing Labour Wildlife Gender "
    "Raksha Videsh Grih Rajya "
    # a remit's words before a name ("Digital Technologies A", "for Public Order B",
    # "Innovation and Aerospace Industry C", "the Pacific Islands D")
    "Technologies Order Digital Innovation Aerospace Islands Telecommunications Science "
    "Space Transformation Economy Mines "
    "America Latin Caribbean Oceania Arctic Balkans Sahel Maghreb"
)
STOP = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December The This That "
    "Both For From On In At With By During After Before Also"
)
CONNECT = _words("of for and the on in to")
#: Ranks written short without a stop ("ISI chief Lt Gen Asim Malik"): never a name's first word
RANKS = _words("Gen Lt Maj Col Brig Adm Capt Cdr")
#: Title words that are also surnames, taken as one after a given name ("Catherine West, ...")
SURNAMES = _words("West North South East Law Justice Major Marshal")
