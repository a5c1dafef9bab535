#include "io/annotation_importer.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "io/data_file_text.h"
#include "io/line_list.h"
#include "io/tabular_input.h"
#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/import_query.h"

namespace candist {

namespace {

constexpr int kBatch = 2000;

// Rows matched by text: a hash of every sample text -> rows, verified against the stored text
// (the samples table has no index on text, and a million lookups must not each scan it).
class TextIndex
{
public:
    explicit TextIndex(const ProjectStore &store) : m_store(store)
    {
        import_query::forEachSampleText(store, [this](SampleRow row, const QString &text) {
            m_rows.emplace(qHash(text), row);
        });
    }

    QVector<SampleRow> rowsFor(const QString &text) const
    {
        QVector<SampleRow> rows;
        const auto [begin, end] = m_rows.equal_range(qHash(text));
        for (auto it = begin; it != end; ++it) {
            const std::optional<Sample> sample = m_store.sample(it->second);
            if (sample && sample->text == text)
                rows << it->second;
        }
        std::sort(rows.begin(), rows.end()); // import order: duplicates pair up in order
        return rows;
    }

private:
    const ProjectStore &m_store;
    std::unordered_multimap<size_t, SampleRow> m_rows;
};

struct TextOccurrences
{
    int count = 0;   // rows of the file with this text so far
    int samples = 0; // samples of the project with this text
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    QString text; // for messages; kept only for texts that repeat
};

} // namespace

QStringList AnnotationImporter::candidateNames(const QString &cell)
{
    const QStringView trimmed = QStringView(cell).trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isArray()) {
            QStringList names;
            bool allStrings = true;
            for (const QJsonValue &value : document.array()) {
                allStrings = allStrings && value.isString();
                names << value.toString();
            }
            if (allStrings)
                return names;
        }
    }
    return cell.split(QLatin1Char('|'));
}

