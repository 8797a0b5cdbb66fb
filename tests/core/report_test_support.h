// Helpers for the report tests: the small index with a filled assessment and benchmarks whose
// figures are computed by hand in the tests, the English catalog, and reading HTML back.
#pragma once

#include "core/benchmarks.h"
#include "core/translations.h"
#include "scoring_fixtures.h"
#include "support/catalogs.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace icc::testing {

// Benchmarks for the small index: whole sample, size group "size-mid", diversity group "fb-high".
inline BenchmarkSet SmallBenchmarks() {
    const char json[] = R"({
      "formatVersion": 1, "kind": "icc-benchmarks", "id": "small-benchmarks", "indexId": "small",
      "title": {"en": "Test benchmarks"}, "source": "made up for tests",
      "sizeGroups": [
        {"id": "size-small", "label": {"en": "Under 100,000"}, "minPopulation": 0, "maxPopulation": 100000},
        {"id": "size-mid", "label": {"en": "100,000 to 200,000"}, "minPopulation": 100000, "maxPopulation": 200000}
      ],
      "diversityGroups": [
        {"id": "fb-low", "label": {"en": "Under 10%"}, "minForeignBornPercent": 0, "maxForeignBornPercent": 10},
        {"id": "fb-high", "label": {"en": "10% and more"}, "minForeignBornPercent": 10}
      ],
      "samples": [
        {"id": "all", "group": "", "cities": 150, "date": "2020-01", "overall": 63,
         "areas": {"commitment": 74, "education": 60, "participation": 30}},
        {"id": "mid", "group": "size-mid", "cities": 33, "date": "2020-08", "overall": 58, "areas": {"commitment": 69}},
        {"id": "high", "group": "fb-high", "cities": 40, "areas": {"education": 65, "participation": 45}}
      ]
    })";
    return LoadBenchmarks(json).benchmarks.value_or(BenchmarkSet{});
}

// Answers to the small index, computed by hand:
//   commitment: strategy "partly" 1 + actions a,b 3 + budget yes 1 = 5 of 7 = 71.43%
//   education: teachers 60% -> 2, schools unanswered 0 = 2 of 5 = 40%
//   participation (optional): "don't know" = 0 of 2 = 0%
//   core index (71.43x1 + 40x2)/3 = 50.48%; extended (71.43 + 80 + 0)/4 = 37.86%; 5 of 6 answered.
inline Assessment SmallAssessment() {
    Assessment assessment;
    assessment.id = "report-test";
    assessment.indexId = "small";
    assessment.indexVersion = "1";
    assessment.city.name = "Testville";
    assessment.city.year = 2026;
    assessment.city.population = 150000;
    assessment.city.foreignBornPercent = 12;
    assessment.answers["commitment.strategy"] = Selected({"partly"});
    assessment.answers["commitment.strategy"].evidence = "Council resolution 12/2025";
    assessment.answers["commitment.actions"] = Selected({"a", "b"});
    assessment.answers["commitment.budget"] = Selected({"yes"});
    assessment.answers["education.teachers"] = NumberAnswer(60);
    assessment.answers["participation.councils"] = DontKnow();
    return assessment;
}

// The English catalog shipped in assets/i18n/en.json.
inline Translations EnglishTranslations() { return ShippedTranslations("en"); }

inline void AppendUtf8(std::string& out, unsigned long code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes the character references the report writes (&amp; &lt; &gt; &quot; &#39; &#xHEX; &#DEC;).
inline std::string UnescapeHtml(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const std::size_t end = html[i] == '&' ? html.find(';', i) : std::string_view::npos;
        if (end == std::string_view::npos || end - i > 10) {
            out += html[i];
            continue;
        }
        const std::string_view entity = html.substr(i + 1, end - i - 1);
        if (entity == "amp") out += '&';
        else if (entity == "lt") out += '<';
        else if (entity == "gt") out += '>';
        else if (entity == "quot") out += '"';
        else if (entity.size() > 1 && entity[0] == '#')
            AppendUtf8(out, entity[1] == 'x' ? std::stoul(std::string(entity.substr(2)), nullptr, 16)
                                             : std::stoul(std::string(entity.substr(1))));
        else {
            out += html[i];
            continue;
        }
        i = end;
    }
    return out;
}

// The markup of each tag in `html` ("<td class=\"num\">", "</tr>"): every '<' starts a tag,
// since the report escapes '<' in text.
inline std::vector<std::string> Tags(const std::string& html) {
    std::vector<std::string> tags;
    for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        const std::size_t end = html.find('>', i);
        if (end == std::string::npos) break;
        tags.push_back(html.substr(i, end - i + 1));
    }
    return tags;
}

// The text of a piece of markup: tags removed, references decoded.
inline std::string TextOf(const std::string& html) {
    std::string text;
    bool inTag = false;
    for (const char c : html) {
        if (c == '<') inTag = true;
        else if (c == '>') inTag = false;
        else if (!inTag) text += c;
    }
    return UnescapeHtml(text);
}

}  // namespace icc::testing
