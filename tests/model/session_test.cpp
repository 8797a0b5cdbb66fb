#include "model/session.h"
#include "support/answers.h"
#include "support/memory_platform.h"
#include "support/notices.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace icc {
namespace {

class SessionTest : public ::testing::Test {
protected:
    MemoryPlatform platform;
    Session session{platform, ShippedFiles()};

    void SetUp() override { session.Start(false); }
};

TEST_F(SessionTest, LoadsTheEmbeddedIndex) {
    EXPECT_EQ(session.Definition().id, "icc-2019");
    EXPECT_EQ(session.Definition().areas.size(), 17u);
    EXPECT_NE(session.Benchmarks(), nullptr);
}

TEST_F(SessionTest, AnAnswerIsSavedAfterTheDebounceAndSurvivesARestart) {
    session.NewAssessment();
    const std::string id = session.Current().id;
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    platform.seconds = 10.0;
    session.SetAnswer(question.id, Choose("yes"));
    session.SetEvidence(question.id, "Council resolution 12/2024, https://example.org/r12");
    EXPECT_TRUE(session.SavePending());
    platform.seconds = 10.1;
    session.Tick();
    EXPECT_TRUE(session.SavePending()) << "saved before the debounce delay";
    platform.seconds = 10.0 + Session::kSaveDelaySeconds;
    session.Tick();
    EXPECT_FALSE(session.SavePending());
    EXPECT_EQ(session.LastSavedClock(), "12:00:00");

    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    ASSERT_TRUE(reloaded.HasAssessment()) << "the last open assessment is reopened";
    EXPECT_EQ(reloaded.Current().id, id);
    const Answer* answer = reloaded.FindAnswer(question.id);
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(answer->selected, std::vector<std::string>{"yes"});
    EXPECT_EQ(answer->evidence, "Council resolution 12/2024, https://example.org/r12");
    EXPECT_EQ(reloaded.Scores().answered, 1);
}

TEST_F(SessionTest, TypingOnWaitsForAPauseButIsSavedAtLeastEveryLongestDelay) {
    session.NewAssessment();
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    const unsigned scoresBefore = session.ScoresGeneration();
    std::string evidence;
    double now = 10.0;
    for (; now < 10.0 + Session::kLongestSaveDelaySeconds - 0.05; now += 0.1) {  // a key every 0.1 s
        platform.seconds = now;
        session.Tick();
        ASSERT_TRUE(session.SavePending() || evidence.empty()) << "saved while typing, at " << now;
        evidence += "x";
        session.SetEvidence(question.id, evidence);
    }
    EXPECT_EQ(session.ScoresGeneration(), scoresBefore) << "evidence changes no score";
    platform.seconds = 10.0 + Session::kLongestSaveDelaySeconds;
    session.Tick();
    EXPECT_FALSE(session.SavePending()) << "typing on delays the save at most kLongestSaveDelaySeconds";
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    ASSERT_NE(reloaded.FindAnswer(question.id), nullptr);
    EXPECT_EQ(reloaded.FindAnswer(question.id)->evidence, evidence);
}

TEST_F(SessionTest, AChangeAfterAPauseWaitsItsDelayFromWhenItArrived) {
    // Between frames nothing ticks: a change made then (through the page's API, or merged from
    // another tab) must not be saved at once, before the other tab's deletion has arrived.
    session.NewAssessment();
    session.Flush();
    platform.seconds = 10.0;
    session.Tick();
    platform.seconds = 600.0;  // the page idle for ten minutes, not a frame drawn
    session.SetCityField(CityField::Name, "Gdańsk");
    EXPECT_NEAR(session.SecondsUntilDue(), Session::kSaveDelaySeconds, 1e-9);
    session.Tick();
    EXPECT_TRUE(session.SavePending()) << "saved at once, timed from the last frame";
    platform.seconds = 600.0 + Session::kSaveDelaySeconds;
    session.Tick();
    EXPECT_FALSE(session.SavePending());
}

TEST_F(SessionTest, ThePositionIsRemembered) {
    session.NewAssessment();
    session.SetPosition({3, 2});
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    EXPECT_EQ(reloaded.CurrentPosition().area, 3);
    EXPECT_EQ(reloaded.CurrentPosition().question, 2);
}

TEST_F(SessionTest, AFullQuotaWarnsAndKeepsTheAnswersInMemory) {
    session.NewAssessment();
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    platform.failWrites = true;
    session.SetAnswer(question.id, Choose("yes"));
    session.Flush();
    EXPECT_EQ(session.Storage(), StorageState::Failing);
    EXPECT_FALSE(session.StorageProblemCode().empty());
    ASSERT_NE(session.FindAnswer(question.id), nullptr) << "the answer is kept in memory";
    EXPECT_TRUE(session.HasUnsavedChanges());

    platform.failWrites = false;  // space freed: the next save works and the warning goes
    session.SetEvidence(question.id, "more");
    session.Flush();
    EXPECT_EQ(session.Storage(), StorageState::Working);
    EXPECT_TRUE(session.StorageProblemCode().empty());
}

TEST(SessionWithoutStorage, RunsInMemoryWithAVisibleNotice) {
    MemoryPlatform platform;
    platform.storageAvailable = false;
    Session session(platform, ShippedFiles());
    session.Start(false);
    EXPECT_EQ(session.Storage(), StorageState::Unavailable);
    EXPECT_FALSE(session.StorageProblemCode().empty());
    session.NewAssessment();
    session.SetAnswer(FirstOfType(session.Definition(), AnswerType::YesNo).id, Choose("no"));
    session.Flush();
    EXPECT_EQ(session.Scores().answered, 1);
    EXPECT_TRUE(platform.storage.empty());
}

TEST_F(SessionTest, NextUnansweredSkipsAnsweredQuestions) {
    session.NewAssessment();
    const Area& first = session.Definition().areas[0];
    session.SetAnswer(first.questions[0].id, Choose(first.questions[0].options[0].id));
    session.SetPosition({0, 0});
    std::optional<Position> next = session.NextUnanswered();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->area, 0);
    EXPECT_EQ(next->question, 1);
}

