#!/usr/bin/env python3
"""Generate rules/data/countries.json for avvlint.

The country list (codes, English names, official/common names) comes from
Debian's iso-codes package; the German names come from its gettext catalogue.
Only the legal facts (EU/EEA membership, the adequacy decisions under
Art. 45 GDPR) and a few hand-picked aliases live in this script, as small
tables with their sources cited.

Usage:
    python3 scripts/gen-countries.py [--iso-json PATH] [--iso-3166-2-json PATH]
                                     [--mo PATH] [--out PATH]

Defaults are the Debian paths (/usr/share/iso-codes/json/..., /usr/share/locale/
de/LC_MESSAGES/iso_3166-1.mo) and rules/data/countries.json relative to the
repository root.  Python 3 standard library only.  The output is deterministic:
the same inputs give the same bytes.
"""

import argparse
import gettext
import json
import os
import re
import subprocess
import sys

AS_OF = "2026-01-26"

# ---------------------------------------------------------------------------
# Legal facts.  Update these tables (and AS_OF) when the law changes.
# ---------------------------------------------------------------------------

# EU member states, Art. 52 TEU (27 since 1 February 2020).  ISO codes, so
# Greece is GR (the EU's own protocol code is EL).
EU_MEMBERS = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
    "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO",
    "SE", "SI", "SK",
]

# EEA states that are not EU members: EEA Agreement, GDPR incorporated by
# EEA Joint Committee Decision No 154/2018 (in force 20 July 2018).
EEA_ONLY = ["IS", "LI", "NO"]

# Territories with their own ISO 3166-1 code that are part of the EU
# (outermost regions, Art. 349 and 355(1) TFEU; Åland, Art. 355(4) TFEU and
# Protocol No 2 to the 1994 Act of Accession).  The GDPR applies there.
EU_TERRITORIES = {
    "AX": ("FI", "Åland: part of the EU (Art. 355(4) TFEU)"),
    "GF": ("FR", "French Guiana: outermost region of the EU (Art. 349 TFEU)"),
    "GP": ("FR", "Guadeloupe: outermost region of the EU (Art. 349 TFEU)"),
    "MF": ("FR", "Saint-Martin: outermost region of the EU (Art. 349 TFEU)"),
    "MQ": ("FR", "Martinique: outermost region of the EU (Art. 349 TFEU)"),
    "RE": ("FR", "Réunion: outermost region of the EU (Art. 349 TFEU)"),
    "YT": ("FR", "Mayotte: outermost region of the EU since 2014 (Art. 349 TFEU)"),
}

# Dependent territories that are NOT part of the EU/EEA although they belong
# to a member/EEA state (overseas countries and territories, Annex II TFEU;
# Svalbard is excluded by Protocol 40 to the EEA Agreement).  They stay third
# countries; the note explains why, since a reader may expect otherwise.
THIRD_TERRITORY_NOTES = {
    "AW": "Aruba (NL): overseas country and territory, not part of the EU",
    "BL": "Saint-Barthélemy (FR): overseas country and territory since 2012, not part of the EU",
    "BQ": "Caribbean Netherlands (NL): overseas country and territory, not part of the EU",
    "BV": "Bouvet Island (NO): not covered by the EEA Agreement",
    "CW": "Curaçao (NL): overseas country and territory, not part of the EU",
    "GI": "Gibraltar: left the EU with the UK; not covered by the UK adequacy decision",
    "GL": "Greenland (DK): overseas country and territory, not part of the EU",
    "NC": "New Caledonia (FR): overseas country and territory, not part of the EU",
    "PF": "French Polynesia (FR): overseas country and territory, not part of the EU",
    "PM": "Saint-Pierre-et-Miquelon (FR): overseas country and territory, not part of the EU",
    "SJ": "Svalbard and Jan Mayen (NO): Svalbard is excluded from the EEA Agreement (Protocol 40)",
    "SX": "Sint Maarten (NL): overseas country and territory, not part of the EU",
    "TF": "French Southern Territories (FR): overseas country and territory, not part of the EU",
    "WF": "Wallis and Futuna (FR): overseas country and territory, not part of the EU",
}

