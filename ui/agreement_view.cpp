#include "agreement_view.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "project_document.h"

namespace candist {

namespace {

QString percent(double value)
{
    return value < 0 ? AgreementView::tr("—") : QStringLiteral("%1 %").arg(value * 100, 0, 'f', 1);
}

QCustomPlot *makePlot(QWidget *parent, const QString &name)
{
    auto *plot = new QCustomPlot(parent);
    plot->setAccessibleName(name);
    plot->setMinimumSize(320, 300);
    plot->setBackground(parent->palette().color(QPalette::Base));
    return plot;
}

} // namespace

AgreementView::AgreementView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("agreementView"));
    setAccessibleName(tr("Agreement report"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Agreement summary"));
    layout->addWidget(m_summary);
    auto *plots = new QHBoxLayout;
    m_teacherPlot = makePlot(this, tr("Confusion matrix, human × teacher"));
    m_studentPlot = makePlot(this, tr("Confusion matrix, human × student"));
    plots->addWidget(m_teacherPlot);
    plots->addWidget(m_studentPlot);
    layout->addLayout(plots, 3);
    m_accuracy = new QTableWidget(this);
    m_accuracy->setAccessibleName(tr("Per-label accuracy against the human answers"));
    m_accuracy->setColumnCount(4);
    m_accuracy->setHorizontalHeaderLabels(
        {tr("Human label"), tr("Human answers"), tr("Teacher accuracy"), tr("Student accuracy")});
    m_accuracy->verticalHeader()->hide();
    m_accuracy->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accuracy->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_accuracy, 2);

    for (QCustomPlot *plot : {m_teacherPlot, m_studentPlot}) {
        plot->setCursor(Qt::PointingHandCursor);
        plot->setToolTip(tr("Click a cell to list the samples you labelled with its row's label"));
        connect(plot, &QCustomPlot::mousePress, this, [this, plot](QMouseEvent *event) {
            int human = -1;
            int machine = -1;
            if (cellAt(plot, event->pos(), &human, &machine))
                Q_EMIT cellActivated(human, machine, plot == m_studentPlot);
        });
    }

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AgreementView::reload);
    const auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            m_debounce->start();
    };
    connect(document, &ProjectDocument::opened, this, changed);
    connect(document, &ProjectDocument::samplesChanged, this, changed);
    connect(document, &ProjectDocument::reloaded, this, changed);
    connect(document, &ProjectDocument::schemaChanged, this, changed);
    connect(document, &ProjectDocument::closed, this, [this] {
        ++m_generation;
        m_report = AgreementReport();
        m_loaded = false;
        render();
    });
    render();
}

void AgreementView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void AgreementView::reload()
{
    if (!m_document->isOpen())
        return;
    m_dirty = false;
    const quint64 generation = ++m_generation;
    m_document->post<AgreementReport>(
        this, [](ProjectStore &store) { return AgreementReport::compute(store); },
        [this, generation](const AgreementReport &report) {
            if (generation != m_generation)
                return;
            m_report = report;
            m_loaded = true;
            render();
            Q_EMIT loaded();
        });
}

QWidget *AgreementView::heatMap(bool student) const
{
    return student ? m_studentPlot : m_teacherPlot;
}

QPoint AgreementView::cellCenter(bool student, int human, int machine) const
{
    QCustomPlot *plot = student ? m_studentPlot : m_teacherPlot;
    const int n = int(m_report.labels.size());
    if (plot->axisRectCount() == 0 || n == 0)
        return {};
    QCPAxisRect *rect = plot->axisRect(0);
    return QPoint(int(rect->axis(QCPAxis::atBottom)->coordToPixel(machine)),
                  int(rect->axis(QCPAxis::atLeft)->coordToPixel(n - 1 - human)));
}

bool AgreementView::cellAt(QCustomPlot *plot, const QPoint &pos, int *human, int *machine) const
{
    const int n = int(m_report.labels.size());
    QCPAxisRect *rect = plot->axisRectCount() > 0 ? plot->axisRect(0) : nullptr;
    if (!m_loaded || n == 0 || !rect || !rect->rect().contains(pos))
        return false;
    // Columns are the machine's labels (x), rows the human's, top to bottom (y = n - 1 - h).
    const int column = qRound(rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()));
    const int row = qRound(rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y()));
    if (column < 0 || column >= n || row < 0 || row >= n)
        return false;
    *machine = column;
    *human = n - 1 - row;
    return true;
}

