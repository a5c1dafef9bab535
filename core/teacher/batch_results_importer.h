#pragma once

#include <QString>
#include <QStringList>

#include "model/progress.h"

namespace candist {

class ProjectStore;

struct BatchResultsReport
{
    qint64 lines = 0;
    qint64 annotated = 0;       // Ok results
    qint64 parseFailed = 0;     // answered, but no answer named a valid label
    qint64 transportFailed = 0; // a request of the sample failed (error line or non-200 status)
    qint64 incomplete = 0;      // some self-consistency requests missing: left pending
    qint64 cachedAnswers = 0;   // answers written to the response cache
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0; // at the prices in the project's teacher settings
};

// Reads an OpenAI Batch API output file written for a request file of BatchRequestFile and stores
// the teacher's results like a live run would: the answers are parsed by AnswerParser and decided
// by decideCandidates (self-consistency over the slots or the `n` choices of a sample), with the
// strategy of the project's teacher settings, and every answer is cached under the key the live
// client uses, so a later `teach` never pays for these prompts again. No re-ask is possible in a
// batch: an answer without a valid label is stored as ParseFailed.
//
// One transaction: a malformed line, a custom_id naming no sample or a request the project would
// not send now (settings, templates, pool or text changed: the guard differs), or an id given
// twice is an Error "<file>:<line>: ..." and leaves the project unchanged. A partial file is
// fine: samples it does not answer stay pending.
class BatchResultsImporter
{
public:
    static BatchResultsReport run(ProjectStore &store, const QString &path,
                                  const ProgressCallback &progress = {},
                                  const CancellationFlag *cancel = nullptr);

    // Whether a JSONL file whose first object has these keys looks like a Batch API output file
    // (what the window's import wizard uses to tell it from a file of annotations).
    static bool isResultsHeader(const QStringList &keys);
};

} // namespace candist
