#pragma once

#include <functional>

#include <QLabel>

namespace candist {

// The red line under a dialog's fields that says why OK did not close it. Dialogs validate
// through core (LabelSchema::validate, TeacherSettings::validate, ...), which throws Error.
class ErrorLine : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLine(QWidget *parent = nullptr);

    // Runs `validate`; returns true when it did not throw, else shows the Error's message.
    bool check(const std::function<void()> &validate);
};

} // namespace candist
