#include "app_settings.h"

#include <QFileInfo>

namespace candist {

namespace {
const QString kKeychain = QStringLiteral("keychain");
const QString kEnvironment = QStringLiteral("environment");
} // namespace

AppSettings AppSettings::load()
{
    AppSettings result;
    result.endpoint = setting::teacherEndpoint.get();
    result.model = setting::teacherModel.get();
    result.inputPricePerMillion = setting::teacherInputPrice.get();
    result.outputPricePerMillion = setting::teacherOutputPrice.get();
    result.keySource =
        setting::teacherKeySource.get() == kKeychain ? KeySource::Keychain : KeySource::Environment;
    result.keyVariable = setting::teacherKeyVariable.get();
    result.keychainService = setting::teacherKeychainService.get();
    result.teacherConcurrency = setting::teacherConcurrency.get();
    result.teacherStrategy = setting::teacherStrategy.get();
    result.studentThreads = setting::studentThreads.get();
    result.defaultEpochs = setting::studentEpochs.get();
    result.defaultSeed = setting::studentSeed.get();
    result.wordVectors = setting::studentWordVectors.get();
    result.colorScheme = colorSchemeFromName(setting::uiColorScheme.get());
    return result;
}

void AppSettings::save() const
{
    setting::teacherEndpoint.set(endpoint);
    setting::teacherModel.set(model);
    setting::teacherInputPrice.set(inputPricePerMillion);
    setting::teacherOutputPrice.set(outputPricePerMillion);
    setting::teacherKeySource.set(keySource == KeySource::Keychain ? kKeychain : kEnvironment);
    setting::teacherKeyVariable.set(keyVariable);
    setting::teacherKeychainService.set(keychainService);
    setting::teacherConcurrency.set(teacherConcurrency);
    setting::teacherStrategy.set(teacherStrategy);
    setting::studentThreads.set(studentThreads);
    setting::studentEpochs.set(defaultEpochs);
    setting::studentSeed.set(defaultSeed);
    setting::studentWordVectors.set(wordVectors);
    setting::uiColorScheme.set(colorSchemeName(colorScheme));
}

TeacherSettingsOverrides AppSettings::newProjectTeacherDefaults() const
{
    TeacherSettingsOverrides defaults;
    defaults.endpoint = endpoint;
    defaults.model = model;
    defaults.concurrency = teacherConcurrency;
    defaults.inputPricePerMillion = inputPricePerMillion;
    defaults.outputPricePerMillion = outputPricePerMillion;
    if (keySource == KeySource::Environment)
        defaults.apiKeyEnv = keyVariable;
    defaults.strategy = teacherStrategyFromName(teacherStrategy);
    return defaults;
}

QStringList AppSettings::recentProjects()
{
    return setting::recentProjects.get();
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentProjects)
        recent.removeLast();
    setting::recentProjects.set(recent);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setting::recentProjects.set(recent);
}

} // namespace candist
