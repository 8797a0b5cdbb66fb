// The interface catalogs compiled into the program as tables (generated from assets/i18n/*.json
// by scripts/catalog_tables.py): the app's start reads them without parsing JSON.
#pragma once

#include <cstddef>
#include <string_view>

namespace icc {

struct CatalogEntry {
    const char* key;
    const char* text;
};

struct CatalogTable {
    const char* language;
    const CatalogEntry* entries;
    std::size_t size;
};

// The catalog of `language`, or nullptr when none ships.
const CatalogTable* FindBuiltInCatalog(std::string_view language);

}  // namespace icc
