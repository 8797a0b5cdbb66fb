#include "support/memory_platform.h"

#include <cstdio>

namespace icc {

namespace {
// The same error words as the browser glue (web/library_icc.js).
constexpr StorageError kUnavailable = StorageError::Blocked;
}

std::optional<std::string> MemoryPlatform::StorageRead(const std::string& key, StorageError& error) {
    if (!storageAvailable) {
        error = kUnavailable;
        return std::nullopt;
    }
    auto it = storage.find(key);
    if (it == storage.end()) return std::nullopt;
    return it->second;
}

bool MemoryPlatform::StorageWrite(const std::string& key, const std::string& value, StorageError& error) {
    if (!storageAvailable) {
        error = kUnavailable;
        return false;
    }
    if (failWrites) {
        error = StorageError::Quota;
        return false;
    }
    storage[key] = value;
    return true;
}

bool MemoryPlatform::StorageRemove(const std::string& key, StorageError& error) {
    if (!storageAvailable) {
        error = kUnavailable;
        return false;
    }
    storage.erase(key);
    return true;
}

std::vector<std::string> MemoryPlatform::StorageKeys(const std::string& prefix) {
    std::vector<std::string> keys;
    if (!storageAvailable) return keys;
    for (const auto& [key, value] : storage)
        if (key.compare(0, prefix.size(), prefix) == 0) keys.push_back(key);
    return keys;
}

int MemoryPlatform::StorageRemoveAll(const std::string& prefix) {
    int removed = 0;
    for (const std::string& key : StorageKeys(prefix)) removed += static_cast<int>(storage.erase(key));
    return removed;
}

std::optional<std::string> MemoryPlatform::UrlParameter(const std::string& name) {
    auto it = urlParameters.find(name);
    if (it == urlParameters.end()) return std::nullopt;
    return it->second;
}

std::string MemoryPlatform::NowIso() {
    ++clock;
    char text[32];
    std::snprintf(text, sizeof text, "2026-01-01T00:%02d:%02dZ", (clock / 60) % 60, clock % 60);
    return text;
}

}  // namespace icc