# Adequacy decisions under Art. 45(3) GDPR, or under Art. 25(6) of Directive
# 95/46/EC and kept in force by Art. 45(9) GDPR (as amended by Commission
# Implementing Decision (EU) 2016/2295).  The eleven pre-GDPR decisions were
# confirmed in the Commission's first review report of 15 January 2024
# (COM(2024) 7).  "date" is the date of adoption of the decision.
#   condition: None        -> adequate for any recipient in the country
#              "commercial" -> only recipients subject to the commercial-sector law
#              "dpf"        -> only organisations certified under the EU-US DPF
ADEQUACY = {
    # Commission Decision 2010/625/EU of 19 October 2010 (Andorra).
    "AD": ("2010/625/EU", "2010-10-19", "Andorra", None, None),
    # Commission Decision 2003/490/EC of 30 June 2003 (Argentina).
    "AR": ("2003/490/EC", "2003-06-30", "Argentina", None, None),
    # Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (Brazil,
    # LGPD); reference and date as recorded in shared/spec/requirements.md.
    "BR": ("2026/179", "2026-01-26", "Brazil", None, None),
    # Commission Decision 2002/2/EC of 20 December 2001 (Canada): only recipients
    # subject to the Personal Information Protection and Electronic Documents Act.
    "CA": ("2002/2/EC", "2001-12-20",
           "commercial organisations subject to PIPEDA", "commercial", None),
    # Commission Decision 2000/518/EC of 26 July 2000 (Switzerland).
    "CH": ("2000/518/EC", "2000-07-26", "Switzerland", None, None),
    # Commission Decision 2010/146/EU of 5 March 2010 (Faroe Islands).
    "FO": ("2010/146/EU", "2010-03-05", "Faroe Islands", None, None),
    # Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 (United
    # Kingdom, GDPR); sunset first extended by six months (June 2025), then
    # renewed on 19 December 2025 for six years, until 27 December 2031.
    "GB": ("2021/1772", "2021-06-28",
           "United Kingdom (GDPR transfers); renewed 19 December 2025", None,
           "2031-12-27"),
    # Commission Decision 2003/821/EC of 21 November 2003 (Guernsey).
    "GG": ("2003/821/EC", "2003-11-21", "Guernsey", None, None),
    # Commission Decision 2011/61/EU of 31 January 2011 (Israel): automated
    # international transfers.
    "IL": ("2011/61/EU", "2011-01-31",
           "Israel (automated international transfers)", None, None),
    # Commission Decision 2004/411/EC of 28 April 2004 (Isle of Man).
    "IM": ("2004/411/EC", "2004-04-28", "Isle of Man", None, None),
    # Commission Decision 2008/393/EC of 8 May 2008 (Jersey).
    "JE": ("2008/393/EC", "2008-05-08", "Jersey", None, None),
    # Commission Implementing Decision (EU) 2019/419 of 23 January 2019 (Japan):
    # business operators under the APPI, with the Supplementary Rules.
    "JP": ("2019/419", "2019-01-23",
           "private-sector business operators subject to the APPI", None, None),
    # Commission Implementing Decision (EU) 2022/254 of 17 December 2021
    # (Republic of Korea, PIPA).
    "KR": ("2022/254", "2021-12-17",
           "Republic of Korea (entities subject to PIPA)", None, None),
    # Commission Implementing Decision 2013/65/EU of 19 December 2012 (New Zealand).
    "NZ": ("2013/65/EU", "2012-12-19", "New Zealand", None, None),
    # Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data
    # Privacy Framework).  Upheld by the General Court in T-553/23 (Latombe v
    # Commission); appeal C-703/25 P pending.
    "US": ("2023/1795", "2023-07-10",
           "organisations certified under the EU-US Data Privacy Framework", "dpf",
           None),
    # Commission Implementing Decision 2012/484/EU of 21 August 2012 (Uruguay).
    "UY": ("2012/484/EU", "2012-08-21", "Uruguay", None, None),
}

# Extra per-decision facts that do not fit the tuple above.
ADEQUACY_NOTES = {
    "GB": "Renewal adopted 19 December 2025 (six years); earlier technical "
          "extension of June 2025 ran to 27 December 2025.",
    "US": "Upheld by the General Court in T-553/23 (Latombe v Commission); "
          "appeal C-703/25 P pending.  A US recipient is covered only if it is "
          "on the DPF List.",
}

