#pragma once

#include <QCoreApplication>

namespace candist {

// User-facing messages about project files (opening, locking, the schema, what a change may not
// do) go through Qt's translation system in the context "StoreText"; a class with
// Q_DECLARE_TR_FUNCTIONS is what lupdate recognises (see teacher/teacher_text.h).
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(StoreText)
};

} // namespace candist
