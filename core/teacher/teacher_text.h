#pragma once

#include <QCoreApplication>
#include <QString>

namespace candist::teacher {

// User-facing messages of the teacher go through Qt's translation system (context "Teacher").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Teacher", text);
}

} // namespace candist::teacher
