#include "core/scoring.h"

#include <algorithm>

namespace icc {

const AnswerOption* FindOption(const Question& question, std::string_view optionId) {
    for (const AnswerOption& option : question.options)
        if (option.id == optionId) return &option;
    return nullptr;
}

const NumberBand* FindBand(const Question& question, double value) {
    const std::size_t count = question.bands.size();
    for (std::size_t i = 0; i < count; ++i) {
        const NumberBand& band = question.bands[i];
        const bool isLast = i + 1 == count;
        if (value >= band.min && (value < band.max || (isLast && value == band.max))) return &band;
    }
    return nullptr;
}

namespace {


// Points of a usable answer, or nullopt when the answer gives nothing to score.
std::optional<double> AnswerPoints(const Question& question, const Answer& answer) {
    switch (question.type) {
    case AnswerType::SingleChoice:
    case AnswerType::YesNo:
        // The first selected id that names an option; extra selections are a data problem that
        // CheckAgainstDefinition reports.
        for (const std::string& id : answer.selected)
            if (const AnswerOption* option = FindOption(question, id)) return option->points;
        return std::nullopt;
    case AnswerType::MultipleChoice: {
        // Each option counts once. An empty selection is no answer: an index that wants "none of
        // these" gives it an option of its own, so that an answer holding only evidence stays open.
        double sum = 0;
        bool anyKnown = false;
        for (const AnswerOption& option : question.options) {
            if (std::find(answer.selected.begin(), answer.selected.end(), option.id) == answer.selected.end())
                continue;
            sum += option.points;
            anyKnown = true;
        }
        if (!anyKnown) return std::nullopt;
        return sum;
    }
    case AnswerType::Number:
    case AnswerType::Percentage:
        if (!answer.number) return std::nullopt;
        if (const NumberBand* band = FindBand(question, *answer.number)) return band->points;
        return std::nullopt;
    }
    return std::nullopt;
}

// Adds percent * weight for areas that have a percent and a positive weight.
struct WeightedMeanAccumulator {
    double weightedSum = 0;
    double weightSum = 0;
    int count = 0;

