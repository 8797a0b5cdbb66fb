// Nothing a city writes is lost or locked away (issue "data safety"): every way a value comes in
// follows the value rules, unreadable entries come back, storage faults and other tabs never
// destroy answers.
#include "model/session.h"
#include "support/answers.h"
#include "support/memory_platform.h"
#include "support/notices.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

using Kind = ValueProblem::Kind;

class DataSafety : public ::testing::Test {
protected:
    MemoryPlatform platform;
    Session session{platform, ShippedFiles()};

    void SetUp() override { session.Start(false); }

    // A second session on the same storage, as after a reload.
    Session& Reload() {
        reloaded_ = std::make_unique<Session>(platform, ShippedFiles());
        reloaded_->Start(false);
        return *reloaded_;
    }

private:
    std::unique_ptr<Session> reloaded_;
};

TEST_F(DataSafety, AHalfTypedYearIsNeverSavedAndTheAssessmentReopens) {
    session.NewAssessment();
    EXPECT_EQ(session.Current().city.year, 2026) << "the year starts as this year";
    const std::string id = session.Current().id;
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    session.SetAnswer(question.id, Choose("yes"));
    EXPECT_EQ(session.SetCityField(CityField::Year, "2").kind, Kind::OutOfRange);
    EXPECT_EQ(session.Current().city.year, 2026) << "the stored year stays valid";
    EXPECT_EQ(session.SetCityField(CityField::Population, "2000000000").kind, Kind::OutOfRange);
    EXPECT_EQ(session.SetNumberText(question.id, "1e16").kind,
              Kind::NotANumber);
    session.Flush();

    Session& reloaded = Reload();
    ASSERT_EQ(reloaded.Saved().size(), 1u);
    EXPECT_TRUE(reloaded.Saved()[0].problem.empty());
    EXPECT_TRUE(reloaded.Backups().empty()) << "nothing was put aside";
    ASSERT_TRUE(reloaded.HasAssessment());
    EXPECT_EQ(reloaded.Current().id, id);
    EXPECT_NE(reloaded.FindAnswer(question.id), nullptr);

    EXPECT_TRUE(session.SetCityField(CityField::Year, "2025").ok());
    EXPECT_EQ(session.Current().city.year, 2025);
    EXPECT_TRUE(session.SetCityField(CityField::Year, "").ok()) << "a cleared year is 'not given'";
    EXPECT_EQ(session.Current().city.year, 0);
}

TEST_F(DataSafety, EvidenceAndAnswersForNoQuestionAreRefused) {
    session.NewAssessment();
    EXPECT_EQ(session.SetEvidence("", "text").kind, Kind::UnknownQuestion);
    EXPECT_EQ(session.SetEvidence("no.such-question", "text").kind, Kind::UnknownQuestion);
    EXPECT_EQ(session.SetAnswer("", Choose("yes")).kind, Kind::UnknownQuestion);
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    EXPECT_EQ(session.SetAnswer(question.id, Choose("perhaps")).kind, Kind::UnknownOption);
    EXPECT_TRUE(session.Current().answers.empty());
}

TEST_F(DataSafety, AnImportedIdWithALineFeedIsRefusedAndNothingChanges) {
    const auto before = platform.storage;
    session.Import("bad-id.json", R"({"formatVersion": 1, "kind": "icc-assessment", "id": "x\ny",
        "index": {"id": "icc-2019"}, "city": {"name": "Łódź"}, "answers": {}})");
    EXPECT_EQ(session.CurrentNotice().code, "notice.import_failed");
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), "/id"));
    EXPECT_EQ(platform.storage, before);
}

TEST_F(DataSafety, AFileWithoutAnIdGetsOne) {
    session.Import("no-id.json", R"({"formatVersion": 1, "kind": "icc-assessment",
        "index": {"id": "icc-2019"}, "city": {"name": "Łódź"}, "answers": {}})");
    ASSERT_TRUE(session.HasAssessment());
    EXPECT_TRUE(CheckAssessmentId(session.Current().id).ok());
}

TEST_F(DataSafety, EntriesOfTheWrongTypesNeverStopTheStart) {
    session.NewAssessment();
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    session.SetAnswer(question.id, Choose("yes"));
    session.Flush();
    const std::string id = session.Current().id;
    platform.storage["icc-index/v1/position/" + id] = R"({"area": "x", "question": null})";
    platform.storage["icc-index/v1/backup/2026-01-01T00:00:00Z/a"] = R"({"id": 5, "text": 7})";
    platform.storage["icc-index/v1/backup/2026-01-01T00:00:01Z/b"] = "not json";
    platform.storage["icc-index/v1/settings"] = R"({"language": 3, "lastOpenId": ")" + id + R"("})";
    Session& reloaded = Reload();
    ASSERT_TRUE(reloaded.HasAssessment());
    EXPECT_EQ(reloaded.Scores().answered, 1) << "the open assessment counts its answers";
    EXPECT_EQ(reloaded.CurrentPosition().area, 0);
    ASSERT_EQ(reloaded.Backups().size(), 2u);
    for (const BackupSummary& backup : reloaded.Backups()) EXPECT_EQ(backup.reason, BackupSummary::Reason::Damaged);
    reloaded.DownloadBackup(reloaded.Backups()[0].key);
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_TRUE(platform.downloads[0].content == "not json" || platform.downloads[0].content == R"({"id": 5, "text": 7})");
}

