#pragma once

#include <QWidget>

#include "curves_data.h"

class QCustomPlot;
class QListWidget;
class QListWidgetItem;

namespace candist {

class ProjectDocument;

// Per-epoch curves of the stored distillation runs (any numeric metric the student wrote, several
// runs overlaid), plus histograms of candidate-set sizes and student confidence. Plots zoom and
// pan with the mouse and export to PNG or PDF.
class DistillationView : public QWidget
{
    Q_OBJECT
public:
    explicit DistillationView(ProjectDocument *document, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QCustomPlot *curvesPlot() const { return m_curves; }
    QStringList checkedMetrics() const;
    // Writes the curves plot; the format follows the suffix (.png or .pdf). Returns false and
    // reports nothing itself when the file cannot be written.
    bool exportCurves(const QString &path);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void populate();
    void replotCurves();
    void replotHistograms();
    void exportInteractive();

    ProjectDocument *m_document;
    CurvesData m_data;
    bool m_loaded = false;
    bool m_stale = false; // a project is open but not loaded yet
    bool m_populating = false;
    quint64 m_requests = 0;
    QListWidget *m_runList;
    QListWidget *m_metricList;
    QCustomPlot *m_curves;
    QCustomPlot *m_setSizes;
    QCustomPlot *m_confidence;
};

} // namespace candist
