// The questionnaire: one area at a time, each question as a card with its answer options, help,
// "don't know" where allowed, and a field for evidence.
#include "app/ui.h"
#include "app/text_field.h"
#include "app/ui_kit.h"

#include "core/carry_over.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

bool IsSelected(const Answer* answer, const std::string& optionId) {
    return answer && !answer->dontKnow &&
           std::find(answer->selected.begin(), answer->selected.end(), optionId) != answer->selected.end();
}

std::string PointsText(const Ui& ui, double points) {
    return FillTemplate(ui.Wording("question.points"), {{"points", FormatNumber(points, 2)}});
}

void DrawChoices(Ui& ui, const Question& question, const Answer* answer) {
    const bool multiple = question.type == AnswerType::MultipleChoice;
    for (const AnswerOption& option : question.options) {
        const bool selected = IsSelected(answer, option.id);
        if (!AnswerRow(ui, ui.IndexText(option.label).c_str(), selected, multiple)) continue;
        Answer changed;
        if (multiple) {
            changed.selected = answer && !answer->dontKnow ? answer->selected : std::vector<std::string>{};
            if (selected)
                changed.selected.erase(std::remove(changed.selected.begin(), changed.selected.end(), option.id),
                                       changed.selected.end());
            else
                changed.selected.push_back(option.id);
        } else {
            changed.selected = {option.id};
        }
        if (changed.selected.empty())
            ui.session.ClearAnswer(question.id);
        else
            ui.session.SetAnswer(question.id, changed);
    }
}

void DrawNumber(Ui& ui, const Question& question, const Answer* answer) {
    std::string& draft = ui.state.numberDrafts[question.id];
    if (draft.empty() && answer && answer->number) draft = FormatNumber(*answer->number, 4);
    const bool edited = TextField(ui, "##number", ui.IndexText(question.text).c_str(), ("number:" + question.id).c_str(),
                                  TextKind::Decimal, draft, ui.Pixels(200));
    if (edited) ui.state.numberProblems[question.id] = ui.session.SetNumberText(question.id, draft);
    if (!question.unit.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(question.unit.c_str());
    }
    if (auto problem = ui.state.numberProblems.find(question.id); problem != ui.state.numberProblems.end())
        FieldProblem(ui, problem->second);
    // The ranges and what each scores, so the user sees how the number counts.
    for (const NumberBand& band : question.bands) {
        const bool inBand = answer && answer->number && FindBand(question, *answer->number) == &band;
        std::string label = ui.IndexText(band.label);
        if (label.empty()) label = FormatNumber(band.min, 2) + "–" + FormatNumber(band.max, 2) + question.unit;
        std::string line = label + " · " + PointsText(ui, band.points);
        if (inBand) {
            ImGui::PushFont(ui.fonts.bold);
            ImGui::BulletText("%s", line.c_str());
            ImGui::PopFont();
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
            ImGui::BulletText("%s", line.c_str());
            ImGui::PopStyleColor();
        }
    }
}

// An answer carried over from an earlier version of the questionnaire: what changed, and a way to
// keep the answer as it is (changing it also settles it).
void DrawReviewNote(Ui& ui, const Question& question) {
    const CarriedQuestion* carried = WhyToReview(ui.session.Definition(), question.id);
    const std::string note = FillTemplate(ui.Wording("question.to_review_help"),
                                          {{"version", ui.session.Definition().version},
                                           {"why", carried ? ui.IndexText(carried->why) : std::string()}});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.warning);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.onWarning);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(14), ui.Pixels(10)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ui.Pixels(6));
    ImGui::BeginChild("##review", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar);
    StrongText(ui, ui.Wording("question.to_review"));
    BodyText(ui, note.c_str());
    ImGui::BeginDisabled(ui.state.readOnly);
    if (SecondaryButton(ui, ui.Wording("question.keep_answer"))) ui.session.ConfirmAnswer(question.id);
    ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::Dummy(ImVec2(0, ui.Pixels(2)));
}

