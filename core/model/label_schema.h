#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace candist {

struct Label
{
    QString name;
    QString description;
    QStringList aliases;
    QString hotkey; // one key such as "1" or "b"; empty when unassigned
    QString color;  // "#rrggbb"; empty means "pick from the palette"

    bool operator==(const Label &other) const
    {
        return name == other.name && description == other.description && aliases == other.aliases &&
               hotkey == other.hotkey && color == other.color;
    }
};

// The ordered label space Y = {0..C-1}. Indices are what the store, teacher and student exchange;
// names and aliases exist for people and prompts.
class LabelSchema
{
    // Its validation errors are for people: translated in the context "LabelSchema".
    Q_DECLARE_TR_FUNCTIONS(LabelSchema)

public:
    LabelSchema() = default;
    explicit LabelSchema(QVector<Label> labels);

    // Reads {"labels":[{"name":..,"description":..,"aliases":[..],"hotkey":..,"color":..}]}.
    // Throws Error naming `sourceName` and what is wrong.
    static LabelSchema fromJson(const QByteArray &json, const QString &sourceName);
    static LabelSchema fromJsonFile(const QString &path);
    QByteArray toJson() const;

    int size() const { return int(m_labels.size()); }
    bool isEmpty() const { return m_labels.isEmpty(); }
    const Label &at(int index) const { return m_labels.at(index); }
    const QVector<Label> &labels() const { return m_labels; }
    QStringList names() const;

    // Exact name first, then a case-insensitive match on names and aliases; -1 when unknown.
    int indexOf(QStringView nameOrAlias) const;

    // Fills in missing hotkeys (1-9, 0, then a-z avoiding clashes) and palette colours.
    void assignDefaults();

    // Throws Error on empty or duplicate names, aliases that clash with another label, or hotkey
    // clashes.
    void validate(const QString &sourceName) const;

    bool operator==(const LabelSchema &other) const { return m_labels == other.m_labels; }
    bool operator!=(const LabelSchema &other) const { return !(*this == other); }

private:
    QVector<Label> m_labels;
};

} // namespace candist
