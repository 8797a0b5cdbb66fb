#include "core/html_escape.h"

#include <cstdio>
#include <vector>

namespace icc {
namespace {

// The bidirectional control encoded at `text[i]` (UTF-8: E2 80 AA..AE or E2 81 A6..A9), or 0.
char32_t BidiControlAt(std::string_view text, std::size_t i) {
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if (second == 0x80 && third >= 0xAA && third <= 0xAE) return 0x202Au + (third - 0xAAu);
    if (second == 0x81 && third >= 0xA6 && third <= 0xA9) return 0x2066u + (third - 0xA6u);
    return 0;
}

std::string NumericReference(unsigned code) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "&#x%X;", code);
    return buffer;
}

constexpr char32_t kPopDirectionalFormatting = 0x202C;
constexpr char32_t kFirstStrongIsolate = 0x2068;
constexpr char32_t kPopDirectionalIsolate = 0x2069;

}  // namespace

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (const char32_t control = BidiControlAt(text, i)) {
            out += NumericReference(static_cast<unsigned>(control));
            i += 2;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t':
            case '\n':
            case '\r': out += c; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += NumericReference(static_cast<unsigned char>(c));
                else out += c;
        }
    }
    return out;
}

std::string EscapeHtmlContained(std::string_view text) {
    // The explicit-embedding stack of the Unicode bidirectional algorithm (UAX #9, X1-X8), reduced
    // to what matters here: which openers are still open, and how many isolate closers find none.
    std::vector<bool> open;  // true: an isolate (LRI, RLI, FSI), false: an embedding or override
    int unmatchedIsolateClosers = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t control = BidiControlAt(text, i);
        if (control == 0) continue;
        if (control == kPopDirectionalFormatting) {
            if (!open.empty() && !open.back()) open.pop_back();  // PDF never closes an isolate
        } else if (control == kPopDirectionalIsolate) {
            bool matched = false;
            while (!open.empty() && !matched) {
                matched = open.back();
                open.pop_back();
            }
            if (!matched) ++unmatchedIsolateClosers;  // it would close an isolate around the text
        } else {
            open.push_back(control >= 0x2066);
        }
    }
    if (unmatchedIsolateClosers == 0 && open.empty()) return EscapeHtml(text);
    std::string out;
    for (int i = 0; i < unmatchedIsolateClosers; ++i) out += NumericReference(kFirstStrongIsolate);
    out += EscapeHtml(text);
    for (auto it = open.rbegin(); it != open.rend(); ++it)
        out += NumericReference(*it ? kPopDirectionalIsolate : kPopDirectionalFormatting);
    return out;
}

}  // namespace icc
