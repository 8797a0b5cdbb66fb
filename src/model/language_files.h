// The built-in files with the interface languages' files fetched after start. The web page's
// program ships English only; each other language comes as its own file the first time it is
// chosen (shell/icc-shell.js fetches it, the app hands it to Session::AddLanguageFiles).
#pragma once

#include "model/built_in_files.h"

#include <functional>
#include <map>
#include <string>

namespace icc {

class LanguageFiles : public BuiltInFiles {
public:
    explicit LanguageFiles(const BuiltInFiles& shipped) : shipped_(shipped) {}
    // A fetched file, else a shipped one.
    std::optional<std::string_view> Find(std::string_view name) const override;
    std::unordered_map<std::string, std::string> Catalog(const std::string& language) const override;
    bool HasCatalog(const std::string& language) const override;
    // A language's files, by the names the built-in files would have ("pl.json", "icc-2019.pl.json").
    // Only names of that language are taken; false when there are none, or another name.
    bool Add(const std::string& language, const std::map<std::string, std::string>& files);

private:
    const BuiltInFiles& shipped_;
    std::map<std::string, std::string, std::less<>> fetched_;
};

}  // namespace icc
