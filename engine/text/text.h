// The Text stage's output: a document cut into blocks (paragraphs), each with its language,
// word tokens carrying folded keys, sentences and quotations. All offsets are byte offsets into
// the document text; nothing here points into ICU or library-owned memory.
#ifndef RIGHTSLINT_TEXT_TEXT_H_
#define RIGHTSLINT_TEXT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

struct Token {
  std::size_t begin = 0;  // byte range of the word in the document text
  std::size_t end = 0;
  std::size_t key_begin = 0;  // the folded key: Block::keys.substr(key_begin, key_size)
  std::size_t key_size = 0;
  std::size_t sentence = 0;  // index into Block::sentences
  // Only spaces, hyphens or one line break separate this word from the previous one, so the two
  // can be parts of one multi-word term ("drug abuser", "drug-abuser").
  bool joined = false;
  // Only hyphens separate this word from the previous one: both are parts of one compound
  // ("apt-get", "drug-abuser").
  bool hyphenated = false;
  bool capitalized = false;  // first letter is upper case
  bool numeric = false;      // a number, not a word
};

struct Block {
  ByteRange range;
  std::string language;               // "en", "ru", "uk"
  std::vector<Token> tokens;          // words and numbers, in order
  std::vector<ByteRange> sentences;   // ICU sentence boundaries, covering the block
  std::vector<ByteRange> quotations;  // inside paired quotation marks, marks excluded

  std::string keys;  // arena of folded keys, so tokens own no heap memory of their own

  std::string_view Key(const Token& token) const {
    return std::string_view(keys).substr(token.key_begin, token.key_size);
  }
  bool Quoted(ByteRange span) const;
  void Clear();
};

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_TEXT_H_
