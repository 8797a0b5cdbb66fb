#include "core/contributors.h"

#include <algorithm>

namespace icc {

bool AddContributor(Assessment& assessment, const std::string& name) {
    if (name.empty() || std::find(assessment.contributors.begin(), assessment.contributors.end(), name) !=
                            assessment.contributors.end())
        return false;
    assessment.contributors.push_back(name);
    return true;
}

std::vector<ContributorProgress> ProgressByContributor(const Assessment& assessment, const IndexDefinition& definition,
                                                       const AssessmentScores& scores) {
    std::vector<ContributorProgress> progress;
    for (const std::string& name : assessment.contributors) progress.push_back({name, {}, 0, 0});
    ContributorProgress nobody;
    for (std::size_t i = 0; i < definition.areas.size() && i < scores.areas.size(); ++i) {
        auto assigned = assessment.responsible.find(definition.areas[i].id);
        ContributorProgress* owner = &nobody;
        if (assigned != assessment.responsible.end()) {
            auto it = std::find_if(progress.begin(), progress.end(),
                                   [&](const ContributorProgress& p) { return p.name == assigned->second; });
            if (it == progress.end()) {  // responsible, though not listed (a hand-written file)
                progress.push_back({assigned->second, {}, 0, 0});
                it = progress.end() - 1;
            }
            owner = &*it;
        }
        owner->areas.push_back(static_cast<int>(i));
        owner->answered += scores.areas[i].answered;
        owner->total += scores.areas[i].total;
    }
    if (!nobody.areas.empty()) progress.push_back(std::move(nobody));
    return progress;
}

}  // namespace icc
