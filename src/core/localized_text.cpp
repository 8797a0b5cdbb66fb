#include "core/index_model.h"

namespace icc {

const std::string& LocalizedText::Get(const std::string& language) const {
    static const std::string empty;
    if (auto it = byLanguage.find(language); it != byLanguage.end()) return it->second;
    if (auto it = byLanguage.find("en"); it != byLanguage.end()) return it->second;
    return empty;
}

}  // namespace icc
