// A message for the user as data: the key of its text in the catalogs and the values of its
// placeholders. The model keeps notices like this; the view says them in the user's language,
// and the JavaScript API answers with the stable code beside that text.
#pragma once

#include "core/translations.h"

#include <string>
#include <utility>
#include <vector>

namespace icc {

struct Notice {
    // A placeholder's value: plain text (a file name, a reader's message), or, with `translated`,
    // the key of a catalog text said in the user's language too (a reason such as "the file is
    // too large").
    struct Value {
        std::string name;
        std::string text;
        bool translated = false;
    };

    std::string code;  // the catalog key, e.g. "notice.import_failed"; empty: no notice
    std::vector<Value> values;

    bool empty() const { return code.empty(); }
};

// The notice in the language of `text`.
std::string NoticeText(const Notice& notice, const Translations& text);

}  // namespace icc
