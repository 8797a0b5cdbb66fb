#include "core/interface_languages.h"

#include <algorithm>
#include <iterator>

namespace icc {

bool IsInterfaceLanguage(std::string_view language) {
    return std::any_of(std::begin(kInterfaceLanguages), std::end(kInterfaceLanguages),
                       [&](const char* known) { return language == known; });
}

std::string NegotiateLanguage(const std::vector<std::string>& preferred) {
    for (const std::string& tag : preferred) {
        const std::string primary = tag.substr(0, tag.find('-'));
        if (IsInterfaceLanguage(primary)) return primary;
    }
    return "en";
}

}  // namespace icc