TEST_F(SessionTest, LanguageFallsBackToEnglishAndIsRemembered) {
    session.SetLanguage("pl");
    EXPECT_EQ(session.Language(), "pl");
    EXPECT_EQ(platform.documentLanguage, "pl");
    session.SetLanguage("xx");
    EXPECT_EQ(session.Language(), "pl") << "an unknown language is ignored";
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    EXPECT_EQ(reloaded.Language(), "pl");
}

TEST_F(SessionTest, DeleteAndDeleteAllRemoveStoredData) {
    session.NewAssessment();
    const std::string first = session.Current().id;
    session.NewAssessment();
    session.Delete(first);
    EXPECT_EQ(platform.storage.count(AssessmentStore::AssessmentKey(first)), 0u);
    EXPECT_EQ(session.Saved().size(), 1u);
    session.DeleteAllData();
    EXPECT_TRUE(platform.storage.empty());
    EXPECT_FALSE(session.HasAssessment());
}

TEST_F(SessionTest, ABrokenImportChangesNothing) {
    session.NewAssessment();
    const std::string id = session.Current().id;
    auto before = platform.storage;
    session.Import("broken.json", "{\"kind\": \"icc-assessment\", \"formatVersion\": 1, \"answers\": [");
    EXPECT_FALSE(session.CurrentNotice().empty());
    EXPECT_EQ(session.Current().id, id);
    EXPECT_EQ(platform.storage, before);
}

TEST_F(SessionTest, ACorruptedSavedEntryIsKeptAsideAndTheRestStaysUsable) {
    const std::string corrupted = "{\"kind\": \"icc-assess";
    platform.storage[AssessmentStore::AssessmentKey("broken")] = corrupted;
    session.NewAssessment();
    const std::string good = session.Current().id;
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    EXPECT_FALSE(reloaded.CurrentNotice().empty()) << "the user is told";
    EXPECT_EQ(platform.storage.count(AssessmentStore::AssessmentKey("broken")), 0u);
    ASSERT_EQ(reloaded.Backups().size(), 1u);
    EXPECT_EQ(reloaded.Backups()[0].reason, BackupSummary::Reason::Unreadable);
    EXPECT_NE(platform.storage[reloaded.Backups()[0].key].find("icc-assess"), std::string::npos)
        << "the corrupted text is kept, not overwritten";
    ASSERT_EQ(reloaded.Saved().size(), 1u);
    EXPECT_EQ(reloaded.Saved()[0].id, good);
    EXPECT_TRUE(reloaded.Open(good));
}

TEST_F(SessionTest, AnImportWithASavedIdOpensTheMergeReviewAndReplacingKeepsABackup) {
    session.NewAssessment();
    session.SetCity({"Gdańsk", 2025, std::nullopt, std::nullopt});
    session.Flush();
    const std::string id = session.Current().id;
    // A colleague's export of the same assessment, with another city name.
    std::string exported = platform.storage[AssessmentStore::AssessmentKey(id)];
    std::string theirs = exported;
    theirs.replace(theirs.find("Gdańsk"), std::string("Gdańsk").size(), "Gdynia");

    session.Import("theirs.json", theirs);
    ASSERT_TRUE(session.Review()) << "nothing is overwritten without asking";
    EXPECT_TRUE(session.Review()->plan.cityConflict);
    EXPECT_EQ(session.Current().city.name, "Gdańsk");

    session.ReviewInstead(ImportChoice::KeepBoth);
    EXPECT_FALSE(session.Review());
    EXPECT_NE(session.Current().id, id);
    EXPECT_EQ(session.Current().city.name, "Gdynia");
    EXPECT_EQ(session.Saved().size(), 2u);

    session.Import("theirs.json", theirs);
    session.ReviewInstead(ImportChoice::Replace);
    EXPECT_EQ(session.Current().id, id);
    EXPECT_EQ(session.Current().city.name, "Gdynia");
    ASSERT_EQ(session.Backups().size(), 1u);
    EXPECT_EQ(session.Backups()[0].city, "Gdańsk");

    session.RestoreBackup(session.Backups()[0].key);  // the same id again: asks first
    session.ResolveImport(ImportChoice::Replace);
    EXPECT_EQ(session.Current().city.name, "Gdańsk");
    EXPECT_EQ(session.Backups().size(), 2u) << "restoring kept what it replaced";
}

