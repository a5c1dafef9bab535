#pragma once

#include <map>

#include <QString>
#include <QVector>

namespace candist {

// Collects the input lines of a problem for an error message: remembers the first few and
// counts the rest, so a million bad rows cost no memory and the message stays readable.
class LineList
{
public:
    static constexpr int kShown = 10;

    void add(qint64 line)
    {
        if (m_lines.size() < kShown)
            m_lines << line;
        ++m_count;
    }
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const QVector<qint64> &firstLines() const { return m_lines; }
    // "line 4", "lines 4, 9, 12" or "lines 4, 9, ... and 120 more"
    QString describe() const;

private:
    QVector<qint64> m_lines;
    qint64 m_count = 0;
};

// The lines of each offending value (an unknown label, say), sorted by value. Keeps at most
// kMaxValues distinct values, so a wrong column with a million distinct cells cannot blow up
// memory or the message; the rest is counted.
class LinesByValue
{
public:
    static constexpr int kMaxValues = 20;

    void add(const QString &value, qint64 line);
    bool isEmpty() const { return m_values.empty() && m_otherRows == 0; }
    // "\"a\" (line 4), \"b\" (lines 2, 9)" plus "and N more rows with other values"
    QString describe() const;

private:
    std::map<QString, LineList> m_values;
    qint64 m_otherRows = 0;
};

} // namespace candist
