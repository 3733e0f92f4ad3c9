#!/usr/bin/env python3
"""Writes rules/lexicon/concepts.de.json: the German concept lexicon as data. Edit the
patterns here (one place, with comments per requirement), run the script, rebuild."""
import json
C = {}
def c(name, *patterns): C[name] = list(patterns)

# --- grammar of obligations -------------------------------------------------
c("negation", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "niemals", "nie", "keinesfalls",
  "keineswegs", "weder", "ohne", "ausgeschlossen", "untersagt", "verboten", "unzulassig", "entfallt",
  # nominal style: "Verbot der Verarbeitung für eigene Zwecke", "den Ausschluss der Nutzung von Inhalten für das Training"
  "verbot", "verwehrt", "ausschluss",
  # "Die Zweckbindung schließt jede Nutzung … für eigene Zwecke aus" (the particle counts, the verb not)
  "schliesst … aus", "schliessen … aus",
  # "Der Auftragnehmer unterlässt jede Nutzung der Daten für eigene Zwecke"
  # (not the noun: "haftet für deren Handeln und Unterlassen")
  "unterlasst", "unterlasse", "zu unterlassen")
c("negation-exempt",
  # (first: at one position the first matching pattern wins)
  # "wird … nicht eingeschränkt oder ausgeschlossen", "beschränken weder die Haftung … noch …": both denied
  "nicht eingeschrankt oder ausgeschlossen", "nicht beschrankt oder ausgeschlossen", "nicht ausgeschlossen oder eingeschrankt",
  "nicht ausgeschlossen oder beschrankt", "beschrank* weder", "schrank* weder", "beruhr* weder",
  "noch nicht", "nicht anders … als", "keine anderen … als", "ohne vermeidbar*", "ohne unnotig*", "ohne * storung*", "ohne storung*", "ohne * beeintrachtigung*",
  "ohne beeintrachtigung*", "ohne unterbrechung*", "ohne zusatzliche kosten", "ohne gesonderte vergutung", "ohne angabe von grunden", "ohne begrundung", "keiner begrundung", "keine begrundung",
  # "Inspektionen … werden nicht vorher angekündigt": unannounced, not excluded
  "nicht angekundigt", "nicht * angekundigt", "nicht angemeldet", "nicht * angemeldet",
  # "Inspektionen sollen den Geschäftsbetrieb nicht unverhältnismäßig stören": how, not whether
  "nicht stor*", "nicht * stor*", "nicht beeintrachtig*", "nicht * beeintrachtig*", "nicht behinder*", "nicht * behinder*", "ohne nennung von grunden", "nicht eingeschrankt", "nicht beschrankt", "nicht beruhrt",
  # "Diese Möglichkeit schränkt das Recht auf Inspektionen vor Ort nicht ein": a restriction denied
  "schrankt … nicht ein", "schranken … nicht ein", "beruhrt … nicht", "beruhren … nicht",
  # "einmal je Kalenderjahr ohne besonderen Anlass eine Inspektion vor Ort durchzuführen": a condition waived, no negation
  "ohne anlass", "ohne * anlass", "ohne konkreten verdacht",
  # lawful limits of an inspection, no exclusion: "finden nicht häufiger als einmal je Kalenderjahr statt",
  # "ist eine Inspektion ohne Ankündigungsfrist zulässig", "nur in Begleitung … und ohne Zugang zu Systemen anderer Kunden"
  "nicht haufiger als", "nicht ofter als", "nicht einschranken", "nicht beschranken", "ohne ankundigung*", "ohne * ankundigung*", "ohne zugang zu", "ohne zugriff auf",
  # "auf Wunsch des Auftraggebers ohne Rückgabe löscht der Auftragnehmer sämtliche Daten"
  "ohne ruckgabe", "ohne vorherige ruckgabe",
  # "ist erst nach Ablauf dieser Frist ohne Einspruch zulässig", "verstreicht die Frist ohne Widerspruch": none raised
  "ohne einspruch", "ohne widerspruch",
  # "Ohne eine solche Anfrage bewahren wir die Daten … auf": the absence of a request is a condition
  "ohne anfrage", "ohne ~ anfrage", "ohne anforderung", "ohne ~ anforderung", "ohne aufforderung", "ohne ~ aufforderung",
  # "ist eine Inspektion auch ohne Vorankündigung zulässig"
  "ohne vorankundigung", "ohne vorherige ankundigung", "ohne ankundigung", "ohne voranmeldung",
  # "Ein Verzicht des Verantwortlichen auf Inspektionen ist damit nicht verbunden": a waiver denied
  "verzicht … nicht verbunden", "kein verzicht", "keinen verzicht", "ohne verzicht",
  # "keine Einschränkung des Rechts der Schule auf Inspektionen vor Ort": a restriction denied
  "keine einschrankung", "keine beschrankung", "ohne einschrankung", "ohne beschrankung",
  # "…, ohne die Haftung für Unterauftragsverarbeiter nach § 8 Abs. 4 einzuschränken"
  "ohne … einzuschranken", "ohne … zu beschranken", "ohne … zu beruhren",
  # "werden die Sicherungskopien nicht einzeln gelöscht, sondern … überschrieben": the negation is of the manner
  "nicht einzeln", "nicht gesondert", "nicht individuell", "ohne schuldhaft*", "ohne unangemessen*", "ohne weiteres", "nicht nur", "nicht spater als",
  "nicht langer als", "nicht mehr als", "nicht uber", "ohne ausnahme", "keine * ausnahme",
  "nicht wahrend", "nicht ausserhalb", "nicht vor ablauf", "nicht zur unzeit", "nicht an sonn*",
  # "Inspektionen dürfen die Sicherheit der Daten anderer Kunden nicht gefährden": a constraint on how, not a ban
  "nicht gefahrden", "nicht beeintrachtigen", "nicht storen", "nicht unverhaltnismassig beeintrachtigen",
  # "eine nicht dem Vertrag entsprechende Verarbeitung": the negation belongs to an adjective
  "nicht ~ entsprechende*", "nicht vertragsgemasse*", "nicht ordnungsgemasse*", "nicht rechtmassige*",
  "nicht weisungsgemasse*", "ohne weisung verpflichtet",
  # the negation belongs to a condition or an escape, not to the duty: "macht Inspektionen nicht von
  # Zertifikaten abhängig", "kann sich seiner Verantwortung nicht dadurch entziehen, dass …"
  "nicht davon abhangig", "nicht … abhangig",
  "nicht dadurch ~ entzieh*", "nicht ~ entziehen", "nicht ~ befreit", "nicht ~ entbunden", "nicht ~ entlastet",
  # a failure that causes a loss: "haftet für Schäden, die dadurch entstehen, dass … seinen Pflichten nicht nachgekommen ist"
  "nicht nachgekommen", "nicht nachkommt", "nicht nachkommen", "nicht erfullt hat", "nicht eingehalten hat", "ohne * weisung verpflichtet", "nicht geloschte*", "nicht mehr benotigte*", "nicht benotigte*", "nicht erforderliche*",
  # "die nicht pseudonymisierten Rohtranskripte": the negation belongs to the adjective
  "nicht pseudonymisierte*", "nicht anonymisierte*", "nicht verschlusselte*", "nicht offentliche*", "nicht automatisierte*",
  "nicht dokumentierte*", "nicht bestatigte*",
  # "Eine nicht dokumentierte mündliche Weisung ist nicht ausreichend": insufficient, a demand for more
  "nicht ausreichend", "reicht nicht aus", "genugt nicht")
c("condition", "sofern", "soweit", "wenn", "falls", "es sei denn", "ausser", "ausgenommen", "vorausgesetzt", "da", "weil",
  # "führt mündliche Weisungen nicht aus, solange sie nicht … bestätigt sind"
  "solange")
c("obliging", "verpflichtet", "berechtigt", "befugt", "gehalten", "bereit", "muss", "mussen", "darf", "durfen")
c("modal", "verpflichtet", "berechtigt", "befugt", "muss", "mussen", "darf", "durfen", "kann", "konnen", "hat",
  "haben", "obliegt", "ist", "sind", "gehalten")
c("permission", "darf", "durfen", "durft", "darfst", "kann", "konnen", "berechtigt", "befugt", "gestattet", "erlaubt", "zulassig",
  "steht * frei", "vorbehalt*", "freigestellt", "hat das recht", "haben das recht", "habt das recht", "hast das recht", "hat jederzeit das recht",
  "steht das recht", "steht * das recht")
c("duty", "muss", "mussen", "verpflichtet*", "obliegt", "stellt * sicher", "stellen * sicher", "gewahrleist*",
  "sorgt", "sorgen", "wird", "hat … zu", "haben … zu", "ist … zu", "sind … zu", "verpflichtung*", "gehalten")
c("hollowing", "nach eigenem ermessen", "nach freiem ermessen", "im eigenen ermessen", "eigenen ermessen",
  # "soweit er dies nach eigener Risikoeinschätzung für erforderlich hält"
  "fur erforderlich halt", "fur erforderlich halten", "fur erforderlich erachtet", "fur notwendig halt",
  "fur notwendig erachtet", "nach eigener risikoeinschatzung", "nach eigener einschatzung", "nach eigenem dafurhalten",
  "soweit … zumutbar", "sofern … zumutbar", "soweit zumutbar", "technisch moglich", "wirtschaftlich vertretbar",
  # "wird wirtschaftlich angemessene Bemühungen unternehmen" (a vendor DPA's "commercially reasonable efforts")
  "angemessene bemuhungen", "wirtschaftlich angemessen*", "kommerziell angemessen*", "zumutbare bemuhungen",
  "vertretbare bemuhungen",
  "im rahmen des zumutbaren", "kulanz*",
  "bemuht sich", "bemuhen sich", "nach bestem bemuhen", "wenn moglich", "sofern moglich", "personell moglich",
  # ("nach Möglichkeit dieselben Pflichten auferlegen"; the law's own "nach Möglichkeit mit geeigneten … Maßnahmen" is exempt)
  "nach moglichkeit", "ermessen",
  "nach verfugbarkeit", "nur nach verfugbarkeit",
  # "erbringt der Anbieter nur, soweit sie im gebuchten Servicepaket enthalten sind": a duty sold separately
  "soweit … gebuchten", "sofern … gebuchten", "nur im gebuchten", "nur in den gebuchten", "soweit kapazitat*", "nach massgabe * kapazitat*", "freier kapazitat*",
  "im rahmen * kapazitat*", "im rahmen * * kapazitat*", "interne* prioritat*", "nach * prioritat*",
  "soweit … kapazitat*", "sofern … kapazitat*", "ohne unverhaltnismassigen aufwand moglich",
  # "sofern dies mit vertretbarem Aufwand möglich ist"
  "mit vertretbarem aufwand", "mit angemessenem aufwand moglich",
  "ohne unverhaltnismassig* * aufwand moglich",
  # "nach billigem Ermessen des Auftragnehmers": the processor's own discretion (see hollowing-exempt)
  "ermessen des auftragnehmer*", "ermessen der auftragnehmer*",
  # "leistet … nur, sofern hierfür eine gesonderte Vereinbarung … geschlossen wird": a duty owed only
  # once another contract is made (not "gegen gesonderte Vergütung": a price)
  "nur ~ gesonderte* vereinbarung*", "nur ~ gesonderte* beauftragung*", "nur ~ gesondert* auftrag*",
  "nur ~ gesonderte* vertrag*",
  # "erfolgen nach Maßgabe der technischen Möglichkeiten des Auftragnehmers", "im Rahmen der vorhandenen
  # Standardfunktionen der Plattform, darüber hinaus nicht": as far as the processor's means reach
  "nach massgabe der technischen moglichkeiten", "im rahmen der technischen moglichkeiten",
  "technischen moglichkeiten des auftragnehmer*", "im rahmen der vorhandenen *funktionen",
  "im rahmen der vorhandenen * funktionen", "im rahmen der bestehenden *funktionen")
# "ist berechtigt, einzelne Weisungen nicht zu befolgen, soweit …": refusing instructions
c("refuse-instruction", "weisung* ~ nicht zu befolgen", "weisung* ~ nicht befolgen", "weisung* ~ nicht umzusetzen",
  "weisung* ~ nicht umsetzen", "weisung* ~ nicht auszufuhren", "weisung* ~ nicht ausfuhren", "weisung* ~ abzulehnen",
  "weisung* ~ ablehnen", "weisung* ~ zuruckzuweisen", "weisung* ~ zuruckweisen")
# "Weisungen, die über den vereinbarten Leistungsumfang hinausgehen, …": out-of-scope work, a commercial matter
c("scope-extra", "leistungsumfang*", "leistungsbeschreibung", "vereinbarten leistung*", "mehraufwand", "zusatzlich* aufwand",
  "vergutung", "kosten", "change request", "anderungsauftrag", "hinausgeh*")
# "Einzelweisungen sind für den Auftragnehmer nur verbindlich, soweit er sie angenommen hat"
c("binding", "verbindlich*", "bindend*", "bindet")
c("acceptance", "angenommen hat", "angenommen haben", "annimmt", "annehmen", "akzeptiert hat", "akzeptiert", "akzeptieren",
  "einverstanden erklart", "bestatigt hat")
# "Abweichende Verarbeitungen nehmen wir vor, soweit dies zweckmäßig ist": processing beside the instructions
c("deviation", "abweichende* verarbeitung*", "abweichungen von * weisung*", "von * weisung* abzuweichen", "von * weisung* abweichen",
  "von der leistungsbeschreibung abzuweichen", "von der leistungsbeschreibung abweichen")
c("hollowing-exempt", "pflichtgemassem ermessen", "pflichtgemasses ermessen", "billigem ermessen", "ermessen des auftraggeber*",
  # Art. 28 Abs. 3 lit. e DSGVO in its own words: "nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen"
  "nach moglichkeit mit", "nach moglichkeit durch",
  # (the same words reordered: "durch geeignete technische und organisatorische Maßnahmen nach Möglichkeit bei …")
  "massnahmen nach moglichkeit", "massnahmen * nach moglichkeit", "massnahmen soweit moglich",
  # ("unverzüglich, nach Möglichkeit innerhalb von 24 Stunden": a target beyond the binding deadline)
  "nach moglichkeit innerhalb", "nach moglichkeit binnen", "nach moglichkeit bereits", "nach moglichkeit schon", "nach moglichkeit noch",
  # "entscheidet der Vorstand nach eigenem Ermessen, ob Jonas die Daten löscht …": the discretion is
  # over what the processor does, so it is the other party's
  "nach eigenem ermessen ob auftragnehmer*", "nach freiem ermessen ob auftragnehmer*",
  "nach eigenem ermessen ob * auftragnehmer*", "nach freiem ermessen ob * auftragnehmer*",
  # (the controller as subject: "entscheidet der Verein nach eigenem Ermessen", not "stellt dem Kunden nach eigenem Ermessen")
  "der auftraggeber* nach eigenem ermessen", "die auftraggeber* nach eigenem ermessen", "der auftraggeber* nach freiem ermessen",
  "auftraggeber* entscheidet nach eigenem ermessen", "auftraggeber* entscheidet nach freiem ermessen",
  "ermessen der auftraggeber*", "eigenem ermessen des auftraggeber*")
# "nach Möglichkeit" / "im Rahmen seiner Möglichkeiten" is not hollowing: Art. 28(3)(e) itself says
# "nach Möglichkeit mit geeigneten … Maßnahmen".
c("immediate", "unverzuglich*", "umgehend*", "sofort*", "ohne schuldhaftes zogern", "ohne unangemessene verzogerung",
  "ohne unangemessene weitere verzogerung",
  "unmittelbar")
