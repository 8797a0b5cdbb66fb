#include "core/index_model.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

TEST(LocalizedText, ReturnsTheRequestedLanguage) {
    LocalizedText text{{{"en", "Education"}, {"pl", "Edukacja"}}};
    EXPECT_EQ(text.Get("pl"), "Edukacja");
}

TEST(LocalizedText, FallsBackToEnglish) {
    LocalizedText text{{{"en", "Education"}}};
    EXPECT_EQ(text.Get("uk"), "Education");
}

TEST(LocalizedText, IsEmptyWithoutEnglish) {
    LocalizedText text{{{"pl", "Edukacja"}}};
    EXPECT_EQ(text.Get("uk"), "");
}

}  // namespace
}  // namespace icc
