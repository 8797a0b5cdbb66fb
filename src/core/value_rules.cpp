#include "core/value_rules.h"

#include "core/score_explanation.h"
#include "core/scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace icc {

namespace {

ValueProblem Breach(ValueProblem::Kind kind, double min = 0, double max = 0) { return ValueProblem{kind, min, max}; }

bool IsChoice(AnswerType type) {
    return type == AnswerType::SingleChoice || type == AnswerType::MultipleChoice || type == AnswerType::YesNo;
}

// The separators people type between groups of digits: space, no-break space, narrow no-break
// space and thin space (as UTF-8).
std::size_t DigitGroupSeparatorAt(std::string_view text, std::size_t at) {
    if (text[at] == ' ') return 1;
    for (std::string_view separator : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF"),
                                       std::string_view("\xE2\x80\x89")})
        if (text.substr(at, separator.size()) == separator) return separator.size();
    return 0;
}

std::string FormatBound(double value) {
    char text[40];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

}  // namespace

ValueProblem CheckNumber(double value, const NumberRule& rule) {
    if (!std::isfinite(value)) return Breach(ValueProblem::Kind::NotANumber);
    if (value < rule.min || value > rule.max) return Breach(ValueProblem::Kind::OutOfRange, rule.min, rule.max);
    if (rule.whole && std::trunc(value) != value) return Breach(ValueProblem::Kind::NotWhole);
    return {};
}

ValueProblem CheckLength(std::string_view text, std::size_t longest) {
    if (text.size() > longest) return Breach(ValueProblem::Kind::TooLong, 0, static_cast<double>(longest));
    return {};
}

ValueProblem CheckAssessmentId(std::string_view id) {
    if (id.empty() || id.size() > kLongestAssessmentId)
        return Breach(ValueProblem::Kind::TooLong, 1, static_cast<double>(kLongestAssessmentId));
    for (char c : id) {
        const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                          c == '_' || c == '-';
        if (!safe) return Breach(ValueProblem::Kind::InvalidCharacters);
    }
    return {};
}

ValueProblem CheckAnswer(const Question& question, const Answer& answer) {
    if (ValueProblem length = CheckLength(answer.evidence, kLongestEvidence); !length.ok()) return length;
    if (answer.dontKnow && !question.allowDontKnow) return Breach(ValueProblem::Kind::NoDontKnow);
    if (IsChoice(question.type)) {
        if (answer.number) return Breach(ValueProblem::Kind::WrongKind);
        if (question.type != AnswerType::MultipleChoice && answer.selected.size() > 1)
            return Breach(ValueProblem::Kind::WrongKind);
        for (const std::string& selected : answer.selected) {
            if (!FindOption(question, selected)) return Breach(ValueProblem::Kind::UnknownOption);
        }
        return {};
    }
    if (!answer.selected.empty()) return Breach(ValueProblem::Kind::WrongKind);
    if (!answer.number) return {};
    if (ValueProblem number = CheckNumber(*answer.number, kAnswerNumberRule); !number.ok()) return number;
    if (!question.bands.empty() && !FindBand(question, *answer.number)) {
        double low = question.bands.front().min, high = question.bands.front().max;
        for (const NumberBand& band : question.bands) {
            low = std::min(low, band.min);
            high = std::max(high, band.max);
        }
        return Breach(ValueProblem::Kind::OutOfRange, low, high);
    }
    return {};
}

ValueProblem CheckCity(const CityProfile& city) {
    if (ValueProblem name = CheckLength(city.name, kLongestCityName); !name.ok()) return name;
    if (city.year != 0)
        if (ValueProblem year = CheckNumber(city.year, kYearRule); !year.ok()) return year;
    if (city.population)
        if (ValueProblem population = CheckNumber(*city.population, kPopulationRule); !population.ok()) return population;
    if (city.foreignBornPercent)
        if (ValueProblem share = CheckNumber(*city.foreignBornPercent, kPercentRule); !share.ok()) return share;
    return {};
}

ParsedNumber ParseNumberText(std::string_view text, const NumberRule& rule) {
    std::string digits;
    digits.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (std::size_t separator = DigitGroupSeparatorAt(text, at)) {
            at += separator;
            continue;
        }
        digits += text[at++];
    }
    if (digits.empty()) return {};
    // Digits, one optional sign and one optional dot: strtod alone would also take "inf", "0x1p3"
    // and "1e400".
    bool seenDigit = false, seenDot = false;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[i];
        if (c >= '0' && c <= '9') seenDigit = true;
        else if (c == '.' && !seenDot) seenDot = true;
        else if ((c == '-' || c == '+') && i == 0) continue;
        else return {std::nullopt, Breach(ValueProblem::Kind::NotANumber)};
    }
    if (!seenDigit) return {std::nullopt, Breach(ValueProblem::Kind::NotANumber)};
    const double value = std::strtod(digits.c_str(), nullptr);
    if (ValueProblem problem = CheckNumber(value, rule); !problem.ok()) return {std::nullopt, problem};
    return {value, {}};
}

const char* ProblemTextKey(ValueProblem::Kind kind) {
    switch (kind) {
    case ValueProblem::Kind::None: return "";
    case ValueProblem::Kind::NotANumber: return "value.not_a_number";
    case ValueProblem::Kind::OutOfRange: return "value.out_of_range";
    case ValueProblem::Kind::NotWhole: return "value.not_whole";
    case ValueProblem::Kind::TooLong: return "value.too_long";
    case ValueProblem::Kind::InvalidCharacters: return "value.invalid_characters";
    case ValueProblem::Kind::UnknownQuestion: return "value.unknown_question";
    case ValueProblem::Kind::UnknownOption: return "value.unknown_option";
    case ValueProblem::Kind::NoDontKnow: return "value.no_dont_know";
    case ValueProblem::Kind::WrongKind: return "value.wrong_kind";
    }
    return "";
}

std::string ProblemText(const ValueProblem& problem, const Translations& text) {
    if (problem.ok()) return "";
    return FillTemplate(text.Get(ProblemTextKey(problem.kind)),
                        {{"min", FormatNumber(problem.min, 2)}, {"max", FormatNumber(problem.max, 2)}});
}

std::string DescribeProblem(const ValueProblem& problem) {
    switch (problem.kind) {
    case ValueProblem::Kind::None: return "";
    case ValueProblem::Kind::NotANumber: return "must be a number written with digits";
    case ValueProblem::Kind::OutOfRange:
        return "must be between " + FormatBound(problem.min) + " and " + FormatBound(problem.max);
    case ValueProblem::Kind::NotWhole: return "must be a whole number";
    case ValueProblem::Kind::TooLong: return "must be at most " + FormatBound(problem.max) + " bytes long";
    case ValueProblem::Kind::InvalidCharacters:
        return "may hold only the letters A-Z and a-z, digits, '.', '_' and '-'";
    case ValueProblem::Kind::UnknownQuestion: return "is not a question of this index";
    case ValueProblem::Kind::UnknownOption: return "is not an option of this question";
    case ValueProblem::Kind::NoDontKnow: return "this question has no \"don't know\"";
    case ValueProblem::Kind::WrongKind: return "does not fit the kind of this question";
    }
    return "";
}

}  // namespace icc
