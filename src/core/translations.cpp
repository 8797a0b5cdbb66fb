#include "core/translations.h"

#include "core/json_fields.h"
#include "core/json_guard.h"

#include <nlohmann/json.hpp>

namespace icc {

Problems Translations::Parse(std::string_view json, std::unordered_map<std::string, std::string>& out) {
    Problems problems;
    // The guard says what is wrong with text that is not UTF-8, nests too deep or is not JSON.
    const std::optional<nlohmann::json> document = ParseJsonSafely(json, problems);
    if (!document) return problems;
    if (!document->is_object()) {
        problems.push_back({"", "a translation file must be a JSON object of key to text"});
        return problems;
    }
    for (auto it = document->begin(); it != document->end(); ++it) {
        if (!it.value().is_string()) {
            problems.push_back({JsonPath("", it.key()), "each translation must be a text"});
            continue;
        }
        out[it.key()] = it.value().get<std::string>();
    }
    return problems;
}

void Translations::Set(std::string language, std::unordered_map<std::string, std::string> catalog,
                       std::unordered_map<std::string, std::string> fallback) {
    language_ = std::move(language);
    texts_.clear();
    for (auto& [key, text] : catalog) texts_.emplace(key, std::move(text));
    for (auto& [key, text] : fallback) texts_.emplace(key, std::move(text));  // only where the catalog has none
}

const char* Translations::Get(const char* key) const {
    auto it = texts_.find(std::string_view(key));
    return it != texts_.end() ? it->second.c_str() : key;
}

}  // namespace icc
