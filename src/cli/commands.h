// The subcommands of icc-index. Each takes the arguments after its name and returns the exit code:
// 0 ok, 1 invalid input (a file failed validation or could not be read), 2 usage error.
#pragma once

#include <string>
#include <vector>

namespace icc::cli {

using Arguments = std::vector<std::string>;

int RunValidate(const Arguments& args);
int RunScore(const Arguments& args);
int RunReport(const Arguments& args);
// Exits 3 when drafts conflict and no --prefer settles them.
int RunMerge(const Arguments& args);

}  // namespace icc::cli
