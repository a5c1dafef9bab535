#include "io/sample_importer.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>

#include "io/data_file_text.h"
#include "io/json_text.h"
#include "io/line_list.h"
#include "io/text_position.h"
#include "model/error.h"
#include "store/project_files.h"
#include "store/project_store.h"
#include "store/queries/import_query.h"

namespace candist {

namespace {

constexpr int kCancelCheckInterval = 512;
// More distinct gold values than any label set we know of means the wrong column.
constexpr int kMaxDerivedLabels = 1000;

// Empty when equal; otherwise says how `file` differs from `stored`. Hotkeys and colours count
// only where the file sets them: the store fills in defaults the file never had.
QString describeSchemaDifference(const LabelSchema &file, const LabelSchema &stored)
{
    if (file.names() != stored.names()) {
        QStringList parts;
        for (const QString &name : stored.names()) {
            if (!file.names().contains(name))
                parts << QStringLiteral("the file lacks \"%1\"").arg(name);
        }
        for (const QString &name : file.names()) {
            if (!stored.names().contains(name))
                parts << QStringLiteral("the file adds \"%1\"").arg(name);
        }
        if (parts.isEmpty())
            parts << QStringLiteral("the labels are in a different order");
        return QStringLiteral("%1 (project: %2; file: %3)")
            .arg(parts.join(QStringLiteral(", ")), stored.names().join(QStringLiteral(", ")),
                 file.names().join(QStringLiteral(", ")));
    }
    QStringList parts;
    for (int i = 0; i < file.size(); ++i) {
        const Label &a = file.at(i);
        const Label &b = stored.at(i);
        if (a.description != b.description)
            parts << QStringLiteral("label \"%1\" has another description").arg(a.name);
        if (a.aliases != b.aliases)
            parts << QStringLiteral("label \"%1\" has other aliases (project: %2; file: %3)")
                         .arg(a.name, b.aliases.join(QStringLiteral(", ")),
                              a.aliases.join(QStringLiteral(", ")));
        if (!a.hotkey.isEmpty() && a.hotkey != b.hotkey)
            parts << QStringLiteral("label \"%1\" has another hotkey").arg(a.name);
        if (!a.color.isEmpty() && a.color.compare(b.color, Qt::CaseInsensitive) != 0)
            parts << QStringLiteral("label \"%1\" has another colour").arg(a.name);
    }
    return parts.join(QStringLiteral("; "));
}

// Derived schemas are sorted so that the same data gives the same label order (and hotkeys)
// however its rows are shuffled: numerically when every name is an integer, else by name.
QStringList sortedLabelNames(QStringList names)
{
    bool allIntegers = true;
    for (const QString &name : names) {
        bool ok = false;
        name.toLongLong(&ok);
        allIntegers = allIntegers && ok;
    }
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        if (allIntegers)
            return a.toLongLong() < b.toLongLong();
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

} // namespace

void removeProjectFiles(const QString &projectPath)
{
    for (const QString &path : projectFilePaths(projectPath))
        QFile::remove(path);
}

ImportPreview SampleImporter::preview(const QString &path, int maxRows)
{
    TabularInput input(path);
    ImportPreview result;
    result.format = input.format();
    result.delimiter = input.delimiter();
    result.header = input.columns();
    try {
        CsvRecord record;
        while (result.rows.size() < maxRows && input.next(record))
            result.rows << record.fields;
    } catch (const Error &error) {
        result.error = error.message();
    }
    return result;
}

ImportReport SampleImporter::importIntoProject(const QString &projectPath,
                                               const ImportOptions &options,
                                               const ProgressCallback &progress,
                                               const CancellationFlag *cancel)
{
    const bool existed = QFileInfo::exists(projectPath);
    try {
        ProjectStore store(projectPath, ProjectStore::OpenMode::CreateIfMissing);
        ImportReport report = run(store, options, progress, cancel);
        report.createdProject = store.wasCreated();
        return report;
    } catch (...) {
        if (!existed)
            removeProjectFiles(projectPath);
        throw;
    }
}

ImportReport SampleImporter::run(ProjectStore &store, const ImportOptions &options,
                                 const ProgressCallback &progress, const CancellationFlag *cancel)
{
    TabularInput input(options.inputPath, cancel);
    const QString &path = input.path();
    const int textIndex = input.requireColumn(options.textColumn, QStringLiteral("--text-column"));
    const int goldIndex =
        options.goldColumn.isEmpty()
            ? -1
            : input.requireColumn(options.goldColumn, QStringLiteral("--gold-column"));
    const int idIndex = options.idColumn.isEmpty()
                            ? -1
                            : input.requireColumn(options.idColumn, QStringLiteral("--id-column"));
    if (textIndex == goldIndex || textIndex == idIndex || (goldIndex >= 0 && goldIndex == idIndex))
        throw Error(Error::Kind::BadInput, {path},
                    DataFiles::tr("the text, gold and id columns must be different columns"));
    QVector<int> metadataIndices;
    QVector<QByteArray> metadataKeys; // "name": of each metadata column, as JSON
    for (int i = 0; i < input.columns().size(); ++i) {
        if (i != textIndex && i != goldIndex && i != idIndex) {
            metadataIndices << i;
            QByteArray key;
            appendJsonString(key, input.columns()[i].toUtf8());
            metadataKeys << key + ':';
        }
    }

    const LabelSchema stored = store.labelSchema();
    std::optional<LabelSchema> fileSchema;
    if (!options.labelsPath.isEmpty()) {
        fileSchema = LabelSchema::fromJsonFile(options.labelsPath);
        if (!stored.isEmpty()) {
            const QString difference = describeSchemaDifference(*fileSchema, stored);
            if (!difference.isEmpty()) {
                throw Error(Error::Kind::BadInput, {options.labelsPath},
                            DataFiles::tr("differs from the label schema stored in %1: %2. Import "
                                          "without --labels to use the stored schema.")
                                .arg(store.path(), difference));
            }
        }
    }

    ImportReport report;
    ProjectStore::Transaction transaction(store);
    LabelSchema schema = stored;
    if (stored.isEmpty() && fileSchema) {
        schema = *fileSchema;
        schema.assignDefaults();
        store.setLabelSchema(schema);
        report.createdLabels = schema.names();
    }
    const bool deriveLabels = schema.isEmpty() && goldIndex >= 0;
    QStringList derivedNames;
    QHash<QString, int> derivedIndex; // case-folded name -> index in derivedNames
    constexpr int kNoGold = -2;
    QHash<QByteArray, int> goldCache; // gold cell -> label index, kNoGold, or -1 when unknown
    constexpr qsizetype kGoldCacheLimit = 4096;
    int goldIndexOfCell = -1;
    QByteArray metadata;
    QByteArray lineId;

    LinesByValue unknownGold;
    LineList emptyTexts;
    // (row, line) of every inserted sample, rows ascending: names the first line of a duplicate.
    std::vector<std::pair<SampleRow, qint64>> insertedLines;
    // (row, label index) of every sample with gold, written once all rows are in.
    std::vector<std::pair<SampleRow, int>> goldLabels;

    ProjectStore::SampleInserter inserter(store);
    // Rows wait here until they fill a batch (a statement each costs more than a row): their
    // bytes are copied, as a record's views last only until the next read.
    struct Span
    {
        qsizetype offset;
        qsizetype size;
    };
    struct PendingSample
    {
        Span id, text, metadata;
        qint64 line;
        std::optional<int> gold;
    };
    QByteArray pendingBytes;
    std::vector<PendingSample> pending;
    std::vector<ProjectStore::SampleInserter::Utf8Sample> batch;
    const auto bytesOf = [&](Span span) {
        return QByteArrayView(pendingBytes.constData() + span.offset, span.size);
    };
    const auto inserted = [&](SampleRow row, const PendingSample &sample) {
        insertedLines.emplace_back(row, sample.line);
        ++report.imported;
        if (sample.gold)
            goldLabels.emplace_back(row, *sample.gold);
    };
    const auto insertOne = [&](const PendingSample &sample) {
        const QByteArrayView id = bytesOf(sample.id);
        SampleRow row = 0;
        try {
            row = inserter.insertUtf8(id, bytesOf(sample.text), bytesOf(sample.metadata));
        } catch (const Error &) {
            const QString idText = decodeUtf8(id.data(), id.size());
            const std::optional<SampleRow> existing = store.rowForId(idText);
            if (!existing)
                throw;
            const auto first = std::lower_bound(insertedLines.begin(), insertedLines.end(),
                                                std::make_pair(*existing, qint64(0)));
            if (first != insertedLines.end() && first->first == *existing) {
                throw Error(Error::Kind::BadInput, {path, sample.line},
                            DataFiles::tr("duplicate id \"%1\": line %2 has the same id")
                                .arg(idText)
                                .arg(first->second));
            }
            throw Error(Error::Kind::BadInput, {path, sample.line},
                        DataFiles::tr("sample id \"%1\" is already in the project%2")
                            .arg(idText)
                            .arg(idIndex < 0
                                     ? QStringLiteral(" (without --id-column the ids are line "
                                                      "numbers; give the file an id column)")
                                     : QString()));
        }
        inserted(row, sample);
    };
    // A full batch goes in one statement; a short one, or a batch that failed (and so wrote
    // nothing), one row at a time, which names the row that fails.
    const auto insertPending = [&] {
        struct Clear // runs on failure too: no row is inserted twice
        {
            QByteArray &bytes;
            std::vector<PendingSample> &rows;
            ~Clear()
            {
                bytes.resize(0);
                rows.clear();
            }
        } clear{pendingBytes, pending};
        if (pending.size() == ProjectStore::SampleInserter::kBatchRows) {
            batch.clear();
            for (const PendingSample &sample : pending)
                batch.push_back(
                    {bytesOf(sample.id), bytesOf(sample.text), bytesOf(sample.metadata)});
            std::optional<SampleRow> first;
            try {
                first = inserter.insertUtf8Batch(batch);
            } catch (const Error &) {
                // Nothing was written: one row at a time below finds and names the failure.
            }
            if (first) {
                for (size_t i = 0; i < pending.size(); ++i)
                    inserted(*first + SampleRow(i), pending[i]);
                return;
            }
        }
        for (const PendingSample &sample : pending)
            insertOne(sample);
    };

    ProgressMeter meter(progress);
    // Bytes, not QStrings: the file's UTF-8 (validated by the reader) is what the store keeps.
    Utf8Record record;
    qint64 rowsRead = 0;
    try {
        while (input.next(record)) {
            if (++rowsRead % kCancelCheckInterval == 0) {
                if (cancel && cancel->isCancelled())
                    throw Cancelled({path},
                                    DataFiles::tr("import cancelled; the project is unchanged"));
                input.reportProgress(meter, rowsRead);
            }
            const QByteArrayView text = record.fields[size_t(textIndex)];
            if (isBlankUtf8(text)) {
                emptyTexts.add(record.line);
                report.skipped << SkippedRow{record.line, QStringLiteral("empty text")};
                continue;
            }
            QByteArrayView id;
            if (idIndex >= 0) {
                id = record.fields[size_t(idIndex)];
            } else {
                lineId.setNum(record.line);
                id = lineId;
            }
            if (isBlankUtf8(id)) {
                throw Error(Error::Kind::BadInput, {path, record.line},
                            DataFiles::tr("empty id in column \"%1\": every sample needs an id "
                                          "when an id column is given")
                                .arg(options.idColumn));
            }
            std::optional<int> gold;
            if (goldIndex >= 0) {
                // Gold cells repeat a handful of values: resolve each distinct cell once.
                const QByteArrayView cell = record.fields[size_t(goldIndex)];
                // A raw-data key looks the cell up without copying it.
                auto cached =
                    goldCache.constFind(QByteArray::fromRawData(cell.data(), cell.size()));
                if (cached == goldCache.constEnd()) {
                    const QString name = decodeUtf8(cell.data(), cell.size()).trimmed();
                    int index = -1;
                    if (name.isEmpty()) {
                        index = kNoGold;
                    } else if (deriveLabels) {
                        const QString key = name.toLower();
                        auto found = derivedIndex.constFind(key);
                        if (found == derivedIndex.constEnd()) {
                            if (derivedNames.size() >= kMaxDerivedLabels) {
                                throw Error(
                                    Error::Kind::BadInput, {path, record.line},
                                    DataFiles::tr("column \"%1\" has more than %2 distinct values, "
                                                  "too many for labels (is it a text column?); "
                                                  "give the labels with --labels")
                                        .arg(options.goldColumn)
                                        .arg(kMaxDerivedLabels));
                            }
                            found = derivedIndex.insert(key, int(derivedNames.size()));
                            derivedNames << name;
                        }
                        index = *found;
                    } else {
                        index = schema.indexOf(name);
                    }
                    // A wrong column (texts as gold) must not fill memory with distinct cells.
                    if (goldCache.size() >= kGoldCacheLimit) {
                        goldIndexOfCell = index;
                        cached = goldCache.constEnd();
                    } else {
                        cached = goldCache.insert(cell.toByteArray(), index);
                    }
                }
                const int goldValue = cached == goldCache.constEnd() ? goldIndexOfCell : *cached;
                if (goldValue == -1) {
                    unknownGold.add(decodeUtf8(cell.data(), cell.size()).trimmed(), record.line);
                    continue;
                }
                if (goldValue != kNoGold)
                    gold = goldValue;
            }
            if (!unknownGold.isEmpty())
                continue;       // the import fails; keep reading only to name every unknown label
            metadata.resize(0); // keeps the capacity
            if (!metadataIndices.isEmpty()) {
                // Built by hand: a QJsonObject per row costs more than the SQL insert.
                metadata += '{';
                for (qsizetype i = 0; i < metadataIndices.size(); ++i) {
                    if (i > 0)
                        metadata += ',';
                    metadata += metadataKeys[i];
                    appendJsonString(metadata, record.fields[size_t(metadataIndices[i])]);
                }
                metadata += '}';
            }
            const auto at = [&](QByteArrayView bytes) {
                const qsizetype offset = pendingBytes.size();
                pendingBytes.append(bytes.data(), bytes.size());
                return Span{offset, bytes.size()};
            };
            pending.push_back({at(id), at(text), at(metadata), record.line, gold});
            if (pending.size() == ProjectStore::SampleInserter::kBatchRows)
                insertPending();
        }
        insertPending();
    } catch (const Error &) {
        // A row read before the failure may fail itself: its error comes first, as when each
        // row was inserted as it was read.
        insertPending();
        throw;
    }
    report.withGold = qint64(goldLabels.size());

    if (!unknownGold.isEmpty()) {
        throw Error(Error::Kind::BadInput, {path},
                    DataFiles::tr("unknown gold label(s) in column \"%1\": %2. The project's "
                                  "labels are: %3 (names or aliases, case-insensitive)")
                        .arg(options.goldColumn, unknownGold.describe(),
                             schema.names().join(QStringLiteral(", "))));
    }

    if (deriveLabels && !derivedNames.isEmpty()) {
        const QStringList sorted = sortedLabelNames(derivedNames);
        QVector<Label> labels;
        QVector<int> newIndex;
        for (int i = 0; i < derivedNames.size(); ++i)
            newIndex << int(sorted.indexOf(derivedNames[i]));
        for (auto &gold : goldLabels)
            gold.second = newIndex[gold.second];
        for (const QString &name : sorted)
            labels << Label{name, {}, {}, {}, {}};
        LabelSchema derived(labels);
        derived.validate(QStringLiteral("%1: gold column \"%2\"").arg(path, options.goldColumn));
        derived.assignDefaults();
        store.setLabelSchema(derived);
        report.createdLabels = derived.names();
    }

    import_query::insertGoldLabels(store, goldLabels);

    if (!emptyTexts.isEmpty()) {
        report.warnings << QStringLiteral("%1: skipped %2 row(s) with an empty text (%3)")
                               .arg(path)
                               .arg(emptyTexts.count())
                               .arg(emptyTexts.describe());
    }
    if (store.labelSchema().isEmpty()) {
        report.warnings << QStringLiteral("the project has no labels yet: import with --labels "
                                          "L.json or with a --gold-column");
    }
    if (cancel && cancel->isCancelled())
        throw Cancelled({path}, DataFiles::tr("import cancelled; the project is unchanged"));
    transaction.commit();
    input.reportProgress(meter, rowsRead, true);
    return report;
}

} // namespace candist
