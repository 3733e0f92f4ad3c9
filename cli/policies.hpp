// Which configuration governs each input, and the rule pack that goes with it.
//
// `--config FILE` governs every input; otherwise each input is governed by the
// `.avvlint.json` found from its directory upwards (or by the built-in defaults).
// Every config file is read, checked and its rule pack built once, before any
// linting starts, so that the packs are shared read-only by the worker threads and
// a broken config stops the run before anything is reported.
#pragma once

#include "options.hpp"

#include <avvlint/config.hpp>

#include <future>
#include <map>
#include <memory>
#include <string>

namespace avvlint::cli {

struct Policy {
  Config const* config = nullptr;  // never null: the defaults have an empty file name
  RulePack const* pack = nullptr;
  RuleSettings settings;           // the config's settings for this input (overrides applied)
};

class Policies {
 public:
  // Loads the default pack and --config FILE, if given; "" or the error.
  std::string init(Command const& cmd);
  // The policy for one input (reads a config file the first time it is needed); "" or the error.
  std::string resolve(std::string const& input, Policy& out);
  // The config used for `rules` and `explain`: --config FILE or the defaults.
  Policy global() const;
  // One pack that can render every result: the pack with the most rules, when every
  // other pack in use only has rules it has too; null when packs with different
  // extra rules are mixed.
  RulePack const* report_pack() const;

 private:
  struct Entry {
    Config config;
    std::unique_ptr<RulePack const> own_pack;  // when the config brings rule packs or lexicons
    RulePack const* pack = nullptr;
  };
  std::string add(Config config, Entry*& out);

  bool no_config_ = false;
  std::unique_ptr<RulePack const> default_pack_;
  std::future<void> prepared_;  // the default pack's compilation; joined on destruction
  Entry defaults_;
  Entry* forced_ = nullptr;                                // --config
  std::map<std::string, std::unique_ptr<Entry>> by_file_;  // by absolute config path
};

}  // namespace avvlint::cli
