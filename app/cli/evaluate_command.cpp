#include <QCommandLineParser>
#include <QJsonDocument>

#include "cli_support.h"
#include "io/csv_reader.h"
#include "model/error.h"
#include "store/project_store.h"
#include "student/student_evaluation.h"

namespace candist::cli {

int runEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Classifies a labelled CSV with the latest finished student run and prints accuracy, "
        "macro-F1 and per-class precision/recall/F1. The CSV is only read, never imported."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOptions({
        {QStringLiteral("input"), QStringLiteral("The labelled CSV."), QStringLiteral("file")},
        {QStringLiteral("text-column"), QStringLiteral("Text column (default \"text\")."),
         QStringLiteral("name"), QStringLiteral("text")},
        {QStringLiteral("gold-column"), QStringLiteral("Gold label column."),
         QStringLiteral("name")},
        {QStringLiteral("word-vectors"),
         QStringLiteral("The word vectors the run trained with, when they moved (default: the "
                        "recorded file, else the installed one); other vectors are refused."),
         QStringLiteral("file|none")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object.")},
    });
    parseArguments(parser, arguments, 1);
    const QString input = requiredValue(parser, QStringLiteral("input"));
    const QString goldColumn = requiredValue(parser, QStringLiteral("gold-column"));

    ProjectStore store(parser.positionalArguments().constFirst());
    const LabelSchema schema = store.labelSchema();
    CsvReader reader(input);
    const QString textColumn = parser.value(QStringLiteral("text-column"));
    const int textIndex = reader.columnIndex(textColumn);
    const int goldIndex = reader.columnIndex(goldColumn);
    for (const auto &[index, name] : {std::pair{textIndex, textColumn}, {goldIndex, goldColumn}})
        if (index < 0)
            throw Error(QStringLiteral("%1:1: no column \"%2\" (columns: %3)")
                            .arg(input, name, reader.header().join(QStringLiteral(", "))));
    QStringList texts;
    std::vector<int> gold;
    CsvRecord record;
    while (reader.next(record)) {
        const QString label = record.fields.value(goldIndex).trimmed();
        const int index = schema.indexOf(label);
        if (index < 0)
            throw Error(QStringLiteral("%1:%2:%3: expected a label of the project (%4), got \"%5\"")
                            .arg(input)
                            .arg(record.line)
                            .arg(goldIndex + 1)
                            .arg(schema.names().join(QStringLiteral(", ")), label));
        texts << record.fields.value(textIndex);
        gold.push_back(index);
    }
    if (texts.isEmpty())
        throw Error(QStringLiteral("%1: no rows to evaluate").arg(input));

    const ClassificationReport report =
        evaluateLatestRun(store, texts, gold, parser.value(QStringLiteral("word-vectors")));
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << QStringLiteral("%1 samples: accuracy %2%, macro-F1 %3%\n")
                 .arg(report.count)
                 .arg(100 * report.accuracy, 0, 'f', 2)
                 .arg(100 * report.macroF1, 0, 'f', 2);
    for (const ClassMetrics &m : report.perClass)
        out() << QStringLiteral("  %1 precision %2% recall %3% F1 %4% (%5)\n")
                     .arg(m.label, -24)
                     .arg(100 * m.precision, 6, 'f', 2)
                     .arg(100 * m.recall, 6, 'f', 2)
                     .arg(100 * m.f1, 6, 'f', 2)
                     .arg(m.support);
    return 0;
}

} // namespace candist::cli
