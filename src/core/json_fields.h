// Reading typed fields out of parsed JSON objects without exceptions, reporting each missing or
// mistyped field as a Problem with its JSON pointer path. Shared by the benchmark and answers
// readers.
#pragma once

#include "core/index_model.h"
#include "core/problems.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace icc {

// "/parent/key" with the key escaped as RFC 6901 asks ("~" -> "~0", "/" -> "~1").
std::string JsonPath(const std::string& parent, std::string_view key);
std::string JsonPath(const std::string& parent, std::size_t index);

enum class Presence { Required, Optional };

// Reads fields of one JSON object; every failure is appended to `problems`.
class JsonFieldReader {
public:
    JsonFieldReader(const nlohmann::json& object, std::string path, Problems& problems)
        : object_(object), path_(std::move(path)), problems_(problems) {}

    // The member, or nullptr (with a problem when it is required).
    const nlohmann::json* Member(const char* key, Presence presence) const;

    std::optional<std::string> String(const char* key, Presence presence) const;
    std::optional<double> Number(const char* key, Presence presence) const;
    // A whole number within [min, max].
    std::optional<long long> Integer(const char* key, Presence presence, long long min, long long max) const;
    std::optional<bool> Bool(const char* key, Presence presence) const;
    // An object language -> text with at least "en".
    std::optional<LocalizedText> Localized(const char* key, Presence presence) const;

    // A number within [min, max] (both inclusive).
    std::optional<double> NumberWithin(const char* key, Presence presence, double min, double max) const;

    std::string PathOf(const char* key) const { return JsonPath(path_, key); }
    void Report(const std::string& path, std::string message) const;

private:
    const nlohmann::json& object_;
    std::string path_;
    Problems& problems_;
};

// Checks "kind" and "formatVersion" of a top-level object; `fileName` names the expected kind of
// file in messages ("an answers file"). Returns the format version read
// (0 when absent and `missingVersionIsZero`), or nullopt after reporting a problem. Newer versions
// than `newestVersion` are refused with a message that says to update the tool.
std::optional<int> CheckKindAndVersion(const nlohmann::json& root, const char* kind, const char* fileName, int newestVersion,
                                       bool missingVersionIsZero, Problems& problems);

// The JSON type in words, for messages: "a string", "an array", ...
const char* JsonTypeName(const nlohmann::json& value);

}  // namespace icc
