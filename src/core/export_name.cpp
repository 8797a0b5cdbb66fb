#include "core/export_name.h"

#include <cstring>

namespace icc {

std::string ExportBaseName(const CityProfile& city, const std::string& isoNow) {
    std::string name = city.name.empty() ? "assessment" : city.name;
    for (char& c : name)
        if (std::strchr(" /\\:\"*?<>|", c) || static_cast<unsigned char>(c) < 0x20) c = '-';
    const std::string year = city.year > 0 ? std::to_string(city.year) + "-" : "";
    return "icc-index-" + name + "-" + year + isoNow.substr(0, 10);
}

}  // namespace icc
