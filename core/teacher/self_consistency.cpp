#include "teacher/self_consistency.h"

#include <algorithm>
#include <map>

namespace candist {

CombinedAnswer combineAnswers(const QVector<QVector<int>> &answers, int top, bool firstOnly)
{
    struct Tally
    {
        int votes = 0;
        int rankSum = 0;
    };
    std::map<int, Tally> tallies;
    for (const QVector<int> &answer : answers) {
        const qsizetype count = firstOnly ? std::min<qsizetype>(1, answer.size()) : answer.size();
        for (qsizetype rank = 0; rank < count; ++rank) {
            Tally &tally = tallies[answer[rank]];
            ++tally.votes;
            tally.rankSum += int(rank);
        }
    }
    std::vector<std::pair<int, Tally>> ordered(tallies.begin(), tallies.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        if (a.second.votes != b.second.votes)
            return a.second.votes > b.second.votes;
        // Compare mean ranks without division: rankSumA / votesA < rankSumB / votesB.
        return qint64(a.second.rankSum) * b.second.votes <
               qint64(b.second.rankSum) * a.second.votes;
    });
    if (top > 0 && ordered.size() > size_t(top))
        ordered.resize(size_t(top));
    CombinedAnswer combined;
    for (const auto &[label, tally] : ordered) {
        combined.candidates << label;
        combined.votes << tally.votes;
    }
    return combined;
}

} // namespace candist
