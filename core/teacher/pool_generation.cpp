#include "teacher/pool_generation.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

#include "model/error.h"
#include "teacher/annotation_run.h"
#include "teacher/teach_session.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

QStringList parseStringList(const QString &answer)
{
    const qsizetype first = answer.indexOf(QLatin1Char('['));
    const qsizetype last = answer.lastIndexOf(QLatin1Char(']'));
    QStringList strings;
    if (first < 0 || last <= first)
        return strings;
    const QJsonArray array =
        QJsonDocument::fromJson(answer.mid(first, last - first + 1).toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            strings << text;
    }
    return strings;
}

bool GeneratedPool::add(int label, const QStringList &answers)
{
    const qsizetype before = m_examples.size();
    for (const QString &answer : answers) {
        for (const QString &text : parseStringList(answer)) {
            const bool known =
                std::any_of(m_examples.cbegin(), m_examples.cend(),
                            [&](const FewShotExample &example) { return example.text == text; });
            if (!known)
                m_examples.append({text, label});
        }
    }
    return m_examples.size() > before;
}

QVector<FewShotExample> generateFewShotPool(ProjectStore &store, const TeacherSettings &settings,
                                            int perLabel, const ProgressCallback &progress,
                                            const CancellationFlag &cancel,
                                            const TeacherRunOptions &options,
                                            TeacherRunSummary *summary)
{
    if (perLabel < 1 || perLabel > 1000)
        throw Error(
            Teacher::tr("examples per label must lie between 1 and 1000, got %1").arg(perLabel));
    // One answer per label, long enough to hold `perLabel` texts.
    TeacherSettings single = settings;
    single.samples = 1;
    single.maxTokens = std::max(settings.maxTokens, 60 * perLabel);
    TeachSession session(store, single, options, perLabel);
    GeneratedPool pool;
    const TeacherRunSummary result = AnnotationRun(session, progress, cancel, &pool).run();
    if (summary)
        *summary = result;
    return pool.examples();
}

} // namespace candist
