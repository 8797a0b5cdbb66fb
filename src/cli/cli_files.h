// Reading and writing whole files for the commands, and printing problems the way every command
// does ("FILE: /json/pointer: message" on stderr).
#pragma once

#include "core/benchmarks.h"
#include "core/index_model.h"
#include "core/problems.h"
#include "core/published_results.h"

#include <cstdint>
#include <optional>
#include <string>

namespace icc::cli {

// Files over this size are refused by every command: no real index, benchmark, answers or
// translation file comes near it, and a device such as /dev/zero would otherwise fill the memory.
constexpr std::uintmax_t kMaxInputFileBytes = 64u * 1024u * 1024u;

// The bytes of an input file, or nullopt with the reason in `error` ("cannot read the file: it is
// not a regular file", a FIFO that would block or a device; missing; over kMaxInputFileBytes).
std::optional<std::string> ReadInputFile(const std::string& path, std::string& error);

// ReadInputFile, printing "FILE: reason" on stderr when the file cannot be read.
std::optional<std::string> ReadInputFileOrSay(const std::string& path);

// Writes `text` to `path`, replacing it; false when that fails.
bool WriteTextFile(const std::string& path, const std::string& text);

// Prints each problem as "FILE: path: message" (or "FILE: message" without a path) on stderr.
void PrintProblems(const std::string& file, const Problems& problems);
// Prints each warning as "FILE: warning: path: message" on stderr.
void PrintWarnings(const std::string& file, const Problems& warnings);

// Warns (on stderr, without failing) when a benchmark file does not fit the index: its figures
// are then missing from the comparison.
void WarnIfBenchmarksDoNotFit(const std::string& file, const IndexDefinition& index, const BenchmarkSet& benchmarks);

// The published results in `path` if they are valid and fit `index`; else prints why (nullopt).
std::optional<PublishedResults> LoadPublishedFileOrSay(const std::string& path, const IndexDefinition& index);

}  // namespace icc::cli
