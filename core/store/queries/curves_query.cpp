#include "store/queries/curves_query.h"

#include "store/sql_helpers.h"

namespace candist::curves_query {

AnnotationHistograms annotationHistograms(const ProjectStore &store, int bins)
{
    AnnotationHistograms histograms;
    QSqlQuery sizes = sql::exec(store.database(),
                                QStringLiteral("SELECT set_size, count(*) FROM teacher_results "
                                               "WHERE status = ? GROUP BY set_size"),
                                {int(TeacherStatus::Ok)});
    while (sizes.next())
        histograms.setSizes.insert(sizes.value(0).toInt(), sizes.value(1).toLongLong());
    histograms.confidenceBins.fill(0, bins);
    QSqlQuery counts = sql::exec(
        store.database(),
        QStringLiteral("SELECT min(CAST(confidence * ? AS INTEGER), ? - 1), count(*) FROM "
                       "student_results GROUP BY 1"),
        {bins, bins});
    while (counts.next()) {
        const int bin = counts.value(0).toInt();
        if (bin >= 0 && bin < bins)
            histograms.confidenceBins[bin] += counts.value(1).toLongLong();
    }
    return histograms;
}

} // namespace candist::curves_query
