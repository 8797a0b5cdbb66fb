#include "core/benchmarks.h"

#include "core/json_fields.h"
#include "core/json_guard.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace icc {
namespace {

using nlohmann::json;

constexpr std::size_t kHighlightCount = 3;

// A comparison group as read from the file, before it becomes a SizeGroup or DiversityGroup.
struct GroupRange {
    std::string id;
    LocalizedText label;
    double min = 0;
    std::optional<double> max;
};

// Reads "sizeGroups" or "diversityGroups": unique ids, labels and [min, max) ranges in ascending,
// non-overlapping order, only the last one open-ended.
std::vector<GroupRange> ReadGroups(const json& root, const char* key, const char* minKey, const char* maxKey,
                                   double upperLimit, std::set<std::string>& groupIds, Problems& problems) {
    std::vector<GroupRange> groups;
    const json* list = JsonFieldReader(root, "", problems).Member(key, Presence::Optional);
    if (!list) return groups;
    const std::string listPath = JsonPath("", key);
    if (!list->is_array()) {
        problems.push_back({listPath, std::string("must be an array, not ") + JsonTypeName(*list)});
        return groups;
    }
    std::optional<GroupRange> previous;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& item = (*list)[i];
        const std::string path = JsonPath(listPath, i);
        if (!item.is_object()) {
            problems.push_back({path, std::string("must be an object, not ") + JsonTypeName(item)});
            continue;
        }
        const JsonFieldReader reader(item, path, problems);
        GroupRange group;
        if (const auto id = reader.String("id", Presence::Required)) {
            if (id->empty()) reader.Report(reader.PathOf("id"), "must not be empty");
            else if (!groupIds.insert(*id).second)
                reader.Report(reader.PathOf("id"), "\"" + *id + "\" is already the id of another group");
            group.id = *id;
        }
        if (auto label = reader.Localized("label", Presence::Required)) group.label = std::move(*label);
        const std::optional<double> min = reader.NumberWithin(minKey, Presence::Required, 0, upperLimit);
        group.max = reader.NumberWithin(maxKey, Presence::Optional, 0, upperLimit);
        if (!min) continue;
        group.min = *min;
        if (group.max && *group.max <= group.min)
            reader.Report(reader.PathOf(maxKey), std::string("must be greater than ") + minKey);
        if (previous && !previous->max)
            reader.Report(path, std::string("follows a group without ") + maxKey +
                                    "; only the last group may leave it out");
        else if (previous && group.min < *previous->max)
            reader.Report(reader.PathOf(minKey), "overlaps the previous group or is out of order (groups "
                                                 "must be in ascending order and must not overlap)");
        previous = group;
        groups.push_back(std::move(group));
    }
    return groups;
}

// Reads one entry of "samples".
std::optional<BenchmarkSample> ReadSample(const json& item, const std::string& path,
                                          const std::set<std::string>& groupIds, Problems& problems) {
    if (!item.is_object()) {
        problems.push_back({path, std::string("must be an object, not ") + JsonTypeName(item)});
        return std::nullopt;
    }
    const JsonFieldReader reader(item, path, problems);
    BenchmarkSample sample;
    if (auto id = reader.String("id", Presence::Required)) sample.id = std::move(*id);
    if (auto group = reader.String("group", Presence::Required)) {
        if (!group->empty() && !groupIds.count(*group))
            reader.Report(reader.PathOf("group"), "\"" + *group +
                                                      "\" is not the id of a size or diversity group "
                                                      "(use \"\" for the whole sample)");
        sample.group = std::move(*group);
    }
    if (auto cities = reader.Integer("cities", Presence::Required, 1, 1000000))
        sample.cities = static_cast<int>(*cities);
    if (auto date = reader.String("date", Presence::Optional)) sample.date = std::move(*date);
    if (auto source = reader.String("source", Presence::Optional)) sample.source = std::move(*source);
    sample.overall = reader.NumberWithin("overall", Presence::Optional, 0, 100);
    if (const json* areas = reader.Member("areas", Presence::Optional)) {
        const std::string areasPath = reader.PathOf("areas");
        if (!areas->is_object()) {
            reader.Report(areasPath, std::string("must be an object of percents by area id, not ") +
                                         JsonTypeName(*areas));
        } else {
            const JsonFieldReader areaReader(*areas, areasPath, problems);
            for (auto it = areas->begin(); it != areas->end(); ++it)
                if (auto percent = areaReader.NumberWithin(it.key().c_str(), Presence::Required, 0, 100))
                    sample.areas[it.key()] = *percent;
        }
    }
    return sample;
}

std::optional<double> SampleArea(const BenchmarkSample* sample, const std::string& areaId) {
    if (!sample) return std::nullopt;
    const auto it = sample->areas.find(areaId);
    if (it == sample->areas.end()) return std::nullopt;
    return it->second;
}

