#include "demo_project.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include "model/error.h"
#include "store/project_store.h"

namespace candist::demo {

namespace {

const char *const kLabels[][3] = {
    {"ABBR", "Abbreviation: the question asks what an abbreviation stands for", "#4e79a7"},
    {"DESC", "Description: definitions, reasons, manners", "#f28e2b"},
    {"ENTY", "Entity: animals, products, events, colours, other things", "#e15759"},
    {"HUM", "Human: a person, group or organisation", "#76b7b2"},
    {"LOC", "Location: cities, countries, mountains, other places", "#59a14f"},
    {"NUM", "Numeric: dates, counts, sizes, money, percentages", "#edc948"},
};
constexpr int kLabelCount = 6;

const char *const kTemplates[kLabelCount][4] = {
    {"What does %1 stand for?", "What is the abbreviation for %1?", "What is the full form of %1?",
     "%1 is short for what?"},
    {"Why does %1 happen?", "What is %1?", "How does %1 work?", "What is the origin of %1?"},
    {"What kind of animal is %1?", "Which instrument did %1 play?", "What colour is %1?",
     "What is the name of the ship in %1?"},
    {"Who invented %1?", "Who wrote %1?", "Which company makes %1?", "Who was the first to %1?"},
    {"Where is %1?", "What country borders %1?", "In which city was %1 founded?",
     "What is the capital of %1?"},
    {"How many people live in %1?", "When was %1 built?", "How tall is %1?",
     "How much does %1 cost?"},
};
const char *const kFillers[] = {"NASA",
                                "the Eiffel Tower",
                                "photosynthesis",
                                "Mount Fuji",
                                "the telephone",
                                "Hamlet",
                                "a lunar eclipse",
                                "Lake Baikal",
                                "the Titanic",
                                "DNA",
                                "the Great Wall",
                                "jazz",
                                "Brazil",
                                "the printing press",
                                "UNESCO",
                                "a tsunami"};

// Labels that plausibly get confused with each label: the teacher's second guesses.
const int kConfusable[kLabelCount][2] = {{1, 2}, {2, 0}, {1, 3}, {2, 4}, {3, 2}, {1, 2}};

void writeRuns(ProjectStore &store, std::mt19937 &rng, qint64 &studentRun)
{
    struct RunSpec
    {
        const char *method;
        double finalAccuracy;
        double outShare;
    };
    const RunSpec specs[] = {
        {"candist", 0.86, 0.12}, {"single", 0.79, 0.0}, {"candist-no-hig", 0.83, 0.14}};
    std::normal_distribution<double> noise(0.0, 0.006);
    for (const RunSpec &spec : specs) {
        QJsonObject parameters{{QStringLiteral("epochs"), 20}, {QStringLiteral("seed"), 1}};
        const qint64 run = store.beginRun(QString::fromLatin1(spec.method), parameters);
        for (int epoch = 1; epoch <= 20; ++epoch) {
            const double progress = 1.0 - std::exp(-epoch / 5.0);
            const double warm = epoch <= 4 ? 0.0 : 1.0;
            QJsonObject metrics{
                {QStringLiteral("epoch"), epoch},
                {QStringLiteral("warmup"), epoch <= 4},
                {QStringLiteral("loss"),
                 1.5 * std::exp(-epoch / 6.0) + (1.0 - spec.finalAccuracy) * 1.5 + noise(rng)},
                {QStringLiteral("L_dr"), 1.2 * std::exp(-epoch / 5.0) + 0.15 + noise(rng)},
                {QStringLiteral("L_cr_in"), warm * (0.3 * std::exp(-epoch / 8.0) + 0.05)},
                {QStringLiteral("share_out"), warm * spec.outShare * (1.0 - 0.3 * progress)},
                {QStringLiteral("share_hc"), warm * spec.outShare * 0.35 * progress},
                {QStringLiteral("share_sl"), warm * 0.5 * progress},
                {QStringLiteral("teacher_agreement"), 0.55 + 0.35 * progress + noise(rng)},
                {QStringLiteral("pool_accuracy"),
                 0.5 + (spec.finalAccuracy - 0.5) * progress + noise(rng)},
                {QStringLiteral("test_accuracy"),
                 0.48 + (spec.finalAccuracy - 0.52) * progress + noise(rng)}};
            store.saveEpoch(run, epoch, metrics);
        }
        store.finishRun(run, QStringLiteral("finished"),
                        QJsonObject{{QStringLiteral("test_accuracy"), spec.finalAccuracy}});
        if (studentRun == 0)
            studentRun = run;
    }
}

} // namespace

void writeDemoProject(const QString &path, const DemoProjectOptions &options,
                      const ProgressCallback &progress)
{
    if (QFileInfo::exists(path))
        throw Error(
            QStringLiteral("%1 already exists; the demo generator never overwrites").arg(path));
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    QVector<Label> labels;
    for (const auto &label : kLabels)
        labels << Label{QString::fromLatin1(label[0]),
                        QString::fromLatin1(label[1]),
                        {},
                        {},
                        QString::fromLatin1(label[2])};
    LabelSchema schema(labels);
    schema.assignDefaults();
    store.setLabelSchema(schema);

    std::mt19937 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> pickLabel(0, kLabelCount - 1);
    std::uniform_int_distribution<int> pickTemplate(0, 3);
    std::uniform_int_distribution<int> pickFiller(0, int(std::size(kFillers)) - 1);
    std::normal_distribution<double> logitNoise(0.0, 1.0);

    ProgressMeter meter(progress, options.samples);
    constexpr int kBatch = 20000;
    qint64 studentRun = 0;
    ProjectStore::Transaction transaction(store);
    const bool withStudent = options.withTeacher && options.withStudent;
    if (withStudent)
        writeRuns(store, rng, studentRun);
    ProjectStore::SampleInserter inserter(store);
    QVector<TeacherResult> teacherBatch;
    QVector<StudentResult> studentBatch;
    QVector<HumanDecision> humanBatch;
    for (qint64 i = 0; i < options.samples; ++i) {
        const int gold = pickLabel(rng);
        const QString text =
            QString::fromLatin1(kTemplates[gold][pickTemplate(rng)])
                .arg(QString::fromLatin1(kFillers[pickFiller(rng)])) +
            (i % 7 == 0 ? QStringLiteral(" I read about it in an old encyclopedia and I am still "
                                         "not sure about the answer.")
                        : QString());
        const SampleRow row = inserter.insert(
            QStringLiteral("q%1").arg(i + 1, 6, 10, QLatin1Char('0')), text, QString(), gold);

        TeacherResult teacher;
        teacher.row = row;
        teacher.strategy = QStringLiteral("ca_add");
        teacher.promptTokens = 380 + int(unit(rng) * 40);
        teacher.completionTokens = 6 + int(unit(rng) * 8);
        teacher.latencyMs = 300 + int(unit(rng) * 900);
        if (unit(rng) < 0.02) {
            teacher.status = TeacherStatus::ParseFailed;
            teacher.rawResponse = QStringLiteral("I think this could be several things.");
        } else {
            teacher.status = TeacherStatus::Ok;
            const int first = unit(rng) < 0.74 ? gold : kConfusable[gold][unit(rng) < 0.6 ? 0 : 1];
            teacher.candidates << first;
            if (unit(rng) < 0.45) {
                const int second = first == gold ? kConfusable[gold][0] : gold;
                teacher.candidates << second;
                if (unit(rng) < 0.25 && !teacher.candidates.contains(kConfusable[gold][1]))
                    teacher.candidates << kConfusable[gold][1];
            }
            QStringList names;
            for (int candidate : teacher.candidates)
                names << QStringLiteral("\"%1\"").arg(schema.at(candidate).name);
            teacher.rawResponse = QStringLiteral("[%1]").arg(names.join(QStringLiteral(", ")));
        }
        if (options.withTeacher)
            teacherBatch << teacher;

        if (withStudent) {
            std::vector<double> logits(kLabelCount);
            for (int c = 0; c < kLabelCount; ++c)
                logits[size_t(c)] =
                    logitNoise(rng) * 0.8 + (teacher.candidates.contains(c) ? 1.2 : 0);
            logits[size_t(gold)] += 2.0 + unit(rng) * 2.5;
            const double top = *std::max_element(logits.begin(), logits.end());
            double sum = 0;
            for (double &value : logits) {
                value = std::exp(value - top);
                sum += value;
            }
            StudentResult student;
            student.row = row;
            for (double value : logits)
                student.probabilities.push_back(float(value / sum));
            student.predicted =
                int(std::max_element(student.probabilities.begin(), student.probabilities.end()) -
                    student.probabilities.begin());
            student.confidence = student.probabilities[size_t(student.predicted)];
            if (!teacher.candidates.isEmpty() && !teacher.candidates.contains(student.predicted)) {
                student.flags |= InOut;
                if (student.confidence > 0.9)
                    student.flags |= InHc;
            } else if (unit(rng) < 0.5) {
                student.flags |= InSl;
            }
            studentBatch << student;
        }
        if (options.withHuman && unit(rng) < 0.01)
            humanBatch << HumanDecision{
                row, unit(rng) < 0.85 ? HumanAction::Label : HumanAction::Skip, gold, {}};

        if ((i + 1) % kBatch == 0 || i + 1 == options.samples) {
            store.saveTeacherResults(teacherBatch);
            if (!studentBatch.isEmpty())
                store.saveStudentResults(studentRun, studentBatch);
            for (HumanDecision decision : humanBatch) {
                if (decision.action != HumanAction::Label)
                    decision.label = -1;
                store.recordHumanDecision(decision);
            }
            teacherBatch.clear();
            studentBatch.clear();
            humanBatch.clear();
            meter.report(i + 1);
        }
    }
    transaction.commit();
    meter.report(options.samples, QString(), true);
}

void ensureDemoProject(const QString &path, qint64 samples, QTextStream &log)
{
    if (QFileInfo::exists(path))
        return;
    log << "generating " << samples << " samples into " << path << " ..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    DemoProjectOptions options;
    options.samples = samples;
    writeDemoProject(path, options);
    log << "generated in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
}

} // namespace candist::demo
