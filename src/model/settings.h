// What the user chose for this browser (language, theme, text size) and where they were, and how
// it is kept: a small JSON text in storage, read with type checks (anything unexpected is the
// default, never an error).
#pragma once

#include <string>

namespace icc {

enum class ThemeChoice { System, Light, Dark, HighContrast };

struct Settings {
    std::string language;  // "" until chosen: then the browser's preference decides
    ThemeChoice theme = ThemeChoice::System;
    int textSizePercent = 100;
    std::string lastOpenId;
    std::string userName;  // who uses this browser ("who am I"): recorded with every change they make
};

constexpr int kSmallestTextSize = 100;
constexpr int kLargestTextSize = 200;

const char* ThemeName(ThemeChoice theme);
ThemeChoice ThemeFromName(const std::string& name);

std::string WriteSettings(const Settings& settings);
Settings ReadSettings(const std::string& text);

}  // namespace icc
