#include "io/line_list.h"

#include <QStringList>

namespace candist {

QString LineList::describe() const
{
    QStringList shown;
    for (qint64 line : m_lines)
        shown << QString::number(line);
    QString text = (m_count == 1 ? QStringLiteral("line ") : QStringLiteral("lines ")) +
                   shown.join(QStringLiteral(", "));
    if (m_count > m_lines.size())
        text += QStringLiteral(" and %1 more").arg(m_count - m_lines.size());
    return text;
}

} // namespace candist
