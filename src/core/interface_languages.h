// The languages the interface speaks: one list, which the catalogs in assets/i18n must match
// (tests/core/translations_test.cpp checks that each has a catalog and no catalog is missing).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace icc {

constexpr const char* kInterfaceLanguages[] = {"en", "pl", "uk", "fr"};

bool IsInterfaceLanguage(std::string_view language);

// The interface language for a browser that prefers `preferred` (BCP 47 tags such as "pl-PL",
// most preferred first): the first whose primary language the interface speaks, else English.
std::string NegotiateLanguage(const std::vector<std::string>& preferred);

}  // namespace icc
