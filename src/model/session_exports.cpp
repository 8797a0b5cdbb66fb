// Session: downloads of the open assessment.
#include "model/session.h"

#include "core/export_name.h"
#include "core/plan_csv.h"
#include "core/report_csv.h"
#include "core/report_html.h"

#include <algorithm>

namespace icc {

void Session::ExportJson() {
    if (!assessment_) return;
    platform_.DownloadFile(ExportBaseName(assessment_->city, platform_.NowIso()) + ".json", "application/json",
                           WriteAssessment(*assessment_, &scores_));
    unsavedChanges_ = false;  // what storage could not keep is in the file now
}

void Session::ExportHtmlReport() {
    if (!assessment_) return;
    const std::string now = platform_.NowIso();
    ReportInput input{Definition(), *assessment_, scores_, translations_, Language(),
                      now.substr(0, 10) + " " + now.substr(11, 5) + " UTC"};
    input.comparison = CurrentComparison();
    input.benchmarks = Benchmarks();
    input.earlierAssessment = Earlier();
    input.earlierScores = EarlierScores();
    input.published = Published();
    input.publishedPlace = CurrentPublishedPlace();
    platform_.DownloadFile(ExportBaseName(assessment_->city, now) + ".html", "text/html", WriteHtmlReport(input));
}

void Session::ExportCsv() {
    if (!assessment_) return;
    platform_.DownloadFile(ExportBaseName(assessment_->city, platform_.NowIso()) + ".csv", "text/csv",
                           WriteScoresCsv(Definition(), scores_, CurrentComparison()));
}

void Session::ExportPlanCsv() {
    if (!assessment_) return;
    platform_.DownloadFile(ExportBaseName(assessment_->city, platform_.NowIso()) + "-plan.csv", "text/csv",
                           WritePlanCsv(Definition(), *assessment_, Language()));
}

void Session::ExportAreas(const std::vector<std::string>& areaIds) {
    if (!assessment_ || areaIds.empty()) return;
    Assessment part = *assessment_;  // the same id, contributors and responsibilities: it merges back
    part.answers.clear();
    for (const Area& area : Definition().areas) {
        if (std::find(areaIds.begin(), areaIds.end(), area.id) == areaIds.end()) continue;
        for (const Question& question : area.questions)
            if (auto answer = assessment_->answers.find(question.id); answer != assessment_->answers.end())
                part.answers.insert(*answer);
    }
    // No scores: those of a part would read as the city's.
    platform_.DownloadFile(ExportBaseName(assessment_->city, platform_.NowIso()) + "-part.json", "application/json",
                           WriteAssessment(part));
}

}  // namespace icc
