#pragma once

#include <QWidget>

#include "review/agreement_report.h"

class QCustomPlot;
class QLabel;
class QTableWidget;
class QTimer;

namespace candist {

class ProjectDocument;

// Where the human, the teacher and the student disagree (core/review AgreementReport, computed
// in the database thread): confusion heat maps human × teacher and human × student with the
// counts written in the cells, per-label accuracy of both machines against the human answers,
// and who the human sided with. Refreshes (debounced) when decisions change while shown.
class AgreementView : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementView(ProjectDocument *document, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const AgreementReport &report() const { return m_report; }
    // Test hooks: a heat map (teacher or student) and where its cell (human, machine) is drawn.
    QWidget *heatMap(bool student) const;
    QPoint cellCenter(bool student, int human, int machine) const;

Q_SIGNALS:
    void loaded();
    // A heat-map cell was clicked: the samples the human labelled `human` and the teacher (or
    // the student) labelled `machine`.
    void cellActivated(int human, int machine, bool student);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    // The (human, machine) cell under `pos` of a heat map, or false outside the cells.
    bool cellAt(QCustomPlot *plot, const QPoint &pos, int *human, int *machine) const;
    static void renderMatrix(QCustomPlot *plot, const AgreementReport &report,
                             const AgreementReport::Machine &machine, const QString &machineName);

    ProjectDocument *m_document;
    AgreementReport m_report;
    bool m_loaded = false;
    bool m_dirty = true;
    quint64 m_generation = 0;
    QTimer *m_debounce;
    QLabel *m_summary;
    QCustomPlot *m_teacherPlot;
    QCustomPlot *m_studentPlot;
    QTableWidget *m_accuracy;
};

} // namespace candist
