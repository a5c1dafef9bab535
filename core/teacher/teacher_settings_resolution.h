#pragma once

#include <optional>

#include <QString>

#include "teacher/teacher_settings.h"

namespace candist {

class ProjectStore;

// The settings one teach run changes on top of what it starts from: the CLI's options, the
// window's dialog, or the user's defaults for projects that have none. Unset fields keep the
// value underneath.
struct TeacherSettingsOverrides
{
    std::optional<QString> endpoint;
    std::optional<QString> model;
    std::optional<TeacherStrategy> strategy;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<int> concurrency;
    std::optional<int> timeoutSeconds;
    std::optional<bool> jsonResponseFormat;
    std::optional<int> shots;
    std::optional<int> samples;
    std::optional<int> scTop;
    std::optional<bool> useN;
    std::optional<QString> apiKeyEnv;
    std::optional<QString> embeddingModel;
    std::optional<double> inputPricePerMillion;
    std::optional<double> outputPricePerMillion;
    std::optional<qint64> limit;

    void applyTo(TeacherSettings &settings) const;
};

// The one way both front ends arrive at a run's settings, lowest layer first:
//  1. the built-in defaults (TeacherSettings' initialisers, the only set there is);
//  2. `newProjectDefaults`, only while the project has no stored settings (the window passes the
//     user's Edit › Settings; the CLI passes none, so scripts do not depend on a desktop profile);
//  3. the project's stored settings (meta "teacher.settings");
//  4. `overrides` (command-line options, the dialog's fields).
// `limit` is per run: a stored limit is never read back. The result is not validated (a dialog
// shows what it got and says what is wrong); throws Error when the stored settings are unreadable.
TeacherSettings resolveTeacherSettings(const ProjectStore &store,
                                       const TeacherSettingsOverrides &overrides = {},
                                       const TeacherSettingsOverrides &newProjectDefaults = {});

// Whether the project remembers teacher settings of its own.
bool hasStoredTeacherSettings(const ProjectStore &store);

// Remembers `settings` as the project's teacher configuration (never the key, never the per-run
// limit). Throws Error for invalid settings.
void saveTeacherSettings(ProjectStore &store, const TeacherSettings &settings);

} // namespace candist
