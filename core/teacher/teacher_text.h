#pragma once

#include <QCoreApplication>
#include <QString>

namespace candist::teacher {

// User-facing messages of the teacher go through Qt's translation system in the context
// "Teacher". A class with Q_DECLARE_TR_FUNCTIONS (rather than a free tr()) is what lupdate
// recognises, so the .ts files carry these messages under the same context the code asks for.
class Teacher
{
    Q_DECLARE_TR_FUNCTIONS(Teacher)
};

} // namespace candist::teacher
