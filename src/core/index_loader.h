// Reading and writing index definition files (format: assets/index/FORMAT.md). Loading checks the
// whole file and reports every problem with its JSON pointer path; it never throws.
#pragma once

#include "core/index_model.h"
#include "core/problems.h"

#include <optional>
#include <string>
#include <string_view>

namespace icc {

constexpr const char* kIndexDefinitionKind = "icc-index-definition";
constexpr int kIndexFormatVersion = 1;  // the newest format version this code reads and writes

struct IndexLoadResult {
    std::optional<IndexDefinition> definition;  // set only when `problems` is empty
    Problems problems;
};

// Parses and validates an index definition given as JSON text.
IndexLoadResult LoadIndexDefinition(std::string_view json);

// The same for an index given in two parts: `json`, an index file with the texts of some languages
// left out, and `texts`, the texts of another language at the places they have in the index
// (objects keep the keys that lead to a text, arrays every element; scripts/split_index_languages.py
// writes the web app's parts so). `texts` is put into `json` value by value (objects key by key,
// arrays of the same length element by element, any other value replaced), then the whole is read.
IndexLoadResult LoadIndexDefinition(std::string_view json, std::string_view texts);

// The index definition as JSON text in the same format (2-space indent); loading it gives back
// an equal definition.
std::string SaveIndexDefinition(const IndexDefinition& definition);

// The most points a question can give as its options or bands stand: the best option of a single
// choice or yes/no question, the sum of the positive options of a multiple choice question, the
// best band of a number or percentage question.
double DerivedMaxPoints(const Question& question);

// The name used for `type` in files ("singleChoice", ...).
const char* AnswerTypeName(AnswerType type);

}  // namespace icc
