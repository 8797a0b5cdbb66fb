#include "core/json_guard.h"

#include <string>

namespace icc {
namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if it is malformed.
// Follows the table of well-formed byte sequences in the Unicode standard (section 3.9).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byteAt = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byteAt(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char secondMin = 0x80, secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; secondMin = 0xA0; }          // no overlong forms
    else if (lead == 0xED) { length = 3; secondMax = 0x9F; }          // no surrogates
    else if (lead >= 0xE1 && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; secondMin = 0x90; }          // no overlong forms
    else if (lead == 0xF4) { length = 4; secondMax = 0x8F; }          // nothing past U+10FFFF
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else return 0;
    if (i + length > text.size()) return 0;
    if (byteAt(i + 1) < secondMin || byteAt(i + 1) > secondMax) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byteAt(i + k) < 0x80 || byteAt(i + k) > 0xBF) return 0;
    return length;
}

// `text` with every byte that breaks UTF-8 replaced by '?'.
std::string ReplaceInvalidUtf8(std::string_view text) {
    std::string valid;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = Utf8SequenceLength(text, i);
        valid += length == 0 ? std::string_view("?") : text.substr(i, length);
        i += length == 0 ? 1 : length;
    }
    return valid;
}

// Receives nlohmann's SAX events only to learn where and why parsing failed: the DOM parser
// without exceptions just says "discarded".
class ParseErrorCatcher : public nlohmann::json_sax<nlohmann::json> {
public:
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& error) override {
        // nlohmann reports a number past the range of a double (1e400) as
        // "[json.exception.out_of_range.406] number overflow parsing '1e400'": say it plainly.
        if (error.id == 406) {
            // A number of thousands of digits would flood the message: its start names it well enough.
            const std::string number = token.size() > 40 ? token.substr(0, 40) + "..." : token;
            message = "the number " + ReplaceInvalidUtf8(number) +
                      " is too large to be used (numbers in these files stay far below 1e308)";
            return false;
        }
        // what() reads "[json.exception.parse_error.101] parse error at line 2, column 5: ...";
        // its "last read" excerpt may end inside a multi-byte character.
        message = ReplaceInvalidUtf8(error.what());
        const std::size_t at = message.find("parse error ");
        if (at != std::string::npos) message.erase(0, at + 12);
        return false;
    }
};

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = Utf8SequenceLength(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

bool IsValidUtf8(std::string_view text) { return !FindInvalidUtf8(text).has_value(); }

int MaxNestingDepth(std::string_view json) {
    int depth = 0, maxDepth = 0;
    bool inString = false, escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) maxDepth = depth;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return maxDepth;
}

std::optional<Problem> GuardJson(std::string_view json) {
    if (const auto bad = FindInvalidUtf8(json))
        return Problem{"", "the file is not valid UTF-8 text (first bad byte at offset " +
                               std::to_string(*bad) + "); save it as UTF-8"};
    // JSON text never holds a NUL; a file that does is binary, or truncated where a C string ends.
    if (const std::size_t nul = json.find('\0'); nul != std::string_view::npos)
        return Problem{"", "the file holds a NUL byte (at offset " + std::to_string(nul) +
                               "), so it is not a JSON text file"};
    if (const int depth = MaxNestingDepth(json); depth > kMaxJsonNesting)
        return Problem{"", "objects and arrays are nested " + std::to_string(depth) +
                               " levels deep; at most " + std::to_string(kMaxJsonNesting) +
                               " levels are allowed"};
    return std::nullopt;
}

nlohmann::json ParseJson(std::string_view json) { return nlohmann::json::parse(json.begin(), json.end(), nullptr, false); }

std::optional<nlohmann::json> ParseJsonSafely(std::string_view json, Problems& problems) {
    if (auto problem = GuardJson(json)) {
        problems.push_back(std::move(*problem));
        return std::nullopt;
    }
    nlohmann::json value = ParseJson(json);
    if (!value.is_discarded()) return value;
    ParseErrorCatcher catcher;
    nlohmann::json::sax_parse(json.begin(), json.end(), &catcher);
    problems.push_back({"", "the file is not valid JSON: " +
                                (catcher.message.empty() ? std::string("syntax error") : catcher.message)});
    return std::nullopt;
}

}  // namespace icc