# International organisations with an adequacy decision (Art. 45(1) GDPR).
INTERNATIONAL_ORGANISATIONS = [
    {
        "code": "EPO",
        "names": ["European Patent Organisation", "European Patent Organization",
                  "Europäische Patentorganisation", "European Patent Office",
                  "Europäisches Patentamt", "EPO", "EPOrg"],
        "status": "adequate",
        # Commission Implementing Decision (EU) 2025/1382 of 15 July 2025
        # (notified as C(2025) 4626), OJ L 18.7.2025.
        "adequacy": {"decision": "2025/1382", "date": "2025-07-15",
                     "scope": "European Patent Organisation", "condition": None,
                     "valid_until": None},
    },
]

# ---------------------------------------------------------------------------
# Hand-picked aliases (in addition to iso-codes' name, official_name,
# common_name and their German translations, which are added automatically).
# ---------------------------------------------------------------------------
EXTRA_ALIASES = {
    "AE": ["VAE", "UAE", "Emirate", "Vereinigte Arabische Emirate"],
    "AX": ["Åland", "Ålandinseln"],
    "AT": ["Republik Österreich", "Republic of Austria"],
    "BA": ["Bosnien", "Bosnia", "Bosnien-Herzegowina", "Bosnia-Herzegovina"],
    "BE": ["Königreich Belgien", "Kingdom of Belgium"],
    "BR": ["Brasil", "Föderative Republik Brasilien"],
    "BY": ["Weißrussland"],
    "CH": ["Suisse", "Svizzera", "Helvetia", "Swiss"],
    "CN": ["VR China", "PRC", "P.R. China", "Festlandchina", "Mainland China"],
    "CZ": ["Czech Republic", "Tschechei"],
    "DE": ["BRD", "Bundesrepublik", "Bundesgebiet", "Deutschlands"],
    "ES": ["Königreich Spanien", "Kingdom of Spain"],
    "FR": ["Französische Republik", "French Republic"],
    "FO": ["Färöer", "Färöer Inseln", "Faroe", "Faroes", "Faeroe Islands"],
    "GB": ["UK", "U.K.", "Großbritannien", "Great Britain", "Britain", "England",
           "Schottland", "Scotland", "Wales", "Nordirland", "Northern Ireland",
           "Vereinigten Königreichs", "Vereinigtem Königreich"],
    "HK": ["Hongkong", "Hong Kong SAR"],
    "IE": ["Irland", "Republik Irland", "Republic of Ireland", "Éire", "Eire"],
    "IL": ["Staat Israel", "State of Israel"],
    "IN": ["Republik Indien", "Republic of India", "Bharat"],
    "IT": ["Italienische Republik", "Italian Republic"],
    "KR": ["Südkorea", "South Korea", "Korea", "Republik Korea", "Republic of Korea",
           "Korea (Süd)", "Korea (South)"],
    "KP": ["Nordkorea", "North Korea"],
    "MD": ["Moldawien"],
    "MK": ["Mazedonien", "Macedonia"],
    "NL": ["Holland", "Nederland", "The Netherlands", "Niederlanden"],
    "PS": ["Palästina", "Palestine", "Palästinensische Gebiete", "Palestinian Territories"],
    "PL": ["Republik Polen", "Republic of Poland"],
    "RU": ["Russland", "Russia"],
    "TR": ["Turkey"],
    "TW": ["Taiwan (ROC)", "Republic of China (Taiwan)"],
    "US": ["USA", "U.S.A.", "US", "U.S.", "Amerika", "America",
           "Vereinigte Staaten", "Vereinigte Staaten von Amerika"],
    "VA": ["Vatikan", "Vatikanstadt", "Vatican", "Vatican City", "Heiliger Stuhl",
           "Holy See"],
    "ZA": ["Republik Südafrika", "Republic of South Africa"],
}