void DrawQuestion(Ui& ui, int areaIndex, int questionIndex) {
    Session& session = ui.session;
    const Area& area = session.Definition().areas[areaIndex];
    const Question& question = area.questions[questionIndex];
    const Answer* answer = session.FindAnswer(question.id);
    // A copy: answering below rescores, which replaces the scores a reference would point into.
    const QuestionScore score = session.Scores().areas[areaIndex].questions[questionIndex];

    ImGui::PushID(question.id.c_str());
    if (ui.state.scrollToQuestion == questionIndex) {
        ImGui::SetScrollHereY(0.05f);
        ui.state.scrollToQuestion = -1;
    }
    BeginCard(ui, "##question");
    std::string number = FillTemplate(ui.Wording("question.number"), {{"n", std::to_string(questionIndex + 1)},
                                                                 {"total", std::to_string(area.questions.size())}});
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted(number.c_str());
    ui.semantics.AddText(Role::Text, number.c_str());
    ImGui::PopStyleColor();
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(ui.IndexText(question.text).c_str());
    ui.semantics.AddText(Role::Heading, ui.IndexText(question.text).c_str(), 3);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const std::string& help = ui.IndexText(question.help);
    if (!help.empty()) MutedText(ui, help.c_str());
    ImGui::Dummy(ImVec2(0, ui.Pixels(2)));
    if (answer && answer->toReview) DrawReviewNote(ui, question);

    ImGui::BeginDisabled(ui.state.readOnly);  // a published results page shows answers, never changes them
    if (question.type == AnswerType::Number || question.type == AnswerType::Percentage)
        DrawNumber(ui, question, answer);
    else
        DrawChoices(ui, question, answer);
    if (question.allowDontKnow) {
        const bool dontKnow = answer && answer->dontKnow;
        if (AnswerRow(ui, ui.Wording("question.dont_know"), dontKnow, false) && !dontKnow) {
            Answer changed;
            changed.dontKnow = true;
            session.SetAnswer(question.id, changed);
            ui.state.numberDrafts.erase(question.id);
            ui.state.numberProblems.erase(question.id);
        }
    }

    // How the answer counts, and a way back to "unanswered".
    const bool answered = score.status == QuestionStatus::Scored || score.status == QuestionStatus::DontKnow;
    if (answered) {
        std::string counted = FillTemplate(ui.Wording("question.counted"), {{"points", FormatNumber(score.points, 2)},
                                                                      {"max", FormatNumber(score.maxPoints, 2)}});
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
        ImGui::TextUnformatted(counted.c_str());
        ui.semantics.AddText(Role::Text, counted.c_str());
        ImGui::PopStyleColor();
        SameLineIfFits(ui, ui.Wording("question.clear"));
        if (SecondaryButton(ui, ui.Wording("question.clear"))) {
            session.ClearAnswer(question.id);
            ui.state.numberDrafts.erase(question.id);
            ui.state.numberProblems.erase(question.id);
        }
    }

    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.Wording("question.evidence"));
    ImGui::PopFont();
    MutedText(ui, ui.Wording("question.evidence_help"));
    auto draft = ui.state.evidenceDrafts.find(question.id);
    if (draft == ui.state.evidenceDrafts.end()) {
        const Answer* current = session.FindAnswer(question.id);  // not `answer`: "clear" above may erase it
        draft = ui.state.evidenceDrafts.emplace(question.id, current ? current->evidence : std::string()).first;
    }
    const float height = ImGui::GetTextLineHeight() * 4.5f + ImGui::GetStyle().FramePadding.y * 2;
    const bool edited = TextField(ui, "##evidence", ui.Wording("question.evidence"), ("evidence:" + question.id).c_str(),
                                  TextKind::Lines, draft->second, 0, height);
    if (edited) ui.state.evidenceProblems[question.id] = session.SetEvidence(question.id, draft->second);
    if (auto problem = ui.state.evidenceProblems.find(question.id); problem != ui.state.evidenceProblems.end())
        FieldProblem(ui, problem->second);
    // Who changed the answer last, and when (several departments answer one assessment).
    if (const Answer* current = session.FindAnswer(question.id); current && !current->updatedBy.empty()) {
        const std::string& at = current->updatedAt;
        MutedText(ui, FillTemplate(ui.Wording("question.changed_by"),
                                   {{"who", current->updatedBy}, {"date", at.substr(0, 10)},
                                    {"time", at.size() >= 16 ? at.substr(11, 5) : ""}}).c_str());
    }
    ImGui::EndDisabled();
    EndCard();

    if (ImGui::IsItemFocused() || ImGui::IsItemActive() || ImGui::IsItemClicked())
        session.SetPosition({areaIndex, questionIndex});
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
}

