#include "core/assessment_fast_reader.h"

#include "core/assessment_io.h"
#include "core/contributors.h"
#include "core/json_guard.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <vector>

namespace icc {
namespace {

using Json = nlohmann::json;

// Where the reader is in the file: the object or array it is inside.
enum class Frame : unsigned char { Root, Index, City, Answers, Answer, Selected, Contributors, Responsible, Skipped };

bool IsOneOf(const std::string& key, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (key == name) return true;
    return false;
}

// Fields the format defines in each object; anything else is ignored (skipped), as the full
// reader ignores it. A defined field with an unexpected JSON type ends the fast path.
bool IsDefinedField(Frame frame, const std::string& key) {
    switch (frame) {
    case Frame::Root:
        return IsOneOf(key, {"formatVersion", "kind", "id", "index", "city", "createdAt", "updatedAt", "answers",
                             "contributors", "responsible"});
    case Frame::Index: return IsOneOf(key, {"id", "version"});
    case Frame::City: return IsOneOf(key, {"name", "year", "population", "foreignBornPercent"});
    case Frame::Answer:
        return IsOneOf(key, {"selected", "number", "dontKnow", "evidence", "updatedAt", "updatedBy", "toReview"});
    default: return true;  // every answer, every selected entry, every contributor and area
    }
}

// Streams parser events straight into an Assessment. Each handler returns false ("give up") on
// anything the full reader would report as a problem.
class FastAssessmentReader : public nlohmann::json_sax<Json> {
public:
    Assessment assessment;

    // All required fields were seen with acceptable values.
    bool Complete() const {
        return sawKind && sawCurrentVersion && sawIndexId && sawCityName && sawAnswers && frames.empty();
    }

    bool start_object(std::size_t) override {
        if (frames.size() + 1 > static_cast<std::size_t>(kMaxJsonNesting)) return false;
        if (frames.empty()) return Push(Frame::Root);
        const Frame top = frames.back();
        if (top == Frame::Skipped || (!IsDefinedField(top, currentKey) && top != Frame::Answers)) return Push(Frame::Skipped);
        // A repeated "index" or "city" replaces the earlier one, as in the full reader.
        if (top == Frame::Root && currentKey == "index") {
            sawIndexId = false;
            assessment.indexId.clear();
            assessment.indexVersion.clear();
            return Push(Frame::Index);
        }
        if (top == Frame::Root && currentKey == "city") {
            sawCityName = false;
            assessment.city = CityProfile{};
            return Push(Frame::City);
        }
        if (top == Frame::Root && currentKey == "answers") {
            sawAnswers = true;
            assessment.answers.clear();
            return Push(Frame::Answers);
        }
        if (top == Frame::Root && currentKey == "responsible") {
            assessment.responsible.clear();
            return Push(Frame::Responsible);
        }
        if (top == Frame::Answers && !currentKey.empty()) {
            answer = &assessment.answers[currentKey];
            *answer = Answer{};  // a repeated question id: the last one wins, as in the full reader
            return Push(Frame::Answer);
        }
        return false;
    }

    bool start_array(std::size_t) override {
        if (frames.empty() || frames.size() + 1 > static_cast<std::size_t>(kMaxJsonNesting)) return false;
        const Frame top = frames.back();
        if (top == Frame::Skipped || (!IsDefinedField(top, currentKey) && top != Frame::Answers)) return Push(Frame::Skipped);
        if (top == Frame::Root && currentKey == "contributors") {
            assessment.contributors.clear();
            contributorsSeen = 0;
            return Push(Frame::Contributors);
        }
        if (top == Frame::Answer && currentKey == "selected") {
            answer->selected.clear();
            return Push(Frame::Selected);
        }
        return false;
    }

    bool end_object() override { return Pop(); }
    bool end_array() override { return Pop(); }

    bool key(string_t& name) override {
        currentKey = name;
        return true;
    }

    bool string(string_t& value) override {
        switch (Current()) {
        case Frame::Skipped: return true;
        case Frame::Selected: answer->selected.push_back(value); return true;
        // Empty names and area ids are the thorough reader's to report.
        case Frame::Contributors:
            if (value.empty() || ++contributorsSeen > kMostContributors) return false;
            AddContributor(assessment, value);
            return true;
        case Frame::Responsible:
            if (value.empty() || currentKey.empty()) return false;
            assessment.responsible[currentKey] = value;
            return true;
        case Frame::Root:
            if (currentKey == "kind") return sawKind = value == kAssessmentKind;
            return Assign(currentKey == "id" ? &assessment.id
                          : currentKey == "createdAt" ? &assessment.createdAt
                          : currentKey == "updatedAt" ? &assessment.updatedAt : nullptr, value);
        case Frame::Index:
            if (currentKey == "id") sawIndexId = true;
            return Assign(currentKey == "id" ? &assessment.indexId : currentKey == "version" ? &assessment.indexVersion : nullptr,
                          value);
        case Frame::City:
            if (currentKey == "name") sawCityName = true;
            return Assign(currentKey == "name" ? &assessment.city.name : nullptr, value);
        case Frame::Answer:
            return Assign(currentKey == "evidence"    ? &answer->evidence
                          : currentKey == "updatedAt" ? &answer->updatedAt
                          : currentKey == "updatedBy" ? &answer->updatedBy : nullptr,
                          value);
        default: return false;
        }
    }

