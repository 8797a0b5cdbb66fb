#include "core/html_escape.h"
#include "core/interface_languages.h"
#include "core/report_html.h"
#include "core/scoring.h"
#include "report_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>

namespace icc {
namespace {

using namespace icc::testing;

// A report of the small index and everything it needs, kept alive together.
struct ReportFixture {
    IndexDefinition definition = MakeSmallIndex();
    Assessment assessment = SmallAssessment();
    BenchmarkSet benchmarks = SmallBenchmarks();
    Translations translations = EnglishTranslations();
    AssessmentScores scores;
    Comparison comparison;

    std::string Write(bool withComparison = true, const Assessment* earlier = nullptr) {
        scores = Score(definition, assessment);
        comparison = Compare(definition, benchmarks, assessment.city, scores);
        ReportInput input{definition,  assessment, scores, translations, translations.Language(),
                          "2026-11-25 21:00 UTC"};
        if (withComparison) {
            input.comparison = &comparison;
            input.benchmarks = &benchmarks;
        }
        AssessmentScores earlierScores;
        if (earlier) {
            earlierScores = Score(definition, *earlier);
            input.earlierAssessment = earlier;
            input.earlierScores = &earlierScores;
        }
        return WriteHtmlReport(input);
    }
};

std::size_t Count(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

std::string Lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The cells (th and td texts) of the first row holding `rowMark` in a table of class `tableClass`.
std::vector<std::string> RowCells(const std::string& html, const std::string& tableClass, const std::string& rowMark) {
    const std::size_t firstTable = html.find("<table class=\"" + tableClass + "\">");
    const std::size_t mark = firstTable == std::string::npos ? std::string::npos : html.find(rowMark, firstTable);
    if (mark == std::string::npos || html.rfind("<table class=\"" + tableClass + "\">", mark) != html.rfind("<table", mark))
        return {};
    const std::size_t rowStart = html.rfind("<tr>", mark);
    const std::string row = html.substr(rowStart, html.find("</tr>", mark) - rowStart);
    std::vector<std::string> cells;
    for (std::size_t at = row.find("<t", 4); at != std::string::npos; at = row.find("<t", at + 1)) {
        const std::size_t close = row.find(row[at + 2] == 'h' ? "</th>" : "</td>", at);
        cells.push_back(TextOf(row.substr(at, close - at)));
        at = close;
    }
    return cells;
}

// Whether a tag has an event handler attribute (on...=).
bool HasEventHandler(const std::string& tag) {
    const std::string lower = Lower(tag);
    for (std::size_t at = lower.find(" on"); at != std::string::npos; at = lower.find(" on", at + 1)) {
        std::size_t end = at + 3;
        while (end < lower.size() && std::isalpha(static_cast<unsigned char>(lower[end]))) ++end;
        if (end < lower.size() && lower[end] == '=') return true;
    }
    return false;
}

TEST(HtmlReport, IsOneStandaloneDocument) {
    ReportFixture fixture;
    const std::string html = fixture.Write();
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_EQ(Count(Lower(html), "<html"), 1u);
    EXPECT_EQ(Count(html, "<meta charset=\"utf-8\">"), 1u);
    EXPECT_EQ(Count(html, "</html>"), 1u);
    const std::string lower = Lower(html);
    EXPECT_EQ(lower.find("<script"), std::string::npos);
    EXPECT_EQ(lower.find("url("), std::string::npos);
    EXPECT_EQ(lower.find("@import"), std::string::npos);
    EXPECT_EQ(lower.find("<link"), std::string::npos);
    for (const std::string& tag : Tags(html)) {
        const std::string lowerTag = Lower(tag);
        EXPECT_EQ(lowerTag.find(" src="), std::string::npos) << tag;
        EXPECT_FALSE(HasEventHandler(tag)) << tag;
        // Links inside the page, and good-practice pointers to the web page to read: a link to
        // follow, never a resource the report loads.
        const std::size_t href = lowerTag.find(" href=\"");
        const bool webLink = lowerTag.rfind("<a href=\"https://", 0) == 0 || lowerTag.rfind("<a href=\"http://", 0) == 0;
        if (href != std::string::npos && !webLink) {
            EXPECT_EQ(lowerTag[href + 7], '#') << tag;
        }
        if (!webLink) {
            EXPECT_EQ(lowerTag.find("//"), std::string::npos) << tag;
        }
    }
    for (const char* part : {"<header", "<main>", "<footer", "@page { size: A4; margin: 15mm; }", "@media print"})
        EXPECT_NE(html.find(part), std::string::npos) << part;
}

TEST(HtmlReport, HeadingsGoDownOneLevelAtATime) {
    ReportFixture fixture;
    const std::string html = fixture.Write();
    int previous = 0, h1 = 0;
    for (const std::string& tag : Tags(html)) {
        if (tag.size() < 3 || tag[1] != 'h' || tag[2] < '1' || tag[2] > '6') continue;
        const int level = tag[2] - '0';
        h1 += level == 1;
        EXPECT_LE(level, previous + 1) << tag;
        previous = level;
    }
    EXPECT_EQ(h1, 1);
}

TEST(HtmlReport, EveryTableHasACaptionAndHeaderScopes) {
    ReportFixture fixture;
    const Assessment earlier = [] {
        Assessment assessment = SmallAssessment();
        assessment.city.year = 2024;
        assessment.answers["commitment.strategy"] = Selected({"no"});
        return assessment;
    }();
    const std::string html = fixture.Write(true, &earlier);
    const std::vector<std::string> tags = Tags(html);
    int tables = 0;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (tags[i].rfind("<table", 0) == 0) {
            ++tables;
            ASSERT_LT(i + 1, tags.size());
            EXPECT_EQ(tags[i + 1], "<caption>") << "table " << tables;
        }
        if (tags[i].rfind("<th", 0) == 0 && tags[i] != "<thead>") {
            EXPECT_NE(tags[i].find("scope=\""), std::string::npos) << tags[i];
        }
    }
    EXPECT_EQ(tables, 6);  // benchmarks, areas, change, one per area (3)
}

TEST(HtmlReport, ShowsTheHandComputedFigures) {
    ReportFixture fixture;
    const std::string html = fixture.Write();
    // Area table: area, score, points, answered, sample, size group, diversity group, explanation.
    const std::vector<std::string> commitment = RowCells(html, "areas", "href=\"#area-commitment\"");
    ASSERT_EQ(commitment.size(), 8u);
    EXPECT_EQ(commitment[1], "71%");
    EXPECT_EQ(commitment[2], "5 of 7");
    EXPECT_EQ(commitment[3], "3 of 3");
    EXPECT_EQ(commitment[4], "74%");
    EXPECT_EQ(commitment[5], "69%");
    EXPECT_EQ(commitment[6], "\u2014not available");  // no figure: a dash, and words for screen readers
    EXPECT_EQ(commitment[7], "commitment: 5 of 7 points = 71%");
    const std::vector<std::string> education = RowCells(html, "areas", "href=\"#area-education\"");
    ASSERT_EQ(education.size(), 8u);
    EXPECT_EQ(education[1], "40%");
    EXPECT_EQ(education[2], "2 of 5");
    EXPECT_EQ(education[3], "1 of 2");
    EXPECT_EQ(education[4], "60%");
    EXPECT_EQ(education[6], "65%");
    const std::vector<std::string> participation = RowCells(html, "areas", "href=\"#area-participation\"");
    ASSERT_EQ(participation.size(), 8u);
    EXPECT_EQ(participation[0], "participation optional");
    EXPECT_EQ(participation[1], "0%");
    EXPECT_EQ(participation[3], "1 of 1");

    // Index cards, comparison of the core index, completeness and the partial mark.
    EXPECT_NE(html.find("<p class=\"value\">50% <span class=\"tag tag-partial\">partial</span>"), std::string::npos);
    EXPECT_NE(html.find("<p class=\"value\">38% <span class=\"tag tag-partial\">partial</span>"), std::string::npos);
    EXPECT_NE(html.find("5 of 6 questions answered (83%)"), std::string::npos);
    EXPECT_NE(html.find("Partial results: 5 of 6 questions are answered (83%)"), std::string::npos);
    const std::vector<std::string> whole = RowCells(html, "benchmarks", "All cities of the sample");
    ASSERT_EQ(whole.size(), 2u);
    EXPECT_EQ(whole[0], "All cities of the sample (150 cities, 2020-01)");
    EXPECT_EQ(whole[1], "63%");
    EXPECT_EQ(RowCells(html, "benchmarks", "100,000 to 200,000")[1], "58%");

    // City profile with grouped thousands.
    EXPECT_NE(html.find("<dd>150,000</dd>"), std::string::npos);
    EXPECT_NE(html.find("<dd>12%</dd>"), std::string::npos);

    // Question details: the answer chosen, points and evidence.
    const std::vector<std::string> strategy = RowCells(html, "questions", "commitment.strategy</th>");
    ASSERT_EQ(strategy.size(), 4u);
    EXPECT_EQ(strategy[1], "partlyPartly in place");
    EXPECT_EQ(strategy[2], "1 of 2");
    EXPECT_EQ(strategy[3], "Council resolution 12/2025");
    const std::vector<std::string> teachers = RowCells(html, "questions", "education.teachers</th>");
    ASSERT_EQ(teachers.size(), 4u);
    EXPECT_EQ(teachers[1], "60 (band)In place");
    // A value on a band edge is labelled with the band that scores it: 10 is in [10, 50), not [0, 10).
    ReportFixture edge;
    edge.definition.areas[1].questions[0].bands[0].label = En("low");
    edge.definition.areas[1].questions[0].bands[1].label = En("middle");
    edge.assessment.answers["education.teachers"] = NumberAnswer(10);
    EXPECT_EQ(RowCells(edge.Write(), "questions", "education.teachers</th>")[1], "10 (middle)Partly in place");
    const std::vector<std::string> schools = RowCells(html, "questions", "education.schools</th>");
    ASSERT_EQ(schools.size(), 4u);
    EXPECT_EQ(schools[1], "Not answered");
    EXPECT_EQ(schools[2], "0 of 3");

    // Suggestions for an area below 100%.
    const std::size_t educationSection = html.find("<section class=\"area\" id=\"area-education\"");
    EXPECT_NE(html.find("<h4>Suggestions</h4>\n<ul class=\"recommendations\">\n<li>Do more for education", educationSection),
              std::string::npos);

    // Highlights ranked against the sample (commitment -2.6, education -20, participation -30): with
    // three ranked areas all are strongest, none left for development.
    const std::size_t strongest = html.find("Strongest areas");
    const std::size_t development = html.find("Areas for development");
    ASSERT_NE(strongest, std::string::npos);
    ASSERT_NE(development, std::string::npos);
    EXPECT_NE(html.find("commitment</a></strong>: 71%, sample average 74% (\u22123 points)", strongest), std::string::npos);
    EXPECT_NE(html.find("participation</a></strong>: 0%, sample average 30% (\u221230 points)", strongest),
              std::string::npos);
    EXPECT_NE(html.find("<p>No area to show", development), std::string::npos);
}

TEST(HtmlReport, ChartsAreAccessibleImagesWithBarsProportionalToScores) {
    ReportFixture fixture;
    const std::string html = fixture.Write();
    EXPECT_EQ(Count(html, "<svg class=\"chart\" role=\"img\" aria-labelledby=\""), 2u);
    EXPECT_NE(html.find("<title id=\"bar-chart-title\">Scores by area</title>"), std::string::npos);
    EXPECT_NE(html.find("<desc id=\"bar-chart-desc\">Bar chart of the score of each area, from 0% to 100%: "
                        "commitment: 71%; education: 40%; participation: 0%. Sample average: commitment 74%, "
                        "education 60%, participation 30%."),
              std::string::npos);
    // The plot is 400 units wide: 71.43% is 285.7 units, 40% 160.
    EXPECT_NE(html.find("width=\"285.7\" height=\"16\""), std::string::npos);
    EXPECT_NE(html.find("width=\"160\" height=\"16\""), std::string::npos);
    // Values as text, benchmark markers of three shapes and a legend naming them.
    EXPECT_NE(html.find(">71%</text>"), std::string::npos);
    EXPECT_NE(html.find("<circle"), std::string::npos);
    for (const char* legend : {"Score of the city", "Sample average", "Size group average", "Diversity group average"})
        EXPECT_NE(html.find(std::string(">") + legend + "</text>"), std::string::npos) << legend;
    EXPECT_NE(html.find("stroke-dasharray=\"6 4\""), std::string::npos);  // the sample's dashed radar outline
}

TEST(HtmlReport, WithoutBenchmarksRanksByScoreAndShowsNoComparisonColumns) {
    ReportFixture fixture;
    const std::string html = fixture.Write(false);
    EXPECT_NE(html.find("No sample averages are available"), std::string::npos);
    EXPECT_NE(html.find("No comparison figures were given"), std::string::npos);
    EXPECT_EQ(html.find("<table class=\"benchmarks\">"), std::string::npos);
    EXPECT_EQ(RowCells(html, "areas", "href=\"#area-commitment\"").size(), 5u);
    const std::size_t strongest = html.find("Strongest areas");
    EXPECT_NE(html.find("commitment</a></strong>: 71%", strongest), std::string::npos);
}

TEST(HtmlReport, ChangeTableComparesWithTheEarlierAssessment) {
    ReportFixture fixture;
    Assessment earlier = SmallAssessment();
    earlier.city.year = 2024;
    earlier.answers["commitment.strategy"] = Selected({"no"});  // 4 of 7 = 57.14%
    earlier.answers["education.schools"] = NumberAnswer(25);    // 5 of 5 = 100%
    const std::string html = fixture.Write(true, &earlier);
    EXPECT_NE(html.find("<h2 id=\"change-heading\">Change since 2024</h2>"), std::string::npos);
    const std::vector<std::string> commitment = RowCells(html, "change", ">commitment</th>");
    ASSERT_EQ(commitment.size(), 4u);
    EXPECT_EQ(commitment[1], "57%");
    EXPECT_EQ(commitment[2], "71%");
    EXPECT_EQ(commitment[3], "+14 points");
    const std::vector<std::string> education = RowCells(html, "change", ">education</th>");
    ASSERT_EQ(education.size(), 4u);
    EXPECT_EQ(education[3], "\u221260 points");
    EXPECT_EQ(RowCells(html, "change", ">participation</th>")[3], "no change");
}

// The literal pieces of an English catalog text between its {placeholders} that hold at least two
// words: "questions answered", " of ", … (single words may be shared by languages).
std::vector<std::string> EnglishPhrases(const std::string& text) {
    std::vector<std::string> phrases;
    std::string piece;
    auto keep = [&] {
        const std::size_t first = piece.find_first_not_of(" ,.:;()"), last = piece.find_last_not_of(" ,.:;()");
        if (first != std::string::npos && piece.substr(first, last - first + 1).find(' ') != std::string::npos)
            phrases.push_back(piece.substr(first, last - first + 1));
        piece.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && text.find('}', i) != std::string::npos) {
            keep();
            i = text.find('}', i);
        } else {
            piece += text[i];
        }
    }
    keep();
    return phrases;
}

TEST(HtmlReport, EveryLanguageWordsTheWholeReportItself) {
    std::unordered_map<std::string, std::string> english;
    Translations::Parse(ReadRepositoryFile("assets/i18n/en.json"), english);
    for (const char* language : kInterfaceLanguages) {
        if (std::string(language) == "en") continue;
        std::unordered_map<std::string, std::string> catalog;
        Translations::Parse(ReadRepositoryFile(std::string("assets/i18n/") + language + ".json"), catalog);
        ReportFixture fixture;
        fixture.translations = ShippedTranslations(language);
        for (Area& area : fixture.definition.areas)  // the fixture's own English would read as the catalog's
            for (Recommendation& recommendation : area.recommendations)
                for (GoodPractice& pointer : recommendation.goodPractice) pointer.title = En("Pointer " + area.id);
        const Assessment earlier = SmallAssessment();
        const std::string text = TextOf(fixture.Write(true, &earlier));
        for (const auto& [key, englishText] : english) {
            if (catalog[key] == englishText) continue;
            for (const std::string& phrase : EnglishPhrases(englishText))
                EXPECT_EQ(text.find(phrase), std::string::npos) << language << ": \"" << phrase << "\" of " << key;
        }
        // Thousands apart by a non-breaking space, decimals after a comma, in the explanations too.
        EXPECT_NE(text.find("150\u00a0000"), std::string::npos) << language;
        EXPECT_NE(text.find("71,4\u00d7"), std::string::npos) << language;
    }
}

TEST(HtmlReport, EscapesHostileTextsAndKeepsThemIntact) {
    ReportFixture fixture;
    const std::string script = "<script>alert(1)</script>";
    const std::string breakout = "\"><img src=x onerror=alert(1)>";
    const std::string quotes = "O'Brien & \"Sons\" <b>";
    const std::string override = "Evil\u202Etxt.exe";
    std::string longText;
    while (longText.size() < 100 * 1024) longText += "Line with <tags> & \"quotes\" and 'apostrophes' \u00e9\u0142\n";
    fixture.assessment.city.name = script + override;
    fixture.assessment.answers["commitment.strategy"].evidence = breakout;
    fixture.assessment.answers["commitment.budget"].evidence = longText;
    fixture.assessment.answers["commitment.actions"].selected.push_back(breakout);  // an option id the question lacks
    fixture.definition.areas[0].title = En(quotes);                                   // goes into SVG text too
    fixture.definition.areas[1].questions[0].text = En(breakout);
    fixture.definition.areas[1].recommendations[0].goodPractice = {
        {En(script), En(script), std::nullopt, "https://example.org/\"><script>alert(1)</script>", "S1"},
        {En("City"), En("Not a web address"), std::nullopt, "javascript:alert(1)", "S2"}};
    const std::string html = fixture.Write();

    const std::string lower = Lower(html);
    EXPECT_EQ(lower.find("<script"), std::string::npos);
    EXPECT_EQ(lower.find("<img"), std::string::npos);
    EXPECT_EQ(lower.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find("\u202E"), std::string::npos);  // only as a reference
    for (const std::string& tag : Tags(html)) EXPECT_FALSE(HasEventHandler(tag)) << tag;
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(html.find("O&#39;Brien &amp; &quot;Sons&quot; &lt;b&gt;</text>"), std::string::npos);  // SVG label

    // The attribute value holding the city name ends where it should.
    const std::string metaStart = "<meta name=\"description\" content=\"";
    const std::size_t meta = html.find(metaStart);
    ASSERT_NE(meta, std::string::npos);
    const std::size_t valueEnd = html.find('"', meta + metaStart.size());
    EXPECT_EQ(html.substr(valueEnd, 3), "\">\n");
    EXPECT_NE(UnescapeHtml(html.substr(meta + metaStart.size(), valueEnd - meta - metaStart.size())).find(script + override),
              std::string::npos);

    // The override is closed inside the isolated name: nothing after it is reordered.
    EXPECT_NE(html.find("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;Evil&#x202E;txt.exe&#x202C;</bdi>"), std::string::npos);

    const std::string text = UnescapeHtml(html);
    for (const std::string& original : {script, breakout, quotes, override, longText})
        EXPECT_NE(text.find(original), std::string::npos) << original.substr(0, 40);
    EXPECT_EQ(Count(html, "<bdi>"), Count(html, "</bdi>"));
}

TEST(HtmlReport, NeverFailsOnAnEmptyDefinitionOrMissingTexts) {
    const IndexDefinition definition;
    const Assessment assessment;
    const AssessmentScores scores = Score(definition, assessment);
    const Translations noCatalog;
    const std::string html = WriteHtmlReport({definition, assessment, scores, noCatalog, "", ""});
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("report.unnamed_city"), std::string::npos);  // a missing text shows its key
    EXPECT_NE(html.find("</html>"), std::string::npos);
}