# "der Abschluss von Standardvertragsklauseln unterbleibt insoweit": a safeguard not put in place
c("waived", "unterbleibt", "unterbleiben", "entfallt", "entfallen")
c("negating-predicate", "ausgeschlossen", "untersagt", "verboten", "unzulassig", "nicht gestattet", "nicht erlaubt",
  "nicht zulassig", "nicht statthaft", "nicht zugelassen", "nicht vorgesehen", "nicht statt", "erfolgt nicht",
  "erfolgen nicht", "unterbleib*", "besteht nicht", "bestehen nicht", "entfallt", "entfallen", "nicht zu",
  # verb-final: "…, wobei ein Recht des Kunden, … zu widersprechen, nicht besteht"
  "nicht besteht", "nicht bestehen", "nicht zusteht", "nicht zustehen")
c("only", "nur", "ausschliesslich*", "lediglich", "allein", "einzig*", "nicht anders … als", "keine anderen … als", "ohne … nicht", "ohne … keine", "nicht ohne",
  "ohne … kein", "ohne … unzulassig", "ohne … ausgeschlossen", "ohne … untersagt", "ohne … verboten", "ohne … nicht gestattet",
  "nicht … ohne", "kein* … ohne", "nicht … bevor", "kein* … bevor", "ohne … unterbleib*", "ohne … nicht statt")
c("notify", "mitteilung*", "benachrichtigung*", "unterrichtung*", "anzeige", "information erfolgt", "informationen",
  # "benennt er der Schule diese Pflicht, bevor …" (names it to the controller, not "benennt einen Ansprechpartner")
  "benennt er der auftraggeber*", "benennt er dem auftraggeber*", "benennt der auftraggeber*", "benennt dem auftraggeber*",
  # "Der Verantwortliche hat Anspruch auf unverzügliche Information, wenn …"
  "anspruch auf * information", "anspruch auf information", "unverzugliche information", "unverzuglichen information",
  "gemeldet", "mitgeteilt", "angezeigt", "benachrichtigt", "unterrichtet", "bescheid", "aufmerksam",
  # Austrian: "hat HSS die Gesellschaft unverzüglich zu verständigen"
  "zu verstandigen", "verstandigt",
  "information der auftraggeber*", "zur information",
  # "Hinzuziehung weiterer UAV: Information an AG mind. 6 Wochen vorher"
  "information an auftraggeber*", "information an den auftraggeber*", "information an die auftraggeber*",
  # "Wir schicken dir mindestens einen Monat vorher eine E-Mail mit Name, Leistung und Standort"
  "schick* … e-mail", "schick* … nachricht", "send* … e-mail", "schreib* … e-mail", "sagen … bescheid", "geben … bescheid",
  "vorabinformation*", "vorabmitteilung*", "vorabbenachrichtigung*", "vorankundigung*",
  # "veröffentlicht beabsichtigte Änderungen … 30 Tage vor ihrem Einsatz auf der Seite …" (with a subscription)
  "veroffentlicht … beabsichtigt*", "veroffentlicht … anderung*", "veroffentlichen … beabsichtigt*", "veroffentlichen … anderung*",
  # "Wir aktualisieren die Liste dort, bevor ein neuer Dienstleister mit deinen Daten arbeitet"
  "aktualisier* die liste", "aktualisier* … liste",
  "warnt", "weist … hin", "weisen … hin", "weise … hin", "hingewiesen", "hinzuweisen", "information des auftraggeber*", "teilt … mit", "teilen … mit", "teile … mit", "zeigt … an", "zeige … an", "gibt … bescheid", "gebe … bescheid", "sagt … bescheid", "sage … bescheid", "setzt … in kenntnis", "nennt … vorab", "nennt … vorher", "sage auftragnehmer auftraggeber*", "schreiben auftragnehmer auftraggeber*",
  "sagen auftragnehmer auftraggeber*", "sagt ~ dem auftraggeber*", "sagt ~ der auftraggeber*", "sagen ~ der auftraggeber*", "sagen ~ dem auftraggeber*",
  # ("Halte ich eine Weisung für datenschutzwidrig, sage ich das der Kanzlei", "sage ich es Ihnen")
  "sage ~ dem auftraggeber*", "sage ~ der auftraggeber*", "sage ~ auftraggeber*",
  "sagt ~ auftraggeber*", "sagen ~ auftraggeber*",
  # "trägt dafür Sorge, dass der Kunde unverzüglich davon erfährt"
  "dass der auftraggeber* … davon erfahrt", "dass die auftraggeber* … davon erfahrt", "dass der auftraggeber* … erfahrt",
  "dass die auftraggeber* … erfahrt", "kundigt", "ankundig*", "kundigt … an", "angekundigt", "kundigen … an", "kundige … an", "in kenntnis setzen", "bekannt geben",
  "bekanntgeben", "zeigt … an", "informier*", "mitteil*", "mitzuteil*", "teilt", "teilen", "melde*", "meldet", "meldung*",
  "anzukundigen",
  "benachrichtig*", "unterricht*", "anzeig*", "anzuzeig*", "hinweis*", "hinzuweisen", "in kenntnis",
  # Austrian "verständigen": "verständigt die Auftraggeberin unverzüglich" (not "die Parteien verständigen sich")
  "verstandigt", "verstandigen", "zu verstandigen", "verstandigung*",
  # "Sie geht dem Auftraggeber spätestens fünf Wochen vor dem Einsatz zu"
  "geht dem auftraggeber … zu", "geht auftraggeber … zu", "dem auftraggeber zugeht", "dem auftraggeber zugegangen",
  # "zeigt dem Kunden jede beabsichtigte Hinzuziehung … mindestens sechs (6) Wochen vor … an": the particle may be far off
  "zeigt dem auftraggeber*", "zeigen dem auftraggeber*")
c("assist", "wirkt … mit", "wirken … mit", "unterstutz*", "mitwirk*", "mitzuwirk*", "hilft", "helfen", "helfe", "behilflich", "beistand", "beizustehen",
  "zuarbeit*", "beantwortung", "beantworten")
c("end", "beendigung*", "ende", "abschluss", "vertragsende", "beendet", "endet", "kundigung*", "auslauf*",
  "nach ablauf", "erledigung", "abgeschlossen", "erbracht", "nach erbringung", "vertragsbeendigung*", "beendigt",
  "auftragsende", "leistungsende", "nutzungsende", "projektende", "vertragsablauf")
c("data", "*daten", "daten*", "*informationen", "customer data", "personal data", "kundendaten")
# "gibt die Daten nicht an Dritte heraus": recipients other than the parties
c("third-party", "dritte", "dritten", "dritter", "unbefugte*", "unberechtigte*", "third parties", "third party")

# --- parties ----------------------------------------------------------------------
c("processor", "auftragnehmer*", "*auftragsverarbeiter*", "dienstleister*", "auftragsbearbeiter*")
c("controller", "auftraggeber*", "verantwortliche*", "verantwortlicher")

# --- 1 subject-matter ---------------------------------------------------------------
c("subject", "gegenstand*", "vertragsgegenstand*", "auftragsgegenstand*", "inhalt des auftrag*", "umfasst", "umfang des auftrag*")
c("on-behalf", "im auftrag", "auftragsverarbeitung",
  # "Dabei verarbeiten wir personenbezogene Daten in eurem Auftrag" (the possessive read as the controller)
  "in auftraggeber* auftrag", "in ihrem auftrag", "in deinem auftrag", "in eurem auftrag")
c("service", "*leistung", "*leistungen", "leistung*", "hosting*", "*hosting", "wartung*", "*wartung", "betrieb*",
  "*service", "*services", "beratung*", "*betreuung", "betreut", "erbringt", "erbringung", "bereitstell*",
  "*abrechnung", "ubernimmt", "software*", "plattform*", "anwendung", "*support", "newsletter*", "*versand",
  "*verwaltung", "*entsorgung", "*vernichtung", "callcenter", "*dienst", "*dienste", "saas", "cloud*", "rechenzentr*",
  "betreibt", "betreiben", "*portal", "*portals", "app", "apps", "*oberflache", "stellt … zur verfugung", "stellt … bereit",
  "mietet", "mieten", "vermiet*", "*galerie",
  # the services of small and one-person processors ("Gegenstand … ist die Transkription von Aufnahmen")
  "transkription*", "verschriftlich*", "ubersetz*", "*ubersetzung", "digitalisier*", "druck*", "*druck", "scan*",
  "*archivierung", "*reinigung", "*buchhaltung", "lohn*", "*schulung", "*schulungen", "*programmierung", "webdesign*",
  "fotograf*", "*fotografie", "*vermittlung")
c("subject-topic", "gegenstand*", "vertragsgegenstand*", "auftrag*", "leistung*")
# --- 2 duration -----------------------------------------------------------------------
c("duration", "laufzeit*", "vertragslaufzeit*", "dauer", "unbestimmte zeit", "befristet", "unbefristet",
  "lauft … monat*", "lauft … jahr*", "lauft … wochen", "verlangert sich", "beginnt mit", "lauft so lange", "lauft solange",
  "ordentlich* * kundig*", "ordentlich gekundigt", "kundigungsfrist*", "endet mit", "enden mit", "endet automatisch", "endet zugleich",
  "beendigung des hauptvertrag*", "beendigung der leistungsvereinbarung*", "tritt * in kraft", "solange",
  "gilt fur die dauer", "gultigkeit*", "wie lange gilt", "so lange wie", "so lange", "bis zur beendigung", "ab unterzeichnung", "ab inkrafttreten", "bis zum ablauf",
  # "Diese Vereinbarung gilt vom 1. September 2025 bis zum Abschluss des Projekts"
  "gilt vom", "gilt ab", "gilt bis", "gelten vom", "gelten ab", "gelten bis")
# "Die Leistungserbringung beginnt am 1. Juli 2025 und endet am 30. Juni 2028."
c("term-start", "beginnt am", "beginnt zum", "beginnt mit", "wird * wirksam", "tritt * in kraft")
c("term-end", "endet am", "endet zum", "endet mit", "lauft bis", "endet zusammen mit", "endet gemeinsam mit",
  "endet automatisch mit", "endet ~ mit dem", "endet ~ mit der")
c("contract", "*vertrag", "*vertrags", "*vertrages", "vereinbarung*", "vertragsverhaltnis*", "auftrag", "auftrags",
  "verarbeitung", "leistungsvereinbarung*", "avv", "abv", "adv", "dvb", "dpa", "msa", "*vereinbarung", "*vereinbarungen", "agb", "avb", "*verarbeitungsbedingungen", "nutzungsbedingungen",
  # "solange das Software-Abo besteht"
  "abo", "*-abo", "abonnement*", "*abonnement", "*abonnements",
  # "für die Dauer des Kundenkontos", "solange die Geschäftsbeziehung besteht"
  "kundenkonto*", "nutzerkonto*", "geschaftsbeziehung*", "kundenbeziehung*", "nutzungsverhaltnis*")
c("duration-topic", "laufzeit*", "dauer", "kundigung*", "vertragsdauer")
# "Vertragsdauer: 01.04.2025 bis 31.03.2027": the compound names both the duration and the contract
c("duration-label", "vertragsdauer", "vertragslaufzeit", "laufzeit", "dauer", "laufzeit des vertrag*",
  "laufzeit der vereinbarung", "dauer der verarbeitung", "dauer des auftrag*", "dauer der vereinbarung")
# --- 3 nature and purpose -------------------------------------------------------------
c("nature", "art der verarbeitung", "art der datenverarbeitung", "art und zweck", "art … der verarbeitung",
  "art … der datenverarbeitung", "umfang der verarbeitung", "speichert", "speichern", "versendet", "hostet",
  "betreibt", "erhebt", "wartet", "pflegt", "betreut", "zugreifen", "sicherung*", "verarbeitet … indem", "verarbeitungstatigkeit*", "verarbeitungsvorgang*", "zugriff auf", "speicherung",
  "hosting", "fernwartung", "erhebung", "verarbeitungsart*", "art der * verarbeitung", "*verarbeitung umfasst",
  "folgende verarbeitung*", "folgender weise")
# an opening label "Art:" or "Art/Zweck:" before a list of what is done
c("nature-label", "art", "verarbeitungsart*", "art der verarbeitung", "art der datenverarbeitung", "art der leistung*")
c("processing-activity", "sammlung", "abholung", "transport", "vernichtung", "versand", "erfassung", "auswertung*",
  "digitalisierung", "archivierung", "ubermittlung", "bereitstellung", "verwaltung", "analyse", "druck", "kuvertierung",
  "scannen", "einscannen", "abrechnung", "lohnabrechnung", "pflege", "wartung", "betrieb", "loschung", "speicherung",
  "hosting", "sicherung", "bearbeitung", "prufung", "ubersetzung", "zustellung", "aufbewahrung")
c("purpose", "zweck", "zwecke", "zwecken", "zweck*", "verarbeitungszweck*", "*zweck", "um … zu", "damit",
  "verarbeitung dient", "verarbeitung dienen", "dient ausschliesslich", "dienen ausschliesslich",
  # "2.1 FitSlot verarbeitet die Daten, um" above a list of "… zu ermöglichen" entries
  "verarbeitet * daten um", "verarbeiten * daten um", "verarbeitet daten um", "verarbeiten daten um",
  "verarbeitet * * daten um", "verarbeiten * * daten um")
c("purpose-of-contract", "zweck dieses vertrag*", "zweck dieser vereinbarung", "zweck des vorliegenden vertrag*")
c("nature-topic", "art", "zweck*", "leistung*", "auftragsdetails", "gegenstand*")
# --- 4 data types -----------------------------------------------------------------------
c("processed-verb", "verarbeitet werden", "werden verarbeitet", "verarbeitet", "erhoben", "gespeichert", "verarbeitung folgender",
  "umfasst", "liegen", "abgelegt", "enthalten", "enthalt")
# "Daten: E-Mail-Adresse, Vorname, …": a label naming the data before a list of them
c("data-label", "daten", "personenbezogene daten", "verarbeitete daten", "betroffene daten", "datenfelder", "data")
c("data-categories", "categories of data", "categories of personal data", "categories of * data",
  # "Betroffene Daten sind Stammdaten (Name, Anschrift, …), Versicherungsdaten, …"
  "betroffene daten sind", "betroffenen daten sind",
  "types of personal data", "datenarten", "datenart", "datenkategorie*", "art der daten", "arten der daten", "arten von daten", "arten von *daten", "arten von * daten", "art von *daten",
  "arten personenbezogener daten", "arten der * daten", "art der * daten", "kategorien personenbezogener daten",
  "kategorien von * daten", "kategorien der * daten", "kategorien von daten", "folgende daten", "folgende * daten",
  "personenbezogene daten folgender art", "datentyp*", "arten der *daten", "art der *daten", "kategorien der *daten",
  "kategorien von *daten", "welche daten", "welche personenbezogenen daten", "welche * daten",
  # "§ 4 Daten und betroffene Personen"
  "daten und betroffene*", "daten und * betroffene*", "daten und betroffenenkreis")
