#pragma once

#include <QCoreApplication>

namespace candist {

// User-facing messages of the student (options, checkpoints, word vectors, resuming) go through
// Qt's translation system in the context "StudentText"; a class with Q_DECLARE_TR_FUNCTIONS is
// what lupdate recognises (see teacher/teacher_text.h).
class StudentText
{
    Q_DECLARE_TR_FUNCTIONS(StudentText)
};

} // namespace candist
