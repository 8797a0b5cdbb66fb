#include "app/embedded_files.h"

#include "app/embedded.h"

#include <string>

namespace icc {

std::optional<std::string_view> EmbeddedFiles::Find(std::string_view name) const {
    if (const embedded::File* file = embedded::Find(std::string(name).c_str())) return file->Text();
    return std::nullopt;
}

}  // namespace icc
