#include "distillation_view.h"

#include <algorithm>
#include <cmath>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "label_colors.h"
#include "project_document.h"
#include "store/queries/run_query.h"

namespace candist {

namespace {

constexpr double kHoverRadius = 10; // px: how near the mouse must be to a point to describe it

void styleAxis(QCPAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    axis->setBasePen(QPen(palette.color(QPalette::Mid)));
    axis->setTickPen(QPen(palette.color(QPalette::Mid)));
    axis->setSubTickPen(QPen(palette.color(QPalette::Mid)));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(90);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
}

void stylePlot(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.color(QPalette::Base));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setNoAntialiasingOnDrag(true);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, palette);
}

QString formatParameter(const QJsonValue &value)
{
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
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
    auto *runLabel = new QLabel(tr("&Runs (uncheck to hide)"), side);
    m_runList = new QListWidget(side);
    m_runList->setObjectName(QStringLiteral("runList"));
    m_runList->setAccessibleName(tr("Distillation runs"));
    m_runList->setContextMenuPolicy(Qt::CustomContextMenu);
    runLabel->setBuddy(m_runList);
    auto *runButtons = new QHBoxLayout;
    m_renameButton = new QPushButton(tr("Re&name…"), side);
    m_renameButton->setObjectName(QStringLiteral("renameRunButton"));
    m_deleteButton = new QPushButton(tr("De&lete…"), side);
    m_deleteButton->setObjectName(QStringLiteral("deleteRunButton"));
    m_deleteButton->setToolTip(tr("Removes the run and its curves from the project; this cannot "
                                  "be undone"));
    runButtons->addWidget(m_renameButton);
    runButtons->addWidget(m_deleteButton);
    auto *metricLabel = new QLabel(tr("&Metrics (one plot each)"), side);
    m_metricList = new QListWidget(side);
    m_metricList->setAccessibleName(tr("Metrics to plot"));
    metricLabel->setBuddy(m_metricList);
    sideLayout->addWidget(runLabel);
    sideLayout->addWidget(m_runList, 1);
    sideLayout->addLayout(runButtons);
    sideLayout->addWidget(metricLabel);
    sideLayout->addWidget(m_metricList, 2);
    side->setMinimumWidth(220);

    auto *plots = new QSplitter(Qt::Vertical, splitter);
    m_curves = new QCustomPlot(plots);
    m_curves->setAccessibleName(tr("Per-epoch curves"));
    m_curves->setAutoAddPlottableToLegend(false);
    m_curves->setMouseTracking(true);
    auto *histograms = new QWidget(plots);
    auto *histogramLayout = new QHBoxLayout(histograms);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    m_setSizes = new QCustomPlot(histograms);
    m_setSizes->setAccessibleName(tr("Histogram of candidate-set sizes"));
    m_confidence = new QCustomPlot(histograms);
    m_confidence->setAccessibleName(tr("Histogram of student confidence"));
    for (QCustomPlot *plot : {m_setSizes, m_confidence}) {
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
    restyle();

    connect(resetZoom, &QAction::triggered, this, [this] {
        replotCurves();
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
    connect(m_renameButton, &QPushButton::clicked, this, &DistillationView::renameSelectedRun);
    connect(m_deleteButton, &QPushButton::clicked, this, &DistillationView::deleteSelectedRun);
    connect(m_runList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_renameButton->setEnabled(row >= 0);
        m_deleteButton->setEnabled(row >= 0);
    });
    connect(m_runList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_runList->itemAt(at))
            return;
        QMenu menu(this);
        connect(menu.addAction(tr("Rename…")), &QAction::triggered, this,
                &DistillationView::renameSelectedRun);
        connect(menu.addAction(tr("Delete…")), &QAction::triggered, this,
                &DistillationView::deleteSelectedRun);
        menu.exec(m_runList->viewport()->mapToGlobal(at));
    });
    connect(m_curves, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showPointTip(event->pos()); });
    // The histograms scan every annotation: on a large project that job would queue in front
    // of the table's first page, so the view loads when it is first shown.
    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(document, &ProjectDocument::opened, this, stale);
    connect(document, &ProjectDocument::reloaded, this, stale);
    connect(document, &ProjectDocument::closed, this, [this] {
        ++m_requests;
        m_data = CurvesData();
        m_loaded = false;
        populate();
    });
    populate();
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
    QStringList keys;
    for (int i = 0; i < m_metricList->count(); ++i)
        if (m_metricList->item(i)->checkState() == Qt::Checked)
            keys << m_metricList->item(i)->data(Qt::UserRole).toString();
    return keys;
}

