#!/usr/bin/env python3
"""Regenerate corpus/variants/*.txt and corpus/labels.json from the three base contracts.

Every variant is one base contract with exactly ONE logical change. A change is a list of
(old, new) text replacements; each `old` must occur exactly once in the base, otherwise the
script stops (so an edit to a base contract cannot silently break a variant).

Labels follow ../shared/acceptance/seed.labels.json: for every document all requirement ids
with the allowed statuses, `must` finding kinds and `mustnot` finding kinds. `mustnot` is
computed: every non-info finding kind of spec/output.md, minus the `must` kinds, minus kinds
listed as `maybe` (a careful reviewer could raise them or not), minus requirement.partial /
requirement.missing whenever some requirement is allowed to be partial / missing.

usage: python3 corpus/make_variants.py      (from anywhere; writes next to this file)
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

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

# finding kinds of spec/output.md with default severity error or warning
NON_INFO_KINDS = [
    "requirement.missing", "requirement.partial",
    "transfer.no-safeguard", "transfer.location-conflict",
    "subprocessor.no-authorisation", "subprocessor.objection-excluded",
    "subprocessor.objection-after-start", "subprocessor.incomplete-entry",
    "subprocessor.unknown-location", "liability.subprocessor-excluded",
    "purpose.own-use", "breach.notice-too-late", "deletion.retention-own-purpose",
    "audit.excluded", "instructions.oral-unconfirmed", "reference.dangling",
    "structure.numbering", "placeholder.unfilled",
]

Z = "base-ziffern.txt"
P = "base-paragraphen.txt"
M = "base-markdown.md"

# --------------------------------------------------------------------------------------
# Variants: name -> dict(base, edits, req (overrides; everything else "met"), must, maybe)
# --------------------------------------------------------------------------------------
V = {}

def variant(name, base, edits, req=None, must=(), maybe=()):
    assert name not in V, name
    V[name] = dict(base=base, edits=edits, req=req or {}, must=list(must), maybe=list(maybe))


# ---- deletion / return ---------------------------------------------------------------
variant("v01-deletion-removed", Z, [(
    "11.1 Nach Abschluss der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers sämtliche personenbezogenen Daten des Auftraggebers oder gibt sie ihm heraus; noch vorhandene Kopien vernichtet er in jedem Fall. Ausgenommen sind Daten, zu deren weiterer Speicherung ihn das Unionsrecht oder das Recht eines Mitgliedstaats verpflichtet. Der Auftraggeber teilt seine Wahl in Textform mit; äußert er sich nicht binnen zwei Wochen nach Vertragsende, werden die Daten gelöscht.\n\n"
    "11.2 Die Löschung ist dem Auftraggeber unter Angabe des Datums in Textform zu bestätigen. Datensicherungen werden spätestens mit dem Ablauf des regulären Sicherungszyklus von 30 Tagen überschrieben.\n\n"
    "11.3 Dokumentationen,",
    "11.1 Dokumentationen,")],
    req={"art28.3.g.deletion-return": ["missing"]},
    must=["requirement.missing"])

variant("v02-deletion-only-delete", P, [
    ("(1) Nach Beendigung der Leistungsvereinbarung hat der Auftragnehmer nach Entscheidung des Auftraggebers alle in seinem Besitz befindlichen personenbezogenen Daten des Auftraggebers entweder an diesen herauszugeben oder datenschutzgerecht zu löschen; vorhandene Kopien sind in jedem Fall zu löschen.",
     "(1) Nach Beendigung der Leistungsvereinbarung hat der Auftragnehmer alle in seinem Besitz befindlichen personenbezogenen Daten des Auftraggebers einschließlich vorhandener Kopien datenschutzgerecht zu löschen."),
    ("(2) Die Herausgabe erfolgt in einem gängigen, maschinenlesbaren Format. Die Löschung weist",
     "(2) Die Löschung weist"),
],
    req={"art28.3.g.deletion-return": ["partial"]},
    must=["requirement.partial"])

variant("v03-deletion-processor-chooses", M, [(
    "10.1 Der Auftraggeber bestimmt, ob der Auftragnehmer die personenbezogenen Daten nach Beendigung der Leistungserbringung löscht oder an ihn zurückgibt.",
    "10.1 Nach Beendigung der Leistungserbringung entscheidet der Auftragnehmer nach eigenem Ermessen, ob er die personenbezogenen Daten löscht oder an den Auftraggeber zurückgibt.")],
    req={"art28.3.g.deletion-return": ["partial"]},
    must=["requirement.partial"])

# ---- audits --------------------------------------------------------------------------
variant("v04-audits-negated", Z, [(
    "10.2 Der Auftraggeber darf selbst oder durch einen von ihm beauftragten, zur Verschwiegenheit verpflichteten Prüfer kontrollieren, ob dieser Vertrag eingehalten wird, auch durch Inspektionen vor Ort in den Geschäftsräumen des Auftragnehmers. Der Auftragnehmer ermöglicht diese Überprüfungen und wirkt aktiv an ihnen mit. Inspektionen werden in der Regel 14 Tage im Voraus angekündigt und während der üblichen Geschäftszeiten so durchgeführt, dass der Betriebsablauf nicht unnötig gestört wird.",
    "10.2 Der Auftraggeber kann die Einhaltung dieses Vertrags anhand der nach Ziffer 10.1 überlassenen Informationen und Unterlagen prüfen. Der Auftragnehmer ist nicht verpflichtet, Kontrollen vor Ort zu dulden.")],
    req={"art28.3.h.audits": ["partial", "missing"]},
    must=["audit.excluded"])

variant("v05-audits-certificates-only", P, [(
    "(2) Der Auftraggeber ist berechtigt, nach Anmeldung mit einer Frist von in der Regel zwei Wochen während der üblichen Geschäftszeiten selbst oder durch einen zur Verschwiegenheit verpflichteten Prüfer Überprüfungen einschließlich Inspektionen in den Geschäftsräumen des Auftragnehmers durchzuführen. Der Auftragnehmer duldet diese Überprüfungen und wirkt an ihnen mit.",
    "(2) Als Nachweis legt der Auftragnehmer dem Auftraggeber auf Anforderung ein aktuelles Zertifikat nach ISO/IEC 27001 oder den Prüfbericht eines unabhängigen Sachverständigen vor. Weitergehende Überprüfungen, insbesondere Inspektionen in den Geschäftsräumen des Auftragnehmers, finden nicht statt.")],
    req={"art28.3.h.audits": ["partial"]},
    must=["requirement.partial", "audit.excluded"])

# ---- instructions --------------------------------------------------------------------
variant("v06-instructions-oral", Z, [(
    "3.1 Der Auftragnehmer verarbeitet die personenbezogenen Daten ausschließlich im Rahmen der getroffenen Vereinbarungen und auf dokumentierte Weisung des Auftraggebers. Die ursprünglichen Weisungen ergeben sich aus diesem Vertrag; der Auftraggeber kann sie durch Einzelweisungen in Textform ändern, ergänzen oder ersetzen. Eine in dringenden Fällen mündlich erteilte Weisung bestätigt der Auftraggeber unverzüglich in Textform, und der Auftragnehmer hält sie bis dahin mit Datum, Uhrzeit und Namen der anweisenden Person fest.",
    "3.1 Der Auftragnehmer verarbeitet die personenbezogenen Daten ausschließlich im Rahmen der getroffenen Vereinbarungen und nach den Weisungen des Auftraggebers. Weisungen können mündlich, fernmündlich oder in Textform erteilt werden; einer Bestätigung oder Dokumentation mündlich erteilter Weisungen bedarf es nicht.")],
    req={"art28.3.a.instructions": ["partial"]},
    must=["requirement.partial", "instructions.oral-unconfirmed"])

# ---- confidentiality -----------------------------------------------------------------
variant("v07-confidentiality-removed", M, [
    ("4.2 Der Auftragnehmer lässt nur solche Personen mit den Daten des Auftraggebers arbeiten, die er vor Beginn ihrer Tätigkeit zur Verschwiegenheit verpflichtet hat oder die bereits kraft Gesetzes in angemessener Weise zur Verschwiegenheit verpflichtet sind.\n\n4.3 Der Auftragnehmer hat eine Datenschutzbeauftragte",
     "4.2 Der Auftragnehmer hat eine Datenschutzbeauftragte"),
    ("4.4 Der Auftragnehmer führt das Verzeichnis", "4.3 Der Auftragnehmer führt das Verzeichnis"),
],
    req={"art28.3.b.confidentiality": ["missing"]},
    must=["requirement.missing"])

# ---- security ------------------------------------------------------------------------
variant("v08-security-no-annex", P, [
    ("(1) Der Auftragnehmer gewährleistet ein dem Risiko für die Rechte und Freiheiten der betroffenen Personen angemessenes Schutzniveau im Sinne des Art. 32 DSGVO. Zu diesem Zweck setzt er die in Anhang 3 beschriebenen technischen und organisatorischen Maßnahmen um.",
     "(1) Der Auftragnehmer wird die Daten durch angemessene technische und organisatorische Maßnahmen vor unbefugtem Zugriff, Verlust und Veränderung schützen."),
    ("\n\nAnhang 3 – Technische und organisatorische Maßnahmen des Auftragnehmers\n", "\n<<CUT>>\n"),
],
    req={"art28.3.c.security": ["partial"]},
    must=["requirement.partial"])

# ---- breach notification -------------------------------------------------------------
variant("v09-breach-72h", Z, [(
    "unverzüglich, spätestens jedoch innerhalb von 24 Stunden, nachdem sie ihm bekannt geworden ist, mit.",
    "innerhalb von 72 Stunden, nachdem sie ihm bekannt geworden ist, mit.")],
    req={"art33.2.breach-notification": ["partial"]},
    must=["requirement.partial", "breach.notice-too-late"])

variant("v10-breach-removed", P, [
    ("(1) Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich, spätestens innerhalb von 24 Stunden, nachdem er von ihnen Kenntnis erlangt hat. Dies gilt auch, wenn bei ihm oder einem Unterauftragnehmer der begründete Verdacht einer solchen Verletzung besteht.\n\n"
     "(2) Die Meldung beschreibt, soweit möglich, die Art der Verletzung, die Kategorien und die ungefähre Zahl der betroffenen Personen und Datensätze, die wahrscheinlichen Folgen und die ergriffenen oder vorgeschlagenen Abhilfemaßnahmen und nennt eine Kontaktperson.\n\n"
     "(3) Führt eine Aufsichtsbehörde",
     "(1) Führt eine Aufsichtsbehörde"),
    ("(4) Sind die Daten des Auftraggebers beim Auftragnehmer durch Pfändung",
     "(2) Sind die Daten des Auftraggebers beim Auftragnehmer durch Pfändung"),
],
    req={"art33.2.breach-notification": ["missing"]},
    must=["requirement.missing"])

# ---- subprocessors -------------------------------------------------------------------
variant("v11-flow-down-careful-selection-only", M, [(
    "6.3 Der Auftragnehmer erlegt jedem Unterauftragsverarbeiter durch Vertrag dieselben Datenschutzpflichten auf, die ihn selbst nach diesem Vertrag treffen. Er stellt insbesondere sicher, dass der Auftraggeber seine Rechte aus Ziffer 8.2 auch gegenüber dem Unterauftragsverarbeiter ausüben kann.",
    "6.3 Der Auftragnehmer wählt seine Unterauftragsverarbeiter sorgfältig aus und achtet dabei insbesondere auf die Eignung der von ihnen getroffenen technischen und organisatorischen Maßnahmen.")],
    req={"art28.4.flow-down": ["partial"]},
    must=["requirement.partial"])

variant("v12-liability-removed", Z, [(
    "7.4 Verletzt ein Unterauftragsverarbeiter seine Pflichten zum Schutz der Daten, haftet der Auftragnehmer dem Auftraggeber hierfür in vollem Umfang wie für eigenes Handeln.",
    "7.4 Der Auftragnehmer stellt dem Auftraggeber auf Anfrage eine Kopie der datenschutzrelevanten Bestimmungen seiner Verträge mit Unterauftragsverarbeitern zur Verfügung; Geschäftsgeheimnisse darf er dabei schwärzen.")],
    req={"art28.4.liability": ["missing"]},
    must=["requirement.missing"])

variant("v13-liability-excluded", P, [(
    "(5) Der Auftragnehmer steht gegenüber dem Auftraggeber uneingeschränkt dafür ein, dass seine Unterauftragnehmer die ihnen auferlegten Datenschutzpflichten einhalten; ein Verschulden eines Unterauftragnehmers hat er wie eigenes Verschulden zu vertreten.",
    "(5) Der Auftragnehmer haftet nicht für Pflichtverletzungen seiner Unterauftragnehmer. Etwaige eigene Ansprüche gegen einen Unterauftragnehmer tritt er auf Verlangen an den Auftraggeber ab.")],
    req={"art28.4.liability": ["missing"]},
    must=["requirement.missing", "liability.subprocessor-excluded"])

variant("v14-objection-removed", Z, [(
    " Der Auftraggeber kann der beabsichtigten Änderung innerhalb von zwei Wochen nach Zugang dieser Information aus sachlichem Grund widersprechen. Im Falle eines Widerspruchs unterbleibt die Änderung; einigen sich die Parteien nicht binnen eines Monats auf eine Lösung, kann der Auftraggeber den Hauptvertrag hinsichtlich der betroffenen Leistung außerordentlich kündigen.",
    "")],
    req={"art28.2.change-notice-objection": ["partial"], "art28.2.authorisation": ["met", "partial"]},
    must=["requirement.partial"],
    maybe=["subprocessor.objection-excluded"])

# ---- order details (annex 1) ---------------------------------------------------------
variant("v15-data-types-empty", Z, [(
    "4. Arten personenbezogener Daten:\n"
    " a) Stammdaten (Anrede, Vor- und Nachname, Geburtsdatum)\n"
    " b) Kontaktdaten (Liefer- und Rechnungsanschrift, E-Mail-Adresse, Telefonnummer)\n"
    " c) Bestell- und Vertragsdaten (bestellte Artikel, Bestellhistorie, Kundennummer)\n"
    " d) Zahlungsdaten (gewählte Zahlungsart, IBAN bei Lastschrift; vollständige Kartendaten werden nicht gespeichert)\n"
    " e) Inhalte der Kommunikation mit dem Kundenservice\n"
    " f) technische Nutzungsdaten (IP-Adresse, Zeitstempel, Protokolldaten)\n",
    "4. Arten personenbezogener Daten:\n")],
    req={"art28.3.data-types": ["partial", "missing"]},
    must=["placeholder.unfilled"])

variant("v16-subjects-removed", P, [
    ("4. Kategorien betroffener Personen:\n"
     "   (a) Beschäftigte des Auftraggebers einschließlich Auszubildender und geringfügig Beschäftigter\n"
     "   (b) ausgeschiedene Beschäftigte\n"
     "   (c) unterhaltsberechtigte Angehörige, soweit sie für die Abrechnung von Bedeutung sind\n"
     "5. Weisungsberechtigte Personen",
     "4. Weisungsberechtigte Personen"),
    ("6. Datenschutzbeauftragte des Auftragnehmers", "5. Datenschutzbeauftragte des Auftragnehmers"),
],
    req={"art28.3.data-subjects": ["missing"]},
    must=["requirement.missing"])

variant("v17-duration-removed", M, [(
    "1.3 Dieser Vertrag beginnt am 1. Juni 2025 und läuft auf unbestimmte Zeit. Er endet automatisch mit der Beendigung des Nutzungsvertrags; einer gesonderten Kündigung bedarf es nicht.\n\n",
    "")],
    req={"art28.3.duration": ["missing"]},
    must=["requirement.missing"])

# ---- final clauses -------------------------------------------------------------------
variant("v18-written-form-removed", Z, [
    ("13.1 Dieser Vertrag sowie seine Änderungen und Ergänzungen bedürfen der Schriftform; die Schriftform kann auch in einem elektronischen Format, etwa durch qualifizierte elektronische Signatur, gewahrt werden. Dies gilt auch für einen Verzicht auf dieses Formerfordernis.\n\n13.2 Bei Widersprüchen",
     "13.1 Bei Widersprüchen"),
    ("13.3 Es gilt das Recht", "13.2 Es gilt das Recht"),
    ("13.4 Sollte eine Bestimmung", "13.3 Sollte eine Bestimmung"),
    ("13.5 Die Anlagen 1 bis 3", "13.4 Die Anlagen 1 bis 3"),
],
    req={"art28.9.written-form": ["missing"]},
    must=["requirement.missing"])

# ---- instructions: legal requirement / infringing instruction -------------------------
variant("v19-legal-requirement-notice-removed", P, [
    ("(2) Verlangt das Recht der Union oder eines Mitgliedstaats, dem der Auftragnehmer unterliegt, von ihm eine Verarbeitung, die über die Weisungen hinausgeht, so setzt er den Auftraggeber vorab über diese rechtliche Verpflichtung in Kenntnis. Die Vorabinformation entfällt nur, wenn das anwendbare Recht sie aus wichtigen Gründen des öffentlichen Interesses verbietet.\n\n(3) Hält der Auftragnehmer",
     "(2) Hält der Auftragnehmer"),
    ("(4) Weisungsberechtigte Personen des Auftraggebers", "(3) Weisungsberechtigte Personen des Auftraggebers"),
],
    req={"art28.3.a.legal-requirement-notice": ["missing"]},
    must=["requirement.missing"])

variant("v20-infringing-instructions-removed", M, [
    ("3.3 Verstößt eine Weisung nach Auffassung des Auftragnehmers gegen die DSGVO oder gegen andere Datenschutzvorschriften der Union oder der Mitgliedstaaten, so informiert er den Auftraggeber unverzüglich. Er ist berechtigt, die Ausführung der Weisung bis zu ihrer Bestätigung oder Änderung durch den Auftraggeber auszusetzen.\n\n3.4 Die weisungsberechtigten Personen",
     "3.3 Die weisungsberechtigten Personen"),
],
    req={"art28.3.infringing-instructions": ["missing"]},
    must=["requirement.missing"])

# ---- assistance / information --------------------------------------------------------
variant("v21-assistance-partial", Z, [(
    "8.2 Der Auftragnehmer unterstützt den Auftraggeber im Rahmen der ihm vorliegenden Informationen bei der Erfüllung der Pflichten aus Art. 32 bis 36 DSGVO, namentlich bei der Sicherheit der Verarbeitung, bei der Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde, bei der Benachrichtigung betroffener Personen, bei Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation der Aufsichtsbehörde (Art. 28 Abs. 3 lit. f DSGVO).",
    "8.2 Der Auftragnehmer unterstützt den Auftraggeber im Rahmen der ihm vorliegenden Informationen bei der Erfüllung der Pflichten aus Art. 32 und Art. 33 DSGVO, namentlich bei der Sicherheit der Verarbeitung und bei der Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde.")],
    req={"art28.3.f.assistance": ["partial"]},
    must=["requirement.partial"])

variant("v22-information-removed", P, [(
    "(1) Der Auftragnehmer weist dem Auftraggeber die Einhaltung seiner Pflichten aus Art. 28 DSGVO und aus diesem Vertrag nach und stellt ihm hierfür sämtliche erforderlichen Informationen zur Verfügung.\n\n(2) Der Auftraggeber ist berechtigt, nach Anmeldung",
    "(1) Der Auftraggeber ist berechtigt, nach Anmeldung")],
    req={"art28.3.h.information": ["missing", "partial"]})

# ---- same obligations, other wording (all met) ---------------------------------------
variant("v23-deletion-passive", Z, [(
    "11.1 Nach Abschluss der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers sämtliche personenbezogenen Daten des Auftraggebers oder gibt sie ihm heraus; noch vorhandene Kopien vernichtet er in jedem Fall. Ausgenommen sind Daten, zu deren weiterer Speicherung ihn das Unionsrecht oder das Recht eines Mitgliedstaats verpflichtet.",
    "11.1 Nach Vertragsende werden sämtliche Daten nach Wahl des Auftraggebers gelöscht oder herausgegeben; das gilt auch für Kopien. Länger gespeichert werden nur Daten, deren Aufbewahrung das Unionsrecht oder das Recht eines Mitgliedstaats vorschreibt.")])

variant("v24-audits-in-annex-only", P, [
    ("(2) Der Auftraggeber ist berechtigt, nach Anmeldung mit einer Frist von in der Regel zwei Wochen während der üblichen Geschäftszeiten selbst oder durch einen zur Verschwiegenheit verpflichteten Prüfer Überprüfungen einschließlich Inspektionen in den Geschäftsräumen des Auftragnehmers durchzuführen. Der Auftragnehmer duldet diese Überprüfungen und wirkt an ihnen mit.",
     "(2) Die Einzelheiten der Überprüfungen durch den Auftraggeber sind in Anhang 3 Nr. 5 geregelt."),
    ("   (c) jährlicher Penetrationstest des Mitarbeiterportals durch einen externen Dienstleister\n",
     "   (c) jährlicher Penetrationstest des Mitarbeiterportals durch einen externen Dienstleister\n"
     "5. Überprüfungen durch den Auftraggeber\n"
     "   (a) Der Auftraggeber kann selbst oder durch einen zur Verschwiegenheit verpflichteten Prüfer Überprüfungen einschließlich Inspektionen in den Geschäftsräumen des Auftragnehmers durchführen; Inspektionen werden in der Regel zwei Wochen im Voraus angemeldet und finden während der üblichen Geschäftszeiten statt.\n"
     "   (b) Der Auftragnehmer duldet diese Überprüfungen und wirkt an ihnen mit.\n"),
])

variant("v25-instructions-split-over-two-clauses", M, [
    ("3.1 Der Auftragnehmer verarbeitet die personenbezogenen Daten nur auf Grundlage dokumentierter Weisungen des Auftraggebers. Als dokumentierte Weisungen gelten dieser Vertrag, die vom Auftraggeber in der Plattform vorgenommenen Einstellungen sowie Einzelweisungen, die über das Support-Ticketsystem oder per E-Mail erteilt werden.",
     "3.1 Der Auftragnehmer verarbeitet die personenbezogenen Daten ausschließlich nach Weisung des Auftraggebers. Weisungen erteilt der Auftraggeber durch diesen Vertrag, durch die von ihm in der Plattform vorgenommenen Einstellungen sowie durch Einzelweisungen."),
    ("3.4 Die weisungsberechtigten Personen sind in Anlage 1 benannt.",
     "3.4 Einzelweisungen sind über das Support-Ticketsystem oder per E-Mail zu erteilen; beide Parteien dokumentieren sie für die Dauer ihrer Geltung und drei weitere Jahre. Die weisungsberechtigten Personen sind in Anlage 1 benannt."),
])

# ---- hollowing -----------------------------------------------------------------------
variant("v26-soweit-zumutbar", P, [(
    "(1) Der Auftragnehmer unterstützt den Auftraggeber mit geeigneten technischen und organisatorischen Maßnahmen bei der Beantwortung von Anträgen,",
    "(1) Der Auftragnehmer unterstützt den Auftraggeber, soweit dies dem Auftragnehmer zumutbar ist, mit geeigneten technischen und organisatorischen Maßnahmen bei der Beantwortung von Anträgen,")],
    req={"art28.3.e.data-subject-rights": ["partial"]},
    must=["requirement.partial"])

variant("v27-heading-only-subprocessors", Z, [(
    "7. Unterauftragsverhältnisse\n\n"
    "7.1 Der Auftragnehmer darf einen anderen Auftragsverarbeiter (Unterauftragsverarbeiter) nur mit vorheriger Genehmigung des Auftraggebers in Anspruch nehmen. Die in Anlage 3 aufgeführten Unterauftragsverarbeiter sind mit Unterzeichnung dieses Vertrags genehmigt. Für die Hinzuziehung oder Ersetzung weiterer Unterauftragsverarbeiter erteilt der Auftraggeber hiermit eine allgemeine schriftliche Genehmigung nach Maßgabe der Ziffer 7.2.\n\n"
    "7.2 Der Auftragnehmer informiert den Auftraggeber mindestens vier Wochen vor der beabsichtigten Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters in Textform über dessen Firma und Anschrift, die vorgesehene Tätigkeit und den Ort der Verarbeitung. Der Auftraggeber kann der beabsichtigten Änderung innerhalb von zwei Wochen nach Zugang dieser Information aus sachlichem Grund widersprechen. Im Falle eines Widerspruchs unterbleibt die Änderung; einigen sich die Parteien nicht binnen eines Monats auf eine Lösung, kann der Auftraggeber den Hauptvertrag hinsichtlich der betroffenen Leistung außerordentlich kündigen.\n\n"
    "7.3 Der Auftragnehmer hat jedem Unterauftragsverarbeiter durch Vertrag dieselben Pflichten zum Schutz der Daten aufzuerlegen, die ihn selbst nach diesem Vertrag treffen. Der Unterauftragsverarbeiter muss insbesondere hinreichend gewährleisten, dass er geeignete technische und organisatorische Maßnahmen so umsetzt, dass seine Verarbeitung mit der DSGVO im Einklang steht. Die Kontrollrechte des Auftraggebers nach Ziffer 10 sind in diesen Verträgen auch gegenüber dem Unterauftragsverarbeiter vorzusehen.\n\n"
    "7.4 Verletzt ein Unterauftragsverarbeiter seine Pflichten zum Schutz der Daten, haftet der Auftragnehmer dem Auftraggeber hierfür in vollem Umfang wie für eigenes Handeln.\n\n"
    "7.5 Die Hinzuziehung eines Unterauftragsverarbeiters mit Sitz oder Verarbeitungsort außerhalb der Europäischen Union oder des Europäischen Wirtschaftsraums ist nur unter den Voraussetzungen der Ziffer 1.4 zulässig.\n\n",
    "7. Unterauftragsverhältnisse\n\n")],
    req={"art28.2.authorisation": ["missing"],
         "art28.2.change-notice-objection": ["missing"],
         "art28.4.flow-down": ["missing"],
         "art28.4.liability": ["missing"]},
    must=["requirement.missing"],
    maybe=["subprocessor.no-authorisation"])

variant("v28-bare-citation", Z, [(
    "5.1 Der Auftragnehmer gewährleistet, dass alle Personen, die in seinem Auftrag Zugang zu den Daten des Auftraggebers erhalten, vor Aufnahme dieser Tätigkeit schriftlich auf die Vertraulichkeit verpflichtet worden sind, soweit sie nicht ohnehin einer angemessenen gesetzlichen Geheimhaltungspflicht unterliegen. Die Verpflichtung gilt über das Ende ihrer Tätigkeit für den Auftragnehmer hinaus fort.",
    "5.1 Die Pflichten aus Art. 28 Abs. 3 DSGVO gelten entsprechend.")],
    req={"art28.3.b.confidentiality": ["missing"]},
    must=["requirement.missing"])

# ---- further finding kinds -----------------------------------------------------------
variant("v29-retention-own-purpose", M, [(
    "es sei denn, nach dem Unionsrecht oder dem Recht der Bundesrepublik Deutschland besteht eine Verpflichtung zur Speicherung.",
    "es sei denn, nach dem Unionsrecht oder dem Recht der Bundesrepublik Deutschland besteht eine Verpflichtung zur Speicherung. Abweichend davon darf der Auftragnehmer Kopien der Lern- und Testergebnisse auch nach Vertragsende für eigene Zwecke, insbesondere zur Weiterentwicklung seiner Produkte, aufbewahren.")],
    req={"art28.3.g.deletion-return": ["partial"], "art28.3.a.instructions": ["met", "partial"]},
    must=["requirement.partial", "deletion.retention-own-purpose"],
    maybe=["purpose.own-use"])

variant("v30-own-use", P, [(
    "(2) Der Auftragnehmer verarbeitet die Daten ausschließlich zur Erfüllung der Leistungsvereinbarung. Eine Verarbeitung für eigene Zwecke oder für Zwecke Dritter ist ihm nicht gestattet.",
    "(2) Der Auftragnehmer verarbeitet die Daten zur Erfüllung der Leistungsvereinbarung. Darüber hinaus ist er berechtigt, die Daten für eigene Zwecke zu nutzen, insbesondere um daraus Vergleichswerte zur Entgeltentwicklung zu erstellen und diese Dritten anzubieten.")],
    req={"art28.3.a.instructions": ["met", "partial"]},
    must=["purpose.own-use"])

variant("v31-us-subprocessor-no-safeguard", Z, [(
    "| Kattegat Backup ApS | Nørregade 7, 8000 Aarhus, Dänemark | verschlüsselte Auslagerung der Datensicherungen | Aarhus, Dänemark |\n",
    "| Kattegat Backup ApS | Nørregade 7, 8000 Aarhus, Dänemark | verschlüsselte Auslagerung der Datensicherungen | Aarhus, Dänemark |\n"
    "| Harborline Telephony Inc. | 1200 Harbor Boulevard, Oakland, CA 94607, USA | Telefonie-Anbindung des Kundenservice (Anrufweiterleitung und Gesprächsprotokolle) | Oakland, Vereinigte Staaten von Amerika |\n")],
    req={"art28.3.a.transfers": ["met", "partial"]},
    must=["transfer.no-safeguard", "transfer.location-conflict"])

variant("v32-us-subprocessor-dpf", P, [(
    "| Bergveld Archief B.V. | Utrecht, Niederlande | revisionssichere Archivierung der digitalen Personalakten | Amsterdam, Niederlande |\n",
    "| Bergveld Archief B.V. | Utrecht, Niederlande | revisionssichere Archivierung der digitalen Personalakten | Amsterdam, Niederlande |\n"
    "| Quillmark Signatures Inc. | Wilmington, Delaware, USA | elektronische Signatur von Arbeitsverträgen und Personaldokumenten | Vereinigte Staaten von Amerika |\n"
    "\n"
    "Die Quillmark Signatures Inc. ist nach dem EU-U.S. Data Privacy Framework zertifiziert. Die Übermittlung an sie stützt sich auf den Angemessenheitsbeschluss der Europäischen Kommission vom 10. Juli 2023 (Durchführungsbeschluss (EU) 2023/1795, Art. 45 DSGVO); entfällt die Zertifizierung, informiert der Auftragnehmer den Auftraggeber unverzüglich.\n")])

variant("v33-objection-after-start", M, [(
    "mindestens sechs Wochen vor dessen geplantem Einsatz",
    "mindestens eine Woche vor dessen geplantem Einsatz")],
    req={"art28.2.change-notice-objection": ["partial"]},
    must=["subprocessor.objection-after-start", "requirement.partial"])

variant("v34-objection-excluded", P, [(
    "(3) Der Auftraggeber kann binnen 14 Tagen nach Zugang der Unterrichtung aus sachlichem, insbesondere datenschutzrechtlichem Grund Einspruch gegen die Änderung erheben. Erhebt er Einspruch, darf der betreffende Unterauftragnehmer nicht eingesetzt werden.",
    "(3) Ein Einspruchs- oder Widerspruchsrecht des Auftraggebers gegen die Änderung besteht nicht.")],
    req={"art28.2.change-notice-objection": ["partial"], "art28.2.authorisation": ["met", "partial"]},
    must=["requirement.partial", "subprocessor.objection-excluded"])

variant("v35-subprocessors-free", Z, [(
    "7.1 Der Auftragnehmer darf einen anderen Auftragsverarbeiter (Unterauftragsverarbeiter) nur mit vorheriger Genehmigung des Auftraggebers in Anspruch nehmen. Die in Anlage 3 aufgeführten Unterauftragsverarbeiter sind mit Unterzeichnung dieses Vertrags genehmigt. Für die Hinzuziehung oder Ersetzung weiterer Unterauftragsverarbeiter erteilt der Auftraggeber hiermit eine allgemeine schriftliche Genehmigung nach Maßgabe der Ziffer 7.2.\n\n"
    "7.2 Der Auftragnehmer informiert den Auftraggeber mindestens vier Wochen vor der beabsichtigten Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters in Textform über dessen Firma und Anschrift, die vorgesehene Tätigkeit und den Ort der Verarbeitung. Der Auftraggeber kann der beabsichtigten Änderung innerhalb von zwei Wochen nach Zugang dieser Information aus sachlichem Grund widersprechen. Im Falle eines Widerspruchs unterbleibt die Änderung; einigen sich die Parteien nicht binnen eines Monats auf eine Lösung, kann der Auftraggeber den Hauptvertrag hinsichtlich der betroffenen Leistung außerordentlich kündigen.",
    "7.1 Der Auftragnehmer ist berechtigt, andere Auftragsverarbeiter (Unterauftragsverarbeiter) nach eigenem Ermessen in Anspruch zu nehmen; einer Genehmigung des Auftraggebers bedarf es hierfür nicht. Die bei Vertragsschluss eingesetzten Unterauftragsverarbeiter sind in Anlage 3 aufgeführt.\n\n"
    "7.2 Über Änderungen bei den Unterauftragsverarbeitern informiert der Auftragnehmer den Auftraggeber nachträglich, indem er ihm eine aktualisierte Fassung der Anlage 3 in Textform übersendet.")],
    req={"art28.2.authorisation": ["partial", "missing"],
         "art28.2.change-notice-objection": ["partial", "missing"]},
    must=["subprocessor.no-authorisation"],
    maybe=["subprocessor.objection-excluded"])

variant("v36-dangling-reference", M, [(
    "4.3 Der Auftragnehmer hat eine Datenschutzbeauftragte benannt; ihre Kontaktdaten sind in Anlage 1 angegeben.",
    "4.3 Der Auftragnehmer hat eine Datenschutzbeauftragte benannt; ihre Kontaktdaten sind in Anlage 4 angegeben.")],
    must=["reference.dangling"])

variant("v37-numbering-gap", P, [(
    "(2) Der Auftragnehmer unterstützt den Auftraggeber ferner",
    "(3) Der Auftragnehmer unterstützt den Auftraggeber ferner")],
    must=["structure.numbering"])

variant("v38-placeholder-signature", Z, [
    ("Mainz, den 14. April 2025", "__________, den __________"),
    ("Leipzig, den 16. April 2025", "__________, den __________"),
],
    must=["placeholder.unfilled"])

variant("v39-breach-five-workdays", M, [(
    "7.3 Der Auftragnehmer benachrichtigt den Auftraggeber unverzüglich, spätestens aber binnen 24 Stunden, nachdem",
    "7.3 Der Auftragnehmer benachrichtigt den Auftraggeber innerhalb von fünf Werktagen, nachdem")],
    req={"art33.2.breach-notification": ["partial"]},
    must=["requirement.partial", "breach.notice-too-late"])

variant("v40-breach-48h", P, [(
    "unverzüglich, spätestens innerhalb von 24 Stunden, nachdem er von ihnen Kenntnis erlangt hat.",
    "unverzüglich, spätestens innerhalb von 48 Stunden, nachdem er von ihnen Kenntnis erlangt hat.")])

variant("v41-law-outdated", Z, [(
    "Anträge auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch.",
    "Anträge auf Auskunft, Berichtigung, Sperrung, Löschung, Datenübertragbarkeit und Widerspruch.")],
    must=["law.outdated"])

variant("v42-term-inconsistent", M, [(
    "6.4 Für die Einhaltung der Pflichten seiner Unterauftragsverarbeiter bleibt der Auftragnehmer gegenüber dem Auftraggeber voll verantwortlich;",
    "6.4 Für die Einhaltung der Pflichten seiner Unterauftragsverarbeiter bleibt der Auftragsnehmer gegenüber dem Auftraggeber voll verantwortlich;")],
    must=["term.inconsistent"])

variant("v43-incomplete-entry", P, [(
    "| Druckhaus Teuto GmbH | Bielefeld, Deutschland | Druck und Kuvertierung der Entgeltabrechnungen | Bielefeld, Deutschland |",
    "| Druckhaus Teuto GmbH | Bielefeld, Deutschland |  | Bielefeld, Deutschland |")],
    must=["subprocessor.incomplete-entry"],
    maybe=["placeholder.unfilled"])

variant("v44-unknown-location", M, [(
    "| 4 | Kuusi Support Oy, Mannerheimintie 12, 00100 Helsinki | Second-Level-Support für die Plattform | Helsinki, Finnland |\n",
    "| 4 | Kuusi Support Oy, Mannerheimintie 12, 00100 Helsinki | Second-Level-Support für die Plattform | Helsinki, Finnland |\n"
    "| 5 | Servenor Systems SE | Ausweichrechenzentrum für den Notfallbetrieb | nach Verfügbarkeit des Anbieters |\n")],
    must=["subprocessor.unknown-location"],
    maybe=["subprocessor.incomplete-entry"])


# --------------------------------------------------------------------------------------
def apply(text, edits):
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit target occurs {n} times: {old[:80]!r}")
        if new == "\n<<CUT>>\n":  # cut from here to the end of the document
            text = text[: text.index(old)] + "\n"
        else:
            text = text.replace(old, new)
    return text


def label(req_overrides=None, must=(), maybe=()):
    req = {r: ["met"] for r in REQUIREMENTS}
    for k, v in (req_overrides or {}).items():
        assert k in req, k
        req[k] = list(v)
    quiet = set(must) | set(maybe)
    if any("partial" in v for v in req.values()):
        quiet.add("requirement.partial")
    if any("missing" in v for v in req.values()):
        quiet.add("requirement.missing")
    return {
        "requirements": req,
        "must": list(must),
        "mustnot": [k for k in NON_INFO_KINDS if k not in quiet],
    }


def main():
    labels = {}
    for base in (Z, P, M):
        labels[base] = label()
    out = HERE / "variants"
    out.mkdir(exist_ok=True)
    for name, v in V.items():
        text = (HERE / v["base"]).read_text(encoding="utf-8")
        new = apply(text, v["edits"])
        assert new != text, name
        (out / f"{name}.txt").write_text(new, encoding="utf-8")
        labels[f"variants/{name}.txt"] = label(v["req"], v["must"], v["maybe"])
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(V)} variants, {len(labels)} labelled documents")


if __name__ == "__main__":
    main()
