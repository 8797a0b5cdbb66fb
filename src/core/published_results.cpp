#include "core/published_results.h"

#include "core/json_fields.h"
#include "core/json_guard.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace icc {
namespace {

using nlohmann::json;

template <typename Enum>
struct Name {
    const char* id;
    Enum value;
};

const Name<IndexEdition> kEditions[] = {{"classic", IndexEdition::Classic}, {"2019", IndexEdition::Revised2019}};
const Name<Certainty> kCertainties[] = {{"council-of-europe", Certainty::CouncilOfEurope},
                                        {"reported", Certainty::Reported}};
const Name<AreaStanding> kStandings[] = {{"above-average", AreaStanding::AboveAverage},
                                         {"below-average", AreaStanding::BelowAverage},
                                         {"lowest", AreaStanding::Lowest}};

template <typename Enum, std::size_t N>
const char* IdOf(const Name<Enum> (&names)[N], Enum value) {
    for (const Name<Enum>& name : names)
        if (name.value == value) return name.id;
    return "";
}

// An enum member written as one of `names`; absent keeps `fallback` (with a problem when required).
template <typename Enum, std::size_t N>
std::optional<Enum> ReadEnum(const JsonFieldReader& reader, const char* key, Presence presence,
                             const Name<Enum> (&names)[N]) {
    const std::optional<std::string> text = reader.String(key, presence);
    if (!text) return std::nullopt;
    for (const Name<Enum>& name : names)
        if (*text == name.id) return name.value;
    std::string allowed;
    for (const Name<Enum>& name : names) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(name.id) + "\"";
    reader.Report(reader.PathOf(key), "must be one of " + allowed);
    return std::nullopt;
}

// "2017", "2017-08" or "2017-08-10" whose year is `year`.
bool IsDateOf(const std::string& date, int year) {
    const auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i)
            if (i >= date.size() || date[i] < '0' || date[i] > '9') return false;
        return true;
    };
    const bool shape = (date.size() == 7 && digits(0, 4) && date[4] == '-' && digits(5, 2)) ||
                       (date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2));
    return shape && std::stoi(date.substr(0, 4)) == year;
}

class Reader {
public:
    explicit Reader(Problems& problems) : problems_(problems) {}

    std::set<std::string> sourceIds;

    void ReadSources(const JsonFieldReader& root, PublishedResults& set) {
        const json* list = root.Member("sources", Presence::Required);
        if (!IsArray(list, "/sources")) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = JsonPath("/sources", i);
            if (!IsObject((*list)[i], path)) continue;
            const JsonFieldReader reader((*list)[i], path, problems_);
            PublishedSource source;
            if (auto id = reader.String("id", Presence::Required)) {
                if (id->empty()) reader.Report(reader.PathOf("id"), "must not be empty");
                else if (!sourceIds.insert(*id).second)
                    reader.Report(reader.PathOf("id"), "\"" + *id + "\" is already the id of another source");
                source.id = std::move(*id);
            }
            if (auto title = reader.Localized("title", Presence::Required)) source.title = std::move(*title);
            if (auto url = reader.String("url", Presence::Required)) {
                if (!IsWebAddress(*url)) reader.Report(reader.PathOf("url"), "must start with https:// or http://");
                source.url = std::move(*url);
            }
            set.sources.push_back(std::move(source));
        }
    }

    void ReadResults(const JsonFieldReader& root, PublishedResults& set) {
        const json* list = root.Member("results", Presence::Required);
        if (!IsArray(list, "/results")) return;
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = JsonPath("/results", i);
            if (!IsObject((*list)[i], path)) continue;
            PublishedResult result = ReadResult(JsonFieldReader((*list)[i], path, problems_));
            if (!result.id.empty() && !ids.insert(result.id).second)
                problems_.push_back({path + "/id", "\"" + result.id + "\" is already the id of another result"});
            set.results.push_back(std::move(result));
        }
    }

    void ReadSampleSizes(const JsonFieldReader& root, PublishedResults& set) {
        const json* list = root.Member("sampleSizes", Presence::Optional);
        if (!list || !IsArray(list, "/sampleSizes")) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = JsonPath("/sampleSizes", i);
            if (!IsObject((*list)[i], path)) continue;
            const JsonFieldReader reader((*list)[i], path, problems_);
            PublishedSampleSize size;
            if (auto year = reader.Integer("year", Presence::Required, 2000, 2100)) size.year = static_cast<int>(*year);
            size.date = ReadDate(reader, size.year);
            size.approximate = reader.Bool("approximate", Presence::Optional).value_or(false);
            if (auto cities = reader.Integer("cities", Presence::Required, 1, 100000)) size.cities = static_cast<int>(*cities);
            if (auto report = reader.Localized("report", Presence::Optional)) size.report = std::move(*report);
            size.provenance = ReadProvenance(reader);
            if (!set.sampleSizes.empty() && size.year && (size.date.empty() ? std::to_string(size.year) : size.date) <
                                                             (set.sampleSizes.back().date.empty()
                                                                  ? std::to_string(set.sampleSizes.back().year)
                                                                  : set.sampleSizes.back().date))
                reader.Report(path, "sample sizes must be in date order");
            set.sampleSizes.push_back(std::move(size));
        }
    }

