#include "check.hpp"

#include "inputs.hpp"
#include "jobs.hpp"
#include "progress.hpp"

#include <avvlint/baseline.hpp>
#include <avvlint/lint.hpp>
#include <avvlint/report.hpp>
#include <avvlint/source.hpp>
#include <avvlint/suppressions.hpp>

#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

namespace avvlint::cli {

namespace {

struct Outcome {
  std::optional<DocumentResult> result;
  std::string error;                   // when there is no result
  std::vector<BaselineEntry> entries;  // --write-baseline: the findings to accept
};

// One input, start to finish, on a worker thread. The rule pack and baseline are
// only read; everything written belongs to this input's Outcome.
void check_one(Command const& cmd, std::string const& path, Policy const& policy, Baseline const* baseline,
               Outcome& out) {
  try {
    auto source = load_source(path);
    if (!source.ok()) {
      out.error = source.error;
      return;
    }
    DocumentResult result = lint(build_document(std::move(*source.source)), *policy.pack);
    apply_suppressions(result, *policy.pack);
    apply_settings(result, policy.settings);
    if (!cmd.write_baseline.empty()) out.entries = baseline_entries(result, baseline_path(path, cmd.write_baseline));
    if (baseline) apply_baseline(result, *baseline, baseline_path(path, cmd.baseline));
    out.result = std::move(result);
  } catch (std::exception const& e) {
    out.error = path + ": internal error: " + e.what();
  } catch (...) {
    out.error = path + ": internal error";
  }
}

// The report language of a multi-document report: --lang, else the config's lang
// when every input's config agrees on one, else each document's own language.
std::string common_lang(Command const& cmd, std::vector<Policy> const& policies) {
  if (!cmd.lang.empty()) return cmd.lang;
  std::string lang;
  for (std::size_t i = 0; i < policies.size(); ++i) {
    std::string const& l = policies[i].config->lang;
    if (l.empty() || (i > 0 && l != lang)) return {};
    lang = l;
  }
  return lang;
}

}  // namespace

int run_check(Command const& cmd, Policies& policies, std::ostream& out, bool color, bool terminal) {
  Inputs inputs = expand_inputs(cmd.files);
  bool input_error = false;
  for (auto const& e : inputs.errors) {
    std::cerr << "avvlint: " << e << "\n";
    input_error = true;
  }
  std::vector<std::string> const& files = inputs.files;

  // Every config, pack and the baseline are read before the first file is linted.
  std::vector<Policy> policy(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (auto e = policies.resolve(files[i], policy[i]); !e.empty()) {
      std::cerr << "avvlint: " << e << "\n";
      return kExitError;
    }
  }
  std::optional<Baseline> baseline;
  if (!cmd.baseline.empty()) {
    auto loaded = load_baseline(cmd.baseline);
    if (!loaded.ok()) {
      std::cerr << "avvlint: " << loaded.error << "\n";
      return kExitError;
    }
    baseline = std::move(*loaded.baseline);
  }
  RulePack const* report_pack = policies.report_pack();
  if (cmd.format != "text" && !report_pack) {
    std::cerr << "avvlint: the inputs fall under configs with different rule packs; a " << cmd.format
              << " report needs one: run avvlint once per config, or use --config\n";
    return kExitError;
  }

  unsigned threads = cmd.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : cmd.jobs;
  std::vector<Outcome> outcomes(files.size());
  std::vector<BaselineEntry> accepted;
  bool over_threshold = false;
  Progress progress(files.size());
  run_in_order(
      files.size(), threads,
      [&](std::size_t i) { check_one(cmd, files[i], policy[i], baseline ? &*baseline : nullptr, outcomes[i]); },
      [&](std::size_t i) {
        Outcome& o = outcomes[i];
        if (!o.result) {
          progress.clear();
          std::cerr << "avvlint: " << o.error << "\n";
          input_error = true;
          return;
        }
        Config const& config = *policy[i].config;
        Severity threshold = cmd.fail_on ? *cmd.fail_on : config.fail_on.value_or(Severity::error);
        for (auto const& f : o.result->findings) {
          if (f.severity >= threshold) over_threshold = true;
        }
        accepted.insert(accepted.end(), o.entries.begin(), o.entries.end());
        o.entries.clear();
        if (cmd.format == "text") {
          ReportOptions options;
          options.lang = cmd.lang.empty() ? config.lang : cmd.lang;
          options.color = color;
          if (terminal) progress.clear();
          write_text(out, *o.result, *policy[i].pack, options);
          if (terminal) out.flush();  // show each file's findings as they come
          o.result.reset();
        }
      },
      [&](std::size_t finished) { progress.update(finished); });
  progress.clear();

  if (cmd.format != "text") {
    std::vector<DocumentResult const*> view;
    for (auto const& o : outcomes) {
      if (o.result) view.push_back(&*o.result);
    }
    ReportOptions options;
    options.lang = common_lang(cmd, policy);
    if (cmd.format == "json") write_json(out, view, *report_pack, options);
    if (cmd.format == "sarif") write_sarif(out, view, *report_pack, options);
    if (cmd.format == "html") write_html(out, view, *report_pack, options);
  }
  if (!cmd.write_baseline.empty()) {
    std::ofstream file(cmd.write_baseline, std::ios::binary | std::ios::trunc);
    if (file) write_baseline(file, accepted);
    file.flush();
    if (!file) {
      std::cerr << "avvlint: " << cmd.write_baseline << ": cannot write the baseline: " << std::strerror(errno) << "\n";
      return kExitError;
    }
  }
  if (input_error) return kExitError;
  // Writing a baseline accepts every finding it holds: the run itself passes.
  if (!cmd.write_baseline.empty()) return kExitClean;
  return over_threshold ? kExitFindings : kExitClean;
}

}  // namespace avvlint::cli
