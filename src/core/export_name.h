// The name of a downloaded file of an assessment, without its extension.
#pragma once

#include "core/assessment.h"

#include <string>

namespace icc {

// "icc-index-Krakow-2026-2026-11-25": the city, its year and the date of the export (the first
// ten characters of `isoNow`), safe as a file name on every system.
std::string ExportBaseName(const CityProfile& city, const std::string& isoNow);

}  // namespace icc
