#include "student/teacher_reliability.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace candist {

namespace {

// Measured on the student-quality suite (docs/student.md): the real teachers come out at 0.91 to
// 1.00, the simulated GPT-3.5-like ones (single accuracy 0.70) at 0.79 to 0.81.
constexpr double kStrongTeacher = 0.9;
// The student earns trust from a kappa of 0.3 and full trust at 0.65: on the suite, students whose
// changes to a weak teacher's labels fixed more than they broke agreed with its single answers at
// kappa 0.6 and more (AG News, Banking77, DBpedia), those whose changes broke as many as they fixed
// at 0.35 and less (fortunes, 16 loose classes; MR; Banking77 with 500 samples).
constexpr double kTrustFromKappa = 0.3;
constexpr double kFullTrustKappa = 0.65;
// The weight of candidate k within a strong teacher's set (the ranked initial target's decay).
constexpr double kStrongTeacherRankDecay = 0.25;
// Two labels: the anchor points are the student's most confident tenth of a set size, at least
// 30 of them (fewer say more about the draw than about the teacher); anchors that agree with the
// teacher no more than 55 % of the time leave the EM in charge (the de-noising divides by 2t - 1),
// and an agreement above 0.995 is capped there so that the teacher is never taken for infallible.
constexpr size_t kAnchorShareDenominator = 10;
constexpr size_t kMinimumAnchors = 30;
constexpr double kMinimumAnchorAgreement = 0.55;
constexpr double kMaximumAnchorAgreement = 0.995;
// How much further above chance the anchors must agree with the teacher than the whole pool does:
// by a factor 1/(2s - 1) for a student right s of the time on the pool and always on its anchors,
// so 1.5 accepts students up to s = 0.83 (MR at 0.70: 2.2).
constexpr double kAnchorLift = 1.5;
// The temperatures a two-label student is calibrated over; a memorising student needs up to 8.
constexpr double kTemperatures[] = {0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0, 5.6, 8.0};

int sizeBucket(size_t size)
{
    return int(std::min<size_t>(size, TeacherReliability::kSizeBuckets)) - 1;
}

int rankBucket(size_t rank)
{
    return int(std::min<size_t>(rank, TeacherReliability::kRankBuckets - 1));
}

// The rank buckets a set of `size` candidates fills.
int rankBucketsOf(size_t size)
{
    return int(std::min<size_t>(size, TeacherReliability::kRankBuckets));
}

bool informative(const DistillationData &data, int i)
{
    return data.humanLabels[size_t(i)] < 0 && !data.candidates[size_t(i)].empty();
}

// Softmax of log P / T, row by row, into `out` (T = 1 copies).
void temper(const float *p, int c, double temperature, double *out)
{
    double total = 0;
    for (int j = 0; j < c; ++j) {
        out[j] = std::pow(std::max(double(p[j]), 1e-12), 1.0 / temperature);
        total += out[j];
    }
    for (int j = 0; j < c; ++j)
        out[j] /= total;
}

// A start that trusts the first candidate somewhat more than the others, and leaves a tenth for
// labels outside the set.
TeacherReliability initialReliability()
{
    TeacherReliability r;
    for (int s = 0; s < TeacherReliability::kSizeBuckets; ++s) {
        const int buckets = std::min(s + 1, TeacherReliability::kRankBuckets);
        double total = 0;
        for (int k = 0; k < buckets; ++k)
            total += 1.0 / (k + 1);
        for (int k = 0; k < buckets; ++k)
            r.rank[s][k] = 0.9 / (k + 1) / total;
        r.outside[s] = 0.1;
    }
    r.uninformed = 0.5;
    return r;
}

// The calibrated student of one sample: its tempered probabilities mixed with a flat row, so that
// a student that is often confidently wrong (a small pool, many labels) is trusted only as far as
// the pool shows.
void calibrate(const double *tempered, int c, double uninformed, double *out)
{
    for (int j = 0; j < c; ++j)
        out[j] = (1 - uninformed) * tempered[j] + uninformed / c;
}

// EM at a fixed temperature over the rank probabilities and the uninformed share; returns the
// log-likelihood per informative sample.
double fit(const DistillationData &data, const std::vector<float> &probabilities,
           TeacherReliability &r)
{
    const int n = data.size();
    const int c = data.numClasses;
    std::vector<int> rows;
    for (int i = 0; i < n; ++i)
        if (informative(data, i))
            rows.push_back(i);
    std::vector<double> tempered(rows.size() * size_t(c));
    for (size_t k = 0; k < rows.size(); ++k)
        temper(probabilities.data() + std::int64_t(rows[k]) * c, c, r.temperature,
               tempered.data() + k * size_t(c));
    std::vector<double> student(static_cast<size_t>(c)), joint(static_cast<size_t>(c));
    std::vector<float> prior(static_cast<size_t>(c));
    // A pseudo-sample per bucket pulls empty or tiny buckets to the start instead of to 0 or 1.
    const TeacherReliability start = initialReliability();
    const double pseudo = 1.0;
    double logLikelihood = 0;
    for (int iteration = 0; iteration < 100; ++iteration) {
        double mass[TeacherReliability::kSizeBuckets][TeacherReliability::kRankBuckets] = {};
        double outside[TeacherReliability::kSizeBuckets] = {};
        double count[TeacherReliability::kSizeBuckets] = {};
        logLikelihood = 0;
        for (size_t k = 0; k < rows.size(); ++k) {
            const int i = rows[k];
            const double *t = tempered.data() + k * size_t(c);
            calibrate(t, c, r.uninformed, student.data());
            r.prior(data, i, prior.data());
            double total = 0;
            for (int j = 0; j < c; ++j) {
                joint[size_t(j)] = student[size_t(j)] * prior[size_t(j)];
                total += joint[size_t(j)];
            }
            total = std::max(total, 1e-300);
            logLikelihood += std::log(total);
            const auto &candidates = data.candidates[size_t(i)];
            const int s = sizeBucket(candidates.size());
            double inside = 0;
            for (size_t m = 0; m < candidates.size(); ++m) {
                const double posterior = joint[size_t(candidates[m])] / total;
                mass[s][rankBucket(m)] += posterior;
                inside += posterior;
            }
            outside[s] += std::max(0.0, 1.0 - inside);
            count[s] += 1;
        }
        logLikelihood /= std::max<double>(double(rows.size()), 1.0);
        double change = 0;
        for (int s = 0; s < TeacherReliability::kSizeBuckets; ++s) {
            const double denominator = count[s] + pseudo;
            for (int k = 0; k < rankBucketsOf(size_t(s) + 1); ++k) {
                const double next = (mass[s][k] + pseudo * start.rank[s][k]) / denominator;
                change = std::max(change, std::abs(next - r.rank[s][k]));
                r.rank[s][k] = next;
            }
            const double next = (outside[s] + pseudo * start.outside[s]) / denominator;
            change = std::max(change, std::abs(next - r.outside[s]));
            r.outside[s] = next;
        }

        if (change < 1e-5)
            break;
    }
    return logLikelihood;
}

} // namespace

