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
// (tokens, cost, epoch) and a Cancel button. Hidden while no job runs.
class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget *parent = nullptr);
    void track(BackgroundJob *job);
    QString text() const;

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