# Regions: names as they appear in contracts (inflected German forms
# included, since the C++ side normalises case and umlauts but not grammar).
REGION_NAMES = {
    "EU": ["EU", "E.U.", "Europäische Union", "Europäischen Union", "European Union",
           "EU-Mitgliedstaat", "EU-Mitgliedstaaten", "EU-Mitgliedsstaat",
           "EU-Mitgliedsstaaten", "EU-Staat", "EU-Staaten", "EU-Ausland",
           "Mitgliedstaat der EU", "Mitgliedstaaten der EU",
           "Mitgliedsstaat der EU", "Mitgliedsstaaten der EU",
           "Mitgliedstaat der Europäischen Union",
           "Mitgliedstaaten der Europäischen Union",
           "Mitgliedsstaat der Europäischen Union",
           "Mitgliedsstaaten der Europäischen Union",
           "EU member state", "EU member states",
           "member state of the European Union",
           "member states of the European Union"],
    "EEA": ["EWR", "EEA", "Europäischer Wirtschaftsraum",
            "Europäischen Wirtschaftsraum", "Europäischen Wirtschaftsraums",
            "Europäischen Wirtschaftsraumes", "European Economic Area",
            "EWR-Staat", "EWR-Staaten", "EWR-Vertragsstaat", "EWR-Vertragsstaaten",
            "EWR-Abkommen", "Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum",
            "Vertragsstaaten des Abkommens über den Europäischen Wirtschaftsraum",
            "anderer Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum",
            "EU/EWR", "EU-/EWR", "EU oder EWR", "EU bzw. EWR", "EU und EWR",
            "EU/EEA", "EU or EEA", "EEA member state", "EEA member states"],
    "EUROPE": ["Europa", "Europe"],
    "WORLD": ["weltweit", "worldwide", "world-wide", "global", "globally",
              "überall auf der Welt", "anywhere in the world"],
}

# Geographic Europe: a "Europa"/"Europe" location is NOT a legal area; the
# C++ side can use this list to say that it includes third countries.
EUROPE_MEMBERS = sorted(set(EU_MEMBERS + EEA_ONLY + [
    "AD", "AL", "AX", "BA", "BY", "CH", "FO", "GB", "GG", "GI", "IM", "JE",
    "MC", "MD", "ME", "MK", "RS", "RU", "SM", "UA", "VA",
]))

# States and provinces used in North American addresses ("Atlanta, GA 30308").
US_SUBDIVISION_TYPES = {"State", "District", "Outlying area"}
CA_SUBDIVISION_TYPES = {"Province", "Territory"}


# ---------------------------------------------------------------------------


def die(msg):
    print("gen-countries: error: " + msg, file=sys.stderr)
    sys.exit(1)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        die("cannot read %s: %s" % (path, e))


