#include "window_fixture.h"

#include <QApplication>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"

namespace candist::test {

std::unique_ptr<MainWindow> openShownWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy ready(window->sampleModel(), &SampleTableModel::orderReady);
    window->openProject(path);
    if (!ready.wait(20000))
        return nullptr;
    return window;
}

ModalRecorder::ModalRecorder()
{
    QObject::connect(&m_watcher, &QTimer::timeout, &m_watcher, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            m_titles << modal->windowTitle();
            modal->close();
        }
    });
    m_watcher.start(20);
}

bool undoEverything(MainWindow &window)
{
    QUndoStack *stack = window.document()->undoStack();
    while (stack->canUndo())
        stack->undo();
    return QTest::qWaitFor([&window] { return window.document()->isSaved(); }, 30000);
}

} // namespace candist::test
