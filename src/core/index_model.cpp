#include "core/index_model.h"

namespace icc {

const Question* IndexDefinition::FindQuestion(std::string_view questionId) const {
    for (const Area& area : areas)
        for (const Question& question : area.questions)
            if (question.id == questionId) return &question;
    return nullptr;
}

}  // namespace icc
