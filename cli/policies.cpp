#include "policies.hpp"

#include <avvlint/lint.hpp>

#include <filesystem>
#include <set>

namespace avvlint::cli {

namespace fs = std::filesystem;

namespace {

std::string absolute_key(std::string const& file) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(file), ec);
  return (ec ? fs::path(file) : p).lexically_normal().string();
}

}  // namespace

std::string Policies::add(Config config, Entry*& out) {
  std::string key = absolute_key(config.file);
  auto entry = std::make_unique<Entry>();
  entry->config = std::move(config);
  if (entry->config.rule_packs.empty() && entry->config.lexicons.empty()) {
    entry->pack = default_pack_.get();
  } else {
    auto loaded = load_config_rule_pack(entry->config);
    if (!loaded.ok()) return loaded.error;
    entry->own_pack = std::make_unique<RulePack const>(std::move(*loaded.pack));
    entry->pack = entry->own_pack.get();
    // Compile the coverage rules now, on this thread, at the pack's final address.
    if (auto e = prepare_rule_pack(*entry->pack); !e.empty()) return e;
  }
  if (auto e = validate_config(entry->config, *entry->pack); !e.empty()) return e;
  out = entry.get();
  by_file_[key] = std::move(entry);
  return {};
}

std::string Policies::init(Command const& cmd) {
  auto loaded = load_default_rule_pack();
  if (!loaded.ok()) return "internal error: embedded rule pack: " + loaded.error;
  default_pack_ = std::make_unique<RulePack const>(std::move(*loaded.pack));
  // The embedded pack compiles on a second thread while the inputs are read (its
  // specs are checked by the test suite; a broken build would fail each input).
  if (cmd.verb == Verb::check || cmd.verb == Verb::tree) {
    prepared_ = std::async(std::launch::async, [pack = default_pack_.get()] { prepare_rule_pack(*pack); });
  }
  defaults_.pack = default_pack_.get();
  std::error_code ec;
  defaults_.config.dir = fs::current_path(ec).string();
  no_config_ = cmd.no_config;
  if (!cmd.config.empty()) {
    auto config = load_config(cmd.config);
    if (!config.ok()) return config.error;
    if (auto e = add(std::move(*config.config), forced_); !e.empty()) return e;
  }
  return {};
}

std::string Policies::resolve(std::string const& input, Policy& out) {
  Entry* entry = forced_;
  if (!entry && !no_config_) {
    std::string file = find_config_file(input);
    if (!file.empty()) {
      auto it = by_file_.find(absolute_key(file));
      if (it != by_file_.end()) {
        entry = it->second.get();
      } else {
        auto config = load_config(file);
        if (!config.ok()) return config.error;
        if (auto e = add(std::move(*config.config), entry); !e.empty()) return e;
      }
    }
  }
  if (!entry) entry = &defaults_;
  out.config = &entry->config;
  out.pack = entry->pack;
  out.settings = settings_for(entry->config, input);
  return {};
}

Policy Policies::global() const {
  Entry const* entry = forced_ ? forced_ : &defaults_;
  return Policy{&entry->config, entry->pack, entry->config.settings};
}

RulePack const* Policies::report_pack() const {
  std::set<RulePack const*> packs{default_pack_.get()};
  for (auto const& [key, entry] : by_file_) packs.insert(entry->pack);
  RulePack const* widest = nullptr;
  for (auto const* p : packs) {
    if (!widest || p->rules.size() > widest->rules.size()) widest = p;
  }
  for (auto const* p : packs) {
    for (auto const& [id, rule] : p->rules) {
      if (!widest->rule(id)) return nullptr;
    }
  }
  return widest;
}

}  // namespace avvlint::cli