AnnotationImportReport AnnotationImporter::run(ProjectStore &store,
                                               const AnnotationImportOptions &options,
                                               const ProgressCallback &progress,
                                               const CancellationFlag *cancel)
{
    if (options.columns.isEmpty())
        throw Error(Error::Kind::BadInput, {options.inputPath},
                    DataFiles::tr("no annotation column given"));
    TabularInput input(options.inputPath, cancel);
    const QString &path = input.path();
    QVector<int> columnIndices;
    for (const QString &column : options.columns)
        columnIndices << input.requireColumn(column, QStringLiteral("--column"));
    const bool byId = !options.idColumn.isEmpty();
    const int keyIndex =
        byId ? input.requireColumn(options.idColumn, QStringLiteral("--id-column"))
             : input.requireColumn(options.textColumn, QStringLiteral("--text-column (matching by "
                                                                      "text, as no --id-column "
                                                                      "was given)"));
    const LabelSchema schema = store.labelSchema();
    if (schema.isEmpty())
        throw Error(Error::Kind::BadInput, {store.path()},
                    DataFiles::tr("the project has no label schema yet; import samples with "
                                  "--labels or a gold column first"));

    std::optional<TextIndex> textIndex;
    if (!byId)
        textIndex.emplace(store);

    AnnotationImportReport report;
    LinesByValue unknownLabels;
    LineList unmatched;
    QStringList unmatchedKeys;
    QHash<SampleRow, qint64> seenRows;          // by id: sample -> the input line naming it
    QHash<size_t, TextOccurrences> occurrences; // by text: per text hash
    QHash<SampleRow, bool> abstained;           // sample -> whether its annotation is empty

    ProjectStore::Transaction transaction(store);
    QVector<TeacherResult> batch;
    ProgressMeter meter(progress);
    CsvRecord record;
    while (input.next(record)) {
        ++report.rows;
        const QString &key = record.fields[keyIndex];
        QVector<SampleRow> rows;
        if (byId) {
            if (const auto row = store.rowForId(key))
                rows << *row;
        } else {
            rows = textIndex->rowsFor(key);
            // A text's first row annotates every sample with that text; when the text comes
            // again, the k-th row annotates the k-th such sample (import order), so a file that
            // repeats the project's duplicate texts pairs up row by row.
            if (!rows.isEmpty()) {
                TextOccurrences &seen = occurrences[qHash(key)];
                ++seen.count;
                seen.samples = int(rows.size());
                seen.lastLine = record.line;
                if (seen.count == 1) {
                    seen.firstLine = record.line;
                } else if (seen.count > rows.size()) {
                    throw Error(
                        Error::Kind::BadInput, {path, record.line},
                        DataFiles::tr(
                            "the text \"%1\" appears %2 times in the file but only %3 time(s) in "
                            "the project (first on line %4); match by --id-column")
                            .arg(key.left(60))
                            .arg(seen.count)
                            .arg(rows.size())
                            .arg(seen.firstLine));
                } else {
                    rows = {rows[seen.count - 1]};
                    seen.text = key.left(60);
                }
            }
        }
        if (rows.isEmpty()) {
            unmatched.add(record.line);
            if (unmatchedKeys.size() < LineList::kShown)
                unmatchedKeys << QStringLiteral("\"%1\"").arg(key.left(60));
            continue;
        }

        // Votes per label in order of first mention: column order, then position in the cell.
        QVector<int> candidates;
        QVector<int> votes;
        QJsonObject raw;
        bool unknown = false;
        for (int c = 0; c < columnIndices.size(); ++c) {
            const QString &cell = record.fields[columnIndices[c]];
            raw.insert(options.columns[c], cell);
            QVector<int> inCell;
            for (const QString &part : candidateNames(cell)) {
                const QStringView name = QStringView(part).trimmed();
                if (name.isEmpty())
                    continue;
                const int index = schema.indexOf(name);
                if (index < 0) {
                    unknownLabels.add(name.toString(), record.line);
                    unknown = true;
                    continue;
                }
                if (inCell.contains(index))
                    continue;
                inCell << index;
                const qsizetype at = candidates.indexOf(index);
                if (at < 0) {
                    candidates << index;
                    votes << 1;
                } else {
                    ++votes[at];
                }
            }
        }
        if (unknown || !unknownLabels.isEmpty() || !unmatched.isEmpty())
            continue; // the import fails; keep reading only to name every offender

        if (columnIndices.size() > 1) {
            // Most votes first; ties keep the order of first mention.
            QVector<int> order(candidates.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return votes[a] > votes[b]; });
            QVector<int> sortedCandidates, sortedVotes;
            for (int i : order) {
                sortedCandidates << candidates[i];
                sortedVotes << votes[i];
            }
            candidates = sortedCandidates;
            votes = sortedVotes;
        } else {
            votes.clear();
        }

        for (SampleRow row : rows) {
            if (byId) {
                const auto first = seenRows.constFind(row);
                if (first != seenRows.constEnd()) {
                    throw Error(Error::Kind::BadInput, {path, record.line},
                                DataFiles::tr("lines %1 and %2 both annotate sample \"%3\"")
                                    .arg(*first)
                                    .arg(record.line)
                                    .arg(key.left(60)));
                }
                seenRows.insert(row, record.line);
            }
            TeacherResult result;
            result.row = row;
            result.strategy = QStringLiteral("imported");
            result.candidates = candidates;
            result.votes = votes;
            result.rawResponse =
                columnIndices.size() == 1
                    ? record.fields[columnIndices.first()]
                    : QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
            // An empty answer is an abstention: "no information", i.e. every label stays possible.
            result.status = candidates.isEmpty() ? TeacherStatus::ParseFailed : TeacherStatus::Ok;
            abstained.insert(row, candidates.isEmpty()); // a later row may replace an earlier one
            batch << result;
        }
        if (batch.size() >= kBatch) {
            if (cancel && cancel->isCancelled())
                throw Cancelled({path},
                                DataFiles::tr("import cancelled; the project is unchanged"));
            store.saveTeacherResults(batch);
            batch.clear();
            input.reportProgress(meter, report.rows);
        }
    }

    QStringList problems;
    if (!unknownLabels.isEmpty()) {
        problems << DataFiles::tr("unknown label(s): %1; the project's labels are: %2")
                        .arg(unknownLabels.describe(), schema.names().join(QStringLiteral(", ")));
    }
    if (!unmatched.isEmpty()) {
        problems << DataFiles::tr("%1 row(s) match no sample by %2: %3 (%4)")
                        .arg(unmatched.count())
                        .arg(byId ? QStringLiteral("id") : QStringLiteral("exact text"),
                             unmatchedKeys.join(QStringLiteral(", ")), unmatched.describe());
    }
    for (const TextOccurrences &seen : std::as_const(occurrences)) {
        if (seen.count > 1 && seen.count < seen.samples) {
            problems << DataFiles::tr("the text \"%1\" appears %2 times in the file (lines %3 to "
                                      "%4) but %5 times in the project, so the rows cannot be "
                                      "paired with samples; match by --id-column")
                            .arg(seen.text)
                            .arg(seen.count)
                            .arg(seen.firstLine)
                            .arg(seen.lastLine)
                            .arg(seen.samples);
            break;
        }
    }
    if (!problems.isEmpty())
        throw Error(Error::Kind::BadInput, {path}, problems.join(QStringLiteral("; ")));
    for (const bool empty : std::as_const(abstained))
        ++(empty ? report.abstained : report.annotated);
    if (cancel && cancel->isCancelled())
        throw Cancelled({path}, DataFiles::tr("import cancelled; the project is unchanged"));
    store.saveTeacherResults(batch);
    transaction.commit();
    input.reportProgress(meter, report.rows, true);
    return report;
}

} // namespace candist
