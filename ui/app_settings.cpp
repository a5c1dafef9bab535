#include "app_settings.h"

#include <QFileInfo>
#include <QSettings>

namespace candist {

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings result;
    settings.beginGroup(QStringLiteral("teacher"));
    result.endpoint = settings.value(QStringLiteral("endpoint"), result.endpoint).toString();
    result.model = settings.value(QStringLiteral("model"), result.model).toString();
    result.inputPricePerMillion =
        settings.value(QStringLiteral("inputPrice"), result.inputPricePerMillion).toDouble();
    result.outputPricePerMillion =
        settings.value(QStringLiteral("outputPrice"), result.outputPricePerMillion).toDouble();
    result.keySource =
        settings.value(QStringLiteral("keySource")).toString() == QLatin1String("keychain")
            ? KeySource::Keychain
            : KeySource::Environment;
    result.keyVariable =
        settings.value(QStringLiteral("keyVariable"), result.keyVariable).toString();
    result.keychainService =
        settings.value(QStringLiteral("keychainService"), result.keychainService).toString();
    result.teacherConcurrency =
        settings.value(QStringLiteral("concurrency"), result.teacherConcurrency).toInt();
    result.teacherStrategy =
        settings.value(QStringLiteral("strategy"), result.teacherStrategy).toString();
    settings.endGroup();
    settings.beginGroup(QStringLiteral("student"));
    result.studentThreads =
        settings.value(QStringLiteral("threads"), result.studentThreads).toInt();
    result.defaultEpochs = settings.value(QStringLiteral("epochs"), result.defaultEpochs).toInt();
    result.defaultSeed = settings.value(QStringLiteral("seed"), result.defaultSeed).toInt();
    settings.endGroup();
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("teacher"));
    settings.setValue(QStringLiteral("endpoint"), endpoint);
    settings.setValue(QStringLiteral("model"), model);
    settings.setValue(QStringLiteral("inputPrice"), inputPricePerMillion);
    settings.setValue(QStringLiteral("outputPrice"), outputPricePerMillion);
    settings.setValue(QStringLiteral("keySource"), keySource == KeySource::Keychain
                                                       ? QStringLiteral("keychain")
                                                       : QStringLiteral("environment"));
    settings.setValue(QStringLiteral("keyVariable"), keyVariable);
    settings.setValue(QStringLiteral("keychainService"), keychainService);
    settings.setValue(QStringLiteral("concurrency"), teacherConcurrency);
    settings.setValue(QStringLiteral("strategy"), teacherStrategy);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("student"));
    settings.setValue(QStringLiteral("threads"), studentThreads);
    settings.setValue(QStringLiteral("epochs"), defaultEpochs);
    settings.setValue(QStringLiteral("seed"), defaultSeed);
    settings.endGroup();
}

QStringList AppSettings::recentProjects()
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentProjects)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
}

} // namespace candist
