// What the analysis says about a document, as data: requirement statuses and
// findings. Findings carry message *arguments*, not rendered text, so that one
// result can be reported in German or English; only report/ turns them into words.
#pragma once

#include <avvlint/model.hpp>
#include <avvlint/rule_pack.hpp>

#include <map>
#include <string>
#include <vector>

namespace avvlint {

using Args = std::map<std::string, std::string>;

struct Related {
  Span span;
  std::string clause;    // clause id at that place ("1.3", "Anlage 3")
  std::string note;      // key into the rule's "notes" templates
  Args args;
};

struct Finding {
  std::string rule;        // "placeholder.unfilled"
  std::string requirement; // requirement id or ""
  Severity severity = Severity::warning;
  Span span;               // where it points
  std::string clause;      // clause id at that place
  Args args;               // fills the rule's message template
  std::vector<Related> related;
};

enum class Status { met, partial, missing, not_applicable };
char const* to_string(Status s);

struct Evidence {
  std::string clause;
  Span span;
};

struct RequirementResult {
  std::string id;
  Status status = Status::missing;
  std::vector<Evidence> evidence;
  LocalText detail;  // what exactly is missing or weak (empty: the requirement's own text)
};

// A listed subprocessor and where its data goes (for `avvlint tree` and reports).
struct SubprocessorInfo {
  std::string name, service, location;
  Span span;
  struct Flow {
    std::string country;  // ISO code, "EU"/"EEA", "WORLD"
    std::string status;   // "inside-eea", "adequate", "safeguarded", "no-safeguard", "unknown"
    bool conflicts_with_restriction = false;
  };
  std::vector<Flow> flows;
};

struct DocumentResult {
  Document document;
  std::vector<RequirementResult> requirements;  // catalogue order
  std::vector<Finding> findings;                // sorted by position, then rule
  std::vector<SubprocessorInfo> subprocessors;  // in document order
  std::string processing_restriction;           // "EEA", "EU", "DE" or ""
};

}  // namespace avvlint