void AgreementView::renderMatrix(QCustomPlot *plot, const AgreementReport &report,
                                 const AgreementReport::Machine &machine,
                                 const QString &machineName)
{
    plot->clearPlottables();
    plot->clearItems();
    const int n = int(report.labels.size());
    plot->plotLayout()->clear();
    auto *title =
        new QCPTextElement(plot, tr("Human × %1 (%2 compared, %3 agree)")
                                     .arg(machineName)
                                     .arg(machine.compared)
                                     .arg(percent(machine.compared > 0 ? machine.accuracy() : -1)));
    auto *rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, title);
    plot->plotLayout()->addElement(1, 0, rect);
    if (n == 0) {
        plot->replot();
        return;
    }
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    auto *map = new QCPColorMap(x, y);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    int peak = 1;
    for (int h = 0; h < n && h < machine.confusion.size(); ++h)
        for (int m = 0; m < n && m < machine.confusion.at(h).size(); ++m)
            peak = std::max(peak, machine.confusion.at(h).at(m));
    // Rows are human labels (y, top to bottom), columns the machine's (x).
    for (int h = 0; h < n; ++h) {
        for (int m = 0; m < n; ++m) {
            const int count = h < machine.confusion.size() && m < machine.confusion.at(h).size()
                                  ? machine.confusion.at(h).at(m)
                                  : 0;
            map->data()->setCell(m, n - 1 - h, count);
            if (count == 0)
                continue;
            // The count is written in every non-empty cell: the heat map is never colour alone.
            auto *label = new QCPItemText(plot);
            label->setClipAxisRect(rect);
            label->position->setAxes(x, y);
            label->position->setCoords(m, n - 1 - h);
            label->setText(QString::number(count));
            label->setColor(count * 2 > peak ? Qt::white : Qt::black);
            QFont font = plot->font();
            font.setBold(h == m);
            label->setFont(font);
        }
    }
    QCPColorGradient gradient(QCPColorGradient::gpGrayscale);
    gradient.setColorStopAt(0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(1, QColor(0x08, 0x30, 0x6b));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, peak));
    map->setInterpolate(false);
    QSharedPointer<QCPAxisTickerText> xTicks(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        xTicks->addTick(i, report.labels.at(i));
        yTicks->addTick(n - 1 - i, report.labels.at(i));
    }
    x->setTicker(xTicks);
    y->setTicker(yTicks);
    x->setTickLabelRotation(35);
    x->setLabel(machineName);
    y->setLabel(tr("human"));
    x->setRange(-0.5, n - 0.5);
    y->setRange(-0.5, n - 0.5);
    x->grid()->setVisible(false);
    y->grid()->setVisible(false);
    plot->replot();
}

void AgreementView::render()
{
    const AgreementReport &r = m_report;
    const QLocale locale;
    if (!m_loaded) {
        m_summary->setText(m_document->isOpen() ? tr("Computing the agreement report…")
                                                : tr("No project open."));
    } else if (r.humanLabelled == 0) {
        m_summary->setText(tr("No sample has a human label yet: review some samples (Ctrl+4) "
                              "and the agreement with the teacher and the student appears here."));
    } else {
        const int split = r.humanSidedWithTeacher + r.humanSidedWithStudent;
        m_summary->setText(
            tr("<b>%1</b> samples labelled by a human. Teacher (first candidate) agrees on %2, "
               "the student on %3. Where teacher and student disagreed the human sided with the "
               "<b>teacher %4</b> and with the <b>student %5</b> times; on %6 samples all three "
               "differ.")
                .arg(locale.toString(r.humanLabelled))
                .arg(percent(r.teacher.compared > 0 ? r.teacher.accuracy() : -1))
                .arg(percent(r.student.compared > 0 ? r.student.accuracy() : -1))
                .arg(locale.toString(r.humanSidedWithTeacher))
                .arg(locale.toString(r.humanSidedWithStudent))
                .arg(locale.toString(r.allThreeDiffer)) +
            (split > 0 ? tr(" (student preferred in %1 of those)")
                             .arg(percent(double(r.humanSidedWithStudent) / split))
                       : QString()) +
            (r.studentTrainedOnHuman > 0
                 ? QStringLiteral("<br>") +
                       tr("The student was trained on %n of these human labels (Re-distil): "
                          "they are left out of its comparison, where it would only repeat "
                          "them.",
                          nullptr, r.studentTrainedOnHuman)
                 : QString()));
    }
    renderMatrix(m_teacherPlot, r, r.teacher, tr("teacher"));
    renderMatrix(m_studentPlot, r, r.student, tr("student"));
    m_accuracy->setRowCount(int(r.labels.size()));
    for (int i = 0; i < r.labels.size(); ++i) {
        // Each machine is compared on the human answers it also labelled; a cell says how many.
        const auto compared = [i](const AgreementReport::Machine &machine) {
            int total = 0;
            if (i < machine.confusion.size())
                for (int count : machine.confusion.at(i))
                    total += count;
            return total;
        };
        const auto accuracy = [i, &compared](const AgreementReport::Machine &machine) {
            const double value =
                i < machine.perLabelAccuracy.size() ? machine.perLabelAccuracy.at(i) : -1.0;
            const int total = compared(machine);
            return value < 0 ? percent(value)
                             : tr("%1 (%2 of %3)")
                                   .arg(percent(value))
                                   .arg(qRound(value * total))
                                   .arg(total);
        };
        const int labelled = std::max(compared(r.teacher), compared(r.student));
        const QStringList cells{r.labels.at(i), QString::number(labelled), accuracy(r.teacher),
                                accuracy(r.student)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_accuracy->setItem(i, c, item);
        }
    }
}

} // namespace candist
