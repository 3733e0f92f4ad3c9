#include "transfers.hpp"

#include "../model/text_util.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace avvlint::analysis {

char const* to_string(FlowStatus s) {
  switch (s) {
    case FlowStatus::inside_eea: return "inside-eea";
    case FlowStatus::adequate: return "adequate";
    case FlowStatus::safeguarded: return "safeguarded";
    case FlowStatus::no_safeguard: return "no-safeguard";
    case FlowStatus::unknown: return "unknown";
  }
  return "?";
}

std::shared_ptr<Gazetteer const> gazetteer_for(RulePack const& pack) {
  static std::mutex mutex;
  static std::map<RulePack const*, std::shared_ptr<Gazetteer const>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(&pack);
  if (it == cache.end()) {
    std::string error;
    it = cache.emplace(&pack, Gazetteer::from_pack(pack, error)).first;
  }
  return it->second;
}

namespace {

// A legal form that is also a German word ("gilt ab Unterzeichnung") counts only in
// capitals ("Nordisk Data AB"): the lower-case word is kept apart from the lexicon's form.
std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  text_util::for_each_word(text, [&](text_util::Word w) {
    words.push_back(w.text == "ab" ? std::string("ab-word") : text_util::fold(w.text));
  });
  return words;
}

struct Context {
  Document const& doc;
  CoverageRules const& rules;
  CoverageResult const& coverage;
  Gazetteer const& places;
  std::vector<std::vector<int>> sentences_of_node;

  bool words_have(std::vector<std::string> const& words, char const* concept_name) const {
    return rules.concepts.occurs_in_words(words, concept_name);
  }
  bool text_has(std::string_view text, char const* concept_name) const {
    return words_have(folded_words(text), concept_name);
  }
  // The node, its ancestors' headings and text, or the paragraph just before it mention the concept.
  bool context_mentions(int node, char const* concept_name) const {
    for (int n = node; n > 0; n = doc.nodes[static_cast<std::size_t>(n)].parent) {
      Node const& cur = doc.nodes[static_cast<std::size_t>(n)];
      if (!cur.heading.empty() && text_has(cur.heading, concept_name)) return true;
      if (n != node && !cur.text.empty() && text_has(cur.text, concept_name)) return true;
      Node const& parent = doc.nodes[static_cast<std::size_t>(cur.parent)];
      auto pos = std::find(parent.children.begin(), parent.children.end(), n);
      if (pos != parent.children.begin() && pos != parent.children.end()) {
        Node const& before = doc.nodes[static_cast<std::size_t>(*(pos - 1))];
        if (!before.text.empty() && text_has(before.text, concept_name)) return true;
      }
    }
    return false;
  }
  std::string_view source(Span s) const {
    return std::string_view(doc.source.text).substr(s.begin, s.end - s.begin);
  }
};

enum Role { kName, kAddress, kService, kLocation, kSafeguard, kRoles };

void resolve_entry(Context const& ctx, SubprocessorEntry& e, PlaceResolution const& loc, PlaceResolution const& addr) {
  PlaceResolution const& use = !loc.empty() ? loc : addr;
  if (use.empty()) {
    e.location_unknown = true;
    return;
  }
  for (auto const& c : use.countries) e.flows.push_back({c, FlowStatus::unknown, false});
  for (auto const& r : use.regions) {
    if (r == "EU" || r == "EEA") e.flows.push_back({r, FlowStatus::inside_eea, false});
    if (r == "WORLD") {
      e.flows.push_back({"WORLD", FlowStatus::unknown, false});
      e.location_unknown = true;  // "weltweit" names no country
    }
  }
  (void)ctx;
}

// Does the text affirm the concept? Judged per comma or semicolon part, so that
// "SCC 2021/914, Modul 3; keine Speicherung in Indien" states a safeguard and "keine SCC" does not,
// nor "das Unternehmen ist nicht nach dem EU-US Data Privacy Framework zertifiziert" a certification.
bool states(Context const& ctx, std::string_view text, char const* concept_name) {
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t to = text.find_first_of(",;|\t", from);  // (and per cell of a table row)
    if (to == std::string_view::npos) to = text.size();
    auto words = folded_words(text.substr(from, to - from));
    if (ctx.words_have(words, concept_name) && !ctx.words_have(words, "negation")) return true;
    from = to + 1;
  }
  return false;
}
bool states_safeguard(Context const& ctx, std::string_view text) { return states(ctx, text, "concrete-safeguard"); }

