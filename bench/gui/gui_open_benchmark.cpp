// bench/gui: how long the window takes to show the first page of a 1,000,000-sample project,
// and how much memory it holds then. Ideal: what the same first screen costs without the window
// (open the store, count, order the row ids, fetch the first page), measured in the same run.
// Then sorting by confidence through the window against the store's own ordered query, and each
// sort key straight from the store.
//
// usage: candist-bench-gui [PROJECT] [SAMPLES]   (PROJECT is generated when missing)
#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "demo_project.h"
#include "main_window.h"
#include "model/error.h"
#include "project_document.h"
#include "sample_query.h"
#include "sample_table_model.h"
#include "store/project_store.h"

namespace {

double residentMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double idealFirstScreenSeconds(const QString &path, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    candist::ProjectStore store(path);
    const double opened = timer.nsecsElapsed() / 1e9;
    const qint64 count = store.sampleCount();
    const double counted = timer.nsecsElapsed() / 1e9;
    const candist::RowOrder rows =
        candist::sample_query::orderedRows(store, candist::SampleFilter(), candist::SampleSort());
    const double ordered = timer.nsecsElapsed() / 1e9;
    const QVector<candist::SampleRowData> page =
        candist::sample_query::fetchRows(store, rows.mid(0, candist::SampleTableModel::kPageSize));
    const double total = timer.nsecsElapsed() / 1e9;
    if (count != rows.size() || page.isEmpty())
        throw candist::Error(QStringLiteral("%1: unexpected row counts").arg(path));
    out << "ideal: open " << opened << " s, count " << counted - opened << " s, order "
        << ordered - counted << " s, first page " << total - ordered << " s" << Qt::endl;
    return total;
}

// The store's own ordered query for `sort`, with the first page, as the window shows it: the
// peer of sorting through the window.
double storeSortSeconds(const QString &path, const candist::SampleSort &sort)
{
    candist::ProjectStore store(path);
    QElapsedTimer timer;
    timer.start();
    const candist::RowOrder rows =
        candist::sample_query::orderedRows(store, candist::SampleFilter(), sort);
    const QVector<candist::SampleRowData> page =
        candist::sample_query::fetchRows(store, rows.mid(0, candist::SampleTableModel::kPageSize));
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (page.isEmpty())
        throw candist::Error(QStringLiteral("%1: no rows to sort").arg(path));
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CanDist-bench"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QTemporaryDir scratch;
    const QString path =
        args.size() > 1 ? args.at(1) : scratch.filePath(QStringLiteral("bench-gui.candist"));
    const qint64 samples = args.size() > 2 ? args.at(2).toLongLong() : 1000000;

    try {
        candist::demo::ensureDemoProject(path, samples, out);
        // Warm the page cache the same way for both measurements.
        idealFirstScreenSeconds(path, out);
        const double ideal = idealFirstScreenSeconds(path, out);

        const double rssBefore = residentMegabytes("VmRSS:");
        QElapsedTimer timer;
        candist::MainWindow window(candist::MainWindow::Options{false, false});
        window.show();
        timer.start();
        double seconds = -1;
        auto *model = window.sampleModel();
        QObject::connect(model, &candist::SampleTableModel::pageLoaded, &app, [&] {
            if (seconds < 0 &&
                model->data(model->index(0, 0), candist::SampleTableModel::LoadedRole).toBool()) {
                seconds = timer.nsecsElapsed() / 1e9;
                QTimer::singleShot(0, &app, [&] { app.exit(0); });
            }
        });
        QObject::connect(window.document(), &candist::ProjectDocument::openFailed, &app,
                         [&](const QString &message) {
                             out << "open failed: " << message << Qt::endl;
                             app.exit(1);
                         });
        window.openProject(path);
        if (app.exec() != 0)
            return 1;
        // Let the view paint the page it received before measuring memory.
        QApplication::processEvents();
        window.grab();
        const QLocale c = QLocale::c();
        const double openResident = residentMegabytes("VmRSS:");

        // Secondary figure: re-sorting all samples by confidence (SQL in the database thread)
        // until the first page shows again; the GUI thread stays free meanwhile.
        double sortSeconds = -1;
        bool sortedOrderArrived = false;
        QElapsedTimer sortTimer;
        QObject::connect(model, &candist::SampleTableModel::orderReady, &app,
                         [&] { sortedOrderArrived = true; });
        QObject::connect(model, &candist::SampleTableModel::pageLoaded, &app, [&] {
            if (sortSeconds < 0 && sortedOrderArrived &&
                model->data(model->index(0, 0), candist::SampleTableModel::LoadedRole).toBool())
                sortSeconds = sortTimer.nsecsElapsed() / 1e9;
        });
        sortTimer.start();
        model->setSort(
            candist::SampleSort{candist::SampleSort::Key::Confidence, Qt::AscendingOrder});
        while (sortSeconds < 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        out << "sort_by_confidence_seconds=" << c.toString(sortSeconds, 'f', 3)
            << " resident_after_sort_mb=" << c.toString(residentMegabytes("VmRSS:"), 'f', 1)
            << Qt::endl;
        // The peer, in the same run: the same order straight from the store (twice; the
        // faster, as the window's sort ran on a warm cache too).
        const candist::SampleSort byConfidence{candist::SampleSort::Key::Confidence,
                                               Qt::AscendingOrder};
        const double storeSort =
            std::min(storeSortSeconds(path, byConfidence), storeSortSeconds(path, byConfidence));
        out << "store_sort_by_confidence_seconds=" << c.toString(storeSort, 'f', 3) << Qt::endl;
        // Every key the table sorts by, from the store, both directions.
        using Key = candist::SampleSort::Key;
        for (const auto &[key, name] : std::initializer_list<std::pair<Key, const char *>>{
                 {Key::Id, "id"},
                 {Key::SetSize, "set_size"},
                 {Key::StudentLabel, "student_label"},
                 {Key::Confidence, "confidence"},
                 {Key::Margin, "margin"},
                 {Key::Entropy, "entropy"},
                 {Key::FinalLabel, "final_label"},
                 {Key::ReviewPriority, "review_priority"}}) {
            out << "store_sort_seconds " << name << " ascending="
                << c.toString(storeSortSeconds(path, {key, Qt::AscendingOrder}), 'f', 3)
                << " descending="
                << c.toString(storeSortSeconds(path, {key, Qt::DescendingOrder}), 'f', 3)
                << Qt::endl;
        }
        out << "samples=" << window.document()->sampleCount()
            << " rows_in_table=" << model->rowCount() << Qt::endl;
        out << "resident_mb=" << c.toString(openResident, 'f', 1)
            << " peak_resident_mb=" << c.toString(residentMegabytes("VmHWM:"), 'f', 1)
            << " resident_before_open_mb=" << c.toString(rssBefore, 'f', 1) << Qt::endl;
        out << "ideal_seconds=" << c.toString(ideal, 'f', 3)
            << " ratio_vs_ideal=" << c.toString(seconds / ideal, 'f', 2) << Qt::endl;
        out << "RESULT gui_open_seconds=" << c.toString(seconds, 'f', 3) << Qt::endl;
        out << "RESULT sort_over_store_query=" << c.toString(sortSeconds / storeSort, 'f', 2)
            << Qt::endl;
    } catch (const candist::Error &error) {
        out << "error: " << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}
