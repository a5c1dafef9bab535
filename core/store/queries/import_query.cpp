#include "store/queries/import_query.h"

#include <memory>

#include "store/sql_helpers.h"

namespace candist::import_query {

void insertGoldLabels(ProjectStore &store, const std::vector<std::pair<SampleRow, int>> &labels)
{
    // A statement per row costs more than its insert and foreign-key check: kBatch rows a
    // statement, the rest one at a time.
    constexpr size_t kBatch = 256;
    const auto statementFor = [&](size_t rows) {
        QString text = QStringLiteral("INSERT INTO gold_labels (sample_row, label) VALUES (?, ?)");
        for (size_t i = 1; i < rows; ++i)
            text += QStringLiteral(", (?, ?)");
        return std::make_unique<sql::NativeStatement>(store.database(), text);
    };
    const auto insert = [&](sql::NativeStatement &statement, size_t first, size_t count) {
        for (size_t i = 0; i < count; ++i) {
            statement.bindInt64(int(2 * i + 1), labels[first + i].first);
            statement.bindInt64(int(2 * i + 2), labels[first + i].second);
        }
        statement.run();
    };
    size_t done = 0;
    if (labels.size() >= kBatch) {
        const auto batch = statementFor(kBatch);
        for (; done + kBatch <= labels.size(); done += kBatch)
            insert(*batch, done, kBatch);
    }
    if (done < labels.size()) {
        const auto single = statementFor(1);
        for (; done < labels.size(); ++done)
            insert(*single, done, 1);
    }
}

void forEachSampleText(const ProjectStore &store,
                       const std::function<void(SampleRow, const QString &)> &visit)
{
    QSqlQuery query =
        sql::prepare(store.database(), QStringLiteral("SELECT row, text FROM samples"));
    query.setForwardOnly(true);
    sql::exec(query);
    while (query.next())
        visit(query.value(0).toLongLong(), query.value(1).toString());
}

} // namespace candist::import_query
