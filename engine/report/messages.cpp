// Rendering finding messages and notes from the rule pack's templates.
//
// Arguments whose value is "@name" are themselves rendered: from the argument
// "name_<lang>" when the check supplied both languages, else from the rule's note
// template "name" — so checks can pass localised fragments without holding words.
#include <avvlint/report.hpp>

namespace avvlint {
namespace {

std::string resolve(std::string const& value, Args const& args, RuleInfo const* rule, std::string const& lang,
                    int depth = 0) {
  if (value.size() < 2 || value.front() != '@' || depth > 2) return value;
  std::string name = value.substr(1);
  if (auto it = args.find(name + "_" + lang); it != args.end()) return it->second;
  if (auto it = args.find(name + "_de"); it != args.end()) return it->second;
  if (rule) {
    if (auto n = rule->notes.find(name); n != rule->notes.end()) {
      Args plain;
      for (auto const& [k, v] : args) plain[k] = v.size() > 1 && v.front() == '@' ? std::string() : v;
      return fill_template(n->second.in(lang), plain);
    }
  }
  return name;
}

Args resolved_args(Args const& args, RuleInfo const* rule, std::string const& lang) {
  Args out;
  for (auto const& [k, v] : args) out[k] = resolve(v, args, rule, lang);
  return out;
}

}  // namespace

std::string render_message(Finding const& f, RulePack const& pack, std::string const& lang) {
  RuleInfo const* rule = pack.rule(f.rule);
  if (!rule) return f.rule;
  return fill_template(rule->message.in(lang), resolved_args(f.args, rule, lang));
}

std::string render_note(Finding const& f, Related const& r, RulePack const& pack, std::string const& lang) {
  RuleInfo const* rule = pack.rule(f.rule);
  if (!rule) return r.note;
  Args args = resolved_args(r.args, rule, lang);
  if (auto n = rule->notes.find(r.note); n != rule->notes.end()) return fill_template(n->second.in(lang), args);
  return r.note;
}

}  // namespace avvlint
