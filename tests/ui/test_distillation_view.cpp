// qcustomplot.h declares its signals with Qt's keywords, which the tests turn off
// (candist_test_support): this file inspects the plots, so it turns them back on first.
#undef QT_NO_KEYWORDS

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <qcustomplot.h>

#include "curves_data.h"
#include "demo_project.h"
#include "distillation_view.h"
#include "project_document.h"
#include "store/project_store.h"
#include "store/queries/run_query.h"
#include "test_files.h"

using namespace candist;

class DistillationViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flattensNumericMetrics();
    void loadsRunsAndHistograms();
    void viewPlotsCheckedMetricsAndExports();
    void marksRunsWhoseAnnotationsChanged();
    void metricsHaveReadableNamesAndUnits();
    void defaultsAreSmallMultiplesWithTheLegendOutside();
    void hoveringAPointDescribesIt();
    void runsCanBeHiddenRenamedAndDeleted();

private:
    // A demo project (three runs with curves) open in a shown view.
    struct Fixture
    {
        test::Scratch scratch;
        QString path;
        ProjectDocument document;
        DistillationView view{&document};
        explicit Fixture(qint64 samples = 300)
        {
            path = scratch.path(QStringLiteral("curves.candist"));
            demo::writeDemoProject(path, demo::DemoProjectOptions{samples});
            view.resize(1200, 800);
            view.show();
        }
        bool load()
        {
            QSignalSpy loaded(&view, &DistillationView::loaded);
            if (!view.isLoaded())
                document.open(path);
            else
                view.reload();
            return loaded.wait(20000);
        }
    };
};

void DistillationViewTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
}

void DistillationViewTest::flattensNumericMetrics()
{
    const QJsonObject metrics{{QStringLiteral("epoch"), 3},
                              {QStringLiteral("loss"), 0.5},
                              {QStringLiteral("name"), QStringLiteral("x")},
                              {QStringLiteral("warm"), true},
                              {QStringLiteral("share"), QJsonObject{{QStringLiteral("out"), 0.1},
                                                                    {QStringLiteral("hc"), 0.02}}}};
    const QMap<QString, double> flat = numericMetrics(metrics);
    QCOMPARE(flat.keys(), (QStringList{QStringLiteral("loss"), QStringLiteral("share.hc"),
                                       QStringLiteral("share.out")}));
    QCOMPARE(flat.value(QStringLiteral("share.out")), 0.1);
}

void DistillationViewTest::loadsRunsAndHistograms()
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("runs.candist"));
    demo::writeDemoProject(path, demo::DemoProjectOptions{400});
    ProjectStore store(path);
    const CurvesData data = CurvesData::load(store);
    QCOMPARE(data.runs.size(), 3);
    QCOMPARE(data.runs.first().series.value(QStringLiteral("loss")).size(), 20);
    QCOMPARE(data.runs.first().series.value(QStringLiteral("loss")).first().x(), 1.0);
    QVERIFY(data.metricNames().contains(QStringLiteral("test_accuracy")));
    qint64 sized = 0;
    for (qint64 count : data.setSizes)
        sized += count;
    QCOMPARE(sized, store.teacherResultCount(TeacherStatus::Ok));
    qint64 binned = 0;
    for (qint64 count : data.confidenceBins)
        binned += count;
    QCOMPARE(binned, qint64(400));
}

void DistillationViewTest::viewPlotsCheckedMetricsAndExports()
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("view.candist"));
    demo::writeDemoProject(path, demo::DemoProjectOptions{300});
    ProjectDocument document;
    DistillationView view(&document);
    view.resize(1000, 700);
    view.show();
    QSignalSpy loaded(&view, &DistillationView::loaded);
    document.open(path);
    QVERIFY(loaded.wait(20000));
    QVERIFY(view.checkedMetrics().contains(QStringLiteral("loss")));
    const QString png = scratch.write(QStringLiteral("curves.png"), "an older export");
    QVERIFY(view.exportCurves(png));
    QCOMPARE(QImage(png).size(), QSize(1280, 800));
    QCOMPARE(QFileInfo(png).dir().entryList({QStringLiteral("curves.png*")}, QDir::Files),
             QStringList{QStringLiteral("curves.png")}); // no temporary left behind
    QVERIFY(!view.exportCurves(scratch.path(QStringLiteral("missing/curves.png"))));
    const QString pdf = scratch.path(QStringLiteral("curves.pdf"));
    QVERIFY(view.exportCurves(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));
}

