// The merge review: a colleague's file of an assessment saved here, question by question, before
// anything changes. Conflicts come first, both sides side by side; the user chooses per question
// or takes the newer everywhere, and confirms (Session::ConfirmMerge keeps a backup first).
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

namespace icc {

namespace {

// Below this width (device pixels, at the text size) the two sides stack instead.
constexpr float kSideBySideCss = 620;
constexpr std::size_t kLongestEvidenceShown = 600;  // bytes; the rest is in the texts either way

const Area* AreaOf(const IndexDefinition& definition, const std::string& questionId) {
    for (const Area& area : definition.areas)
        for (const Question& question : area.questions)
            if (question.id == questionId) return &area;
    return nullptr;
}

// The answer as the questionnaire shows it: option labels, the number, "don't know", or not answered.
std::string AnswerText(const Ui& ui, const Question* question, const Answer& answer) {
    if (answer.dontKnow) return ui.Wording("question.dont_know");
    std::string text;
    for (const std::string& id : answer.selected) {
        const AnswerOption* option = question ? FindOption(*question, id) : nullptr;
        text += (text.empty() ? "" : "; ") + (option ? ui.IndexText(option->label) : id);
    }
    if (answer.number) text += (text.empty() ? "" : "; ") + FormatNumber(*answer.number, 2);
    return text.empty() ? ui.Wording("merge.not_answered") : text;
}

std::string WhoAndWhen(const Ui& ui, const Answer& answer) {
    const std::string when = answer.updatedAt.size() >= 16 ? answer.updatedAt.substr(0, 10) + " " + answer.updatedAt.substr(11, 5)
                                                          : answer.updatedAt;
    return FillTemplate(ui.Wording("merge.who_when"),
                        {{"who", answer.updatedBy.empty() ? std::string(ui.Wording("merge.unknown_author")) : answer.updatedBy},
                         {"when", when.empty() ? std::string(ui.Wording("merge.unknown_time")) : when}});
}

// One side of a question: its heading ("Here" or "In the file"), answer, evidence, who and when.
void DrawSide(const Ui& ui, const char* headingKey, const Question* question, const Answer& answer, bool showEvidence) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::PushFont(ui.fonts.bold);
    BodyText(ui, ui.Wording(headingKey));
    ImGui::PopFont();
    ImGui::PopStyleColor();
    StrongText(ui, AnswerText(ui, question, answer).c_str());
    if (showEvidence && !answer.evidence.empty()) {
        std::string evidence = answer.evidence.size() > kLongestEvidenceShown
                                   ? answer.evidence.substr(0, kLongestEvidenceShown) + "…"
                                   : answer.evidence;
        BodyText(ui, FillTemplate(ui.Wording("merge.evidence"), {{"text", evidence}}).c_str());
    }
    MutedText(ui, WhoAndWhen(ui, answer).c_str());
}

// Both sides beside each other, or one under the other where there is no room.
template <typename DrawBase, typename DrawOther>
void SideBySide(const Ui& ui, const char* id, DrawBase drawBase, DrawOther drawOther) {
    if (ImGui::GetContentRegionAvail().x < ui.Pixels(kSideBySideCss)) {
        drawBase();
        ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
        drawOther();
        return;
    }
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    drawBase();
    ImGui::TableSetColumnIndex(1);
    ImGui::Indent(ui.Pixels(8));
    drawOther();
    ImGui::Unindent(ui.Pixels(8));
    ImGui::EndTable();
}

void DrawEvidenceChoice(Ui& ui, std::size_t index, const MergeItem& item) {
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    StrongText(ui, ui.Wording("merge.evidence_choice"));
    const struct {
        EvidenceKeep keep;
        const char* key;
    } kChoices[] = {{EvidenceKeep::Both, "merge.evidence_both"},
                    {EvidenceKeep::Base, "merge.evidence_base"},
                    {EvidenceKeep::Other, "merge.evidence_other"}};
    for (const auto& choice : kChoices)
        if (AnswerRow(ui, ui.Wording(choice.key), item.evidence == choice.keep, false))
            ui.session.ChooseEvidence(index, choice.keep);
}

void DrawItem(Ui& ui, std::size_t index, const MergeItem& item) {
    const IndexDefinition& definition = ui.session.Definition();
    const Question* question = definition.FindQuestion(item.questionId);
    const Area* area = AreaOf(definition, item.questionId);
    ImGui::PushID(static_cast<int>(index));
    BeginCard(ui, "##item");
    if (area) MutedText(ui, ui.IndexText(area->title).c_str());
    Heading(ui, question ? ui.IndexText(question->text).c_str() : item.questionId.c_str());
    const bool showEvidence = item.answerConflict || item.evidenceDiffers;
    SideBySide(ui, "##sides", [&] { DrawSide(ui, "merge.here", question, item.base, showEvidence); },
               [&] { DrawSide(ui, "merge.in_file", question, item.other, showEvidence); });
    if (item.answerConflict) {
        ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
        StrongText(ui, ui.Wording("merge.answer_choice"));
        if (AnswerRow(ui, ui.Wording("merge.keep_here"), item.answer == MergeSide::Base, false))
            ui.session.ChooseAnswer(index, MergeSide::Base);
        if (AnswerRow(ui, ui.Wording("merge.take_file"), item.answer == MergeSide::Other, false))
            ui.session.ChooseAnswer(index, MergeSide::Other);
    }
    if (item.evidenceDiffers) DrawEvidenceChoice(ui, index, item);
    EndCard();
    ImGui::PopID();
}

void DrawCity(Ui& ui, const MergePlan& plan) {
    BeginCard(ui, "##city");
    Heading(ui, ui.Wording("merge.city"));
    const auto side = [&](const char* key, const CityProfile& city) {
        return [&ui, key, &city] {
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
            BodyText(ui, ui.Wording(key));
            ImGui::PopStyleColor();
            std::string text = city.name.empty() ? std::string(ui.Wording("start.unnamed_city")) : city.name;
            if (city.year) text += " " + std::to_string(city.year);
            StrongText(ui, text.c_str());
            std::string figures;
            if (city.population) figures = FormatNumber(*city.population, 0);
            if (city.foreignBornPercent) figures += (figures.empty() ? "" : " · ") + FormatPercent(*city.foreignBornPercent);
            if (!figures.empty()) MutedText(ui, figures.c_str());
        };
    };
    SideBySide(ui, "##city-sides", side("merge.here", plan.base.city), side("merge.in_file", plan.other.city));
    if (AnswerRow(ui, ui.Wording("merge.keep_here"), plan.city == MergeSide::Base, false)) ui.session.ChooseCity(MergeSide::Base);
    if (AnswerRow(ui, ui.Wording("merge.take_file"), plan.city == MergeSide::Other, false)) ui.session.ChooseCity(MergeSide::Other);
    EndCard();
}

// One version of a plan action: its title, status, department and deadline, or "deleted".
void DrawActionSide(const Ui& ui, const char* headingKey, const PlanAction& action) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    BodyText(ui, ui.Wording(headingKey));
    ImGui::PopStyleColor();
    if (action.removed) {
        StrongText(ui, ui.Wording("merge.action_deleted"));
    } else {
        StrongText(ui, action.title.empty() ? ui.Wording("plan.untitled") : action.title.c_str());
        std::string details = ui.Wording((std::string("plan.status.") + ActionStatusName(action.status)).c_str());
        if (!action.department.empty()) details += " · " + action.department;
        if (!action.deadline.empty()) details += " · " + action.deadline;
        BodyText(ui, details.c_str());
    }
    Answer stamp;  // who and when, as for answers
    stamp.updatedAt = action.updatedAt;
    stamp.updatedBy = action.updatedBy;
    MutedText(ui, WhoAndWhen(ui, stamp).c_str());
}