c("data-type-item", "kontaktdaten", "stammdaten", "bestandsdaten", "kundendaten", "vertragsdaten", "nutzungsdaten",
  "verkehrsdaten", "abrechnungsdaten", "zahlungsdaten", "bankdaten", "kommunikationsdaten", "protokolldaten",
  "logdaten", "inhaltsdaten", "gesundheitsdaten", "beschaftigtendaten", "personaldaten", "lohndaten", "adressdaten",
  "bewerberdaten", "mitgliederdaten", "mieterdaten", "leistungsdaten", "schulerdaten", "lerndaten", "bonitatsdaten",
  "nutzerdaten", "metadaten", "standortdaten", "verbindungsdaten", "zugangsdaten", "login*daten", "*stammdaten",
  "name", "namen", "vorname*", "nachname*", "anschrift*", "adresse*", "e-mail*", "email*", "telefon*",
  "geburtsdat*", "ip-adress*", "iban", "bankverbindung*", "kundennummer*", "bestell*", "rechnungs*", "gehalt*",
  "lohn*", "sozialversicherung*", "steuer-id*", "steuer*", "personalnummer*", "fotos", "bild*", "video*",
  "korrespondenz", "nachrichten", "noten", "anwesenheit*", "gesundheit*", "religion*", "konfession*")
c("data-types-topic", "datenarten", "datenkategorie*", "art der daten", "daten")
# --- 5 data subjects ------------------------------------------------------------------
c("affects", "verarbeitung betrifft", "verarbeitung betreffen", "verarbeitung … bezieht sich auf", "betroffen sind",
  "daten folgender", "verarbeitet werden daten",
  # "Die Unterlagen enthalten Daten von Mandanten, Gegnern und sonstigen Verfahrensbeteiligten, Zeugen …"
  "enthalten daten von", "enthalten personenbezogene daten von", "enthalt daten von", "enthalt personenbezogene daten von")
c("subject-categories", "categories of data subjects", "data subjects", "betroffene personen", "betroffene", "betroffenenkreis", "kreis der betroffenen*", "kreis betroffener personen", "personenkreis*", "personengruppe*",
  # a translation's "Datensubjekte" ("die Kategorien der Datensubjekte", "Kategorien von Datensubjekten")
  "datensubjekt*", "betroffene datensubjekt*",
  # a question heading run in: "Wer ist betroffen? Beschäftigte der Brauerei …"
  "wer ist betroffen", "wer sind die betroffenen", "wessen daten", "wer ist … betroffen", "wer sind … betroffen",
  # "## 2. Welche Daten, welche Personen, welcher Zweck?" above "**Diese Personen:**" and a list
  "welche personen", "diese personen",
  "kreis der betroffenen", "kreis der * betroffenen", "kreis der … betroffenen",
  "kategorien betroffener", "kategorie betroffener", "kategorien der betroffenen", "kategorien von betroffenen", "betroffenenkategorie*",
  "betroffenengruppe*", "gruppen * betroffener", "gruppen von betroffenen", "kreis der betroffenen personen",
  "kategorien * betroffener personen", "betroffene personen sind", "folgende betroffene", "betroffen sind", "wessen daten", "wessen personenbezogene daten")
# "Kreis der Betroffenen: siehe Hauptvertrag": the statement is left to a document that is not part of this one
c("see-other-contract", "siehe hauptvertrag", "siehe leistungsvertrag", "siehe dienstleistungsvertrag", "siehe servicevertrag",
  "siehe rahmenvertrag", "siehe angebot", "vgl hauptvertrag", "vgl leistungsvertrag", "wie im hauptvertrag", "wie im leistungsvertrag",
  "laut hauptvertrag", "laut leistungsvertrag", "gemass hauptvertrag", "gemass leistungsvertrag")
c("subject-item", "*mitglieder", "*teilnehmer", "*teilnehmende", "*nutzer", "*nutzende", "*bewerber*", "kunden", "*kunden", "mitarbeiter*", "*mitarbeiter", "beschaftigte*", "interessent*", "lieferant*",
  "besucher*", "*besucher", "nutzer*", "*nutzer", "abonnent*", "bewerber*", "mieter*", "mitglied*", "patient*",
  "schuler*", "*schuler", "*schulern", "*schulerin", "*schulerinnen", "teilnehmer*", "ansprechpartner*", "geschaftspartner*", "lernende*", "lehrkraft*", "lehrkrafte",
  "eltern", "kursteilnehmer*", "personal", "angestellt*", "gaste", "kundinnen", "endkunden", "verbraucher*",
  "empfanger*", "versicherte*", "arbeitnehmer*", "auszubildende*", "dozent*", "genossenschaftsmitglied*",
  "fahrgast*", "fahrgaste", "mitreisende*", "reisende*", "passagier*", "kontoinhaber*", "*personal", "mandant*",
  "eigentumer*", "bewohner*", "klient*", "antragsteller*", "burger*", "einwohner*", "studierende*", "studenten",
  "probanden", "proband*", "angehorige*", "sorgeberechtigte*", "erziehungsberechtigte*", "kinder", "jugendliche*",
  "fahrer*", "halter*", "schuldner*", "glaubiger*", "spender*", "anrufer*", "zuschauer*", "gaste", "leistungsempfanger*",
  "versicherungsnehmer*", "beihilfeberechtigte*", "rentner*", "pflegebedurftige*", "hilfeempfanger*", "zeugen")
c("subjects-topic", "betroffene*", "kreis der betroffenen", "datensubjekt*")
# --- 6 controller rights ----------------------------------------------------------------
c("controller-rights", "weisungsrecht*", "weisungsbefugnis*", "kontrollrecht*", "kontrollbefugnis*",
  "rechte und pflichten des auftraggeber*", "pflichten und rechte des auftraggeber*", "rechte des auftraggeber*",
  "allein verantwortlich", "verantwortlich* fur die beurteilung", "zulassigkeit der * verarbeitung",
  "zulassigkeit der verarbeitung", "rechtmassigkeit der verarbeitung", "fur die zulassigkeit",
  "zulassigkeit der datenverarbeitung*", "herr der daten", "weisungen zu erteilen", "weisungen erteilen",
  "weisungen zu geben", "weisungen erteilt der auftraggeber", "erteilt der auftraggeber * weisungen",
  # "gewährleistet, dass der Auftraggeber jederzeit Weisungen über Art, Umfang und Verfahren … erteilen … kann"
  "auftraggeber weisungen … erteilen", "auftraggeber * weisungen … erteilen",
  # "Dem Verantwortlichen stehen die Rechte aus § 4 (Anweisungen), § 11 (Kontrolle) … zu"
  "auftraggeber* stehen * rechte", "stehen dem auftraggeber* * rechte", "stehen auftraggeber* * rechte",
  "auftraggeber erteilt weisungen", "auftraggeber erteilt * weisungen",
  "ist berechtigt, weisungen", "ist befugt, * weisungen", "befugt, dem auftragnehmer weisungen",
  "allein der auftraggeber", "verantwortliche* im sinne", "ist verantwortliche*", "auftraggeber … uberzeugen",
  "sich … uberzeugen")
c("controller-topic", "auftraggeber*", "weisung*", "kontroll*")
# --- 7 instructions -------------------------------------------------------------------
c("instructions", "weisung", "weisungen", "*weisung", "*weisungen", "weisungsgebunden*", "weisungsrahmen",
  "im rahmen der weisungen", "nach weisung", "auf weisung", "dokumentierte* weisung*",
  # "nur so, wie Sie es uns dokumentiert anweisen", "wie der Kunde es anweist"
  "anweisen", "anweist",
  # English terms inside German sentences ("nur auf Documented Instructions des Customers")
  "instruction", "instructions", "documented instructions")
c("documented", "dokumentiert*", "dokumentier*", "schriftlich*", "textform", "elektronisch*", "schriftform",
  "e-mail", "per mail", "protokollier*", "festgehalten", "festzuhalten", "in textform", "ticket*", "documented")
c("oral", "mundlich*", "fernmundlich*", "telefonisch*")
c("confirm", "halt … fest", "halten … fest", "schriftlich fest", "bestatig*", "dokumentier*", "protokollier*",
  "schriftlich * festzuhalten", "festzuhalten",
  "festgehalten", "nachzureichen", "nachgereicht",
  # "erfasst der Techniker sie unmittelbar im Ticket; die Kanzlei erhält … eine Kopie in Textform"
  "erfasst … im ticket", "erfasst … ticket*", "kopie … in textform", "dokumentation")
c("instructions-topic", "weisung*", "weisungsgebundenheit", "weisungsrecht*")
# --- 8 transfers ----------------------------------------------------------------------
c("third-country", "ausserhalb der bundesrepublik", "ausserhalb deutschlands", "drittland*", "drittlander*", "drittstaat*", "ausserhalb der eu", "ausserhalb der europaischen union",
  "ausserhalb des ewr", "ausserhalb des europaischen wirtschaftsraum*", "ausserhalb der europaischen union",
  "ausserhalb dieser staaten", "ausserhalb der mitgliedstaaten", "kapitel v", "kapitel 5", "art 44", "art 45",
  "art 46", "art 49", "internationale organisation*", "ausserhalb der eu/des ewr", "ausserhalb der eu oder des ewr")
c("transfer-condition", "nur", "ausschliesslich*", "zustimmung*", "weisung*", "voraussetzung*", "art 44",
  "kapitel", "garantie*", "standardvertragsklausel*", "angemessenheitsbeschluss*", "genehmigung*", "einwilligung",
  "zugestimmt", "vorherig*", "art 46", "erfullt", "gegeben")
c("eu-only", "ausschliesslich … mitgliedstaat*", "ausschliesslich … mitgliedsstaat*", "ausschliesslich … europaischen union",
  "ausschliesslich in der eu", "ausschliesslich innerhalb der eu", "ausschliesslich … ewr", "ausschliesslich … deutschland",
  "ausschliesslich … bundesrepublik", "nur in der eu", "nur innerhalb der eu", "nur innerhalb der europaischen union",
  "ausschliesslich innerhalb der europaischen union", "ausschliesslich im gebiet", "nur in * mitgliedstaat*",
  "nur innerhalb * mitgliedstaat*", "nur im gebiet * mitgliedstaat*", "nur in einem * mitgliedstaat*",
  "innerhalb des europaischen wirtschaftsraum*", "ausschliesslich in rechenzentren in der eu")
# A place named for hosting or storage only, as opposed to processing as a whole.
c("storage-place", "hosting", "gehostet", "hosten", "rechenzentr*", "server", "servern", "serverstandort*", "speicherort*",
  "speicherung", "gespeichert", "speichern", "speichert", "sicherungen", "sicherungskopie*", "backup*", "datensicherung*", "cloud*", "infrastruktur*", "housing")
c("processing-act", "*verarbeit*", "ubermitt*", "zugriff*", "zugreif*", "fernzugriff*", "fernwartung*", "support*")
# "Schreibkräfte arbeiten ausschließlich in den Büroräumen … in Deutschland": where staff work, not all processing
# "KursKlick selbst verarbeitet die Daten ausschließlich in Deutschland": the processor's own processing only
c("self-only", "auftragnehmer selbst", "selbst verarbeitet", "selbst verarbeiten", "eigene verarbeitung", "eigenen systemen",
  # "FD verarbeitet die Daten selbst ausschließlich in Deutschland"
  "verarbeitet die daten selbst", "verarbeiten die daten selbst", "verarbeitet * selbst")
# "Als ergänzende Maßnahme erfolgt der Zugriff ausschließlich über einen Jump-Host in Deutschland": the
# route of a subprocessor's access, not where processing may take place
c("access-route", "zugriff … uber", "zugreif* … uber", "jump-host*", "jumphost*", "bastion*",
  # "die Mitarbeitenden in Casablanca greifen ausschließlich über virtuelle Desktops auf Systeme in der EU zu"
  "greifen … uber", "greift … uber", "virtuelle desktops", "virtuellen desktops")
c("workplace", "arbeiten", "arbeitet", "telearbeit*", "buroraum*", "buroraumen", "homeoffice", "home-office", "mobiles arbeiten")
# "Der Kunde kann festlegen, dass Besprechungen ausschließlich über Server in Deutschland laufen": an option, no restriction
c("option-setting", "kann … festlegen", "kann … einstellen", "kann … wahlen", "kann … auswahlen", "optional*",
  "auf wunsch des auftraggeber*", "wahlweise", "kann … konfigurieren")
c("worldwide", "weltweit*", "in beliebigen landern", "an jedem ort")  # not "global": "Nordwelle Global Delivery Ltd."
# "eine weltweit tätige Unternehmensgruppe": where a company is active, not where data are processed
# "Die kryptographischen Schlüssel werden ausschließlich in der EU verwaltet": where keys are kept restricts no processing
c("key-material", "*schlussel", "*schlusseln", "schlusselmaterial*", "schlusselverwaltung*")
c("worldwide-presence", "weltweit tatig*", "weltweit agierend*", "weltweit operierend*", "global tatig*",
  "global agierend*", "weltweit fuhrend*", "weltweit vertreten*",
  # "liefert an Kundinnen und Kunden weltweit", "weltweit abrufbar": where goods go or a website is read
  "liefert * weltweit", "liefert … weltweit", "kunden weltweit", "weltweit abrufbar", "weltweit erreichbar",
  "weltweit versand*", "weltweiter versand*")
c("safeguard", "standardvertragsklausel*", "standarddatenschutzklausel*", "2021/914", "binding corporate rules",
  "verbindliche interne datenschutzvorschriften", "bcr", "data privacy framework", "dpf", "angemessenheitsbeschluss*",
  "art 46", "art 45", "art 49", "geeignete garantien", "scc", "sccs")
c("transfers-topic", "drittland*", "drittstaat*", "ort der verarbeitung", "verarbeitungsort*", "ubermittlung*")
# --- 9 legal-requirement notice --------------------------------------------------------
c("law-requires", "vorschrift* der union", "vorschrift* der eu", "vorschrift* der europaischen union", "vorschrift* eines mitgliedstaat*", "vorschrift* des mitgliedstaat*",
  "vorschrift* der mitgliedstaat*", "recht* der eu", "eu-recht", "recht deutschlands", "deutsches recht", "deutschen recht*", "deutschem recht",
  "nationalem recht", "unions * recht", "unions- * recht",
  "nationales recht", "nationalen recht*", "zwingend* recht*", "zwingende* gesetzlich*", "zwingende* europaisch*", "zwingend* vorschrift*",
  "rechtsvorschrift*", "recht* der union", "unionsrecht*", "recht* des mitgliedstaat*", "recht* der mitgliedstaat*",
  "recht* eines mitgliedstaat*", "mitgliedstaatlich*", "gesetzlich verpflichtet", "gesetzliche verpflichtung",
  "rechtlich verpflichtet", "recht* der europaischen union", "zwingenden rechts", "zwingendes recht", "gesetzlich * verpflichtet",
  "rechtliche* anforderung*", "gesetz* der eu", "gesetz* der union", "gesetz* der europaischen union", "gesetzlich ~ verpflichtet",
  "rechtliche* verpflichtung*", "gesetz* eines mitgliedstaat*", "gesetz* deutschlands",
  "aufgrund gesetzlich*", "kraft gesetz*", "gesetzlich* vorschrift* ~ verpflichtet", "behorde* oder * gericht*",
  "gericht* oder * behorde*", "behordlich* oder gerichtlich*", "gerichtlich* oder behordlich*", "behordlich* anordnung*",
  "gerichtlich* anordnung*", "gesetz … zwingt", "gesetz … zwingen", "gesetzes … gezwungen", "rechtspflicht*", "gesetzliche* pflicht", "gesetzlicher pflichten", "wegen gesetzlich*",
  # "Gesetzliche Pflichten zu abweichender Verarbeitung nach EU- oder Mitgliedstaatsrecht teilt der AN … mit"
  "gesetzliche pflicht*", "gesetzlichen pflicht*", "mitgliedstaatsrecht*", "mitgliedsstaatsrecht*")
