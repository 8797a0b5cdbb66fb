#include "core/index_model.h"

namespace icc {

bool IsWebAddress(std::string_view address) {
    const auto startsWith = [&](std::string_view prefix) {
        return address.size() > prefix.size() && address.substr(0, prefix.size()) == prefix;
    };
    return startsWith("https://") || startsWith("http://");
}

const Question* IndexDefinition::FindQuestion(std::string_view questionId) const {
    for (const Area& area : areas)
        for (const Question& question : area.questions)
            if (question.id == questionId) return &question;
    return nullptr;
}

}  // namespace icc
