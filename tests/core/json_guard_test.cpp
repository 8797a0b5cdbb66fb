#include "core/json_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace icc {
namespace {

std::string Nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

TEST(IsValidUtf8, AcceptsAsciiPolishUkrainianAndEmoji) {
    EXPECT_TRUE(IsValidUtf8(""));
    EXPECT_TRUE(IsValidUtf8("plain ASCII"));
    EXPECT_TRUE(IsValidUtf8("Zażółć gęślą jaźń"));
    EXPECT_TRUE(IsValidUtf8("Міжкультурні міста"));
    EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x8C\x8D"));  // U+1F30D, four bytes
    EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(IsValidUtf8, RejectsMalformedSequences) {
    EXPECT_FALSE(IsValidUtf8("\x80"));              // continuation byte without a lead
    EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong '/', three bytes
    EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // UTF-16 surrogate U+D800
    EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));  // lead byte that never occurs
    EXPECT_FALSE(IsValidUtf8("ab\xC5"));            // sequence cut off at the end
    EXPECT_FALSE(IsValidUtf8("\xC5\x41"));          // lead byte followed by ASCII
}

TEST(FindInvalidUtf8, GivesTheOffsetOfTheFirstBadByte) {
    EXPECT_EQ(FindInvalidUtf8("ok"), std::nullopt);
    EXPECT_EQ(FindInvalidUtf8("żółw\xFF"), std::optional<std::size_t>(7));
}

TEST(MaxNestingDepth, CountsObjectsAndArraysOutsideStrings) {
    EXPECT_EQ(MaxNestingDepth("1"), 0);
    EXPECT_EQ(MaxNestingDepth("{}"), 1);
    EXPECT_EQ(MaxNestingDepth(R"({"a": [[1], {"b": []}]})"), 4);
    EXPECT_EQ(MaxNestingDepth(R"(["[[[{{{"])"), 1);
    EXPECT_EQ(MaxNestingDepth(R"(["a \" [[[", "\\", [2]])"), 2);  // escaped quote, escaped backslash
    EXPECT_EQ(MaxNestingDepth("]]]]["), 1);                      // stray closers do not go negative
}

TEST(GuardJson, AcceptsTheNestingLimitAndRefusesOneMore) {
    EXPECT_EQ(GuardJson(Nested(kMaxJsonNesting)), std::nullopt);
    const auto problem = GuardJson(Nested(kMaxJsonNesting + 1));
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->path, "");
    EXPECT_NE(problem->message.find("at most 64 levels"), std::string::npos) << problem->message;
}

TEST(GuardJson, RefusesInvalidUtf8InsideAString) {
    const auto problem = GuardJson("{\"title\": \"caf\xE9\"}");  // Latin-1, not UTF-8
    ASSERT_TRUE(problem.has_value());
    EXPECT_NE(problem->message.find("not valid UTF-8"), std::string::npos) << problem->message;
    EXPECT_NE(problem->message.find("offset 14"), std::string::npos) << problem->message;
}

// Deep enough to overflow the stack of a recursive parser or destructor (and the browser's 5 MB one).
TEST(ParseJsonSafely, RefusesVeryDeepNestingWithoutCrashing) {
    Problems problems;
    EXPECT_FALSE(ParseJsonSafely(Nested(200000), problems).has_value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("200000 levels"), std::string::npos) << problems[0].message;
}

TEST(ParseJsonSafely, ReportsWhereTheSyntaxErrorIs) {
    Problems problems;
    EXPECT_FALSE(ParseJsonSafely("{\n  \"a\": 1,\n  \"b\": }\n", problems).has_value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "");
    EXPECT_NE(problems[0].message.find("not valid JSON"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find("line 3"), std::string::npos) << problems[0].message;
}

// nlohmann's "last read" excerpt stops at the first byte of a character outside a string.
TEST(ParseJsonSafely, KeepsTheErrorMessageValidUtf8) {
    Problems problems;
    EXPECT_FALSE(ParseJsonSafely("{\"a\": \"x\" ż}", problems).has_value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(IsValidUtf8(problems[0].message)) << problems[0].message;
}

TEST(ParseJsonSafely, RefusesTrailingGarbageAndEmptyInput) {
    Problems problems;
    EXPECT_FALSE(ParseJsonSafely("{} {}", problems).has_value());
    EXPECT_FALSE(ParseJsonSafely("", problems).has_value());
    EXPECT_EQ(problems.size(), 2u);
}

TEST(ParseJsonSafely, ParsesValidJsonWithAByteOrderMark) {
    Problems problems;
    const auto value = ParseJsonSafely("\xEF\xBB\xBF{\"city\": \"Kraków\", \"n\": [1, 2]}", problems);
    ASSERT_TRUE(value.has_value());
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ((*value)["city"], "Kraków");
}

}  // namespace
}  // namespace icc