# --- 10 infringing instructions -----------------------------------------------------------
c("infringing-instruction", "verstosst … weisung*", "verstossen … weisung*", "weisung* … verstoss*", "weisung* … *verstoss", "weisung* … *verstosse", "weisung* … verstosst", "weisung* … rechtswidrig*", "weisung* … datenschutzwidrig*",
  "weisung* … unvereinbar*", "weisung* … unzulassig*", "weisung* … gesetzwidrig*",
  # "…, wenn er der Auffassung ist, dass eine Anforderung nach Ziffer 12.1 gegen Datenschutzvorschriften verstößt"
  "anforderung* … verstoss*", "anforderung* … verstosst", "auffassung … verstosst", "auffassung … verstoss*",
  "ansicht … verstosst", "meinung … verstosst")
# The processor's own view of an instruction: "Erscheint dem Labor eine Weisung als Verstoß …"
c("processor-doubts", "erscheint dem auftragnehmer*", "erscheint es dem auftragnehmer*", "halt der auftragnehmer*",
  "ist der auftragnehmer* der auffassung", "ist der auftragnehmer* der ansicht", "hat der auftragnehmer* zweifel",
  "hat der auftragnehmer* bedenken", "sieht der auftragnehmer*")
c("infringe", "datenschutzwidrig*", "gesetzwidrig*", "gesetzeswidrig*", "verstoss*", "*verstoss", "*verstosse", "verstosst", "verstossen", "verstiesse", "*rechtswidrig*", "*widrig", "unzulassig*", "unvereinbar*",
  "unrechtmassig*", "gesetzwidrig*", "datenschutzwidrig*", "bedenken", "verletzt", "verletzen", "widerspricht",
  "rechtmassigkeit * anzweifel*", "nicht im einklang", "verletze", "verletzen wurde", "verletzen konnte", "verletzt wurde",
  "zweifel an der rechtmassigkeit", "zweifel an der zulassigkeit", "zweifel an der vereinbarkeit",
  # ("Zweifel an der datenschutzrechtlichen Zulässigkeit einer Weisung")
  "zweifel an der * rechtmassigkeit", "zweifel an der * zulassigkeit", "zweifel an der * vereinbarkeit",
  # ("dass eine Anweisung eine Verletzung der DSGVO oder anderer Datenschutzbestimmungen darstellt")
  "verletzung der dsgvo", "verletzung der datenschutz*", "verletzung von datenschutz*", "verletzung des datenschutzrecht*", "rechtlich bedenklich*",
  "zweifel ob", "zweifel daran ob", "zweifelt ob",
  "rechtlich unzulassig*", "nicht rechtmassig", "nicht zulassig", "nicht rechtskonform", "datenschutzrechtlich bedenklich*")
# --- 11 confidentiality ---------------------------------------------------------------------
c("confidentiality", "vertraulich*", "verschwiegenheit*", "datengeheimnis*", "geheimhaltung*", "schweigepflicht*",
  "geheim zu halten", "geheimzuhalten")
c("persons", "person", "personen", "menschen", "mitarbeitende*", "hilfskraft*", "hilfskrafte", "hilfspersonen", "mitarbeiter*", "*mitarbeiter", "beschaftigte*", "personal", "befugten", "eingesetzten",
  "beschaftigten", "erfullungsgehilfen", "aushilf*", "praktikant*", "auszubildende*", "angestellt*", "leiharbeit*", "freelancer*", "freie mitarbeiter",
  "arbeitsverhaltnis*", "beschaftigungsverhaltnis*", "dienstverhaltnis*", "ausscheiden", "techniker*", "berater*", "agentinnen", "agenten",
  "krafte", "fachkrafte", "servicekraft*", "servicekrafte", "arbeitskrafte", "pflegekrafte", "einsatzkrafte", "reinigungskraft*", "schreibkraft*",
  "burokraft*", "verwaltungskraft*", "aushilfskraft*", "teilzeitkraft*", "bedienstete*", "beamt*", "dienstnehmer*", "ubersetzer*", "dolmetscher*", "kurier*", "leute", "assistenz", "assistent", "assistentin", "assistenten", "assistentinnen", "vertretung", "vertretungen", "urlaubsvertretung*", "krankheitsvertretung*", "vertretungskraft*",
  # "Fahrer und Werkspersonal sind … zur Vertraulichkeit verpflichtet"
  "*personal", "fahrer", "fahrerinnen", "fahrpersonal", "telefonkraft*", "telefonkrafte", "callcenterkrafte",
  # "jedes Mitglied des Teams, das Zugriff auf Shopdaten hat"
  "teammitglied*", "mitglied des teams", "mitglieder des teams", "mitglied unseres teams", "mitglieder unseres teams",
  # "(1) … nur die Leute, die sie … brauchen. (2) Jede und jeder davon ist … verpflichtet worden"
  "jede und jeder", "jeder und jede", "jede davon", "jeder davon",
  # "Alle bei uns, die Zugriff auf eure Daten haben, sind … verpflichtet"
  "alle bei auftragnehmer*", "alle beim auftragnehmer*", "alle die bei auftragnehmer*", "alle die beim auftragnehmer*",
  # "Wer beim Auftragnehmer mit Daten des Auftraggebers arbeitet, ist … verpflichtet worden"
  "wer beim auftragnehmer", "wer … arbeitet", "wer … zugang", "wer … zugriff", "wer … tatig")  # "… auch über das Ende ihres Arbeitsverhältnisses hinaus"
c("commit", "verpflicht*", "unterliegen", "unterliegt", "unterwerf*", "unterworfen", "belehrt", "belehr*",
  "gebunden", "vereinbart")
c("auditor", "prufer*", "auditor*", "sachverstandig*", "wirtschaftsprufer*")
# "höchstens einmal innerhalb von drei Kalenderjahren": audits rarer than once a year
c("rare-audit", "einmal ~ zwei jahr*", "einmal ~ drei jahr*", "einmal ~ vier jahr*", "einmal ~ funf jahr*",
  "einmal ~ zwei kalenderjahr*", "einmal ~ drei kalenderjahr*", "einmal ~ vier kalenderjahr*",
  "einmal ~ 2 jahr*", "einmal ~ 3 jahr*", "einmal ~ 2 kalenderjahr*", "einmal ~ 3 kalenderjahr*",
  "alle zwei jahre", "alle drei jahre", "alle vier jahre", "alle 2 jahre", "alle 3 jahre", "alle 24 monate", "alle 36 monate",
  "zweijahrlich*", "dreijahrlich*", "jedes zweite jahr", "jedes dritte jahr", "einmal ~ 24 monat*", "einmal ~ 36 monat*")
# "ausschließlich durch einen vom Auftragnehmer ausgewählten Prüfer": the audited party picks its auditor
c("processor-appointed", "vom auftragnehmer ausgewahlt*", "vom auftragnehmer bestimmt*", "vom auftragnehmer benannt*",
  "vom auftragnehmer beauftragt*", "vom auftragnehmer ~ ausgewahlt*", "vom auftragnehmer ~ bestimmt*",
  "vom auftragnehmer ~ benannt*", "vom auftragnehmer ~ beauftragt*", "auswahl des auftragnehmer*")
c("confidentiality-topic", "vertraulichkeit*", "verschwiegenheit*", "datengeheimnis", "geheimhaltung")
# --- 12 security -------------------------------------------------------------------------------
c("tom", "art 32 … massnahmen", "massnahmen … art 32", "schutzniveau", "dem risiko angemessen*", "technische und organisatorische massnahmen", "technischen und organisatorischen massnahmen",
  "technischer und organisatorischer massnahmen", "tom", "toms", "sicherheitsmassnahmen", "datensicherheitsmassnahmen",
  "massnahmen zur datensicherheit", "massnahmen zur sicherheit", "schutzmassnahmen", "sicherheit der verarbeitung")
# "sorgt für eine angemessene Sicherheit der Daten": security promised without any measures
c("security-general", "angemessene* sicherheit", "sicherheit der daten", "sicherheit der * daten", "datensicherheit",
  "schutz der daten", "daten * sicher *", "sicherheit * gewahrleist*")
c("art32", "art 32", "artikel 32", "artikeln 32")
c("annex-word", "anlage", "anlagen", "anhang", "anhange", "annex")
c("security-topic", "technische*", "sicherheit*", "tom", "massnahmen")
# --- 13/14 subprocessors ------------------------------------------------------------------
c("subprocessor", "*unterauftragsverarbeiter*", "*unterauftragnehmer*", "*subunternehmer*", "unterauftrag*",
  "weitere* auftragsverarbeiter*", "weiteren auftragsverarbeiter*", "weitere* auftragnehmer*", "sub-dienstleister*", "subdienstleister*",
  "unterbeauftrag*", "*unterauftragsverhaltnis*", "nachunternehmer*", "subauftragnehmer*", "unterverarbeiter*",
  "sub-processor*", "subprocessor*", "sub-prozessor*", "subprozessor*", "sub-auftragsverarbeiter*", "sub-unternehmer*",
  "subauftragsverarbeit*", "sub-dienstleister*", "subdienstleister*",
  # the abbreviation used without a gloss ("## 6 UAV", "Genehmigung für die UAV in Anlage II")
  "uav", "uavs",
  # where the processor has a name of its own, "Dienstleister" with a determiner are third parties it engages
  "weitere* dienstleister*", "andere* dienstleister*", "externe* dienstleister*", "dritte* dienstleister*",
  "meine* dienstleister*", "meiner dienstleister*", "unsere* dienstleister*", "unserer dienstleister*",
  "seine* dienstleister*", "seiner dienstleister*", "ihre dienstleister", "ihrer dienstleister", "diese* dienstleister*", "jede* dienstleister*",
  # "unserer Dienstleister" once the speaking party's possessive reads as the processor
  "auftragnehmer dienstleister*",
  # "Ziffer 7 – Dienstleister der Providerin", "Hinzuziehung oder Ersetzung eines Dienstleisters"
  "dienstleister* der auftragnehmer*", "dienstleister* des auftragnehmer*", "hinzuziehung eines dienstleister*",
  "ersetzung eines dienstleister*", "hinzuziehung oder ersetzung eines dienstleister*",
  "dienstleister* in anlage*", "genannten dienstleister*", "aufgefuhrten dienstleister*", "gelisteten dienstleister*")
c("consent", "stimmt … zu", "stimmen … zu", "zustimmung*", "genehmigung*", "genehmigt", "einwilligung*", "zugestimmt", "zustimmen", "freigabe",
  "freigegeben", "autorisier*", "erlaubnis", "einverstanden*", "einverstandnis*", "zustimmt", "erlauben", "genehmigen",
  "genehmige",
  # "Du erlaubst uns hiermit allgemein, Unterauftragsverarbeiter einzusetzen" (read as "auftraggeber erlaubt auftragnehmer …")
  "erlaubt auftragnehmer*", "erlaubt dem auftragnehmer*", "erlaubt der auftragnehmer*")
c("engage", "setzt … ein", "setzen … ein", "unterbeauftrag*", "in anspruch", "einsetz*", "einzusetzen", "eingesetzt", "einsatz", "beauftrag*", "heranzieh*", "hinzuzieh*",
  "hinzuzuzieh*", "hinzuziehung", "hinzugezogen", "einschalt*", "einbezieh*", "einbinden", "beizieh*", "verwenden", "nutzen")
# "die in Anlage 2 beschriebenen Maßnahmen" under a heading on technical and organisational measures
c("measures-word", "massnahmen", "massnahme")
c("discretion", "nach bedarf", "nach eigenem bedarf", "nach eigenem ermessen", "nach freiem ermessen", "eigenen ermessen", "beliebig*", "jederzeit * frei",
  "frei wahlen", "ohne weiteres")
c("subprocessor-change", "geplant*", "vorgesehen*", "kunftig*", "weitere*", "neue*", "neuen", "hinzuziehung", "anderung*", "austausch*", "ersetz*",
  "wechsel*", "beabsichtig*", "zusatzlich*", "ersatz", "hinzuzieh*", "hinzukommen*",
  # "informiert … vier Wochen vor dem Einsatz": notice before an engagement is notice of a change
  "vor dem einsatz", "vor deren einsatz", "vor dessen einsatz", "vor ihrem einsatz", "vor seinem einsatz",
  "vor der beauftragung", "vor deren beauftragung", "vor dessen beauftragung", "vor beauftragung")
# Provisions that contradict each other ("Bei Widersprüchen gilt folgende Rangfolge", "dürfen … den SCC nicht
# widersprechen; … gehen die SCC vor"): "Widerspruch" as a conflict of terms, not as an objection
c("terms-conflict", "bei widerspruchen", "im fall von widerspruchen", "im falle von widerspruchen", "widerspruch zwischen",
  "widerspruchen zwischen", "widerspruche zwischen", "rangfolge", "vorrang*", "gehen … vor", "geht … vor",
  "bestimmungen … widersprechen", "regelungen … widersprechen", "klauseln … widersprechen", "vereinbarung … widerspricht",
  # "Die Haftungsregelungen des Hauptvertrags gelten ergänzend, soweit sie dem nicht widersprechen"
  "*regelungen … widersprech*", "*bestimmungen … widersprech*", "dem nicht widersprech*", "diesem nicht widersprech*",
  "dieser vereinbarung nicht widersprech*", "diesem vertrag nicht widersprech*")
c("objection", "widerspruch*", "widersprech*", "widersproch*", "einspruch*", "einsprech*", "einwand*", "einwend*",
  "widerspricht", "widerspruchsrecht*", "ablehnungsrecht*", "ablehn*", "einwande",
  # Austrian drafting: the controller "kann die Heranziehung … untersagen"
  "kann … untersagen", "konnen … untersagen", "untersagung*", "untersagt die auftraggeber*", "untersagt der auftraggeber*",
  # English sentences among German ones: "The Controller may object to such change"
  "object to", "may object", "objection", "objections")
c("not-subprocessing", "im sinne", "stellen * dar", "stellt * dar", "gelten nicht als", "gilt nicht als",
  "nebenleistung*", "nebentatigkeit*", "nicht als unterauftrag*")
# "Die Paketdienste … in eigener Verantwortung; sie sind keine Unterauftragsverarbeiter": others, not subprocessors
c("not-a-subprocessor", "sind keine unterauftragsverarbeiter", "ist kein unterauftragsverarbeiter", "sind keine unterauftragnehmer",
  "ist kein unterauftragnehmer", "eigener * verantwortung", "eigener verantwortung", "eigene* verantwortliche*",
  "ist keine unterauftragsverarbeitung", "sind keine unterauftragsverarbeitung",
  # "Dein Webhoster (… GmbH) ist nicht mein Unterauftragsverarbeiter"
  "ist nicht * unterauftragsverarbeiter", "sind nicht * unterauftragsverarbeiter", "ist nicht unterauftragsverarbeiter",
  "sind nicht unterauftragsverarbeiter", "ist kein * unterauftragsverarbeiter", "sind keine * unterauftragsverarbeiter")
c("form-requirement", "bedarf", "bedurfen", "erfordert", "erfordern", "genugt", "genugen", "gewahrt", "abzufassen",
  "abgefasst", "abzuschliessen")
c("this-contract", "*vertrag", "*vertrags", "*vertrages", "vereinbarung", "vereinbarungen", "avv", "dpa", "avb", "nebenabrede*",
  # Swiss "ABV" (Auftragsbearbeitungsvertrag), older "ADV" (Auftragsdatenverarbeitung)
  "abv", "adv", "dvb",
  # "Dieser Nachtrag bedarf der Schriftform" (a DPA as an addendum to the main terms)
  "nachtrag", "nachtrags", "addendum", "*vereinbarung")
