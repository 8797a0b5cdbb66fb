#include "core/json_fields.h"

#include <cmath>
#include <cstdio>

namespace icc {

std::string JsonPath(const std::string& parent, std::string_view key) {
    std::string path = parent + "/";
    for (const char c : key) {
        if (c == '~') path += "~0";
        else if (c == '/') path += "~1";
        else path += c;
    }
    return path;
}

std::string JsonPath(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

const char* JsonTypeName(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "true/false";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

void JsonFieldReader::Report(const std::string& path, std::string message) const {
    problems_.push_back({path, std::move(message)});
}

const nlohmann::json* JsonFieldReader::Member(const char* key, Presence presence) const {
    if (object_.is_object()) {
        const auto it = object_.find(key);
        if (it != object_.end()) return &*it;
    }
    if (presence == Presence::Required) Report(PathOf(key), std::string("\"") + key + "\" is required");
    return nullptr;
}

std::optional<std::string> JsonFieldReader::String(const char* key, Presence presence) const {
    const nlohmann::json* value = Member(key, presence);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        Report(PathOf(key), std::string("must be a string, not ") + JsonTypeName(*value));
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<double> JsonFieldReader::Number(const char* key, Presence presence) const {
    const nlohmann::json* value = Member(key, presence);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        Report(PathOf(key), std::string("must be a number, not ") + JsonTypeName(*value));
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        Report(PathOf(key), "must be a finite number");
        return std::nullopt;
    }
    return number;
}

std::optional<double> JsonFieldReader::NumberWithin(const char* key, Presence presence, double min,
                                                    double max) const {
    const std::optional<double> number = Number(key, presence);
    if (!number) return std::nullopt;
    if (*number < min || *number > max) {
        char range[96];
        std::snprintf(range, sizeof range, "must be between %g and %g, not %g", min, max, *number);
        Report(PathOf(key), range);
        return std::nullopt;
    }
    return number;
}

std::optional<long long> JsonFieldReader::Integer(const char* key, Presence presence, long long min,
                                                  long long max) const {
    const nlohmann::json* value = Member(key, presence);
    if (!value) return std::nullopt;
    std::optional<long long> number;
    if (value->is_number_unsigned()) {
        const unsigned long long big = value->get<unsigned long long>();
        if (max < 0 || big > static_cast<unsigned long long>(max)) {
            Report(PathOf(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
            return std::nullopt;
        }
        number = static_cast<long long>(big);
    } else if (value->is_number_integer()) {
        number = value->get<long long>();
    } else if (value->is_number_float() && std::fabs(value->get<double>()) < 9e15 &&
               std::trunc(value->get<double>()) == value->get<double>()) {
        number = static_cast<long long>(value->get<double>());
    }
    if (!number) {
        Report(PathOf(key), std::string("must be a whole number, not ") +
                                (value->is_number() ? "a fraction" : JsonTypeName(*value)));
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        Report(PathOf(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonFieldReader::Bool(const char* key, Presence presence) const {
    const nlohmann::json* value = Member(key, presence);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) {
        Report(PathOf(key), std::string("must be true or false, not ") + JsonTypeName(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<LocalizedText> JsonFieldReader::Localized(const char* key, Presence presence) const {
    const nlohmann::json* value = Member(key, presence);
    if (!value) return std::nullopt;
    if (!value->is_object()) {
        Report(PathOf(key), std::string("must be an object of texts by language, not ") + JsonTypeName(*value));
        return std::nullopt;
    }
    LocalizedText text;
    bool ok = true;
    for (auto it = value->begin(); it != value->end(); ++it) {
        if (!it.value().is_string()) {
            Report(JsonPath(PathOf(key), it.key()), "must be a string");
            ok = false;
            continue;
        }
        text.byLanguage[it.key()] = it.value().get<std::string>();
    }
    if (!text.byLanguage.count("en")) {
        Report(PathOf(key), "needs an English (\"en\") text");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return text;
}

std::optional<int> CheckKindAndVersion(const nlohmann::json& root, const char* kind, const char* fileName, int newestVersion,
                                       bool missingVersionIsZero, Problems& problems) {
    if (!root.is_object()) {
        problems.push_back({"", std::string("the file must hold a JSON object, not ") + JsonTypeName(root)});
        return std::nullopt;
    }
    const JsonFieldReader reader(root, "", problems);
    const std::size_t before = problems.size();
    if (const auto found = reader.String("kind", Presence::Required); found && *found != kind)
        reader.Report("/kind", "this is not " + std::string(fileName) + ": kind is \"" + *found +
                                   "\", expected \"" + kind + "\"");
    std::optional<long long> version;
    if (root.contains("formatVersion") || !missingVersionIsZero)
        version = reader.Integer("formatVersion", Presence::Required, 0, 1000000);
    else
        version = 0;
    if (version && *version > newestVersion)
        reader.Report("/formatVersion", "the file uses format version " + std::to_string(*version) +
                                            ", newer than this tool reads (up to " +
                                            std::to_string(newestVersion) +
                                            "); open it with a newer version of the tool");
    if (problems.size() != before || !version) return std::nullopt;
    return static_cast<int>(*version);
}

}  // namespace icc
