#include "distillation_view.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "label_colors.h"
#include "project_document.h"

namespace candist {

namespace {

// Runs are told apart by colour, metrics by line style.
const Qt::PenStyle kMetricStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                      Qt::DashDotDotLine};

void stylePlot(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.color(QPalette::Base));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setNoAntialiasingOnDrag(true);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
        axis->setBasePen(QPen(palette.color(QPalette::Mid)));
    }
}

bool isDefaultMetric(const QString &name)
{
    // The total loss and the held-out accuracy tell most about a run at first sight.
    return name == QLatin1String("loss") || name.endsWith(QLatin1String(".loss")) ||
           name == QLatin1String("loss_total") || name == QLatin1String("test_accuracy");
}

} // namespace

DistillationView::DistillationView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *toolbar = new QToolBar(tr("Plot"), this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *resetZoom =
        toolbar->addAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("Fit to data"));
    QAction *exportAction =
        toolbar->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export plot…"));
    QAction *refresh =
        toolbar->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"));
    layout->addWidget(toolbar);
    // Toolbar buttons are not in the tab chain: shortcuts keep the plot keyboard-reachable.
    resetZoom->setShortcut(QKeySequence(tr("Ctrl+0")));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    // (Refresh needs no shortcut here: the window's F5 reloads the curves too.)
    for (QAction *action : {resetZoom, exportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QStringLiteral("…")),
                                          action->shortcut().toString(QKeySequence::NativeText)));
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 6, 6);
    auto *runLabel = new QLabel(tr("&Runs"), side);
    m_runList = new QListWidget(side);
    m_runList->setObjectName(QStringLiteral("runList"));
    m_runList->setAccessibleName(tr("Distillation runs"));
    runLabel->setBuddy(m_runList);
    auto *metricLabel = new QLabel(tr("&Metrics"), side);
    m_metricList = new QListWidget(side);
    m_metricList->setAccessibleName(tr("Metrics to plot"));
    metricLabel->setBuddy(m_metricList);
    sideLayout->addWidget(runLabel);
    sideLayout->addWidget(m_runList, 1);
    sideLayout->addWidget(metricLabel);
    sideLayout->addWidget(m_metricList, 2);
    side->setMinimumWidth(200);

    auto *plots = new QSplitter(Qt::Vertical, splitter);
    m_curves = new QCustomPlot(plots);
    m_curves->setAccessibleName(tr("Per-epoch curves"));
    stylePlot(m_curves, palette());
    m_curves->xAxis->setLabel(tr("epoch"));
    m_curves->legend->setVisible(true);
    m_curves->legend->setFont(font());
    m_curves->legend->setBrush(QColor(255, 255, 255, 220));
    auto *histograms = new QWidget(plots);
    auto *histogramLayout = new QHBoxLayout(histograms);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    m_setSizes = new QCustomPlot(histograms);
    m_setSizes->setAccessibleName(tr("Histogram of candidate-set sizes"));
    m_confidence = new QCustomPlot(histograms);
    m_confidence->setAccessibleName(tr("Histogram of student confidence"));
    for (QCustomPlot *plot : {m_setSizes, m_confidence}) {
        stylePlot(plot, palette());
        plot->setMinimumHeight(180);
        plot->plotLayout()->insertRow(0);
        histogramLayout->addWidget(plot);
    }
    m_setSizes->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_setSizes, tr("Candidate-set size"),
                           QFont(font().family(), -1, QFont::Bold)));
    m_confidence->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_confidence, tr("Student confidence"),
                           QFont(font().family(), -1, QFont::Bold)));
    m_setSizes->xAxis->setLabel(tr("labels in the teacher's set"));
    m_setSizes->yAxis->setLabel(tr("samples"));
    m_confidence->xAxis->setLabel(tr("max probability"));
    m_confidence->yAxis->setLabel(tr("samples"));
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    connect(resetZoom, &QAction::triggered, this, [this] {
        for (QCustomPlot *plot : {m_curves, m_setSizes, m_confidence}) {
            plot->rescaleAxes();
            plot->replot();
        }
        replotHistograms();
    });
    connect(exportAction, &QAction::triggered, this, &DistillationView::exportInteractive);
    connect(refresh, &QAction::triggered, this, &DistillationView::reload);
    connect(m_runList, &QListWidget::itemChanged, this, [this] {
        if (!m_populating)
            replotCurves();
    });
    connect(m_metricList, &QListWidget::itemChanged, this, [this] {
        if (!m_populating)
            replotCurves();
    });
    // The histograms scan every annotation: on a large project that job would queue in front
    // of the table's first page, so the view loads when it is first shown.
    connect(document, &ProjectDocument::opened, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(document, &ProjectDocument::closed, this, [this] {
        ++m_requests;
        m_data = CurvesData();
        m_loaded = false;
        populate();
    });
}

void DistillationView::reload()
{
    if (!m_document->isOpen())
        return;
    const quint64 request = ++m_requests;
    m_document->post<CurvesData>(
        this, [](ProjectStore &store) { return CurvesData::load(store); },
        [this, request](const CurvesData &data) {
            if (request != m_requests)
                return;
            m_data = data;
            m_loaded = true;
            m_stale = false;
            populate();
            Q_EMIT loaded();
        });
}

QStringList DistillationView::checkedMetrics() const
{
    QStringList names;
    for (int i = 0; i < m_metricList->count(); ++i)
        if (m_metricList->item(i)->checkState() == Qt::Checked)
            names << m_metricList->item(i)->text();
    return names;
}

