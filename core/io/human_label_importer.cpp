#include "io/human_label_importer.h"

#include <algorithm>
#include <vector>

#include <QHash>
#include <QSet>
#include <QStringList>

#include "io/data_file_text.h"
#include "io/line_list.h"
#include "io/tabular_input.h"
#include "model/error.h"
#include "store/project_store.h"

namespace candist {

namespace {

constexpr int kProgressRows = 2000;

struct Decision
{
    SampleRow row = 0;
    int label = -1;
};

} // namespace

HumanLabelImportReport HumanLabelImporter::run(ProjectStore &store,
                                               const HumanLabelImportOptions &options,
                                               const ProgressCallback &progress,
                                               const CancellationFlag *cancel)
{
    TabularInput input(options.inputPath, cancel);
    const QString &path = input.path();
    const int idIndex = input.requireColumn(options.idColumn, QStringLiteral("--id-column"));
    const int labelIndex =
        input.requireColumn(options.labelColumn, QStringLiteral("--label-column"));
    if (idIndex == labelIndex)
        throw Error(Error::Kind::BadInput, {path},
                    DataFiles::tr("the id and label columns must be different columns"));
    const LabelSchema schema = store.labelSchema();
    if (schema.isEmpty())
        throw Error(Error::Kind::BadInput, {store.path()},
                    DataFiles::tr("the project has no label schema yet; import samples with "
                                  "--labels or a gold column first"));
    const QString idColumn = input.columns().at(idIndex);
    const QString labelColumn = input.columns().at(labelIndex);

    // Read everything first: an error anywhere must leave the project untouched, and the message
    // names every offender so that one pass over the file fixes them all.
    HumanLabelImportReport report;
    std::vector<Decision> decisions;
    QHash<SampleRow, qint64> lineOf; // sample -> the line deciding it
    LineList emptyIds;
    LinesByValue unknownIds;
    LinesByValue unknownLabels;
    QStringList twice;
    qint64 firstProblem = 0;
    const auto problemAt = [&](qint64 line) {
        if (firstProblem == 0)
            firstProblem = line;
    };
    ProgressMeter meter(progress);
    CsvRecord record;
    while (input.next(record)) {
        ++report.rows;
        if (report.rows % kProgressRows == 0) {
            if (cancel && cancel->isCancelled())
                throw Cancelled({path},
                                DataFiles::tr("resolve cancelled; the project is unchanged"));
            input.reportProgress(meter, report.rows);
        }
        // Ids as imported (untrimmed, like import); a label cell may carry a spreadsheet's spaces.
        const QString &id = record.fields[idIndex];
        const QString cell = record.fields[labelIndex].trimmed();
        if (id.trimmed().isEmpty()) {
            emptyIds.add(record.line);
            problemAt(record.line);
            continue;
        }
        const std::optional<SampleRow> row = store.rowForId(id);
        if (!row) {
            unknownIds.add(id.left(60), record.line);
            problemAt(record.line);
        } else if (const auto first = lineOf.constFind(*row); first != lineOf.constEnd()) {
            if (twice.size() < LineList::kShown)
                twice << QStringLiteral("\"%1\" (lines %2 and %3)")
                             .arg(id.left(60))
                             .arg(*first)
                             .arg(record.line);
            problemAt(record.line);
        } else {
            lineOf.insert(*row, record.line);
        }
        if (cell.isEmpty()) {
            ++report.unanswered;
            continue;
        }
        const int label = schema.indexOf(cell);
        if (label < 0) {
            unknownLabels.add(cell.left(60), record.line);
            problemAt(record.line);
            continue;
        }
        if (row)
            decisions.push_back({*row, label});
    }

    QStringList problems;
    if (!emptyIds.isEmpty())
        problems
            << QStringLiteral("empty id in column \"%1\" (%2)").arg(idColumn, emptyIds.describe());
    if (!unknownIds.isEmpty())
        problems << DataFiles::tr("unknown id(s) in column \"%1\", not in the project: %2")
                        .arg(idColumn, unknownIds.describe());
    if (!twice.isEmpty())
        problems << DataFiles::tr("two rows decide the same sample: %1")
                        .arg(twice.join(QStringLiteral(", ")));
    if (!unknownLabels.isEmpty())
        problems << DataFiles::tr("unknown label(s) in column \"%1\": %2; the project's labels "
                                  "are: %3")
                        .arg(labelColumn, unknownLabels.describe(),
                             schema.names().join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        throw Error(Error::Kind::BadInput, {path, firstProblem},
                    problems.join(QStringLiteral("; ")));

    const QVector<SampleRow> spotCheckRows = store.spotCheckRows();
    const QSet<SampleRow> spotChecks(spotCheckRows.cbegin(), spotCheckRows.cend());
    const QDateTime at =
        options.decidedAt.isValid() ? options.decidedAt : QDateTime::currentDateTimeUtc();
    ProjectStore::Transaction transaction(store);
    for (const Decision &decision : decisions) {
        const std::optional<HumanDecision> current = store.humanDecision(decision.row);
        if (current && current->action == HumanAction::Label && current->label == decision.label) {
            ++report.unchanged;
            continue;
        }
        store.recordHumanDecision(
            HumanDecision{decision.row, HumanAction::Label, decision.label, at, options.annotator});
        ++report.recorded;
        report.spotChecks += spotChecks.contains(decision.row) ? 1 : 0;
    }
    if (cancel && cancel->isCancelled())
        throw Cancelled({path}, DataFiles::tr("resolve cancelled; the project is unchanged"));
    transaction.commit();
    input.reportProgress(meter, report.rows, true);
    return report;
}

} // namespace candist
