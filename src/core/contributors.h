// Who contributes to an assessment and how far each one is: the contributors' list, the area each
// one is responsible for, and the answered questions of their areas.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/scoring.h"

#include <string>
#include <vector>

namespace icc {

// Adds `name` to the contributors unless it is there already; true when it was added.
bool AddContributor(Assessment& assessment, const std::string& name);

// One contributor's share: the areas they are responsible for and how many of their questions
// are answered. Areas nobody is responsible for come last, under an empty name.
struct ContributorProgress {
    std::string name;
    std::vector<int> areas;  // positions in the index
    int answered = 0;
    int total = 0;
};
std::vector<ContributorProgress> ProgressByContributor(const Assessment& assessment, const IndexDefinition& definition,
                                                       const AssessmentScores& scores);

}  // namespace icc