void entries_from_table(Context const& ctx, int table_index, std::vector<SubprocessorEntry>& out) {
  Node const& table = ctx.doc.nodes[static_cast<std::size_t>(table_index)];
  if (table.rows.empty() || !table.rows.front().header) return;
  auto const& header = table.rows.front().cells;
  std::vector<std::array<bool, kRoles>> roles(header.size());
  bool any_name = false, any_detail = false, header_mentions = false;
  static char const* const kConcepts[kRoles] = {"col-name", "col-address", "col-service", "col-location", "col-safeguard"};
  for (std::size_t c = 0; c < header.size(); ++c) {
    auto words = folded_words(header[c]);
    for (int r = 0; r < kRoles; ++r) roles[c][static_cast<std::size_t>(r)] = ctx.words_have(words, kConcepts[r]);
    any_name = any_name || roles[c][kName];
    any_detail = any_detail || roles[c][kLocation] || roles[c][kService] || roles[c][kAddress];
    header_mentions = header_mentions || ctx.words_have(words, "subprocessor");
  }
  if (!any_name || !any_detail) return;
  if (!header_mentions && !ctx.context_mentions(table_index, "subprocessor")) return;
  bool has_service = false, has_location = false;
  for (auto const& r : roles) {
    has_service = has_service || r[kService];
    has_location = has_location || r[kLocation] || r[kAddress];
  }
  std::size_t first_entry = out.size();
  bool keyed_entries = false;  // the entry above filled a first column that is not its name
  for (auto const& row : table.rows) {
    if (row.header) continue;
    bool empty = std::all_of(row.cells.begin(), row.cells.end(), [](std::string const& c) { return c.empty(); });
    if (empty) continue;  // placeholder.unfilled reports entirely empty rows
    // A row whose name cell is empty, right after an entry, carries that entry's wrapped cells.
    bool name_empty = true;
    for (std::size_t c = 0; c < row.cells.size() && c < roles.size(); ++c) {
      if (roles[c][kName] && !row.cells[c].empty()) name_empty = false;
    }
    // So does a row whose first cell ("Nr.") stays empty under numbered entries: "|     | 70469 Stuttgart |".
    bool key_empty = !row.cells.empty() && row.cells[0].empty() && keyed_entries;
    if ((name_empty || key_empty) && out.size() > first_entry) {
      SubprocessorEntry& last = out.back();
      for (std::size_t c = 0; c < row.cells.size() && c < roles.size(); ++c) {
        if (row.cells[c].empty()) continue;
        if (roles[c][kService]) last.service += " " + row.cells[c];
        if (roles[c][kSafeguard] || roles[c][kLocation]) {
          last.safeguard = last.safeguard || states_safeguard(ctx, row.cells[c]);
        }
      }
      last.span.end = row.span.end;
      continue;
    }
    keyed_entries = !row.cells.empty() && !row.cells[0].empty() && !roles.empty() && !roles[0][kName];
    SubprocessorEntry e;
    if (keyed_entries && row.cells[0].size() <= 4 && std::isdigit(static_cast<unsigned char>(row.cells[0][0]))) {
      e.key = row.cells[0];
      while (!e.key.empty() && (e.key.back() == '.' || e.key.back() == ')')) e.key.pop_back();
    }
    e.node = table_index;
    e.span = row.span;
    std::string location_text, address_text, safeguard_text;
    for (std::size_t c = 0; c < row.cells.size() && c < roles.size(); ++c) {
      std::string const& cell = row.cells[c];
      if (roles[c][kName] && e.name.empty()) e.name = cell;
      if (roles[c][kAddress]) address_text += (address_text.empty() ? "" : ", ") + cell;
      if (roles[c][kService] && e.service.empty()) e.service = cell;
      if (roles[c][kLocation]) location_text += (location_text.empty() ? "" : ", ") + cell;
      if (roles[c][kSafeguard]) safeguard_text += cell + " ";
    }
    e.address = address_text;
    e.location = location_text.empty() ? address_text : location_text;
    if (e.name.empty()) e.missing_fields.push_back("name");
    if (has_service && e.service.empty()) e.missing_fields.push_back("service");
    PlaceResolution loc = ctx.places.resolve(location_text, true);
    PlaceResolution addr = ctx.places.resolve(address_text.empty() ? e.name : address_text, true);
    if (has_location && location_text.empty() && addr.empty()) e.missing_fields.push_back("location");
    resolve_entry(ctx, e, loc, addr);
    std::string row_text(ctx.source(row.span));
    e.dpf = states(ctx, row_text, "dpf");
    e.safeguard = states_safeguard(ctx, safeguard_text.empty() ? std::string_view(row_text) : std::string_view(safeguard_text));
    out.push_back(std::move(e));
  }
}

