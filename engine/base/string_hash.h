// Hash containers of strings that are looked up by std::string_view without building a
// std::string per lookup (heterogeneous lookup, C++20).
#ifndef RIGHTSLINT_BASE_STRING_HASH_H_
#define RIGHTSLINT_BASE_STRING_HASH_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace rightslint {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_STRING_HASH_H_
