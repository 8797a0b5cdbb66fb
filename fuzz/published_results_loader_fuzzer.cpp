// Fuzzes LoadPublishedResults. Published results that load must set a scored assessment among
// them: every overall figure listed once, highest first, and the city counted exactly once.
#include "fuzz_support.h"

#include "core/published_results.h"
#include "core/published_text.h"
#include "core/scoring.h"

using namespace icc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const PublishedResultsLoadResult loaded = LoadPublishedResults(fuzz::AsText(data, size));
    fuzz::Check(loaded.published.has_value() == loaded.problems.empty(), "published results exactly when no problem");
    if (!loaded.published) return 0;
    const PublishedResults& published = *loaded.published;
    CheckPublishedResultsFor(fuzz::ScoringIndex(), published);
    const IndexDefinition& index = fuzz::ScoringIndex();
    for (const Assessment& assessment : {Assessment{}, fuzz::AnswerEverything(index)}) {
        const PublishedPlace place = PlaceAmongPublished(index, published, Score(index, assessment));
        std::size_t withOverall = 0;
        for (const PublishedResult& result : published.results) withOverall += result.overall.has_value();
        fuzz::Check(place.overall.size() == withOverall, "every overall figure listed once");
        for (std::size_t i = 1; i < place.overall.size(); ++i)
            fuzz::Check(place.overall[i - 1].max >= place.overall[i].max, "highest first");
        if (place.cityEstimate)
            fuzz::Check(static_cast<std::size_t>(place.below + place.level + place.above) == withOverall,
                        "the city's place counts every figure once");
        for (const PublishedMark& mark : place.overall) PublishedFigureText(mark.min, mark.max);
    }
    return 0;
}
