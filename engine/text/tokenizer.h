// Tokenizer: ICU word and sentence boundaries over UTF-8, filling a Block.
//
// ICU runs on a UTF-8 UText, so its boundaries are already byte offsets. Words split only by
// zero-width characters ("нарк\u200Bоман") are joined back into one token. A Tokenizer owns
// its break iterators and is not thread-safe: use one per thread.
#ifndef RIGHTSLINT_TEXT_TOKENIZER_H_
#define RIGHTSLINT_TEXT_TOKENIZER_H_

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/source.h"
#include "rightslint/status.h"
#include "text/text.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace rightslint {

// A character that may stand between two words of one multi-word term (Token::joined): space,
// tab, hyphen, no-break spaces, zero-width characters. Line breaks are spaces in the prose copy.
bool IsJoiningGapCharacter(char32_t c);

// text[range] for readers that do not care about line breaks (the candidate filter, letter
// counts): the bytes themselves when no non-prose lies in it, else CopyProse's copy in *buffer.
std::string_view ProseInPlace(std::string_view text, ByteRange range,
                              const std::vector<ByteRange>& non_prose, std::string* buffer);

// Copies text[range] into `out` as the Tokenizer reads it: bytes inside `non_prose` (sorted,
// disjoint; may be null) and line breaks become spaces, so the copy has the block's length.
void CopyProse(std::string_view text, ByteRange range, const std::vector<ByteRange>* non_prose,
               std::string* out);

class Tokenizer {
 public:
  static StatusOr<std::unique_ptr<Tokenizer>> Create();
  ~Tokenizer();

  // Fills `block` (tokens, sentences, quotations, keys) for text[range]. Bytes inside
  // `non_prose` (sorted, disjoint; may be null) are read as spaces. `block` is cleared first and
  // its buffers reused. `block->language` is left as set by the caller.
  void Analyze(std::string_view text, ByteRange range, Block* block,
               const std::vector<ByteRange>* non_prose = nullptr);

  // The block as last analysed: non-prose and line breaks as spaces, same length.
  std::string_view prose() const { return prose_; }

 private:
  Tokenizer(std::unique_ptr<icu::BreakIterator> words,
            std::unique_ptr<icu::BreakIterator> sentences);

  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::string prose_;  // scratch: the block with non-prose and line breaks as spaces
};

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_TOKENIZER_H_
