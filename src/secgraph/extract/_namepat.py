"""The patterns of a written name and of the styles and ranks before it, shared by the person
parser (``_names``) and the mention finders: "Marcel van der Berg", "KIM Sang-hoon",
"Pablo M. Lorenzo III"; "His Royal Highness Prince", "Datuk Seri", "Rear Admiral".

Also the two shapes of a mention the parser rewrites before it reads one, each general:

- a name in brackets after its title, British parliamentary use: "The Secretary of State for
  Defence (John Healey)" reads as "The Secretary of State for Defence, John Healey";
- a junior rank before a name whose post follows: "Commander Aaron Kellett, Senior Liaison
  Officer for the Pacific" is the Senior Liaison Officer, styled Commander (the rank is no
  title when a post is written);
- a row of a delegation list or table: "Mart Tamm - Director General of X" and "Director
  General of X: Mart Tamm" read as "Mart Tamm, Director General of X" (``unrow``).
"""

from __future__ import annotations

import re

__all__ = [
    "BRACKETED",
    "CAPS_LAST",
    "CAPS_SURNAME",
    "HONORIFIC",
    "HON_RE",
    "INDIAN",
    "INNER_STYLE",
    "JUNIOR_RANK",
    "LEADING_LINK",
    "LOW",
    "LOWER_POST",
    "NAME",
    "PARTICLE",
    "POST_NOMINALS",
    "RANK_NOTE",
    "RANK_RE",
    "STYLES",
    "TRAILING_ORG",
    "UP",
    "keep_office_commas",
    "office_commas",
    "peer_back",
    "peerage",
    "unbracket",
    "unrow",
]

