// Small helpers of the model's tests: a question of the shipped index by its kind, and an answer
// choosing one option.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"

#include <gtest/gtest.h>

#include <string>

namespace icc {

// The first question of `definition` whose type is `type`.
inline const Question& FirstOfType(const IndexDefinition& definition, AnswerType type) {
    for (const Area& area : definition.areas)
        for (const Question& question : area.questions)
            if (question.type == type) return question;
    ADD_FAILURE() << "no question of that type";
    return definition.areas.front().questions.front();
}

inline Answer Choose(const std::string& option) {
    Answer answer;
    answer.selected = {option};
    return answer;
}

}  // namespace icc
