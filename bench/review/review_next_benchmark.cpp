// bench/review: how long the review mode takes from a decision's key press until the next
// sample is painted, on a 1,000,000-sample project (goal: under 50 ms). The annotator's pace is
// played at a brisk 4 decisions a second, so the prefetch has the time it has in real use; a
// second series presses keys back to back (no pause) as the worst case. Ideal: the same queries
// without the window (record the decision, read the next sample's detail and explanation).
//
// usage: candist-bench-review [PROJECT] [SAMPLES] [DECISIONS]   (PROJECT is generated when missing)
#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "demo_project.h"
#include "main_window.h"
#include "model/error.h"
#include "project_document.h"
#include "review/review_ranker.h"
#include "review_view.h"
#include "sample_detail.h"
#include "store/project_store.h"

namespace {

struct Series
{
    std::vector<double> ms;
    double percentile(double p) const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted.at(at);
    }
};

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// One decision with the view: key press -> the next sample's text and bars painted.
double decideOnce(candist::ReviewView *view, const QString &hotkey)
{
    const candist::SampleRow before = view->currentRow();
    QElapsedTimer timer;
    timer.start();
    const int key = hotkey.at(0).isDigit() ? Qt::Key_0 + hotkey.toInt()
                                           : Qt::Key_A + (hotkey.at(0).toLower().unicode() - 'a');
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, hotkey);
    QApplication::sendEvent(view, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, hotkey);
    QApplication::sendEvent(view, &release);
    waitUntil([&] {
        return view->shownRow() >= 0 && view->shownRow() != before &&
               view->shownRow() == view->currentRow();
    });
    view->repaint(); // synchronous paint of the whole review view
    return timer.nsecsElapsed() / 1e6;
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
        args.size() > 1 ? args.at(1) : scratch.filePath(QStringLiteral("bench-review.candist"));
    const qint64 samples = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    const int decisions = args.size() > 3 ? args.at(3).toInt() : 60;
    const QLocale c = QLocale::c();

    try {
        candist::demo::ensureDemoProject(path, samples, out);
        {
            // The first ranking after results land scores every sample and stores the scores;
            // later openings read them in order. Say which one this run measures.
            candist::ProjectStore store(path);
            const candist::ReviewRanker ranker(candist::ReviewWeights::ofProject(store));
            const bool current = ranker.storedScoresAreCurrent(store);
            out << "stored_review_scores="
                << (current ? "current" : "stale (this opening stores them)") << Qt::endl;
            // The peer: the same queue without the window, read in stored order or streamed.
            QElapsedTimer rankTimer;
            rankTimer.start();
            const qsizetype queued = ranker.rank(std::as_const(store)).size();
            out << "store_rank_seconds=" << c.toString(rankTimer.nsecsElapsed() / 1e9, 'f', 2)
                << (current ? " (stored order, " : " (streamed and scored, ") << queued
                << " queued)" << Qt::endl;
        }
        candist::MainWindow window(candist::MainWindow::Options{false, false});
        window.show();
        candist::ReviewView *view = window.reviewView();
        QElapsedTimer timer;
        timer.start();
        bool opened = false;
        QObject::connect(window.document(), &candist::ProjectDocument::opened, &app,
                         [&] { opened = true; });
        QObject::connect(window.document(), &candist::ProjectDocument::openFailed, &app,
                         [&](const QString &message) {
                             out << "open failed: " << message << Qt::endl;
                             std::exit(1);
                         });
        window.openProject(path);
        waitUntil([&] { return opened; });
        window.showView(candist::MainWindow::View::Review);
        waitUntil([&] { return view->isQueueReady(); });
        const double rankSeconds = timer.nsecsElapsed() / 1e9;
        waitUntil([&] { return view->shownRow() >= 0; });
        view->setFocus();
        out << "samples=" << window.document()->sampleCount() << " queue=" << view->queueSize()
            << " open_and_rank_seconds=" << c.toString(rankSeconds, 'f', 2) << Qt::endl;
        const QString hotkey = window.document()->schema().at(0).hotkey;

        // Paced: a human takes longer than 250 ms per sample; the prefetch keeps up.
        Series paced;
        for (int i = 0; i < decisions; ++i) {
            paced.ms.push_back(decideOnce(view, hotkey));
            QElapsedTimer pause;
            pause.start();
            while (pause.elapsed() < 250)
                QApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        // Back to back: key repeat speed, the prefetch only just ahead.
        Series burst;
        for (int i = 0; i < decisions; ++i)
            burst.ms.push_back(decideOnce(view, hotkey));
        // Let the last writes land before measuring the ideal on a second connection.
        waitUntil([&] { return window.document()->isSaved(); });

        // Ideal: the database work of one decision and the next sample, without the window.
        Series ideal;
        {
            candist::ProjectStore store(path);
            const candist::ReviewRanker ranker;
            const QVector<candist::ReviewItem> &queue = view->queue();
            for (int i = 0; i < decisions; ++i) {
                const int at = view->position() + 1 + i;
                if (at + 1 >= queue.size())
                    break;
                QElapsedTimer t;
                t.start();
                store.recordHumanDecision(
                    candist::HumanDecision{queue.at(at).row, candist::HumanAction::Label, 0, {}});
                const candist::SampleDetail detail =
                    candist::SampleDetail::load(store, queue.at(at + 1).row);
                const auto item = ranker.explain(store, queue.at(at + 1).row);
                ideal.ms.push_back(t.nsecsElapsed() / 1e6);
                if (!item || detail.sample.row != queue.at(at + 1).row)
                    throw candist::Error(QStringLiteral("ideal: unexpected sample"));
            }
        }
        out << "paced (4/s): median " << c.toString(paced.percentile(0.5), 'f', 2) << " ms, p95 "
            << c.toString(paced.percentile(0.95), 'f', 2) << " ms, max "
            << c.toString(paced.percentile(1.0), 'f', 2) << " ms over " << paced.ms.size()
            << " decisions" << Qt::endl;
        out << "back to back: median " << c.toString(burst.percentile(0.5), 'f', 2) << " ms, p95 "
            << c.toString(burst.percentile(0.95), 'f', 2) << " ms, max "
            << c.toString(burst.percentile(1.0), 'f', 2) << " ms" << Qt::endl;
        out << "ideal (write + read next, no window): median "
            << c.toString(ideal.percentile(0.5), 'f', 2) << " ms, p95 "
            << c.toString(ideal.percentile(0.95), 'f', 2) << " ms" << Qt::endl;
        out << "review_next_p95_ms=" << c.toString(paced.percentile(0.95), 'f', 2)
            << " ideal_ms=" << c.toString(ideal.percentile(0.5), 'f', 2) << " ratio_vs_ideal="
            << c.toString(paced.percentile(0.5) / ideal.percentile(0.5), 'f', 2) << Qt::endl;
        out << "RESULT review_open_rank_seconds=" << c.toString(rankSeconds, 'f', 2) << Qt::endl;
        out << "RESULT review_next_ms=" << c.toString(paced.percentile(0.5), 'f', 2) << Qt::endl;
    } catch (const candist::Error &error) {
        out << "error: " << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}