void TeacherReliability::prior(const DistillationData &data, int sample, float *out) const
{
    const int c = data.numClasses;
    const int human = data.humanLabels[size_t(sample)];
    const auto &candidates = data.candidates[size_t(sample)];
    if (human >= 0) {
        std::fill(out, out + c, 0.f);
        out[human] = 1.f;
        return;
    }
    if (candidates.empty()) {
        std::fill(out, out + c, 1.f / float(c));
        return;
    }
    const int s = sizeBucket(candidates.size());
    const int others = c - int(candidates.size());
    std::fill(out, out + c, others > 0 ? float(outside[s] / others) : 0.f);
    const size_t tail = candidates.size() >= size_t(kRankBuckets)
                            ? candidates.size() - size_t(kRankBuckets) + 1
                            : 1;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int bucket = rankBucket(k);
        out[candidates[k]] =
            float(rank[s][bucket] / (bucket == kRankBuckets - 1 ? double(tail) : 1.0));
    }
}

double TeacherReliability::firstCandidateCorrect(const DistillationData &data) const
{
    double total = 0;
    int samples = 0;
    for (int i = 0; i < data.size(); ++i) {
        if (!informative(data, i))
            continue;
        total += rank[sizeBucket(data.candidates[size_t(i)].size())][0];
        ++samples;
    }
    return samples > 0 ? total / samples : 0.0;
}