void GoToArea(Ui& ui, int area) {
    ui.session.SetPosition({area, 0});
    ui.state.scrollToTop = true;
}

void GoToNextUnanswered(Ui& ui) {
    if (std::optional<Position> next = ui.session.NextUnanswered()) {
        ui.session.SetPosition(*next);
        ui.state.scrollToQuestion = next->question;
    } else {  // everything is answered: the results are the next step
        ui.state.screen = Screen::Results;
    }
}

}  // namespace

void DrawQuestionnaireScreen(Ui& ui) {
    Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    if (definition.areas.empty()) {
        MutedText(ui, ui.Wording("question.no_index"));
        return;
    }
    // Drafts belong to one assessment; opening another starts afresh.
    if (ui.state.draftsFor != session.Current().id) {
        ui.state.evidenceDrafts.clear();
        ui.state.numberDrafts.clear();
        ui.state.numberProblems.clear();
        ui.state.evidenceProblems.clear();
        ui.state.draftsFor = session.Current().id;
    }
    const int areaCount = static_cast<int>(definition.areas.size());
    const int areaIndex = std::clamp(session.CurrentPosition().area, 0, areaCount - 1);
    const Area& area = definition.areas[areaIndex];
    const AreaScore& score = session.Scores().areas[areaIndex];

    // Keyboard shortcuts, documented in the README and on the settings screen.
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && !io.KeyCtrl && !io.KeyAlt) {
        if (ImGui::IsKeyPressed(ImGuiKey_N, false)) GoToNextUnanswered(ui);
        if (ImGui::IsKeyPressed(ImGuiKey_RightBracket, false) && areaIndex + 1 < areaCount) GoToArea(ui, areaIndex + 1);
        if (ImGui::IsKeyPressed(ImGuiKey_LeftBracket, false) && areaIndex > 0) GoToArea(ui, areaIndex - 1);
    }

    for (const AreaGroup& group : definition.groups)
        if (group.id == area.group) MutedText(ui, ui.IndexText(group.title).c_str());
    std::string position = FillTemplate(ui.Wording("area.position"), {{"n", std::to_string(areaIndex + 1)},
                                                                 {"total", std::to_string(areaCount)}});
    MutedText(ui, position.c_str());
    Title(ui, ui.IndexText(area.title).c_str());
    const std::string& description = ui.IndexText(area.description);
    if (!description.empty()) MutedText(ui, description.c_str());

    std::string progress = FillTemplate(ui.Wording("area.answered"), {{"answered", std::to_string(score.answered)},
                                                                 {"total", std::to_string(score.total)}});
    if (score.ShownPercent())
        progress += " · " + FillTemplate(ui.Wording("area.score"), {{"percent", FormatPercent(*score.percent)}});
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(progress.c_str());
    ui.semantics.AddText(Role::Text, progress.c_str());
    ImGui::PopFont();
    SameLineIfFits(ui, ui.Wording("area.next_unanswered"));
    if (SecondaryButton(ui, ui.Wording("area.next_unanswered"))) GoToNextUnanswered(ui);
    if (area.optional) MutedText(ui, ui.Wording("area.optional"));
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));

    for (int q = 0; q < static_cast<int>(area.questions.size()); ++q) DrawQuestion(ui, areaIndex, q);

    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    if (areaIndex > 0) {
        if (SecondaryButton(ui, ui.Wording("area.previous"))) GoToArea(ui, areaIndex - 1);
        ImGui::SameLine();
    }
    if (areaIndex + 1 < areaCount) {
        if (PrimaryButton(ui, ui.Wording("area.next"))) GoToArea(ui, areaIndex + 1);
    } else if (PrimaryButton(ui, ui.Wording("area.see_results"))) {
        ui.state.screen = Screen::Results;
    }
}

}  // namespace icc
