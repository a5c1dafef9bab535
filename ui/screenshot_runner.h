#pragma once

#include <QObject>
#include <QTimer>

#include "main_window.h"

namespace candist {

// Drives `candist --screenshot`: opens the project, waits until the requested view shows real
// data (first table page, detail, curves), grabs the window and writes the PNG. finished()
// carries the process exit code.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, MainWindow::View view, QString outputPath,
                     QObject *parent = nullptr);
    void start(const QString &projectPath);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOrderReady();
    void checkReady();
    void capture();
    void fail(const QString &message);

    MainWindow *m_window;
    MainWindow::View m_view;
    QString m_outputPath;
    QTimer m_timeout;
    bool m_viewApplied = false;
    bool m_done = false;
};

// Parses "table", "detail", "curves", "review", "agreement"; std::nullopt otherwise.
std::optional<MainWindow::View> viewFromName(const QString &name);

} // namespace candist
