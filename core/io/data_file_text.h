#pragma once

#include <QCoreApplication>

namespace candist {

// User-facing messages about data files (import, export, spot-check files) go through Qt's
// translation system in the context "DataFiles"; a class with Q_DECLARE_TR_FUNCTIONS is what
// lupdate recognises (see teacher/teacher_text.h).
class DataFiles
{
    Q_DECLARE_TR_FUNCTIONS(DataFiles)
};

} // namespace candist