void DrawAction(Ui& ui, std::size_t index, const ActionMergeItem& item) {
    ImGui::PushID(static_cast<int>(1000000 + index));
    BeginCard(ui, "##action");
    MutedText(ui, ui.Wording("merge.action"));
    Heading(ui, (item.base.removed ? item.other.title : item.base.title).c_str());
    SideBySide(ui, "##action-sides", [&] { DrawActionSide(ui, "merge.here", item.base); },
               [&] { DrawActionSide(ui, "merge.in_file", item.other); });
    if (AnswerRow(ui, ui.Wording("merge.keep_here"), item.side == MergeSide::Base, false))
        ui.session.ChooseAction(index, MergeSide::Base);
    if (AnswerRow(ui, ui.Wording("merge.take_file"), item.side == MergeSide::Other, false))
        ui.session.ChooseAction(index, MergeSide::Other);
    EndCard();
    ImGui::PopID();
}

void AfterMerge(UiState& state) {
    // The fields show the merged texts, not drafts of the version before.
    state.draftsFor.clear();
    state.profileFor.clear();
}

}  // namespace

void DrawMergeScreen(Ui& ui) {
    Session& session = ui.session;
    const Session::MergeReview* review = session.Review();
    if (!review) return;
    const MergePlan& plan = review->plan;
    int conflicts = (plan.cityConflict ? 1 : 0) + static_cast<int>(plan.actions.size()), evidence = 0, evidenceOnly = 0;
    for (const MergeItem& item : plan.items) {
        conflicts += item.answerConflict ? 1 : 0;
        evidence += item.evidenceDiffers ? 1 : 0;
        evidenceOnly += item.evidenceDiffers && !item.answerConflict ? 1 : 0;
    }
    const int unsettled = Unsettled(plan);

    Title(ui, ui.Wording("merge.title"));
    const std::string& city = plan.base.city.name;
    BodyText(ui, FillTemplate(ui.Wording("merge.intro"),
                              {{"file", review->fileName},
                               {"city", city.empty() ? std::string(ui.Wording("start.unnamed_city")) : city}}).c_str());
    MutedText(ui, ui.Wording("merge.backup_note"));
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    StrongText(ui, FillTemplate(ui.Wording("merge.summary"),
                                {{"taken", std::to_string(plan.taken.size() + plan.takenActions.size())}, {"identical", std::to_string(plan.identical)},
                                 {"conflicts", std::to_string(conflicts)}, {"evidence", std::to_string(evidence)}}).c_str());
    if (unsettled > 0) {
        BodyText(ui, FillTemplate(ui.Wording("merge.to_choose"), {{"count", std::to_string(unsettled)}}).c_str());
        if (SecondaryButton(ui, ui.Wording("merge.take_newer"))) session.TakeNewerEverywhere();
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));

    if (conflicts > 0) Heading(ui, ui.Wording("merge.conflicts_heading"));
    if (plan.cityConflict) DrawCity(ui, plan);
    for (std::size_t i = 0; i < plan.items.size(); ++i)
        if (plan.items[i].answerConflict) DrawItem(ui, i, plan.items[i]);
    for (std::size_t i = 0; i < plan.actions.size(); ++i) DrawAction(ui, i, plan.actions[i]);
    if (evidenceOnly > 0) {
        Heading(ui, ui.Wording("merge.evidence_heading"));
        for (std::size_t i = 0; i < plan.items.size(); ++i)
            if (!plan.items[i].answerConflict && plan.items[i].evidenceDiffers) DrawItem(ui, i, plan.items[i]);
    }

    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    ImGui::BeginDisabled(unsettled > 0);
    if (PrimaryButton(ui, ui.Wording("merge.confirm"))) {
        if (session.ConfirmMerge()) AfterMerge(ui.state);
    }
    ImGui::EndDisabled();
    SameLineIfFits(ui, ui.Wording("common.cancel"));
    if (SecondaryButton(ui, ui.Wording("common.cancel"))) session.CancelMerge();
    ImGui::Dummy(ImVec2(0, ui.Pixels(12)));
    MutedText(ui, ui.Wording("merge.instead"));
    if (SecondaryButton(ui, ui.Wording("import.replace"))) {
        session.ReviewInstead(ImportChoice::Replace);
        AfterMerge(ui.state);
    }
    SameLineIfFits(ui, ui.Wording("import.keep_both"));
    if (SecondaryButton(ui, ui.Wording("import.keep_both"))) session.ReviewInstead(ImportChoice::KeepBoth);
}

}  // namespace icc
