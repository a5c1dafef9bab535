#pragma once

#include <memory>
#include <unordered_map>

#include <QElapsedTimer>
#include <QStringList>
#include <QVector>

#include "model/annotation.h"
#include "model/progress.h"
#include "teacher/request_scheduler.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_work_list.h"

namespace candist {

class GeneratedPool;
class TeachSession;

// A live run (TeacherRun::run, TeacherRun::generatePool): takes work from the session's work list
// a window at a time, asks its questions through the request scheduler, turns the answers into
// results (re-asking an unreadable one once) and saves them in batches; cancellation and a
// stopped scheduler end it after the answers on their way are saved.
class AnnotationRun
{
public:
    // `pool`: where GeneratePool's examples go (null for Annotate and Select).
    AnnotationRun(TeachSession &session, const ProgressCallback &progress,
                  const CancellationFlag &cancel, GeneratedPool *pool = nullptr);
    ~AnnotationRun();

    // Throws Error when the run stopped (refused key, circuit breaker), after saving.
    TeacherRunSummary run();

private:
    // A piece of work on its way: the conversation so far and the answers gathered.
    struct Item
    {
        TeacherWork work;
        QVector<ChatMessage> messages;
        QVector<QVector<int>> answers;
        QStringList rawAnswers;
        int outstanding = 0; // requests not answered yet
        bool reasked = false;
        int promptTokens = 0;
        int completionTokens = 0;
        int latencyMs = 0;
    };

    void admit();
    void ask(quint64 id, Item &item, const std::vector<float> *embedding);
    void onAnswered(TeacherRequest &&request, const TeacherAnswer &answer);
    void onFailed(TeacherRequest &&request, const QString &reason);
    void onPoolEmbeddings(const TeacherAnswer &answer);
    void onSampleEmbeddings(const TeacherRequest &request, const TeacherAnswer &answer);
    void onChatAnswer(quint64 id, Item &item, const TeacherRequest &request,
                      const ChatCompletion &completion);
    void finishItem(quint64 id, Item &item);
    void failItem(quint64 id, const QString &reason);
    void countFinished();
    void record(const TeacherResult &result);
    void flush(bool force);
    void report(bool force);
    QString redact(const QString &text) const;

    TeachSession &m_session;
    const TeacherSettings &m_settings;
    const CancellationFlag &m_cancel;
    GeneratedPool *m_pool;
    ProgressMeter m_meter;
    TeacherRunSummary m_summary;
    QString m_key;
    std::unique_ptr<RequestScheduler> m_scheduler;

    std::unordered_map<quint64, Item> m_items;
    quint64 m_nextItemId = 1;
    QVector<quint64> m_awaitingEmbedding;
    bool m_poolReady = true; // the few-shot pool's embeddings have arrived (or are not needed)
    bool m_noMoreWork = false;
    qint64 m_finished = 0;

    QVector<TeacherResult> m_batch;
    QElapsedTimer m_sinceFlush;
};

} // namespace candist