# (not the agent: "Die Information der Schule durch den Auftragnehmer ist geschuldet")
c("to-processor", "dem auftragnehmer", "an den auftragnehmer", "gegenuber dem auftragnehmer", "informiert den auftragnehmer",
  "unterrichtet den auftragnehmer", "benachrichtigt den auftragnehmer", "weist den auftragnehmer", "warnt den auftragnehmer",
  "den auftragnehmer * informieren", "den auftragnehmer * unterrichten", "den auftragnehmer * hinweisen",
  "den auftragnehmer ~ hin", "den auftragnehmer ~ in kenntnis")
c("case-reference", "in den fallen", "in diesem fall", "in diesen fallen", "hiervon", "davon", "daruber")
c("to-controller", "des auftraggeber*", "der auftraggeberin", "die auftraggeberin", "dem auftraggeber", "den auftraggeber", "an den auftraggeber", "gegenuber dem auftraggeber",
  "dem * verantwortlichen", "den * verantwortlichen", "dem * auftraggeber", "den * auftraggeber",
  "dem verantwortlichen", "den verantwortlichen", "dem kunden", "den kunden", "ihm", "diesem", "auftraggeber",
  # group contracts: "meldet der Obergesellschaft", "unterrichtet die jeweilige Gesellschaft"
  "der obergesellschaft", "der muttergesellschaft", "der jeweiligen gesellschaft", "die jeweilige gesellschaft",
  "den konzerngesellschaften", "die konzerngesellschaften", "den gruppengesellschaften", "die gruppengesellschaften")
c("prior", "vorherig*", "zuvor", "im voraus", "vorab", "bevor", "vorher", "vor einsatz", "vor dem einsatz", "vor ihrem einsatz",
  # "teilen wir Ihnen das vor der Verarbeitung mit"
  "vor der verarbeitung", "vor beginn der verarbeitung")
# "Diese Unterstützung beschränkt sich auf die Weitergabe von Informationen, die … ohnehin vorliegen":
# a later sentence that narrows a duty it points back to (read only there: "Die Verarbeitung beschränkt
# sich auf die EU" narrows nothing)
c("narrowing", "beschrankt sich auf", "beschranken sich auf", "ist auf * beschrankt", "bleibt auf * beschrankt")
c("general", "allgemein*", "generell*", "pauschal*")
c("specific-consent", "einzeln", "im einzelfall", "fur jeden", "fur jede", "einzelfall*", "fallweise",
  "gesondert* zustimmung", "gesondert* genehmigung", "gesondert* einwilligung", "gesondert* * zustimmung",
  "gesondert* * genehmigung", "gesondert* schriftlich*", "gesondert* vorherig*", "jeweils * zustimmung",
  "jeweils * genehmigung", "jeweils vorherig*", "jeweils gesondert*")
# a form field naming a deadline: "Frist für die Meldung an den Auftraggeber: innerhalb von 7 Tagen"
c("deadline-word", "frist", "fristen", "meldefrist", "meldefristen", "hochstfrist")
# what authorities do to the processor: "Ermittlungen, Beschlagnahmen oder Auskunftsersuchen von Behörden"
c("official-inquiry", "ermittlungen", "ermittlungsverfahren", "beschlagnahm*", "auskunftsersuchen", "behorden", "behordlich*",
  "strafverfolgung*", "durchsuchung*", "pfandung*")
c("authority", "aufsichtsbehorde*", "datenschutzbehorde*", "datenschutzaufsicht*", "landesbeauftragte*", "bundesbeauftragte*", "bfdi")
c("own-deadline", "aufsichtsbehorde*", "meldepflicht*", "um", "damit", "art 33 abs 1",
  # "so rechtzeitig, dass die Praxis ihre Meldefrist von 72 Stunden einhalten kann"
  "ihre meldefrist", "seine meldefrist", "eigene meldefrist", "meldefrist * einhalten", "meldefrist … einhalten", "rechtzeitig, dass")
# "Wir sind berechtigt, den neuen Unterauftragsverarbeiter bereits ab der Veröffentlichung einzusetzen": in use
# before the objection period ends
c("early-start", "bereits ab der veroffentlichung", "bereits ab veroffentlichung", "bereits ab * mitteilung",
  "bereits ab der information", "bereits ab * ankundigung", "bereits vor ablauf der widerspruchsfrist",
  "bereits vor ablauf der einspruchsfrist", "bereits wahrend der widerspruchsfrist", "bereits wahrend der einspruchsfrist",
  "noch wahrend der laufenden widerspruchsfrist", "schon vor ablauf der widerspruchsfrist", "schon ab der veroffentlichung",
  # "darf der Auftragnehmer den neuen Unterauftragsverarbeiter sofort einsetzen"
  "sofort einsetzen", "sofort einzusetzen", "sofort beauftragen", "sofort zu beauftragen")
c("afterwards", "nachtraglich*", "im nachhinein", "nach erfolgter", "nach * einsatz", "nach beauftragung", "nach dem einsatz",
  "nach aufnahme der tatigkeit", "nach aufnahme * tatigkeit", "nach beginn der tatigkeit", "nach beginn des einsatz*",
  "nach dessen einsatz", "nach deren einsatz",
  # "unterrichtet den Auftraggeber innerhalb von zehn Werktagen nach dem Wechsel"
  "nach dem wechsel", "nach erfolgtem wechsel", "nach dem austausch")
# "Der Auftraggeber hat Anspruch darauf, dass der Auftragnehmer …", "kann verlangen, dass …": a duty of the processor
# written as the controller's right
c("claim", "anspruch darauf", "hat * anspruch", "hat anspruch", "kann verlangen", "kann … verlangen", "darf … verlangen",
  "ist berechtigt zu verlangen", "berechtigt, … zu verlangen", "verlangen kann", "verlangen konnen",
  # "kann … die Daten herunterladen oder deren Herausgabe verlangen" (the verb far from "kann")
  "herausgabe verlangen", "herausgabe * verlangen", "ruckgabe verlangen", "ruckgabe * verlangen",
  # "… herunterladen oder eine Herausgabe durch den Auftragnehmer verlangen"
  "herausgabe … verlangen", "ruckgabe … verlangen",
  "loschung verlangen", "loschung * verlangen")
c("objection-excluded", "ohne dass es … widerspruch*", "widersprech* … steht … nicht zu", "widerspruchsrecht* … steht … nicht zu", "widersp* ~ anerkannt", "vom auftragnehmer ~ anerkannt*", "anerkennung durch den auftragnehmer",
  # (not "Ein Einsatz vor Ablauf der Widerspruchsfrist ist ausgeschlossen": the objection's period, not the objection)
  "einspruch* ~ anerkannt", "widerspruch … ausgeschlossen", "widerspruche … ausgeschlossen", "widerspruchsmoglichkeit* … ausgeschlossen",
  "widerspruchsrecht* … ausgeschlossen", "einspruch … ausgeschlossen", "einspruche … ausgeschlossen", "einspruchsrecht* … ausgeschlossen",
  "einspruchsmoglichkeit* … ausgeschlossen",
  "kein recht … widerspr*", "kein recht … einspruch*", "kein widerspruchsrecht", "kein einspruchsrecht",
  "verzicht* ~ widerspruch*", "widerspruchsrecht* ~ verzicht*", "nicht widersprechen", "entscheidet allein der auftragnehmer",
  "entscheidet ~ allein der auftragnehmer", "entscheidet der auftragnehmer", "widerspruch* ~ unbeachtlich",
  "widerspruch* ~ nicht zulassig", "widerspruch* ~ nicht moglich")
