#pragma once

#include <QVector>
#include <QWidget>

#include "curves_data.h"

class QCPAxisRect;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace candist {

class ProjectDocument;

// Per-epoch curves of the stored distillation runs as small multiples: one plot per checked
// metric (by default pool accuracy, agreement with the teacher, the D_out / D_hc / D_sl shares
// and the loss terms), each with a readable name and unit on its y axis, colour = run, the run
// legend beside the plots (never over the data), and the value of the point under the mouse as
// a tooltip. Runs can be hidden (their check box), renamed and deleted; a run's tooltip lists its
// options. Histograms of candidate-set sizes and student confidence sit below. Plots zoom and
// pan with the mouse and export to PNG or PDF.
class DistillationView : public QWidget
{
    Q_OBJECT
public:
    explicit DistillationView(ProjectDocument *document, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const CurvesData &data() const { return m_data; }
    QCustomPlot *curvesPlot() const { return m_curves; }
    // Metric keys ("pool_accuracy", ...) with a plot, in the order of the small multiples.
    QStringList checkedMetrics() const;
    // One axis rect per checked metric, in the same order (its y axis names the unit); the run
    // legend is outside all of them.
    const QVector<QCPAxisRect *> &metricPlots() const { return m_metricPlots; }
    // Each plot's title: the metric's name with its unit ("pool accuracy (%)").
    QStringList metricTitles() const;
    QCPLegend *runLegend() const { return m_legend; }
    // The text the tooltip shows for `position` in the curves plot: the nearest point of a
    // curve within a few pixels (run, epoch, metric and value), or empty.
    QString pointTextAt(const QPoint &position) const;

    // Hiding is the run's check box: only a view setting. Rename and delete write the project
    // (in the database thread) and reload; errors reach ProjectDocument::errorOccurred.
    void setRunHidden(qint64 runId, bool hidden);
    void renameRun(qint64 runId, const QString &name);
    void deleteRun(qint64 runId);
    // A run's options (its stored parameters), one "name: value" per line.
    QString runOptions(qint64 runId) const;

    // Writes the curves plot; the format follows the suffix (.png or .pdf). Returns false and
    // reports nothing itself when the file cannot be written.
    bool exportCurves(const QString &path);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PlottedGraph
    {
        int run = -1; // index into m_data.runs
        QString metric;
    };
    void populate();
    void replotCurves();
    void replotHistograms();
    void restyle();
    void exportInteractive();
    void renameSelectedRun();
    void deleteSelectedRun();
    void showPointTip(const QPoint &position);
    int runIndex(qint64 runId) const;
    qint64 selectedRun() const;

    ProjectDocument *m_document;
    CurvesData m_data;
    bool m_loaded = false;
    bool m_stale = false; // a project is open but not loaded yet
    bool m_populating = false;
    quint64 m_requests = 0;
    QListWidget *m_runList = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QListWidget *m_metricList = nullptr;
    QCustomPlot *m_curves = nullptr;
    QVector<QCPAxisRect *> m_metricPlots;
    QVector<QCPTextElement *> m_metricTitles;
    QCPLegend *m_legend = nullptr;
    QVector<PlottedGraph> m_graphs; // parallel to m_curves' graphs
    QCustomPlot *m_setSizes = nullptr;
    QCustomPlot *m_confidence = nullptr;
};

} // namespace candist