std::optional<SampleReference> ReferenceTo(const BenchmarkSample* sample, const LocalizedText& groupLabel) {
    if (!sample) return std::nullopt;
    return SampleReference{sample->id, sample->group, groupLabel, sample->cities, sample->date};
}

AreaHighlight MakeHighlight(const IndexDefinition& definition, const AreaComparison& area) {
    AreaHighlight highlight;
    highlight.areaIndex = area.areaIndex;
    highlight.areaId = area.areaId;
    highlight.cityPercent = area.score.city.value_or(0);
    highlight.sampleAverage = area.score.sample;
    if (area.score.sample) highlight.difference = highlight.cityPercent - *area.score.sample;
    highlight.recommendations = definition.areas[area.areaIndex].recommendations;
    return highlight;
}

}  // namespace

const BenchmarkSample* BenchmarkSet::FindSample(std::string_view group) const {
    for (const BenchmarkSample& sample : samples)
        if (sample.group == group) return &sample;
    return nullptr;
}

BenchmarkLoadResult LoadBenchmarks(std::string_view text) {
    BenchmarkLoadResult result;
    Problems& problems = result.problems;
    const std::optional<json> parsed = ParseJsonSafely(text, problems);
    if (!parsed) return result;
    const json& root = *parsed;
    const std::optional<int> version =
        CheckKindAndVersion(root, kBenchmarksKind, "a benchmark file", kBenchmarksFormatVersion, false, problems);
    if (!version) return result;
    if (*version < 1) {
        problems.push_back({"/formatVersion", "format version 0 does not exist for benchmark files; use 1"});
        return result;
    }

    BenchmarkSet set;
    set.formatVersion = *version;
    const JsonFieldReader reader(root, "", problems);
    if (auto id = reader.String("id", Presence::Required)) set.id = std::move(*id);
    if (auto indexId = reader.String("indexId", Presence::Required)) set.indexId = std::move(*indexId);
    if (auto title = reader.Localized("title", Presence::Required)) set.title = std::move(*title);
    if (auto source = reader.String("source", Presence::Optional)) set.source = std::move(*source);

    std::set<std::string> groupIds;
    for (GroupRange& range : ReadGroups(root, "sizeGroups", "minPopulation", "maxPopulation", 1e12,
                                        groupIds, problems))
        set.sizeGroups.push_back({std::move(range.id), std::move(range.label), range.min, range.max});
    for (GroupRange& range : ReadGroups(root, "diversityGroups", "minForeignBornPercent",
                                        "maxForeignBornPercent", 100, groupIds, problems))
        set.diversityGroups.push_back({std::move(range.id), std::move(range.label), range.min, range.max});

    const json* samples = reader.Member("samples", Presence::Required);
    if (samples && !samples->is_array())
        reader.Report("/samples", std::string("must be an array, not ") + JsonTypeName(*samples));
    if (samples && samples->is_array()) {
        std::set<std::string> sampleIds, sampleGroups;
        for (std::size_t i = 0; i < samples->size(); ++i) {
            const std::string path = JsonPath("/samples", i);
            std::optional<BenchmarkSample> sample = ReadSample((*samples)[i], path, groupIds, problems);
            if (!sample) continue;
            if (!sample->id.empty() && !sampleIds.insert(sample->id).second)
                problems.push_back({path + "/id", "\"" + sample->id + "\" is already the id of another sample"});
            if (!sampleGroups.insert(sample->group).second)
                problems.push_back({path + "/group", "another sample already gives the averages of " +
                                                         (sample->group.empty() ? std::string("the whole sample")
                                                                                : "group \"" + sample->group + "\"")});
            set.samples.push_back(std::move(*sample));
        }
    }
    if (problems.empty()) result.benchmarks = std::move(set);
    return result;
}

Problems CheckBenchmarksFor(const IndexDefinition& index, const BenchmarkSet& benchmarks) {
    Problems problems;
    if (benchmarks.indexId != index.id) {
        problems.push_back({"/indexId", "the figures are for index \"" + benchmarks.indexId + "\", not \"" + index.id + "\""});
        return problems;
    }
    for (size_t i = 0; i < benchmarks.samples.size(); ++i)
        for (const auto& figure : benchmarks.samples[i].areas) {
            const std::string& areaId = figure.first;  // (clang 14 cannot capture a structured binding)
            if (std::none_of(index.areas.begin(), index.areas.end(), [&](const Area& area) { return area.id == areaId; }))
                problems.push_back({"/samples/" + std::to_string(i) + "/areas/" + areaId,
                                    "index \"" + index.id + "\" has no area \"" + areaId + "\""});
        }
    return problems;
}

