#include "model/label_schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "model/error.h"

namespace candist {

namespace {

// Okabe-Ito and Tol's bright palette: distinguishable for the common colour-vision deficiencies.
const char *const kPalette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                "#D55E00", "#F0E442", "#4477AA", "#EE6677", "#228833",
                                "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB"};

QString requireString(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Error(QStringLiteral("%1: \"%2\" must be a string").arg(where, QLatin1String(key)));
    return value.toString();
}

} // namespace

LabelSchema::LabelSchema(QVector<Label> labels) : m_labels(std::move(labels)) {}

LabelSchema LabelSchema::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, not a byte offset, so the user can find the spot.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        throw Error(QStringLiteral("%1:%2:%3: invalid JSON: %4")
                        .arg(sourceName)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    const QJsonValue labelsValue = document.object().value(QLatin1String("labels"));
    if (!document.isObject() || !labelsValue.isArray())
        throw Error(QStringLiteral("%1: expected an object {\"labels\": [...]}").arg(sourceName));

    QVector<Label> labels;
    const QJsonArray array = labelsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: labels[%2]").arg(sourceName).arg(i);
        const QJsonValue entry = array.at(i);
        Label label;
        if (entry.isString()) {
            label.name = entry.toString();
        } else if (entry.isObject()) {
            const QJsonObject object = entry.toObject();
            label.name = requireString(object, "name", where);
            label.description = requireString(object, "description", where);
            label.hotkey = requireString(object, "hotkey", where);
            label.color = requireString(object, "color", where);
            const QJsonValue aliases = object.value(QLatin1String("aliases"));
            if (!aliases.isUndefined() && !aliases.isArray())
                throw Error(where + QStringLiteral(": \"aliases\" must be a list of strings"));
            for (const QJsonValue &alias : aliases.toArray()) {
                if (!alias.isString())
                    throw Error(where + QStringLiteral(": \"aliases\" must be a list of strings"));
                label.aliases << alias.toString();
            }
        } else {
            throw Error(where + QStringLiteral(": expected an object with a \"name\""));
        }
        label.name = label.name.trimmed();
        labels << label;
    }
    LabelSchema schema(labels);
    schema.validate(sourceName);
    return schema;
}

LabelSchema LabelSchema::fromJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read label file: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QByteArray LabelSchema::toJson() const
{
    QJsonArray array;
    for (const Label &label : m_labels) {
        QJsonObject object{{QStringLiteral("name"), label.name}};
        if (!label.description.isEmpty())
            object.insert(QStringLiteral("description"), label.description);
        if (!label.aliases.isEmpty())
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(label.aliases));
        if (!label.hotkey.isEmpty())
            object.insert(QStringLiteral("hotkey"), label.hotkey);
        if (!label.color.isEmpty())
            object.insert(QStringLiteral("color"), label.color);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("labels"), array}})
        .toJson(QJsonDocument::Indented);
}

QStringList LabelSchema::names() const
{
    QStringList result;
    result.reserve(m_labels.size());
    for (const Label &label : m_labels)
        result << label.name;
    return result;
}

int LabelSchema::indexOf(QStringView nameOrAlias) const
{
    const QStringView wanted = nameOrAlias.trimmed();
    for (int i = 0; i < size(); ++i) {
        if (m_labels[i].name == wanted)
            return i;
    }
    for (int i = 0; i < size(); ++i) {
        const Label &label = m_labels[i];
        if (label.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
        for (const QString &alias : label.aliases) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

void LabelSchema::assignDefaults()
{
    QSet<QString> usedKeys;
    for (const Label &label : m_labels) {
        if (!label.hotkey.isEmpty())
            usedKeys.insert(label.hotkey.toLower());
    }
    const QString keyOrder = QStringLiteral("1234567890abcdefghijklmnopqrstuvwxyz");
    qsizetype nextKey = 0;
    for (int i = 0; i < size(); ++i) {
        Label &label = m_labels[i];
        while (label.hotkey.isEmpty() && nextKey < keyOrder.size()) {
            const QString key = keyOrder.mid(nextKey++, 1);
            if (!usedKeys.contains(key)) {
                label.hotkey = key;
                usedKeys.insert(key);
            }
        }
        if (label.color.isEmpty())
            label.color = QLatin1String(kPalette[i % std::size(kPalette)]);
    }
}

void LabelSchema::validate(const QString &sourceName) const
{
    if (m_labels.isEmpty())
        throw Error(QStringLiteral("%1: the label schema has no labels").arg(sourceName));
    QHash<QString, QString> owners; // lower-cased name or alias -> label name
    QHash<QString, QString> hotkeys;
    for (const Label &label : m_labels) {
        if (label.name.isEmpty())
            throw Error(QStringLiteral("%1: a label has an empty name").arg(sourceName));
        if (label.name.contains(QLatin1Char('|')))
            throw Error(QStringLiteral("%1: label \"%2\" contains '|', which separates candidates")
                            .arg(sourceName, label.name));
        QStringList keys{label.name};
        keys += label.aliases;
        for (const QString &key : keys) {
            const QString folded = key.trimmed().toLower();
            const auto owner = owners.constFind(folded);
            if (owner != owners.constEnd() && *owner != label.name) {
                throw Error(QStringLiteral("%1: \"%2\" names both label \"%3\" and label \"%4\"")
                                .arg(sourceName, key, *owner, label.name));
            }
            if (owner != owners.constEnd() && key == label.name) {
                throw Error(
                    QStringLiteral("%1: label \"%2\" is defined twice").arg(sourceName, key));
            }
            owners.insert(folded, label.name);
        }
        if (!label.hotkey.isEmpty()) {
            const QString key = label.hotkey.toLower();
            if (key.size() != 1 || !key.at(0).isLetterOrNumber()) {
                throw Error(
                    QStringLiteral("%1: hotkey \"%2\" of label \"%3\" must be one letter or "
                                   "digit")
                        .arg(sourceName, label.hotkey, label.name));
            }
            if (hotkeys.contains(key)) {
                throw Error(QStringLiteral("%1: hotkey \"%2\" is used by \"%3\" and \"%4\"")
                                .arg(sourceName, label.hotkey, hotkeys.value(key), label.name));
            }
            hotkeys.insert(key, label.name);
        }
    }
}

} // namespace candist