QStringList DistillationView::metricTitles() const
{
    QStringList titles;
    for (const QCPTextElement *title : m_metricTitles)
        titles << title->text();
    return titles;
}

int DistillationView::runIndex(qint64 runId) const
{
    for (int i = 0; i < m_data.runs.size(); ++i)
        if (m_data.runs.at(i).info.id == runId)
            return i;
    return -1;
}

qint64 DistillationView::selectedRun() const
{
    const QListWidgetItem *item = m_runList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

QString DistillationView::runOptions(qint64 runId) const
{
    const int index = runIndex(runId);
    if (index < 0)
        return {};
    const QJsonObject &parameters = m_data.runs.at(index).info.parameters;
    QStringList lines;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), formatParameter(it.value()));
    return lines.join(QLatin1Char('\n'));
}

void DistillationView::populate()
{
    m_populating = true;
    QSet<qint64> hiddenRuns;
    for (int i = 0; i < m_runList->count(); ++i)
        if (m_runList->item(i)->checkState() != Qt::Checked)
            hiddenRuns.insert(m_runList->item(i)->data(Qt::UserRole).toLongLong());
    const qint64 current = selectedRun();
    QStringList checked = checkedMetrics();
    const bool firstFill = m_metricList->count() == 0;
    m_runList->clear();
    for (int i = 0; i < m_data.runs.size(); ++i) {
        const RunCurves &run = m_data.runs.at(i);
        const DistillationRunInfo &info = run.info;
        const QString state = info.stale ? tr("%1, stale").arg(info.status) : info.status;
        const QString text =
            run.name.isEmpty()
                ? tr("#%1 %2 (%3)").arg(info.id).arg(info.method, state)
                : tr("%1 — #%2 %3 (%4)").arg(run.name).arg(info.id).arg(info.method, state);
        auto *item = new QListWidgetItem(text, m_runList);
        item->setData(Qt::UserRole, info.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(hiddenRuns.contains(info.id) ? Qt::Unchecked : Qt::Checked);
        QPixmap swatch(12, 12);
        swatch.fill(labelColorOn(LabelSchema(), i, palette().color(QPalette::Base)));
        item->setIcon(QIcon(swatch));
        QString tip =
            tr("started %1")
                .arg(QLocale().toString(info.startedAt.toLocalTime(), QLocale::ShortFormat));
        const QString options = runOptions(info.id);
        if (!options.isEmpty())
            tip += QLatin1String("\n\n") + tr("Options:") + QLatin1Char('\n') + options;
        if (info.stale)
            tip += QLatin1String("\n\n") + tr("The teacher results or human labels changed while "
                                              "this run trained: distil again.");
        item->setToolTip(tip);
        if (info.id == current)
            m_runList->setCurrentItem(item);
    }
    const QStringList metrics = orderedMetrics(m_data.metricNames());
    if (firstFill || checked.isEmpty())
        checked = defaultMetrics(metrics);
    if (checked.isEmpty() && !metrics.isEmpty())
        checked << metrics.first();
    m_metricList->clear();
    for (const QString &key : metrics) {
        auto *item = new QListWidgetItem(metricStyle(key).axisLabel(), m_metricList);
        item->setData(Qt::UserRole, key);
        item->setToolTip(key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_renameButton->setEnabled(m_runList->currentItem() != nullptr);
    m_deleteButton->setEnabled(m_runList->currentItem() != nullptr);
    m_populating = false;
    replotCurves();
    replotHistograms();
}

void DistillationView::replotCurves()
{
    // The axes die with their rects: the graphs on them go first.
    m_curves->clearGraphs();
    m_graphs.clear();
    m_metricPlots.clear();
    m_metricTitles.clear();
    m_curves->plotLayout()->clear();
    m_legend = nullptr;

    const QStringList metrics = checkedMetrics();
    auto *grid = new QCPLayoutGrid;
    m_curves->plotLayout()->addElement(0, 0, grid);
    const int plotCount = std::max(1, int(metrics.size()));
    const int columns = plotCount == 1 ? 1 : plotCount <= 4 ? 2 : 3;
    QFont titleFont = font();
    titleFont.setBold(true);
    for (int m = 0; m < plotCount; ++m) {
        // The metric's full name is the plot's title: a small plot's y axis is too short for
        // it, so the axis names the unit.
        const MetricStyle style = m < metrics.size() ? metricStyle(metrics.at(m)) : MetricStyle{};
        auto *title = new QCPTextElement(
            m_curves, m < metrics.size() ? style.axisLabel() : tr("no metric chosen"), titleFont);
        auto *rect = new QCPAxisRect(m_curves);
        grid->addElement(2 * (m / columns), m % columns, title);
        grid->addElement(2 * (m / columns) + 1, m % columns, rect);
        grid->setRowStretchFactor(2 * (m / columns), 0.001);
        rect->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
        rect->axis(QCPAxis::atLeft)->setLabel(style.unit.isEmpty() ? tr("value") : style.unit);
        m_metricPlots << rect;
        m_metricTitles << title;
    }

    // The legend names the runs (colour = run, the same in every plot) in a column of its own to
    // the right of the plots, so it never covers a curve.
    m_legend = new QCPLegend;
    auto *side = new QCPLayoutGrid;
    m_curves->plotLayout()->addElement(0, 1, side);
    m_curves->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_legend);
    side->addElement(1, 0, new QCPLayoutElement(m_curves)); // keeps the entries together on top
    side->setRowStretchFactor(0, 0.001);
    m_legend->setLayer(QStringLiteral("legend"));
    m_legend->setFont(font());
    m_legend->setVisible(false);

    QSet<int> inLegend;
    for (int r = 0; r < m_runList->count() && r < m_data.runs.size(); ++r) {
        if (m_runList->item(r)->checkState() != Qt::Checked)
            continue;
        const RunCurves &run = m_data.runs.at(r);
        for (int m = 0; m < metrics.size(); ++m) {
            const auto series = run.series.constFind(metrics.at(m));
            if (series == run.series.constEnd())
                continue;
            const MetricStyle style = metricStyle(metrics.at(m));
            QCPAxisRect *rect = m_metricPlots.at(m);
            QCPGraph *graph =
                m_curves->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            QVector<double> keys, values;
            for (const QPointF &point : *series) {
                keys << point.x();
                values << point.y() * style.scale;
            }
            graph->setData(keys, values, true);
            graph->setPen(QPen(labelColorOn(LabelSchema(), r, palette().color(QPalette::Base)), 2));
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
            graph->setName(runTitle(run));
            m_graphs.append({r, metrics.at(m)});
            if (!inLegend.contains(r)) {
                graph->addToLegend(m_legend);
                inLegend.insert(r);
            }
        }
    }
    m_legend->setVisible(!inLegend.isEmpty());
    for (QCPAxisRect *rect : m_metricPlots) {
        const bool empty = rect->graphs().isEmpty();
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        if (empty) {
            x->setRange(0, 10);
            y->setRange(0, 1);
            continue;
        }
        x->rescale();
        y->rescale();
        y->scaleRange(1.08); // no curve glued to the frame
    }
    restyle();
    m_curves->replot();
}

QString DistillationView::pointTextAt(const QPoint &position) const
{
    double best = kHoverRadius;
    QString text;
    for (int g = 0; g < m_curves->graphCount() && g < m_graphs.size(); ++g) {
        const QCPGraph *graph = m_curves->graph(g);
        if (!graph->keyAxis()->axisRect()->rect().contains(position))
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const QPointF pixel(graph->keyAxis()->coordToPixel(it->key),
                                graph->valueAxis()->coordToPixel(it->value));
            const double distance = std::hypot(pixel.x() - position.x(), pixel.y() - position.y());
            if (distance >= best)
                continue;
            best = distance;
            const PlottedGraph &plotted = m_graphs.at(g);
            const MetricStyle style = metricStyle(plotted.metric);
            const QLocale locale;
            const QString value = style.unit == QLatin1String("%")
                                      ? locale.toString(it->value, 'f', 1)
                                      : locale.toString(it->value, 'g', 4);
            text = tr("%1, epoch %2\n%3: %4%5")
                       .arg(runTitle(m_data.runs.at(plotted.run)))
                       .arg(it->key)
                       .arg(style.title, value,
                            style.unit.isEmpty() ? QString() : QStringLiteral(" ") + style.unit);
        }
    }
    return text;
}

void DistillationView::showPointTip(const QPoint &position)
{
    const QString text = pointTextAt(position);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_curves->mapToGlobal(position), text, m_curves);
}

