#include "review_fixture.h"

#include <algorithm>

#include <QJsonObject>

#include "store/project_store.h"

namespace candist::test {

namespace {

struct Spec
{
    QVector<int> candidates; // empty: the teacher's answer was unreadable
    std::vector<float> probabilities;
};

// Ten samples over labels A, B, C (hotkeys 1, 2, 3) with teacher candidate sets and student
// probabilities chosen so that every review signal occurs once or more.
const QVector<Spec> kSpecs = {
    {{0, 1}, {0.46f, 0.42f, 0.12f}}, // narrow margin, student agrees
    {{1}, {0.20f, 0.30f, 0.50f}},    // student leaves the set, unsure
    {{2}, {0.03f, 0.02f, 0.95f}},    // confident agreement
    {{0, 2}, {0.34f, 0.33f, 0.33f}}, // maximal entropy, two candidates
    {{}, {0.60f, 0.30f, 0.10f}},     // parse failure
    {{1, 0}, {0.10f, 0.85f, 0.05f}}, // agreement, two candidates
    {{0}, {0.90f, 0.05f, 0.05f}},    {{1}, {0.05f, 0.90f, 0.05f}},
    {{2, 1}, {0.05f, 0.40f, 0.55f}}, // two candidates, moderate margin
    {{0}, {0.02f, 0.97f, 0.01f}},    // confident overrule
};

} // namespace

LabelSchema abcSchema()
{
    QVector<Label> labels;
    for (const char *name : {"A", "B", "C"}) {
        Label label;
        label.name = QLatin1String(name);
        labels << label;
    }
    LabelSchema schema(labels);
    schema.assignDefaults();
    return schema;
}

void writeReviewProject(const QString &path)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.setLabelSchema(abcSchema());
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    QVector<TeacherResult> teacher;
    QVector<StudentResult> student;
    for (int i = 0; i < kSpecs.size(); ++i) {
        const SampleRow row = inserter.insert(QStringLiteral("s%1").arg(i),
                                              QStringLiteral("sample text number %1").arg(i),
                                              QString(), std::nullopt);
        TeacherResult t;
        t.row = row;
        t.strategy = QStringLiteral("ca_add");
        t.candidates = kSpecs.at(i).candidates;
        t.status = t.candidates.isEmpty() ? TeacherStatus::ParseFailed : TeacherStatus::Ok;
        t.rawResponse = QStringLiteral("answer");
        teacher << t;
        StudentResult s;
        s.row = row;
        s.probabilities = kSpecs.at(i).probabilities;
        s.predicted = int(std::max_element(s.probabilities.begin(), s.probabilities.end()) -
                          s.probabilities.begin());
        s.confidence = s.probabilities[size_t(s.predicted)];
        if (!t.candidates.isEmpty() && !t.candidates.contains(s.predicted))
            s.flags = s.confidence >= 0.9f ? quint8(InOut | InHc) : quint8(InOut);
        student << s;
    }
    transaction.commit();
    store.saveTeacherResults(teacher);
    const qint64 run = store.beginRun(QStringLiteral("candist"), QJsonObject());
    store.saveStudentResults(run, student);
    store.finishRun(run, QStringLiteral("finished"), QJsonObject());
}

} // namespace candist::test
