// candist-cli teach: the teacher stage (candidate annotation by an OpenAI-compatible LLM).
#include <limits>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_support.h"
#include "model/error.h"
#include "model/printable_text.h"
#include "store/project_store.h"
#include "teacher/batch_request_file.h"
#include "teacher/few_shot_pool.h"
#include "teacher/prompt_templates.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_settings.h"
#include "teacher/teacher_settings_resolution.h"

namespace candist::cli {

namespace {

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QLatin1String(name), QLatin1String(description),
                              QLatin1String(valueName));
}

PromptTemplates readTemplates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        throw Error(QStringLiteral("%1: expected a JSON object of templates (%2 at offset %3)")
                        .arg(path, error.errorString())
                        .arg(error.offset));
    }
    return PromptTemplates::fromJson(document.object(), path);
}

TeacherSettingsOverrides overridesFrom(const QCommandLineParser &parser)
{
    TeacherSettingsOverrides overrides;
    const auto text = [&](const char *name, std::optional<QString> &target) {
        if (parser.isSet(QLatin1String(name)))
            target = parser.value(QLatin1String(name));
    };
    const auto integer = [&](const char *name, std::optional<int> &target, int low, int high) {
        if (parser.isSet(QLatin1String(name)))
            target = intValue(parser, QLatin1String(name), 0, low, high);
    };
    const auto number = [&](const char *name, std::optional<double> &target, double low,
                            double high) {
        if (parser.isSet(QLatin1String(name)))
            target = doubleValue(parser, QLatin1String(name), 0, low, high);
    };
    text("endpoint", overrides.endpoint);
    text("model", overrides.model);
    if (parser.isSet(QStringLiteral("strategy"))) {
        overrides.strategy = teacherStrategyFromName(parser.value(QStringLiteral("strategy")));
        if (!overrides.strategy)
            throw UsageError(QStringLiteral("--strategy expects sa, ca_add, ca_all or select"));
    }
    integer("concurrency", overrides.concurrency, 1, 512);
    integer("shots", overrides.shots, 0, 100);
    integer("samples", overrides.samples, 1, 100);
    integer("sc-top", overrides.scTop, 0, 1000);
    number("temperature", overrides.temperature, 0, 2);
    integer("max-tokens", overrides.maxTokens, 1, 1 << 20);
    integer("timeout", overrides.timeoutSeconds, 1, 3600);
    number("price-in", overrides.inputPricePerMillion, 0, 1e6);
    number("price-out", overrides.outputPricePerMillion, 0, 1e6);
    text("api-key-env", overrides.apiKeyEnv);
    text("embedding-model", overrides.embeddingModel);
    if (parser.isSet(QStringLiteral("json-format")))
        overrides.jsonResponseFormat = true;
    if (parser.isSet(QStringLiteral("no-n")))
        overrides.useN = false;
    if (parser.isSet(QStringLiteral("limit")))
        overrides.limit =
            intValue(parser, QStringLiteral("limit"), 0, 0, std::numeric_limits<int>::max());
    return overrides;
}

} // namespace

