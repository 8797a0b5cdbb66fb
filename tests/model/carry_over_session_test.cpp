// An assessment made with the previous version of the questionnaire opens with the current one:
// nothing lost, changed answers marked to review until the user keeps or changes them.
#include "model/session.h"
#include "support/memory_platform.h"
#include "support/notices.h"
#include "support/repository_file.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace icc {
namespace {

class CarryOverSession : public ::testing::Test {
protected:
    MemoryPlatform platform;
    std::string sample = ReadRepositoryFile("tests/data/report/sample-assessment.json");  // answers to 2019.1
    std::string id;

    void SetUp() override {
        AssessmentLoadResult loaded = ReadAssessment(sample);
        ASSERT_TRUE(loaded.assessment);
        id = loaded.assessment->id;
        platform.storage[AssessmentStore::AssessmentKey(id)] = sample;
    }

    bool Noticed(const Session& session, const std::string& code) {
        return std::any_of(session.Notices().begin(), session.Notices().end(),
                           [&](const Notice& notice) { return notice.code == code; });
    }

    // A question whose answer was carried over and is to review.
    std::string FirstToReview(const Session& session) {
        for (const auto& [questionId, answer] : session.Current().answers)
            if (answer.toReview && session.Definition().FindQuestion(questionId)) return questionId;
        return {};
    }
};

TEST_F(CarryOverSession, OpeningASavedEarlierVersionCarriesItOverKeepsTheOriginalAndSaysSo) {
    Session session(platform, ShippedFiles());
    session.Start(false);
    ASSERT_TRUE(session.Open(id));
    EXPECT_EQ(session.Current().indexVersion, session.Definition().version);
    EXPECT_GT(session.ToReviewCount(), 0);
    EXPECT_TRUE(Noticed(session, "notice.carried_over"));
    ASSERT_EQ(session.Backups().size(), 1u);
    EXPECT_EQ(session.Backups()[0].reason, BackupSummary::Reason::EarlierVersion);

    // Saved at once in the new version: a reload finds it carried, and does not carry it twice.
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    ASSERT_TRUE(reloaded.Open(id));
    EXPECT_EQ(reloaded.ToReviewCount(), session.ToReviewCount());
    EXPECT_FALSE(Noticed(reloaded, "notice.carried_over"));
    EXPECT_EQ(reloaded.Backups().size(), 1u);
}

TEST_F(CarryOverSession, KeepingOrChangingAnAnswerSettlesIt) {
    Session session(platform, ShippedFiles());
    session.Start(false);
    ASSERT_TRUE(session.Open(id));
    const int before = session.ToReviewCount();
    const std::string kept = FirstToReview(session);
    ASSERT_FALSE(kept.empty());
    const Answer keptAnswer = *session.FindAnswer(kept);
    session.ConfirmAnswer(kept);
    EXPECT_EQ(session.ToReviewCount(), before - 1);
    EXPECT_FALSE(session.FindAnswer(kept)->toReview);
    EXPECT_EQ(session.FindAnswer(kept)->selected, keptAnswer.selected) << "keeping changes nothing else";
    EXPECT_EQ(session.FindAnswer(kept)->evidence, keptAnswer.evidence);

    const std::string changed = FirstToReview(session);
    ASSERT_FALSE(changed.empty());
    const Question& question = *session.Definition().FindQuestion(changed);
    Answer answer;
    answer.selected = {question.options.back().id};
    EXPECT_TRUE(session.SetAnswer(changed, answer).ok());
    EXPECT_FALSE(session.FindAnswer(changed)->toReview);
    EXPECT_EQ(session.ToReviewCount(), before - 2);
}

TEST_F(CarryOverSession, ImportingAnEarlierVersionFileCarriesItOver) {
    platform.storage.clear();
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.Import("krakow-2019.1.json", sample);
    ASSERT_TRUE(session.HasAssessment());
    EXPECT_EQ(session.Current().indexVersion, session.Definition().version);
    EXPECT_GT(session.ToReviewCount(), 0);
    EXPECT_TRUE(Noticed(session, "notice.carried_over"));
}

TEST_F(CarryOverSession, TheBackupOfTheEarlierVersionRestores) {
    Session session(platform, ShippedFiles());
    session.Start(false);
    ASSERT_TRUE(session.Open(id));
    const std::string key = session.Backups().at(0).key;
    session.ConfirmAnswer(FirstToReview(session));
    session.Flush();
    session.RestoreBackup(key);  // same id as the open one: the import asks replace or keep both
    if (session.Pending()) session.ResolveImport(ImportChoice::Replace);
    ASSERT_TRUE(session.HasAssessment());
    EXPECT_GT(session.ToReviewCount(), 0);
}

}  // namespace
}  // namespace icc
