// Problems found while reading a file: where (a JSON path such as "/areas/2/questions/0/id") and
// what, in plain English. Every loader in the core reports through this instead of throwing.
#pragma once

#include <string>
#include <vector>

namespace icc {

struct Problem {
    std::string path;
    std::string message;
};

using Problems = std::vector<Problem>;

}  // namespace icc
