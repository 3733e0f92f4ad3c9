#!/usr/bin/env python3
"""Derive the transfer/subprocessor test variants from base-transfers.txt.

usage: python3 make_variants.py          (writes tNN-*.txt and labels.json next to this file)

Every variant is a full copy of the base with ONE scenario change, applied as exact
text replacements; each replaced text must occur exactly once in the base, otherwise
the script stops. labels.json follows the format of shared/acceptance/seed.labels.json.
All contract texts were written for this project; none is taken from a real contract.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
BASE = HERE / "base-transfers.txt"

REQUIREMENTS = [
    "art28.3.subject-matter", "art28.3.duration", "art28.3.nature-purpose",
    "art28.3.data-types", "art28.3.data-subjects", "art28.3.controller-rights",
    "art28.3.a.instructions", "art28.3.a.transfers", "art28.3.a.legal-requirement-notice",
    "art28.3.infringing-instructions", "art28.3.b.confidentiality", "art28.3.c.security",
    "art28.2.authorisation", "art28.2.change-notice-objection", "art28.4.flow-down",
    "art28.4.liability", "art28.3.e.data-subject-rights", "art28.3.f.assistance",
    "art33.2.breach-notification", "art28.3.g.deletion-return", "art28.3.h.information",
    "art28.3.h.audits", "art28.9.written-form",
]

# Finding kinds whose presence/absence we label. term.inconsistent is left out on
# purpose: the annex column header "Unterauftragnehmer" is a different word from the
# defined term "Unterauftragsverarbeiter", and we do not want to rule on that here.
KINDS = [
    "transfer.no-safeguard", "transfer.location-conflict",
    "subprocessor.no-authorisation", "subprocessor.objection-excluded",
    "subprocessor.objection-after-start", "subprocessor.incomplete-entry",
    "subprocessor.unknown-location", "liability.subprocessor-excluded",
    "purpose.own-use", "breach.notice-too-late", "deletion.retention-own-purpose",
    "audit.excluded", "instructions.oral-unconfirmed", "reference.dangling",
    "reference.unreferenced-annex", "structure.numbering", "placeholder.unfilled",
    "law.outdated",
]

LAST_ROW = "| Servicebüro Kallweit OHG | telefonischer Kundendienst | Leipzig, Deutschland | Leipzig, Deutschland |\n"
MAILCHIMP_ROW = "| The Rocket Science Group LLC (Mailchimp) | Versand und Auswertung von Newsletter-Kampagnen | Atlanta, GA 30308, USA | USA |\n"
INDIA_ROW = "| Kaveri Softlabs Pvt. Ltd. | Softwarewartung und Second-Level-Support per Fernzugriff | Bengaluru, Indien | Bengaluru, Indien |\n"

S3_1 = "(1) Der Auftragnehmer verarbeitet die Daten in seinen Geschäftsräumen in Dortmund und an den Serverstandorten, die Anlage 3 ausweist.\n"
S3_1_EU_ONLY = ("(1) Die Daten werden ausschließlich in Mitgliedstaaten der Europäischen Union oder in "
                "Vertragsstaaten des Abkommens über den Europäischen Wirtschaftsraum verarbeitet; eine "
                "Verarbeitung außerhalb dieses Gebiets findet nicht statt.\n")
S3_2_END = "also einen Angemessenheitsbeschluss oder geeignete Garantien nach Art. 46 DSGVO.\n"
SCC_MAILCHIMP = (S3_2_END + "\n(3) Die Übermittlung an die in Anlage 3 aufgeführte The Rocket Science Group LLC "
                 "in den USA weist der Auftraggeber hiermit an. Sie stützt sich auf die Standardvertragsklauseln, "
                 "die der Auftragnehmer mit diesem Unterauftragsverarbeiter nach dem Durchführungsbeschluss (EU) "
                 "2021/914 der Kommission vom 4. Juni 2021 geschlossen hat, und zwar Modul 3 (Übermittlung von "
                 "Auftragsverarbeitern an Auftragsverarbeiter), ergänzt um die zusätzlichen Maßnahmen aus einer "
                 "dokumentierten Prüfung der Rechtslage im Empfängerland.\n")
SCC_INDIA = (S3_2_END + "\n(3) Die Übermittlung an die in Anlage 3 aufgeführte Kaveri Softlabs Pvt. Ltd. in Indien "
             "weist der Auftraggeber hiermit an. Grundlage sind die Standardvertragsklauseln nach dem "
             "Durchführungsbeschluss (EU) 2021/914 der Kommission, Modul 3, die der Auftragnehmer mit diesem "
             "Unterauftragsverarbeiter vereinbart hat; der Zugriff erfolgt nur auf pseudonymisierte Testdaten "
             "oder über eine vom Auftragnehmer überwachte Fernwartungssitzung.\n")

# name, description, edits [(old, new)], requirement overrides {id: [allowed]},
# must kinds, kinds left unlabelled (neither must nor mustnot)
VARIANTS = [
    ("t01-us-no-safeguard",
     "US newsletter subprocessor (Mailchimp, Atlanta) in Anlage 3, no SCC/DPF/other safeguard stated",
     [(LAST_ROW, LAST_ROW + MAILCHIMP_ROW)],
     {"art28.3.a.transfers": ["met", "partial"]},
     ["transfer.no-safeguard"], []),
    ("t02-us-with-scc",
     "same US subprocessor, plus § 3 (3): transfer instructed and based on SCC 2021/914 Module 3",
     [(LAST_ROW, LAST_ROW + MAILCHIMP_ROW), (S3_2_END, SCC_MAILCHIMP)],
     {}, [], []),
    ("t03-us-dpf",
     "US subprocessor whose Anlage 3 entry states EU-US Data Privacy Framework certification",
     [(LAST_ROW, LAST_ROW + MAILCHIMP_ROW.replace(
         "(Mailchimp) |", "(Mailchimp), zertifiziert nach dem EU-US Data Privacy Framework |"))],
     {}, [], []),
    ("t04-swiss-uk",
     "subprocessors in Zürich, Schweiz and London, Vereinigtes Königreich (adequacy decisions)",
     [(LAST_ROW, LAST_ROW
       + "| Alpenfirn Übersetzungen AG | Übersetzung von Kundenanfragen | Zürich, Schweiz | Zürich, Schweiz |\n"
       + "| Thamesbridge Support Ltd | englischsprachiger Kundendienst | London, Vereinigtes Königreich | London, Vereinigtes Königreich |\n")],
     {}, [], []),
    ("t05-india",
     "subprocessor in Bengaluru, Indien (no adequacy) without any safeguard",
     [(LAST_ROW, LAST_ROW + INDIA_ROW)],
     {"art28.3.a.transfers": ["met", "partial"]},
     ["transfer.no-safeguard"], []),
    ("t06-eu-only-conflict",
     "§ 3 (1) restricts processing to the EU/EEA, yet Anlage 3 lists a US subprocessor (with SCCs)",
     [(S3_1, S3_1_EU_ONLY), (LAST_ROW, LAST_ROW + MAILCHIMP_ROW), (S3_2_END, SCC_MAILCHIMP)],
     {"art28.3.a.transfers": ["met", "partial"]},
     ["transfer.location-conflict"], []),
    ("t07-weltweit",
     "§ 3 (2) replaced: processor may process the data worldwide without instruction or safeguard",
     [("(2) Daten in ein Land außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums (Drittland) "
       "oder an eine internationale Organisation übermittelt der Auftragnehmer – auch über einen "
       "Unterauftragsverarbeiter – nur auf dokumentierte Weisung des Auftraggebers und nur, wenn die Bedingungen "
       "von Kapitel V DSGVO (Art. 44 bis 49 DSGVO) eingehalten sind. Vor einer solchen Übermittlung nennt der "
       "Auftragnehmer dem Auftraggeber die Rechtsgrundlage, auf die er sie stützt, " + S3_2_END,
       "(2) Der Auftragnehmer darf die Daten weltweit an Standorten seiner Wahl verarbeiten und dorthin "
       "übermitteln, auch durch Unterauftragsverarbeiter; einer Weisung oder Zustimmung des Auftraggebers "
       "bedarf es dafür nicht.\n")],
     {"art28.3.a.transfers": ["partial", "missing"]},
     ["transfer.no-safeguard"], []),
    ("t08-objection-excluded",
     "§ 8 (3) replaced: 'Ein Widerspruchsrecht des Auftraggebers besteht nicht.'",
     [("(3) Der Auftraggeber kann der beabsichtigten Änderung binnen 14 Tagen nach Zugang der Mitteilung in "
       "Textform widersprechen. Widerspricht er, setzt der Auftragnehmer den betreffenden "
       "Unterauftragsverarbeiter nicht ein; einigen sich die Parteien nicht, darf der Auftraggeber die "
       "betroffenen Leistungen des Hauptvertrags außerordentlich kündigen.\n",
       "(3) Ein Widerspruchsrecht des Auftraggebers besteht nicht. Nach Ablauf der Frist aus Absatz 2 darf "
       "der Auftragnehmer den neuen Unterauftragsverarbeiter einsetzen.\n")],
     {"art28.2.change-notice-objection": ["partial", "missing"],
      "art28.2.authorisation": ["met", "partial"]},
     ["subprocessor.objection-excluded"], ["subprocessor.no-authorisation"]),
    ("t09-objection-after-start",
     "notice only 7 days before engagement while the objection period is 14 days",
     [("spätestens 30 Tage vor dem geplanten Einsatz", "spätestens 7 Tage vor dem geplanten Einsatz")],
     {"art28.2.change-notice-objection": ["partial"]},
     ["subprocessor.objection-after-start", "requirement.partial"], []),
    ("t10-no-authorisation",
     "§ 8 (1) replaced: processor engages subprocessors at its own discretion without consent",
     [("(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine schriftliche Genehmigung, nach Maßgabe der "
       "Absätze 2 bis 5 weitere Auftragsverarbeiter (Unterauftragsverarbeiter) in Anspruch zu nehmen. Die in "
       "Anlage 3 aufgeführten Unterauftragsverarbeiter sind mit Unterzeichnung dieses Vertrags genehmigt.\n",
       "(1) Der Auftragnehmer darf nach eigenem Ermessen weitere Auftragsverarbeiter "
       "(Unterauftragsverarbeiter) einsetzen oder austauschen, ohne dass es einer Zustimmung des "
       "Auftraggebers bedarf. Die in Anlage 3 aufgeführten Unternehmen sind bereits für ihn tätig.\n")],
     {"art28.2.authorisation": ["partial", "missing"],
      "art28.2.change-notice-objection": ["met", "partial"]},
     ["subprocessor.no-authorisation"], []),
    ("t11-liability-disclaimer",
     "§ 8 (5) replaced: processor disclaims liability for its subprocessors",
     [("(5) Erfüllt ein Unterauftragsverarbeiter seine Datenschutzpflichten nicht, haftet der Auftragnehmer dem "
       "Auftraggeber gegenüber in vollem Umfang dafür, dass dieser Unterauftragsverarbeiter seine Pflichten "
       "einhält.\n",
       "(5) Für Pflichtverletzungen seiner Unterauftragsverarbeiter haftet der Auftragnehmer nicht. Auf "
       "Verlangen tritt er dem Auftraggeber seine eigenen Ansprüche gegen den betreffenden "
       "Unterauftragsverarbeiter ab.\n")],
     {"art28.4.liability": ["partial", "missing"]},
     ["liability.subprocessor-excluded"], []),
    ("t12-own-use",
     "new § 2 (4): processor may use the data for its own purposes (product improvement, model training)",
     [("Ansprechpartner bei gewerblichen Abnehmern.\n",
       "Ansprechpartner bei gewerblichen Abnehmern.\n\n(4) Der Auftragnehmer darf die im Auftrag "
       "verarbeiteten Daten während der Vertragslaufzeit auch für eigene Zwecke nutzen, insbesondere um seine "
       "Produkte und Dienste zu verbessern und eigene Empfehlungsmodelle zu trainieren.\n")],
     {"art28.3.a.instructions": ["met", "partial"],
      "art28.3.nature-purpose": ["met", "partial"]},
     ["purpose.own-use"], []),
    ("t13-own-use-anonymised-ok",
     "near miss: new § 2 (4) allows anonymised usage statistics only with the controller's prior consent",
     [("Ansprechpartner bei gewerblichen Abnehmern.\n",
       "Ansprechpartner bei gewerblichen Abnehmern.\n\n(4) Nur mit vorheriger Zustimmung des Auftraggebers "
       "in Textform darf der Auftragnehmer aus den Nutzungsdaten des Shops anonymisierte Statistiken über die "
       "Auslastung der Plattform erstellen; diese Statistiken enthalten keine personenbezogenen Daten und "
       "lassen keinen Rückschluss auf einzelne betroffene Personen zu.\n")],
     {}, [], []),
    ("t14-retention-own-purpose",
     "new § 12 (3): after the end the processor keeps the customer data for its own analyses",
     [("spätestens 90 Tage nach Vertragsende überschrieben.\n",
       "spätestens 90 Tage nach Vertragsende überschrieben.\n\n(3) Abweichend von Absatz 1 darf der "
       "Auftragnehmer die Kundendaten nach Vertragsende für eigene Auswertungen und für die Entwicklung neuer "
       "Angebote weiter aufbewahren.\n")],
     {"art28.3.g.deletion-return": ["partial", "missing"]},
     ["deletion.retention-own-purpose"], ["purpose.own-use"]),
    ("t15-audit-excluded",
     "§ 11 (2)/(3) replaced: on-site inspections excluded, an ISO 27001 certificate is the only evidence",
     [("(2) Der Auftragnehmer ermöglicht Überprüfungen einschließlich Inspektionen vor Ort in seinen "
       "Geschäftsräumen, die der Auftraggeber selbst oder ein von ihm beauftragter, zur Verschwiegenheit "
       "verpflichteter Prüfer durchführt, und trägt zu ihnen bei. Inspektionen vor Ort kündigt der Auftraggeber "
       "in der Regel zwei Wochen vorher an; sie finden zu den üblichen Geschäftszeiten statt und sollen den "
       "Betrieb nicht mehr als nötig stören.\n\n(3) Ergänzend kann der Auftragnehmer aktuelle Zertifikate oder "
       "Prüfberichte unabhängiger Stellen, etwa nach ISO/IEC 27001, als Nachweis vorlegen; das Recht des "
       "Auftraggebers auf Inspektionen vor Ort bleibt davon unberührt.\n",
       "(2) Inspektionen vor Ort, sei es in den Geschäftsräumen oder in den Rechenzentren des Auftragnehmers, "
       "sind ausgeschlossen.\n\n(3) Als Nachweis geeigneter Maßnahmen legt der Auftragnehmer ausschließlich "
       "sein jeweils aktuelles Zertifikat nach ISO/IEC 27001 vor; weitergehende Überprüfungen finden nicht "
       "statt.\n")],
     {"art28.3.h.audits": ["partial", "missing"]},
     ["audit.excluded"], []),
    ("t16-oral-instructions",
     "§ 4 (2) replaced: instructions may be given orally, no confirmation or record needed",
     [("(2) Weisungen erteilt der Auftraggeber in Textform, etwa per E-Mail an die in Anlage 1 Nr. 5 genannte "
       "Adresse. Gibt er ausnahmsweise eine Weisung mündlich, bestätigt er sie unverzüglich in Textform; bis "
       "dahin hält der Auftragnehmer Inhalt, Datum und anweisende Person schriftlich fest.\n",
       "(2) Weisungen kann der Auftraggeber formlos erteilen, auch mündlich oder telefonisch gegenüber den in "
       "Anlage 1 Nr. 5 genannten Personen. Einer Bestätigung oder Aufzeichnung mündlicher Weisungen bedarf es "
       "nicht.\n")],
     {"art28.3.a.instructions": ["partial"]},
     ["instructions.oral-unconfirmed"], []),
    ("t17-incomplete-entry",
     "Anlage 3: one row without any location (Sitz/Serverstandort empty), one row without service",
     [("| Donauwelle IT-Services GmbH | Fernwartung der Warenwirtschaft | Wien, Österreich | Wien, Österreich |",
       "| Donauwelle IT-Services GmbH | Fernwartung der Warenwirtschaft |  |  |"),
      ("| Servicebüro Kallweit OHG | telefonischer Kundendienst |", "| Servicebüro Kallweit OHG |  |")],
     {}, ["subprocessor.incomplete-entry"],
     ["subprocessor.unknown-location", "placeholder.unfilled"]),
    ("t18-unknown-location",
     "Anlage 3: added row whose seat is a made-up place ('Nebelhafen') and server location 'Cloud'",
     [(LAST_ROW, LAST_ROW + "| Nimbatec Solutions | Auslieferung von Bildern und statischen Shop-Inhalten "
       "(Content Delivery Network) | Nebelhafen | Cloud |\n")],
     {}, ["subprocessor.unknown-location"], ["subprocessor.incomplete-entry"]),
    ("t19-near-miss-ohne-zustimmung",
     "near miss: § 8 (1) says 'Ohne Zustimmung des Auftraggebers darf der Auftragnehmer keine "
     "Unterauftragsverarbeiter einsetzen.' (a prohibition, not a permission)",
     [("(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine schriftliche Genehmigung, nach Maßgabe der "
       "Absätze 2 bis 5 weitere Auftragsverarbeiter (Unterauftragsverarbeiter) in Anspruch zu nehmen. Die in "
       "Anlage 3 aufgeführten Unterauftragsverarbeiter sind mit Unterzeichnung dieses Vertrags genehmigt.\n",
       "(1) Ohne Zustimmung des Auftraggebers darf der Auftragnehmer keine Unterauftragsverarbeiter einsetzen. "
       "Für die in Anlage 3 aufgeführten Unterauftragsverarbeiter gilt die Zustimmung mit Unterzeichnung dieses "
       "Vertrags als erteilt; für künftige Unterauftragsverarbeiter erteilt der Auftraggeber sie hiermit "
       "allgemein nach Maßgabe der Absätze 2 bis 5.\n")],
     {}, [], []),
    ("t20-city-only",
     "Anlage 3 locations given as city names only (Frankfurt am Main, Luxemburg, Dublin, Amsterdam, Wien, "
     "Bremen, Nürnberg, Leipzig), all in the EU",
     [(", Deutschland |", " |"), (", Luxemburg |", " |"), (", Irland |", " |"),
      (", Niederlande |", " |"), (", Österreich |", " |")],
     {}, [], []),
    ("t21-breach-late",
     "§ 10 (1): breach notice 'innerhalb von 5 Werktagen' instead of without undue delay",
     [("unverzüglich, möglichst innerhalb von 24 Stunden,", "innerhalb von 5 Werktagen")],
     {"art33.2.breach-notification": ["partial"]},
     ["breach.notice-too-late"], []),
    ("t22-japan-korea",
     "subprocessors in Tokio, Japan and Seoul, Republik Korea (adequacy decisions)",
     [(LAST_ROW, LAST_ROW
       + "| Sakura Lingua K.K. | maschinelle Übersetzung von Kundenanfragen | Tokio, Japan | Tokio, Japan |\n"
       + "| Hanbit Analytics Co., Ltd. | Auswertung von Kundenzufriedenheitsumfragen | Seoul, Republik Korea | Seoul, Republik Korea |\n")],
     {}, [], []),
    ("t23-brazil",
     "subprocessor in São Paulo, Brasilien (adequacy decision 2026/179 of 26 Jan 2026; contract dated March 2026)",
     [(LAST_ROW, LAST_ROW + "| Ipê Atendimento Ltda. | portugiesischsprachiger Kundendienst | São Paulo, "
       "Brasilien | São Paulo, Brasilien |\n")],
     {}, [], []),
    ("t24-eu-only-clean",
     "near miss: § 3 (1) restricts processing to the EU/EEA and every subprocessor is in the EU",
     [(S3_1, S3_1_EU_ONLY)],
     {}, [], []),
    ("t25-india-scc",
     "subprocessor in Bengaluru, Indien, plus § 3 (3): transfer instructed and based on SCC 2021/914 Module 3",
     [(LAST_ROW, LAST_ROW + INDIA_ROW), (S3_2_END, SCC_INDIA)],
     {}, [], []),
]


def labels_for(overrides, must, unlabelled):
    reqs = {rid: list(overrides.get(rid, ["met"])) for rid in REQUIREMENTS}
    allowed = list(reqs.values())
    must = list(must)
    mustnot = [k for k in KINDS if k not in must and k not in unlabelled]
    if any(a == ["partial"] for a in allowed):
        must.append("requirement.partial")
    elif not any("partial" in a for a in allowed):
        mustnot.append("requirement.partial")
    if any(a == ["missing"] for a in allowed):
        must.append("requirement.missing")
    elif not any("missing" in a for a in allowed):
        mustnot.append("requirement.missing")
    return {"requirements": reqs, "must": must, "mustnot": mustnot}


def main():
    base = BASE.read_text(encoding="utf-8")
    labels = {"base-transfers.txt": labels_for({}, [], [])}
    for name, _desc, edits, overrides, must, unlabelled in VARIANTS:
        text = base
        for old, new in edits:
            n = base.count(old)
            # global replacements (t20) are allowed to hit several rows of the annex table
            if n == 0 or (n > 1 and not name.startswith("t20")):
                sys.exit(f"{name}: edit target occurs {n} times: {old[:60]!r}")
            text = text.replace(old, new)
        assert text != base, name
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        labels[f"{name}.txt"] = labels_for(overrides, must, unlabelled)
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(VARIANTS)} variants and labels.json ({len(labels)} documents)")


if __name__ == "__main__":
    main()