void entries_from_lists(Context const& ctx, std::vector<SubprocessorEntry>& out) {
  auto const& nodes = ctx.doc.nodes;
  // "- Pixelbridge Services – Auslieferung der Tracking-Pixel" among entries that do name a legal form:
  // in a list of at least two companies every entry is one, legal form or not
  std::vector<std::string> party_terms;  // the defined names, folded
  for (auto const& d : ctx.doc.definitions) party_terms.push_back(text_util::fold(d.term));
  auto is_party = [&](std::string const& w) { return std::find(party_terms.begin(), party_terms.end(), w) != party_terms.end(); };
  // ("- nach Wahl AG: alle Daten löschen" names the party "AG", not a company)
  std::vector<int> companies_in(nodes.size(), 0);
  // ("Name: Skyframe Messaging / Leistung: …" among blocks that open with the same field label: a block
  // of fields is an entry like a bullet)
  auto field_block = [&](Node const& n) {
    if (n.kind != NodeKind::paragraph) return false;
    std::size_t colon = n.text.find(": ");
    return colon != std::string::npos && colon <= 30 && ctx.words_have(folded_words(std::string_view(n.text).substr(0, colon)), "entry-label");
  };
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    Node const& n = nodes[i];
    if ((n.kind != NodeKind::bullet && n.kind != NodeKind::item && !field_block(n)) || n.parent <= 0 || n.text.size() > 400) continue;
    auto words = folded_words(std::string_view(n.text).substr(0, 100));
    words.erase(std::remove_if(words.begin(), words.end(), is_party), words.end());
    if (ctx.words_have(words, "legal-form")) ++companies_in[static_cast<std::size_t>(n.parent)];
  }
  std::vector<int> read_already;  // nodes whose running text listed its entries
  for (auto const& e : out) read_already.push_back(e.node);
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    NodeKind k = nodes[i].kind;
    Node const& n = nodes[i];
    if (std::find(read_already.begin(), read_already.end(), static_cast<int>(i)) != read_already.end()) continue;
    // "2. Mailcurrent Inc., Denver, USA" read as a heading, its details ("Leistung: …",
    // "Ort der Verarbeitung: …") as the paragraphs below it: one entry.
    std::string entry_text = n.text;
    if (k == NodeKind::section && !n.heading.empty() && !n.children.empty()) {
      entry_text = n.heading;
      for (int c : n.children) {
        Node const& child = nodes[static_cast<std::size_t>(c)];
        if (child.kind == NodeKind::paragraph || child.kind == NodeKind::clause) entry_text += ", " + child.text;
      }
      if (entry_text.size() > 400) continue;
    } else if (k != NodeKind::bullet && k != NodeKind::item && k != NodeKind::clause && k != NodeKind::paragraph) {
      continue;
    } else if (n.text.size() > 400) {
      continue;
    }
    // "- **Nimbus Edge Networks Inc.**, San Francisco" over "  – Leistung: Content Delivery Network" and
    // "  – Standort: USA": the labelled lines nested under the entry are its fields
    bool nested_fields = false, nested_service = false;
    if (k == NodeKind::bullet || k == NodeKind::item) {
      for (int c : n.children) {
        Node const& list = nodes[static_cast<std::size_t>(c)];
        if (list.kind != NodeKind::list) continue;
        for (int f : list.children) {
          Node const& field = nodes[static_cast<std::size_t>(f)];
          std::size_t colon = field.text.find(": ");
          auto label = colon == std::string::npos || colon > 30 ? std::vector<std::string>()
                                                                 : folded_words(std::string_view(field.text).substr(0, colon));
          if (label.empty() || label.size() > 3 ||
              !(ctx.words_have(label, "col-service") || ctx.words_have(label, "col-location") ||
                ctx.words_have(label, "col-address") || ctx.words_have(label, "col-safeguard"))) {
            continue;
          }
          entry_text += ", " + field.text;
          nested_fields = true;
          nested_service = nested_service || ctx.words_have(label, "col-service");
        }
      }
    }
    // An entry opens with the company ("3. Sahyadri Cloud Services Pvt. Ltd., Pune, Indien. Leistung: …");
    // a longer text about subprocessors ("Der Auftragnehmer …") does not.
    std::string_view opening = std::string_view(n.text).substr(0, 100);
    bool opens_with_company = k != NodeKind::section && ctx.words_have(folded_words(std::string(opening)), "legal-form");
    bool fields = field_block(n);
    if (k != NodeKind::section && n.text.size() > 240 && !opens_with_company && !fields) continue;
    // A list entry names a company ("Beispiel GmbH, Köln – Hosting"), it is not a
    // sentence about subprocessors ("Der AG genehmigt …", with "AG" a defined party).
    // Cheap tests first: short text with a legal form, then the (costlier) context.
    if (entry_text.empty()) continue;
    auto words = folded_words(k == NodeKind::section ? n.heading : entry_text);
    // (a block of fields runs longer than a bullet: "Name: … / Leistung: … / Sitz: … / Ort der Verarbeitung: …")
    std::size_t entry_words = fields ? 50 : 28;
    bool among_companies = (k == NodeKind::bullet || k == NodeKind::item || fields) && n.parent > 0 &&
                           companies_in[static_cast<std::size_t>(n.parent)] >= 2 && words.size() <= entry_words;
    if ((words.size() > entry_words && !opens_with_company) || words.size() > 70 ||
        (!among_companies && !ctx.words_have(words, "legal-form"))) {
      continue;
    }
    if (!ctx.context_mentions(static_cast<int>(i), "subprocessor")) continue;
    // (the party may come up after the company: "Die Kaveri Softworks Pvt. Ltd., Pune, Indien,
    // unterstützt den Auftragnehmer beim Support")
    auto company_at = std::find_if(words.begin(), words.end(),
                                   [&](std::string const& w) { return !is_party(w) && ctx.words_have({w}, "legal-form"); });
    if (std::any_of(words.begin(), company_at, is_party) || ctx.words_have(words, "not-a-subprocessor")) continue;
    // "(c) Der Subauftragnehmer Nordic Vault AS hat seinen Sitz in Norwegen": a sentence about a subprocessor
    if (words.size() >= 2 && (words[0] == "der" || words[0] == "die" || words[0] == "das") &&
        ctx.words_have({words[1]}, "subprocessor")) {
      continue;
    }
    // "Für die Übermittlungen an Cebu Creative Ops Inc. gelten die Standardvertragsklauseln": an entry
    // opens with the company, not with a preposition or a condition
    static constexpr std::string_view kNoOpening[] = {"fur", "bei", "an", "mit", "nach", "gemass", "uber", "soweit", "sofern",
                                                      "wenn", "falls"};
    if (!words.empty() && std::find(std::begin(kNoOpening), std::end(kNoOpening), words[0]) != std::end(kNoOpening)) continue;
    SubprocessorEntry e;
    e.node = static_cast<int>(i);
    e.span = k == NodeKind::section ? n.heading_span
                                    : Span{n.span.begin, n.span.begin + static_cast<std::uint32_t>(n.text.size())};
    // The name stands on the entry's first line, after a field label if there is one ("Firma: Reißwolf GmbH").
    std::string_view first_line = entry_text;
    if (k != NodeKind::section && n.pieces.size() > 1) first_line = first_line.substr(0, n.pieces[1].text_offset);
    std::size_t name_from = 0;
    if (std::size_t colon = first_line.find(": "); colon != std::string_view::npos && colon <= 30 &&
        ctx.words_have(folded_words(first_line.substr(0, colon)), "entry-label")) {
      name_from = colon + 2;
    }
    std::size_t cut = entry_text.find_first_of(",(;:", name_from);
    std::size_t dash = entry_text.find(" \xE2\x80\x93 ", name_from);
    if (dash != std::string::npos && dash < cut) cut = dash;
    if (first_line.size() < cut) cut = first_line.size();
    e.name = std::string(text_util::trim(entry_text.substr(name_from, cut - name_from)));
    e.name.erase(std::unique(e.name.begin(), e.name.end(), [](char a, char b) { return a == ' ' && b == ' '; }),
                 e.name.end());  // justified text: "Sahyadri  Cloud Services"
    while (!e.name.empty() && (e.name.front() == '*' || e.name.front() == '_')) e.name.erase(0, 1);  // "**Kronstein GmbH**"
    while (!e.name.empty() && (e.name.back() == '*' || e.name.back() == '_')) e.name.pop_back();
    if (cut < entry_text.size()) e.service = std::string(text_util::trim(entry_text.substr(cut + 1)));
    e.location = entry_text;
    PlaceResolution where = ctx.places.resolve(entry_text, true);
    resolve_entry(ctx, e, where, where);
    // fields nested under the entry, but no service line among them: the service is missing
    if (nested_fields && !nested_service) {
      e.service.clear();
      e.missing_fields.push_back("service");
    }
    // "Firma: … / Leistung: …" with no "Ort: …" line where the other entries have one: a block of
    // labelled fields without a location field lacks the location
    if (e.location_unknown) {
      bool service_label = false, location_label = false;
      for (std::size_t colon = entry_text.find(": "); colon != std::string::npos; colon = entry_text.find(": ", colon + 2)) {
        std::size_t from = entry_text.find_last_of(".,;", colon);
        auto label = folded_words(std::string_view(entry_text).substr(from == std::string::npos ? 0 : from + 1,
                                                                      colon - (from == std::string::npos ? 0 : from + 1)));
        if (label.size() > 4) label.erase(label.begin(), label.end() - 4);
        service_label = service_label || ctx.words_have(label, "col-service");
        location_label = location_label || ctx.words_have(label, "col-location") || ctx.words_have(label, "col-address");
      }
      // "- Pixelbridge Services – Auslieferung der Tracking-Pixel": the name, then straight the service
      std::size_t after_name = name_from + e.name.size();
      std::string_view rest = std::string_view(entry_text).substr(std::min(entry_text.size(), after_name));
      bool service_follows = text_util::trim(rest).rfind("\xE2\x80\x93", 0) == 0 || text_util::trim(rest).rfind("- ", 0) == 0;
      if ((service_label || service_follows) && !location_label) e.missing_fields.push_back("location");
    }
    e.dpf = states(ctx, entry_text, "dpf");
    e.safeguard = states_safeguard(ctx, entry_text);
    out.push_back(std::move(e));
  }
}

