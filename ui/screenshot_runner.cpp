#include "screenshot_runner.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDockWidget>
#include <QSaveFile>
#include <QTableView>

#include "agreement_view.h"
#include "detail_panel.h"
#include "distillation_view.h"
#include "project_document.h"
#include "review_view.h"
#include "sample_table_model.h"

namespace candist {

std::optional<MainWindow::View> viewFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return MainWindow::View::Table;
    if (name == QLatin1String("detail"))
        return MainWindow::View::Detail;
    if (name == QLatin1String("curves"))
        return MainWindow::View::Curves;
    if (name == QLatin1String("review"))
        return MainWindow::View::Review;
    if (name == QLatin1String("agreement"))
        return MainWindow::View::Agreement;
    return std::nullopt;
}

ScreenshotRunner::ScreenshotRunner(MainWindow *window, MainWindow::View view, QString outputPath,
                                   QObject *parent)
    : QObject(parent), m_window(window), m_view(view), m_outputPath(std::move(outputPath))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(120000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("the project did not finish loading within two minutes")); });
    ProjectDocument *document = window->document();
    connect(document, &ProjectDocument::openFailed, this, &ScreenshotRunner::fail);
    connect(document, &ProjectDocument::errorOccurred, this, &ScreenshotRunner::fail);
    connect(window->sampleModel(), &SampleTableModel::orderReady, this,
            &ScreenshotRunner::onOrderReady);
    connect(window->sampleModel(), &SampleTableModel::pageLoaded, this,
            &ScreenshotRunner::checkReady);
    connect(window->detailPanel(), &DetailPanel::detailLoaded, this, &ScreenshotRunner::checkReady);
    connect(window->distillationView(), &DistillationView::loaded, this,
            &ScreenshotRunner::checkReady);
    connect(window->reviewView(), &ReviewView::sampleShown, this, &ScreenshotRunner::checkReady);
    connect(window->reviewView(), &ReviewView::queueReady, this, &ScreenshotRunner::checkReady);
    connect(window->agreementView(), &AgreementView::loaded, this, &ScreenshotRunner::checkReady);
}

void ScreenshotRunner::start(const QString &projectPath)
{
    m_timeout.start();
    m_window->show();
    m_window->openProject(projectPath);
}

void ScreenshotRunner::onOrderReady()
{
    if (!m_viewApplied) {
        // Applying the view may re-order (review) and fire orderReady again.
        m_viewApplied = true;
        m_window->showView(m_view);
        // The table picture shows the table alone; the detail picture shows the panel.
        if (m_view == MainWindow::View::Table)
            m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"))->hide();
    }
    QTableView *table = m_window->sampleTable();
    if (m_view == MainWindow::View::Detail && m_window->sampleModel()->rowCount() > 0)
        table->setCurrentIndex(m_window->sampleModel()->index(
            std::min(2, m_window->sampleModel()->rowCount() - 1), 0));
    checkReady();
}

void ScreenshotRunner::checkReady()
{
    if (m_done || !m_viewApplied)
        return;
    SampleTableModel *model = m_window->sampleModel();
    if (!model->isReady())
        return;
    if (model->rowCount() > 0 &&
        !model->data(model->index(0, 0), SampleTableModel::LoadedRole).toBool())
        return;
    if (m_view == MainWindow::View::Detail && model->rowCount() > 0 &&
        !m_window->detailPanel()->detail())
        return;
    const ReviewView *review = m_window->reviewView();
    if (m_view == MainWindow::View::Review &&
        (!review->isQueueReady() || (review->queueSize() > 0 && review->shownRow() < 0)))
        return;
    if (m_view == MainWindow::View::Agreement && !m_window->agreementView()->isLoaded())
        return;
    if (m_view == MainWindow::View::Curves && !m_window->distillationView()->isLoaded())
        return;
    m_done = true;
    // One more turn of the event loop lets the views lay out and paint the fresh data.
    QTimer::singleShot(50, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    QApplication::processEvents();
    const QPixmap pixmap = m_window->grab();
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        fail(tr("cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(m_outputPath), file.errorString()));
        return;
    }
    m_timeout.stop();
    Q_EMIT finished(0);
}

void ScreenshotRunner::fail(const QString &message)
{
    m_timeout.stop();
    qCritical("candist --screenshot: %s", qPrintable(message));
    m_done = true;
    Q_EMIT finished(1);
}

} // namespace candist