#: Latin Extended-A and -B and Extended Additional mix cases: "Ł", "Ś", "Ə" (Azerbaijani),
#: "Nguyễn" (Vietnamese)
_MIXED = "\u0100-\u024f\u1e00-\u1eff"
UP = f"A-ZÀ-ÖØ-Þ{_MIXED}"
LOW = f"a-zß-öø-ÿ{_MIXED}\u0259"  # "Władysław", "Kosiniak-Kamysz", "Həsənov"
_NT = (
    rf"(?:(?:al|el|bin|ibn)-[{UP}][{LOW}]+|(?:[{UP}]\.){{1,3}}|Md\.|Mohd\.|Ma\.|"
    r"(?:Th|Kh|Ch|Sh)\.(?=\s[A-Z])|"  # Manipuri initials: "Th. Ibomcha Singh"
    r"(?<=\s)(?:II|III|IV|Jr\.)(?=[\s,.;]|$)|"  # "Pablo M. Lorenzo III"
    rf"[{UP}](?=\s(?:[{UP}]\s)*[{UP}][{LOW}])|"  # "K D Dewal"
    rf"[{UP}]{{2,}}(?=\s[{UP}][{LOW}]+(?:-[{LOW}]+)?(?:[,.;)]|\s|$))|"  # "KIM Sang-hoon"
    # "LoGerfo", "McDonald"; a Polynesian glottal stop before a vowel: "'Amelia", "\u02bbAho"
    # "O'Rourke", "D'Souza": an Irish or Portuguese prefix before the capital; West Africa's
    # "N'Guessan", "M'Bala"
    rf"(?:['\u2018\u2019\u02bb](?=[AEIOU][{LOW}])|[ODNM]['\u2019](?=[{UP}]))?"
    rf"[{UP}][{LOW}]+(?:[{UP}][{LOW}]{{2,}})?"
    rf"(?:[-'\u2019][{UP}{LOW}][{LOW}]*(?:[{UP}][{LOW}]{{2,}})?)*)"  # "Sousa-McBride"
)
#: "bin Nordin", "binti Ahmad", "Ould Mohamed" (Maghreb), "Al Thani", "Ebrard y Casaubón"
PARTICLE = (
    r"(?:bin|binti|bint|bt|ibn|al|el|Al|ud|ul|van|von|de|da|del|der|di|do|du|la|le|dos|das|"
    # "Rajendran s/o Muthusamy" (son of): Singapore, Malaysia; Mauritania's "Mint" (daughter
    # of), the Iban "anak", a maiden name after "née", an alias after "@" (Malaysian use)
    r"Ould|ould|Mint|mint|y|s/o|d/o|a/l|a/p|anak|n[ée]e|@)"
)
#: "Marcel van der Berg"; "W. M. D. K. Wijesinghe" (four initials, Sri Lankan use)
#: "Jose Ma. Ambrosio Q. Villaroman" (Philippine use: given names, the mother's initial, the
#: surname): five words when the last but one is an initial
#: five names when a particle joins them (Lusophone and Maghreb use: "Joaquim Manuel de Sousa
#: Lemos Cafala", "Mohamed Lemine Ould Sidi Ould Ahmed Ghali"), or after "Syed" (South Asian
#: use: "Syed Muhammad Ali Haider Bukhari"); without either, five capitalised words are more
#: likely a style or a rank before a name of four
_JOIN = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|la|le|y|Ould|ould|Mint|mint)"
_FIVE = (
    # (a cheap look for the particle first: the pattern is tried at every capital of a text)
    rf"(?=(?:[{UP}][^\s,;()]*\s+){{1,4}}{_JOIN}\s)"
    rf"{_NT}(?:\s+(?:{_JOIN}\s+){{0,2}}{_NT}){{4}}"
    rf"|(?:Syed|Syeda)\s+{_NT}(?:\s+{_NT}){{3}}"
)
NAME = (
    rf"(?:(?:{_FIVE})(?=\s*(?:[,;.)(]|$|\s[a-z]))|"
    # a Malay or Brunei name of more words, given names, "bin"/"binti" and the father's names,
    # his own style kept: "Mohd Shahrul Nizam bin Abdul Rahman", "X bin Haji Y" (up to seven)
    rf"{_NT}(?:\s+{_NT}){{1,3}}\s+(?:bin|binti|bte|ibni)\s+(?:(?:Haji|Hj\.?|Pengiran|Awang)\s+){{0,2}}"
    rf"{_NT}(?:\s+{_NT}){{0,2}}(?=\s*(?:[,;.)(]|$|\s[a-z]))|"
    # an Arab name with its father's and forefathers' names, and the family's: "Abdulaziz bin
    # Saud bin Naif bin Abdulaziz Al Saud", "Khalid bin Hamad bin Isa Al Khalifa"
    rf"{_NT}(?:\s+(?:bin|bint|ibn)\s+{_NT}){{2,5}}(?:\s+(?:Al|al)[\s-]{_NT})?"
    r"(?=\s*(?:[,;.)(]|$|\s[a-z]))|"
    # a Spanish name of two given names and two surnames joined by particles: "Francisco
    # Javier Sánchez de la Fuente y Ortega" (five words and more)
    rf"{_NT}\s+{_NT}\s+{_NT}(?:\s+(?:de|del|y|de\s+la|de\s+los)\s+{_NT}){{2}}|"
    # and two given names, a compound surname and the mother's: "Francisco Javier Montes de
    # Oca Villalobos"
    rf"{_NT}\s+{_NT}\s+{_NT}\s+(?:de|del|de\s+la|de\s+los)\s+{_NT}\s+{_NT}(?=\s*(?:[,;.)(]|$))|"
    rf"{_NT}(?:\s+(?:{PARTICLE}\s+){{0,2}}{_NT}){{1,3}}|(?:[{UP}]\.\s){{4}}{_NT}|"
    rf"{_NT}(?:\s+{_NT}){{2,3}}\s+[{UP}]\.\s+{_NT}(?=\s*(?:[,;.)]|$|\s(?![{UP}])))|"
    # a one-word name after a father's initial, Mongolian use: "D.Batsaikhan", "Ts.Ganbold"
    rf"[{UP}][{LOW}]?\.[{UP}][{LOW}]{{3,}}(?:-[{UP}][{LOW}]+)?(?![\w.-]))"  # "D.Bolor-Erdene"
)
#: Courtesy titles of Malaysia, Brunei and Westminster parliaments ("Datuk Seri", "the Hon")
STYLES = (
    r"Datuk Seri|Dato'? Sri|Dato'? Paduka Seri|Dato'? Seri Paduka|Dato'? Seri|Dato'? Paduka|"
    r"Datuk|Dato'?|"
    # (and the styles of women: "Datin", "Puan Sri", "Toh Puan")
    r"Tan Sri|Puan Sri|Tun|Toh Puan|Pehin|Datin Seri|Datin Paduka|Datin|"
    r"Senator the Hon\.?|[Tt]he Rt\.? Hon\.?|Rt\.? Hon\.?|[Tt]he Hon\.?|The Honourable|Senator"
)
HONORIFIC = (
    rf"(?:H\.H\.|HE(?= [A-Z])|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|"
    # "Sayyid": Oman's; "Hajiya": Nigeria's (a woman who made the pilgrimage)
    rf"Maulvi|Maulana|Mullah|Mallam|Malam|Alhaji|Haji|Hajiya|Hajia|Sayyid|Sayyida|"
    # Zimbabwe's and Namibia's "Cde" (Comrade)
    r"Cde\.?(?= [A-Z])|Comrade(?= [A-Z])|"
    r"Ato|Wzr\.?|W/ro|Judge|"  # Ethiopia's "Ato" (Mr) and "Woizero" (Mrs); a judge's style
    # Bhutan's "Dasho", a Liberian lawyer's "Cllr." (Counsellor), Burmese "Daw" after a rank
    # Indonesia's forces after a rank ("Major General TNI X", "First Admiral TNI Y")
    r"(?:(?<=General )|(?<=Admiral )|(?<=Marshal )|(?<=Colonel )|(?<=Brigadier )|(?<=Major ))"
    r"(?:TNI(?: A[DLU])?|Polri)(?= [A-Z])|First Admiral|First Marshal|"
    # a Gulf air force's flying officer after his rank ("Major General Pilot X")
    r"(?:(?<=General )|(?<=Marshal )|(?<=Colonel )|(?<=Brigadier ))Pilot(?= [A-Z])|"
    r"Dasho|Cllr\.?|Ir\.|(?<=Hon\. )Chief|(?<=Hon )Chief|"  # Indonesia's engineer; Nigeria's chief
    r"U(?= [A-Z][a-z]+ [A-Z][a-z])|Daw(?= [A-Z][a-z]+ [A-Z][a-z])|"  # Myanmar's "U Min Naing"
    # (a given name after another style: Indonesia's "Dr. Sri Wahyuni")
    rf"(?<!Dr\. )(?<!Dr )(?<!Ms\. )(?<!Ms )(?<!Mrs\. )(?<!Mr\. )Sri(?! Lank)|H\.E\.|"
    rf"His Excellency|Her Excellency|{STYLES}|His Royal Highness Prince|His Royal Highness|"
    r"Her Royal Highness|HRH|Field Marshal|"
    # "Prince" is a given name after another style ("Cllr. Prince X Y", "Mr Prince X")
    r"(?<!Mr\. )(?<!Mr )(?<!Ms )(?<!Dr )(?<!Dr\. )(?<!Cllr\. )(?<!Cllr )Prince(?:ss)?|"
    r"Professor|Prof\.?|Madam|Madame|Mme\.?|Hon\.?|Honourable|Sheikh|Shaikh|Ambassador|Amb\.|"
    r"Lt\.? Gen\.?|Lieutenant General|"
    r"Senior Lieutenant General|Senior Lt\.? Gen\.?|Senior Col\.?|Colonel General|"
    r"Police General|Lt\.? Col\.?|"
    # Thai and Cambodian police ranks: "Pol Lt Gen X", "Pol. Maj. Gen. Y"
    r"Pol\.?\s+(?:(?:Lt|Maj|Brig|Snr|Sr)\.?\s+)?(?:Gen|Col)\.?(?= [A-Z])|"
    r"Lieutenant Colonel|Senior Colonel|Colonel Major|Commissioner General|"
    r"(?:Major|Lieutenant|Brigadier)-General|(?:Rear|Vice)-Admiral|Air Vice-Marshal|"
    r"Maj\.? Gen\.?|Major General|Brig\.?[- ]Gen\.?|Brigadier General|Brig\.?|Brigadier|"
    # police ranks written as letters ("AIGP X", "SSP Y"): a style, never a name's first word
    r"(?:AIGP|IGP|DIGP|DIG|AIG|SSP|DSP|ASP|ACP|DCP|CP)(?= [A-Z]|$)|"
    # and Ghana's police and immigration ranks ("COP X", "ACI Y"), Tanzania's "SACP Z"
    r"(?:COP|DCOP|ACOP|SACP|ACI|DCI|COI|DCOI)(?= [A-Z][a-z])|"
    # Poland's services after a rank ("Brigadier General Straży Granicznej X": Border Guard)
    r"(?:(?<=General )|(?<=Colonel )|(?<=Major )|(?<=Brigadier ))"
    r"(?:Straży Granicznej|SG|Policji)(?= [A-Z])|"
    r"General|Gen\.?(?= [A-Z])|Admiral|Adm\.|Rear Admiral|Rear Adm\.|Vice Admiral|Vice Adm\.|"
    r"Air Vice Marshal|Air Marshal|Air Chief Marshal|Air Commodore|Commodore|Cdre\.?|"
    # a naval rank of the former Soviet navies ("Captain First Rank X"), Romania's police and
    # border police ranks ("Chief Quaestor X"), South Asian junior commissioned ranks
    r"Captain (?:First|Second|Third|1st|2nd|3rd) Rank|"
    r"(?:(?:Chief|General|Principal) )?Quaestor(?= [A-Z])|(?:Naib )?Subedar(?: Major)?(?= [A-Z])|"
    r"Colonel|Col\.|Col(?= [A-Z])|Lord|Lady|Baroness|Viscount|Earl|Sir|Dame|Eng\.|Engr\.|"
    r"Staff Pilot|"
    # Singapore's ranks written short ("BG Kelvin Ong"), French ones ("Général de brigade")
    r"(?:BG|RADM|LG|MG)(?= [A-Z]|$)|"
    r"G[ée]n[ée]ral de (?:[Bb]rigade(?: a[ée]rienne)?|[Dd]ivision|[Cc]orps d'[Aa]rm[ée]e)|"
    r"Contr[ôo]leur [Gg][ée]n[ée]ral(?: de [Pp]olice)?|"
    r"Commissaire (?:[Dd]ivisionnaire|[Pp]rincipal|[Gg][ée]n[ée]ral)(?: de [Pp]olice)?|"
    r"Commissaire de [Pp]olice|"
    # a French service's officer ranks written with their corps ("Commissaire-Colonel X")
    r"Commissaire-(?:[Cc]olonel|[Gg][ée]n[ée]ral|[Cc]ommandant|[Ll]ieutenant-[Cc]olonel)|"
    r"Superintendent-Chief|"
    # ranks written with hyphens: Portuguese and Lusophone ("Capitão-de-mar-e-guerra X",
    # "Tenente-Brigadeiro do Ar Y", "Superintendente-Geral Z"), francophone ("Colonel-Major")
    r"Capit[aã]o-de-[Mm]ar-e-[Gg]uerra|Capit[aã]o-de-(?:[Ff]ragata|[Cc]orveta)|"
    r"Capit[aã]o-[Tt]enente|Tenente-Coronel|Tenente-General|"
    r"(?:Tenente|Major)-Brigadeiro(?: do Ar)?|Brigadeiro(?: do Ar)?|Lieutenant-Brigadier|"
    r"Superintendente(?:-Geral)?|Contra-?almirante|Lieutenant-Colonel|Colonel-Major|"
    r"Comisario(?: Principal| General| Jefe)?|Comiss[aá]rio|Doctora|"
    # religious and chiefly styles: Afghan and Iranian clerics, Cambodia's "Lok Chumteav"
    # (Madam); Rwanda's police "CG" (Commissioner General)
    r"Mawlawi|Mawlavi|Mufti|Qari|Hojatoleslam|Hojjatoleslam|Ayatollah|Lok Chumteav|"
    r"Samdech|CG(?= [A-Z])|"
    # Spanish and Portuguese ranks
    r"General de (?:Divisi[oó]n|Brigada(?: A[ée]rea)?|Ej[eé]rcito|Ex[eé]rcito)|"
    r"Teniente General|Vicealmirante|"
    r"Contralmirante|Almirante(?: de Esquadra)?|Contra-Almirante|Vice-Almirante|Vice Almirante|"
    # a Portuguese rank written half in English ("Admiral de Esquadra"); the ranks of the
    # Argentine and Uruguayan coast guards ("Prefect General X", "Prefecto Mayor Y")
    r"(?:Vice |Rear )?Admiral de Esquadra|Prefect(?:o)? (?:General|Mayor|Principal)|"
    # an engineer's style in Arabic and Latin American usage ("Engineer Nawaf ...")
    rf"Engineer(?= [{UP}])|Ing\.|Ingeniero|Ingeniera|"
    r"Capit[aá]n de (?:Nav[ií]o|Fragata|Corbeta)|Capit[aã]o de Mar e Guerra|Coronel|"
    r"General del Aire|General de Aviaci[oó]n|"
    # the service before a rank ("Army Brig. Gen. X", "Air Force General de Brigada Y")
    r"(?:Army|Navy|Air Force|Marine Corps|Coast Guard|Space Force)"
    r"(?=\s+(?:Adm|Gen|Brig|Maj|Lt|Col|Capt|Cdr|Vice|Rear|General|Admiral|Colonel|Major|"
    r"Lieutenant|Captain|Commander)\b))"
    r"(?!\s+[a-z])"  # "the Ambassador of Kazakhstan to ...": a title, not a style
)
#: ranks that are a title when nothing else is written, and a style before a name whose post
#: follows ("Commander Aaron Kellett, Senior Liaison Officer ...", "..., Captain X")
JUNIOR_RANK = (
    r"(?:Lieutenant Commander|Lt\.? Cdr\.?|Wing Commander|Group Captain|Squadron Leader|"
    r"Flight Lieutenant|Captain|Capt\.?|Commander|Cdr\.?|Major|Maj\.|Lieutenant|"
    r"(?:(?:Senior|Deputy|Assistant|Chief|Detective)\s+){0,2}(?:Commissioner|Superintendent)"
    r"(?:\s+of\s+Police)?|(?:Deputy|Assistant)\s+Inspector[- ]General(?:\s+of\s+Police)?|"
    r"(?:(?:Chief|Senior|Detective|Police)\s+)?Inspector"
    r"(?:\s+of\s+Police)?|"
    # a French-speaking army's major ("Commandant X"), Brazil's police rank ("Delegate X",
    # "Delegado"), a police rank written with its force ("Police Major X")
    r"Commandant|Delegate|Delegad[oa]|Prefect|"  # (Italy's police prefects: "Prefect X")
    # a diplomat's grade before the name, his post before it ("the Director of X, Minister
    # Counsellor A")
    r"Minister[- ]Counsell?or|"
    r"Police\s+(?:Major|Captain|Lieutenant(?:\s+Colonel)?|Colonel|Brigadier|Commander)"
    r"(?:\s+General)?)"
    rf"(?=\s+[{UP}])"  # "Captain Álvaro Lemos"
)
#: orders and decorations after a name: "Lt Gen X, AVSM, VSM", "Y OBE"
POST_NOMINALS = re.compile(
    r"(?:,?\s+(?:PVSM|AVSM|UYSM|YSM|VSM|SM|VrC|NM|ADC|PTM|TM|OBE|CBE|KBE|KCB|KCMG|CMG|MBE|DSO|PhD|"
    r"AC|AO|AM|CSC|DSC|CSM|RAN|RAAF|RN|USN|USMC|MFR|OFR|CON|CFR|GCON|GCFR|OON|fdc|mni|psc|"
    r"IAS|IPS|IFS|IRS|MCS|PCS|HCS|CB|CVO|LVO|PSM|APM|AFSM|OAM|DSM|KC|QC|ONZM|MNZM|CNZM)"
    r"(?=[,.;\s]|$))+"
)
INDIAN = re.compile(r"\b(?:PVSM|AVSM|UYSM|YSM|VSM|VrC|PTM)\b")  # PTM: the Coast Guard's
#: "KAMIKAWA Yoko": a surname in capitals (Japanese and French usage)
CAPS_SURNAME = re.compile(rf"\b([{UP}])([{UP}]{{2,}})(?=\s+[{UP}][{LOW}]+\s*(?:,|$))")
#: "Mr. Irineo ESPINO": a surname in capitals after the given name, behind a courtesy
CAPS_LAST = re.compile(
    rf"((?:^|\b(?:Mr|Ms|Mrs|Dr)\.?\s+)[{UP}][{LOW}]+\s+[{UP}])([{UP}]{{2,}})(?=\s*(?:,|$))"
)