void DistillationView::setRunHidden(qint64 runId, bool hidden)
{
    const int index = runIndex(runId);
    if (index >= 0 && index < m_runList->count())
        m_runList->item(index)->setCheckState(hidden ? Qt::Unchecked : Qt::Checked);
}

void DistillationView::renameRun(qint64 runId, const QString &name)
{
    m_document->postWrite(
        [runId, name](ProjectStore &store) { run_query::setRunName(store, runId, name); },
        [this] { reload(); });
}

void DistillationView::deleteRun(qint64 runId)
{
    m_document->postWrite([runId](ProjectStore &store) { run_query::deleteRun(store, runId); },
                          [this] { reload(); });
}

void DistillationView::renameSelectedRun()
{
    const int index = runIndex(selectedRun());
    if (index < 0)
        return;
    const RunCurves &run = m_data.runs.at(index);
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Run"),
        tr("Name of run #%1 (%2); empty for none:").arg(run.info.id).arg(run.info.method),
        QLineEdit::Normal, run.name, &ok);
    if (ok)
        renameRun(run.info.id, name);
}

void DistillationView::deleteSelectedRun()
{
    const int index = runIndex(selectedRun());
    if (index < 0)
        return;
    const RunCurves &run = m_data.runs.at(index);
    QMessageBox box(
        QMessageBox::Warning, tr("Delete Run"),
        tr("Delete %1 and its curves from the project? This cannot be undone.").arg(runTitle(run)),
        QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Delete Run"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteRun(run.info.id);
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

void DistillationView::restyle()
{
    const QPalette pal = palette();
    for (QCustomPlot *plot : {m_curves, m_setSizes, m_confidence})
        stylePlot(plot, pal);
    for (QCustomPlot *plot : {m_setSizes, m_confidence})
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
            title->setTextColor(pal.color(QPalette::Text));
    for (QCPTextElement *title : m_metricTitles)
        title->setTextColor(pal.color(QPalette::Text));
    if (m_legend) {
        m_legend->setBrush(pal.color(QPalette::Base));
        m_legend->setTextColor(pal.color(QPalette::Text));
        m_legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    }
}

void DistillationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A light or dark palette arrives at run time (the system's, or Settings' colour scheme).
    if (event->type() == QEvent::PaletteChange && m_confidence) {
        populate(); // the run colours follow the background too
    }
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
