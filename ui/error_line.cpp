#include "error_line.h"

#include "model/error.h"

namespace candist {

ErrorLine::ErrorLine(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("color: #c0392b"));
    setWordWrap(true);
    setAccessibleName(tr("Error"));
    hide();
}

bool ErrorLine::check(const std::function<void()> &validate)
{
    try {
        validate();
    } catch (const Error &error) {
        setText(error.message());
        show();
        return false;
    }
    hide();
    return true;
}

} // namespace candist