TEST_F(DataSafety, AnUnreadableEntryIsRestoredWithWhatCanBeReadAndCanBeDownloaded) {
    const std::string damaged = R"({"formatVersion": 1, "kind": "icc-assessment", "id": "old",
        "index": {"id": "icc-2019"}, "city": {"name": "Kraków", "year": 2},
        "answers": {"commitment.strategy": {"selected": ["yes"], "evidence": "Resolution 12"}}})";
    platform.storage[AssessmentStore::AssessmentKey("old")] = damaged;
    Session& reloaded = Reload();
    EXPECT_TRUE(reloaded.Saved().empty());
    ASSERT_EQ(reloaded.Backups().size(), 1u);
    const BackupSummary backup = reloaded.Backups()[0];
    EXPECT_EQ(backup.reason, BackupSummary::Reason::Unreadable);

    reloaded.DownloadBackup(backup.key);
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_EQ(platform.downloads[0].content, damaged) << "the saved text, exactly";

    reloaded.RestoreBackup(backup.key);
    ASSERT_TRUE(reloaded.HasAssessment());
    EXPECT_EQ(reloaded.Current().city.name, "Kraków");
    EXPECT_EQ(reloaded.Current().city.year, 0);
    ASSERT_NE(reloaded.FindAnswer("commitment.strategy"), nullptr);
    EXPECT_EQ(reloaded.FindAnswer("commitment.strategy")->evidence, "Resolution 12");
    EXPECT_EQ(reloaded.CurrentNotice().code, "notice.restored_partly");
    EXPECT_TRUE(NoticeMentions(reloaded.CurrentNotice(), "/city/year")) << "what was dropped is listed";
    reloaded.Flush();
    EXPECT_EQ(Reload().Saved().size(), 1u) << "the restored assessment is saved and readable";
}

TEST_F(DataSafety, DeleteAllRemovesEveryKeyUnderThePrefixAndCountsThem) {
    session.NewAssessment();
    session.Flush();
    platform.storage["icc-index/v1/assessment/with\nline-feed"] = "{}";
    platform.storage["icc-index/v1/whatever"] = "\x01";
    platform.storage["another-tool/key"] = "kept";
    const std::size_t ours = platform.storage.size() - 1;
    EXPECT_EQ(session.DeleteAllData(), static_cast<int>(ours));
    ASSERT_EQ(platform.storage.size(), 1u);
    EXPECT_EQ(platform.storage.count("another-tool/key"), 1u);
    EXPECT_EQ(session.CurrentNotice().code, "notice.all_deleted");
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), std::to_string(ours)));
}

TEST_F(DataSafety, AClearedAnswerNeverComesBackFromAnotherTab) {
    session.NewAssessment();
    const Question& question = FirstOfType(session.Definition(), AnswerType::YesNo);
    const Question& other = session.Definition().areas.back().questions.front();
    ASSERT_FALSE(other.options.empty());
    session.SetAnswer(question.id, Choose("yes"));
    session.Flush();
    const std::string key = AssessmentStore::AssessmentKey(session.Current().id);
    Session tabB(platform, ShippedFiles());
    tabB.Start(false);
    ASSERT_TRUE(tabB.HasAssessment());

    session.ClearAnswer(question.id);  // tab A clears
    session.Flush();
    tabB.OnExternalChange(key, platform.storage[key]);
    tabB.SetAnswer(other.id, Choose(other.options[0].id));  // tab B changes something else and saves
    tabB.Flush();
    session.OnExternalChange(key, platform.storage[key]);
    const Answer* answer = session.FindAnswer(question.id);
    EXPECT_TRUE(answer == nullptr || answer->selected.empty()) << "the cleared answer came back";
    EXPECT_NE(session.FindAnswer(other.id), nullptr) << "the other tab's change arrived";
    EXPECT_EQ(session.Scores().answered, 1);
}

TEST_F(DataSafety, ADeletionInAnotherTabIsNotUndoneByThisTabsSave) {
    session.NewAssessment();
    const std::string id = session.Current().id;
    const std::string key = AssessmentStore::AssessmentKey(id);
    session.Flush();
    Session tabB(platform, ShippedFiles());
    tabB.Start(false);
    ASSERT_TRUE(tabB.HasAssessment());
    tabB.SetCityField(CityField::Name, "Poznań");  // an edit waiting for its autosave
    session.DeleteAllData();
    EXPECT_TRUE(tabB.OnExternalChange(key, std::nullopt));
    EXPECT_FALSE(tabB.HasAssessment());
    platform.seconds = 1000;
    tabB.Tick();
    tabB.Flush();
    EXPECT_EQ(platform.storage.count(key), 0u) << "the other tab wrote the deleted assessment back";
}