c("excluded-word", "ausgeschlossen", "unzulassig", "nicht vorgesehen")
# the plain negators: "… wird nicht eingeschränkt oder ausgeschlossen" denies an exclusion
c("plain-negator", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines")
c("objection-right", "may object", "right to object", "zustimmung * verweigern", "zustimmung … verweigern", "zustimmung … versagen", "genehmigung … verweigern", "genehmigung … versagen", "widerspruchsrecht*", "einspruchsrecht*", "ablehnungsrecht*", "recht * widerspr*", "recht … widerspr*",
  "recht zum widerspruch", "recht zum einspruch", "recht auf widerspruch", "kann * widersprechen",
  "kann … widersprechen", "darf … widersprechen", "konnen … widersprechen", "widerspruch … zulassig",
  "einspruch … zulassig", "ist … berechtigt, … zu widersprechen", "widersprechen zu konnen", "einspruch erheben",
  "widerspruch erheben", "widerspruch einlegen", "einspruch einlegen")
c("subprocessor-topic", "*unterauftrag*", "*subunternehmer*", "unterauftragsverarbeit*", "weitere auftragsverarbeiter", "uav",
  "dienstleister* der auftragnehmer*", "dienstleister* des auftragnehmer*",
  "weitere* dienstleister*", "andere* dienstleister*", "externe* dienstleister*")
# --- 15 flow-down ---------------------------------------------------------------------------
c("flowdown", "gleiche* * pflichten", "gleichen pflichten", "dieselben * pflichten", "dieselben pflichten",
  # "zu denselben Datenschutz- und Verschwiegenheitspflichten"
  "dieselben *pflichten", "denselben *pflichten", "dieselben * * *pflichten", "denselben * * *pflichten",
  "gleichen * * *pflichten", "denselben * pflichten",
  "gleichen datenschutzpflichten", "gleiche datenschutzpflichten", "entsprechende* pflichten", "vertraglich * auferleg*",
  "auferleg*", "aufzuerlegen", "weiterzugeben", "weitergeben", "weitergegeben", "pflichten * ubertragen",
  "ubertragt * pflichten", "anforderungen dieses vertrag*", "anforderungen dieser vereinbarung",
  "bestimmungen dieses vertrag*", "regelungen dieses vertrag*", "mindestens * gleich*", "gleichwertig*",
  "vergleichbar*", "im wesentlichen entspr*", "entsprechend verpflichten", "entsprechenden vereinbarung*",
  "dieses vertrages entsprechen", "diesem vertrag entsprechen", "vertragliche vereinbarung* * entsprechen",
  "den vorgaben dieses", "pflichten aus diesem vertrag", "inhaltsgleich*",
  # ("haftet für die Einhaltung der Datenschutzpflichten durch seine Unterauftragsverarbeiter" is liability, not flow-down)
  "datenschutzpflichten … auf", "datenschutzpflichten … auferleg*", "datenschutzpflichten … verpflicht*",
  "verpflicht* … datenschutzpflichten", "datenschutzpflichten … weiterg*", "datenschutzpflichten … weiterzugeb*", "datenschutzpflichten … ubertrag*",
  "datenschutzpflichten … vereinbar*", "vereinbar* … datenschutzpflichten", "datenschutzpflichten … gelten",
  "dieselben *pflichten", "denselben *pflichten", "gleiche* *pflichten", "entsprechende* *pflichten",
  "bestimmungen diese*", "regelungen diese*", "vorgaben diese*", "vereinbarten regelungen", "vereinbarten bestimmungen",
  "vereinbarten pflichten", "kein* geringer*", "nicht weniger streng*", "nicht hinter * zuruckbleib*", "weiterreich*",
  "*bestimmungen diese*", "*regelungen diese*", "*schutzniveau … entsprich*", "*schutzniveau … entspricht",
  "*schutzniveau … gleichwertig*")
c("careful-selection", "auswahlverschulden", "sorgfaltig*", "sorgfalt", "sorgfaltig* * ausgewahlt", "sorgfaltig * auswahl*", "sorgfaltig auszuwahlen",
  "sorgfaltig* auswahl*", "unter beachtung * ausgewahlt", "sorgfaltsgesichtspunkt*", "mit sorgfalt * ausw*",
  "sorgfaltig ausw*", "ausgewahlt",
  # "haftet … nur, soweit ihn ein Verschulden bei deren Auswahl oder Überwachung trifft"
  "verschulden bei * auswahl", "auswahl oder uberwachung", "auswahl und uberwachung", "uberwachungsverschulden")
# --- 16 liability ---------------------------------------------------------------------------
c("restriction", "beschrankung*", "begrenzung*", "einschrankung*", "einschrankt", "einschranken", "eingeschrankt", "beschrankt", "begrenzt", "haftungsbeschrankung*", "haftungsbegrenzung*")
# "für deren Pflichtverletzungen", "für dessen Verschulden": the breaches of those just named
c("their-breaches", "fur deren pflichtverletzung*", "fur deren verschulden", "fur dessen pflichtverletzung*",
  "fur dessen verschulden", "fur deren handeln", "fur deren fehler")
c("liable", "haftet", "haften", "hafte", "haftung*", "einzustehen", "einstehen", "steht fur … ein", "steht dafur ein", "steht * dafur ein", "einsteht", "verantwortlich", "verantwortung*",
  "zurechn*", "zugerechnet", "wie fur eigenes", "wie fur eigene*", "wie eigenes verschulden", "verschulden", "haftbar")
c("liability-topic", "haftung*", "verantwortlichkeit*")
# --- 17 data subject rights ------------------------------------------------------------------
c("dsr", "betroffenenrecht*", "rechte der betroffenen", "rechte betroffener", "rechte der * betroffenen",
  "rechte der datensubjekte", "anfragen von datensubjekten", "antrage von datensubjekten",
  "anfragen betroffener", "anfragen von betroffenen", "anfragen * betroffener", "antrage betroffener", "ersuchen",
  "auskunft*", "berichtigung*", "einschrankung* der verarbeitung", "datenubertragbarkeit", "art 12", "art 15",
  "kapitel iii", "kapitel 3", "betroffenenanfrage*", "rechte der betroffenen personen", "art 12 22", "art 12 bis 22",
  "wendet sich * betroffene*", "wenden sich * betroffene*", "wendet sich ein betroffener", "wenden sich betroffene*",
  "anliegen betroffener", "anliegen * betroffenen", "antrag* betroffener", "antrag* * betroffener", "antrag* von betroffenen",
  "artikeln 12", "ausubung ihrer rechte", "wahrnehmung ihrer rechte", "geltendmachung ihrer rechte")
# Words that point back to the sentence before ("…, diese Anfragen zu beantworten").
c("anaphor", "diese anfragen", "diesen anfragen", "solche anfragen", "solchen anfragen", "diese antrage", "solche antrage",
  "solcher antrage", "solcher anfragen", "dieser antrage", "dieser anfragen", "derartige* antrage", "derartige* anfragen",
  "dieser rechte", "diese rechte", "diesen rechten", "diese unterstutzung", "dieser unterstutzung", "dabei", "hierbei", "hierzu", "hierfur", "insoweit", "diesbezuglich",
  # "Er unterstützt den Auftraggeber bei der Beantwortung, indem er …" after a sentence on such requests
  "bei der beantwortung", "bei deren beantwortung", "bei ihrer beantwortung", "bei der bearbeitung", "bei deren bearbeitung")
# "Wenden sich Nutzer mit einem Antrag auf Auskunft … an den Auftraggeber, stellt der Auftragnehmer ihm die Daten bereit"
c("request-word", "antrag", "antrage", "antragen", "anfrage", "anfragen", "ersuchen", "geltend", "wendet sich", "wenden sich")
c("dsr-topic", "betroffenenrecht*", "rechte der betroffenen", "unterstutzung*")
# --- 18 assistance 32-36 ---------------------------------------------------------------------
c("art32-36", "art* 32 36", "art* 32 bis 36", "art* 32 ff", "art* 32 bis art* 36", "art* 32 und 36",
  "pflichten nach art* 32 ff", "art* 32 bis 36 dsgvo")
c("assist-security", "art* 32", "sicherheit der verarbeitung", "datensicherheit")
c("assist-breach", "art* 33", "art* 34", "datenschutzverletzung*", "benachrichtigung* * betroffen*",
  "benachrichtigung* betroffener", "meldepflicht*", "benachrichtigungspflicht*", "meldung* von verletzungen",
  # ("bei Meldungen an die Aufsichtsbehörde und Benachrichtigungen betroffener Personen")
  "meldung* an die aufsichtsbehorde", "benachrichtigung* der betroffenen", "datenpanne*", "verletzung* des schutzes")
c("assist-dpia", "art* 35", "folgenabschatzung*", "datenschutz-folgenabschatzung*", "dsfa")
c("assist-consultation", "art* 36", "konsultation*", "vorherigen konsultation", "vorherige konsultation")
c("assistance-topic", "unterstutzung*", "mitwirkung*")
# --- 19 breach notification -------------------------------------------------------------------
c("breach", "verletzung* des schutzes", "verletzung* des schutzes personenbezogener daten", "datenschutzverletzung*",
  "security incident*", "security-incident*", "data breach*", "personal data breach*", "datenschutzvorfall*",
  "datenpanne*", "sicherheitsvorfall*", "sicherheitsvorfalle", "datenschutzvorfall*", "datenschutzvorfalle",
  "schutzverletzung*", "sicherheitsverletzung*", "art 33", "datenleck*", "unbefugte* offenlegung*", "unbefugte* zugriff*", "vorfall", "vorfalle",
  "storung*")
# "meldet … nach Abschluss ihrer internen Untersuchung", "im Rahmen der regelmäßigen Berichterstattung
# (quartalsweise)": a notice put off until the processor's own work or its next report
c("deferred-notice", "im rahmen der * berichterstattung", "im rahmen der berichterstattung", "quartalsweise*",
  "im rahmen des * berichts", "im rahmen des berichts", "monatlichen bericht*", "wochentlichen bericht*",
  "quartalsbericht*", "im monatsbericht", "mit dem monatsbericht", "monatsbericht*", "jahresbericht*", "im nachsten bericht",
  "turnusmassig*", "jahrlichen *bericht", "jahrliche *bericht", "gesammelt mit", "abschliessend untersucht", "abschliessend gepruft", "nach abschluss * untersuchung*", "nach abschluss * * untersuchung*", "nach abschluss der untersuchung*",
  "nach abschluss * prufung*", "nach abschluss * * prufung*", "nach abschluss * analyse*", "nach abschluss * * analyse*",
  "nach abgeschlossener untersuchung*", "nach abgeschlossener prufung*", "nach vollstandiger aufklarung*",
  "nach abschluss * aufklarung*", "untersuchung * abgeschlossen", "aufklarung * abgeschlossen",
  # "sobald die internen Untersuchungen abgeschlossen sind"
  "untersuchungen * abgeschlossen", "untersuchungen abgeschlossen",
  # "teilt … nach Vorliegen des forensischen Abschlussberichts mit"
  "nach vorliegen * abschlussbericht*", "nach vorliegen * * abschlussbericht*", "nach vorliegen * untersuchungsbericht*",
  "nach vorliegen * * untersuchungsbericht*", "nach vorliegen * forensisch*", "nach eingang * abschlussbericht*")
# "zeitnah", "innerhalb einer angemessenen Frist, deren Länge er selbst bestimmt": no deadline the
# controller can rely on (unless "unverzüglich" stands beside it)
c("vague-deadline", "zeitnah", "angemessenen frist", "angemessener frist", "in angemessener zeit",
  # "melden wir uns bei dir, sobald wir können": when the processor finds the time
  "sobald ~ konnen", "sobald ~ kann", "sobald es ~ moglich ist", "sobald dies ~ moglich ist")
c("violation", "verstoss*", "verstosse", "unregelmassigkeit*", "verletzung*", "fehler")
c("privacy-context", "datenschutz*", "personenbezogen*", "vertrag", "weisung*", "datensicherheit*", "daten")
c("breach-topic", "mitteilung*", "meldepflicht*", "datenpanne*", "verletzung*", "vorfall*")
# --- 20 deletion/return -------------------------------------------------------------------------
c("delete", "losch*", "*loschung*", "geloscht", "*loschen", "vernicht*", "*vernichtung", "vernichtet",
  "datenschutzgerecht* entsorg*", "unwiederbringlich*", "anonymisier*")
c("return", "stellt … bereit", "stellen … bereit", "handigt", "handigen", "aushandig*", "auszuhandig*", "zuruck", "ubergeb*", "ubergib*", "ubergab*", "export*", "stellt … zur verfugung", "stellen … zur verfugung",
  "zur verfugung zu stellen", "zur verfugung gestellt", "bereitstell*", "bereitzustell*", "gibt … zuruck", "geben … zuruck", "gibt … heraus", "geben … heraus", "gibt … … heraus", "geben … … heraus", "handigt … aus", "ruckgab*", "zuruckgeb*", "zuruckzugeb*", "zuruckgegeben", "herausgab*", "herauszugeb*", "herausgeb*",
  "herausgegeben", "aushandig*", "auszuhandig*", "zuruckubermitt*", "zuruckgib*", "herausgib*",
  "ruckubermittl*", "ruckfuhr*", "ubermittelt … zuruck", "zuruckubermittel*", "zuruckzusenden", "zurucksend*", "sendet … zuruck")
# Deletion only when the controller asks: "sofern der Auftraggeber dies verlangt", "nur auf Anforderung"
# (not the plain "auf Verlangen des Auftraggebers", which templates use for the controller's choice)
c("on-request", "sofern der auftraggeber* dies verlangt", "wenn der auftraggeber* dies verlangt", "falls der auftraggeber* dies verlangt",
  "soweit der auftraggeber* dies verlangt", "sofern der auftraggeber* dies * verlangt", "wenn der auftraggeber* dies * verlangt",
  "sofern der auftraggeber* dies anfordert", "sofern der auftraggeber* dies * anfordert", "sofern und sobald der auftraggeber*",
  "wenn der auftraggeber* dies anfordert", "wenn der auftraggeber* dies * anfordert",
  "nur auf anforderung", "nur auf * anforderung", "erst auf anforderung", "erst auf * anforderung", "nur auf verlangen",
  "erst auf verlangen", "nur auf ausdruckliche* anforderung", "nur auf ausdrucklich* verlangen")
c("choice-word", "entscheidung", "wahl", "entscheidet", "wahlt", "bestimmt", "entscheiden", "wahlen")
# "Ob gelöscht oder zurückgegeben wird, entscheidet der Verein nach eigenem Ermessen"
c("controller-decides", "entscheidet der auftraggeber*", "entscheidet die auftraggeber*", "der auftraggeber entscheidet",
  "wahlt der auftraggeber*", "bestimmt der auftraggeber*", "ermessen des auftraggeber*", "der auftraggeber* nach eigenem ermessen",
  "auftraggeber* entscheidet", "auftraggeber* entscheiden", "auftraggeber* wahlt", "auftraggeber* bestimmt")
# "Der Kunde teilt seine Wahl spätestens bis zum Vertragsende mit"
c("controller-states-choice", "auftraggeber teilt seine wahl", "auftraggeber teilt ihre wahl", "auftraggeber teilt * wahl",
  "auftraggeber trifft seine wahl", "auftraggeber trifft ihre wahl", "auftraggeber trifft die wahl")
# "… löscht … oder gibt sie zurück – je nachdem, wie die Genossenschaft es bestimmt"
c("controller-choice", "je nachdem … auftraggeber*", "wie * auftraggeber* es bestimmt", "wie * auftraggeber* bestimmt",
  "entscheidung … trifft … auftraggeber*", "entscheidung trifft auftraggeber*", "wahlt die auftraggeber*", "entscheidet die auftraggeber*", "bestimmt die auftraggeber*",
  "nach wahl der auftraggeber*", "nach deren wahl", "wahlen, ob", "auftraggeber … wahlen", "auftraggeber … entscheiden", "auftraggeber entschieden",
  "liegt beim auftraggeber", "wahl … liegt beim auftraggeber", "entscheidet der auftraggeber, ob", "auftraggeber bestimmt", "auftraggeber entscheidet", "entscheiden auftraggeber*", "wahl … trifft … auftraggeber*", "ermessen ob auftragnehmer*", "ermessen ob * auftragnehmer*", "entscheidet auftraggeber*", "wahlen auftraggeber*", "auftraggeber wahlt",
  "auftraggeber legt * fest", "verlangen des auftraggeber*", "nach wahl", "wahl des", "weisung des auftraggeber*",
  "auftraggeber bestimmt, ob", "nach entscheidung", "nach wahl des auftraggeber*", "wahl des auftraggeber*", "nach wahl des verantwortlich*",
  "auf verlangen des auftraggeber*", "nach weisung des auftraggeber*", "nach entscheidung des auftraggeber*",
  "entscheidet der auftraggeber", "bestimmt der auftraggeber", "wahlt der auftraggeber", "auftraggeber * wahl*", "nach auftraggeber wahl",
  # ("geben Sie mir vor, ob ich die Daten zurückgeben oder löschen soll. Ich halte mich an Ihre Wahl.")
  "an auftraggeber wahl", "geben auftraggeber ~ vor ob", "gibt auftraggeber* ~ vor ob", "legt auftraggeber* ~ fest ob", "entscheidung trifft der auftraggeber", "auftraggeber trifft die entscheidung", "wahl trifft der auftraggeber", "auftraggeber trifft * wahl", "nach dessen wahl",
  "auf anweisung des auftraggeber*", "nach vorgabe des auftraggeber*", "nach dessen wahl", "wahl des kunden",
  "auf wunsch des auftraggeber*", "nach anweisung des auftraggeber*",
  # "dessen"/"deren"/"dieser" stand for the controller named just before
  "nach dessen entscheidung", "nach deren entscheidung", "auf dessen verlangen", "auf deren verlangen",
  "auf dessen wunsch", "auf deren wunsch", "nach dessen weisung", "nach deren weisung", "nach dessen vorgabe*",
  "dieser es verlangt", "dieser dies verlangt", "diese es verlangt", "diese dies verlangt",
  "entscheidet auftraggeber*", "wahlt auftraggeber*", "bestimmt auftraggeber*",  # a pronoun or name as subject
  # "…, je nachdem, wofür sich der Salon entscheidet"
  "sich der auftraggeber* entscheidet", "sich die auftraggeber* entscheidet", "sich auftraggeber* entscheidet")
# "gesetzliche Aufbewahrungspflichten bleiben unberührt": keeping data because a law says so
c("statutory-retention", "gesetzlich* aufbewahrung*", "aufbewahrungspflicht*", "aufbewahrungsfrist*", "handelsrechtlich*",
  "steuerrechtlich*", "257 hgb", "147 ao")
# "nach seiner Wahl": the choice of whoever is the subject of the sentence
# "für eine Auftraggeberin gibt KITS ihr nach ihrer Wahl … zurück": "ihrer" is the (feminine) controller's
c("her-choice", "auftraggeberin … nach ihrer wahl", "verantwortliche … nach ihrer wahl", "verantwortlichen … nach ihrer wahl",
  "kundin … nach ihrer wahl", "ihr nach ihrer wahl")
c("subject-choice", "nach seiner wahl", "nach ihrer wahl", "nach eigener wahl", "nach seinem ermessen", "nach seiner entscheidung",
  "nach seiner eigenen wahl", "nach ihrer eigenen wahl")
# (a bare "nach eigenem Ermessen" names no party: "entscheidet der Vorstand nach eigenem Ermessen" is the club's)
c("processor-choice", "nach wahl des auftragnehmer*", "wahl des auftragnehmer*", "entscheidet der auftragnehmer",
  # "finden nur statt, sofern der Auftragnehmer dies für angemessen hält", "nur beachtlich, soweit der
  # Auftragnehmer ihn für begründet hält"
  "auftragnehmer … fur angemessen halt", "auftragnehmer … fur begrundet halt", "auftragnehmer … fur erforderlich halt",
  "auftragnehmer* nach eigenem ermessen", "auftragnehmer* ~ nach eigenem ermessen", "auftragnehmer* nach freiem ermessen",
  "auftragnehmer* ~ nach freiem ermessen", "ermessen des auftragnehmer*", "bestimmt der auftragnehmer", "wahlt der auftragnehmer")
c("retain", "aufbewahr*", "speicher*", "behalt*", "weiterverwend*", "weiter * nutzen", "weiter zu nutzen",
  "aufzubewahren", "vorhalt*", "zuruckbehalt*", "verbleiben", "archivier*", "kopien",
  # "bewahren wir die Daten nach Vertragsende weiter auf"
  "bewahr* … auf",
  # (the verb too far before its particle: "bewahrt … , die in seine Logs übernommen wurden, zeitlich unbegrenzt auf")
  "zeitlich unbegrenzt auf", "unbefristet auf", "dauerhaft auf", "auf unbestimmte zeit auf")
# "ist berechtigt, Kopien … zu eigenen Nachweiszwecken unbefristet aufzubewahren": keeping, not using
c("keep", "aufbewahr*", "aufzubewahren", "zuruckbehalt*", "zuruckzubehalten", "zu behalten")
c("own-purpose", "eigene* zweck*",
  # "damit er etwaige Gewährleistungs- und Schadensersatzansprüche prüfen und abwehren kann": its own defence
  "*anspruche prufen und abwehren", "*anspruche prufen und abzuwehren", "*anspruche abwehren zu konnen",
  "*anspruche abwehren kann", "*anspruche abzuwehren", "verteidigung gegen * anspruch*", "eigene* *interessen", "eigene* * und *interessen", "eigene* *zweck*", "eigenen zwecken", "eigene* analyse*", "eigene* auswertung*", "eigene* geschaftszweck*",
  "fur eigene", "zu eigenen", "eigene* produkt*", "eigene* dienst*", "eigene* angebot*", "eigene* werbung", "eigene* marketing*",
  "eigene* statistik*", "eigene* modell*", "eigene* ki", "eigene* software",
  "produktverbesserung*", "verbesserung * eigenen",
  # ("Training von Modellen", "zum Training", not the members' "beim Training" in a gym)
  "training von", "trainings von", "training der", "training des", "training eigener", "training seiner", "training ihrer",
  "training mit", "zum training", "fur das training", "das training",
  # "zur Verbesserung unserer Dienste" (the processor speaking as "wir")
  "verbesserung unserer *", "weiterentwicklung unserer *", "verbesserung * dienste des auftragnehmer*",
  "verbesserung auftragnehmer*", "weiterentwicklung auftragnehmer*",  # ("unserer" is read as the processor)
  "statistische* zweck*", "eigene* statistische*", "benchmark*", "trainieren",
  # (not "übernimmt deren Betrieb, Weiterentwicklung und Fehleranalyse": work on the controller's app)
  "weiterentwicklung seiner*", "weiterentwicklung ihrer*", "weiterentwicklung unserer*", "weiterentwicklung eigener*",
  "eigene* weiterentwicklung*", "weiterentwicklung der dienste", "weiterentwicklung des dienstes", "weiterentwicklung * produkte",
  "weiterentwicklung der produkte", "weiterentwicklung * services",
  "verbesserung unserer*", "verbesserung der dienste", "verbesserung der produkte",
  "verbesserung * services", "vergleichsauswertung*",
  # "für die Weiterentwicklung der Spracherkennungsmodelle des Auftragnehmers"
  "*modelle des auftragnehmer*", "weiterentwicklung der * des auftragnehmer*")
# "Ausgenommen von der Löschung sind …": data the deletion does not reach
c("excepted-from-deletion", "ausgenommen von der loschung", "von der loschung ausgenommen", "von der loschung * ausgenommen")
# Statistics are an own purpose only where the processor is permitted them: "verarbeitet …, für
# Statistiken aggregiert" describes work for the controller.
c("statistics-purpose", "statistikzweck*", "zu statistik*", "fur statistik*", "statistische* auswertung*")
# "zu Abrechnungs- und Statistikzwecken des Verantwortlichen": the controller's purposes, not the processor's own.
c("controller-purpose", "*zweck* des auftraggeber*", "*zweck* der auftraggeber*", "*zwecke* des auftraggeber*",
  # "Direktwerbung des Verantwortlichen für eigene Produkte": the controller's own
  "des auftraggeber* fur eigene", "der auftraggeber* fur eigene",
  # "Unterstützung des Verantwortlichen bei der Vorauswahl von Bewerbern für eigene Stellen"
  "fur eigene stellen", "fur eigene vakanzen", "fur eigene mitarbeiter*")
# A clause that suspends another one for a case ("Ziffer 4.1 gilt nicht, soweit …").
c("carve-out", "gilt nicht soweit", "gilt nicht sofern", "gilt nicht wenn", "gilt nicht fur", "gelten nicht soweit",
  "findet keine anwendung soweit", "abweichend von ziffer*", "abweichend von absatz*", "abweichend von *")
# watching the staff, not auditing the processor: "Eine Verhaltens- oder Leistungskontrolle der Fahrer ist nicht Zweck …"
c("staff-monitoring", "leistungskontrolle*", "verhaltenskontrolle*", "verhaltens oder leistungskontrolle*",
  "leistungs und verhaltenskontrolle*", "mitarbeiterkontrolle*", "mitarbeiteruberwachung*", "uberwachung der mitarbeiter*",
  "uberwachung der beschaftigten")
# The controls of a TOM list ("Zutrittskontrolle: … kein Zutritt für Besucher") are no audits.
c("tom-control", "zutrittskontrolle*", "zugangskontrolle*", "zugriffskontrolle*", "weitergabekontrolle*",
  "eingabekontrolle*", "verfugbarkeitskontrolle*", "trennungskontrolle*", "zutritt", "zutritts*", "zutrittskarte*",
  "besucher*", "videouberwachung*")
# "Dies gilt nicht für Inspektionen aus Anlass einer Datenschutzverletzung": an exception to the
# sentence before, not a negated inspection
c("applies-not", "gilt nicht fur", "gelten nicht fur", "gilt dies nicht", "gelten diese * nicht")
c("replaces-not", "ersetzt … nicht", "ersetzen … nicht", "nicht ersetzt", "nicht ersetzen", "ersetzt * nicht",
  "tritt nicht an die stelle", "treten nicht an die stelle", "schliessen … nicht aus", "schliesst … nicht aus",
  "bleibt … unberuhrt", "bleiben … unberuhrt", "lasst … unberuhrt", "lassen … unberuhrt")
# Art. 28(3)(f)'s "unter Berücksichtigung … der ihm zur Verfügung stehenden Informationen": no duty to inform.
c("available-information", "zur verfugung stehenden informationen", "vorliegenden informationen",
  "verfugbaren informationen")
c("in-place-of", "anstelle", "an stelle", "statt", "anstatt")
# Words that forbid what follows them ("Insbesondere ist es ihm untersagt, …").
c("prohibition-word", "untersagt", "verboten", "unzulassig", "verwehrt",
  # "Es ist ihr nicht erlaubt, Beschäftigtendaten für eigene Zwecke zu nutzen, …"
  "nicht erlaubt", "nicht gestattet", "nicht zulassig",
  # "Es wird ausgeschlossen, dass Patientendaten zu eigenen Zwecken … verarbeitet werden"
  "ausgeschlossen dass", "ausgeschlossen ist dass",
  # "dazu gehört auch das Verbot, Kundendaten für das Training von Modellen oder für eigene Zwecke zu verwenden"
  "das verbot", "ein verbot", "dem verbot")
# Confidentiality for some staff only: "für die übrigen Beschäftigten … ist eine solche Verpflichtung nicht vorgesehen".
# "verpflichtet diejenigen Mitarbeiter seines Support-Teams, die …": one team of the staff, not all who process
# staff named beside a unit: "seine Ableser und die Mitarbeiter der Abrechnungsabteilung"
c("more-staff", "* und die mitarbeiter*", "* und die beschaftigten", "* sowie die mitarbeiter*", "* sowie die beschaftigten")
c("staff-unit", "seines *teams", "seines *team", "seines * teams", "seiner *abteilung", "der *abteilung", "des *teams",
  "ihres *teams", "ihrer *abteilung")
# "verpflichtet die bei ihm festangestellten Mitarbeiter": freelancers and temps left out
# (attributive forms only: "Fahrer sind fest angestellt, zur Vertraulichkeit verpflichtet" describes, it does not limit)
c("permanent-staff", "festangestellte*", "fest angestellte*", "stammpersonal*", "stammbelegschaft*", "unbefristet beschaftigte*",
  # a definition of the staff: "„Beschäftigte“: die Arbeitnehmer … in einem unbefristeten Arbeitsverhältnis"
  "unbefristet* arbeitsverhaltnis*", "unbefristet* arbeitsvertrag*", "unbefristet* anstellungsverhaltnis*",
  "unbefristet* beschaftigungsverhaltnis*", "unbefristet angestellt*")
# companies of the processor's group: "verbundene Unternehmen (§§ 15 ff. AktG)", "Konzerngesellschaften"
c("affiliate", "verbundene* unternehmen*", "verbundene gesellschaft*", "verbundenen gesellschaft*", "konzernunternehmen*",
  "konzerngesellschaft*", "konzernangehorige*", "tochtergesellschaft*", "aktg")
# a term's reach as the contract sets it: "gelten nicht als …", "… im Sinne dieses Vertrags"
c("classed-as", "gelten … als", "gilt … als", "im sinne dies*")
# a definitions section: its entries define terms without quotes ("7. Vertragsende: der Tag, …")
c("glossary-topic", "begriffsbestimmung*", "definition*", "begriffe", "begriffsdefinition*")
# a breach term narrowed to the serious ones: "meldet schwerwiegende Datenschutzverletzungen"; a definition of the
# breach term that sets a threshold ("high-risk", "breach-threshold") makes its term carry this concept
c("narrowed-breach", "schwerwiegende* datenschutzverletzung*", "schwerwiegende* sicherheitsvorf*", "nur schwerwiegende*",
  "nur erhebliche* datenschutzverletzung*", "nur erhebliche* verletzung*")
# a definition of a breach that asks for intent, proof or a minimum count ("die nachweislich auf vorsätzliches
# Handeln zurückgeht und … mindestens 500 Personen betrifft")
c("breach-threshold", "nur vorsatzlich*", "ausschliesslich vorsatzlich*", "nachweislich auf", "mindestens * personen", "mindestens * betroffene*",
  "mindestens * datensatze*", "mindestens * patienten", "mindestens * kunden")
# an exception cut out of a defined term: "„Drittland“: jeder Staat außerhalb des EWR, mit Ausnahme der Staaten, in
# denen ein verbundenes Unternehmen seinen Sitz hat"; the term then carries "narrowed-scope"
c("scope-exception", "mit ausnahme", "ausgenommen", "ausser", "nicht jedoch")
# A clause set aside by its number: "Ziffer 7.3 findet während der Pilotphase keine Anwendung", "Von den
# Pflichten nach Buchstabe (a) ausgenommen sind …", "§ 10 Abs. 5 gilt nicht für …" (read only after a reference)
c("suspends", "gilt nicht", "gelten nicht", "gilt * nicht", "gelten * nicht", "findet … keine anwendung",
  "finden … keine anwendung", "keine anwendung", "nicht anwendbar", "entfallt", "entfallen", "ausgenommen",
  "ausgesetzt", "ruht", "ruhen",
  # "Für die Validierungskräfte der Validata gilt Ziffer 5.1 nicht": the reference between verb and negation
  "gilt ziffer ~ nicht", "gilt ziff ~ nicht", "gilt absatz ~ nicht", "gilt abs ~ nicht", "gilt nr ~ nicht",
  "gilt klausel ~ nicht", "gilt abschnitt ~ nicht", "gelten ziffern ~ nicht", "gelten die ziffern ~ nicht",
  # a clause kept for a while only: "Die Pflichten nach dieser Ziffer 9 gelten für die ersten zwölf Monate der Laufzeit"
  "gelten fur die ersten", "gilt fur die ersten", "gelten nur fur die ersten", "gilt nur fur die ersten",
  "gelten nur bis", "gilt nur bis", "gelten nur wahrend", "gilt nur wahrend", "gelten nur in den ersten",
  "gilt nur in den ersten")
# "Abweichend von Ziffer 9.1 beträgt die Frist …": a clause that puts its own terms in place of another's
c("deviates", "abweichend von", "in abweichung von", "abweichend zu")
# a place of work that an inspection could cover: "Das Supportcenter in Görlitz ist von Vor-Ort-Inspektionen ausgenommen"
c("site-word", "*center", "*zentrum", "*zentren", "standort*", "niederlassung*", "filiale*", "aussenstelle*",
  "zweigstelle*", "betriebsstatte*", "rechenzentr*", "serverraum*", "serverraume*", "geschaftsstelle*")
c("site-excluded", "ausgenommen", "mit ausnahme", "nicht jedoch")
c("inspection-word", "inspektion*", "vor ort", "vor-ort*", "besichtig*", "uberprufung*", "audit*", "kontrolle*")
# the part of a site kept from an inspection to protect others: "Bereiche, in denen ausschließlich für andere
# Auftraggeber gearbeitet wird"
# what an inspection need not show: "muss … Material anderer Kunden nicht zugänglich machen" (not "Inspektionen …
# finden aus Gründen der Sicherheit der Bestände anderer Auftraggeber nicht statt": that excludes them)
c("others-withheld", "anderer kunde* … nicht zuganglich", "anderer auftraggeber* … nicht zuganglich",
  "anderer mandant* … nicht zuganglich", "anderer kunde* … nicht einsehbar", "anderer auftraggeber* … nicht einsehbar",
  "anderer kunde* … nicht offen*", "anderer auftraggeber* … nicht offen*")
c("other-customers", "andere* auftraggeber*", "andere* kunde*", "andere* mandant*", "weitere* kunde*", "dritter kunde*",
  "anderer kunde*", "ubrige* kunde*")
# help that depends on a service level the controller books: "sofern der Auftraggeber das Premium-Paket gebucht hat",
# "nur, soweit sie im gebuchten Servicepaket enthalten sind"
c("booked-package", "premium-paket*", "premiumpaket*", "premium-tarif*", "gebuchte* servicepaket*", "gebuchte* paket*",
  "gebuchte* tarif*", "paket * gebucht", "paket gebucht", "tarif * gebucht", "zusatzpaket*", "servicepaket* enthalten")
# a notice given once the processing is over: "innerhalb von vier Wochen nach Abschluss dieser Verarbeitung"
c("after-processing", "nach abschluss * verarbeitung", "nach abschluss der verarbeitung", "nach durchfuhrung * verarbeitung",
  "nach erfolgter verarbeitung", "nach der verarbeitung", "nach erfolgter herausgabe", "nach der herausgabe",
  "im nachhinein", "nachtraglich*")
# asking the controller to approve a change: "beantragt sie die Genehmigung mindestens sechs Wochen vor dem Einsatz"
c("approval-request", "beantragt * genehmigung", "beantragt * * genehmigung", "beantragt * zustimmung", "beantragt * * zustimmung",
  "ersucht * um * zustimmung", "ersucht * um * genehmigung", "holt * zustimmung * ein", "holt * genehmigung * ein",
  "holt * * zustimmung * ein", "holt * * genehmigung * ein")
# "verarbeitet die Daten im Rahmen der dokumentierten Weisungen des Auftraggebers": bound to the instructions
c("within-instructions", "im rahmen der weisung*", "im rahmen der * weisung*", "im rahmen der * * weisung*",
  "nach massgabe der weisung*", "nach massgabe der * weisung*", "gemass den * weisung*", "gemass den weisung*",
  "entsprechend den weisung*", "entsprechend den * weisung*")
# what suits the processor's own operations: "soweit sie mit den betrieblichen Abläufen des Auftragnehmers vereinbar sind"
c("processor-convenience", "betrieblichen ablauf*", "betriebsablauf*", "betriebsablaufe*", "betrieblichen belange*",
  "betrieblichen moglichkeiten", "betrieblichen erfordernisse*", "internen ablauf*", "eigenen ablauf*", "standardprozess*")
# a company's legal form other than "AG" (which may be the party "AG"): a sentence about one named company
c("company-form", "gmbh", "ltd", "inc", "llc", "plc", "corp", "bv", "nv", "sarl", "srl", "spa", "oy", "aps", "kg", "ug",
  "mbh", "pty", "pte", "pvt", "sas", "ou", "kft")
# "Ziffer 11 ist auf diese Verarbeitung nicht anwendbar": the clause is kept, another processing lies outside it
c("other-processing", "auf diese verarbeitung*", "auf diese datenverarbeitung*", "auf diese tatigkeit*", "auf diese nutzung*",
  "auf diese auswertung*", "hierauf", "darauf")
c("narrowed-scope")  # (no words of its own: only a defined term carries it)
# the threshold of Art. 34 DSGVO in a definition of a breach: only high-risk breaches count
c("high-risk", "hohes risiko", "hohen risiko", "hohem risiko", "hoheres risiko", "erhebliches risiko", "erheblichen risiko")
c("freelance", "frei* mitarbeiter*", "freiberufl*", "freelancer*", "leiharbeit*", "extern*", "honorarkraft*", "honorarkrafte*")
c("all-staff", "alle", "samtliche*", "einschliesslich", "jede person", "jeder person", "jede* mitarbeiter*", "insbesondere",
  "jedes mitglied", "jede* mitglied*")
c("other-staff", "ubrigen beschaftigten", "ubrigen mitarbeiter*", "sonstigen beschaftigten", "sonstigen mitarbeiter*",
  "andere beschaftigte", "anderen beschaftigten", "andere mitarbeiter*", "anderen mitarbeiter*")
c("not-provided", "nicht vorgesehen", "nicht erforderlich", "keine verpflichtung", "nicht verpflichtet", "nicht geschuldet")
c("copies", "kopie", "kopien", "duplikat*", "sicherungskopie*", "vervielfaltigung*")
# "werden nach Ablauf der üblichen Backup-Zyklen gelöscht": a deletion with no end anyone can tell
c("backups", "backup*", "sicherungskopie*", "datensicherung*", "sicherung*")
# "Inspektionen vor Ort … dürfen nur während einer Stunde stattfinden": a visit too short to inspect anything
c("short-visit", "nur wahrend einer stunde", "nur eine stunde", "hochstens eine stunde", "maximal eine stunde",
  "hochstens zwei stunden", "maximal zwei stunden", "nicht langer als eine stunde", "nicht langer als zwei stunden")
c("usual-cycle", "ublichen * zyklen", "ublichen *zyklen", "ublichen *zyklus", "regularen *zyklen", "regularen * zyklen",
  "ublichen rotation*", "regularen rotation*", "ublichen loschroutinen", "ublichen loschzyklen", "im normalen * zyklus",
  # "bis zum Ablauf der regulären Aufbewahrung vorgehalten und erst danach im Rahmen der routinemäßigen Rotation überschrieben"
  "routinemassigen rotation*", "regularen aufbewahrung*", "ublichen aufbewahrung*")
# "Die Löschung wird erst durchgeführt, nachdem der Datenexport … bezahlt ist": deletion held back until paid
c("payment-first", "erst … bezahlt", "nachdem … bezahlt", "erst nach zahlung", "erst nach bezahlung", "nach vollstandiger bezahlung",
  "ohne vorherigen kostenpflichtigen", "erst nach begleichung", "nachdem … beglichen")
# without any end: "unbefristet aufbewahrt", "dauerhaft gespeichert"
c("indefinitely", "unbefristet", "dauerhaft", "auf unbestimmte zeit", "zeitlich unbegrenzt", "ohne zeitliche begrenzung",
  "ohne zeitliche beschrankung", "fur immer")
c("overwrite", "uberschrieben", "uberschreib*")
c("time-unit", "tag", "tage", "tagen", "werktag*", "arbeitstag*", "kalendertag*", "woche", "wochen", "monat", "monate",
  "monaten", "stunden", "jahr", "jahre", "jahren")
# "meldet … unverzüglich, sofern die Verletzung voraussichtlich zu einem Risiko … führt": the processor filters
c("risk-filter", "sofern … voraussichtlich * risiko", "sofern … risiko fur", "soweit … risiko fur", "wenn … risiko fur",
  "voraussichtlich zu einem risiko", "einschatzung … risiko")
# "Sie sind damit einverstanden, dass wir … auch für eigene Zwecke nutzen": the controller's leave
c("controller-agrees", "einverstanden", "raumt … recht ein", "raumen … recht ein", "recht einraum*", "recht eingeraumt", "willigt … ein", "willigen … ein", "stimmt … zu", "stimmen … zu", "gestattet", "gestatten")
# pseudonymised data are still personal data (Art. 4 Nr. 5 DSGVO): no exemption from the own-use rules
c("pseudonymised", "pseudonymisier*", "pseudonym")
c("anonymised", "anonymisier*", "anonymisiert*", "anonymisierte*", "anonym", "anonymisierung", "nicht personenbezogen*",
  "ohne personenbezug", "keinen personenbezug", "keinen ruckschluss*", "keine ruckschlusse")  # "aggregiert" alone is not anonymous
# a deletion schedule's column: "Aufbewahrung nach Vertragsende", "Speicherdauer nach Vertragsende"
c("retention-after-end", "aufbewahrung* nach vertragsende", "aufbewahrung* nach * vertragsende", "aufbewahrung* nach beendigung*",
  "speicher* nach vertragsende", "speicherdauer nach vertragsende", "aufbewahrungsdauer nach vertragsende",
  "aufbewahrung nach vertragsbeendigung", "aufbewahrung nach ende")
c("deletion-topic", "loschung*", "ruckgabe*", "vertragsende", "beendigung")
# --- 21/22 information and audits -----------------------------------------------------------------
c("information", "informationen", "nachweis*", "unterlagen", "dokumentation*", "nachweise", "auskunfte")
c("made-aware", "hingewiesen", "hinzuweisen", "weist … hin", "weisen … hin", "aufmerksam gemacht", "aufmerksam zu machen",
  "macht … aufmerksam", "sensibilisiert", "sensibilisieren")
# "verarbeitet die Daten in der Regel nur auf dokumentierte Weisung": the rule with room for exceptions
# "im Rahmen seiner Möglichkeiten": harmless where the GDPR itself says "nach Möglichkeit" (help with requests),
# hollow on a breach notice
# "ist ohne Einwilligung der Person und Zustimmung des Kunden nicht gestattet": a prohibition with its exception
c("forbidden-without", "ohne … nicht gestattet", "ohne … nicht zulassig", "ohne … nicht erlaubt", "ohne … untersagt",
  "ohne … unzulassig", "ohne … verboten")
c("within-means", "im rahmen seiner moglichkeiten", "im rahmen ihrer moglichkeiten", "im rahmen der moglichkeiten",
  "nach seinen moglichkeiten", "nach ihren moglichkeiten",
  # "im Rahmen seiner betrieblichen Möglichkeiten"
  "im rahmen seiner * moglichkeiten", "im rahmen ihrer * moglichkeiten", "im rahmen der * moglichkeiten",
  "im rahmen unserer moglichkeiten", "im rahmen unserer * moglichkeiten")
# certificates in the technical sense ("Verbindung mit Zertifikatsprüfung"), not audit certificates
c("tech-certificate", "zertifikatsprufung", "serverzertifikat*", "clientzertifikat*", "tls*", "ssl*", "verschlusselte* verbindung*")
# "nur nach vorheriger Zustimmung des Auftragnehmers": the processor's own consent as a condition
c("processor-consent", "zustimmung des auftragnehmer*", "einwilligung des auftragnehmer*", "genehmigung des auftragnehmer*",
  "einverstandnis des auftragnehmer*", "zustimmung der auftragnehmer*", "einverstandnis der auftragnehmer*")
c("as-a-rule", "in der regel", "im regelfall", "normalerweise", "ublicherweise", "regelmassig nur")
c("refuse", "verweiger*", "versag*", "zu verweigern", "abzulehnen", "ablehnen")
c("good-cause", "wichtigem grund", "wichtigen grund", "wichtigen grundes", "triftigem grund", "triftigen grund")
c("withhold", "halt … zuruck", "halten … zuruck", "zuruckhalten", "zuruckzuhalten", "zuruckgehalten", "vorenthalten", "vorenthalt")
# "beschränkt sich die Pflicht … auf eine jährliche Selbstauskunft"
c("limited-to", "beschrankt sich … auf", "beschranken sich … auf", "begrenzt sich … auf", "begrenzen sich … auf")
c("further", "weitergehende*", "daruber hinausgehende*", "daruber hinaus")
c("owes", "schuldet", "schulden", "geschuldet", "verpflichtet", "zur verfugung")
c("make-available", "legt … vor", "legen … vor", "lege … vor", "stellt … bereit", "stellen … bereit", "zur verfugung", "bereitstell*", "bereitzustell*", "bereitgestellt", "bereitgehalten", "bereitzuhalten", "halt … bereit", "halten … bereit", "vorleg*", "vorzuleg*", "ubermittel*",
  "erbring*", "nachweisen", "nachzuweisen", "weist * nach", "weist … nach", "gibt", "geben", "gebe", "erteilt", "zuganglich",
  "zurverfugungstellung", "zur-verfugung-stellung")
c("compliance", "einhaltung*", "nachweis*", "nachzuweisen", "erfullung", "pflichten", "kontroll*", "uberprufung*",
  "prufung*", "audit*", "inspektion*", "nachweist", "prufen", "zu prufen")
c("compliance-object", "einhaltung*", "pflichten", "erfullung*", "vorgaben", "anforderungen", "art 28", "datenschutzkonform*",
  "rechtmassig*", "ordnungsgemass*", "umsetzung*", "wirksamkeit*")
c("prove", "weist * nach", "weist … nach", "nachzuweisen", "nachweisen", "nachweis * erbringen", "nachweis * fuhren")
c("audit", "kontroll*", "*kontrolle", "*kontrollen", "uberprufung*", "uberpruf*", "inspektion*", "audit*", "prufung*",
  "*prufung", "*prufungen", "vor-ort-kontroll*", "besichtig*", "zu prufen", "zu kontrollieren", "uberzeugen",
  # "Du darfst selbst prüfen oder eine … Prüferin schicken – auch vor Ort"
  "selbst prufen", "darfst * prufen", "durfen * prufen", "prufen lassen")
c("onsite", "vor ort", "vor-ort*", "inspektion*", "besichtig*", "zutritt", "betriebsstatte*", "geschaftsraum*",
  "geschaftsraume*", "raumlichkeit*", "rechenzentr*", "betriebsraum*", "betriebsgelande", "standort*",
  "im geschaftsbetrieb", "in den geschaftsbetrieb", "stichprobenkontroll*", "stichprobenartig*", "betriebsstand*",
  "vor-ort-kontroll*", "vor-ort-prufung*")
c("certificate", "zertifikat*", "zertifizierung*", "testat*", "iso 27001", "iso/iec 27001", "prufbericht*",
  "bescheinigung*", "soc 2", "auditbericht*", "gutachten")
c("replace", "statt", "anstelle", "anstatt", "ersetz*", "an die stelle")
c("audit-topic", "kontroll*", "audit*", "prufung*", "nachweis*")
# --- 23 written form --------------------------------------------------------------------------------
c("written", "schriftform", "schriftlich*", "textform", "elektronisch* form", "elektronisch* format", "elektronisch",
  "in textform", "elektronischer form", "qualifiziert* elektronisch*")
c("amendment", "anderung* ~ erganzung*", "jede anderung", "anderung* dieses vertrag*", "anderung* dieser vereinbarung*", "anderung* des vertrag*",
  "anderungen und erganzungen", "anderungen oder erganzungen", "anderungen, erganzungen", "erganzung* dieses vertrag*",
  "nebenabrede*", "vertragsanderung*", "anderung* … vertrag*", "anderung* … vereinbarung*", "aufhebung dieses vertrag*",
  "anderungen dieses", "anderung dieser", "anderungen bedurfen", "anderungen … bedurfen", "anderungen bedarf",
  # "Diese Vereinbarung und Änderungen daran werden schriftlich … getroffen"
  "anderungen daran", "anderungen hieran", "vereinbarung und anderungen", "vertrag und anderungen",
  "vertrag und alle anderungen", "vereinbarung und alle anderungen", "vertrag und samtliche anderungen",
  "vereinbarung und ihre anderungen", "vertrag und seine anderungen",
  # "Dieser AVV und seine Änderungen müssen schriftlich vereinbart werden", "Dieser AVV und alle Änderungen brauchen die Schriftform"
  "avv und seine anderungen", "avv und alle anderungen", "avv und samtliche anderungen", "dpa und seine anderungen",
  "und seine anderungen", "und alle anderungen", "und ihre anderungen",
  # terse drafting: "Schriftform für Änderungen (auch elektronisch)", "Änderungen nur in Textform"
  "schriftform fur anderung*", "textform fur anderung*", "schriftform fur * anderung*", "anderungen nur schriftlich",
  "anderungen nur in textform", "anderungen nur in schriftform")
c("conclusion", "dieser * wird … geschlossen", "dieser * wird … abgeschlossen", "diese * wird … geschlossen", "vertrag … geschlossen", "vertrag … abgeschlossen", "vereinbarung … geschlossen", "vertrag wird", "avv wird", "dpa wird",
  "avv … geschlossen", "avv … abgeschlossen", "dpa … geschlossen", "vereinbarung … abgeschlossen",
  "abschluss dieses vertrag*", "vertrag … unterzeichnet", "vertrag … zustande", "schliessen … vertrag",
  # "Dieses Auftragsformular und die Bedingungen … werden schriftlich geschlossen"
  "schriftlich geschlossen", "schriftlich abgeschlossen", "bedingungen … geschlossen", "formular … geschlossen")
c("form-topic", "schlussbestimmung*", "schriftform", "form")
# --- subprocessor tables and transfers (analysis/transfers.cpp) --------------------------------------
c("col-name", "name*", "firma", "unterauftragnehmer*", "unterauftragsverarbeiter*", "subunternehmer*", "dienstleister*",
  "anbieter*", "unternehmen", "auftragsverarbeiter", "empfanger*", "company", "provider", "vendor", "sub-processor*",
  "subprocessor*", "entity", "sub-prozessor*", "subprozessor*", "unterverarbeiter*", "nachunternehmer*", "subauftragnehmer*")
c("col-address", "anschrift*", "adresse*", "sitz", "firmensitz", "address", "registered office")
c("col-service", "leistung*", "*leistung", "tatigkeit*", "beschreibung*", "gegenstand", "zweck*", "service*", "art der",
  "aufgabe*", "funktion", "verarbeitungstatigkeit*", "activity", "purpose")
c("col-location", "ort", "ort*", "*ort", "standort*", "serverstandort*", "land", "lander", "sitz", "rechenzentr*",
  "verarbeitungsort*", "location*", "country", "server*")
c("col-safeguard", "garantie*", "rechtsgrundlage*", "ubermittlungsgrundlage*", "scc", "transfer*", "drittland*",
  "safeguard*", "grundlage")
c("legal-form", "gmbh", "ag", "se", "kg", "ug", "ohg", "ek", "ltd", "llc", "inc", "sarl", "sa", "bv", "nv", "corp",
  "corporation", "limited", "plc", "oy", "ab", "spa", "srl", "aps", "gbr", "mbh", "kgaa", "llp", "pte", "pty", "eg",
  # Iceland, Finland, Norway, Hungary, the Balkans, Czechia/Slovakia, Poland ("d.o.o.", "s.r.o.", "sp. z o.o.")
  "ehf", "hf", "oyj", "asa", "kft", "zrt", "ou", "sagl", "d o o", "s r o", "sp z o o", "a s", "s a", "s p a", "s r l", "ltda", "bvba",
  # "Glasklar Fensterreinigung Hendrik Ostermann e. K."
  "e k", "e kfm", "e kfr", "b v", "n v")
c("generic-company-word", "group", "gruppe", "services", "service", "solutions", "holding", "international", "europe",
  "deutschland", "germany", "cloud", "data", "digital", "systems", "software", "technologies", "technology", "the",
  "und", "company", "emea", "global", "online", "media", "consulting", "ireland", "partner")
c("dpf", "data privacy framework", "privacy framework", "dpf", "dpf-*", "eu-us-dpf*", "*-dpf", "dpf-zertifiz*")
c("scc-bcr", "standardvertragsklausel*", "standarddatenschutzklausel*", "2021 914", "binding corporate rules",
  "verbindliche interne datenschutzvorschriften", "bcr", "bcrs", "scc", "sccs", "standard contractual clauses")
# "Firma: Reißwolf GmbH": the label in front of a subprocessor's name in a list entry
c("entry-label", "firma", "name", "unternehmen", "unterauftragsverarbeiter", "unterauftragnehmer", "subunternehmer",
  "dienstleister", "auftragsverarbeiter", "anbieter", "gesellschaft", "company", "name des unternehmens")
# Data protection in general terms, short of "the same obligations": "angemessene Datenschutzstandards"
c("privacy-standards", "datenschutzstandard*", "datenschutzniveau*", "angemessene* datenschutz*", "datenschutzrechtlich* bestimmungen",
  "datenschutzrechtlich* vorschriften", "datenschutzrechtlich* anforderungen", "einhaltung des datenschutz*", "datenschutzbestimmungen")
c("concrete-safeguard", "standardvertragsklausel*", "standarddatenschutzklausel*", "2021 914", "binding corporate rules",
  "verbindliche interne datenschutzvorschriften", "bcr", "bcrs", "scc", "sccs", "standard contractual clauses",
  "data privacy framework", "privacy framework", "dpf", "dpf-*", "eu-us-dpf*", "*-dpf", "dpf-zertifiz*")

# --- own use (purpose.own-use) -------------------------------------------------------------------
c("use", "nutz*", "verwend*", "verarbeit*", "auswert*", "analysier*", "einsetz*", "verwert*")

import pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "rules" / "lexicon" / "concepts.de.json"
json.dump({"language": "de",
           "description": "German concept lexicon: folded word globs (see engine/analysis/concepts.hpp). Written for avvlint; the patterns describe how German data-processing agreements phrase each obligation.",
           "concepts": C}, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(C), "concepts")
