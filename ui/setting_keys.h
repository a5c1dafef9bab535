#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "teacher/teacher_settings.h"

namespace candist {

// One per-user preference in QSettings: its key and its default, with a typed value (the
// qBittorrent way). Every QSettings key of the program is defined once, below.
template<typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T fallback) : m_key(QLatin1String(key)), m_default(fallback) {}

    T get() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

namespace setting {

// Edit › Settings › Teacher: the defaults of a project that has no teacher settings yet. They
// start as TeacherSettings' own defaults, the ones the CLI uses.
inline const SettingValue<QString> teacherEndpoint{"teacher/endpoint", TeacherSettings().endpoint};
inline const SettingValue<QString> teacherModel{"teacher/model", TeacherSettings().model};
inline const SettingValue<double> teacherInputPrice{"teacher/inputPrice",
                                                    TeacherSettings().inputPricePerMillion};
inline const SettingValue<double> teacherOutputPrice{"teacher/outputPrice",
                                                     TeacherSettings().outputPricePerMillion};
inline const SettingValue<QString> teacherKeySource{"teacher/keySource",
                                                    QStringLiteral("environment")};
inline const SettingValue<QString> teacherKeyVariable{"teacher/keyVariable",
                                                      TeacherSettings().apiKeyEnv};
inline const SettingValue<QString> teacherKeychainService{"teacher/keychainService",
                                                          QStringLiteral("candist")};
inline const SettingValue<int> teacherConcurrency{"teacher/concurrency",
                                                  TeacherSettings().concurrency};
inline const SettingValue<QString> teacherStrategy{"teacher/strategy",
                                                   teacherStrategyName(TeacherSettings().strategy)};

// Edit › Settings › Student.
inline const SettingValue<int> studentThreads{"student/threads", 0}; // 0: all cores
inline const SettingValue<int> studentEpochs{"student/epochs", 20};
inline const SettingValue<int> studentSeed{"student/seed", 1};
// Empty: the installed vectors; "none"; or a .cdv file (resolveWordVectors).
inline const SettingValue<QString> studentWordVectors{"student/wordVectors", QString()};

// Edit › Settings › Interface: "" follows the system, else a TranslationLoader language code.
inline const SettingValue<QString> uiLanguage{"ui/language", QString()};
// Edit › Settings › Interface: "system" (follow the desktop's light or dark palette), "light" or
// "dark" (colorSchemeName).
inline const SettingValue<QString> uiColorScheme{"ui/colorScheme", QStringLiteral("system")};

inline const SettingValue<QStringList> recentProjects{"recentProjects", QStringList()};

// The window's layout, restored at start.
inline const SettingValue<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const SettingValue<QByteArray> windowState{"window/state", QByteArray()};
inline const SettingValue<QByteArray> windowTableHeader{"window/tableHeader", QByteArray()};

// The last session, restored when the window reopens the last project at start: the view
// (tab index), the table's sort (SampleSort key and order) and filters (all but the search
// text, which is a question of the moment).
inline const SettingValue<int> sessionView{"session/view", 0};
inline const SettingValue<int> sessionSortKey{"session/sortKey", 0};
inline const SettingValue<int> sessionSortOrder{"session/sortOrder", int(Qt::AscendingOrder)};
inline const SettingValue<int> sessionFilterStatus{"session/filterStatus", 0};
inline const SettingValue<int> sessionFilterFinalLabel{"session/filterFinalLabel", -1};
inline const SettingValue<int> sessionFilterMinSetSize{"session/filterMinSetSize", 0};
inline const SettingValue<int> sessionFilterMaxSetSize{"session/filterMaxSetSize", -1};
inline const SettingValue<uint> sessionFilterFlags{"session/filterFlags", 0u};
inline const SettingValue<uint> sessionFilterNoteFlags{"session/filterNoteFlags", 0u};
inline const SettingValue<bool> sessionFilterAnyNoteFlag{"session/filterAnyNoteFlag", false};
inline const SettingValue<bool> sessionFilterHasComment{"session/filterHasComment", false};

// File › Import Samples and Import Annotations: the directory of the last file chosen, where
// the next file dialog starts.
inline const SettingValue<QString> importDirectory{"import/lastDirectory", QString()};

// File › Export Labels: the last choices.
inline const SettingValue<bool> exportOnlyResolved{"export/onlyResolved", false};
inline const SettingValue<bool> exportSpreadsheetSafe{"export/spreadsheetSafe", false};
inline const SettingValue<bool> exportProbabilities{"export/probabilities", false};

} // namespace setting

} // namespace candist
