#include "review/spot_check_draw.h"

#include <algorithm>
#include <limits>
#include <random>

#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/spot_check_query.h"
#include "store/store_text.h"

namespace candist {

namespace {

// Uniform in [0, bound) by rejection: no modulo bias, and the same numbers on every platform.
quint64 below(std::mt19937_64 &generator, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max() -
                          (std::numeric_limits<quint64>::max() % bound + 1) % bound;
    quint64 value = 0;
    do {
        value = generator();
    } while (value > limit);
    return value % bound;
}

} // namespace

QVector<SampleRow> SpotCheckDraw::choose(QVector<SampleRow> items, qint64 size, qint64 seed)
{
    std::mt19937_64 generator{quint64(seed)};
    const qint64 count = std::min<qint64>(size, items.size());
    for (qint64 i = 0; i < count; ++i) {
        const qint64 j = i + qint64(below(generator, quint64(items.size() - i)));
        std::swap(items[i], items[j]);
    }
    items.resize(count);
    return items;
}

SpotCheckDrawReport SpotCheckDraw::run(ProjectStore &store, qint64 size, qint64 seed)
{
    if (size < 1)
        throw Error(StoreText::tr("a spot check needs at least one sample"));
    ProjectStore::Transaction transaction(store);
    const QVector<SampleRow> eligible = spot_check_query::eligibleRows(store);
    if (qint64(eligible.size()) < size) {
        throw Error(
            Error::Kind::BadInput, {store.path()},
            StoreText::tr("cannot draw %1 spot checks: only %2 sample(s) have no human label and "
                          "are not spot checks yet")
                .arg(size)
                .arg(eligible.size()));
    }
    SpotCheckDrawReport report;
    report.seed = seed;
    report.eligible = eligible.size();
    report.rows = choose(eligible, size, seed);
    report.draw = store.addSpotChecks(report.rows, seed);
    report.total = store.spotCheckRows().size();
    transaction.commit();
    return report;
}

} // namespace candist