void DistillationView::populate()
{
    m_populating = true;
    QSet<qint64> uncheckedRuns;
    for (int i = 0; i < m_runList->count(); ++i)
        if (m_runList->item(i)->checkState() != Qt::Checked)
            uncheckedRuns.insert(m_runList->item(i)->data(Qt::UserRole).toLongLong());
    QStringList checked = checkedMetrics();
    m_runList->clear();
    for (int i = 0; i < m_data.runs.size(); ++i) {
        const DistillationRunInfo &info = m_data.runs.at(i).info;
        auto *item = new QListWidgetItem((info.stale ? tr("#%1 %2 (%3, stale)") : tr("#%1 %2 (%3)"))
                                             .arg(info.id)
                                             .arg(info.method, info.status),
                                         m_runList);
        item->setData(Qt::UserRole, info.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(uncheckedRuns.contains(info.id) ? Qt::Unchecked : Qt::Checked);
        QPixmap swatch(12, 12);
        swatch.fill(labelColor(LabelSchema(), i));
        item->setIcon(QIcon(swatch));
        QString tip =
            tr("started %1")
                .arg(QLocale().toString(info.startedAt.toLocalTime(), QLocale::ShortFormat));
        if (info.stale)
            tip += QLatin1Char('\n') + tr("The teacher results or human labels changed while "
                                          "this run trained: distil again.");
        item->setToolTip(tip);
    }
    const QStringList metrics = m_data.metricNames();
    if (checked.isEmpty()) {
        for (const QString &name : metrics)
            if (isDefaultMetric(name))
                checked << name;
        if (checked.isEmpty() && !metrics.isEmpty())
            checked << metrics.first();
    }
    m_metricList->clear();
    for (const QString &name : metrics) {
        auto *item = new QListWidgetItem(name, m_metricList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_populating = false;
    replotCurves();
    replotHistograms();
}

void DistillationView::replotCurves()
{
    m_curves->clearGraphs();
    const QStringList metrics = checkedMetrics();
    for (int r = 0; r < m_runList->count(); ++r) {
        if (m_runList->item(r)->checkState() != Qt::Checked)
            continue;
        const RunCurves &run = m_data.runs.at(r);
        for (int m = 0; m < metrics.size(); ++m) {
            const auto series = run.series.constFind(metrics.at(m));
            if (series == run.series.constEnd())
                continue;
            QCPGraph *graph = m_curves->addGraph();
            QVector<double> keys, values;
            for (const QPointF &point : *series) {
                keys << point.x();
                values << point.y();
            }
            graph->setData(keys, values, true);
            QPen pen(labelColor(LabelSchema(), r), 2, kMetricStyles[m % 5]);
            graph->setPen(pen);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
            graph->setName(tr("#%1 %2: %3").arg(run.info.id).arg(run.info.method, metrics.at(m)));
        }
    }
    m_curves->rescaleAxes();
    m_curves->yAxis->scaleRange(1.08); // no curve glued to the frame
    if (m_curves->graphCount() == 0) {
        m_curves->xAxis->setRange(0, 10);
        m_curves->yAxis->setRange(0, 1);
    }
    m_curves->replot();
}

void DistillationView::replotHistograms()
{
    m_setSizes->clearPlottables();
    auto *sizes = new QCPBars(m_setSizes->xAxis, m_setSizes->yAxis);
    sizes->setPen(Qt::NoPen);
    sizes->setBrush(QColor(0x4e79a7));
    double maxCount = 1;
    int maxSize = 1;
    for (auto it = m_data.setSizes.constBegin(); it != m_data.setSizes.constEnd(); ++it) {
        sizes->addData(it.key(), double(it.value()));
        maxCount = std::max(maxCount, double(it.value()));
        maxSize = std::max(maxSize, it.key());
    }
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    m_setSizes->xAxis->setTicker(ticker);
    m_setSizes->xAxis->setRange(-0.5, maxSize + 0.5);
    m_setSizes->yAxis->setRange(0, maxCount * 1.08);
    m_setSizes->replot();

    m_confidence->clearPlottables();
    auto *bins = new QCPBars(m_confidence->xAxis, m_confidence->yAxis);
    const double width = 1.0 / CurvesData::kConfidenceBins;
    bins->setWidth(width * 0.92);
    bins->setPen(Qt::NoPen);
    bins->setBrush(QColor(0x59a14f));
    maxCount = 1;
    for (int i = 0; i < m_data.confidenceBins.size(); ++i) {
        bins->addData((i + 0.5) * width, double(m_data.confidenceBins.at(i)));
        maxCount = std::max(maxCount, double(m_data.confidenceBins.at(i)));
    }
    m_confidence->xAxis->setRange(0, 1);
    m_confidence->yAxis->setRange(0, maxCount * 1.08);
    m_confidence->replot();
}

void DistillationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

bool DistillationView::exportCurves(const QString &path)
{
    // Through QSaveFile, like every export: a failed or interrupted write keeps the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        constexpr int width = 960, height = 600; // points: one PDF point per plot pixel
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QCoreApplication::applicationName());
        QCPPainter painter(&writer);
        if (!painter.isActive())
            return false;
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        m_curves->toPainter(&painter, width, height);
        painter.end();
    } else if (!m_curves->toPixmap(1280, 800).save(&file, "PNG")) {
        return false;
    }
    return file.commit();
}

void DistillationView::exportInteractive()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export plot"), QStringLiteral("distillation-curves.png"),
        tr("PNG image (*.png);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (!exportCurves(path))
        QMessageBox::warning(this, tr("Export plot"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace candist
