// The Platform of the browser build, over the JavaScript glue in web/library_icc.js.
#pragma once

#include "platform/platform.h"

namespace icc {

class WebPlatform : public Platform {
public:
    bool StorageAvailable() override;
    std::optional<std::string> StorageRead(const std::string& key, StorageError& error) override;
    bool StorageWrite(const std::string& key, const std::string& value, StorageError& error) override;
    bool StorageRemove(const std::string& key, StorageError& error) override;
    std::vector<std::string> StorageKeys(const std::string& prefix) override;
    int StorageRemoveAll(const std::string& prefix) override;
    void DownloadFile(const std::string& fileName, const std::string& mimeType,
                      const std::string& content) override;
    void OpenFilePicker(const std::string& accept) override;
    void CopyToClipboard(const std::string& text) override;
    bool OpenedFromLocalFile() override;
    std::optional<std::string> UrlParameter(const std::string& name) override;
    std::vector<std::string> PreferredLanguages() override;
    bool PrefersDarkScheme() override;
    void FetchLanguage(const std::string& language) override;
    std::string NowIso() override;
    std::string LocalClockTime() override;
    double MonotonicSeconds() override;
    std::string NewId() override;
    void SetDocumentLanguage(const std::string& language) override;
    void Announce(const std::string& message) override;
    void RequestPersistentStorage() override;
};

}  // namespace icc
