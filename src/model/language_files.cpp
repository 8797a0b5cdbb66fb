#include "model/language_files.h"

namespace icc {

namespace {

// "pl.json" or "<file>.pl.json": the files of a language's catalog and of its texts of an index.
bool IsFileOfLanguage(const std::string& name, const std::string& language) {
    const std::string ending = language + ".json";
    if (name == ending) return true;
    return name.size() > ending.size() + 1 && name.compare(name.size() - ending.size(), ending.size(), ending) == 0 &&
           name[name.size() - ending.size() - 1] == '.';
}

}  // namespace

std::optional<std::string_view> LanguageFiles::Find(std::string_view name) const {
    if (auto it = fetched_.find(name); it != fetched_.end()) return std::string_view(it->second);
    return shipped_.Find(name);
}

std::unordered_map<std::string, std::string> LanguageFiles::Catalog(const std::string& language) const {
    if (fetched_.count(language + ".json")) return BuiltInFiles::Catalog(language);  // reads it through Find
    return shipped_.Catalog(language);
}

bool LanguageFiles::HasCatalog(const std::string& language) const {
    return fetched_.count(language + ".json") || shipped_.HasCatalog(language);
}

bool LanguageFiles::Add(const std::string& language, const std::map<std::string, std::string>& files) {
    if (files.empty()) return false;
    for (const auto& [name, text] : files)
        if (!IsFileOfLanguage(name, language)) return false;
    for (const auto& [name, text] : files) fetched_[name] = text;
    return true;
}

}  // namespace icc
