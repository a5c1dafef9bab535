#include "student/distillation_data.h"

#include <algorithm>
#include <cmath>

#include "model/error.h"
#include "student/student_text.h"

namespace candist {

namespace {

void checkLabel(int label, int numClasses, const char *what, int sample, bool allowNone)
{
    if ((allowNone && label == -1) || (label >= 0 && label < numClasses))
        return;
    throw Error(QStringLiteral("distillation data: %1 %2 of sample %3 is outside 0..%4")
                    .arg(QLatin1String(what))
                    .arg(label)
                    .arg(sample + 1)
                    .arg(numClasses - 1));
}

} // namespace

void DistillationData::normalise()
{
    if (numClasses < 2)
        throw Error(
            StudentText::tr("distillation needs at least two labels (got %1)").arg(numClasses));
    const size_t n = size_t(size());
    const auto fill = [n](auto &vector, auto value, const char *what) {
        if (vector.empty())
            vector.assign(n, value);
        if (vector.size() != n)
            throw Error(QStringLiteral("distillation data: %1 has %2 entries for %3 samples")
                            .arg(QLatin1String(what))
                            .arg(vector.size())
                            .arg(n));
    };
    fill(candidates, std::vector<int>{}, "candidates");
    fill(votes, std::vector<int>{}, "votes");
    fill(humanLabels, -1, "human labels");
    fill(gold, -1, "gold labels");
    fill(spotCheckAnswers, -1, "spot-check answers");
    if (testGold.size() != size_t(testTexts.size()))
        throw Error(QStringLiteral("distillation data: %1 test texts but %2 test labels")
                        .arg(testTexts.size())
                        .arg(testGold.size()));
    for (size_t i = 0; i < n; ++i) {
        for (const int c : candidates[i])
            checkLabel(c, numClasses, "candidate", int(i), false);
        if (!votes[i].empty() && votes[i].size() != candidates[i].size())
            throw Error(
                QStringLiteral("distillation data: sample %1 has %2 votes for %3 candidates")
                    .arg(i + 1)
                    .arg(votes[i].size())
                    .arg(candidates[i].size()));
        checkLabel(humanLabels[i], numClasses, "human label", int(i), true);
        checkLabel(gold[i], numClasses, "gold label", int(i), true);
        checkLabel(spotCheckAnswers[i], numClasses, "spot-check answer", int(i), true);
    }
    for (size_t i = 0; i < testGold.size(); ++i)
        checkLabel(testGold[i], numClasses, "test label", int(i), false);
}

QJsonObject EpochMetrics::toJson() const
{
    QJsonObject json{
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("warmup"), warmup},
        {QStringLiteral("eta"), eta},
        {QStringLiteral("loss"), loss},
        {QStringLiteral("L_dr"), lossDr},
        {QStringLiteral("L_cr_in"), lossCrIn},
        {QStringLiteral("L_cr_out"), lossCrOut},
        {QStringLiteral("L_mix"), lossMix},
        {QStringLiteral("share_out"), shareOut},
        {QStringLiteral("share_hc"), shareHc},
        {QStringLiteral("share_sl"), shareSl},
        {QStringLiteral("share_inside"), shareInside},
        {QStringLiteral("mean_confidence"), meanConfidence},
        {QStringLiteral("teacher_agreement"), teacherAgreement},
        {QStringLiteral("seconds"), seconds},
    };
    if (poolAccuracy)
        json.insert(QStringLiteral("pool_accuracy"), *poolAccuracy);
    if (testAccuracy)
        json.insert(QStringLiteral("test_accuracy"), *testAccuracy);
    return json;
}

double rankPriorWeight(int rank, int votes, bool hasVotes, double rankDecay)
{
    const double order = std::pow(rankDecay, double(rank));
    return hasVotes ? (std::max(votes, 0) + 0.5) * order : order;
}

DistillationData DistillationData::subset(const std::vector<int> &rows) const
{
    DistillationData part;
    part.numClasses = numClasses;
    for (const int row : rows) {
        part.texts << texts.at(row);
        part.candidates.push_back(candidates.at(size_t(row)));
        part.votes.push_back(votes.at(size_t(row)));
        part.humanLabels.push_back(humanLabels.at(size_t(row)));
        part.gold.push_back(gold.at(size_t(row)));
        part.spotCheckAnswers.push_back(spotCheckAnswers.at(size_t(row)));
    }
    return part;
}

} // namespace candist
