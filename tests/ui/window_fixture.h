#pragma once

#include <memory>

#include <QString>
#include <QStringList>
#include <QTimer>

namespace candist {
class MainWindow;
}

namespace candist::test {

// A shown window in the test layout (errors go to the status bar, not a modal box) with the
// project at `path` open and its table's first order read; nullptr when either step timed out.
std::unique_ptr<MainWindow> openShownWindow(const QString &path);

// While it lives, records the title of every modal dialog that opens and closes it at once, so
// that a test can assert none opened without hanging on one that did.
class ModalRecorder
{
public:
    ModalRecorder();
    const QStringList &titles() const { return m_titles; }

private:
    QStringList m_titles;
    QTimer m_watcher;
};

// Undoes every step on the window's undo stack and waits until the writes have landed, so that a
// test leaves its shared project as it found it; false when the writes did not land in time.
bool undoEverything(MainWindow &window);

} // namespace candist::test