TEST_F(DataSafety, WithStorageFullAnotherAssessmentWaitsForTheUser) {
    session.NewAssessment();
    const std::string first = session.Current().id;
    session.Flush();
    platform.failWrites = true;
    session.SetCityField(CityField::Name, "Wrocław");
    session.Flush();
    ASSERT_TRUE(session.HasUnsavedChanges());
    session.NewAssessment();
    EXPECT_TRUE(session.ReplacementPending());
    EXPECT_EQ(session.Current().id, first) << "nothing replaced before the user chooses";
    session.ResolveReplacement(false, false);
    EXPECT_EQ(session.Current().city.name, "Wrocław");

    session.Import("other.json", R"({"formatVersion": 1, "kind": "icc-assessment", "id": "other",
        "index": {"id": "icc-2019"}, "city": {"name": "Gdańsk"}, "answers": {}})");
    ASSERT_TRUE(session.ReplacementPending());
    session.ResolveReplacement(true, true);
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_NE(platform.downloads[0].content.find("Wrocław"), std::string::npos) << "the changes went to a file first";
    EXPECT_EQ(session.Current().city.name, "Gdańsk");
}

TEST_F(DataSafety, AChangeWaitingForItsSaveDoesNotHoldUpAnotherAssessment) {
    // Typed a moment ago, its autosave not yet due: opening a file or another assessment saves it
    // and goes on; only what storage cannot keep makes the tool ask.
    session.NewAssessment();
    const std::string first = session.Current().id;
    session.Flush();
    session.SetCityField(CityField::Name, "Łódź");
    ASSERT_TRUE(session.SavePending());
    session.Import("other.json", R"({"formatVersion": 1, "kind": "icc-assessment", "id": "other",
        "index": {"id": "icc-2019"}, "city": {"name": "Gdańsk"}, "answers": {}})");
    EXPECT_FALSE(session.ReplacementPending());
    EXPECT_EQ(session.Current().city.name, "Gdańsk");
    const std::string& kept = platform.storage[AssessmentStore::AssessmentKey(first)];
    EXPECT_NE(kept.find("Łódź"), std::string::npos) << "the waiting change was saved first";
}

TEST(DataSafetyWithoutStorage, StorageNoneReadsNothing) {
    MemoryPlatform platform;
    {
        Session writer(platform, ShippedFiles());
        writer.Start(false);
        writer.NewAssessment();
        writer.Flush();
    }
    const auto before = platform.storage;
    const std::string id = before.begin()->first.substr(AssessmentStore::AssessmentKey("").size());
    Session session(platform, ShippedFiles());
    session.Start(true);
    EXPECT_TRUE(session.Saved().empty());
    EXPECT_FALSE(session.HasAssessment());
    EXPECT_FALSE(session.Open(id));
    session.Delete(id);
    EXPECT_EQ(session.DeleteAllData(), 0);
    session.Import("copy.json", before.begin()->second);
    EXPECT_FALSE(session.Pending().has_value()) << "storage=none knows of no saved copy";
    EXPECT_EQ(platform.storage, before) << "nothing real was touched";
}

}  // namespace
}  // namespace icc

namespace icc {
namespace {

TEST(Notices, ALaterSuccessNeverHidesAnEarlierFailure) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    EXPECT_FALSE(session.UseDefinition("index.json", "{"));
    ASSERT_TRUE(session.UseBenchmarks("figures.json", std::string(*ShippedFiles().Find("icc-benchmarks.json")), false));
    ASSERT_EQ(session.Notices().size(), 2u);
    EXPECT_EQ(session.Notices()[0].code, "notice.import_failed");
    EXPECT_EQ(session.Notices()[1].code, "notice.benchmarks_used");
    session.DismissNotice();
    EXPECT_TRUE(session.Notices().empty());
}

}  // namespace
}  // namespace icc

namespace icc {
namespace {

TEST(OtherTabs, StorageClearedAltogetherClosesTheOpenAssessmentAndOtherKeysAreIgnored) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    session.Flush();
    EXPECT_FALSE(session.OnExternalChange("another-tool/key", std::string("x")));
    EXPECT_TRUE(session.HasAssessment());
    platform.storage.clear();
    EXPECT_TRUE(session.OnExternalChange("", std::nullopt));
    EXPECT_FALSE(session.HasAssessment());
    EXPECT_TRUE(session.Saved().empty());
    session.Flush();
    EXPECT_TRUE(platform.storage.empty()) << "nothing is written back";
}

}  // namespace
}  // namespace icc
