// One city's assessment: its profile and its answers to an index's questions. This is what the
// browser saves and what an export file holds (format: docs/ANSWERS-FORMAT.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace icc {

struct CityProfile {
    std::string name;
    int year = 0;
    std::optional<double> population;          // residents
    std::optional<double> foreignBornPercent;  // share of foreign-born residents, 0..100
};

// The answer to one question. A question with no entry in Assessment::answers is unanswered.
struct Answer {
    bool dontKnow = false;
    std::vector<std::string> selected;  // option ids: one for single choice and yes/no
    std::optional<double> number;       // number and percentage questions
    std::string evidence;               // examples, references, links given by the city
    std::string updatedAt;              // ISO 8601, UTC
    std::string updatedBy;              // the contributor who changed it last (a name or a department), or ""
    // The question changed in a newer version of the index since this answer was given
    // (core/carry_over.h); cleared when the answer is changed or confirmed.
    bool toReview = false;
};

struct Assessment {
    std::string id;            // stable, unique per assessment (e.g. a random UUID)
    std::string indexId;       // the index definition it answers
    std::string indexVersion;
    CityProfile city;
    std::map<std::string, Answer> answers;  // by question id
    // Who contributes (names or departments, each once, in the order they joined), and per area
    // id the contributor responsible for it (format 2, docs/ANSWERS-FORMAT.md).
    std::vector<std::string> contributors;
    std::map<std::string, std::string> responsible;
    std::string createdAt;     // ISO 8601, UTC
    std::string updatedAt;
};

}  // namespace icc
