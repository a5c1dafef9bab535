// resolveTeacherSettings / saveTeacherSettings: the layers both front ends resolve a teach run's
// settings from (built-in defaults, the user's defaults for new projects, the project, overrides).
#include <QtTest>

#include "model/error.h"
#include "store/project_store.h"
#include "teacher/teacher_settings_resolution.h"
#include "test_files.h"

using namespace candist;

class TestTeacherSettingsResolution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewProjectStartsFromTheBuiltInDefaults()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        QVERIFY(!hasStoredTeacherSettings(store));
        const TeacherSettings resolved = resolveTeacherSettings(store);
        QCOMPARE(resolved.toJson(), TeacherSettings().toJson());
        // The defaults a user meets in the CLI, the window and the docs.
        QCOMPARE(resolved.strategy, TeacherStrategy::CaAll);
        QCOMPARE(resolved.inputPricePerMillion, 0.0);
        QCOMPARE(resolved.outputPricePerMillion, 0.0);
        QCOMPARE(resolved.concurrency, 8);
    }

    void newProjectDefaultsApplyOnlyUntilTheProjectHasSettings()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        TeacherSettingsOverrides user;
        user.model = QStringLiteral("user-model");
        user.concurrency = 3;
        QCOMPARE(resolveTeacherSettings(store, {}, user).model, QStringLiteral("user-model"));
        QCOMPARE(resolveTeacherSettings(store, {}, user).concurrency, 3);

        TeacherSettings project;
        project.model = QStringLiteral("project-model");
        saveTeacherSettings(store, project);
        QVERIFY(hasStoredTeacherSettings(store));
        const TeacherSettings resolved = resolveTeacherSettings(store, {}, user);
        QCOMPARE(resolved.model, QStringLiteral("project-model"));
        QCOMPARE(resolved.concurrency, 8); // the project's, not the user's
    }

    void overridesWinOverTheProject()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        TeacherSettings project;
        project.strategy = TeacherStrategy::Sa;
        project.samples = 3;
        project.temperature = 0.7;
        saveTeacherSettings(store, project);
        TeacherSettingsOverrides overrides;
        overrides.samples = 5;
        overrides.useN = false;
        overrides.inputPricePerMillion = 0.25;
        const TeacherSettings resolved = resolveTeacherSettings(store, overrides);
        QCOMPARE(resolved.strategy, TeacherStrategy::Sa);
        QCOMPARE(resolved.temperature, 0.7);
        QCOMPARE(resolved.samples, 5);
        QCOMPARE(resolved.useN, false);
        QCOMPARE(resolved.inputPricePerMillion, 0.25);
    }

    void theLimitIsForOneRunOnly()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        TeacherSettings settings;
        settings.limit = 20;
        saveTeacherSettings(store, settings);
        QCOMPARE(TeacherSettings::load(store).limit, qint64(0));
        QCOMPARE(resolveTeacherSettings(store).limit, qint64(0));
        // A limit an older version stored is not read back either.
        TeacherSettings older;
        older.limit = 7;
        older.save(store);
        QCOMPARE(resolveTeacherSettings(store).limit, qint64(0));
        TeacherSettingsOverrides overrides;
        overrides.limit = 5;
        QCOMPARE(resolveTeacherSettings(store, overrides).limit, qint64(5));
    }

    void invalidSettingsAreNeverSaved()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        TeacherSettings settings;
        settings.endpoint = QStringLiteral("ftp://example.org");
        QVERIFY_THROWS_EXCEPTION(Error, saveTeacherSettings(store, settings));
        QVERIFY(!hasStoredTeacherSettings(store));
    }
};

QTEST_GUILESS_MAIN(TestTeacherSettingsResolution)
#include "test_teacher_settings_resolution.moc"
