#include "platform/web_platform.h"

#include <emscripten.h>

#include <cstdint>
#include <cstdlib>

// Implemented in web/library_icc.js. Functions returning char* hand over a malloc'd string.
extern "C" {
int icc_storage_available();
intptr_t icc_storage_read(const char* key);  // 0: missing, -1: failed, else a string
int icc_storage_write(const char* key, const char* value);
int icc_storage_remove(const char* key);
char* icc_storage_last_error();
char* icc_storage_keys(const char* prefix);
int icc_storage_remove_all(const char* prefix);
void icc_download(const char* name, const char* mime, const char* content);
void icc_open_file_picker(const char* accept);
void icc_copy_to_clipboard(const char* text);
int icc_opened_from_file();
char* icc_url_parameter(const char* name);
char* icc_preferred_languages();
int icc_prefers_dark();
void icc_fetch_language(const char* language);
char* icc_now_iso();
char* icc_local_clock();
char* icc_new_id();
void icc_set_document_language(const char* language);
void icc_announce(const char* message);
void icc_request_persistent_storage();
}

namespace icc {

namespace {

std::string TakeString(char* text) {
    std::string result = text ? text : "";
    std::free(text);
    return result;
}

// A list from the JavaScript side (ICC.list in web/library_icc.js): each string as "<its length in
// UTF-8 bytes>:<itself>". Any string may hold any character; the start reads two such lists (the
// browser's languages, the saved keys) and so compiles no JSON parser before the first frame.
std::vector<std::string> StringList(const std::string& text) {
    std::vector<std::string> list;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t length = 0;
        std::size_t digits = at;
        while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9' && digits - at < 9)
            length = length * 10 + static_cast<std::size_t>(text[digits++] - '0');
        if (digits == at || digits >= text.size() || text[digits] != ':' || text.size() - digits - 1 < length) break;
        list.push_back(text.substr(digits + 1, length));
        at = digits + 1 + length;
    }
    return list;
}

// The glue's word for the last failure ("quota" or "blocked", web/library_icc.js).
StorageError LastStorageError() {
    return TakeString(icc_storage_last_error()) == "quota" ? StorageError::Quota : StorageError::Blocked;
}

}  // namespace

bool WebPlatform::StorageAvailable() { return icc_storage_available() != 0; }

std::optional<std::string> WebPlatform::StorageRead(const std::string& key, StorageError& error) {
    intptr_t result = icc_storage_read(key.c_str());
    if (result == 0) return std::nullopt;
    if (result == -1) {
        error = LastStorageError();
        return std::nullopt;
    }
    return TakeString(reinterpret_cast<char*>(result));
}

bool WebPlatform::StorageWrite(const std::string& key, const std::string& value, StorageError& error) {
    if (icc_storage_write(key.c_str(), value.c_str())) return true;
    error = LastStorageError();
    return false;
}

bool WebPlatform::StorageRemove(const std::string& key, StorageError& error) {
    if (icc_storage_remove(key.c_str())) return true;
    error = LastStorageError();
    return false;
}

std::vector<std::string> WebPlatform::StorageKeys(const std::string& prefix) {
    return StringList(TakeString(icc_storage_keys(prefix.c_str())));
}

int WebPlatform::StorageRemoveAll(const std::string& prefix) { return icc_storage_remove_all(prefix.c_str()); }

void WebPlatform::DownloadFile(const std::string& fileName, const std::string& mimeType,
                               const std::string& content) {
    icc_download(fileName.c_str(), mimeType.c_str(), content.c_str());
}

void WebPlatform::OpenFilePicker(const std::string& accept) { icc_open_file_picker(accept.c_str()); }

void WebPlatform::CopyToClipboard(const std::string& text) { icc_copy_to_clipboard(text.c_str()); }

bool WebPlatform::OpenedFromLocalFile() { return icc_opened_from_file() != 0; }

std::optional<std::string> WebPlatform::UrlParameter(const std::string& name) {
    char* value = icc_url_parameter(name.c_str());
    if (!value) return std::nullopt;
    return TakeString(value);
}

std::vector<std::string> WebPlatform::PreferredLanguages() {
    return StringList(TakeString(icc_preferred_languages()));
}

bool WebPlatform::PrefersDarkScheme() { return icc_prefers_dark() != 0; }

void WebPlatform::FetchLanguage(const std::string& language) { icc_fetch_language(language.c_str()); }

std::string WebPlatform::NowIso() { return TakeString(icc_now_iso()); }

std::string WebPlatform::LocalClockTime() { return TakeString(icc_local_clock()); }

double WebPlatform::MonotonicSeconds() { return emscripten_get_now() / 1000.0; }

std::string WebPlatform::NewId() { return TakeString(icc_new_id()); }

void WebPlatform::SetDocumentLanguage(const std::string& language) {
    icc_set_document_language(language.c_str());
}

void WebPlatform::Announce(const std::string& message) { icc_announce(message.c_str()); }

void WebPlatform::RequestPersistentStorage() { icc_request_persistent_storage(); }

}  // namespace icc
