#include "job_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include "background_job.h"

namespace candist {

namespace {
constexpr int kResultWidth = 520; // pixels
} // namespace

JobProgressWidget::JobProgressWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(180);
    m_bar->setMaximumHeight(16);
    m_bar->setAccessibleName(tr("Job progress"));
    m_text = new QLabel(this);
    m_text->setAccessibleName(tr("Job status"));
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAccessibleName(tr("Cancel job"));
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_text->setText(tr("Cancelling after the current batch…"));
        }
    });
    hide();
}

void JobProgressWidget::showResult(const QString &result)
{
    m_job = nullptr;
    m_title->clear();
    m_bar->hide();
    m_cancel->hide();
    // Elided to a width that leaves the status bar room for its other parts.
    m_text->setText(m_text->fontMetrics().elidedText(result, Qt::ElideRight, kResultWidth));
    m_text->setToolTip(result);
    QWidget::show();
}

void JobProgressWidget::track(BackgroundJob *job)
{
    m_job = job;
    m_bar->show();
    m_cancel->show();
    m_text->setToolTip(QString());
    m_title->setText(job->title());
    m_bar->setRange(0, 0);
    m_text->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    QWidget::show();
    // Its end is shown by showResult(), which the window calls when the document announces it.
    connect(job, &BackgroundJob::progressed, this, &JobProgressWidget::show);
}

QString JobProgressWidget::text() const
{
    return m_text->text();
}

void JobProgressWidget::show(const ProgressUpdate &update)
{
    if (update.total > 0) {
        // QProgressBar holds ints; scale so that a billion tokens never overflows it.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000.0 * double(update.done) / double(update.total)));
    } else {
        m_bar->setRange(0, 0);
    }
    m_text->setText(formatProgress(update));
}

QString JobProgressWidget::formatDuration(double seconds)
{
    const qint64 total = qint64(seconds + 0.5);
    if (total >= 3600)
        return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60);
    if (total >= 60)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    return tr("%1 s").arg(total);
}

QString JobProgressWidget::formatProgress(const ProgressUpdate &update)
{
    const QLocale locale;
    QStringList parts;
    if (update.total > 0)
        parts << tr("%1 of %2").arg(locale.toString(update.done), locale.toString(update.total));
    else
        parts << locale.toString(update.done);
    if (update.rate() > 0)
        parts << tr("%1/s").arg(locale.toString(update.rate(), 'f', update.rate() < 10 ? 1 : 0));
    if (const std::optional<double> eta = update.etaSeconds())
        parts << tr("ETA %1").arg(formatDuration(*eta));
    if (!update.detail.isEmpty())
        parts << update.detail;
    return parts.join(QStringLiteral(" · "));
}

} // namespace candist
