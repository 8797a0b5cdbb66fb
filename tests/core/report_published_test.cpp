// The report with the shipped index and published results: the city's estimate among at least a
// dozen published results with year, version and source; good-practice pointers as links; no
// internal source key anywhere a reader sees.
#include "core/assessment_io.h"
#include "core/index_loader.h"
#include "core/published_results.h"
#include "core/report_html.h"
#include "core/scoring.h"
#include "report_test_support.h"

#include <gtest/gtest.h>

#include <regex>

namespace icc {
namespace {

using namespace icc::testing;

std::size_t Count(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

TEST(ReportPublished, ShowsTheCityAmongThePublishedResultsWithTheirSources) {
    const IndexLoadResult index = LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json"));
    const PublishedResultsLoadResult published =
        LoadPublishedResults(ReadRepositoryFile("assets/published/icc-published-results.json"));
    AssessmentLoadResult assessment = ReadAssessment(ReadRepositoryFile("tests/data/report/sample-assessment.json"));
    ASSERT_TRUE(index.definition && published.published && assessment.assessment);
    assessment.assessment->city.name = "Kraków";
    assessment.assessment->city.population = 806200;
    assessment.assessment->city.foreignBornPercent = 7;
    const AssessmentScores scores = Score(*index.definition, *assessment.assessment);
    const PublishedPlace place = PlaceAmongPublished(*index.definition, *published.published, scores);
    const Translations translations = EnglishTranslations();
    ReportInput input{*index.definition, *assessment.assessment, scores, translations, "en", "2026-12-01 12:00 UTC"};
    input.published = &*published.published;
    input.publishedPlace = &place;
    const std::string html = WriteHtmlReport(input);

    const std::size_t section = html.find("<section id=\"published\"");
    ASSERT_NE(section, std::string::npos);
    const std::string part = html.substr(section, html.find("</section>", section) - section);
    EXPECT_NE(part.find("not an official score"), std::string::npos) << "what the comparison is worth";
    EXPECT_GE(Count(part, "<g class=\"row\">"), 12u) << "a dozen published overall results in the chart";
    EXPECT_EQ(Count(part, "<g class=\"row own\">"), 1u) << "the city's own estimate, once";
    EXPECT_NE(part.find("Kraków \u2013 estimate with this tool"), std::string::npos);
    EXPECT_NE(part.find("Odesa \u00b7 2017 \u00b7 classic index"), std::string::npos);
    EXPECT_NE(part.find("Rochester, MN \u00b7 2020 \u00b7 2019 index"), std::string::npos);
    EXPECT_NE(part.find("<a href=\"https://old.omr.gov.ua/en/essential/103457/?print\">"), std::string::npos);
    EXPECT_NE(part.find("Published sample sizes over time"), std::string::npos);
    EXPECT_GE(Count(part, "<tr><th scope=\"row\">"), 12u + 12u) << "results and sample sizes, a row each";
    EXPECT_NE(html.find("Published figures for this area: Amadora"), std::string::npos);

    // Pointers: a link with the title; no "[S22b]" or "S-cam" key where a reader looks.
    EXPECT_NE(html.find("<span class=\"good-practice\">Good practice: Kraków: <a href=\"https://"), std::string::npos);
    const std::string visible = std::regex_replace(html, std::regex("<[^>]*>"), " ");
    EXPECT_FALSE(std::regex_search(visible, std::regex("\\[S[0-9A-Za-z-]*\\]|\\bS-[a-z]+\\b|\\bS[0-9]{2}[a-z]?\\b")))
        << "an internal source key in the report's text";
}

}  // namespace
}  // namespace icc
