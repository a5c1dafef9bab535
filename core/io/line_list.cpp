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

void LinesByValue::add(const QString &value, qint64 line)
{
    auto found = m_values.find(value);
    if (found == m_values.end()) {
        if (int(m_values.size()) >= kMaxValues) {
            ++m_otherRows;
            return;
        }
        found = m_values.emplace(value, LineList()).first;
    }
    found->second.add(line);
}

QString LinesByValue::describe() const
{
    QStringList parts;
    for (const auto &[value, lines] : m_values)
        parts << QStringLiteral("\"%1\" (%2)").arg(value, lines.describe());
    QString text = parts.join(QStringLiteral(", "));
    if (m_otherRows > 0)
        text += QStringLiteral(" and %1 more row(s) with other values").arg(m_otherRows);
    return text;
}

} // namespace candist