def iso_codes_version():
    """Debian package version of iso-codes, or 'unknown'."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


UMLAUT_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae",
                                 "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def inverted(name, english=None):
    """'Korea, Republic of' -> 'Republic of Korea'.  A German catalogue name
    ('Korea, Republik') is inverted only where its English original is, so
    lists such as 'Bonaire, Sint Eustatius und Saba' stay as they are."""
    if name.count(", ") != 1 or name.count(",") != 1:
        return None
    if english is not None:
        return inverted_tail(name) if inverted(english) else None
    head, tail = name.split(", ")
    if not (tail.endswith((" of", " of the")) or tail in ("U.S.", "British")):
        return None
    return inverted_tail(name)


def inverted_tail(name):
    head, tail = name.split(", ")
    return strip_article(tail + " " + head)


def german_weak_forms(name):
    """Dative/genitive forms after an article: 'Vereinigte Staaten' ->
    'Vereinigten Staaten', 'Russische Föderation' -> 'Russischen Föderation'."""
    words = name.split(" ")
    if len(words) < 2 or "," in name:
        return []
    changed = False
    out = []
    for i, w in enumerate(words):
        if i < len(words) - 1 and len(w) > 3 and w[0].isupper():
            if w.endswith("tes"):  # 'Vereinigtes' -> 'Vereinigten'
                w, changed = w[:-2] + "en", True
            elif w.endswith("e") and w.lower().endswith(("ische", "te", "ale", "ene")):
                w, changed = w + "n", True
        out.append(w)
    return [" ".join(out)] if changed else []


def match_key(name):
    """Roughly how the C++ side compares names: case, umlauts, hyphens and
    spaces folded.  Used only to check that no two countries share a name."""
    k = name.translate(UMLAUT_TRANSLIT).casefold().replace("-", " ")
    return " ".join(k.split())


def strip_article(name):
    return name[4:] if name[:4] in ("the ", "The ") else name


def display_name(common, name, official, english=None):
    """Short display name: common name, else the ISO name unless it is an
    inverted 'X, Y' form, in which case the official or re-inverted name."""
    if common:
        return common
    if ", " in name:
        inv = inverted(name, english)
        if official and ", " not in official:
            return strip_article(official)
        if inv:
            return inv
    return name


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso-json", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--iso-3166-2-json", default="/usr/share/iso-codes/json/iso_3166-2.json")
    ap.add_argument("--mo", default="/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo")
    ap.add_argument("--out", default=os.path.join(root, "rules", "data", "countries.json"))
    args = ap.parse_args()

    iso = load_json(args.iso_json).get("3166-1")
    if not iso:
        die("%s has no '3166-1' list" % args.iso_json)
    try:
        with open(args.mo, "rb") as f:
            de = gettext.GNUTranslations(f)
    except OSError as e:
        die("cannot read %s: %s" % (args.mo, e))

    codes = {c["alpha_2"] for c in iso}
    for table, label in ((EU_MEMBERS, "EU_MEMBERS"), (EEA_ONLY, "EEA_ONLY"),
                         (ADEQUACY, "ADEQUACY"), (EU_TERRITORIES, "EU_TERRITORIES"),
                         (THIRD_TERRITORY_NOTES, "THIRD_TERRITORY_NOTES"),
                         (EXTRA_ALIASES, "EXTRA_ALIASES"), (EUROPE_MEMBERS, "EUROPE")):
        missing = sorted(set(table) - codes)
        if missing:
            die("%s names codes not in iso-codes: %s" % (label, ", ".join(missing)))
    if len(EU_MEMBERS) != 27 or len(set(EU_MEMBERS)) != 27:
        die("EU_MEMBERS must list 27 distinct states")

    def tr(s):
        t = de.gettext(s)
        return t

    countries = []
    alias_owner = {}
    for c in sorted(iso, key=lambda c: c["alpha_2"]):
        cc = c["alpha_2"]
        en_names = [n for n in (c["name"], c.get("official_name"), c.get("common_name")) if n]
        de_names = [tr(n) for n in en_names]
        name_en = display_name(c.get("common_name"), c["name"], c.get("official_name"))
        name_de = display_name(tr(c["common_name"]) if c.get("common_name") else None,
                               tr(c["name"]),
                               tr(c["official_name"]) if c.get("official_name") else None,
                               c["name"])
        cand = []
        weak = []
        for names, german in ((en_names, False), (de_names, True)):
            for i, n in enumerate(names):
                n = strip_article(n)
                forms = [n]
                inv = inverted(n, strip_article(en_names[i]) if german else None)
                if inv:
                    forms.append(inv)
                m = re.match(r"^(.*) \((.*)\)$", n)  # 'Holy See (Vatican City State)'
                # 'Holy See (Vatican City State)' -> both parts; but not
                # 'Saint Martin (French part)': the bare island name is shared.
                if m and not re.search(r"\b(part|Teil)\b", m.group(2)):
                    forms += [m.group(1), m.group(2)]
                cand += forms
                if german:
                    for f in forms:
                        weak += german_weak_forms(f)
        cand += EXTRA_ALIASES.get(cc, [])
        # German inflection and ASCII spellings of German names.
        cand += weak
        cand += [n.translate(UMLAUT_TRANSLIT) for n in cand]

        aliases = []
        seen = {name_en.casefold(), name_de.casefold()}
        for n in cand:
            k = n.casefold()
            if k in seen:
                continue
            seen.add(k)
            aliases.append(n)
        for n in [name_en, name_de] + aliases:
            k = match_key(n)
            other = alias_owner.get(k)
            if other and other != cc:
                die("alias %r claimed by both %s and %s" % (n, other, cc))
            alias_owner[k] = cc

        if cc in EU_MEMBERS or cc in EU_TERRITORIES:
            status = "eu"
        elif cc in EEA_ONLY:
            status = "eea"
        elif cc in ADEQUACY:
            status = "adequate"
        else:
            status = "third"
        adequacy = None
        if cc in ADEQUACY:
            dec, date, scope, cond, until = ADEQUACY[cc]
            adequacy = {"decision": dec, "date": date, "scope": scope,
                        "condition": cond, "valid_until": until}
            if cc in ADEQUACY_NOTES:
                adequacy["note"] = ADEQUACY_NOTES[cc]

        entry = {"code": cc, "alpha3": c["alpha_3"], "name_en": name_en,
                 "name_de": name_de, "aliases": aliases, "status": status,
                 "adequacy": adequacy}
        if cc in EU_TERRITORIES:
            entry["part_of"], entry["note"] = EU_TERRITORIES[cc]
        elif cc in THIRD_TERRITORY_NOTES:
            entry["note"] = THIRD_TERRITORY_NOTES[cc]
        countries.append(entry)

    for reg, names in REGION_NAMES.items():
        for n in names:
            if match_key(n) in alias_owner:
                die("region name %r of %s is also a country alias" % (n, reg))

    sub = load_json(args.iso_3166_2_json).get("3166-2", [])
    us = {s["code"][3:]: s["name"] for s in sub
          if s["code"].startswith("US-") and s["type"] in US_SUBDIVISION_TYPES}
    ca = {s["code"][3:]: s["name"] for s in sub
          if s["code"].startswith("CA-") and s["type"] in CA_SUBDIVISION_TYPES}
    if len(us) < 51 or len(ca) < 13:
        die("iso_3166-2 lacks US states or Canadian provinces (%d, %d)" % (len(us), len(ca)))

    eu_plus_terr = sorted(EU_MEMBERS)
    doc = {
        "source": ("Country list: Debian iso-codes %s (ISO 3166-1, ISO 3166-2; German "
                   "names from its iso_3166-1 gettext catalogue; LGPL-2.1-or-later). "
                   "EU/EEA membership: Art. 52 TEU, EEA Agreement (GDPR incorporated by "
                   "EEA Joint Committee Decision 154/2018). Adequacy: Commission "
                   "decisions under Art. 45(3) GDPR / Art. 25(6) Directive 95/46/EC, "
                   "references in each entry; list as in shared/spec/requirements.md "
                   "('Third countries'). Generated by scripts/gen-countries.py; see "
                   "docs/data-sources.md." % iso_codes_version()),
        "as_of": AS_OF,
        "notes": [
            "status: eu | eea | adequate | third. 'adequate' with condition 'dpf' "
            "holds only for DPF-certified recipients, with 'commercial' only for "
            "commercial organisations; otherwise treat the country as third.",
            "Aliases without lower-case letters (US, UK, USA, BRD, EWR) are "
            "abbreviations: match them case-sensitively.",
            "EU territories with their own ISO code carry part_of; dependent "
            "territories outside the EU/EEA carry a note and status third.",
            "Region EUROPE is geographic, not a legal area: it includes third "
            "countries.",
        ],
        "countries": countries,
        "regions": [
            {"code": "EU", "names": REGION_NAMES["EU"], "members": eu_plus_terr,
             "territories": sorted(EU_TERRITORIES)},
            {"code": "EEA", "names": REGION_NAMES["EEA"],
             "members": sorted(EU_MEMBERS + EEA_ONLY),
             "territories": sorted(EU_TERRITORIES)},
            {"code": "EUROPE", "names": REGION_NAMES["EUROPE"], "members": EUROPE_MEMBERS},
            {"code": "WORLD", "names": REGION_NAMES["WORLD"], "members": []},
        ],
        "international_organisations": INTERNATIONAL_ORGANISATIONS,
        "us_states": sorted(us),
        "us_state_names": {k: us[k] for k in sorted(us)},
        "ca_provinces": sorted(ca),
        "ca_province_names": {k: ca[k] for k in sorted(ca)},
    }

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    n_status = {}
    for c in countries:
        n_status[c["status"]] = n_status.get(c["status"], 0) + 1
    print("gen-countries: wrote %s (%d countries: %s; %d bytes)" % (
        args.out, len(countries),
        ", ".join("%s=%d" % kv for kv in sorted(n_status.items())), len(text.encode())))


if __name__ == "__main__":
    main()
