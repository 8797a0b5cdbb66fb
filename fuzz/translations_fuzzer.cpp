// Fuzzes Translations::Parse. A catalog that parses must answer lookups of its own keys.
#include "fuzz_support.h"

#include "core/translations.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::unordered_map<std::string, std::string> catalog;
    const icc::Problems problems = icc::Translations::Parse(icc::fuzz::AsText(data, size), catalog);
    for (const icc::Problem& problem : problems) icc::fuzz::Check(!problem.message.empty(), "every problem says what");
    icc::Translations translations;
    translations.Set("xx", catalog, {{"fallback.key", "Fallback"}});
    for (const auto& [key, text] : catalog)
        if (key.find('\0') == std::string::npos)
            icc::fuzz::Check(std::strcmp(translations.Get(key.c_str()), text.c_str()) == 0 || text.find('\0') != std::string::npos,
                             "a parsed key finds its text");
    icc::fuzz::Check(std::strcmp(translations.Get("missing.key"), "missing.key") == 0 || catalog.count("missing.key"),
                     "a missing key falls back to itself");
    return 0;
}
