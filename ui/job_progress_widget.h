#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include "model/progress.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace candist {

class BackgroundJob;

// The status-bar strip of a running job: title, bar, done/total, rate, ETA, the job's detail
// (tokens, cost, epoch) and a Cancel button. When the job ends it shows how it ended (elided,
// the whole text in the tooltip) until the next job starts: a temporary status-bar message is
// cut to the window's width and cleared by any status tip under the mouse.
class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget *parent = nullptr);
    void track(BackgroundJob *job);
    QString text() const;
    // Shows how the last job ended, e.g. "Distillation: run 4 finished after 20 epochs…".
    void showResult(const QString &result);

    static QString formatProgress(const ProgressUpdate &update);
    static QString formatDuration(double seconds);

private:
    void show(const ProgressUpdate &update);

    QPointer<BackgroundJob> m_job;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_text;
    QToolButton *m_cancel;
};

} // namespace candist
