#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/fold.h"
#include "text/quotes.h"

namespace rightslint {
namespace {

bool IsZeroWidth(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

}  // namespace

bool IsJoiningGapCharacter(char32_t c) {
  return c == ' ' || c == '\t' || c == '-' || c == 0x00A0 || c == 0x2010 || c == 0x2011 ||
         c == 0x202F || IsZeroWidth(static_cast<UChar32>(c));
}

namespace {

// What lies between two words decides whether they may form one multi-word term: spaces, tabs,
// hyphens and line breaks inside the paragraph (already spaces in the block copy) do; any other
// punctuation does not.
bool IsJoiningGap(std::string_view gap) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(gap.data());
  const auto length = static_cast<int32_t>(gap.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsJoiningGapCharacter(static_cast<char32_t>(c))) return false;
  }
  return true;
}

bool OnlyHyphens(std::string_view gap) {
  if (gap.empty()) return false;
  for (std::size_t i = 0; i < gap.size();) {
    if (gap[i] == '-') {
      ++i;
    } else if (gap.substr(i).starts_with("\u2010") || gap.substr(i).starts_with("\u2011")) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

bool OnlyZeroWidth(std::string_view gap) {
  if (gap.empty()) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(gap.data());
  const auto length = static_cast<int32_t>(gap.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (!IsZeroWidth(c)) return false;
  }
  return true;
}

bool StartsUpperCase(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(word.size()), c);
  return u_isupper(c) || u_istitle(c);
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

}  // namespace

std::string_view ProseInPlace(std::string_view text, ByteRange range,
                              const std::vector<ByteRange>& non_prose, std::string* buffer) {
  auto first =
      std::lower_bound(non_prose.begin(), non_prose.end(), range.begin,
                       [](const ByteRange& r, std::size_t offset) { return r.end <= offset; });
  if (first == non_prose.end() || first->begin >= range.end || range.begin >= range.end) {
    return text.substr(range.begin, range.size());
  }
  CopyProse(text, range, &non_prose, buffer);
  return *buffer;
}

void CopyProse(std::string_view text, ByteRange range, const std::vector<ByteRange>* non_prose,
               std::string* out) {
  out->assign(text.substr(range.begin, range.size()));
  if (non_prose != nullptr) {
    auto first =
        std::lower_bound(non_prose->begin(), non_prose->end(), range.begin,
                         [](const ByteRange& r, std::size_t offset) { return r.end <= offset; });
    for (auto it = first; it != non_prose->end() && it->begin < range.end; ++it) {
      const std::size_t begin = std::max(it->begin, range.begin) - range.begin;
      const std::size_t end = std::min(it->end, range.end) - range.begin;
      for (std::size_t i = begin; i < end; ++i) (*out)[i] = ' ';
    }
  }
  for (char& c : *out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
}

StatusOr<std::unique_ptr<Tokenizer>> Tokenizer::Create() {
  UErrorCode status = U_ZERO_ERROR;
  // The root locale: boundaries must not depend on the process's default locale.
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words || !sentences) {
    return Status::Internal(std::string("ICU break iterators unavailable: ") + u_errorName(status));
  }
  return std::unique_ptr<Tokenizer>(new Tokenizer(std::move(words), std::move(sentences)));
}

Tokenizer::Tokenizer(std::unique_ptr<icu::BreakIterator> words,
                     std::unique_ptr<icu::BreakIterator> sentences)
    : words_(std::move(words)), sentences_(std::move(sentences)) {}

Tokenizer::~Tokenizer() = default;

void Tokenizer::Analyze(std::string_view text, ByteRange range, Block* block,
                        const std::vector<ByteRange>* non_prose) {
  block->Clear();
  block->range = range;
  // Everything below reads a copy of the block: non-prose bytes (code, URLs) become spaces so
  // they are neither words nor quotation marks, and line breaks become spaces because ICU ends a
  // sentence at every line break while inside a paragraph a line break is only wrapping. The
  // copy has the block's length, so local offsets plus range.begin are document offsets.
  CopyProse(text, range, non_prose, &prose_);
  const std::string_view slice = prose_;
  const std::size_t base = range.begin;

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, slice.data(), static_cast<int64_t>(slice.size()), &status));
  if (U_FAILURE(status)) return;

  // Sentences first: tokens record the sentence they start in.
  sentences_->setText(utext.get(), status);
  if (U_FAILURE(status)) return;
  for (int32_t begin = sentences_->first(), end = sentences_->next();
       end != icu::BreakIterator::DONE; begin = end, end = sentences_->next()) {
    block->sentences.push_back(
        {base + static_cast<std::size_t>(begin), base + static_cast<std::size_t>(end)});
  }

  words_->setText(utext.get(), status);
  if (U_FAILURE(status)) return;
  std::size_t sentence = 0;
  std::size_t previous_end = std::string_view::npos;  // local end of the previous word token
  for (int32_t begin = words_->first(), end = words_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words_->next()) {
    const int32_t kind = words_->getRuleStatus();
    const bool is_number = kind >= UBRK_WORD_NUMBER && kind < UBRK_WORD_NUMBER_LIMIT;
    const bool is_word = kind >= UBRK_WORD_LETTER && kind < UBRK_WORD_IDEO_LIMIT;
    if (!is_word && !is_number) continue;
    const auto local_begin = static_cast<std::size_t>(begin);
    const auto local_end = static_cast<std::size_t>(end);
    const std::string_view gap = previous_end == std::string_view::npos
                                     ? std::string_view()
                                     : slice.substr(previous_end, local_begin - previous_end);

    if (previous_end != std::string_view::npos && !block->tokens.empty() && !is_number &&
        !block->tokens.back().numeric && OnlyZeroWidth(gap)) {
      // "нарк\u200Bоман": one word that a zero-width character split; refold it whole.
      Token& last = block->tokens.back();
      last.end = base + local_end;
      block->keys.resize(last.key_begin);
      AppendFoldedWord(slice.substr(last.begin - base, last.end - last.begin), &block->keys);
      last.key_size = block->keys.size() - last.key_begin;
      previous_end = local_end;
      continue;
    }

    while (sentence + 1 < block->sentences.size() &&
           block->sentences[sentence].end <= base + local_begin) {
      ++sentence;
    }
    Token token;
    token.begin = base + local_begin;
    token.end = base + local_end;
    token.sentence = sentence;
    token.numeric = is_number;
    const std::string_view word = slice.substr(local_begin, local_end - local_begin);
    token.capitalized = !is_number && StartsUpperCase(word);
    token.joined = previous_end != std::string_view::npos &&
                   block->tokens.back().sentence == sentence && IsJoiningGap(gap);
    token.hyphenated = token.joined && OnlyHyphens(gap);
    token.key_begin = block->keys.size();
    AppendFoldedWord(word, &block->keys);
    token.key_size = block->keys.size() - token.key_begin;
    block->tokens.push_back(token);
    previous_end = local_end;
  }

  FindQuotations(slice, {0, slice.size()}, &block->quotations);
  for (ByteRange& quote : block->quotations) {
    quote.begin += base;
    quote.end += base;
  }
}

bool Block::Quoted(ByteRange span) const {
  for (const ByteRange& quote : quotations) {
    if (quote.begin <= span.begin && span.end <= quote.end) return true;
  }
  return false;
}

void Block::Clear() {
  range = {};
  tokens.clear();
  sentences.clear();
  quotations.clear();
  keys.clear();
}

}  // namespace rightslint