// A run whose teacher results or human labels changed while it trained says so in the list.
void DistillationViewTest::marksRunsWhoseAnnotationsChanged()
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("stale.candist"));
    demo::writeDemoProject(path, demo::DemoProjectOptions{300});
    ProjectDocument document;
    DistillationView view(&document);
    view.show();
    QSignalSpy loaded(&view, &DistillationView::loaded);
    document.open(path);
    QVERIFY(loaded.wait(20000));
    auto *runs = view.findChild<QListWidget *>(QStringLiteral("runList"));
    QVERIFY(runs && runs->count() > 0);
    for (int i = 0; i < runs->count(); ++i)
        QVERIFY2(!runs->item(i)->text().contains(QStringLiteral("stale")),
                 qPrintable(runs->item(i)->text()));
    {
        ProjectStore store(path);
        const qint64 run = store.beginRun(QStringLiteral("candist"), {});
        store.recordHumanDecision({store.samples(0, 1).front().row, HumanAction::Label, 0, {}});
        store.finishRun(run, QStringLiteral("finished"), {{QStringLiteral("stale"), true}});
    }
    loaded.clear();
    view.reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(runs->count(), 4);
    for (int i = 0; i < runs->count(); ++i)
        QCOMPARE(runs->item(i)->text().contains(QStringLiteral("stale")), i == 3);
}

void DistillationViewTest::metricsHaveReadableNamesAndUnits()
{
    QCOMPARE(metricStyle(QStringLiteral("pool_accuracy")).axisLabel(),
             QStringLiteral("pool accuracy (%)"));
    QCOMPARE(metricStyle(QStringLiteral("share_out")).axisLabel(),
             QStringLiteral("D_out share (%)"));
    QCOMPARE(metricStyle(QStringLiteral("teacher_agreement")).axisLabel(),
             QStringLiteral("agreement with the teacher (%)"));
    QCOMPARE(metricStyle(QStringLiteral("share_out")).scale, 100.0);
    QCOMPARE(metricStyle(QStringLiteral("loss")).axisLabel(), QStringLiteral("total loss"));
    QCOMPARE(metricStyle(QStringLiteral("loss")).scale, 1.0);
    QCOMPARE(metricStyle(QStringLiteral("seconds")).axisLabel(), QStringLiteral("epoch time (s)"));
    // A metric the view does not know keeps its key, unscaled.
    QCOMPARE(metricStyle(QStringLiteral("custom.metric")).axisLabel(),
             QStringLiteral("custom.metric"));
    // Without gold the distiller writes no pool accuracy: no plot for it.
    QCOMPARE(defaultMetrics({QStringLiteral("loss"), QStringLiteral("share_sl"),
                             QStringLiteral("teacher_agreement"), QStringLiteral("seconds")}),
             (QStringList{QStringLiteral("teacher_agreement"), QStringLiteral("share_sl"),
                          QStringLiteral("loss")}));
}

void DistillationViewTest::defaultsAreSmallMultiplesWithTheLegendOutside()
{
    Fixture f;
    QVERIFY(f.load());
    const QStringList expected{QStringLiteral("pool_accuracy"), QStringLiteral("teacher_agreement"),
                               QStringLiteral("share_out"),     QStringLiteral("share_hc"),
                               QStringLiteral("share_sl"),      QStringLiteral("loss"),
                               QStringLiteral("L_dr"),          QStringLiteral("L_cr_in")};
    QCOMPARE(f.view.checkedMetrics(), expected);
    QCustomPlot *plot = f.view.curvesPlot();
    QCOMPARE(f.view.metricPlots().size(), expected.size());
    plot->replot();
    QCPLegend *legend = f.view.runLegend();
    QVERIFY(legend && legend->visible());
    QCOMPARE(legend->itemCount(), 3); // one entry per run, not per curve
    for (int m = 0; m < expected.size(); ++m) {
        QCPAxisRect *rect = f.view.metricPlots().at(m);
        QCOMPARE(f.view.metricTitles().at(m), metricStyle(expected.at(m)).axisLabel());
        const QString unit = metricStyle(expected.at(m)).unit;
        QCOMPARE(rect->axis(QCPAxis::atLeft)->label(),
                 unit.isEmpty() ? QStringLiteral("value") : unit);
        QCOMPARE(rect->axis(QCPAxis::atBottom)->label(), QStringLiteral("epoch"));
        QCOMPARE(rect->graphs().size(), 3); // every run in every plot
        QVERIFY2(!rect->outerRect().intersects(legend->outerRect()), qPrintable(expected.at(m)));
    }
    // Fractions are plotted as percentages.
    const QCPGraph *pool = f.view.metricPlots().first()->graphs().first();
    QVERIFY(pool->data()->at(0)->value > 20 && pool->data()->at(0)->value <= 100);
}

