#include "match/pattern_matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace rightslint {

struct PatternMatcher::Impl {
  std::vector<const RuleSpec*> rules;
  std::vector<std::unique_ptr<RE2>> expressions;  // parallel to rules
  std::unique_ptr<RE2::Set> set;                  // null when there are no rules
};

PatternMatcher::PatternMatcher(const std::string& language, const std::vector<RuleSpec>& rules)
    : impl_(std::make_unique<Impl>()) {
  RE2::Options options;
  options.set_log_errors(false);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const RuleSpec& rule : rules) {
    if (rule.info.type != "pattern") continue;
    const auto& languages = rule.info.languages;
    if (std::find(languages.begin(), languages.end(), language) == languages.end()) continue;
    auto expression = std::make_unique<RE2>(rule.pattern, options);
    if (!expression->ok() || set->Add(rule.pattern, nullptr) < 0) continue;
    impl_->rules.push_back(&rule);
    impl_->expressions.push_back(std::move(expression));
  }
  if (!impl_->rules.empty() && set->Compile()) impl_->set = std::move(set);
}

PatternMatcher::~PatternMatcher() = default;

bool PatternMatcher::empty() const { return impl_->set == nullptr; }

void PatternMatcher::Match(const Block& block, std::string* folded,
                           std::vector<PatternMatch>* out) const {
  if (impl_->set == nullptr || block.tokens.empty()) return;
  folded->clear();
  std::vector<std::size_t> starts;  // folded offset of each token
  std::vector<std::size_t> ends;
  starts.reserve(block.tokens.size());
  ends.reserve(block.tokens.size());
  for (std::size_t i = 0; i < block.tokens.size(); ++i) {
    if (i > 0) folded->append(block.tokens[i].joined ? " " : " . ");
    starts.push_back(folded->size());
    folded->append(block.Key(block.tokens[i]));
    ends.push_back(folded->size());
  }
  std::vector<int> hits;
  if (!impl_->set->Match(*folded, &hits)) return;
  std::sort(hits.begin(), hits.end());

  const std::size_t before = out->size();
  for (int index : hits) {
    const RE2& expression = *impl_->expressions[static_cast<std::size_t>(index)];
    re2::StringPiece input(*folded);
    re2::StringPiece match;
    std::size_t position = 0;
    while (position <= folded->size() &&
           expression.Match(input, position, folded->size(), RE2::UNANCHORED, &match, 1)) {
      const auto begin = static_cast<std::size_t>(match.data() - folded->data());
      const std::size_t end = begin + match.size();
      position = std::max(end, begin + 1);
      const auto first = std::lower_bound(starts.begin(), starts.end(), begin);
      const auto last = std::lower_bound(ends.begin(), ends.end(), end);
      // Both ends must fall on word boundaries: no partial words.
      if (match.empty() || first == starts.end() || *first != begin || last == ends.end() ||
          *last != end) {
        continue;
      }
      out->push_back({impl_->rules[static_cast<std::size_t>(index)],
                      static_cast<std::size_t>(first - starts.begin()),
                      static_cast<std::size_t>(last - ends.begin())});
    }
  }
  std::sort(
      out->begin() + static_cast<std::ptrdiff_t>(before), out->end(),
      [](const PatternMatch& a, const PatternMatch& b) { return a.first_token < b.first_token; });
}

}  // namespace rightslint
