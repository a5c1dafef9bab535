#include <QJsonDocument>

#include "cli_support.h"
#include "command_registry.h"
#include "model/error.h"
#include "review/review_ranker.h"
#include "store/project_store.h"
#include "student/distiller.h"
#include "student/word_vector_choice.h"

namespace candist::cli {

namespace {

struct Switch
{
    const char *name;
    const char *help;
    bool RefineryOptions::*member;
};

const Switch kSwitches[] = {
    {"no-ren", "Ablation: keep the initial target (no renormalisation).",
     &RefineryOptions::renormalise},
    {"no-out", "Ablation: no out-of-candidate filter.", &RefineryOptions::outFilter},
    {"no-sharpen", "Ablation: no sharpening of small-loss targets.", &RefineryOptions::sharpen},
    {"no-classwise", "Ablation: global instead of class-wise small-loss selection.",
     &RefineryOptions::classwise},
    {"no-hc", "Ablation: no high-confidence out-of-candidate targets.",
     &RefineryOptions::highConfidence},
    {"no-aux", "Ablation: no consistency or mixup losses.", &RefineryOptions::auxiliary},
};

} // namespace

int runDistill(const QStringList &arguments)
{
    const DistillationOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the student on the project's teacher candidates and write its labels.\n"
        "Methods: candist (Distribution Refinery), single (teacher's first label), vanilla "
        "(uniform over candidates), gold (supervised reference; needs gold)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("The .candist project."));
    parser.addPositionalArgument(QStringLiteral("RUN"),
                                 QStringLiteral("With --resume: the run to continue (default: the "
                                                "latest interrupted one)."),
                                 QStringLiteral("[RUN]"));
    parser.addOptions({
        {QStringLiteral("method"), QStringLiteral("candist, single, vanilla or gold."),
         QStringLiteral("name"), QStringLiteral("candist")},
        {QStringLiteral("epochs"),
         QStringLiteral("Training epochs (default %1).").arg(defaults.epochs), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("threads"),
         QStringLiteral("CPU threads; 0 = all cores (default). Changes speed, never results."),
         QStringLiteral("N")},
        {QStringLiteral("parallel-batches"),
         QStringLiteral("Batches trained from the same parameters per round (hashed student); "
                        "0 = automatic from the pool size (default), 1 = sequential SGD."),
         QStringLiteral("N")},
        {QStringLiteral("checkpoint-interval"),
         QStringLiteral("Seconds between resume checkpoints (default %1; 0 = every epoch).")
             .arg(defaults.checkpointIntervalSeconds),
         QStringLiteral("S")},
        {QStringLiteral("resume"),
         QStringLiteral("Continue an interrupted run from its last checkpoint with its stored "
                        "options (only --threads and --json apply).")},
        {QStringLiteral("batch-size"), QStringLiteral("Batch size; 0 = automatic (default)."),
         QStringLiteral("N")},
        {QStringLiteral("final-label"),
         QStringLiteral("posterior (default: the student's calibrated opinion combined with the "
                        "teacher's reliability by rank, both estimated from the pool), confident "
                        "(within the candidates unless the student is more than tau sure of "
                        "another label), all (the paper: argmax over all labels) or candidates."),
         QStringLiteral("policy")},
        {QStringLiteral("no-selection"),
         QStringLiteral("candist: train the options as given instead of letting held-out students "
                        "choose the initial target and stopping epoch and label the pool (about 3x "
                        "faster, weaker with a weak teacher).")},
        {QStringLiteral("cross-fit"),
         QStringLiteral("Label the pool with K students, each trained without one K-th of it "
                        "(K times the training); 0 = off (default). Pays with noisy human "
                        "labels, not with a strong LLM teacher (docs/student.md)."),
         QStringLiteral("K")},
        {QStringLiteral("initial-target"),
         QStringLiteral("auto (default: chosen on held-out students; ranked with --no-selection), "
                        "ranked (teacher order/votes) or uniform (the paper)."),
         QStringLiteral("kind")},
        {QStringLiteral("warmup"),
         QStringLiteral("measured (default: until the in-candidate share stops rising) or a fixed "
                        "number of epochs."),
         QStringLiteral("measured|N")},
        {QStringLiteral("delta"), QStringLiteral("Small-loss fraction (default 0.5)."),
         QStringLiteral("x")},
        {QStringLiteral("tau"), QStringLiteral("High-confidence threshold (default 0.95)."),
         QStringLiteral("x")},
        {QStringLiteral("encoder"),
         QStringLiteral("TorchScript encoder file: fine-tune it instead of the hashed n-gram "
                        "student (needs --vocab)."),
         QStringLiteral("file")},
        {QStringLiteral("vocab"), QStringLiteral("WordPiece vocab.txt of the encoder."),
         QStringLiteral("file")},
        {QStringLiteral("device"), QStringLiteral("cpu or cuda (TorchScript student)."),
         QStringLiteral("device")},
        {QStringLiteral("word-vectors"),
         QStringLiteral("Pretrained word vectors for the hashed student: a .cdv file, or none. "
                        "Default: $CANDIST_WORD_VECTORS, else the vectors scripts/setup "
                        "installed. With --resume: must be the ones the run trained with."),
         QStringLiteral("file|none")},
        {QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")},
    });
    for (const Switch &entry : kSwitches)
        parser.addOption({QLatin1String(entry.name), QLatin1String(entry.help)});
    parseArguments(parser, arguments, 1, 2);
    const bool resume = parser.isSet(QStringLiteral("resume"));
    if (resume) {
        const QStringList allowed{QStringLiteral("resume"), QStringLiteral("threads"),
                                  QStringLiteral("word-vectors"), QStringLiteral("json")};
        for (const QString &name : parser.optionNames())
            if (!allowed.contains(name))
                throw UsageError(QStringLiteral("--resume continues with the run's stored options; "
                                                "--%1 cannot be combined with it (only --threads, "
                                                "--word-vectors and --json)")
                                     .arg(name));
    } else if (parser.positionalArguments().size() > 1) {
        throw UsageError(QStringLiteral("a RUN argument needs --resume"));
    }

    DistillationOptions options;
    try {
        options.method = methodFromName(parser.value(QStringLiteral("method")));
    } catch (const Error &error) {
        throw UsageError(error.message());
    }
    options.epochs = intValue(parser, QStringLiteral("epochs"), options.epochs, 1, 10000);
    options.seed = quint64(intValue(parser, QStringLiteral("seed"), 1, 0, 2147483647));
    options.threads = intValue(parser, QStringLiteral("threads"), 0, 0, 1024);
    options.parallelBatches =
        intValue(parser, QStringLiteral("parallel-batches"), options.parallelBatches, 0, 256);
    options.checkpointIntervalSeconds = doubleValue(parser, QStringLiteral("checkpoint-interval"),
                                                    options.checkpointIntervalSeconds, 0, 1e9);
    options.batchSize = intValue(parser, QStringLiteral("batch-size"), options.batchSize, 0, 65536);
    options.crossFitFolds = intValue(parser, QStringLiteral("cross-fit"), 0, 0, 20);
    if (options.crossFitFolds == 1)
        throw UsageError(QStringLiteral("--cross-fit needs at least 2 folds (0 switches it off)"));
    if (parser.isSet(QStringLiteral("no-selection")))
        options.selection = ConfigurationSelection::None;
    RefineryOptions &r = options.refinery;
    r.smallLossFraction =
        doubleValue(parser, QStringLiteral("delta"), r.smallLossFraction, 0.01, 1);
    r.confidenceThreshold =
        doubleValue(parser, QStringLiteral("tau"), r.confidenceThreshold, 0.01, 1);
    for (const Switch &entry : kSwitches)
        if (parser.isSet(QLatin1String(entry.name)))
            r.*entry.member = false;
    if (parser.isSet(QStringLiteral("final-label"))) {
        const QString policy = parser.value(QStringLiteral("final-label"));
        if (policy == QLatin1String("all"))
            options.finalLabel = FinalLabelPolicy::AllLabels;
        else if (policy == QLatin1String("candidates"))
            options.finalLabel = FinalLabelPolicy::WithinCandidates;
        else if (policy == QLatin1String("confident"))
            options.finalLabel = FinalLabelPolicy::ConfidentOverrule;
        else if (policy == QLatin1String("posterior"))
            options.finalLabel = FinalLabelPolicy::Posterior;
        else
            throw UsageError(
                QStringLiteral("--final-label must be posterior, all, candidates or confident"));
    }
    if (parser.isSet(QStringLiteral("initial-target"))) {
        const QString kind = parser.value(QStringLiteral("initial-target"));
        if (kind == QLatin1String("ranked"))
            r.initialTarget = InitialTarget::Ranked;
        else if (kind == QLatin1String("uniform"))
            r.initialTarget = InitialTarget::Uniform;
        else if (kind == QLatin1String("auto"))
            r.initialTarget = InitialTarget::Auto;
        else
            throw UsageError(QStringLiteral("--initial-target must be auto, ranked or uniform"));
    }
    if (parser.isSet(QStringLiteral("warmup"))) {
        const QString warmup = parser.value(QStringLiteral("warmup"));
        bool ok = false;
        const int epochs = warmup.toInt(&ok);
        if (warmup == QLatin1String("measured")) {
            r.warmupEnd = WarmupEnd::Measured;
        } else if (ok && epochs >= 0) {
            r.warmupEnd = WarmupEnd::Fixed;
            r.warmupEpochs = epochs;
        } else {
            throw UsageError(QStringLiteral("--warmup must be measured or a number of epochs"));
        }
    }
    if (parser.isSet(QStringLiteral("encoder")) || parser.isSet(QStringLiteral("vocab"))) {
        options.student = StudentKind::TorchScript;
        options.script.encoderPath = requiredValue(parser, QStringLiteral("encoder"));
        options.script.vocabPath = requiredValue(parser, QStringLiteral("vocab"));
        if (parser.isSet(QStringLiteral("device")))
            options.script.device = parser.value(QStringLiteral("device"));
    }
    try {
        options.validate();
    } catch (const Error &error) {
        throw UsageError(error.message());
    }

    std::optional<qint64> run;
    if (parser.positionalArguments().size() > 1) {
        bool ok = false;
        run = parser.positionalArguments().at(1).toLongLong(&ok);
        if (!ok || *run <= 0)
            throw UsageError(QStringLiteral("RUN must be a run number, got \"%1\"")
                                 .arg(parser.positionalArguments().at(1)));
    }
    std::optional<int> threads;
    if (parser.isSet(QStringLiteral("threads")))
        threads = options.threads;

    const QString requestedVectors = parser.value(QStringLiteral("word-vectors"));
    if (parser.isSet(QStringLiteral("word-vectors")) && requestedVectors.isEmpty())
        throw UsageError(QStringLiteral("--word-vectors needs a file or \"none\""));
    if (!resume && options.student == StudentKind::HashedBag) {
        const WordVectorChoice vectors = resolveWordVectors(requestedVectors);
        if (!vectors.notice.isEmpty())
            err() << "candist-cli: " << vectors.notice << "\n";
        options.bag.wordVectors.path = vectors.path;
    }

    ProjectStore store(parser.positionalArguments().at(0));
    const bool json = parser.isSet(QStringLiteral("json"));
    const EpochCallback onEpoch = [&](const EpochMetrics &m) {
        if (json)
            return;
        QString line = QStringLiteral("epoch %1%2 loss %3 D_out %4% D_hc %5% D_sl %6% conf %7 "
                                      "teacher-agree %8%")
                           .arg(m.epoch)
                           .arg(m.warmup ? QStringLiteral(" (warm-up)") : QString())
                           .arg(m.loss, 0, 'f', 4)
                           .arg(100 * m.shareOut, 0, 'f', 1)
                           .arg(100 * m.shareHc, 0, 'f', 1)
                           .arg(100 * m.shareSl, 0, 'f', 1)
                           .arg(m.meanConfidence, 0, 'f', 3)
                           .arg(100 * m.teacherAgreement, 0, 'f', 1);
        if (m.poolAccuracy)
            line += QStringLiteral(" pool-acc %1%").arg(100 * *m.poolAccuracy, 0, 'f', 2);
        err() << line << "\n";
        err().flush();
    };
    const DistillationSummary summary = runWithProgress(
        QStringLiteral("distill"), [&](const ProgressCallback &progress, CancellationFlag &cancel) {
            if (!resume)
                return Distiller::run(store, options, {}, onEpoch, progress, &cancel);
            return Distiller::resume(store, run, threads, {}, onEpoch, progress, &cancel,
                                     requestedVectors);
        });
    // The review queue (window and `review`) reads stored scores: store them for the new results.
    ReviewRanker(ReviewWeights::ofProject(store)).ensureStoredScores(store);
    if (json) {
        out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    } else {
        out() << QStringLiteral("run %1 %2 after %3 epochs (warm-up %4) in %5 s")
                     .arg(summary.runId)
                     .arg(summary.status)
                     .arg(summary.epochs)
                     .arg(summary.warmupEpochs)
                     .arg(summary.seconds, 0, 'f', 1);
        if (summary.poolAccuracy)
            out() << QStringLiteral(", pool accuracy %1%")
                         .arg(100 * *summary.poolAccuracy, 0, 'f', 2);
        out() << QStringLiteral(", word vectors: %1")
                     .arg(summary.wordVectors.isEmpty() ? QStringLiteral("none")
                                                        : summary.wordVectors);
        if (summary.stale)
            out() << "; stale: the teacher results or human labels changed during the run, "
                     "distil again";
        out() << "\n";
    }
    return summary.status == QLatin1String("cancelled") ? 130 : 0;
}

} // namespace candist::cli