void DistillationViewTest::hoveringAPointDescribesIt()
{
    Fixture f;
    QVERIFY(f.load());
    QCustomPlot *plot = f.view.curvesPlot();
    plot->replot();
    const QCPGraph *pool = f.view.metricPlots().first()->graphs().first();
    const auto point = pool->data()->at(4);
    const QPoint at(int(pool->keyAxis()->coordToPixel(point->key)),
                    int(pool->valueAxis()->coordToPixel(point->value)));
    const QString text = f.view.pointTextAt(at + QPoint(2, 1));
    QVERIFY2(text.contains(QStringLiteral("epoch 5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("pool accuracy: ") +
                           QLocale().toString(point->value, 'f', 1) + QStringLiteral(" %")),
             qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("#1 ")), qPrintable(text));
    // Far from every point: nothing.
    const QRect frame = f.view.metricPlots().first()->rect();
    QVERIFY(f.view.pointTextAt(QPoint(frame.left() - 30, frame.top() - 30)).isEmpty());
}

void DistillationViewTest::runsCanBeHiddenRenamedAndDeleted()
{
    Fixture f;
    QVERIFY(f.load());
    auto *runs = f.view.findChild<QListWidget *>(QStringLiteral("runList"));
    QCOMPARE(runs->count(), 3);
    const qint64 first = f.view.data().runs.at(0).info.id;
    const qint64 second = f.view.data().runs.at(1).info.id;
    // Each run's options are in its tooltip.
    QVERIFY2(runs->item(0)->toolTip().contains(QStringLiteral("epochs: 20")),
             qPrintable(runs->item(0)->toolTip()));

    f.view.setRunHidden(second, true);
    for (QCPAxisRect *rect : f.view.metricPlots())
        QCOMPARE(rect->graphs().size(), 2);
    QCOMPARE(f.view.runLegend()->itemCount(), 2);
    f.view.setRunHidden(second, false);
    QCOMPARE(f.view.runLegend()->itemCount(), 3);

    {
        QSignalSpy loaded(&f.view, &DistillationView::loaded);
        f.view.renameRun(first, QStringLiteral("  baseline  "));
        QVERIFY(loaded.wait(20000));
    }
    QVERIFY2(runs->item(0)->text().startsWith(QStringLiteral("baseline — #")),
             qPrintable(runs->item(0)->text()));
    QCOMPARE(f.view.metricPlots().first()->graphs().first()->name(), QStringLiteral("baseline"));
    QCOMPARE(run_query::runNames(ProjectStore(f.path)).value(first), QStringLiteral("baseline"));

    // The run whose labels the project uses cannot go; another one can, with its name.
    QSignalSpy errors(&f.document, &ProjectDocument::errorOccurred);
    f.view.deleteRun(first);
    QVERIFY(errors.wait(20000));
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("current student labels")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(ProjectStore(f.path).runs().size(), 3);
    {
        QSignalSpy loaded(&f.view, &DistillationView::loaded);
        f.view.renameRun(second, QStringLiteral("ablation"));
        QVERIFY(loaded.wait(20000));
        f.view.deleteRun(second);
        QVERIFY(loaded.wait(20000));
    }
    QCOMPARE(runs->count(), 2);
    const ProjectStore store(f.path);
    QCOMPARE(store.runs().size(), 2);
    QVERIFY(store.runEpochs(second).isEmpty());
    QVERIFY(!run_query::runNames(store).contains(second));
}

QTEST_MAIN(DistillationViewTest)
#include "test_distillation_view.moc"