TEST_F(SessionTest, AnImportOfAnotherIndexIsRefused) {
    session.NewAssessment();
    session.Flush();
    std::string text = platform.storage[AssessmentStore::AssessmentKey(session.Current().id)];
    text.replace(text.find("icc-2019"), 8, "icc-2099");
    const auto before = platform.storage;
    session.Import("other.json", text);
    EXPECT_FALSE(session.Pending().has_value());
    EXPECT_EQ(session.CurrentNotice().code, "notice.import_failed");
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), "icc-2099"));
    EXPECT_EQ(platform.storage, before);
}

TEST_F(SessionTest, ExportsNameTheFileAfterCityYearAndDate) {
    session.NewAssessment();
    session.SetCity({"Nowy Sącz", 2026, 84000.0, 1.5});
    session.ExportJson();
    session.ExportHtmlReport();
    session.ExportCsv();
    ASSERT_EQ(platform.downloads.size(), 3u);
    EXPECT_EQ(platform.downloads[0].fileName.rfind("icc-index-Nowy-Sącz-2026-2026-01-01", 0), 0u);
    EXPECT_EQ(platform.downloads[1].mimeType, "text/html");
    EXPECT_NE(platform.downloads[1].content.find("Nowy Sącz"), std::string::npos);
    EXPECT_EQ(platform.downloads[2].mimeType, "text/csv");
}

TEST_F(SessionTest, AnEarlierAssessmentGivesChangesOverTime) {
    session.NewAssessment();
    const std::string earlier = session.Current().id;
    session.Flush();
    session.NewAssessment();
    EXPECT_TRUE(session.SetEarlier(earlier));
    ASSERT_NE(session.EarlierScores(), nullptr);
    session.ClearEarlier();
    EXPECT_EQ(session.Earlier(), nullptr);
}

TEST(TwoTabs, EachTabKeepsTheOthersAnswers) {
    MemoryPlatform platform;  // one browser: both tabs share its storage
    Session first(platform, ShippedFiles()), second(platform, ShippedFiles());
    first.Start(false);
    first.NewAssessment();
    first.Flush();
    second.Start(false);
    ASSERT_TRUE(second.HasAssessment());
    const Area& area = first.Definition().areas[0];
    const std::string key = AssessmentStore::AssessmentKey(first.Current().id);

    first.SetAnswer(area.questions[0].id, Choose(area.questions[0].options[0].id));
    first.Flush();
    second.SetAnswer(area.questions[1].id, Choose(area.questions[1].options[0].id));
    // The browser tells the second tab about the first tab's write, then (after the second tab's
    // own save) the first about the second's.
    EXPECT_TRUE(second.OnExternalChange(key, platform.storage[key]));
    second.Flush();
    EXPECT_TRUE(first.OnExternalChange(key, platform.storage[key]));
    for (Session* tab : {&first, &second}) {
        EXPECT_NE(tab->FindAnswer(area.questions[0].id), nullptr);
        EXPECT_NE(tab->FindAnswer(area.questions[1].id), nullptr);
    }
    first.Flush();
    EXPECT_FALSE(second.OnExternalChange(key, platform.storage[key])) << "the tabs settle: nothing new";
    EXPECT_FALSE(second.CurrentNotice().empty());
}

// Every broken or hostile answers file of the core's reader tests, imported through the app:
// each gets a message naming its problem, and the browser's storage is left exactly as it was.
TEST_F(SessionTest, EveryBrokenImportIsRefusedWithAMessageAndChangesNothing) {
    session.NewAssessment();
    session.SetCity({"Kept", 2026, std::nullopt, std::nullopt});
    session.Flush();
    const auto before = platform.storage;
    const std::string folder = std::string(ICC_SOURCE_DIR) + "/tests/data/assessment-invalid/";
    const char* const files[] = {
        "01-not-json.json", "02-invalid-utf8.json", "03-root-array.json", "04-wrong-kind.json",
        "05-newer-format.json", "06-format-version-text.json", "07-index-missing.json",
        "08-answers-not-object.json", "09-answer-not-object.json", "10-selected-not-array.json",
        "11-selected-item-not-string.json", "12-number-as-text.json", "13-dont-know-as-text.json",
        "14-year-fraction.json", "15-foreign-born-over-100.json", "16-city-name-missing.json",
        "17-key-with-slash.json", "18-deep-nesting.json", "19-format0-bad-answer.json", "20-empty-file.json"};
    for (const char* file : files) {
        std::ifstream in(folder + file, std::ios::binary);
        ASSERT_TRUE(in) << file;
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        session.DismissNotice();
        session.Import(file, content);
        EXPECT_EQ(session.CurrentNotice().code, "notice.import_failed") << file;
        EXPECT_FALSE(session.Pending().has_value()) << file;
        EXPECT_EQ(session.Current().city.name, "Kept") << file;
        EXPECT_EQ(platform.storage, before) << file;
    }
}

}  // namespace
}  // namespace icc
