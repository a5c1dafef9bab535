#include "synthetic_task.h"

#include <random>

#include "store/project_store.h"

namespace candist::test {

namespace {

QString makeText(int label, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> keyword(0, 11);
    std::uniform_int_distribution<int> filler(0, 39);
    std::uniform_int_distribution<int> other(0, 3);
    QStringList words;
    for (int k = 0; k < 4; ++k)
        words << QStringLiteral("c%1w%2").arg(label).arg(keyword(rng));
    // One keyword of another class makes single texts ambiguous, as in real data.
    words << QStringLiteral("c%1w%2").arg(other(rng)).arg(keyword(rng));
    for (int k = 0; k < 5; ++k)
        words << QStringLiteral("f%1").arg(filler(rng));
    std::shuffle(words.begin(), words.end(), rng);
    return words.join(QLatin1Char(' '));
}

} // namespace

DistillationData makeSyntheticTask(const SyntheticTaskSpec &spec)
{
    std::mt19937 rng(spec.seed);
    std::uniform_int_distribution<int> label(0, 3);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    DistillationData data;
    data.numClasses = 4;
    for (int i = 0; i < spec.samples; ++i) {
        const int gold = label(rng);
        data.texts << makeText(gold, rng);
        data.gold.push_back(gold);
        const int wrong = (gold + 1 + label(rng) % 3) % 4;
        const double draw = unit(rng);
        if (draw < spec.wrongFirstRate)
            data.candidates.push_back({wrong, gold});
        else if (draw < spec.wrongFirstRate + spec.wrongSingletonRate)
            data.candidates.push_back({wrong});
        else if (unit(rng) < 0.3)
            data.candidates.push_back({gold, wrong});
        else
            data.candidates.push_back({gold});
    }
    for (int i = 0; i < spec.testSamples; ++i) {
        const int gold = label(rng);
        data.testTexts << makeText(gold, rng);
        data.testGold.push_back(gold);
    }
    return data;
}

double teacherAccuracy(const DistillationData &data)
{
    int correct = 0;
    for (int i = 0; i < data.size(); ++i)
        correct += !data.candidates[size_t(i)].empty() &&
                   data.candidates[size_t(i)].front() == data.gold[size_t(i)];
    return double(correct) / data.size();
}

// Writes the synthetic task into a new project: samples with gold, teacher candidates (a few
// parse failures), and returns the data used.
DistillationData makeSyntheticProject(const QString &path, int samples)
{
    const DistillationData data = makeSyntheticTask({samples, 200});
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    QVector<Label> labels;
    for (const char *name : {"alpha", "beta", "gamma", "delta"})
        labels.push_back(Label{QLatin1String(name), {}, {}, {}, {}});
    store.setLabelSchema(LabelSchema(labels));
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    QVector<TeacherResult> results;
    for (int i = 0; i < data.size(); ++i) {
        const SampleRow row =
            inserter.insert(QString::number(i + 1), data.texts.at(i), {}, data.gold[size_t(i)]);
        TeacherResult result;
        result.row = row;
        result.strategy = QStringLiteral("imported");
        if (i % 50 == 7) {
            result.status = TeacherStatus::ParseFailed;
        } else {
            result.status = TeacherStatus::Ok;
            for (const int c : data.candidates[size_t(i)])
                result.candidates.push_back(c);
        }
        results.push_back(result);
    }
    transaction.commit();
    store.saveTeacherResults(results);
    return data;
}

} // namespace candist::test
