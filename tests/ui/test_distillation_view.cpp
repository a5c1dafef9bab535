#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "curves_data.h"
#include "demo_project.h"
#include "distillation_view.h"
#include "project_document.h"
#include "store/project_store.h"
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
    QCOMPARE(view.checkedMetrics(),
             (QStringList{QStringLiteral("loss"), QStringLiteral("test_accuracy")}));
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

QTEST_MAIN(DistillationViewTest)
#include "test_distillation_view.moc"