int runTeach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Asks an OpenAI-compatible endpoint for a (candidate) annotation of every "
                       "sample without a teacher result. Settings are remembered in the project; "
                       "the API key is read from an environment variable or the system keychain "
                       "and never stored. A stopped run resumes where it was; answers are cached, "
                       "so nothing is paid for twice."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("The .candist project."));
    parser.addOptions({
        valueOption("endpoint",
                    "Base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8080/v1.", "URL"),
        valueOption("model", "Model name.", "NAME"),
        valueOption("strategy", "sa, ca_add, ca_all (default) or select.", "S"),
        valueOption("concurrency", "Requests in flight (default 8).", "N"),
        valueOption("shots", "Few-shot demonstrations per prompt (needs a pool).", "K"),
        valueOption("pool", "JSONL few-shot pool {\"text\",\"label\"}; stored in the project.",
                    "FILE"),
        valueOption("samples", "Self-consistency: answers per sample (default 1).", "K"),
        valueOption("sc-top", "Keep the k most voted labels (SC-k); 0 = union (SC-all).", "K"),
        valueOption("temperature", "Sampling temperature (default 0.3).", "T"),
        valueOption("max-tokens", "Answer length limit (default 64).", "N"),
        valueOption("timeout", "Seconds per request (default 60).", "S"),
        valueOption("api-key-env",
                    "Environment variable holding the API key (default OPENAI_API_KEY).", "VAR"),
        valueOption(
            "embedding-model",
            "Pick demonstrations by the endpoint's /embeddings with this model ('' = TF-IDF).",
            "NAME"),
        valueOption("price-in", "Price per 1M prompt tokens (default 0: no cost shown).", "P"),
        valueOption("price-out", "Price per 1M completion tokens (default 0).", "P"),
        valueOption("generate-pool",
                    "Have the LLM write N demonstrations per label first and store them as the "
                    "few-shot pool.",
                    "N"),
        valueOption("templates", "JSON file of prompt templates to store in the project.", "FILE"),
        valueOption("limit", "Annotate at most N samples in this run.", "N"),
        QCommandLineOption(QStringLiteral("json-format"),
                           QStringLiteral("Ask for JSON-object answers (response_format).")),
        QCommandLineOption(QStringLiteral("no-n"),
                           QStringLiteral("Send K separate requests instead of using 'n'.")),
        QCommandLineOption(QStringLiteral("no-keychain"),
                           QStringLiteral("Never ask the system keychain for the key.")),
        QCommandLineOption(QStringLiteral("dry-run"),
                           QStringLiteral("Estimate tokens and cost; send nothing.")),
        valueOption("batch-file",
                    "Write the requests as an OpenAI Batch API input file instead of sending "
                    "them (read the answers back with import-annotations --batch-results).",
                    "OUT.jsonl"),
        valueOption("batch-max-requests",
                    "Requests per batch file (default and maximum 50000, OpenAI's limit); more "
                    "are split into OUT-001.jsonl, OUT-002.jsonl, ...",
                    "N"),
    });
    parseArguments(parser, arguments, 1);

    ProjectStore store(parser.positionalArguments().first());
    if (!hasStoredTeacherSettings(store)) {
        requiredValue(parser, QStringLiteral("endpoint"));
        requiredValue(parser, QStringLiteral("model"));
    }
    TeacherSettings settings = resolveTeacherSettings(store, overridesFrom(parser));
    try {
        settings.validate();
    } catch (const Error &error) {
        throw UsageError(error.message());
    }

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    TeacherRunOptions options;
    options.useKeychain = !parser.isSet(QStringLiteral("no-keychain"));
    if (parser.isSet(QStringLiteral("templates")))
        options.templates = readTemplates(parser.value(QStringLiteral("templates")));
    if (parser.isSet(QStringLiteral("pool"))) {
        options.fewShotPool =
            FewShotPool::readJsonl(parser.value(QStringLiteral("pool")), store.labelSchema());
    }
    const QString batchFile = parser.value(QStringLiteral("batch-file"));
    if (batchFile.isEmpty() && parser.isSet(QStringLiteral("batch-max-requests")))
        throw UsageError(QStringLiteral("--batch-max-requests needs --batch-file"));
    BatchFileLimits limits;
    limits.maxRequests = intValue(parser, QStringLiteral("batch-max-requests"),
                                  int(limits.maxRequests), 1, int(limits.maxRequests));
    if (!batchFile.isEmpty() && (dryRun || parser.isSet(QStringLiteral("generate-pool")))) {
        throw UsageError(
            QStringLiteral("--batch-file cannot be combined with --dry-run or --generate-pool"));
    }

    if (dryRun) {
        // A dry run changes nothing in the project: new settings, templates and pool are only
        // used for the estimate.
        const TeacherRunSummary estimate = TeacherRun::estimate(store, settings, options);
        out() << estimate.toText();
        out() << "prompt tokens are estimated at ~4 bytes per token; nothing was sent.\n";
        out().flush();
        return 0;
    }

    // The project remembers its teacher configuration (never the key); --limit is per run.
    saveTeacherSettings(store, settings);
    if (options.templates)
        options.templates->save(store);
    if (options.fewShotPool)
        FewShotPool::save(store, *options.fewShotPool);

    if (!batchFile.isEmpty()) {
        const BatchRequestFileSummary written =
            runWithProgress(QStringLiteral("batch file"),
                            [&](const ProgressCallback &progress, CancellationFlag &cancel) {
                                return BatchRequestFile::write(store, settings, batchFile, options,
                                                               limits, progress, &cancel);
                            });
        if (written.cancelled) {
            err() << QStringLiteral("candist-cli teach: %1: cancelled; nothing was written\n")
                         .arg(batchFile);
            return 130;
        }
        out() << QStringLiteral("wrote %1 requests for %2 samples (%3 answers already cached "
                                "were left out: teach reads them for free)\n")
                     .arg(written.requests)
                     .arg(written.samples)
                     .arg(written.cachedRequests);
        for (qsizetype i = 0; i < written.files.size(); ++i) {
            out() << QStringLiteral("  %1: %2 requests\n")
                         .arg(written.files[i])
                         .arg(written.requestsPerFile[i]);
        }
        out() << written.estimate.toText();
        out() << "tokens are estimated at ~4 bytes per token, priced with --price-in/--price-out "
                 "(pass the Batch API prices).\n";
        out() << "after the batch: candist-cli import-annotations PROJECT --batch-results "
                 "OUTPUT.jsonl\n";
        out().flush();
        return 0;
    }

    CancellationFlag cancel;
    InterruptGuard guard(cancel);
    options.notice = [](const QString &notice) {
        err() << "note: " << escapeControlCharacters(notice) << "\n";
        err().flush();
    };
    if (parser.isSet(QStringLiteral("generate-pool"))) {
        const int perLabel = intValue(parser, QStringLiteral("generate-pool"), 10, 1, 1000);
        ProgressPrinter poolPrinter(QStringLiteral("pool"));
        TeacherRunSummary poolSummary;
        const QVector<FewShotExample> pool = TeacherRun::generatePool(
            store, settings, perLabel, [&](const ProgressUpdate &update) { poolPrinter(update); },
            cancel, options, &poolSummary);
        poolPrinter.finish();
        if (poolSummary.cancelled)
            return 130;
        FewShotPool::save(store, pool);
        options.fewShotPool = pool;
        out() << "few-shot pool: " << pool.size() << " demonstrations written by the model ("
              << poolSummary.parseFailed << " labels without a usable answer)\n";
        out().flush();
    }
    ProgressPrinter printer(QStringLiteral("teach"));
    TeacherRunSummary summary;
    try {
        summary = TeacherRun::run(
            store, settings, [&](const ProgressUpdate &update) { printer(update); }, cancel,
            options);
    } catch (...) {
        printer.finish();
        throw;
    }
    printer.finish();
    out() << escapeControlCharacters(summary.toText()); // quotes the server's error bodies
    out().flush();
    err().flush();
    if (summary.cancelled)
        return 130;
    // A script must tell a dead endpoint from success.
    if (summary.transportFailed > 0 && summary.annotated + summary.parseFailed == 0) {
        err() << "candist-cli teach: every sample failed; the last failure: "
              << escapeControlCharacters(summary.lastFailure) << "\n";
        err().flush();
        return 1;
    }
    return 0;
}

} // namespace candist::cli
