#include "student/student_evaluation.h"

#include <QDir>

#include "model/error.h"
#include "store/project_store.h"
#include "student/distillation_engine.h"
#include "student/distiller.h"
#include "student/student_text.h"
#include "student/word_vector_choice.h"

namespace candist {

ClassificationReport evaluateLatestRun(ProjectStore &store, const QStringList &texts,
                                       const std::vector<int> &gold, const QString &wordVectors)
{
    const QVector<DistillationRunInfo> runs = store.runs();
    const DistillationRunInfo *latest = nullptr;
    for (const DistillationRunInfo &run : runs)
        if (run.status == QLatin1String("finished") && (!latest || run.id > latest->id))
            latest = &run;
    if (!latest)
        throw Error(
            Error::Kind::BadInput, {store.path()},
            StudentText::tr("no finished distillation run to evaluate; run 'candist-cli distill' "
                            "first"));
    const QString directory = Distiller::checkpointDirectory(store, latest->id);
    if (!QDir(directory).exists())
        throw Error(Error::Kind::BadInput, {directory},
                    StudentText::tr("the checkpoint of run %1 is missing").arg(latest->id));
    DistillationOptions options = DistillationOptions::fromJson(latest->parameters);
    options.bag.wordVectors = wordVectorsForRun(options.bag.wordVectors, wordVectors,
                                                QStringLiteral("run %1").arg(latest->id));
    const LabelSchema schema = store.labelSchema();
    auto engine = DistillationEngine::loadCheckpoint(directory, options, schema.size());
    const std::vector<float> probabilities = engine->predict(texts);
    const int c = schema.size();
    std::vector<int> predicted(static_cast<size_t>(texts.size()));
    for (size_t i = 0; i < predicted.size(); ++i) {
        const float *row = probabilities.data() + i * size_t(c);
        predicted[i] = int(std::max_element(row, row + c) - row);
    }
    return classificationReport(gold, predicted, schema.names());
}

} // namespace candist