// "… setzt der Auftragnehmer folgende Unterauftragsverarbeiter ein: Kranich Hosting GmbH, Düsseldorf
// (Deutschland), Hosting …; Sendwave Mail LLC, Denver (USA), …; …": a list in running text, its
// entries parted by semicolons after a lead-in that names subprocessors. Each part that names a
// company (a legal form) is an entry.
void entries_from_running_text(Context const& ctx, std::vector<SubprocessorEntry>& out) {
  for (std::size_t i = 1; i < ctx.doc.nodes.size(); ++i) {
    Node const& n = ctx.doc.nodes[i];
    if (n.kind != NodeKind::clause && n.kind != NodeKind::paragraph && n.kind != NodeKind::item) continue;
    std::string_view text = n.text;
    std::size_t colon = text.find(": ");
    if (colon == std::string_view::npos || std::count(text.begin() + static_cast<std::ptrdiff_t>(colon), text.end(), ';') < 1) continue;
    if (!ctx.text_has(text.substr(0, colon), "subprocessor")) continue;
    std::vector<SubprocessorEntry> found;
    for (std::size_t from = colon + 2; from < text.size();) {
      std::size_t to = std::min(text.find(';', from), text.size());
      std::string_view part = text_util::trim(text.substr(from, to - from));
      if (!part.empty() && part.back() == '.') part.remove_suffix(1);
      auto begin = static_cast<std::size_t>(part.data() - text.data());
      from = to + 1;
      std::size_t cut = part.find_first_of(",(");
      if (part.empty() || cut == std::string_view::npos || !ctx.text_has(part.substr(0, cut), "legal-form")) continue;
      SubprocessorEntry e;
      e.node = static_cast<int>(i);
      e.span = {n.source_offset(begin), n.source_offset(begin + part.size())};
      e.name = std::string(text_util::trim(part.substr(0, cut)));
      e.service = std::string(text_util::trim(part.substr(cut + 1)));
      e.location = std::string(part);
      PlaceResolution where = ctx.places.resolve(part, true);
      resolve_entry(ctx, e, where, where);
      e.dpf = states(ctx, part, "dpf");
      e.safeguard = states_safeguard(ctx, part);
      found.push_back(std::move(e));
    }
    if (found.size() >= 2) out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
}

// Distinctive words of a company name: not legal forms or generic words.
std::vector<std::string> name_words(Context const& ctx, std::string const& name) {
  std::vector<std::string> out;
  for (auto const& w : folded_words(name)) {
    if (w.size() < 4 || ctx.words_have({w}, "legal-form") || ctx.words_have({w}, "generic-company-word")) continue;
    out.push_back(w);
  }
  return out;
}

bool sentence_names(Sentence const& s, std::vector<std::string> const& words) {
  for (auto const& t : s.tokens) {
    if (std::find(words.begin(), words.end(), t.word) != words.end()) return true;
  }
  return false;
}

// "Der in Anlage 3 unter Nr. 3 genannte Unterauftragsverarbeiter …": an entry named by its row number.
bool sentence_names_row(Sentence const& s, std::string const& key) {
  if (key.empty()) return false;
  for (std::size_t k = 0; k + 1 < s.tokens.size(); ++k) {
    if ((s.tokens[k].word == "nr" || s.tokens[k].word == "nummer") && s.tokens[k + 1].word == key) return true;
  }
  return false;
}

bool sentence_names_entry(Sentence const& s, std::vector<std::string> const& name, SubprocessorEntry const& entry) {
  return (!name.empty() && sentence_names(s, name)) || sentence_names_row(s, entry.key);
}

enum class Pick { first, longest, last };

// A (non-immediate) period of a sentence: its first, its longest or its last.
PeriodRef pick_period(Context const& ctx, int sentence_index, Pick which) {
  PeriodRef ref;
  if (sentence_index < 0) return ref;
  auto const& s = ctx.coverage.sentences[static_cast<std::size_t>(sentence_index)];
  for (int p : s.periods) {
    auto const& pm = ctx.doc.periods[static_cast<std::size_t>(p)];
    if (pm.period.unit == "immediate") continue;
    if (ref.hours < 0 || which == Pick::last || (which == Pick::longest && pm.period.hours > ref.hours)) {
      ref = {pm.period.hours, std::string(ctx.source(pm.span)), pm.span, s.node};
      if (which == Pick::first) break;
    }
  }
  return ref;
}

// A sentence's periods split by the segment they stand in: the first one in a segment that speaks
// of objecting, and the first one in any other segment.
std::pair<PeriodRef, PeriodRef> periods_by_objection(Context const& ctx, MatchContext const& match_ctx, int sentence_index) {
  auto const& s = ctx.coverage.sentences[static_cast<std::size_t>(sentence_index)];
  std::set<int> objecting;
  for (char const* concept_name : {"objection", "objection-right"}) {
    for (int t : match_ctx.hits(s, concept_name)) objecting.insert(s.tokens[static_cast<std::size_t>(t)].segment);
  }
  PeriodRef other, objection;
  for (int p : s.periods) {
    auto const& pm = ctx.doc.periods[static_cast<std::size_t>(p)];
    if (pm.period.unit == "immediate") continue;
    // (a duty table's deadline cell lends the row's first sentence its period from outside it)
    auto token = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& t) { return t.span.end > pm.span.begin; });
    bool beside_objection = token != s.tokens.end() && token->span.begin < pm.span.end && objecting.count(token->segment);
    PeriodRef& ref = beside_objection ? objection : other;
    if (ref.hours < 0) ref = {pm.period.hours, std::string(ctx.source(pm.span)), pm.span, s.node};
  }
  return {other, objection};
}

