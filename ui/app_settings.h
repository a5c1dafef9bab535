#pragma once

#include <QString>
#include <QStringList>

namespace candist {

// Application preferences kept in QSettings (per user, not per project). The API key itself is
// never among them: only where to find it (an environment variable's name or a keychain entry).
struct AppSettings
{
    enum class KeySource
    {
        Environment,
        Keychain
    };

    QString endpoint = QStringLiteral("https://api.openai.com/v1");
    QString model = QStringLiteral("gpt-4o-mini");
    double inputPricePerMillion = 0.15;
    double outputPricePerMillion = 0.60;
    KeySource keySource = KeySource::Environment;
    QString keyVariable = QStringLiteral("OPENAI_API_KEY");
    QString keychainService = QStringLiteral("candist");
    int teacherConcurrency = 8;
    QString teacherStrategy = QStringLiteral("ca_add");
    int studentThreads = 0; // 0: all cores
    int defaultEpochs = 20;
    int defaultSeed = 1;

    static AppSettings load();
    void save() const;

    static QStringList recentProjects();
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);
    static constexpr int kMaxRecentProjects = 8;
};

} // namespace candist