TEST(HtmlReport, RandomIndexesAndAnswersGiveWellFormedReports) {
    std::mt19937 random(20261125);
    const Translations translations = EnglishTranslations();
    for (int round = 0; round < 20; ++round) {
        const IndexDefinition definition = MakeRandomIndex(random, 1 + round % 9, 1 + round % 5);
        const Assessment assessment = MakeRandomAssessment(definition, random, 0.3, 0.2);
        const Assessment earlier = MakeRandomAssessment(definition, random, 0.5, 0.1);
        const AssessmentScores scores = Score(definition, assessment);
        const AssessmentScores earlierScores = Score(definition, earlier);
        const Comparison comparison = Compare(definition, BenchmarkSet{}, assessment.city, scores);
        ReportInput input{definition, assessment, scores, translations, "en", "now"};
        if (round % 2) {
            input.comparison = &comparison;
            input.earlierAssessment = &earlier;
            input.earlierScores = &earlierScores;
        }
        const std::string html = WriteHtmlReport(input);
        EXPECT_EQ(Count(html, "</html>"), 1u) << round;
        EXPECT_EQ(Count(html, "<table"), Count(html, "</table>")) << round;
        EXPECT_EQ(Count(html, "<section"), Count(html, "</section>")) << round;
        EXPECT_EQ(Count(html, "<svg"), definition.areas.size() >= 3 ? 2u : 1u) << round;
        EXPECT_EQ(Count(html, "<bdi>"), Count(html, "</bdi>")) << round;
    }
}