HON_RE = re.compile(rf"^(?:{HONORIFIC}\s+)+")
#: the words that join a person to the one before: "who was assisted by the Director ..., X",
#: "alongside the Inspector General of Police, Y" (no part of the title)
LEADING_LINK = re.compile(
    r"^(?:who\s+(?:was|were|is|are)\s+)?(?:also\s+)?(?:(?:assisted|supported|accompanied|joined"
    r"|flanked)\s+by|alongside|together\s+with|along\s+with|with\s+the\s+participation\s+of"
    r"|in\s+the\s+presence\s+of|had(?=\s+[A-Z]))\s+(?=\S)"  # "and had A, B as members"
)
#: a peer is named by the peerage: "Lord Pennant", "Baroness Chapman of Darlington" (the style
#: is the name's when one word, and perhaps a place, follows)
_PEER = re.compile(r"(?:^|\s)(?P<peer>Lord|Lady|Baroness|Viscount|Earl)$")
_PEERAGE = re.compile(rf"[{UP}][{LOW}]+(?:\s+of\s+[{UP}][{LOW}]+)?(?=\s*(?:[,(;]|$))")
RANK_RE = re.compile(rf"^(?:(?:{HONORIFIC}|{JUNIOR_RANK})\s+)+")
#: a style inside a chunk, before the name: "Home Minister Datuk Seri X", "Foreign Secretary
#: Dr. X" (only styles that never end a title: not "General", which "General Staff" holds)
INNER_STYLE = re.compile(
    rf"(?<=\s)(?:(?:{STYLES}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|H\.E\.|Sayyid|Sayyida|"
    r"Cde\.?|Hajiya|Hajia|Alhaji)\s+)+"
    rf"(?=[{UP}][{LOW}'\u2019-]+(?:\s|,|$))"
)
#: "Ajay Kumar Bhalla (Union Home Secretary)": a title in brackets after the name
BRACKETED = re.compile(
    rf"^(?P<name>{NAME})\s*\((?P<title>[^()]*(?:\([^()]*\)[^()]*)*)\)(?P<rest>.*)$"
)
#: "State Secretary Thomas Bagger of the Federal Foreign Office": the office after the name
TRAILING_ORG = re.compile(
    rf"\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>(?:[{UP}][\w'\u2019-]*\s+(?:and\s+)?){{0,4}}"
    r"(?:Ministry|Office|Department|Service|Agency|Council|Commission|Command|Secretariat|"
    r"Directorate|Bureau|Authority|"
    r"Navy|Army|Air Force|Defen[cs]e Force|Police|Forces|Guard)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{UP}][\w'\u2019-]*(?:\s+(?:and\s+)?[{UP}][\w'\u2019-]*)*)?)$"
)
#: a rank's note in brackets: "(Ret.)", "Commodore (Sea)", "Rear Admiral (Lower Half)"
RANK_NOTE = re.compile(
    r"\s*\((?:Ret|Retd|retd|ret|R|rtd|Rtd|res|Res|retired|Sea|Navy|Army|Air|CG|Lower Half|Dr|G|JG|"
    r"Upper Half|LH|UH|CP|COP|ACP|SACP|DCOP|ACOP)\.?\)"
    # a Moroccan police rank between the name and the post: "X, Wali, Director of Y"
    r"|(?<=[a-z])\s*,\s+Wali(?=\s*,)"
    # and a role's note after a name: "Secretary of Defence X (Head of Delegation)"
    r"|(?<=[a-z])\s*\((?:[Hh]ead|[Ll]eader|[Cc]o-?[Cc]hair|[Cc]hair)(?:\s+of\s+(?:the\s+)?"
    r"[Dd]elegation)?\)(?=\s*(?:,|;|$|\s+and\s))"
    # and a nickname in quotes after a name: 'General Ahmed Nur "Dheere", Deputy Commander'
    r"|(?<=[a-z])\s+[\"\u201c][A-Z][\w'\u2019-]*[\"\u201d](?=\s*(?:,|;|$))"
)
_BRACKET_NAME = re.compile(
    rf"^(?P<title>[^(),]+?)\s*\((?P<name>(?:(?:{HONORIFIC}|{JUNIOR_RANK})\s+)*{NAME})\)"
    r"(?P<rest>(?:,.*)?)$"
)