// How far the student can be trusted at all: its chance-corrected agreement (Cohen's kappa) with
// the teacher's single-label answers, where a teacher is most often right. The likelihood alone
// cannot tell a confidently wrong student from a wrong teacher (both explain the annotations), so
// the share of samples on which the student knows nothing is set from this agreement, not fitted.
double uninformedShare(const DistillationData &data, const std::vector<float> &probabilities)
{
    const int c = data.numClasses;
    std::vector<double> studentShare(static_cast<size_t>(c)), teacherShare(static_cast<size_t>(c));
    double agree = 0, count = 0;
    for (int i = 0; i < data.size(); ++i) {
        if (!informative(data, i) || data.candidates[size_t(i)].size() != 1)
            continue;
        const float *row = probabilities.data() + std::int64_t(i) * c;
        const int top = int(std::max_element(row, row + c) - row);
        const int teacher = data.candidates[size_t(i)].front();
        agree += top == teacher;
        studentShare[size_t(top)] += 1;
        teacherShare[size_t(teacher)] += 1;
        count += 1;
    }
    if (count < 1)
        return 0.5;
    double chance = 0;
    for (int j = 0; j < c; ++j)
        chance += studentShare[size_t(j)] / count * teacherShare[size_t(j)] / count;
    const double kappa = chance < 1 ? (agree / count - chance) / (1 - chance) : 0.0;
    return 1.0 -
           std::clamp((kappa - kTrustFromKappa) / (kFullTrustKappa - kTrustFromKappa), 0.0, 1.0);
}

namespace {

// The tempered probability the student gives the label `first` of two.
double temperedFirst(const float *p, int first, double temperature)
{
    const double mine = std::pow(std::max(double(p[first]), 1e-12), 1.0 / temperature);
    const double other = std::pow(std::max(double(p[1 - first]), 1e-12), 1.0 / temperature);
    return mine / (mine + other);
}

// Two labels (estimateTeacherReliability): the first candidate's reliability per set size from
// the student's anchor points, the temperature from the teacher's first candidates alone.
std::optional<TeacherReliability> binaryReliability(const DistillationData &data,
                                                    const std::vector<float> &probabilities)
{
    std::vector<int> rows;
    for (int i = 0; i < data.size(); ++i)
        if (informative(data, i))
            rows.push_back(i);
    const auto confidence = [&](int i) {
        const float *row = probabilities.data() + std::int64_t(i) * 2;
        return std::max(row[0], row[1]);
    };
    const auto agreesWithTeacher = [&](int i) {
        const float *row = probabilities.data() + std::int64_t(i) * 2;
        return (row[1] > row[0] ? 1 : 0) == data.candidates[size_t(i)].front();
    };
    // The teacher's agreement with the student on the most confident tenth of `among`; -1 when
    // they are too few.
    const auto anchorAgreement = [&](std::vector<int> among) {
        const size_t anchors = among.size() / kAnchorShareDenominator;
        if (anchors < kMinimumAnchors)
            return -1.0;
        std::nth_element(among.begin(), among.begin() + std::ptrdiff_t(anchors), among.end(),
                         [&](int a, int b) {
                             const float ca = confidence(a), cb = confidence(b);
                             return ca != cb ? ca > cb : a < b;
                         });
        const auto agree = std::count_if(among.begin(), among.begin() + std::ptrdiff_t(anchors),
                                         agreesWithTeacher);
        return double(agree) / double(anchors);
    };
    const double pooled = anchorAgreement(rows);
    if (pooled <= kMinimumAnchorAgreement)
        return std::nullopt;
    // The anchors are right only if the student's confidence means something: then it agrees
    // with the teacher markedly more on them than on the pool (MR: 0.74 against 0.61). A student
    // whose confidence says nothing agrees as often everywhere, and reading its anchors as right
    // would take a 57 % agreement for a 57 % teacher.
    const double poolAgreement =
        double(std::count_if(rows.begin(), rows.end(), agreesWithTeacher)) / double(rows.size());
    if (pooled - 0.5 < kAnchorLift * (poolAgreement - 0.5))
        return std::nullopt;
    TeacherReliability r = initialReliability();
    for (int s = 0; s < 2; ++s) {
        std::vector<int> ofSize;
        for (const int i : rows)
            if (sizeBucket(data.candidates[size_t(i)].size()) == s)
                ofSize.push_back(i);
        double agreement = anchorAgreement(ofSize);
        if (agreement <= kMinimumAnchorAgreement)
            agreement = pooled;
        agreement = std::min(agreement, kMaximumAnchorAgreement);
        r.rank[s][0] = agreement;
        if (s == 0)
            r.outside[0] = 1 - agreement;
        else
            r.rank[1][1] = 1 - agreement;
    }
    r.outside[1] = 0;
    r.uninformed = 0;
    r.denoisesStudent = true;
    r.logLikelihood = -1e300;
    for (const double temperature : kTemperatures) {
        double likelihood = 0;
        for (const int i : rows)
            likelihood += std::log(temperedFirst(probabilities.data() + std::int64_t(i) * 2,
                                                 data.candidates[size_t(i)].front(), temperature));
        likelihood /= std::max<double>(double(rows.size()), 1.0);
        if (likelihood > r.logLikelihood) {
            r.logLikelihood = likelihood;
            r.temperature = temperature;
        }
    }
    return r;
}

} // namespace

