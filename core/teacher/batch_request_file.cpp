#include "teacher/batch_request_file.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "model/error.h"
#include "store/project_store.h"
#include "teacher/prompt_builder.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::tr;

namespace {

const QLatin1Char kSeparator('#');
constexpr int kGuardLength = 16;

} // namespace

QString BatchCustomId::toString() const
{
    return sampleId + kSeparator + QString::number(slot) + kSeparator + guard;
}

std::optional<BatchCustomId> BatchCustomId::parse(const QString &text)
{
    // Split from the right: a sample id may itself contain '#'.
    const qsizetype guardAt = text.lastIndexOf(kSeparator);
    if (guardAt <= 0)
        return std::nullopt;
    const qsizetype slotAt = text.lastIndexOf(kSeparator, guardAt - 1);
    if (slotAt <= 0)
        return std::nullopt;
    BatchCustomId id;
    id.sampleId = text.left(slotAt);
    bool ok = false;
    id.slot = text.mid(slotAt + 1, guardAt - slotAt - 1).toInt(&ok);
    id.guard = text.mid(guardAt + 1);
    if (!ok || id.slot < 0 || id.guard.size() != kGuardLength)
        return std::nullopt;
    return id;
}

QString BatchCustomId::guardOf(const QString &cacheKey)
{
    return cacheKey.left(kGuardLength);
}

BatchRequestFileSummary BatchRequestFile::write(ProjectStore &store,
                                                const TeacherSettings &settings,
                                                const QString &path,
                                                const TeacherRunOptions &options)
{
    BatchRequestFileSummary summary;
    summary.estimate = TeacherRun::estimate(store, settings, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
    QSet<QString> samples;
    TeacherRun::planRequests(
        store, settings,
        [&](const PlannedChatRequest &request) {
            if (request.cached) {
                ++summary.cachedRequests;
                return;
            }
            const BatchCustomId id{request.sample.id, request.slot,
                                   BatchCustomId::guardOf(request.cacheKey)};
            const QJsonObject body =
                QJsonDocument::fromJson(chatCompletionBody(settings, request.messages, request.n))
                    .object();
            const QJsonObject line{{QStringLiteral("custom_id"), id.toString()},
                                   {QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("url"), QStringLiteral("/v1/chat/completions")},
                                   {QStringLiteral("body"), body}};
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
            file.write("\n");
            ++summary.requests;
            samples.insert(request.sample.id);
        },
        nullptr, options);
    summary.samples = samples.size();
    if (!file.commit())
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace candist