def unbracket(chunk: str) -> str | None:
    """'Secretary of State for Defence (John Healey)' -> 'Secretary of State for Defence, John
    Healey'; None when the chunk has no name in brackets after a title (the caller checks that
    the part before the bracket is a title).

    >>> unbracket("the Chief of the General Staff (General Sir Roly Walker)")
    'the Chief of the General Staff, General Sir Roly Walker'
    """
    m = _BRACKET_NAME.match(chunk)
    if m is None:
        return None
    return f"{m.group('title')}, {m.group('name')}{m.group('rest')}"


_RANKED_NAME = rf"(?:(?:{HONORIFIC}|{JUNIOR_RANK})\s+)*{NAME}"
_DASHED = re.compile(rf"^(?P<name>{_RANKED_NAME})\s+[-\u2013\u2014]\s+(?P<title>\S.*)$")
_TITLE_DASHED = re.compile(
    rf"^(?P<title>[^-\u2013\u2014]+?)\s+[-\u2013\u2014]\s+(?P<name>{_RANKED_NAME})$"
)
_COLONED = re.compile(rf"^(?P<title>[^:]+?)\s*:\s+(?P<name>{_RANKED_NAME})$")


def unrow(chunk: str) -> tuple[str, str] | None:
    """A row of a delegation list, "NAME - TITLE", "TITLE: NAME" or "TITLE - NAME", as (name,
    title); None for any other chunk (the caller checks that the title has a head word).

    >>> unrow("Mart Tamm - Director General of the Police and Border Guard Board")
    ('Mart Tamm', 'Director General of the Police and Border Guard Board')
    >>> unrow("Head of the Border Guard Department: Colonel Liis Kask")
    ('Colonel Liis Kask', 'Head of the Border Guard Department')
    >>> unrow("Director General of Customs - Ir. Budi Santoso")
    ('Ir. Budi Santoso', 'Director General of Customs')
    """
    m = _DASHED.match(chunk) or _COLONED.match(chunk) or _TITLE_DASHED.match(chunk)
    return (m.group("name"), m.group("title")) if m is not None else None


