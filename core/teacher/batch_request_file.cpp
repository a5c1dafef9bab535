#include "teacher/batch_request_file.h"

#include <memory>
#include <vector>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

#include "model/error.h"
#include "model/file_errors.h"
#include "store/project_store.h"
#include "teacher/prompt_builder.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

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

namespace {

// "<dir>/<name>-<nnn>.<ext>" for part `index` (1-based).
QString partPath(const QString &path, int index)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(QStringLiteral("%1-%2%3")
                                   .arg(info.completeBaseName())
                                   .arg(index, 3, 10, QLatin1Char('0'))
                                   .arg(suffix));
}

// Collects each sample's lines and puts them into the current part, or a new one when they would
// not fit: the requests of one sample never straddle two batches.
class PartWriter
{
public:
    explicit PartWriter(const BatchFileLimits &limits) : m_limits(limits) {}

    void add(const QByteArray &line) { m_group << line; }

    void endSample(const QString &sampleId)
    {
        if (m_group.isEmpty())
            return;
        qint64 bytes = 0;
        for (const QByteArray &line : std::as_const(m_group))
            bytes += line.size();
        if (m_group.size() > m_limits.maxRequests || bytes > m_limits.maxBytes) {
            throw Error(
                Teacher::tr("the %1 requests of sample \"%2\" (%3 bytes) exceed the limits of one "
                            "batch (%4 requests, %5 bytes)")
                    .arg(m_group.size())
                    .arg(sampleId)
                    .arg(bytes)
                    .arg(m_limits.maxRequests)
                    .arg(m_limits.maxBytes));
        }
        if (m_parts.empty() || m_requests.back() + m_group.size() > m_limits.maxRequests ||
            m_bytes.back() + bytes > m_limits.maxBytes) {
            m_parts.push_back(std::make_unique<QTemporaryFile>());
            if (!m_parts.back()->open())
                throw Error(Teacher::tr("cannot create a temporary file: %1")
                                .arg(m_parts.back()->errorString()),
                            Error::Kind::FileSystem);
            m_requests << 0;
            m_bytes << 0;
        }
        for (const QByteArray &line : std::as_const(m_group))
            writeAll(*m_parts.back(), line, m_parts.back()->fileName());
        m_requests.back() += m_group.size();
        m_bytes.back() += bytes;
        m_group.clear();
    }

    // Writes the parts to their final names, each through QSaveFile.
    void commit(const QString &path, BatchRequestFileSummary &summary)
    {
        const int count = std::max(1, int(m_parts.size()));
        std::vector<std::unique_ptr<QSaveFile>> files;
        for (int i = 0; i < count; ++i) {
            const QString target = count == 1 ? path : partPath(path, i + 1);
            files.push_back(std::make_unique<QSaveFile>(target));
            QSaveFile &file = *files.back();
            if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) // errors at the write
                throw Error(Teacher::tr("%1: cannot write: %2").arg(target, file.errorString()),
                            Error::Kind::FileSystem);
            if (i < int(m_parts.size())) {
                m_parts[size_t(i)]->seek(0);
                while (!m_parts[size_t(i)]->atEnd())
                    writeAll(file, m_parts[size_t(i)]->read(1 << 20), target);
            }
            summary.files << target;
            summary.requestsPerFile << (i < m_requests.size() ? m_requests[i] : 0);
        }
        // The old files stay until every new one is complete.
        for (const std::unique_ptr<QSaveFile> &file : files) {
            if (!file->commit())
                throw Error(Teacher::tr("%1: cannot write: %2")
                                .arg(file->fileName(), fileWriteError(*file)),
                            Error::Kind::FileSystem);
        }
    }

private:
    BatchFileLimits m_limits;
    QVector<QByteArray> m_group;
    std::vector<std::unique_ptr<QTemporaryFile>> m_parts;
    QVector<qint64> m_requests;
    QVector<qint64> m_bytes;
};

} // namespace

BatchRequestFileSummary
BatchRequestFile::write(ProjectStore &store, const TeacherSettings &settings, const QString &path,
                        const TeacherRunOptions &options, const BatchFileLimits &limits,
                        const ProgressCallback &progress, const CancellationFlag *cancel)
{
    BatchRequestFileSummary summary;
    summary.estimate = TeacherRun::estimate(store, settings, options);
    ProgressMeter meter(progress, summary.estimate.total);
    qint64 samplesSeen = 0;
    PartWriter parts(limits);
    QString currentSample;
    QString countedSample;
    struct CancelRequested // leaves planRequests between samples; the parts are never committed
    {
    };
    try {
        TeacherRun::planRequests(
            store, settings,
            [&](const PlannedChatRequest &request) {
                if (request.sample.id != currentSample) {
                    if (cancel && cancel->isCancelled())
                        throw CancelRequested{};
                    parts.endSample(currentSample);
                    currentSample = request.sample.id;
                    meter.report(++samplesSeen);
                }
                if (request.cached) {
                    ++summary.cachedRequests;
                    return;
                }
                const BatchCustomId id{request.sample.id, request.slot,
                                       BatchCustomId::guardOf(request.cacheKey)};
                // Assembled by hand so that custom_id comes first (people read these files) and the
                // body is byte for byte what the live client sends.
                const QByteArray quotedId =
                    QJsonDocument(QJsonArray{id.toString()}).toJson(QJsonDocument::Compact).mid(1);
                parts.add("{\"custom_id\":" + quotedId.chopped(1) +
                          ",\"method\":\"POST\",\"url\":\"/v1/chat/completions\",\"body\":" +
                          chatCompletionBody(settings, request.messages, request.n) + "}\n");
                if (request.sample.id != countedSample) {
                    ++summary.samples;
                    countedSample = request.sample.id;
                }
                ++summary.requests;
            },
            nullptr, options);
    } catch (const CancelRequested &) {
        return BatchRequestFileSummary{{}, {}, 0, 0, 0, summary.estimate, true};
    }
    parts.endSample(currentSample);
    parts.commit(path, summary);
    meter.report(samplesSeen, {}, true);
    return summary;
}

} // namespace candist
