#include "model/settings.h"

#include "core/json_guard.h"
#include "core/value_rules.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace icc {

const char* ThemeName(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::HighContrast: return "high-contrast";
    case ThemeChoice::System: break;
    }
    return "system";
}

ThemeChoice ThemeFromName(const std::string& name) {
    if (name == "light") return ThemeChoice::Light;
    if (name == "dark") return ThemeChoice::Dark;
    if (name == "high-contrast") return ThemeChoice::HighContrast;
    return ThemeChoice::System;
}

std::string WriteSettings(const Settings& settings) {
    const nlohmann::json json = {{"language", settings.language},
                                 {"theme", ThemeName(settings.theme)},
                                 {"textSizePercent", settings.textSizePercent},
                                 {"lastOpenId", settings.lastOpenId},
                                 {"userName", settings.userName}};
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Settings ReadSettings(const std::string& text) {
    Settings settings;
    const auto json = ParseJson(text);
    if (!json.is_object()) return settings;
    if (auto it = json.find("language"); it != json.end() && it->is_string()) settings.language = it->get<std::string>();
    if (auto it = json.find("theme"); it != json.end() && it->is_string()) settings.theme = ThemeFromName(it->get<std::string>());
    if (auto it = json.find("textSizePercent"); it != json.end() && it->is_number_integer())
        settings.textSizePercent = std::clamp(it->get<int>(), kSmallestTextSize, kLargestTextSize);
    if (auto it = json.find("lastOpenId"); it != json.end() && it->is_string()) settings.lastOpenId = it->get<std::string>();
    if (auto it = json.find("userName"); it != json.end() && it->is_string() &&
                                         CheckLength(it->get_ref<const std::string&>(), kLongestContributor).ok())
        settings.userName = it->get<std::string>();
    return settings;
}

}  // namespace icc
