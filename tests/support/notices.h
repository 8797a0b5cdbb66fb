// Checking the model's notices by what they are (their code) and what they name (their values),
// never by their English wording.
#pragma once

#include "core/notice.h"

#include <string>

namespace icc {

// Whether one of the notice's values holds `text` (a file name, a count, a path).
inline bool NoticeMentions(const Notice& notice, const std::string& text) {
    for (const Notice::Value& value : notice.values)
        if (value.text.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace icc