#: the comma inside an office's name ("the Foreign, Commonwealth and Development Office"),
#: which no list of people holds: kept apart while a text is cut at its commas
_OFFICE_COMMA = re.compile(
    rf"\b(?P<w>[{UP}][{LOW}]+),(?=\s[{UP}][{LOW}]+\s+and\s+[{UP}][{LOW}]+\s+"
    r"(?:Office|Ministry|Department|Agency|Affairs|Development)\b)"
    # a Moroccan rank before the post: "the Wali, Director of Migration" (one title; not
    # "A, Wali, Director of X", where the rank between name and post is dropped)
    r"|(?<=\bthe )(?P<rank>Wali),(?=\s+(?:Director|Head|Chief|Governor)\b)"
)
_KEPT = "\u201a"  # (a low quotation mark, which no article writes between two words)


def keep_office_commas(text: str) -> str:
    """``text`` with the comma inside an office's name replaced, so that cutting the text at its
    commas leaves the name whole (``office_commas`` puts it back).

    >>> keep_office_commas("the Foreign, Commonwealth and Development Office, X").count(",")
    1
    """
    return (
        _OFFICE_COMMA.sub(lambda m: (m.group("w") or m.group("rank")) + _KEPT, text)
        if "," in text
        else text
    )


def office_commas(text: str) -> str:
    """The commas ``keep_office_commas`` replaced, put back."""
    return text.replace(_KEPT, ",")