bool TeacherReliability::strongTeacher(const DistillationData &data) const
{
    return firstCandidateCorrect(data) >= kStrongTeacher;
}

TeacherReliability estimateTeacherReliability(const DistillationData &data,
                                              const std::vector<float> &probabilities)
{
    if (data.numClasses == 2)
        if (std::optional<TeacherReliability> binary = binaryReliability(data, probabilities))
            return *binary;
    // The student's probabilities are rarely calibrated (a from-scratch student trained to
    // convergence is over-confident); the temperature that makes the teacher's sets most likely
    // under the student is the calibration the posterior needs.
    TeacherReliability best;
    double bestLikelihood = -1e300;
    const double uninformed = uninformedShare(data, probabilities);
    for (const double temperature : {0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0}) {
        TeacherReliability r = initialReliability();
        r.temperature = temperature;
        r.uninformed = uninformed;
        const double likelihood = fit(data, probabilities, r);
        if (likelihood > bestLikelihood) {
            bestLikelihood = likelihood;
            best = r;
            best.logLikelihood = likelihood;
        }
    }
    return best;
}

std::vector<float> teacherPosteriors(const DistillationData &data,
                                     const std::vector<float> &probabilities,
                                     const TeacherReliability &reliability)
{
    const int n = data.size();
    const int c = data.numClasses;
    std::vector<float> posteriors(size_t(n) * size_t(c));
    std::vector<double> tempered(static_cast<size_t>(c)), student(static_cast<size_t>(c));
    std::vector<float> prior(static_cast<size_t>(c));
    const bool strong = reliability.strongTeacher(data);
    for (int i = 0; i < n; ++i) {
        temper(probabilities.data() + std::int64_t(i) * c, c, reliability.temperature,
               student.data());
        calibrate(student.data(), c, reliability.uninformed, tempered.data());
        reliability.prior(data, i, prior.data());
        const auto &candidates = data.candidates[size_t(i)];
        if (reliability.denoisesStudent && c == 2 && informative(data, i)) {
            // The student estimates q = P(teacher says `first` | text) = t p + (1 - t)(1 - p),
            // with p = P(first is right | text) and t the first candidate's reliability: solved
            // for p, then weighed by this sample's own answer.
            const int first = candidates.front();
            const double t = prior[size_t(first)] / (prior[0] + prior[1]);
            const double q = temperedFirst(probabilities.data() + std::int64_t(i) * c, first,
                                           reliability.temperature);
            const double p = std::clamp((q - (1 - t)) / (2 * t - 1), 0.0, 1.0);
            const double right = p * t / (p * t + (1 - p) * (1 - t));
            float *row = posteriors.data() + std::int64_t(i) * c;
            row[first] = float(right);
            row[1 - first] = float(1 - right);
            if (!strong || candidates.size() < 2)
                continue;
        }
        double total = 0;
        for (int j = 0; j < c; ++j)
            total += tempered[size_t(j)] * prior[size_t(j)];
        float *row = posteriors.data() + std::int64_t(i) * c;
        for (int j = 0; j < c; ++j)
            row[j] = total > 0 ? float(tempered[size_t(j)] * prior[size_t(j)] / total)
                               : float(tempered[size_t(j)]);
        if (strong && informative(data, i) && candidates.size() > 1) {
            // A strong teacher's order within its set: the student only decides whether the
            // label leaves the set.
            double inside = 0, weights = 0;
            for (const int j : candidates)
                inside += row[j];
            for (size_t k = 0; k < candidates.size(); ++k)
                weights += std::pow(kStrongTeacherRankDecay, double(k));
            for (size_t k = 0; k < candidates.size(); ++k)
                row[candidates[k]] =
                    float(inside * std::pow(kStrongTeacherRankDecay, double(k)) / weights);
        }
    }
    return posteriors;
}

} // namespace candist