    bool number_integer(number_integer_t value) override { return Integer(value); }
    bool number_unsigned(number_unsigned_t value) override {
        return value > static_cast<number_unsigned_t>(kYearRule.max) ? Number(static_cast<double>(value))
                                                                             : Integer(static_cast<long long>(value));
    }
    bool number_float(number_float_t value, const string_t&) override {
        // Whole numbers written with a fraction ("2024.0") are left to the full reader.
        const Frame frame = Current();
        if (frame == Frame::Root && currentKey == "formatVersion") return false;
        if (frame == Frame::City && currentKey == "year") return false;
        return Number(value);
    }

    bool boolean(bool value) override {
        const Frame frame = Current();
        if (frame == Frame::Answer && currentKey == "dontKnow") {
            answer->dontKnow = value;
            return true;
        }
        if (frame == Frame::Answer && currentKey == "toReview") {
            answer->toReview = value;
            return true;
        }
        return Ignorable(frame);
    }

    bool null() override {
        const Frame frame = Current();
        if (frame == Frame::City && currentKey == "population") assessment.city.population.reset();
        else if (frame == Frame::City && currentKey == "foreignBornPercent") assessment.city.foreignBornPercent.reset();
        else if (frame == Frame::Answer && currentKey == "number") answer->number.reset();
        else return Ignorable(frame);
        return true;
    }

    bool binary(binary_t&) override { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    std::vector<Frame> frames;
    std::string currentKey;  // the key of the value being read
    Answer* answer = nullptr;
    std::size_t contributorsSeen = 0;  // names in "contributors", repeated ones too
    bool sawKind = false, sawCurrentVersion = false, sawIndexId = false, sawCityName = false, sawAnswers = false;

    bool Push(Frame frame) {
        frames.push_back(frame);
        return true;
    }
    bool Pop() {
        frames.pop_back();
        return true;
    }
    // The frame a scalar value belongs to; Skipped for a value outside any defined field.
    Frame Current() const {
        if (frames.empty()) return Frame::Answers;  // a bare scalar file: not an answers file
        const Frame top = frames.back();
        if (top == Frame::Skipped || top == Frame::Selected || top == Frame::Answers || top == Frame::Contributors ||
            top == Frame::Responsible)
            return top;
        return IsDefinedField(top, currentKey) ? top : Frame::Skipped;
    }
    // A value of a type no defined field takes is fine only where nothing is defined.
    static bool Ignorable(Frame frame) { return frame == Frame::Skipped; }
    // Strings go to `target`; a string for a defined non-string field gives up.
    static bool Assign(std::string* target, const std::string& value) {
        if (!target) return false;
        *target = value;
        return true;
    }

    bool Integer(long long value) {
        const Frame frame = Current();
        if (frame == Frame::Root && currentKey == "formatVersion") return sawCurrentVersion = value == kAssessmentFormatVersion;
        if (frame == Frame::City && currentKey == "year") {
            if (!CheckNumber(static_cast<double>(value), kYearRule).ok()) return false;
            assessment.city.year = static_cast<int>(value);
            return true;
        }
        return Number(static_cast<double>(value));
    }

    bool Number(double value) {
        const Frame frame = Current();
        if (frame == Frame::Skipped) return true;
        if (!std::isfinite(value)) return false;
        if (frame == Frame::City && currentKey == "population" && CheckNumber(value, kPopulationRule).ok()) {
            assessment.city.population = value;
            return true;
        }
        if (frame == Frame::City && currentKey == "foreignBornPercent" && CheckNumber(value, kPercentRule).ok()) {
            assessment.city.foreignBornPercent = value;
            return true;
        }
        if (frame == Frame::Answer && currentKey == "number" && CheckNumber(value, kAnswerNumberRule).ok()) {
            answer->number = value;
            return true;
        }
        return false;
    }
};

}  // namespace

std::optional<Assessment> ReadAssessmentFast(std::string_view json) {
    // A NUL byte is refused by the JSON guard (core/json_guard.h); the SAX parser may stop at one
    // and accept what came before, so such text is the thorough reader's.
    if (json.find('\0') != std::string_view::npos) return std::nullopt;
    FastAssessmentReader reader;
    if (!Json::sax_parse(json.begin(), json.end(), &reader) || !reader.Complete()) return std::nullopt;
    return std::move(reader.assessment);
}

}  // namespace icc