TEST(HtmlEscape, EscapesMarkupBidiAndControlCharacters) {
    EXPECT_EQ(EscapeHtml("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
    EXPECT_EQ(EscapeHtml("tab\tline\nok"), "tab\tline\nok");
    EXPECT_EQ(EscapeHtml(std::string("nul\0bell\x07", 9)), "nul&#x0;bell&#x7;");
    EXPECT_EQ(EscapeHtml("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"),
              "&#x202A;&#x202B;&#x202C;&#x202D;&#x202E;&#x2066;&#x2067;&#x2068;&#x2069;");
    EXPECT_EQ(EscapeHtml("\u200F\u2028 Krak\u00f3w \u041a\u0438\u0457\u0432"), "\u200F\u2028 Krak\u00f3w \u041a\u0438\u0457\u0432");
    EXPECT_EQ(EscapeHtml("\xE2\x80"), "\xE2\x80");  // a cut sequence passes through unchanged
}

TEST(HtmlEscape, ContainedTextsCloseWhatTheyOpen) {
    EXPECT_EQ(EscapeHtmlContained("plain"), "plain");
    EXPECT_EQ(EscapeHtmlContained("a\u202Eb"), "a&#x202E;b&#x202C;");
    EXPECT_EQ(EscapeHtmlContained("\u2067a\u202Bb"), "&#x2067;a&#x202B;b&#x202C;&#x2069;");
    EXPECT_EQ(EscapeHtmlContained("\u202Ea\u202Cb"), "&#x202E;a&#x202C;b");  // balanced: unchanged
    EXPECT_EQ(EscapeHtmlContained("\u2069\u202Ex"), "&#x2068;&#x2069;&#x202E;x&#x202C;");  // a stray closer is matched
    EXPECT_EQ(EscapeHtmlContained("\u2066\u202Ea\u2069"), "&#x2066;&#x202E;a&#x2069;");  // the isolate closes the override
}

}  // namespace
}  // namespace icc
