// Escaping text for HTML and SVG, for the report writer (rules in docs/REPORTS.md, "Escaping").
// Every text that comes from a file or from the user goes through one of these before it is
// written into markup: content and attribute values alike.
#pragma once

#include <string>
#include <string_view>

namespace icc {

// The text with & < > " ' as character references, the bidirectional controls U+202A..U+202E and
// U+2066..U+2069 and the C0 controls (except tab, line feed, carriage return) and DEL as numeric
// references. Safe in element content and in quoted attribute values; unescaping gives the text back.
std::string EscapeHtml(std::string_view text);

// EscapeHtml, plus the bidirectional controls (as numeric references) that keep the text's own
// embeddings, overrides and isolates inside it: an isolate opener before each closer that has no
// opener, and after the text the closers of whatever it leaves open. A right-to-left override in
// a city name then cannot reorder anything after the name. Texts without such controls are unchanged.
std::string EscapeHtmlContained(std::string_view text);

}  // namespace icc