#: "Defence Ministry secretary-general Datuk Seri X": a post in lower case before a name
LOWER_POST = re.compile(
    r"(?<=[A-Za-z] )(?:secretary|director|inspector|attorney|governor)-general(?=\s+[A-Z])"
)


def peerage(
    name: str, honorific: str | None, title: str | None, chunk: str
) -> tuple[str, str | None, str | None] | None:
    """A peer named by the peerage keeps it in the name: the (name, honorific, title) of a
    person parsed from ``chunk`` whose one-word name follows "Lord", "Baroness" ...; None for
    anyone else.

    >>> peerage("Pennant", "the Rt Hon Lord", None, "the Rt Hon Lord Pennant, Minister for Africa")
    ('Lord Pennant', 'the Rt Hon', None)
    >>> peerage("Pennant", None, "Lord", "Lord Pennant, Minister for Africa (co-chair)")
    ('Lord Pennant', None, 'Minister for Africa')
    """
    if " " in name:
        return None
    for style, is_title in ((honorific, False), (title, True)):
        peer = _PEER.search(style or "")
        if style is None or peer is None or not _PEERAGE.match(chunk, max(chunk.find(name), 0)):
            continue
        rest = style[: peer.start()].strip() or None
        if not is_title:
            return f"{peer.group('peer')} {name}", rest, title
        if rest is None and "," in chunk:  # ("Lord Pennant, Minister for Africa")
            rest = re.sub(r"\s*\(.*", "", chunk.split(",", 2)[1]).strip() or None
        return f"{peer.group('peer')} {name}", honorific, rest
    return None


def peer_back(honorific: str, chunk: str) -> tuple[str | None, str]:
    """The styles before a name and the rest of the chunk, with a peerage ("Lord") put back
    before the one-word name it is part of ("the Rt Hon Lord" + "Pennant, Minister ...")."""
    peer = _PEER.search(honorific)
    if peer is None or not _PEERAGE.match(chunk):
        return honorific, chunk
    return honorific[: peer.start()].strip() or None, f"{peer.group('peer')} {chunk}"
