// Checks every file loader runs on untrusted JSON text before and while parsing it: the text must
// be valid UTF-8 without NUL bytes, must not nest deeper than kMaxJsonNesting (a deeply nested file could exhaust
// the stack, which in the browser kills the whole page), and must parse. Never throws.
#pragma once

#include "core/problems.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace icc {

// Deepest nesting of objects and arrays accepted by GuardJson; real files use fewer than 10.
constexpr int kMaxJsonNesting = 64;

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Byte offset of the first byte that breaks UTF-8 in `text`, or nullopt when it is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Deepest nesting of '{' and '[' outside strings, without parsing (works on any text).
int MaxNestingDepth(std::string_view json);

// A problem (path "", the whole file) if `json` is not UTF-8, holds a NUL byte or nests deeper
// than kMaxJsonNesting.
std::optional<Problem> GuardJson(std::string_view json);

// Parses `json` without exceptions: a discarded value (is_discarded()) if it is not JSON. Every
// parse of the program goes through here or ParseJsonSafely, so that the parser is compiled for one
// kind of input only (BENCHMARKS.md, "Bytes").
nlohmann::json ParseJson(std::string_view json);

// GuardJson, then parse without exceptions. On failure appends one problem (path "", with the
// line and column of a syntax error) to `problems` and returns nullopt.
std::optional<nlohmann::json> ParseJsonSafely(std::string_view json, Problems& problems);

}  // namespace icc