    void Add(const std::optional<double>& percent, double weight) {
        if (!percent || !(weight > 0)) return;
        weightedSum += *percent * weight;
        weightSum += weight;
        ++count;
    }
    std::optional<double> Mean() const {
        if (count == 0) return std::nullopt;
        // Normalising by the weights keeps the mean within the areas' range, i.e. within 0..100.
        return std::clamp(weightedSum / weightSum, 0.0, 100.0);
    }
};

}  // namespace

std::optional<double> AreaScore::ShownPercent() const { return answered > 0 ? percent : std::nullopt; }

std::optional<double> AssessmentScores::ShownCoreIndex() const { return answered > 0 ? coreIndex : std::nullopt; }
std::optional<double> AssessmentScores::ShownExtendedIndex() const { return answered > 0 ? extendedIndex : std::nullopt; }

const AreaScore* AssessmentScores::FindArea(std::string_view areaId) const {
    for (const AreaScore& area : areas)
        if (area.areaId == areaId) return &area;
    return nullptr;
}

const GroupScore* AssessmentScores::FindGroup(std::string_view groupId) const {
    for (const GroupScore& group : groups)
        if (group.groupId == groupId) return &group;
    return nullptr;
}

QuestionScore ScoreQuestion(const Question& question, const Answer* answer,
                            MissingAnswerRule unanswered, MissingAnswerRule dontKnow) {
    const double maxPoints = std::max(question.maxPoints, 0.0);
    const auto missing = [maxPoints](QuestionStatus status, MissingAnswerRule rule) {
        return QuestionScore{status, 0, rule == MissingAnswerRule::ZeroPoints ? maxPoints : 0};
    };
    if (!answer) return missing(QuestionStatus::Unanswered, unanswered);
    if (answer->dontKnow) {
        // "Don't know" on a question that does not offer it is no usable answer.
        return question.allowDontKnow ? missing(QuestionStatus::DontKnow, dontKnow)
                                      : missing(QuestionStatus::Unusable, unanswered);
    }
    const std::optional<double> points = AnswerPoints(question, *answer);
    if (!points) {
        const bool empty = answer->selected.empty() && !answer->number;
        return missing(empty ? QuestionStatus::Unanswered : QuestionStatus::Unusable, unanswered);
    }
    // A file's maxPoints may be lower than what its options add up to: the cap wins.
    return QuestionScore{QuestionStatus::Scored, std::clamp(*points, 0.0, maxPoints), maxPoints};
}

ScoringPlan BuildScoringPlan(const IndexDefinition& definition) {
    ScoringPlan plan;
    plan.definition = &definition;
    for (std::size_t a = 0; a < definition.areas.size(); ++a) {
        const Area& area = definition.areas[a];
        for (std::size_t q = 0; q < area.questions.size(); ++q)
            plan.byQuestionId.push_back({area.questions[q].id, static_cast<std::uint32_t>(a),
                                         static_cast<std::uint32_t>(q)});
    }
    std::stable_sort(plan.byQuestionId.begin(), plan.byQuestionId.end(),
                     [](const ScoringPlan::Entry& x, const ScoringPlan::Entry& y) {
                         return x.questionId < y.questionId;
                     });
    return plan;
}

AssessmentScores Score(const ScoringPlan& plan, const Assessment& assessment) {
    AssessmentScores scores;
    if (!plan.definition) return scores;
    const IndexDefinition& definition = *plan.definition;

    scores.areas.resize(definition.areas.size());
    for (std::size_t a = 0; a < definition.areas.size(); ++a) {
        scores.areas[a].areaId = definition.areas[a].id;
        scores.areas[a].questions.resize(definition.areas[a].questions.size());
    }

    // Both sequences are sorted by question id: one pass pairs every question with its answer.
    auto answer = assessment.answers.begin();
    const auto answersEnd = assessment.answers.end();
    for (const ScoringPlan::Entry& entry : plan.byQuestionId) {
        int order = 1;
        while (answer != answersEnd && (order = std::string_view(answer->first).compare(entry.questionId)) < 0)
            ++answer;
        const Answer* matched = (answer != answersEnd && order == 0) ? &answer->second : nullptr;
        const Question& question = definition.areas[entry.area].questions[entry.question];
        scores.areas[entry.area].questions[entry.question] =
            ScoreQuestion(question, matched, definition.unanswered, definition.dontKnow);
    }

    WeightedMeanAccumulator core, extended;
    for (std::size_t a = 0; a < definition.areas.size(); ++a) {
        const Area& area = definition.areas[a];
        AreaScore& areaScore = scores.areas[a];
        for (const QuestionScore& question : areaScore.questions) {
            areaScore.points += question.points;
            areaScore.maxPoints += question.maxPoints;
            if (question.status == QuestionStatus::Scored || question.status == QuestionStatus::DontKnow)
                ++areaScore.answered;
            if (question.status == QuestionStatus::DontKnow) ++areaScore.dontKnow;
        }
        areaScore.total = static_cast<int>(areaScore.questions.size());
        areaScore.complete = areaScore.answered == areaScore.total;
        if (areaScore.maxPoints > 0)
            areaScore.percent = std::clamp(100.0 * areaScore.points / areaScore.maxPoints, 0.0, 100.0);
        scores.answered += areaScore.answered;
        scores.total += areaScore.total;
        extended.Add(areaScore.percent, area.weight);
        if (!area.optional) core.Add(areaScore.percent, area.weight);
    }
    scores.coreIndex = core.Mean();
    scores.extendedIndex = extended.Mean();
    scores.completenessPercent = scores.total > 0 ? 100.0 * scores.answered / scores.total : 100.0;
    scores.partial = scores.answered < scores.total;

    scores.groups.resize(definition.groups.size());
    for (std::size_t g = 0; g < definition.groups.size(); ++g) {
        GroupScore& group = scores.groups[g];
        group.groupId = definition.groups[g].id;
        WeightedMeanAccumulator mean;
        for (std::size_t a = 0; a < definition.areas.size(); ++a) {
            if (definition.areas[a].group != group.groupId) continue;
            const AreaScore& areaScore = scores.areas[a];
            ++group.areaCount;
            if (areaScore.percent) ++group.areasScored;
            group.answered += areaScore.answered;
            group.total += areaScore.total;
            mean.Add(areaScore.percent, definition.areas[a].weight);
        }
        group.percent = mean.Mean();
        group.complete = group.answered == group.total;
    }
    return scores;
}

AssessmentScores Score(const IndexDefinition& definition, const Assessment& assessment) {
    return Score(BuildScoringPlan(definition), assessment);
}

}  // namespace icc