void classify_flows(Context const& ctx, TransferFacts& facts) {
  // The data-flow graph: controller (0) -> processor (1) -> entries -> countries.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  std::vector<std::string> country_of_vertex;
  std::map<std::string, std::size_t> vertex_of_country;
  std::size_t const first_entry = 2;
  Graph graph(first_entry + facts.entries.size());
  boost::add_edge(0, 1, graph);
  for (std::size_t e = 0; e < facts.entries.size(); ++e) {
    boost::add_edge(1, first_entry + e, graph);
    for (auto const& f : facts.entries[e].flows) {
      auto [it, added] = vertex_of_country.emplace(f.country, 0);
      if (added) it->second = boost::add_vertex(graph);
      boost::add_edge(first_entry + e, it->second, graph);
    }
  }
  for (auto const& [code, v] : vertex_of_country) {
    if (country_of_vertex.size() <= v) country_of_vertex.resize(v + 1);
    country_of_vertex[v] = code;
  }
  for (std::size_t e = 0; e < facts.entries.size(); ++e) {
    auto& entry = facts.entries[e];
    std::vector<Flow> flows;
    for (auto [edge, end] = boost::out_edges(first_entry + e, graph); edge != end; ++edge) {
      std::string const& code = country_of_vertex[boost::target(*edge, graph)];
      Flow f{code, FlowStatus::unknown, false};
      bool safeguarded = entry.safeguard || (facts.global_safeguard && !entry.safeguard_set_aside);
      if (code == "EU" || code == "EEA") {
        f.status = FlowStatus::inside_eea;
      } else if (code == "WORLD") {
        f.status = safeguarded ? FlowStatus::safeguarded : FlowStatus::no_safeguard;
      } else if (CountryInfo const* info = ctx.places.country(code)) {
        if (info->status == "eu" || info->status == "eea") {
          f.status = FlowStatus::inside_eea;
        } else if (info->status == "adequate" && (info->adequacy_condition != "dpf" || entry.dpf)) {
          f.status = FlowStatus::adequate;
        } else {
          f.status = safeguarded ? FlowStatus::safeguarded : FlowStatus::no_safeguard;
        }
      }
      std::string const& scope = facts.restriction.scope;
      bool restricted = !facts.restriction.storage_only || ctx.words_have(folded_words(entry.service), "storage-place");
      if (!scope.empty() && restricted && code != "EU" && code != "EEA") {
        bool inside = facts.restriction.also.count(code) > 0 ||
                      (scope == "DE" ? code == "DE" : (code != "WORLD" && ctx.places.in_region(code, scope)));
        f.conflicts_with_restriction = !inside;
      }
      flows.push_back(f);
    }
    std::sort(flows.begin(), flows.end(), [](Flow const& a, Flow const& b) { return a.country < b.country; });
    entry.flows = std::move(flows);
  }
}

}  // namespace

