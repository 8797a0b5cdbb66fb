#include "core/file_names.h"

#include <cstdint>

namespace icc {
namespace {

const char kEllipsis[] = "\xE2\x80\xA6";  // …

// Characters that change how text around them reads: line breaks and other C0/C1 controls, the
// line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
bool IsControl(std::uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Decodes the UTF-8 character at text[i] into `c` and returns its length; a malformed byte counts
// as a control character of length 1 (the name ends there).
std::size_t Decode(std::string_view text, std::size_t i, std::uint32_t& c) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) {
        c = 0;
        return 1;
    }
    c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            c = 0;
            return 1;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    return length;
}

}  // namespace

std::string FileNameForNotice(std::string_view source) {
    const std::size_t slash = source.find_last_of("/\\");
    const std::string_view base = slash == std::string_view::npos ? source : source.substr(slash + 1);
    std::string name;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < base.size();) {
        std::uint32_t c = 0;
        const std::size_t length = Decode(base, i, c);
        // Room for one more character and, if more follow, the "…".
        const bool last = i + length >= base.size();
        if (IsControl(c) || (characters + 1 == kMaxNoticeFileNameChars && !last)) return name + kEllipsis;
        name.append(base.substr(i, length));
        ++characters;
        i += length;
    }
    return name;
}

}  // namespace icc
