// Browser services behind a small interface: the web build implements it with JavaScript glue
// (web_platform.cpp + web/library_icc.js), the tests with an in-memory fake
// (tests/support/memory_platform.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace icc {

// Why a storage call failed.
enum class StorageError { None, Quota, Blocked };

class Platform {
public:
    virtual ~Platform() = default;

    // Persistent key-value storage (localStorage in the browser). Every call reports failure
    // (blocked, quota full, absent) instead of throwing.
    virtual bool StorageAvailable() = 0;
    virtual std::optional<std::string> StorageRead(const std::string& key, StorageError& error) = 0;
    virtual bool StorageWrite(const std::string& key, const std::string& value, StorageError& error) = 0;
    virtual bool StorageRemove(const std::string& key, StorageError& error) = 0;
    virtual std::vector<std::string> StorageKeys(const std::string& prefix) = 0;
    // Removes every key that starts with `prefix`, whatever it holds (also keys StorageKeys
    // cannot hand over); returns how many were removed.
    virtual int StorageRemoveAll(const std::string& prefix) = 0;

    // Offers `content` to the user as a downloaded file.
    virtual void DownloadFile(const std::string& fileName, const std::string& mimeType,
                              const std::string& content) = 0;
    // Opens the browser's file picker; the chosen file arrives later through the app's
    // OnFileOpened callback.
    virtual void OpenFilePicker(const std::string& accept) = 0;
    virtual void CopyToClipboard(const std::string& text) = 0;

    // Whether the page was opened from a file on this computer (file://). Browsers such as Chromium
    // then give every local file one shared storage: any other local page can read ours.
    virtual bool OpenedFromLocalFile() = 0;
    // A parameter of the page's URL (?lang=pl), if present.
    virtual std::optional<std::string> UrlParameter(const std::string& name) = 0;
    // The browser's preferred languages, most preferred first (e.g. "pl-PL").
    virtual std::vector<std::string> PreferredLanguages() = 0;
    virtual bool PrefersDarkScheme() = 0;
    // Fetches the files of an interface language the program does not ship (one per language, beside
    // the page); they arrive through the app's OnLanguageFetched, or OnLanguageUnavailable.
    virtual void FetchLanguage(const std::string& language) = 0;

    // Current time as ISO 8601 UTC with milliseconds ("2026-11-25T10:00:00.125Z": answers of two
    // tabs are merged by it) and as local "hh:mm:ss".
    virtual std::string NowIso() = 0;
    virtual std::string LocalClockTime() = 0;
    // Seconds on a monotonic clock, read when it is needed: a change that arrives between frames
    // (another tab, the page's API) is timed when it arrives, not at the last frame.
    virtual double MonotonicSeconds() = 0;
    // A random identifier for a new assessment.
    virtual std::string NewId() = 0;

    // Tells assistive technology and tests about state (document language, live messages).
    virtual void SetDocumentLanguage(const std::string& language) = 0;
    virtual void Announce(const std::string& message) = 0;
    // Asks the browser to keep our storage; the answer arrives through OnPersistenceKnown.
    virtual void RequestPersistentStorage() = 0;
};

}  // namespace icc