TransferFacts analyse_transfers(Document const& doc, CoverageRules const& rules, CoverageResult const& coverage,
                                Gazetteer const& places, MatchContext const& match_ctx) {
  Context ctx{doc, rules, coverage, places, {}};
  TransferFacts facts;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    if (doc.nodes[i].kind == NodeKind::table) entries_from_table(ctx, static_cast<int>(i), facts.entries);
  }
  if (facts.entries.empty()) {
    entries_from_running_text(ctx, facts.entries);
    entries_from_lists(ctx, facts.entries);
  }

  // Contract-level facts from the sentences.
  Provision restriction;
  restriction.all = {"eu-only"};
  // a rule for transfers out of the EU restricts nothing to it, nor does an option the controller may choose
  // (nor a sentence about one named company: "Die Nimbus Cloud Europe Ltd. verarbeitet die Daten ausschließlich in
  // Rechenzentren in Irland und Deutschland")
  restriction.none = {"third-country", "key-material", "option-setting", "workplace", "self-only", "access-route", "company-form"};
  Provision worldwide;
  worldwide.all = {"worldwide"};
  // (nor "Ein Zugriff von Standorten weltweit ist ohne eine solche Weisung ausgeschlossen": only with one)
  worldwide.none = {"concrete-safeguard", "worldwide-presence", "only"};
  Provision safeguard;
  safeguard.all = {"concrete-safeguard"};
  // "Gesonderter Garantien im Sinne des Art. 46 DSGVO bedarf es … nicht": once a clause
  // denies safeguards for some transfers, a general promise of SCCs covers no entry.
  Provision safeguard_denied;
  safeguard_denied.all = {"concrete-safeguard"};
  safeguard_denied.negated = true;
  resolve_concepts(safeguard_denied, rules.concepts);
  // ("… der Abschluss von Standardvertragsklauseln unterbleibt insoweit")
  Provision safeguard_waived;
  safeguard_waived.all = {"concrete-safeguard", "waived"};
  safeguard_waived.same_segment = true;
  safeguard_waived.any_polarity = true;
  resolve_concepts(safeguard_waived, rules.concepts);
  bool denied = false;
  std::vector<int> safeguard_nodes;  // the clauses that state a general safeguard
  resolve_concepts(restriction, rules.concepts);
  resolve_concepts(worldwide, rules.concepts);
  resolve_concepts(safeguard, rules.concepts);
  std::vector<std::vector<std::string>> entry_names;
  for (auto const& e : facts.entries) entry_names.push_back(name_words(ctx, e.name));
  for (std::size_t i = 0; i < coverage.sentences.size(); ++i) {
    Sentence const& s = coverage.sentences[i];
    if (doc.nodes[static_cast<std::size_t>(s.node)].kind == NodeKind::table) continue;
    if (facts.restriction.scope.empty() && match(match_ctx, restriction, s) != MatchKind::none) {
      PlaceResolution where = places.resolve(ctx.source(s.span), false);
      std::string scope = where.regions.count("EEA") ? "EEA" : where.regions.count("EU") ? "EU"
                          : (where.countries.size() == 1 && where.countries.count("DE")) ? "DE" : "EEA";
      bool storage_only = match_ctx.occurs(s, "storage-place") && !match_ctx.occurs(s, "processing-act");
      std::set<std::string> also;  // (not "… in der EU; eine Verarbeitung in den USA ist ausgeschlossen")
      // (a negation inside a condition denies no country: "… oder in der Schweiz, soweit nicht der Auftraggeber
      // eine weitere Übermittlung angewiesen hat")
      auto const& negators = match_ctx.hits(s, match_ctx.negation);
      bool denies = std::any_of(negators.begin(), negators.end(), [&](int t) {
        int seg = s.tokens[static_cast<std::size_t>(t)].segment;
        auto first = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& k) { return k.segment == seg; });
        return !(first->word == "soweit" || first->word == "sofern" || first->word == "wenn" || first->word == "falls");
      });
      if (scope != "DE" && !denies) {
        for (auto const& c : where.countries) {
          if (c != "WORLD" && !places.in_region(c, scope)) also.insert(c);
        }
      }
      facts.restriction = {scope, also, storage_only, s.span, s.node};
    }
    if (match(match_ctx, worldwide, s) != MatchKind::none) facts.worldwide_sentences.push_back(static_cast<int>(i));
    bool denies = match(match_ctx, safeguard_denied, s) != MatchKind::none ||
                  match(match_ctx, safeguard_waived, s) != MatchKind::none;
    denied = denied || denies;
    if (!denies && match(match_ctx, safeguard, s) != MatchKind::none) {
      bool named = false;
      // "Für Inkwell Monitoring Inc. stützt sich die Übermittlung auf … Entfällt die Zertifizierung, …
      // Standardvertragsklauseln": a sentence that goes on about the entry the one before named
      // (not "Gesonderter Garantien bedarf es … nicht; der Abschluss von Standardvertragsklauseln unterbleibt")
      bool affirmative = std::none_of(s.tokens.begin(), s.tokens.end(), [](Token const& t) {
        return t.word == "nicht" || t.word.rfind("kein", 0) == 0 || t.word == "nie" || t.word == "niemals";
      });
      Sentence const* before =
          affirmative && i > 0 && coverage.sentences[i - 1].node == s.node ? &coverage.sentences[i - 1] : nullptr;
      for (std::size_t e = 0; e < facts.entries.size(); ++e) {
        if (sentence_names_entry(s, entry_names[e], facts.entries[e]) ||
            (before && sentence_names_entry(*before, entry_names[e], facts.entries[e]))) {
          named = true;
          if (match_ctx.occurs(s, "dpf")) facts.entries[e].dpf = true;
          facts.entries[e].safeguard = facts.entries[e].safeguard || match_ctx.occurs(s, "scc-bcr");
        }
      }
      // (not where "Drittländer" is a defined term with exceptions cut out: the promise does not reach them)
      if (!named && match_ctx.occurs(s, "scc-bcr") && !match_ctx.occurs(s, "narrowed-scope") &&
          (match_ctx.occurs(s, "third-country") || match_ctx.occurs(s, "subprocessor"))) {
        facts.global_safeguard = true;
        safeguard_nodes.push_back(s.node);
      }
    }
  }
  if (denied) facts.global_safeguard = false;
  // "Ziffer 9.3 findet auf die in Anlage 3 unter Nr. 4 genannte Unterauftragsverarbeiterin keine Anwendung":
  // the general safeguard clause, set aside by its number for one entry, does not cover that entry.
  for (auto const& ref : doc.references) {
    if (ref.target < 0) continue;
    bool names_safeguard_clause = std::any_of(safeguard_nodes.begin(), safeguard_nodes.end(),
                                              [&](int node) { return doc.within(node, ref.target); });
    if (!names_safeguard_clause) continue;
    for (int i : match_ctx.sentences_of_node[static_cast<std::size_t>(ref.from)]) {
      Sentence const& s = coverage.sentences[static_cast<std::size_t>(i)];
      if (ref.span.begin >= s.span.end || ref.span.end <= s.span.begin || !match_ctx.occurs(s, "suspends")) continue;
      for (std::size_t e = 0; e < facts.entries.size(); ++e) {
        if (sentence_names_entry(s, entry_names[e], facts.entries[e])) facts.entries[e].safeguard_set_aside = true;
      }
    }
  }
  // Notice and objection periods from the change procedure the coverage found.
  for (std::size_t r = 0; r < rules.requirements.size(); ++r) {
    if (rules.requirements[r].id != "art28.2.change-notice-objection") continue;
    auto const& ev = coverage.requirements[r];
    if (ev.parts.size() >= 2) {
      int notice = ev.parts[0].best.sentence, objection = ev.parts[1].best.sentence;
      if (notice >= 0 && notice == objection) {
        // One sentence with both ("kündigt … sieben Tage vorher an; … kann binnen 30 Tagen
        // widersprechen"): the period beside the objection is its window, another one the notice
        // ("…; AG kann binnen 14 Tagen widersprechen … | Information mind. 4 Wochen vor Einsatz");
        // failing that, the first period is the notice, the last the objection window.
        auto [notice_ref, objection_ref] = periods_by_objection(ctx, match_ctx, notice);
        if (notice_ref.hours >= 0 && objection_ref.hours >= 0) {
          facts.notice = notice_ref;
          facts.objection = objection_ref;
        } else {
          facts.notice = pick_period(ctx, notice, Pick::first);
          facts.objection = pick_period(ctx, objection, Pick::last);
          if (facts.objection.span.begin == facts.notice.span.begin) facts.objection = {};
        }
      } else {
        facts.notice = pick_period(ctx, notice, Pick::longest);
        facts.objection = pick_period(ctx, objection, Pick::first);
        // "… informiert … über jede beabsichtigte Hinzuziehung. Der neue Unterauftragsverarbeiter darf seine
        // Tätigkeit eine Woche nach Zugang dieser Information aufnehmen.": the notice's period in the next sentence
        auto next = static_cast<std::size_t>(notice) + 1;
        if (notice >= 0 && facts.notice.hours < 0 && next < coverage.sentences.size() &&
            coverage.sentences[next].node == coverage.sentences[static_cast<std::size_t>(notice)].node &&
            static_cast<int>(next) != objection) {
          facts.notice = pick_period(ctx, static_cast<int>(next), Pick::first);
        }
      }
    }
  }
  classify_flows(ctx, facts);
  return facts;
}

void apply_fact_limits(CoverageRules const& rules, TransferFacts const& facts, CoverageResult& coverage) {
  for (std::size_t r = 0; r < rules.requirements.size(); ++r) {
    auto const& spec = rules.requirements[r];
    auto& ev = coverage.requirements[r];
    if (ev.limit >= 0 || (ev.status != Status::met && ev.status != Status::partial)) continue;
    for (std::size_t l = 0; l < spec.limits.size(); ++l) {
      auto const& limit = spec.limits[l];
      if (limit.fact != "objection-outlasts-notice" || !facts.objection_outlasts_notice()) continue;
      for (std::size_t i = 0; i < coverage.sentences.size(); ++i) {
        Span s = coverage.sentences[i].span;
        if (s.begin <= facts.notice.span.begin && facts.notice.span.begin < s.end) ev.limit_at = {static_cast<int>(i), MatchKind::full};
      }
      if (ev.limit_at.sentence < 0) continue;
      ev.limit = static_cast<int>(l);
      ev.status = limit.effect;
      break;
    }
  }
}

}  // namespace avvlint::analysis
