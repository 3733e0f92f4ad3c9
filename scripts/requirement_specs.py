#!/usr/bin/env python3
"""Writes the "match" specs into rules/requirements/*.json (and "forbids" specs into
rules/findings/*.json). The specs are data; this script is only a convenient way to
edit all of them in one place. Run it after changing a spec here, then rebuild."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "rules"

def L(de, en):
    return {"de": de, "en": en}

def P(all=(), any=(), none=(), **kw):
    p = {}
    if all: p["all"] = list(all)
    if any: p["any"] = list(any)
    if none: p["none"] = list(none)
    p.update(kw)
    return p

def part(label, provisions, core=None, set_aside_finding=None):
    d = {"label": label, "provisions": provisions}
    if core is not None: d["core"] = core
    # the finding raised where another clause sets this part's clause aside by its number
    if set_aside_finding: d["set_aside_finding"] = set_aside_finding
    return d

def limit(provisions, detail, effect="partial", finding=None, establishes=False):
    d = {"provisions": provisions, "effect": effect, "detail": detail}
    if finding: d["finding"] = finding
    if establishes: d["establishes"] = True  # the limiting clause itself shows the topic is regulated
    return d

# (keeping data for own purposes is RETENTION_OWN's matter: "… zu eigenen Nachweiszwecken aufzubewahren")
OWN_USE = [P(all=["use", "own-purpose"], actor="processor", none=["anonymised", "only", "subject", "controller-purpose"], asserted=True),
           P(all=["use", "own-purpose"], actor="processor", modality="permission", none=["anonymised", "controller-purpose", "forbidden-without"],
             asserted=True),
           P(all=["carve-out", "own-purpose"], any=["processor"], none=["anonymised", "controller-purpose"], any_polarity=True),
           P(all=["use", "statistics-purpose", "permission"], actor="processor",
             none=["anonymised", "controller-purpose", "only"], asserted=True),
           P(all=["use", "own-purpose", "controller-agrees"], none=["anonymised", "controller-purpose", "forbidden-without"], asserted=True),
           # "anonymisierte … sowie pseudonymisierte Daten … auch für eigene Zwecke nutzen"
           P(all=["use", "own-purpose", "pseudonymised"], actor="processor", modality="permission",
             none=["controller-purpose"], asserted=True)]
OWN_USE = [dict(p, none=sorted(set(p.get("none", [])) | {"keep"})) for p in OWN_USE]
# Own use while the contract runs; keeping data after the end is RETENTION_OWN's matter.
OWN_USE_DURING = [dict(p, none=p["none"] + ["end"]) for p in OWN_USE]
# "ist berechtigt, Kopien zu Nachweiszwecken unbefristet aufzubewahren": copies kept without a legal duty
# (not copies of documents handed over: "stellt auf Anfrage Kopien der Standardvertragsklauseln … zur Verfügung")
# (nor "Kopien dürfen ohne Wissen des Auftraggebers nicht erstellt werden": copies only with the controller's knowledge)
RETENTION_COPIES = [P(all=["copies", "retain", "permission"], actor="processor",
                      none=["law-requires", "statutory-retention", "delete", "scc-bcr", "make-available", "only"])]
RETENTION_OWN = [P(all=["retain", "own-purpose"], under=["end"], none=["anonymised"], actor="processor",
                   asserted=True),  # "Nach dem Ende … Nicht gelöschte Datenbestände darf er für eigene Auswertungszwecke aufbewahren"
                 # "Ausgenommen von der Löschung sind Audiodateien, die für die Weiterentwicklung der Modelle des
                 # Auftragnehmers benötigt werden"
                 P(all=["excepted-from-deletion", "own-purpose"], none=["anonymised"]),
                 P(all=["anonymised", "own-purpose", "in-place-of", "delete"], actor="processor"),  # "Anstelle einer Löschung …
                 # ist der Auftragnehmer berechtigt, … zu anonymisieren und zu eigenen Statistikzwecken weiterzuverwenden"
                 P(all=["retain", "own-purpose"], any=["end"], none=["anonymised"], actor="processor"),
                 # (not "bewahrt Daten über das Vertragsende hinaus nur auf, soweit ihn das Unionsrecht … verpflichtet")
                 P(all=["retain", "end"], under=["own-purpose"], none=["anonymised", "delete", "law-requires", "statutory-retention"],
                   actor="processor"),
                 # "anonymisierte und pseudonymisierte Kopien nach Vertragsende … für eigene Zwecke": pseudonymised
                 # copies are personal data
                 P(all=["retain", "own-purpose", "pseudonymised"], any=["end"], actor="processor"),
                 # a deletion schedule's row under the column "Aufbewahrung nach Vertragsende": "Kaufhistorie | 3 Jahre |
                 # eigene Auswertungen des Auftragnehmers …"
                 P(all=["own-purpose", "time-unit"], under=["retention-after-end"], none=["anonymised", "negation"])]
# "… ersetzt das Recht auf Inspektionen vor Ort nicht": the negation belongs to "ersetzt".
# (nor "Während einer Inspektion muss der Dienstleister Material anderer Kunden nicht zugänglich machen")
AUDIT_EXCLUDED = [P(all=["audit", "onsite"], negated=True,
                    none=["replaces-not", "tom-control", "applies-not", "staff-monitoring", "others-withheld"]),
                  P(all=["onsite"], any=["audit", "certificate"], negated=True,
                    none=["replaces-not", "tom-control", "applies-not", "staff-monitoring", "others-withheld"]),
                  # (not "Hosting ausschließlich in Rechenzentren mit Zertifizierung nach ISO 27001": where data are kept)
                  P(all=["certificate", "only"], any=["audit", "onsite", "compliance", "prove"], same_segment=True,
                    none=["storage-place", "tech-certificate"]),
                  P(all=["certificate", "replace"], any=["audit", "onsite"], actor="processor", none=["permission"]),
                  # "Ob … eine Inspektion vor Ort … durchgeführt wird, entscheidet der Auftragnehmer nach eigenem Ermessen"
                  P(all=["onsite", "processor-choice"]),
                  # "Das Supportcenter in Görlitz ist von Vor-Ort-Inspektionen ausgenommen": a site cut out of inspections
                  # (not the areas kept for other customers' data)
                  P(all=["inspection-word", "site-excluded", "site-word"], none=["other-customers", "law-requires", "negation"])]
# "Der Auftragnehmer setzt keine Unterauftragsverarbeiter ein" (not "…, wird ihn dann für den Kunden nicht
# einsetzen" after an objection, in a clause about the change procedure; nor "Inspektionen … bei seinen
# Unterauftragsverarbeitern durch beauftragte Prüfer sind ausgeschlossen", which excludes audits)
NO_SUBPROCESSORS = P(all=["subprocessor", "engage"], negated=True, none=["consent", "objection", "not-subprocessing", "auditor"],
                     none_in_clause=["objection"])
ORAL = [P(all=["oral", "instructions"], none_in_clause=["confirm"], none=["negation", "nature"]),
        # ("…; einer Bestätigung bedürfen sie nicht"; not "führt mündliche Weisungen nicht aus, solange sie nicht …
        # bestätigt sind": there the confirmation stands only in a condition)
        P(all=["oral", "instructions", "confirm"], negated=True, asserted=True),
        # "… auch mündlich erteilen. Eine Bestätigung solcher Weisungen ist nicht erforderlich." (not "… informiert
        # es die Praxis und muss die Weisung bis zu ihrer Bestätigung nicht ausführen": an infringing instruction)
        P(all=["confirm", "instructions"], negated=True, under=["oral"], same_segment=True, none=["infringe"])]
NO_AUTH = [P(all=["subprocessor", "consent", "engage"], negated=True, none=["only"], same_segment=True),
           # "… ist berechtigt, Unterauftragnehmer hinzuzuziehen. Einer Zustimmung des Kunden bedarf es hierfür nicht."
           P(all=["consent", "anaphor"], negated=True, under=["subprocessor"], none=["only", "objection"]),
           # "Einer Zustimmung des Auftraggebers bedarf es für die Hinzuziehung oder den Austausch nicht"
           P(all=["consent", "engage"], negated=True, under=["subprocessor"], same_segment=True, none=["only", "objection"]),
           P(all=["subprocessor", "discretion", "engage"], none=["audit", "onsite"])]
# "Verbundene Unternehmen des Auftragnehmers gelten nicht als Unterauftragsverarbeiter": the group's
# companies are engaged with no authorisation at all (not "setzt keine Konzerngesellschaften ein")
AFFILIATES_EXEMPT = [P(all=["affiliate", "subprocessor", "classed-as"], none=["engage", "consent"], negated=True),
                     # "Die Beauftragung von Unternehmen, die mit dem Auftragnehmer … verbunden sind, als
                     # Unterauftragsverarbeiter bedarf keiner Genehmigung des Auftraggebers"
                     P(all=["affiliate", "consent"], under=["subprocessor"], negated=True, none=["only", "objection"])]
OBJECTION_EXCLUDED = [P(all=["objection-right"], negated=True, none=["terms-conflict"]),
                      # "Ein Widerspruch ist für den Auftragnehmer nur beachtlich, soweit er ihn für begründet hält"
                      P(all=["objection", "processor-choice"], under=["subprocessor"], none=["terms-conflict"]),
                      P(all=["objection", "excluded-word"], under=["subprocessor"], negated=True, none=["terms-conflict"]),
                      P(all=["objection-excluded"], under=["subprocessor"], any_polarity=True, none=["terms-conflict"])]
# "eine weitergehende Beschränkung der Haftung für Unterauftragsverarbeiter findet nicht statt" excludes nothing
LIABILITY_EXCLUDED = [P(all=["subprocessor", "liable"], negated=True, none=["restriction", "not-a-subprocessor"]),
                      P(all=["subprocessor", "liable", "careful-selection"], any=["only"]),
                      # "Dies gilt nicht für die … Unterauftragsverarbeiter. Für deren Pflichtverletzungen ist jede Haftung
                      # des Auftragnehmers ausgeschlossen": the subprocessors named by "deren" under their own heading
                      P(all=["liable", "their-breaches"], under=["subprocessor"], negated=True,
                        none=["restriction", "not-a-subprocessor"]),
                      # a responsibility matrix's row "| Haftung für Pflichtverletzungen von Unterauftragsverarbeitern | … |
                      # Haftung des Auftragnehmers ausgeschlossen |": the row names the subprocessors, a cell excludes
                      P(all=["liable", "excluded-word"], any=["subprocessor"], same_segment=True, any_polarity=True,
                        none=["restriction", "not-a-subprocessor", "plain-negator"])]
# "10.1 Stellt das Lohnbüro eine Verletzung … fest, so prüft es den Vorfall zunächst intern. Es unterrichtet den
# Mandanten innerhalb von …": the notice of a breach clause whose breach stands in the sentence before
# (not "unterstützt … bei der Meldung an die Aufsichtsbehörde, der Benachrichtigung der betroffenen Personen …",
# nor "informiert … über Ermittlungen oder Auskunftsersuchen von Behörden" in the same section)
NOTICE_IN_BREACH_CLAUSE = P(all=["notify"], under=["breach"], any=["to-controller"], actor="processor",
                            none=["infringing-instruction", "subprocessor-change", "assist", "authority",
                                  "official-inquiry"])
# "Abweichend von Ziffer 9.1 beträgt die Frist für die Mitteilung von Verletzungen … zehn Werktage": a clause
# elsewhere puts a later deadline in place of the notice clause's own
DEVIATING_NOTICE = [P(all=["breach", "notify", "deviates"], period_min_hours=48, none=["immediate"],
                      none_in_segment=["assist", "authority"]),
                    P(all=["breach", "notify", "deviates", "deferred-notice"], none_in_segment=["assist", "authority"])]
BREACH_LATE = [P(all=["breach", "notify"], any=["to-controller"], period_min_hours=72, actor="processor", none=["onsite"],
                 none_in_segment=["assist", "authority"]),  # "unverzüglich, spätestens binnen 96 Stunden": the cap is too late
               P(all=["breach", "notify"], any=["to-controller"], period_min_hours=48, actor="processor", none=["onsite"],
                 none_in_segment=["assist", "authority"]),
               P(all=["violation", "notify"], under=["breach"], any=["to-controller"], period_min_hours=48, actor="processor", none=["immediate", "onsite"],
                 none_in_segment=["assist", "authority"]),
               P(all=["violation", "notify", "privacy-context"], any=["to-controller"], period_min_hours=48, actor="processor",
                 none=["onsite"], none_in_segment=["assist", "authority"]),
               P(all=["breach", "notify", "deferred-notice"], any=["to-controller"], actor="processor", none_in_segment=["assist", "authority"]),
               P(all=["breach", "notify", "vague-deadline"], any=["to-controller"], actor="processor", none=["immediate"],
                 none_in_segment=["assist", "authority"]),
               # "teilt … die Verletzung nach Abschluss ihrer internen Untersuchung mit" under a breach heading
               P(all=["violation", "notify", "deferred-notice"], under=["breach"], any=["to-controller"], actor="processor",
                 none_in_segment=["assist", "authority"]),
               dict(NOTICE_IN_BREACH_CLAUSE, all=["notify", "deferred-notice"]),
               # "KASTEN 8 – MELDEFRIST BEI VERLETZUNGEN …" / "Frist für die Meldung an den Auftraggeber: innerhalb von 7 Tagen"
               dict(NOTICE_IN_BREACH_CLAUSE, all=["notify", "deadline-word"], period_min_hours=48,
                    none=NOTICE_IN_BREACH_CLAUSE["none"] + ["immediate", "onsite", "auditor"]),
               # "so schnell, wie es uns im Rahmen unserer Kapazitäten möglich ist": no deadline at all
               # (not "unverzüglich, nach Möglichkeit innerhalb von 24 Stunden": an exempt phrase)
               P(all=["breach", "notify", "hollowing"], any=["to-controller"], actor="processor", none=["hollowing-exempt"],
                 none_in_segment=["assist", "authority"]),
               *DEVIATING_NOTICE,
               # "informiert … im Rahmen seiner betrieblichen Möglichkeiten" with no deadline beside it
               P(all=["breach", "notify", "within-means"], any=["to-controller"], actor="processor", none=["immediate"],
                 none_in_segment=["assist", "authority"])]

# ("Bei der Einhaltung der in Art. 32 bis 36 genannten Pflichten (…, Meldung … bei Datenschutzverletzungen …)
# unterstützt der Anbieter … im Rahmen der verfügbaren Ressourcen": assistance, not the processor's own notice)
BREACH_LATE = [dict(p, none=sorted(set(p.get("none", [])) | {"art32-36"})) for p in BREACH_LATE]

SPECS = {
 "art28.3.subject-matter": {"topic": ["subject-topic"], "parts": [
   part(L("Gegenstand der Verarbeitung", "subject-matter"), [P(all=["subject"]), P(all=["service", "processor"]),
                                                              P(all=["service"], under=["subject"]), P(all=["on-behalf"])]),
   part(L("benannte Leistung", "a named service"), [P(all=["service", "processor"]), P(all=["service"], under=["subject"])],
        core=False)]},
 "art28.3.duration": {"topic": ["duration-topic"], "parts": [
   part(L("Dauer", "duration"), [P(all=["duration", "contract"]), P(all=["term-start", "term-end"]),
                                 # "Vertragsdauer: 01.04.2025 bis 31.03.2027" (not "Dauer der Aufbewahrung: …")
                                 P(all=["duration-label"], label=["duration-label"], none=["keep", "backups", "subject"])])]},
 "art28.3.nature-purpose": {"topic": ["nature-topic"], "parts": [
   part(L("Art der Verarbeitung", "nature of the processing"),
        [P(all=["nature"]),
         # "Art/Zweck: Sammlung in verschlossenen Behältern, Transport …, Vernichtung …"
         P(all=["processing-activity"], label=["nature-label"], none=["data-categories"])], core=True),
   part(L("Zweck der Verarbeitung", "purpose of the processing"), [P(all=["purpose"], none=["purpose-of-contract"])],
        core=True)]},
 "art28.3.data-types": {"topic": ["data-types-topic"], "parts": [
   part(L("Angabe der Datenarten", "a statement of the data types"),
        [P(all=["data-categories"]), P(all=["data-categories"], negated=True),
         P(all=["data-type-item", "processed-verb"], min_matches=2),
         P(all=["data-type-item"], under=["data-categories"], min_matches=2, min_segments=3,
           none=["nature", "purpose", "processing-act"]),
         # a long list under a data-types heading, even if one entry names an access ("Zeitpunkt des Zugriffs")
         P(all=["data-type-item"], under=["data-categories"], min_matches=4, min_segments=5, none=["purpose", "nature"]),
         # "(c) Daten: E-Mail-Adresse, Vorname, Nachname, …"
         P(all=["data-type-item"], label=["data-label"], min_matches=3, min_segments=3, none=["purpose", "nature"])]),
   part(L("benannte Datenarten", "named data types"),
        [P(all=["data-type-item"], under=["data-categories"]), P(all=["data-type-item", "processed-verb"], min_matches=2),
         P(all=["data-type-item"], label=["data-label"], min_matches=3, min_segments=3, none=["purpose", "nature"]),
         P(under=["data-categories"], none=["data-categories"], min_segments=3)],
        core=False)],
  "limits": [limit([P(all=["data-categories", "see-other-contract"], none=["data-type-item"])],
                   L("Die Arten der Daten werden nur mit einem Verweis auf einen anderen Vertrag angegeben, der nicht Teil dieses Dokuments ist.",
                     "The types of data are given only as a pointer to another contract that is not part of this document."),
                   establishes=True)]},
 "art28.3.data-subjects": {"topic": ["subjects-topic"], "parts": [
   part(L("benannte Betroffenengruppen", "named categories of data subjects"),
        # (not "…, wenn noch nicht feststeht, ob dessen Daten betroffen sind" about a breach)
        [P(all=["subject-item"], under=["subject-categories"]), P(all=["subject-item", "affects"], none=["breach"])])],
  "limits": [limit([P(all=["subject-categories", "see-other-contract"], none=["subject-item"])],
                   L("Die Kategorien betroffener Personen werden nur mit einem Verweis auf einen anderen Vertrag angegeben, der nicht Teil dieses Dokuments ist.",
                     "The categories of data subjects are given only as a pointer to another contract that is not part of this document."),
                   establishes=True)]},
 "art28.3.controller-rights": {"topic": ["controller-topic"], "parts": [
   part(L("Rechte und Pflichten des Auftraggebers", "the controller's rights and obligations"),
        [P(all=["controller-rights"]), P(all=["controller", "instructions"], any=["permission"], actor="controller")])]},
 "art28.3.a.instructions": {"topic": ["instructions-topic"], "parts": [
   part(L("Verarbeitung nur auf Weisung", "processing only on instructions"),
        [P(all=["instructions", "only"], actor="processor"), P(all=["instructions"], any=["negation"], negated=True,
          none=["infringe"], actor="processor"),
         P(all=["within-instructions", "processing-act"], actor="processor", none=["infringe"])]),
   part(L("dokumentierte Weisungen", "documented instructions"), [P(all=["instructions", "documented"])], core=False)],
  "limits": [limit(ORAL, L("Weisungen dürfen mündlich erteilt werden, ohne dass eine Bestätigung oder Dokumentation vorgesehen ist.",
                           "Instructions may be given orally without any confirmation or documentation."),
                   finding="instructions.oral-unconfirmed"),
             # "Weisungen sind für den Auftragnehmer verbindlich, soweit sie mit seinen betrieblichen Abläufen vereinbar sind"
             limit([P(all=["instructions", "binding", "processor-convenience"])],
                   L("Weisungen binden den Auftragnehmer nur, soweit sie zu seinen eigenen Abläufen passen.",
                     "Instructions bind the processor only as far as they suit its own operations."), establishes=True),
             limit([P(all=["deviation"], actor="processor", asserted=True,
                      none=["only", "law-requires", "consent", "infringe", "negation"])],
                   L("Der Auftragnehmer darf nach eigener Einschätzung anders verarbeiten, als die Weisungen es vorsehen.",
                     "The processor may process otherwise than instructed, at its own judgement.")),
             # (not "Bis der Auftraggeber die Weisung bestätigt, ist er berechtigt, sie nicht auszuführen"
             # after a warning that it infringes the law)
             limit([P(all=["instructions", "refuse-instruction", "permission"], actor="processor",
                      none=["infringe", "scope-extra", "law-requires", "confirm"], none_in_clause=["infringe"])],
                   L("Der Auftragnehmer darf Weisungen aus eigenen betrieblichen Gründen ablehnen oder nicht befolgen.",
                     "The processor may refuse or not follow instructions for its own operational reasons.")),
             limit([P(all=["instructions", "as-a-rule", "only"], actor="processor", same_segment=True, none=["oral"])],
                   L("Der Auftragnehmer verarbeitet nur „in der Regel“ auf Weisung; Ausnahmen bleiben offen.",
                     "The processor acts on instructions only \"as a rule\", leaving exceptions open.")),
             limit([P(all=["instructions", "binding", "acceptance", "only"], any=["processor"])],
                   L("Weisungen binden den Auftragnehmer nur, soweit er sie annimmt.",
                     "Instructions bind the processor only where it accepts them.")),
             limit(OWN_USE_DURING, L("Der Auftragnehmer darf die Daten auch für eigene Zwecke verwenden, also über die Weisungen hinaus.",
                              "The processor may also use the data for its own purposes, beyond the instructions."))]},
 "art28.3.a.transfers": {"topic": ["transfers-topic"], "parts": [
   part(L("Regelung zu Drittlandübermittlungen", "a rule on third-country transfers"),
        [P(all=["third-country", "transfer-condition"]), P(all=["third-country"], negated=True), P(all=["eu-only"]),
         P(all=["third-country"], under=["instructions"])])],
  "limits": [limit([P(all=["worldwide"], none=["safeguard", "negation", "worldwide-presence"], actor="processor")],
                   L("Der Auftragnehmer darf Daten weltweit verarbeiten, ohne dass eine Weisung oder Garantie nach Kapitel V DSGVO verlangt wird.",
                     "The processor may process data worldwide without an instruction or a Chapter V safeguard being required."))]},
 "art28.3.a.legal-requirement-notice": {"topic": ["instructions-topic"], "parts": [
   part(L("Mitteilung bei gesetzlicher Verarbeitungspflicht", "notice of a legal requirement"),
        # (not "Meldungen an Sozialversicherungsträger … sind keine Unterauftragsverarbeitung; … kraft gesetzlicher Vorschrift")
        [P(all=["law-requires", "notify"], none=["not-a-subprocessor"]),
         # "Manchmal zwingt uns ein Gesetz … . Dann sagen wir Ihnen das, bevor wir …"
         P(all=["notify", "prior"], under=["law-requires"], actor="processor")])],
  # "teilt er dies … innerhalb von vier Wochen nach Abschluss dieser Verarbeitung mit": told after the fact
  "limits": [limit([P(all=["law-requires", "notify", "after-processing"], none=["prior"])],
                   L("Die Mitteilung über eine gesetzlich vorgeschriebene Verarbeitung erfolgt erst nach der Verarbeitung, nicht vorher.",
                     "The controller is told of a processing the law requires only afterwards, not before."),
                   establishes=True)]},
 "art28.3.infringing-instructions": {"topic": ["instructions-topic"], "parts": [
   part(L("Hinweis auf rechtswidrige Weisungen", "notice of infringing instructions"),
        [P(all=["notify", "instructions", "infringe"], none_in_segment=["to-processor"]),
         # "Erscheint dem Labor eine Weisung als Verstoß …, wird die Praxis hierauf unverzüglich hingewiesen"
         P(all=["notify", "processor-doubts", "infringe"], any=["to-controller"], actor="processor"),
         P(all=["notify", "case-reference"], any=["to-controller"], under=["infringing-instruction"], actor="processor")])]},
 "art28.3.b.confidentiality": {"topic": ["confidentiality-topic"], "parts": [
   part(L("Verpflichtung der Beschäftigten auf Vertraulichkeit", "staff committed to confidentiality"),
        # (not the auditors' confidentiality; "Servicekräfte, Teamleitungen und Qualitätsprüfer" are staff)
        [P(all=["confidentiality", "persons", "commit"], none_in_segment=["auditor"]),
         # "… auf die Wahrung des Datengeheimnisses und die Verschwiegenheit hingewiesen werden": told, not committed
         P(all=["confidentiality", "persons", "made-aware"], none=["auditor", "commit"], weak=True)])],
  "limits": [limit([P(all=["other-staff", "not-provided"], under=["confidentiality"], any_polarity=True),
                    # (not "seine Ableser und die Mitarbeiter der Abrechnungsabteilung": a unit beside other staff named too)
                    P(all=["confidentiality", "persons", "commit", "staff-unit"], none_in_clause=["all-staff"],
                      none_in_segment=["more-staff"]),
                    # (not "setzt ausschließlich eigenes, fest angestelltes Personal ein, das … verpflichtet worden ist")
                    P(all=["confidentiality", "commit", "permanent-staff"], none_in_clause=["freelance"], none=["only"])],
                   L("Nur ein Teil der Beschäftigten wird auf Vertraulichkeit verpflichtet.",
                     "Only part of the staff is committed to confidentiality."))]},
 "art28.3.c.security": {"topic": ["security-topic"], "parts": [
   # "unterstützt … mit geeigneten technischen und organisatorischen Maßnahmen bei Anträgen Betroffener"
   # speaks of assistance (lit. e/f), not of the processor's own security measures
   part(L("technische und organisatorische Maßnahmen", "technical and organisational measures"),
        # (not "… Vertrag, der dem Unterauftragsverarbeiter dieselben Pflichten auferlegt, insbesondere
        # hinreichende Garantien für geeignete technische und organisatorische Maßnahmen")
        [P(all=["tom"], none_in_segment=["assist"], none=["flowdown"]),
         P(all=["tom"], none_in_segment=["assist"], none=["subprocessor"]),
         P(all=["security-general"], any=["processor"], none_in_segment=["assist"], weak=True)]),
   part(L("Bezug auf Art. 32 oder eine Anlage mit den Maßnahmen", "a reference to Art. 32 or an annex listing the measures"),
        [P(all=["tom"], any=["art32", "annex-word"], none_in_segment=["assist"])], core=False)],
  "limits": [limit([P(all=["tom", "discretion"], actor="processor", none_in_segment=["assist"]),
                    P(all=["measures-word", "discretion"], under=["tom"], actor="processor", none_in_segment=["assist"])],
                   L("Der Auftragnehmer darf die Maßnahmen nach eigenem Ermessen ändern oder aufgeben.",
                     "The processor may change or drop the measures at its own discretion."))]},
 "art28.2.authorisation": {"topic": ["subprocessor-topic"], "parts": [
   part(L("Genehmigung von Unterauftragsverarbeitern", "authorisation of subprocessors"),
        [P(all=["subprocessor", "consent"]),
         NO_SUBPROCESSORS,
         P(all=["subprocessor", "objection"]),
         # "IV. Unterauftragsverarbeiter — Der Kunde genehmigt allgemein die genannten Dienstleister."
         P(all=["consent"], any=["general", "engage"], under=["subprocessor"], actor="controller")]),
   part(L("Einzelgenehmigung oder allgemeine Genehmigung mit Information und Widerspruchsrecht",
          "specific authorisation, or general authorisation with notice and a right to object"),
        [P(all=["subprocessor", "consent", "specific-consent"]),
         NO_SUBPROCESSORS,
         P(all=["subprocessor", "consent", "prior"], none=["general"]), P(all=["subprocessor", "consent", "only"], none=["general"]),
         P(all=["objection"], under=["subprocessor"]), P(all=["notify", "subprocessor-change"], under=["subprocessor"])],
        core=False)],
  "limits": [limit(NO_AUTH, L("Der Auftragnehmer darf Unterauftragsverarbeiter ohne Genehmigung des Auftraggebers einsetzen.",
                             "The processor may engage subprocessors without the controller's authorisation."),
                   effect="missing", establishes=True, finding="subprocessor.no-authorisation"),
             limit(AFFILIATES_EXEMPT,
                   L("Verbundene Unternehmen des Auftragnehmers sind vom Genehmigungserfordernis für Unterauftragsverarbeiter ausgenommen.",
                     "The processor's affiliated companies are exempted from the authorisation required for subprocessors."),
                   finding="subprocessor.no-authorisation"),
             # "Der Auftraggeber darf seine Zustimmung nur aus wichtigem Grund verweigern": the controller's say is cut down
             limit([P(all=["consent", "refuse", "good-cause"], under=["subprocessor"], none=["objection"])],
                   L("Der Auftraggeber darf die Genehmigung nur aus wichtigem Grund verweigern.",
                     "The controller may refuse its authorisation only for good cause."))]},
 "art28.2.change-notice-objection": {"topic": ["subprocessor-topic"], "parts": [
   part(L("Vorabinformation über neue Unterauftragsverarbeiter", "prior notice of new subprocessors"),
        # (not "Die Krankenkasse hat die Auftragserteilung … ihrer Aufsichtsbehörde … angezeigt", § 80 SGB X)
        [P(all=["notify", "subprocessor-change"], under=["subprocessor"], none=["afterwards", "breach", "authority"]),
         # "… erteilt eine allgemeine Genehmigung. Der Auftragnehmer informiert ihn darüber vier Wochen im Voraus."
         P(all=["notify", "prior"], under=["subprocessor"], actor="processor", none=["afterwards", "breach", "infringe"]),
         # "Beabsichtigt sie, einen Unterauftragsverarbeiter hinzuzuziehen, beantragt sie die Genehmigung mindestens sechs
         # Wochen vor dem geplanten Einsatz": a request for approval ahead of the change is its notice
         P(all=["approval-request", "time-unit"], under=["subprocessor"], none=["afterwards", "breach"])]),
   part(L("Widerspruchsrecht", "a right to object"), [P(all=["objection"], under=["subprocessor"], none=["terms-conflict"]),
                                                       P(all=["objection-right"], under=["subprocessor"], none=["terms-conflict"]),
                                                       # "21. Der Auftraggeber kann der Änderung … widersprechen."
                                                       P(all=["objection-right", "subprocessor-change"], actor="controller"),
                                                       # an approval requested for each change may be refused
                                                       P(all=["approval-request", "time-unit"], under=["subprocessor"],
                                                         none=["afterwards", "breach"])],
        core=False, set_aside_finding="subprocessor.objection-excluded")],
  "limits": [limit(OBJECTION_EXCLUDED, L("Das Widerspruchsrecht des Auftraggebers gegen neue Unterauftragsverarbeiter ist ausgeschlossen.",
                                        "The controller's right to object to new subprocessors is excluded."),
                   finding="subprocessor.objection-excluded"),
             limit([P(all=["notify", "subprocessor-change", "afterwards"], under=["subprocessor"], none=["breach"]),
                    P(all=["engage", "early-start"], under=["subprocessor"], actor="processor", none=["breach"])],
                   L("Der Auftragnehmer informiert über neue Unterauftragsverarbeiter erst, nachdem sie tätig geworden sind.",
                     "The processor reports new subprocessors only after they have started."), establishes=True,
                   finding="subprocessor.objection-after-start"),
             # raised on its own as subprocessor.objection-after-start
             {"fact": "objection-outlasts-notice", "effect": "partial",
              "detail": L("Die Ankündigungsfrist ist kürzer als die Widerspruchsfrist: Ein neuer Unterauftragsverarbeiter kann tätig werden, bevor der Auftraggeber widersprechen konnte.",
                          "The notice period is shorter than the objection period: a new subprocessor may start before the controller could object.")}],
  "not_applicable_if": [NO_SUBPROCESSORS,
                        P(all=["subprocessor", "consent", "specific-consent"]),
                        P(all=["subprocessor", "consent", "prior"], none=["general"])],
  # (a specific consent for some, and "darüber hinaus … die allgemeine Genehmigung" for the rest)
  "not_applicable_unless": [P(all=["consent", "general"], under=["subprocessor"], none=["negation"])]},
 "art28.4.flow-down": {"topic": ["subprocessor-topic"], "parts": [
   part(L("Weitergabe der Datenschutzpflichten an Unterauftragsverarbeiter", "the same obligations imposed on subprocessors"),
        [P(all=["subprocessor", "flowdown"]), P(all=["flowdown"], under=["subprocessor"]),
         P(all=["subprocessor", "careful-selection"], weak=True),
         # "Wir verpflichten Unterauftragsverarbeiter vertraglich auf angemessene Datenschutzstandards": something, not the same
         P(all=["subprocessor", "commit", "privacy-standards"], none=["flowdown"], weak=True)])],
  "not_applicable_if": [NO_SUBPROCESSORS]},
 "art28.4.liability": {"topic": ["liability-topic"], "parts": [
   part(L("Haftung für Unterauftragsverarbeiter", "liability for subprocessors"),
        [P(all=["subprocessor", "liable"]),
         # ("Erfüllt ein Dienstleister seine Pflichten nicht, haften wir dafür": the negation is the condition's)
         P(all=["liable"], under=["subprocessor"], none_in_segment=["negation"])],
        set_aside_finding="liability.subprocessor-excluded")],
  "limits": [limit(LIABILITY_EXCLUDED, L("Der Auftragnehmer schließt seine Haftung für Unterauftragsverarbeiter aus.",
                                        "The processor disclaims liability for its subprocessors."),
                   effect="missing", finding="liability.subprocessor-excluded")],
  "not_applicable_if": [NO_SUBPROCESSORS]},
 "art28.3.e.data-subject-rights": {"topic": ["dsr-topic"], "parts": [
   part(L("Unterstützung bei Betroffenenrechten", "assistance with data subjects' rights"),
        [P(all=["dsr", "assist"], actor="processor", modality="duty"),
         P(all=["dsr", "make-available", "request-word"], any=["subject-item", "persons"], actor="processor", modality="duty",
           none=["negation"]),
         P(all=["assist", "anaphor"], under=["dsr"], actor="processor", modality="duty")])],
  # "Eine darüber hinausgehende Unterstützung … leistet der Auftragnehmer, sofern der Auftraggeber das Premium-Paket
  # gebucht hat"
  "limits": [limit([P(all=["assist", "booked-package"], any=["dsr", "request-word"])],
                   L("Die Unterstützung bei Anträgen betroffener Personen hängt davon ab, dass der Auftraggeber ein bestimmtes Leistungspaket gebucht hat.",
                     "Help with data subjects' requests depends on the controller booking a particular service package."),
                   establishes=True)]},
 "art28.3.f.assistance": {"topic": ["assistance-topic"], "parts": [
   part(L("Sicherheit der Verarbeitung (Art. 32)", "security of processing (Art. 32)"),
        [P(all=["assist", "assist-security"]), P(all=["assist", "art32-36"]), P(all=["assist-security"], under=["assist"])], core=True),
   part(L("Meldung und Benachrichtigung (Art. 33, 34)", "breach notification (Art. 33, 34)"),
        [P(all=["assist", "assist-breach"]), P(all=["assist", "art32-36"]), P(all=["assist-breach"], under=["assist"])], core=True),
   part(L("Datenschutz-Folgenabschätzung (Art. 35)", "data protection impact assessment (Art. 35)"),
        [P(all=["assist", "assist-dpia"]), P(all=["assist", "art32-36"]), P(all=["assist-dpia"], under=["assist"])], core=True),
   part(L("vorherige Konsultation (Art. 36)", "prior consultation (Art. 36)"),
        [P(all=["assist", "assist-consultation"]), P(all=["assist", "art32-36"]), P(all=["assist-consultation"], under=["assist"])], core=True)],
  # "Datenschutz-Folgenabschätzungen … führt der Auftraggeber … ohne Mitwirkung des Auftragnehmers durch", a duty
  # matrix's "| DSFA (Art. 35, 36) | nein, keine Mitwirkung |": one of the four kinds of help is excluded
  "limits": [limit([P(all=["assist", kind], negated=True, none=["only"])
                    for kind in ("assist-security", "assist-breach", "assist-dpia", "assist-consultation")],
                   L("Der Vertrag schließt die Unterstützung des Auftragnehmers bei einer der Pflichten nach Art. 32 bis 36 DSGVO aus.",
                     "The contract excludes the processor's assistance with one of the obligations under Art. 32 to 36 GDPR."))]},
 "art33.2.breach-notification": {"topic": ["breach-topic"], "parts": [
   part(L("Meldung von Datenschutzverletzungen an den Auftraggeber", "notifying the controller of breaches"),
        [P(all=["breach", "notify"], none_in_segment=["assist", "authority"], any=["to-controller"], actor="processor"),
         P(all=["violation", "notify", "privacy-context"], none_in_segment=["assist", "authority"], any=["to-controller"], actor="processor",
           none=["infringing-instruction"]),
         P(all=["violation", "notify"], under=["breach"], none_in_segment=["assist", "authority"], any=["to-controller"], actor="processor",
           none=["infringing-instruction"]),
         NOTICE_IN_BREACH_CLAUSE,
         # "Der Auftragnehmer meldet Verletzungen … unverzüglich an datenschutz@…": no recipient named but an
         # address; any report the processor owes under this contract goes to the controller, unless it names the authority
         P(all=["breach", "notify"], any=["processor"], none_in_segment=["assist", "authority"], actor="processor"),
         # "Der Verantwortliche hat Anspruch darauf, über jede Verletzung … unterrichtet zu werden": the controller's claim
         P(all=["breach", "notify", "claim"], none_in_segment=["assist", "authority"], actor="processor")]),
   part(L("ohne unangemessene Verzögerung", "without undue delay"),
        [P(all=["breach", "notify"], none_in_segment=["assist", "authority"], any=["to-controller"], period_max_hours=48, actor="processor"),
         P(all=["violation", "notify", "privacy-context"], none_in_segment=["assist", "authority"], any=["to-controller"], period_max_hours=48, actor="processor",
           none=["infringing-instruction"]),
         P(all=["violation", "notify"], under=["breach"], none_in_segment=["assist", "authority"], any=["to-controller"], period_max_hours=48, actor="processor",
           none=["infringing-instruction"]),
         dict(NOTICE_IN_BREACH_CLAUSE, period_max_hours=48),
         P(all=["breach", "notify"], any=["processor"], none_in_segment=["assist", "authority"], actor="processor",
           period_max_hours=48),
         P(all=["breach", "notify", "claim"], none_in_segment=["assist", "authority"], actor="processor", period_max_hours=48)],
        core=False)],
  "limits": [limit([P(all=["breach", "notify"], any=["to-controller"], period_min_hours=48, actor="processor", none=["immediate", "onsite"], none_in_segment=["assist", "authority"]),
                    P(all=["breach", "notify"], any=["to-controller"], period_min_hours=72, actor="processor", none=["onsite"],
                      none_in_segment=["assist", "authority"]),
                    P(all=["violation", "notify", "privacy-context"], any=["to-controller"], period_min_hours=48, actor="processor",
                      none=["immediate", "onsite"], none_in_segment=["assist", "authority"]),
                    P(all=["violation", "notify"], under=["breach"], any=["to-controller"], period_min_hours=48, actor="processor",
                      none=["immediate", "onsite"], none_in_segment=["assist", "authority"]),
                    P(all=["breach", "notify", "deferred-notice"], any=["to-controller"], actor="processor",
                      none_in_segment=["assist", "authority"]),
                    # "teilt … die Verletzung unverzüglich nach Abschluss dieser internen Prüfung mit" under a breach heading
                    P(all=["violation", "notify", "deferred-notice"], under=["breach"], any=["to-controller"], actor="processor",
                      none_in_segment=["assist", "authority"]),
                    dict(NOTICE_IN_BREACH_CLAUSE, all=["notify", "deferred-notice"]),
                    dict(NOTICE_IN_BREACH_CLAUSE, all=["notify", "deadline-word"], period_min_hours=48,
                    none=NOTICE_IN_BREACH_CLAUSE["none"] + ["immediate", "onsite", "auditor"]),
                    *DEVIATING_NOTICE],
                   L("Die Meldefrist ist fest und so lang, dass die 72-Stunden-Frist des Auftraggebers gefährdet ist.",
                     "The notification deadline is fixed and long enough to endanger the controller's 72 hours."),
                   finding="breach.notice-too-late"),
             # "meldet jede Datenpanne …" where "Datenpanne" is defined as intentional disclosures affecting 500 people
             limit([P(all=["breach", "notify", "narrowed-breach"], any=["to-controller"], actor="processor",
                      none_in_segment=["assist", "authority"])],
                   L("Der Begriff der zu meldenden Verletzung ist so eng gefasst, dass viele Verletzungen des Schutzes personenbezogener Daten nicht gemeldet werden müssen.",
                     "The breaches to be reported are defined so narrowly that many personal data breaches need not be reported.")),
             # "Vorfälle in der Staging-Umgebung teilt Serverhafen dem Kunden nicht mit": some breaches go unreported
             limit([P(all=["breach", "notify"], any=["to-controller"], negated=True, actor="processor",
                      none=["only", "prohibition-word", "immediate"], none_in_segment=["assist", "authority"])],
                   L("Ein Teil der Verletzungen des Schutzes personenbezogener Daten wird dem Auftraggeber nicht gemeldet.",
                     "Some personal data breaches are not reported to the controller.")),
             # "meldet … im Rahmen seiner Möglichkeiten unverzüglich": a notice as far as the processor manages
             limit([P(all=["breach", "notify", "within-means"], any=["to-controller"], actor="processor",
                      none_in_segment=["assist", "authority"])],
                   L("Der Auftragnehmer meldet Verletzungen nur „im Rahmen seiner Möglichkeiten“.",
                     "The processor reports breaches only \"as far as it can\".")),
             # the controller, not the processor, judges the risk (Art. 33(1)); the processor reports every breach (Art. 33(2))
             limit([P(all=["breach", "notify", "risk-filter"], any=["to-controller"], actor="processor",
                      none_in_segment=["assist", "authority"])],
                   L("Der Auftragnehmer meldet nur Verletzungen, die er selbst für risikobehaftet hält; Art. 33 Abs. 2 DSGVO verlangt die Meldung jeder Verletzung.",
                     "The processor reports only breaches it judges risky itself; Art. 33(2) GDPR requires every breach to be reported."))]},
 "art28.3.g.deletion-return": {"topic": ["deletion-topic"], "parts": [
   part(L("Löschung", "deletion"), [P(all=["delete", "data"], under=["end"], actor="processor"),
                                    P(all=["delete", "controller-choice"], under=["end"]),
                                    P(all=["delete", "subject-choice", "controller"], under=["end"], actor="controller")], core=True),
   part(L("Rückgabe", "return"), [P(all=["return"], under=["end"], actor="processor"), P(all=["return", "delete"], under=["end"]),
                                  P(all=["return", "controller-choice"], under=["end"])], core=True),
   part(L("Wahl des Auftraggebers", "the controller's choice"),
        [P(all=["controller-choice"], any=["delete", "return"]),
         P(all=["controller-states-choice"], any=["delete", "return"]),
         # "für eine Auftraggeberin gibt KITS ihr nach ihrer Wahl … zurück oder löscht sie"
         P(all=["her-choice"], any=["delete", "return"]),
         P(all=["subject-choice", "controller"], any=["delete", "return"], actor="controller"),
         P(all=["controller-choice", "choice-word"], under=["return"]),
         # "Nach Ende des Abonnements können Sie alle Daten abrufen oder ihre Löschung verlangen": the
         # controller may take either
         P(all=["delete", "return"], actor="controller", modality="permission")], core=False)],
  "limits": [limit([P(all=["copies", "delete"], negated=True, same_segment=True, none=["prohibition-word"]),
                    # "Nach Beendigung … werden die Sicherungsbestände nicht gelöscht, sondern unbefristet … aufbewahrt"
                    # (the copies as the context: the subject the negated "nicht gelöscht" shares with "aufbewahrt")
                    P(all=["retain", "indefinitely"], under=["copies", "backups"],
                      none=["law-requires", "statutory-retention", "anonymised"])],
                   L("Vorhandene Kopien müssen nach Vertragsende nicht gelöscht werden.",
                     "Existing copies need not be deleted at the end.")),
             # "Die Löschung … wird erst durchgeführt, nachdem der Datenexport … bezahlt ist": held back until paid
             limit([P(all=["delete", "payment-first"])],
                   L("Die Löschung nach Vertragsende hängt davon ab, dass der Auftraggeber zuvor eine andere Leistung (etwa einen Export) bezahlt.",
                     "Deletion at the end depends on the controller first paying for another service (such as an export).")),
             # "Eine Herausgabe oder ein Export der Daten erfolgt nicht." at the end takes the return back
             limit([P(all=["return", "negating-predicate"], under=["end"], negated=True,
                      none=["prohibition-word", "third-party", "condition", "this-contract", "duration-topic"])],
                   L("Eine Rückgabe der Daten nach Vertragsende wird ausgeschlossen.",
                     "Returning the data at the end is excluded.")),
             limit([P(all=["backups", "delete", "usual-cycle"], none=["time-unit"]),
                    # "Ausgenommen von der Löschung sind Datensicherungen. Diese werden bis zum Ablauf der
                    # regulären Aufbewahrung vorgehalten und erst danach … überschrieben."
                    P(all=["usual-cycle"], any=["delete", "overwrite"], under=["backups"], none=["time-unit"])],
                   L("Sicherungskopien werden erst nach „üblichen“ Backup-Zyklen gelöscht, ohne dass der Vertrag eine Frist nennt.",
                     "Backups are deleted only after the \"usual\" backup cycles; the contract names no period.")),
             # (not "Ob gelöscht oder zurückgegeben wird, entscheidet der Auftraggeber nach eigenem Ermessen")
             # (nor "ist berechtigt, nach eigenem Ermessen Subunternehmer für … Vernichtung einzusetzen")
             limit([P(all=["delete", "processor-choice"], none=["controller-decides", "subprocessor"]),
                    P(all=["return", "processor-choice"], none=["controller-decides", "subprocessor"]),
                    # "hat der Auftragnehmer … nach seiner Wahl zu löschen oder zurückzugeben"
                    # (not when the clause says the controller makes that choice: "Der Kunde teilt seine Wahl … mit")
                    P(all=["delete", "subject-choice", "processor"], actor="processor", none=["claim", "subprocessor", "her-choice"],
                      none_in_clause=["controller-states-choice"])],
                   L("Nicht der Auftraggeber, sondern der Auftragnehmer entscheidet über Löschung oder Rückgabe.",
                     "The processor, not the controller, decides between deletion and return.")),
             # "löscht … oder gibt sie zurück, sofern der Auftraggeber dies verlangt", "nur auf Anforderung": without a
             # request the data stay (not when the clause also sets a deadline for deletion)
             limit([P(all=["delete", "on-request"], under=["end"], none_in_clause=["time-unit"])],
                   L("Gelöscht wird nur, wenn der Auftraggeber es verlangt; ohne Anforderung bleiben die Daten gespeichert.",
                     "Data are deleted only if the controller asks; without a request they stay stored.")),
             limit(RETENTION_OWN, L("Der Auftragnehmer darf Daten nach Vertragsende für eigene Zwecke behalten.",
                                    "The processor may keep data after the end for its own purposes."),
                   finding="deletion.retention-own-purpose"),
             # "ist berechtigt, Kopien zu Nachweiszwecken unbefristet aufzubewahren": kept without a legal duty
             limit(RETENTION_COPIES,
                   L("Der Auftragnehmer darf Kopien über das Vertragsende hinaus behalten, ohne dass eine gesetzliche Pflicht dies verlangt.",
                     "The processor may keep copies after the end without any legal duty requiring it."),
                   finding="deletion.retention-own-purpose"),
             # "Die Rückgabe oder Löschung … erfolgt innerhalb von zwölf Monaten nach Vertragsende": a period far
             # beyond the usual backup cycle (three months, and up to six, are common and pass)
             # (the whole data, returned or deleted, in one statement: not a log's or a receipt's own retention)
             limit([P(all=["delete", "return", "end"], period_min_hours=24 * 183, same_segment=True,
                      none=["statutory-retention", "law-requires", "request-word", "claim", "controller-decides"])],
                   L("Daten werden erst lange nach Vertragsende gelöscht oder zurückgegeben (mehr als sechs Monate).",
                     "Data are deleted or returned only long after the end (more than six months)."))]},
 "art28.3.h.information": {"topic": ["audit-topic"], "parts": [
   part(L("Bereitstellung der Nachweisinformationen", "making compliance information available"),
        [P(all=["information", "make-available", "compliance"], actor="processor", none=["available-information"]), P(all=["prove"], any=["compliance-object"], actor="processor"),
         # "Der Auftragnehmer hält keine Information zurück, die der Auftraggeber zum Nachweis … benötigt"
         P(all=["information", "withhold", "compliance"], negated=True, actor="processor")])],
  # "beschränkt sich die Pflicht …, Informationen zum Nachweis … zur Verfügung zu stellen, auf eine jährliche
  # Selbstauskunft. Weitergehende Informationen oder Nachweise schuldet der Auftragnehmer nicht."
  # (not "Die Kontrolle beschränkt sich … auf die Auswertung der Unterlagen": that limits the audits)
  "limits": [limit([P(all=["information", "compliance", "limited-to"], actor="processor", none=["audit"]),
                    P(all=["information", "further"], negated=True, any=["owes", "make-available"],
                      # (not the help with Art. 32–36: "… Informationen, die ohnehin vorliegen; eine darüber
                      # hinausgehende Mitwirkung an Folgenabschätzungen … schuldet er nicht")
                      none=["audit", "assist-dpia", "assist-consultation", "art32-36"], actor="processor")],
                   L("Der Auftragnehmer schuldet Nachweisinformationen nur in einem fest begrenzten Umfang (etwa eine jährliche Selbstauskunft).",
                     "The processor owes compliance information only in a fixed, limited form (such as a yearly self-assessment)."))]},
 "art28.3.h.audits": {"topic": ["audit-topic"], "parts": [
   part(L("Überprüfungen und Audits", "audits"), [P(all=["audit"], any=["controller", "permission", "duty", "assist"])],
        set_aside_finding="audit.excluded"),
   part(L("Inspektionen vor Ort", "on-site inspections"), [P(all=["onsite"], any=["audit", "controller"])], core=False,
        set_aside_finding="audit.excluded")],
  "limits": [limit(AUDIT_EXCLUDED, L("Kontrollen vor Ort sind ausgeschlossen oder durch bloße Zertifikate ersetzt.",
                                    "On-site inspections are excluded or replaced by certificates alone."),
                   finding="audit.excluded", establishes=True),
             # (not "Der Auftragsverarbeiter überprüft … die Unterauftragsverarbeiter … alle zwei Jahre": its own audits of them)
             # "Überprüfungen … sind nur nach vorheriger Zustimmung des Auftragnehmers zulässig"
             limit([P(all=["audit", "processor-consent", "only"])],
                   L("Überprüfungen sind nur mit Zustimmung des Auftragnehmers zulässig.",
                     "Audits are allowed only with the processor's consent."), establishes=True),
             limit([P(all=["onsite", "short-visit"])],
                   L("Inspektionen vor Ort sind auf eine Dauer begrenzt, in der keine Prüfung möglich ist.",
                     "On-site inspections are capped at a duration too short for any audit."), establishes=True),
             limit([P(all=["audit", "rare-audit"], any=["controller"], none=["subprocessor"])],
                   L("Überprüfungen durch den Auftraggeber sind seltener als einmal im Jahr zulässig.",
                     "Audits by the controller are allowed less often than once a year."), establishes=True),
             # the controller may not pick (or object to) the auditor: the processor checks itself by proxy
             limit([P(all=["audit", "processor-appointed", "only"], same_segment=True, none=["objection", "consent"]),
                    P(all=["auditor", "processor-appointed", "only"], same_segment=True, none=["objection", "consent"])],
                   L("Überprüfungen dürfen nur durch einen Prüfer erfolgen, den der Auftragnehmer auswählt.",
                     "Audits may only be carried out by an auditor the processor chooses."), establishes=True)]},
 "art28.9.written-form": {"topic": ["form-topic"], "parts": [
   part(L("Schriftform oder elektronische Form", "written or electronic form"),
        [P(all=["written", "amendment"]), P(all=["written", "conclusion"]),
         P(all=["written", "form-requirement", "this-contract"], none=["instructions"])])]},
}

FORBIDS = {
  "purpose.own-use": OWN_USE,
  "deletion.retention-own-purpose": RETENTION_OWN + RETENTION_COPIES,
  "audit.excluded": AUDIT_EXCLUDED,
  "instructions.oral-unconfirmed": ORAL,
  "subprocessor.no-authorisation": NO_AUTH + AFFILIATES_EXEMPT,
  "subprocessor.objection-excluded": OBJECTION_EXCLUDED,
  "liability.subprocessor-excluded": LIABILITY_EXCLUDED,
  "breach.notice-too-late": BREACH_LATE,
}

def main():
    for rid, spec in SPECS.items():
        p = ROOT / "requirements" / f"{rid}.json"
        d = json.loads(p.read_text(encoding="utf-8"))
        d["match"] = spec
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for rid, provisions in FORBIDS.items():
        p = ROOT / "findings" / f"{rid}.json"
        d = json.loads(p.read_text(encoding="utf-8"))
        d["forbids"] = provisions
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(SPECS)} requirement specs, {len(FORBIDS)} forbids specs written")

if __name__ == "__main__":
    main()
