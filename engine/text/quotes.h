// Quotations: byte ranges inside paired quotation marks — « », “ ”, „ “ / „ ”, and straight
// double quotes " " — so that a term inside quoted speech is reported with `quoted: true`.
// Single quotes are not used: ’ is also the apostrophe in English and Ukrainian.
#ifndef RIGHTSLINT_TEXT_QUOTES_H_
#define RIGHTSLINT_TEXT_QUOTES_H_

#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

// Appends to `out` the insides of the outermost matched quotation pairs in text[block), in
// order. An opening mark left unclosed at the end of the block quotes nothing.
void FindQuotations(std::string_view text, ByteRange block, std::vector<ByteRange>* out);

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_QUOTES_H_
