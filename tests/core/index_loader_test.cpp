// The index loader (core/index_loader.h) and saver, over the fixtures in tests/data/index-*.
//
// Index of this file:
// [SECTION] Malformed files: each one breaks one rule of assets/index/FORMAT.md.
// [SECTION] Valid files.
// [SECTION] Saving.
// [SECTION] The shipped index definitions.
#include "core/index_loader.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <string>

namespace icc {
namespace {

std::string Describe(const Problems& problems) {
    std::string text;
    for (const Problem& problem : problems) text += "  " + problem.path + ": " + problem.message + "\n";
    return text;
}

IndexDefinition LoadValidFixture(const std::string& relativePath) {
    const std::optional<std::string> json = TryReadRepositoryFile(relativePath);
    EXPECT_TRUE(json.has_value()) << "cannot read " << relativePath;
    IndexLoadResult result = LoadIndexDefinition(json.value_or(""));
    EXPECT_TRUE(result.definition.has_value()) << relativePath << " has problems:\n" << Describe(result.problems);
    return result.definition.value_or(IndexDefinition{});
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Malformed files: each one breaks one rule of assets/index/FORMAT.md.

struct InvalidCase {
    const char* file;     // under tests/data/index-invalid/
    const char* path;     // JSON pointer of the expected problem ("" = the whole file)
    const char* message;  // part of the expected message
};

const InvalidCase kInvalidCases[] = {
    {"01-not-json.json", "", "not valid JSON: at line 2"},
    {"02-invalid-utf8.json", "", "not valid UTF-8"},
    {"03-deep-nesting.json", "", "nested 101 levels deep"},
    {"04-root-not-object.json", "", "must hold a JSON object"},
    {"05-format-version-2.json", "/formatVersion", "this file needs a newer version of the tool (format version 2; this tool reads 1)"},
    {"06-format-version-missing.json", "/formatVersion", "formatVersion is required"},
    {"07-wrong-kind.json", "/kind", "this is not an index definition: kind is \"icc-benchmarks\""},
    {"08-kind-missing.json", "/kind", "kind is required"},
    {"09-empty-areas.json", "/areas", "areas must list at least one area"},
    {"10-duplicate-area-id.json", "/areas/1/id", "duplicate area id \"a\" (first used at /areas/0/id)"},
    {"11-duplicate-question-id.json", "/areas/1/questions/0/id", "duplicate question id \"a.yn\""},
    {"12-duplicate-option-id.json", "/areas/0/questions/1/options/1/id", "duplicate option id \"x\""},
    {"13-negative-points.json", "/areas/0/questions/1/options/1/points", "points must be a number of 0 or more"},
    {"14-zero-weight.json", "/areas/1/weight", "weight must be greater than 0"},
    {"15-unknown-group.json", "/areas/0/group", "group \"lenz\" is not one of the ids listed in \"groups\""},
    {"16-yesno-without-no.json", "/areas/0/questions/0/options", "exactly two options, with ids \"yes\" and \"no\""},
    {"17-bands-overlapping.json", "/areas/1/questions/0/bands/1/min", "without overlapping: min 40 is below the previous band's max 50"},
    {"18-percentage-band-over-100.json", "/areas/1/questions/0/bands/1/max", "must lie within 0..100"},
    {"19-band-min-not-below-max.json", "/areas/1/questions/0/bands/0/max", "max must be greater than min"},
    {"20-missing-english.json", "/areas/0/title", "needs an English text (\"en\")"},
    {"21-points-is-string.json", "/areas/1/questions/1/options/0/points", "points must be a number of 0 or more"},
    {"22-title-is-string.json", "/title", "must be an object of texts by language"},
    {"23-areas-not-array.json", "/areas", "areas must be an array"},
    {"24-question-without-options.json", "/areas/0/questions/1/options", "options are required for a singleChoice question"},
    {"25-empty-questions.json", "/areas/1/questions", "questions must list at least one question"},
    {"26-unknown-type.json", "/areas/0/questions/1/type", "type must be one of"},
    {"27-languages-not-starting-with-en.json", "/languages", "languages must start with \"en\""},
    {"28-language-not-listed.json", "/areas/0/title/de", "language \"de\" is not in the file's \"languages\" list"},
    {"29-negative-max-points.json", "/areas/0/questions/1/maxPoints", "maxPoints must be a number of 0 or more"},
    {"30-max-points-inconsistent.json", "/areas/0/questions/1/maxPoints", "maxPoints is 5 but the best answer gives 2"},
    {"31-multiple-max-points-above-sum.json", "/areas/1/questions/1/maxPoints", "all options together give only 2"},
    {"32-area-id-missing.json", "/areas/0/id", "id is required"},
    {"33-id-with-space.json", "/areas/0/questions/0/id", "id must be a non-empty string of letters, digits"},
    {"34-scoring-bad-value.json", "/scoring/unanswered", "unanswered must be \"zero\" or \"exclude\""},
    {"35-bands-on-choice-question.json", "/areas/0/questions/1/bands", "bands are only for number and percentage questions"},
    {"36-percentage-without-bands.json", "/areas/1/questions/0/bands", "a percentage question needs at least one band"},
    {"37-area-gives-no-points.json", "/areas/1/questions", "no question of this area can give points"},
    {"38-empty-english.json", "/title/en", "the English text must not be empty"},
    {"39-single-choice-one-option.json", "/areas/0/questions/1/options", "a singleChoice question needs at least 2 options"},
    {"40-optional-not-boolean.json", "/areas/1/optional", "optional must be true or false"},
    {"41-lone-surrogate-escape.json", "", "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"},
    {"42-empty-file.json", "", "not valid JSON"},
    {"43-duplicate-group-id.json", "/groups/1/id", "duplicate group id \"lens\""},
    {"44-duplicate-language.json", "/languages/2", "language \"pl\" is listed twice"},
    {"45-weight-not-number.json", "/areas/0/weight", "weight must be a number"},
    {"46-option-label-missing.json", "/areas/0/questions/0/options/0/label", "label is required"},
    {"47-options-on-number-question.json", "/areas/1/questions/0/options", "options are only for choice and yesNo questions"},
    {"48-band-min-missing.json", "/areas/1/questions/0/bands/0/min", "min is required"},
    {"49-several-problems.json", "/areas/1/weight", "weight must be greater than 0"},
    {"50-good-practice-string.json", "/areas/0/recommendations/0/goodPractice/0", "must be an object {\"city\""},
    {"51-good-practice-not-web-address.json", "/areas/0/recommendations/0/goodPractice/0/url", "starting with https://"},
    {"52-good-practice-without-source.json", "/areas/0/recommendations/0/goodPractice/0/source", "source is required"},
};

// Names the case by its file in test output.
void PrintTo(const InvalidCase& invalidCase, std::ostream* out) { *out << invalidCase.file; }

class InvalidIndexFile : public testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidIndexFile, IsRefusedWithTheExpectedProblem) {
    const InvalidCase& expected = GetParam();
    const std::optional<std::string> json = TryReadRepositoryFile(std::string("tests/data/index-invalid/") + expected.file);
    ASSERT_TRUE(json.has_value()) << "cannot read " << expected.file;
    const IndexLoadResult result = LoadIndexDefinition(*json);
    EXPECT_FALSE(result.definition.has_value());
    bool found = false;
    for (const Problem& problem : result.problems)
        found = found || (problem.path == expected.path && problem.message.find(expected.message) != std::string::npos);
    EXPECT_TRUE(found) << "expected " << expected.path << ": ..." << expected.message << "...\ngot:\n"
                       << Describe(result.problems);
}

std::string CaseName(const testing::TestParamInfo<InvalidCase>& info) {
    std::string name;
    for (const char* c = info.param.file; *c && *c != '.'; ++c) name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
    return "f" + name;
}

INSTANTIATE_TEST_SUITE_P(Malformed, InvalidIndexFile, testing::ValuesIn(kInvalidCases), CaseName);

// Each malformed file is the valid base file with one change, so the base itself must load.
TEST(IndexLoader, TheBaseOfTheMalformedFilesIsValid) {
    LoadValidFixture("tests/data/index-valid/base-for-invalid.json");
}

TEST(IndexLoader, ReportsEveryProblemNotJustTheFirst) {
    const IndexLoadResult result =
        LoadIndexDefinition(TryReadRepositoryFile("tests/data/index-invalid/49-several-problems.json").value_or(""));
    ASSERT_EQ(result.problems.size(), 3u) << Describe(result.problems);
    EXPECT_EQ(result.problems[0].path, "/version");
    EXPECT_EQ(result.problems[1].path, "/areas/0/questions/1/options/0/points");
    EXPECT_EQ(result.problems[2].path, "/areas/1/weight");
}

TEST(IndexLoader, StopsAtAWrongKindOrNewerFormatInsteadOfListingEverything) {
    const IndexLoadResult result = LoadIndexDefinition(R"({"formatVersion": 3, "kind": "icc-index-definition", "areas": 5})");
    ASSERT_EQ(result.problems.size(), 1u) << Describe(result.problems);
    EXPECT_EQ(result.problems[0].message, "this file needs a newer version of the tool (format version 3; this tool reads 1)");
}

TEST(IndexLoader, EscapesLanguageKeysInPaths) {
    std::string json = TryReadRepositoryFile("tests/data/index-valid/base-for-invalid.json").value_or("");
    json.insert(json.find(R"("en": "Test")"), R"("a/b": "x", )");
    const IndexLoadResult result = LoadIndexDefinition(json);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_EQ(result.problems[0].path, "/title/a~1b") << Describe(result.problems);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Valid files.

TEST(IndexLoader, ReadsEveryFieldOfTheMinimalFixture) {
    const IndexDefinition index = LoadValidFixture("tests/data/index-valid/minimal.json");
    EXPECT_EQ(index.formatVersion, 1);
    EXPECT_EQ(index.id, "test-index");
    EXPECT_EQ(index.version, "1.0");
    EXPECT_EQ(index.title.Get("uk"), "Тестовий індекс");
    EXPECT_EQ(index.disclaimer.Get("pl"), "A self-assessment estimate, not an official score.");
    EXPECT_EQ(index.languages, (std::vector<std::string>{"en", "pl", "uk"}));
    EXPECT_EQ(index.source, "Test fixture");
    EXPECT_EQ(index.unanswered, MissingAnswerRule::ZeroPoints);
    EXPECT_EQ(index.dontKnow, MissingAnswerRule::ExcludeFromMaximum);
    ASSERT_EQ(index.groups.size(), 1u);
    EXPECT_EQ(index.groups[0].id, "lens");
    ASSERT_EQ(index.areas.size(), 3u);

    const Area& commitment = index.areas[0];
    EXPECT_EQ(commitment.weight, 2);
    EXPECT_EQ(commitment.group, "");
    EXPECT_EQ(commitment.source, "Area source");
    EXPECT_EQ(commitment.description.Get("en"), "The city commits to intercultural policy.");
    ASSERT_EQ(commitment.questions.size(), 2u);
    const Question& statement = commitment.questions[0];
    EXPECT_EQ(statement.type, AnswerType::YesNo);
    EXPECT_TRUE(statement.allowDontKnow);
    EXPECT_EQ(statement.help.Get("en"), "A council decision counts.");
    EXPECT_EQ(statement.options[0].label.Get("pl"), "Tak");
    EXPECT_EQ(statement.maxPoints, 2);
    EXPECT_EQ(statement.source, "Question source");
    EXPECT_FALSE(commitment.questions[1].allowDontKnow);
    EXPECT_EQ(commitment.questions[1].options[1].points, 1.5);
    EXPECT_EQ(commitment.questions[1].maxPoints, 3);  // the best option
    ASSERT_EQ(commitment.recommendations.size(), 2u);
    ASSERT_EQ(commitment.recommendations[0].goodPractice.size(), 1u);
    const GoodPractice& pointer = commitment.recommendations[0].goodPractice[0];
    EXPECT_EQ(pointer.city.Get("en"), "Example city");
    EXPECT_EQ(pointer.title.Get("en"), "Intercultural strategy");
    EXPECT_EQ(pointer.year, 2018);
    EXPECT_EQ(pointer.url, "https://example.org/strategy");
    EXPECT_EQ(pointer.source, "S1");

    const Area& education = index.areas[1];
    EXPECT_EQ(education.weight, 0.5);
    EXPECT_EQ(education.group, "lens");
    EXPECT_EQ(education.questions[0].type, AnswerType::MultipleChoice);
    EXPECT_EQ(education.questions[0].maxPoints, 3);  // given: caps the sum of 5
    const Question& share = education.questions[1];
    EXPECT_EQ(share.type, AnswerType::Percentage);
    EXPECT_EQ(share.unit, "%");
    ASSERT_EQ(share.bands.size(), 3u);
    EXPECT_EQ(share.bands[1].min, 10);
    EXPECT_EQ(share.bands[1].max, 25);
    EXPECT_EQ(share.bands[0].label.Get("en"), "under 10%");
    EXPECT_EQ(share.maxPoints, 2);  // the best band

    const Area& participation = index.areas[2];
    EXPECT_TRUE(participation.optional);
    EXPECT_EQ(participation.weight, 1);  // default
    EXPECT_EQ(participation.questions[0].type, AnswerType::Number);
}

TEST(IndexLoader, UsesDefaultsForOptionalFields) {
    const IndexDefinition index = LoadValidFixture("tests/data/index-valid/base-for-invalid.json");
    EXPECT_EQ(index.unanswered, MissingAnswerRule::ZeroPoints);
    EXPECT_EQ(index.dontKnow, MissingAnswerRule::ZeroPoints);
    EXPECT_TRUE(index.disclaimer.Empty());
    EXPECT_EQ(index.areas[1].weight, 1);
    EXPECT_FALSE(index.areas[1].optional);
    EXPECT_EQ(index.areas[1].questions[1].maxPoints, 2);  // multiple choice: the sum of its options
}

TEST(IndexLoader, IgnoresUnknownFields) {
    std::string json = TryReadRepositoryFile("tests/data/index-valid/minimal.json").value_or("");
    json.replace(1, 0, R"("futureField": {"nested": [1, 2]}, "$schema": "index.schema.json",)");
    const IndexLoadResult result = LoadIndexDefinition(json);
    EXPECT_TRUE(result.definition.has_value()) << Describe(result.problems);
}

TEST(DerivedMaxPoints, FollowsTheAnswerType) {
    Question question;
    question.options = {{"a", {}, 1}, {"b", {}, 3}, {"c", {}, 2}};
    question.type = AnswerType::SingleChoice;
    EXPECT_EQ(DerivedMaxPoints(question), 3);
    question.type = AnswerType::MultipleChoice;
    EXPECT_EQ(DerivedMaxPoints(question), 6);
    question.type = AnswerType::Number;
    question.bands = {{0, 1, 4, {}}, {1, 2, 1, {}}};
    EXPECT_EQ(DerivedMaxPoints(question), 4);
}

// An index in two parts (what the web app embeds, scripts/split_index_languages.py): the texts of
// one language put into the rest, value by value.
TEST(IndexLoader, PutsALanguagesTextsIntoTheIndexBeforeReadingIt) {
    const std::string english = ReadRepositoryFile("tests/data/index-valid/minimal.json");
    const std::string french = R"({"languages": ["en", "pl", "uk", "fr"], "title": {"fr": "Indice de test"},
        "areas": [{"questions": [{}, {"options": [{}, {"label": {"fr": "En préparation"}}, {}]}]}, {}, {}]})";
    IndexLoadResult loaded = LoadIndexDefinition(english, french);
    ASSERT_TRUE(loaded.definition) << Describe(loaded.problems);
    const IndexDefinition& definition = *loaded.definition;
    EXPECT_EQ(definition.title.Get("fr"), "Indice de test");
    EXPECT_EQ(definition.title.Get("pl"), "Indeks testowy") << "the texts already there stay";
    EXPECT_EQ(definition.areas[0].questions[1].options[1].label.Get("fr"), "En préparation");
    EXPECT_EQ(definition.areas[0].questions[1].options[0].label.Get("fr"), "No") << "English where fr has no text";
    EXPECT_EQ(definition.areas[1].title.Get("en"), "Education") << "a placeholder {} changes nothing";
}

TEST(IndexLoader, ChecksAnIndexInTwoPartsAsAWhole) {
    const std::string english = ReadRepositoryFile("tests/data/index-valid/minimal.json");
    IndexLoadResult unlisted = LoadIndexDefinition(english, R"({"title": {"fr": "Indice de test"}})");
    EXPECT_FALSE(unlisted.definition) << "fr is not in the languages of the whole";
    EXPECT_NE(Describe(unlisted.problems).find("/title/fr"), std::string::npos) << Describe(unlisted.problems);
    IndexLoadResult broken = LoadIndexDefinition(english, R"({"title": 5})");
    EXPECT_FALSE(broken.definition);
    EXPECT_NE(Describe(broken.problems).find("/title"), std::string::npos) << Describe(broken.problems);
    IndexLoadResult unreadable = LoadIndexDefinition(english, "{\"title\": ");
    EXPECT_FALSE(unreadable.definition);
    EXPECT_EQ(unreadable.problems.size(), 1u) << Describe(unreadable.problems);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Saving.

void ExpectSameText(const LocalizedText& a, const LocalizedText& b, const std::string& where) {
    EXPECT_EQ(a.byLanguage, b.byLanguage) << where;
}

// Field-by-field comparison, so that a field the saver forgets shows up by name.
void ExpectSameDefinition(const IndexDefinition& a, const IndexDefinition& b) {
    EXPECT_EQ(a.formatVersion, b.formatVersion);
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.version, b.version);
    ExpectSameText(a.title, b.title, "title");
    ExpectSameText(a.disclaimer, b.disclaimer, "disclaimer");
    EXPECT_EQ(a.languages, b.languages);
    EXPECT_EQ(a.unanswered, b.unanswered);
    EXPECT_EQ(a.dontKnow, b.dontKnow);
    EXPECT_EQ(a.source, b.source);
    ASSERT_EQ(a.groups.size(), b.groups.size());
    for (std::size_t g = 0; g < a.groups.size(); ++g) {
        EXPECT_EQ(a.groups[g].id, b.groups[g].id);
        ExpectSameText(a.groups[g].title, b.groups[g].title, "group title");
    }
    ASSERT_EQ(a.areas.size(), b.areas.size());
    for (std::size_t i = 0; i < a.areas.size(); ++i) {
        const Area& x = a.areas[i];
        const Area& y = b.areas[i];
        EXPECT_EQ(x.id, y.id);
        ExpectSameText(x.title, y.title, x.id);
        ExpectSameText(x.description, y.description, x.id);
        EXPECT_EQ(x.weight, y.weight) << x.id;
        EXPECT_EQ(x.group, y.group) << x.id;
        EXPECT_EQ(x.optional, y.optional) << x.id;
        EXPECT_EQ(x.source, y.source) << x.id;
        ASSERT_EQ(x.recommendations.size(), y.recommendations.size()) << x.id;
        for (std::size_t r = 0; r < x.recommendations.size(); ++r) {
            ExpectSameText(x.recommendations[r].text, y.recommendations[r].text, x.id);
            ASSERT_EQ(x.recommendations[r].goodPractice.size(), y.recommendations[r].goodPractice.size()) << x.id;
            for (std::size_t g = 0; g < x.recommendations[r].goodPractice.size(); ++g) {
                const GoodPractice& first = x.recommendations[r].goodPractice[g];
                const GoodPractice& second = y.recommendations[r].goodPractice[g];
                ExpectSameText(first.city, second.city, x.id);
                ExpectSameText(first.title, second.title, x.id);
                EXPECT_EQ(first.year, second.year) << x.id;
                EXPECT_EQ(first.url, second.url) << x.id;
                EXPECT_EQ(first.source, second.source) << x.id;
            }
        }
        ASSERT_EQ(x.questions.size(), y.questions.size()) << x.id;
        for (std::size_t q = 0; q < x.questions.size(); ++q) {
            const Question& p = x.questions[q];
            const Question& s = y.questions[q];
            EXPECT_EQ(p.id, s.id);
            EXPECT_EQ(p.type, s.type) << p.id;
            ExpectSameText(p.text, s.text, p.id);
            ExpectSameText(p.help, s.help, p.id);
            EXPECT_EQ(p.unit, s.unit) << p.id;
            EXPECT_EQ(p.allowDontKnow, s.allowDontKnow) << p.id;
            EXPECT_EQ(p.maxPoints, s.maxPoints) << p.id;
            EXPECT_EQ(p.source, s.source) << p.id;
            ASSERT_EQ(p.options.size(), s.options.size()) << p.id;
            for (std::size_t o = 0; o < p.options.size(); ++o) {
                EXPECT_EQ(p.options[o].id, s.options[o].id) << p.id;
                ExpectSameText(p.options[o].label, s.options[o].label, p.id);
                EXPECT_EQ(p.options[o].points, s.options[o].points) << p.id;
            }
            ASSERT_EQ(p.bands.size(), s.bands.size()) << p.id;
            for (std::size_t k = 0; k < p.bands.size(); ++k) {
                EXPECT_EQ(p.bands[k].min, s.bands[k].min) << p.id;
                EXPECT_EQ(p.bands[k].max, s.bands[k].max) << p.id;
                EXPECT_EQ(p.bands[k].points, s.bands[k].points) << p.id;
                ExpectSameText(p.bands[k].label, s.bands[k].label, p.id);
            }
        }
    }
}

TEST(SaveIndexDefinition, LoadSaveLoadIsLossless) {
    const IndexDefinition original = LoadValidFixture("tests/data/index-valid/minimal.json");
    const std::string saved = SaveIndexDefinition(original);
    const IndexLoadResult reloaded = LoadIndexDefinition(saved);
    ASSERT_TRUE(reloaded.definition.has_value()) << Describe(reloaded.problems) << saved;
    ExpectSameDefinition(original, *reloaded.definition);
    EXPECT_EQ(SaveIndexDefinition(*reloaded.definition), saved);  // saving is a fixed point
}

TEST(SaveIndexDefinition, KeepsFractionsExactly) {
    IndexDefinition index = LoadValidFixture("tests/data/index-valid/minimal.json");
    index.areas[0].weight = 0.1 + 0.2;  // 0.30000000000000004
    index.areas[0].questions[1].options[1].points = 1.0 / 3.0;
    const IndexLoadResult reloaded = LoadIndexDefinition(SaveIndexDefinition(index));
    ASSERT_TRUE(reloaded.definition.has_value()) << Describe(reloaded.problems);
    ExpectSameDefinition(index, *reloaded.definition);
}

TEST(SaveIndexDefinition, WritesPrettyJsonWithTwoSpacesAndWholeNumbers) {
    const std::string saved = SaveIndexDefinition(LoadValidFixture("tests/data/index-valid/minimal.json"));
    EXPECT_EQ(saved.rfind("{\n  \"formatVersion\": 1,\n  \"kind\": \"icc-index-definition\",\n", 0), 0u) << saved;
    EXPECT_NE(saved.find("\"points\": 2\n"), std::string::npos);
    EXPECT_NE(saved.find("\"points\": 1.5\n"), std::string::npos);
    EXPECT_NE(saved.find("Тестовий індекс"), std::string::npos);  // UTF-8, not \u escapes
}

TEST(SaveIndexDefinition, DoesNotCrashOnInvalidUtf8InTheModel) {
    IndexDefinition index = LoadValidFixture("tests/data/index-valid/minimal.json");
    index.title.byLanguage["en"] = "bad \xFF byte";
    const std::string saved = SaveIndexDefinition(index);
    EXPECT_TRUE(LoadIndexDefinition(saved).definition.has_value());
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The shipped index definitions.

// The index definitions in assets/index (not its schema): listed from the directory where that works, plus the known names
// (directory listing may not work in every WebAssembly file system).
std::set<std::string> ShippedIndexFiles() {
    std::set<std::string> names;
    for (const char* known : {"icc-2019.json"}) {
        if (TryReadRepositoryFile(std::string("assets/index/") + known)) names.insert(known);
    }
    std::error_code error;
    const std::filesystem::path folder = std::filesystem::path(ICC_SOURCE_DIR) / "assets" / "index";
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (it->path().extension() == ".json" && name.find(".schema.") == std::string::npos) names.insert(name);
    }
    return names;
}

TEST(ShippedIndexDefinitions, AllValidate) {
    const std::set<std::string> names = ShippedIndexFiles();
    if (names.empty()) GTEST_SKIP() << "no index definition in assets/index yet";
    for (const std::string& name : names) {
        const IndexLoadResult result = LoadIndexDefinition(TryReadRepositoryFile("assets/index/" + name).value_or(""));
        EXPECT_TRUE(result.definition.has_value()) << name << " has problems:\n" << Describe(result.problems);
    }
}

}  // namespace
}  // namespace icc
