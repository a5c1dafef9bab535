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

// An error in entry `index` of the "labels" array of `sourceName`.
[[noreturn]] void failInEntry(const QString &sourceName, qsizetype index, const QString &what)
{
    throw Error(Error::Kind::BadInput, {sourceName},
                QStringLiteral("labels[%1]: ").arg(index) + what);
}

QString requireString(const QJsonObject &object, const char *key, const QString &sourceName,
                      qsizetype index)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        failInEntry(sourceName, index,
                    LabelSchema::tr("\"%1\" must be a string").arg(QLatin1String(key)));
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
        throw Error(Error::Kind::BadInput, {sourceName, line, column},
                    LabelSchema::tr("invalid JSON: %1").arg(parseError.errorString()));
    }
    const QJsonValue labelsValue = document.object().value(QLatin1String("labels"));
    if (!document.isObject() || !labelsValue.isArray())
        throw Error(Error::Kind::BadInput, {sourceName},
                    LabelSchema::tr("expected an object {\"labels\": [...]}"));

    QVector<Label> labels;
    const QJsonArray array = labelsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        Label label;
        if (entry.isString()) {
            label.name = entry.toString();
        } else if (entry.isObject()) {
            const QJsonObject object = entry.toObject();
            label.name = requireString(object, "name", sourceName, i);
            label.description = requireString(object, "description", sourceName, i);
            label.hotkey = requireString(object, "hotkey", sourceName, i);
            label.color = requireString(object, "color", sourceName, i);
            const QJsonValue aliases = object.value(QLatin1String("aliases"));
            if (!aliases.isUndefined() && !aliases.isArray())
                failInEntry(sourceName, i,
                            LabelSchema::tr("\"aliases\" must be a list of strings"));
            for (const QJsonValue &alias : aliases.toArray()) {
                if (!alias.isString())
                    failInEntry(sourceName, i,
                                LabelSchema::tr("\"aliases\" must be a list of strings"));
                label.aliases << alias.toString();
            }
        } else {
            failInEntry(sourceName, i, LabelSchema::tr("expected an object with a \"name\""));
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
        throw Error(Error::Kind::FileSystem, {path},
                    LabelSchema::tr("cannot read label file: %1").arg(file.errorString()));
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
        throw Error(Error::Kind::BadInput, {sourceName},
                    LabelSchema::tr("the label schema has no labels"));
    QHash<QString, QString> owners; // lower-cased name or alias -> label name
    QHash<QString, QString> hotkeys;
    for (const Label &label : m_labels) {
        if (label.name.isEmpty())
            throw Error(Error::Kind::BadInput, {sourceName},
                        LabelSchema::tr("a label has an empty name"));
        if (label.name.contains(QLatin1Char('|')))
            throw Error(Error::Kind::BadInput, {sourceName},
                        LabelSchema::tr("label \"%1\" contains '|', which separates candidates")
                            .arg(label.name));
        QStringList keys{label.name};
        keys += label.aliases;
        for (const QString &key : keys) {
            const QString folded = key.trimmed().toLower();
            const auto owner = owners.constFind(folded);
            if (owner != owners.constEnd() && *owner != label.name) {
                throw Error(Error::Kind::BadInput, {sourceName},
                            LabelSchema::tr("\"%1\" names both label \"%2\" and label \"%3\"")
                                .arg(key, *owner, label.name));
            }
            if (owner != owners.constEnd() && key == label.name) {
                throw Error(Error::Kind::BadInput, {sourceName},
                            LabelSchema::tr("label \"%1\" is defined twice").arg(key));
            }
            owners.insert(folded, label.name);
        }
        if (!label.hotkey.isEmpty()) {
            const QString key = label.hotkey.toLower();
            if (key.size() != 1 || !key.at(0).isLetterOrNumber()) {
                throw Error(
                    Error::Kind::BadInput, {sourceName},
                    LabelSchema::tr("hotkey \"%1\" of label \"%2\" must be one letter or digit")
                        .arg(label.hotkey, label.name));
            }
            if (hotkeys.contains(key)) {
                throw Error(Error::Kind::BadInput, {sourceName},
                            LabelSchema::tr("hotkey \"%1\" is used by \"%2\" and \"%3\"")
                                .arg(label.hotkey, hotkeys.value(key), label.name));
            }
            hotkeys.insert(key, label.name);
        }
    }
}

} // namespace candist
