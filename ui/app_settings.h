#pragma once

#include <QString>
#include <QStringList>

#include "color_scheme.h"
#include "setting_keys.h"
#include "teacher/teacher_settings_resolution.h"

namespace candist {

// Application preferences kept in QSettings (per user, not per project; keys and defaults in
// setting_keys.h). The API key itself is never among them: only where to find it (an
// environment variable's name or a keychain entry).
struct AppSettings
{
    enum class KeySource
    {
        Environment,
        Keychain
    };

    QString endpoint = setting::teacherEndpoint.defaultValue();
    QString model = setting::teacherModel.defaultValue();
    double inputPricePerMillion = setting::teacherInputPrice.defaultValue();
    double outputPricePerMillion = setting::teacherOutputPrice.defaultValue();
    KeySource keySource = KeySource::Environment;
    QString keyVariable = setting::teacherKeyVariable.defaultValue();
    QString keychainService = setting::teacherKeychainService.defaultValue();
    int teacherConcurrency = setting::teacherConcurrency.defaultValue();
    QString teacherStrategy = setting::teacherStrategy.defaultValue();
    int studentThreads = setting::studentThreads.defaultValue(); // 0: all cores
    int defaultEpochs = setting::studentEpochs.defaultValue();
    int defaultSeed = setting::studentSeed.defaultValue();
    QString wordVectors = setting::studentWordVectors.defaultValue();
    ColorScheme colorScheme = colorSchemeFromName(setting::uiColorScheme.defaultValue());

    static AppSettings load();
    void save() const;

    // The teacher settings a project without its own starts from (resolveTeacherSettings).
    TeacherSettingsOverrides newProjectTeacherDefaults() const;

    static QStringList recentProjects();
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);
    static constexpr int kMaxRecentProjects = 8;
};

} // namespace candist
