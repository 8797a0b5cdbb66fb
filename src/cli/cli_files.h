// Reading and writing whole files for the commands, and printing problems the way every command
// does ("FILE: /json/pointer: message" on stderr).
#pragma once

#include "core/benchmarks.h"
#include "core/index_model.h"
#include "core/problems.h"

#include <optional>
#include <string>

namespace icc::cli {

// The file's bytes, or nullopt when it cannot be read.
std::optional<std::string> ReadTextFile(const std::string& path);

// Writes `text` to `path`, replacing it; false when that fails.
bool WriteTextFile(const std::string& path, const std::string& text);

// Prints each problem as "FILE: path: message" (or "FILE: message" without a path) on stderr.
void PrintProblems(const std::string& file, const Problems& problems);

// Warns (on stderr, without failing) when a benchmark file does not fit the index: its figures
// are then missing from the comparison.
void WarnIfBenchmarksDoNotFit(const std::string& file, const IndexDefinition& index, const BenchmarkSet& benchmarks);

}  // namespace icc::cli
