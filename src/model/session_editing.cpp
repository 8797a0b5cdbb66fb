// Session: editing the open assessment (the profile, answers, evidence) through the value rules,
// and where the user is in it.
#include "model/session.h"

#include "core/contributors.h"

namespace icc {

ValueProblem Session::SetCity(const CityProfile& city) {
    if (ValueProblem problem = CheckCity(city); !problem.ok()) return problem;
    assessment_->city = city;
    Touch();
    return {};
}

ValueProblem Session::SetCityField(CityField field, const std::string& text) {
    CityProfile city = assessment_->city;
    ParsedNumber number;
    switch (field) {
    case CityField::Name: city.name = text; break;
    case CityField::Year:
        number = ParseNumberText(text, kYearRule);
        city.year = number.value ? static_cast<int>(*number.value) : 0;
        break;
    case CityField::Population:
        number = ParseNumberText(text, kPopulationRule);
        city.population = number.value;
        break;
    case CityField::ForeignBornPercent:
        number = ParseNumberText(text, kPercentRule);
        city.foreignBornPercent = number.value;
        break;
    }
    if (!number.problem.ok()) return number.problem;
    return SetCity(city);
}

ValueProblem Session::SetAnswer(const std::string& questionId, const Answer& answer) {
    const Question* question = Definition().FindQuestion(questionId);
    if (!question) return {ValueProblem::Kind::UnknownQuestion};
    auto existing = assessment_->answers.find(questionId);
    Answer changed = answer;
    changed.evidence = existing == assessment_->answers.end() ? std::string() : existing->second.evidence;
    if (ValueProblem problem = CheckAnswer(*question, changed); !problem.ok()) return problem;
    Stamp(changed);
    assessment_->answers[questionId] = std::move(changed);
    Touch();
    return {};
}

ValueProblem Session::SetNumberText(const std::string& questionId, const std::string& text) {
    ParsedNumber number = ParseNumberText(text, kAnswerNumberRule);
    if (!number.problem.ok()) return number.problem;
    if (!Definition().FindQuestion(questionId)) return {ValueProblem::Kind::UnknownQuestion};
    if (!number.value) {
        ClearAnswer(questionId);
        return {};
    }
    Answer answer;
    answer.number = number.value;
    return SetAnswer(questionId, answer);
}

void Session::ClearAnswer(const std::string& questionId) {
    auto it = assessment_->answers.find(questionId);
    if (it == assessment_->answers.end()) return;
    // Evidence outlives the choice: clearing the answer keeps what the user wrote. The empty
    // answer stays with its time, so an older answer in another tab cannot bring the choice back.
    Answer cleared;
    cleared.evidence = std::move(it->second.evidence);
    Stamp(cleared);
    it->second = std::move(cleared);
    Touch();
}

ValueProblem Session::SetEvidence(const std::string& questionId, const std::string& evidence) {
    if (!Definition().FindQuestion(questionId)) return {ValueProblem::Kind::UnknownQuestion};
    if (ValueProblem problem = CheckLength(evidence, kLongestEvidence); !problem.ok()) return problem;
    Answer& stored = assessment_->answers[questionId];
    stored.evidence = evidence;
    Stamp(stored);
    MarkChanged();  // no score depends on evidence
    return {};
}

void Session::Stamp(Answer& answer) {
    answer.updatedAt = platform_.NowIso();
    answer.updatedBy = settings_.userName;
    icc::AddContributor(*assessment_, settings_.userName);
}

void Session::ConfirmAnswer(const std::string& questionId) {
    auto it = assessment_->answers.find(questionId);
    if (it == assessment_->answers.end() || !it->second.toReview) return;
    it->second.toReview = false;
    Stamp(it->second);
    Touch();
}

int Session::ToReviewIn(int area) const {
    return area >= 0 && area < static_cast<int>(toReviewByArea_.size()) ? toReviewByArea_[area] : 0;
}

int Session::ToReviewCount() const {
    int count = 0;
    for (int inArea : toReviewByArea_) count += inArea;
    return count;
}

void Session::SetPosition(Position position) {
    if (position.area < 0 || position.area >= static_cast<int>(Definition().areas.size()) || position.question < 0) return;
    if (position.area == position_.area && position.question == position_.question) return;
    position_ = position;
    if (assessment_) store_.WritePosition(assessment_->id, position);
}

std::optional<Position> Session::NextUnanswered() const {
    if (!assessment_) return std::nullopt;
    // Walk every question once, starting just after the current one.
    std::vector<Position> order;
    for (size_t a = 0; a < Definition().areas.size(); ++a)
        for (size_t q = 0; q < Definition().areas[a].questions.size(); ++q)
            order.push_back({static_cast<int>(a), static_cast<int>(q)});
    size_t start = 0;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i].area == position_.area && order[i].question == position_.question) start = i + 1;
    for (size_t step = 0; step < order.size(); ++step) {
        const Position& candidate = order[(start + step) % order.size()];
        QuestionStatus status = scores_.areas[candidate.area].questions[candidate.question].status;
        if (status == QuestionStatus::Unanswered || status == QuestionStatus::Unusable) return candidate;
    }
    return std::nullopt;
}

}  // namespace icc