private:
    Problems& problems_;

    bool IsArray(const json* value, const char* path) {
        if (!value) return false;
        if (value->is_array()) return true;
        problems_.push_back({path, std::string("must be an array, not ") + JsonTypeName(*value)});
        return false;
    }

    bool IsObject(const json& value, const std::string& path) {
        if (value.is_object()) return true;
        problems_.push_back({path, std::string("must be an object, not ") + JsonTypeName(value)});
        return false;
    }

    // "source" (an id of "sources") and "certainty".
    Provenance ReadProvenance(const JsonFieldReader& reader) {
        Provenance provenance;
        if (auto source = reader.String("source", Presence::Required)) {
            if (!sourceIds.count(*source))
                reader.Report(reader.PathOf("source"), "\"" + *source + "\" is not the id of one of \"sources\"");
            provenance.source = std::move(*source);
        }
        if (auto certainty = ReadEnum(reader, "certainty", Presence::Required, kCertainties))
            provenance.certainty = *certainty;
        return provenance;
    }

    std::string ReadDate(const JsonFieldReader& reader, int year) {
        std::optional<std::string> date = reader.String("date", Presence::Optional);
        if (!date) return {};
        if (!IsDateOf(*date, year))
            reader.Report(reader.PathOf("date"), "must be \"YYYY-MM\" or \"YYYY-MM-DD\" within the year given");
        return *date;
    }

    PublishedResult ReadResult(const JsonFieldReader& reader) {
        PublishedResult result;
        if (auto id = reader.String("id", Presence::Required)) result.id = std::move(*id);
        if (auto city = reader.Localized("city", Presence::Required)) result.city = std::move(*city);
        if (auto country = reader.String("country", Presence::Required)) {
            if (country->size() != 2 || !std::all_of(country->begin(), country->end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                reader.Report(reader.PathOf("country"), "must be a two-letter country code such as \"PL\"");
            result.country = std::move(*country);
        }
        if (auto year = reader.Integer("year", Presence::Optional, 2000, 2100)) result.year = static_cast<int>(*year);
        result.yearApproximate = reader.Bool("yearApproximate", Presence::Optional).value_or(false);
        if (result.year) result.date = ReadDate(reader, *result.year);
        else if (reader.Member("date", Presence::Optional)) reader.Report(reader.PathOf("date"), "needs \"year\"");
        if (auto edition = ReadEnum(reader, "indexVersion", Presence::Optional, kEditions)) result.edition = *edition;
        if (auto note = reader.Localized("note", Presence::Optional)) result.note = std::move(*note);
        ReadOverall(reader, result);
        ReadRanks(reader, result);
        ReadAreas(reader, result);
        if (!result.overall && result.ranks.empty() && result.areas.empty())
            reader.Report(reader.PathOf("id"), "a result needs at least one figure: overall, ranks or areas");
        return result;
    }

    void ReadOverall(const JsonFieldReader& reader, PublishedResult& result) {
        const json* overall = reader.Member("overall", Presence::Optional);
        if (!overall || !IsObject(*overall, reader.PathOf("overall"))) return;
        const JsonFieldReader figure(*overall, reader.PathOf("overall"), problems_);
        PublishedOverall value;
        const std::optional<double> exact = figure.NumberWithin("value", Presence::Optional, 0, 100);
        const std::optional<double> min = figure.NumberWithin("min", Presence::Optional, 0, 100);
        const std::optional<double> max = figure.NumberWithin("max", Presence::Optional, 0, 100);
        if (exact && !min && !max) value.min = value.max = *exact;
        else if (!exact && min && max && *min < *max) value.min = *min, value.max = *max;
        else {
            figure.Report(reader.PathOf("overall"), "needs either \"value\" or both \"min\" and \"max\" (min below max)");
            return;
        }
        value.provenance = ReadProvenance(figure);
        result.overall = value;
    }

    void ReadRanks(const JsonFieldReader& reader, PublishedResult& result) {
        const json* ranks = reader.Member("ranks", Presence::Optional);
        if (!ranks || !IsArray(ranks, reader.PathOf("ranks").c_str())) return;
        for (std::size_t i = 0; i < ranks->size(); ++i) {
            const std::string path = JsonPath(reader.PathOf("ranks"), i);
            if (!IsObject((*ranks)[i], path)) continue;
            const JsonFieldReader rankReader((*ranks)[i], path, problems_);
            PublishedRank rank;
            if (auto position = rankReader.Integer("position", Presence::Required, 1, 100000))
                rank.position = static_cast<int>(*position);
            if (auto of = rankReader.Integer("of", Presence::Optional, 1, 100000)) {
                rank.of = static_cast<int>(*of);
                if (rank.position > *rank.of) rankReader.Report(rankReader.PathOf("of"), "must not be below position");
            }
            if (auto group = rankReader.Localized("group", Presence::Optional)) rank.group = std::move(*group);
            rank.provenance = ReadProvenance(rankReader);
            result.ranks.push_back(std::move(rank));
        }
    }

    void ReadAreas(const JsonFieldReader& reader, PublishedResult& result) {
        const json* areas = reader.Member("areas", Presence::Optional);
        if (!areas || !IsArray(areas, reader.PathOf("areas").c_str())) return;
        for (std::size_t i = 0; i < areas->size(); ++i) {
            const std::string path = JsonPath(reader.PathOf("areas"), i);
            if (!IsObject((*areas)[i], path)) continue;
            const JsonFieldReader areaReader((*areas)[i], path, problems_);
            PublishedArea area;
            if (auto id = areaReader.String("area", Presence::Required)) area.areaId = std::move(*id);
            area.percent = areaReader.NumberWithin("percent", Presence::Optional, 0, 100);
            area.sampleAverage = areaReader.NumberWithin("sampleAverage", Presence::Optional, 0, 100);
            if (auto standing = ReadEnum(areaReader, "standing", Presence::Optional, kStandings)) area.standing = *standing;
            if (!area.percent && !area.sampleAverage && area.standing == AreaStanding::NotStated)
                areaReader.Report(path, "needs \"percent\", \"sampleAverage\" or \"standing\"");
            area.provenance = ReadProvenance(areaReader);
            result.areas.push_back(std::move(area));
        }
    }
};

}  // namespace

