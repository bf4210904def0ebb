// The current time as an ISO 8601 UTC timestamp, for documents and logs that record when.
#ifndef RIGHTSLINT_BASE_UTC_TIME_H_
#define RIGHTSLINT_BASE_UTC_TIME_H_

#include <string>

namespace rightslint {

// "2026-11-29T18:05:03Z".
std::string UtcNow();

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_UTC_TIME_H_
