// How a notice names a file it could not use. The name comes from outside: a URL parameter
// (?index=...), which anyone can put in a link, or a file's own name. Shown whole it could pose as
// the tool's own words ("x.json\n\nYOUR DRAFT WAS DELETED. Email your export to ..."), so a notice
// shows only a short, single-line base name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace icc {

// Longest name a notice shows, in characters (code points), the "…" of a cut name included.
constexpr std::size_t kMaxNoticeFileNameChars = 80;

// `source`'s base name (after the last '/' or '\'), ending at its first control character (C0,
// DEL, C1, line and paragraph separators, bidirectional overrides), at most
// kMaxNoticeFileNameChars characters; a name cut short ends with "…". Never empty for a non-empty
// base name.
std::string FileNameForNotice(std::string_view source);

}  // namespace icc