const char* EditionId(IndexEdition edition) { return IdOf(kEditions, edition); }
const char* CertaintyId(Certainty certainty) { return IdOf(kCertainties, certainty); }
const char* StandingId(AreaStanding standing) { return IdOf(kStandings, standing); }

const PublishedSource* PublishedResults::FindSource(std::string_view sourceId) const {
    for (const PublishedSource& source : sources)
        if (source.id == sourceId) return &source;
    return nullptr;
}

PublishedResultsLoadResult LoadPublishedResults(std::string_view text) {
    PublishedResultsLoadResult result;
    Problems& problems = result.problems;
    const std::optional<json> parsed = ParseJsonSafely(text, problems);
    if (!parsed) return result;
    const std::optional<int> version = CheckKindAndVersion(*parsed, kPublishedResultsKind, "a published-results file",
                                                           kPublishedResultsFormatVersion, false, problems);
    if (!version) return result;
    if (*version < 1) {
        problems.push_back({"/formatVersion", "format version 0 does not exist for published-results files; use 1"});
        return result;
    }
    PublishedResults set;
    set.formatVersion = *version;
    const JsonFieldReader root(*parsed, "", problems);
    if (auto id = root.String("id", Presence::Required)) set.id = std::move(*id);
    if (auto indexId = root.String("indexId", Presence::Required)) set.indexId = std::move(*indexId);
    if (auto title = root.Localized("title", Presence::Required)) set.title = std::move(*title);
    Reader reader(problems);
    reader.ReadSources(root, set);
    reader.ReadResults(root, set);
    reader.ReadSampleSizes(root, set);
    if (problems.empty()) result.published = std::move(set);
    return result;
}

Problems CheckPublishedResultsFor(const IndexDefinition& index, const PublishedResults& published) {
    Problems problems;
    if (published.indexId != index.id) {
        problems.push_back({"/indexId", "the area figures use index \"" + published.indexId + "\", not \"" + index.id + "\""});
        return problems;
    }
    for (std::size_t r = 0; r < published.results.size(); ++r)
        for (std::size_t a = 0; a < published.results[r].areas.size(); ++a) {
            const std::string& areaId = published.results[r].areas[a].areaId;
            if (std::none_of(index.areas.begin(), index.areas.end(), [&](const Area& area) { return area.id == areaId; }))
                problems.push_back({"/results/" + std::to_string(r) + "/areas/" + std::to_string(a) + "/area",
                                    "index \"" + index.id + "\" has no area \"" + areaId + "\""});
        }
    return problems;
}

PublishedPlace PlaceAmongPublished(const IndexDefinition& index, const PublishedResults& published,
                                   const AssessmentScores& scores) {
    PublishedPlace place;
    for (std::size_t r = 0; r < published.results.size(); ++r)
        if (const std::optional<PublishedOverall>& overall = published.results[r].overall)
            place.overall.push_back({r, overall->min, overall->max});
    std::stable_sort(place.overall.begin(), place.overall.end(),
                     [](const PublishedMark& x, const PublishedMark& y) { return x.max > y.max; });
    // Compared as shown: the whole percent, since every published figure is a whole number.
    if (const std::optional<double> core = scores.ShownCoreIndex()) {
        place.cityEstimate = std::round(*core);
        for (const PublishedMark& mark : place.overall) {
            if (mark.max < *place.cityEstimate) ++place.below;
            else if (mark.min > *place.cityEstimate) ++place.above;
            else ++place.level;
        }
    }
    place.areas.resize(index.areas.size());
    for (std::size_t r = 0; r < published.results.size(); ++r)
        for (std::size_t f = 0; f < published.results[r].areas.size(); ++f)
            for (std::size_t a = 0; a < index.areas.size(); ++a)
                if (index.areas[a].id == published.results[r].areas[f].areaId) place.areas[a].push_back({r, f});
    return place;
}

}  // namespace icc