const SizeGroup* SizeGroupFor(const BenchmarkSet& benchmarks, double population) {
    for (const SizeGroup& group : benchmarks.sizeGroups)
        if (population >= group.minPopulation && (!group.maxPopulation || population < *group.maxPopulation))
            return &group;
    return nullptr;
}

const DiversityGroup* DiversityGroupFor(const BenchmarkSet& benchmarks, double foreignBornPercent) {
    for (const DiversityGroup& group : benchmarks.diversityGroups)
        if (foreignBornPercent >= group.minForeignBornPercent &&
            (!group.maxForeignBornPercent || foreignBornPercent < *group.maxForeignBornPercent))
            return &group;
    return nullptr;
}

Comparison Compare(const IndexDefinition& definition, const BenchmarkSet& benchmarks,
                   const CityProfile& city, const AssessmentScores& scores) {
    Comparison comparison;
    const BenchmarkSample* whole = benchmarks.FindSample("");
    const SizeGroup* sizeGroup = city.population ? SizeGroupFor(benchmarks, *city.population) : nullptr;
    const DiversityGroup* diversityGroup =
        city.foreignBornPercent ? DiversityGroupFor(benchmarks, *city.foreignBornPercent) : nullptr;
    const BenchmarkSample* bySize = sizeGroup ? benchmarks.FindSample(sizeGroup->id) : nullptr;
    const BenchmarkSample* byDiversity = diversityGroup ? benchmarks.FindSample(diversityGroup->id) : nullptr;

    comparison.wholeSample = ReferenceTo(whole, {});
    if (sizeGroup) comparison.sizeSample = ReferenceTo(bySize, sizeGroup->label);
    if (diversityGroup) comparison.diversitySample = ReferenceTo(byDiversity, diversityGroup->label);
    comparison.coreIndex = {scores.coreIndex, whole ? whole->overall : std::nullopt,
                            bySize ? bySize->overall : std::nullopt,
                            byDiversity ? byDiversity->overall : std::nullopt};

    for (std::size_t a = 0; a < definition.areas.size() && a < scores.areas.size(); ++a) {
        const std::string& id = definition.areas[a].id;
        comparison.areas.push_back({a, id,
                                    {scores.areas[a].percent, SampleArea(whole, id), SampleArea(bySize, id),
                                     SampleArea(byDiversity, id)}});
    }

    // Rank against the sample average where the sample has figures; with none at all, by score.
    std::vector<const AreaComparison*> ranked;
    for (const AreaComparison& area : comparison.areas)
        if (area.score.city && area.score.sample) ranked.push_back(&area);
    comparison.rankedAgainstSample = !ranked.empty();
    if (ranked.empty())
        for (const AreaComparison& area : comparison.areas)
            if (area.score.city) ranked.push_back(&area);
    const bool againstSample = comparison.rankedAgainstSample;
    // Millionths of a point: percents that are equal but for floating-point error (2/3 + 1/3 of
    // the maximum is 99.99999999999999) tie instead of ranking apart (docs/SCORING.md, §5).
    const auto key = [againstSample](const AreaComparison* area) {
        return std::llround((*area->score.city - (againstSample ? *area->score.sample : 0.0)) * 1e6);
    };
    // Ranked by score alone, optional areas come after the core ones (they count only in the
    // extended index, and a city may leave them out); ties keep the definition's order.
    const auto optionalLast = [&definition, againstSample](const AreaComparison* area) {
        return !againstSample && definition.areas[area->areaIndex].optional;
    };
    const auto order = [&](bool highestFirst) {
        return [&, highestFirst](const AreaComparison* x, const AreaComparison* y) {
            if (optionalLast(x) != optionalLast(y)) return optionalLast(y);
            if (key(x) != key(y)) return highestFirst ? key(x) > key(y) : key(x) < key(y);
            return x->areaIndex < y->areaIndex;
        };
    };
    std::sort(ranked.begin(), ranked.end(), order(true));
    const std::size_t strongest = std::min(kHighlightCount, ranked.size());
    for (std::size_t i = 0; i < strongest; ++i)
        comparison.strongest.push_back(MakeHighlight(definition, *ranked[i]));
    // The weakest of the rest, weakest first; ties (also at the cut) in the definition's order.
    std::vector<const AreaComparison*> rest(ranked.begin() + static_cast<std::ptrdiff_t>(strongest), ranked.end());
    std::sort(rest.begin(), rest.end(), order(false));
    const std::size_t development = std::min(kHighlightCount, rest.size());
    for (std::size_t i = 0; i < development; ++i)
        comparison.development.push_back(MakeHighlight(definition, *rest[i]));
    return comparison;
}

}  // namespace icc
