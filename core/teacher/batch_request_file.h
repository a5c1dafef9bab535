#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QVector>

#include "model/progress.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_settings.h"

namespace candist {

class ProjectStore;

// The OpenAI Batch API: a JSONL file of requests is uploaded and answered within a day at a lower
// price; the answers come back as a JSONL file that BatchResultsImporter reads into the project.
//
// A request's custom_id is "<sample id>#<slot>#<guard>": the sample's id (stable across
// re-imports of the data, unlike row numbers), the self-consistency slot, and the first 16 hex
// digits of the response cache key, which covers the endpoint, model, parameters and the exact
// messages, so an answer is only ever stored for the prompt it was written for.
struct BatchCustomId
{
    QString sampleId;
    int slot = 0;
    QString guard;

    QString toString() const;
    // nullopt when `text` has not the form above.
    static std::optional<BatchCustomId> parse(const QString &text);
    static QString guardOf(const QString &cacheKey);
};

// OpenAI's limits per input file (https://platform.openai.com/docs/api-reference/batch/create).
struct BatchFileLimits
{
    qint64 maxRequests = 50000;
    qint64 maxBytes = 200000000;
};

struct BatchRequestFileSummary
{
    QStringList files; // written, in order; one file when everything fits
    QVector<qint64> requestsPerFile;
    qint64 samples = 0;         // samples with at least one request in the file
    qint64 requests = 0;        // lines written
    qint64 cachedRequests = 0;  // left out: the project's cache already holds their answers
    TeacherRunSummary estimate; // tokens and cost of the requests (a dry run of the same work)
    bool cancelled = false;     // stopped by the cancellation flag: nothing was written
};

// Writes the chat requests a live `teach` would send (TeacherRun::planRequests: same samples,
// limit, prompts, demonstrations and parameters) as a Batch API input file, atomically
// (QSaveFile). Requests whose answers are already cached are left out: `teach` reads them for
// free. When the requests exceed `limits`, they are split at sample boundaries into
// "<name>-001.<ext>", "<name>-002.<ext>", ... (one batch each); all parts are committed together
// at the end. Throws Error when a file cannot be written, a single sample's requests exceed the
// limits, or the settings need a live endpoint. Cancelled, it writes nothing and returns a summary
// with `cancelled` set.
// Progress counts samples.
class BatchRequestFile
{
public:
    static BatchRequestFileSummary write(ProjectStore &store, const TeacherSettings &settings,
                                         const QString &path, const TeacherRunOptions &options = {},
                                         const BatchFileLimits &limits = {},
                                         const ProgressCallback &progress = {},
                                         const CancellationFlag *cancel = nullptr);
};

} // namespace candist
