#pragma once

#include <memory>

#include <QString>

namespace candist {
class MainWindow;
}

namespace candist::test {

// A shown window in the test layout (errors go to the status bar, not a modal box) with the
// project at `path` open and its table's first order read; nullptr when either step timed out.
std::unique_ptr<MainWindow> openShownWindow(const QString &path);

} // namespace candist::test
