#include "core/notice.h"

namespace icc {

std::string NoticeText(const Notice& notice, const Translations& text) {
    if (notice.empty()) return "";
    std::string result = text.Get(notice.code.c_str());
    for (const Notice::Value& value : notice.values) {
        const std::string placeholder = "{" + value.name + "}";
        const std::string filled = value.translated ? std::string(text.Get(value.text.c_str())) : value.text;
        for (std::size_t at = result.find(placeholder); at != std::string::npos;
             at = result.find(placeholder, at + filled.size()))
            result.replace(at, placeholder.size(), filled);
    }
    return result;
}

}  // namespace icc
