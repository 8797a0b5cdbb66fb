// An in-memory Platform for the native and wasm tests: storage in a map (which a test can make
// fail), files and announcements recorded for inspection.
#pragma once

#include "platform/platform.h"

#include <map>

namespace icc {

class MemoryPlatform : public Platform {
public:
    std::map<std::string, std::string> storage;
    bool storageAvailable = true;
    bool failWrites = false;  // simulates a full quota
    struct Download { std::string fileName, mimeType, content; };
    std::vector<Download> downloads;
    std::vector<std::string> announcements;
    std::vector<std::string> languageFetches;  // FetchLanguage's requests, in order
    std::map<std::string, std::string> urlParameters;
    std::string documentLanguage;
    std::string clipboard;
    int filePickerRequests = 0;
    bool localFile = false;  // the page as opened from file://
    int clock = 0;  // advanced by NowIso so timestamps differ
    double seconds = 0;  // MonotonicSeconds, advanced by the tests
    int nextId = 1;

    bool StorageAvailable() override { return storageAvailable; }
    std::optional<std::string> StorageRead(const std::string& key, StorageError& error) override;
    bool StorageWrite(const std::string& key, const std::string& value, StorageError& error) override;
    bool StorageRemove(const std::string& key, StorageError& error) override;
    std::vector<std::string> StorageKeys(const std::string& prefix) override;
    int StorageRemoveAll(const std::string& prefix) override;
    void DownloadFile(const std::string& fileName, const std::string& mimeType,
                      const std::string& content) override {
        downloads.push_back({fileName, mimeType, content});
    }
    void OpenFilePicker(const std::string&) override { ++filePickerRequests; }
    void CopyToClipboard(const std::string& text) override { clipboard = text; }
    bool OpenedFromLocalFile() override { return localFile; }
    std::optional<std::string> UrlParameter(const std::string& name) override;
    std::vector<std::string> PreferredLanguages() override { return {"en-GB"}; }
    bool PrefersDarkScheme() override { return false; }
    void FetchLanguage(const std::string& language) override { languageFetches.push_back(language); }
    std::string NowIso() override;
    std::string LocalClockTime() override { return "12:00:00"; }
    double MonotonicSeconds() override { return seconds; }
    std::string NewId() override { return "test-" + std::to_string(nextId++); }
    void SetDocumentLanguage(const std::string& language) override { documentLanguage = language; }
    void Announce(const std::string& message) override { announcements.push_back(message); }
    void RequestPersistentStorage() override {}
};

}  // namespace icc
