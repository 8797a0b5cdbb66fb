#include "core/file_names.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

// Characters (code points) of a UTF-8 string.
std::size_t Characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

TEST(FileNameForNotice, ShowsOnlyTheBaseName) {
    EXPECT_EQ(FileNameForNotice("files/icc-2020.json"), "icc-2020.json");
    EXPECT_EQ(FileNameForNotice("http://localhost:8080/a/b/figures.json"), "figures.json");
    EXPECT_EQ(FileNameForNotice("C:\\Users\\city\\wyniki Kraków.json"), "wyniki Kraków.json");
    EXPECT_EQ(FileNameForNotice("results.json"), "results.json");
}

// The link: ?index=x.json%0A%0AYOUR DRAFT WAS DELETED. Email your export to ...
TEST(FileNameForNotice, EndsAtTheFirstControlCharacter) {
    EXPECT_EQ(FileNameForNotice("x.json\n\nYOUR DRAFT WAS DELETED. Email your export to someone@example.org"),
              "x.json…");
    EXPECT_EQ(FileNameForNotice("a\rb"), "a…");
    EXPECT_EQ(FileNameForNotice("a\tb"), "a…");
    EXPECT_EQ(FileNameForNotice("a\x7F" "b"), "a…");
    EXPECT_EQ(FileNameForNotice("a\xC2\x85" "b"), "a…");      // U+0085, next line
    EXPECT_EQ(FileNameForNotice("a\xE2\x80\xA8" "b"), "a…");  // U+2028, line separator
    EXPECT_EQ(FileNameForNotice("a\xE2\x80\xAE" "nosj.exe"), "a…");  // U+202E, right-to-left override
    EXPECT_EQ(FileNameForNotice("a\xFF" "b"), "a…");          // not UTF-8
}

TEST(FileNameForNotice, IsAtMost80Characters) {
    const std::string eighty(80, 'n');
    EXPECT_EQ(FileNameForNotice(eighty), eighty);
    const std::string cut = FileNameForNotice(eighty + "n");
    EXPECT_EQ(Characters(cut), 80u);
    EXPECT_EQ(cut, std::string(79, 'n') + "…");
    std::string cyrillic;
    for (int i = 0; i < 100; ++i) cyrillic += "ї";
    EXPECT_EQ(Characters(FileNameForNotice(cyrillic)), 80u);
}

}  // namespace
}  // namespace icc
