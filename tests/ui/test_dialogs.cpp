#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

#include "app_settings.h"
#include "distillation_dialog.h"
#include "label_schema_editor.h"
#include "main_window.h"
#include "model/error.h"
#include "settings_dialog.h"
#include "test_files.h"

using namespace candist;

class DialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaEditorReturnsTheEditedSchema();
    void schemaEditorRefusesInvalidSchemas();
    void schemaEditorKeepsUsedLabels();
    void settingsRoundTripWithoutAKey();
    void keychainKeyIsNeverShownOrSaved();
    void recentProjectsAreMostRecentFirstAndBounded();
    void windowLayoutIsRestored();
    void distillationDialogSetsHowThePoolIsLabelled();
    void distillationDialogLetsThePoolChoose();
    void wordVectorsAreChosenInSettingsAndTheDistilDialog();

private:
    test::Scratch m_scratch;
};

void DialogsTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    // Settings go to a scratch INI file, never to the user's configuration.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_scratch.path(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dialogs"));
}

static LabelSchema twoLabels()
{
    return LabelSchema(QVector<Label>{
        {QStringLiteral("pos"), QStringLiteral("positive"), {}, QStringLiteral("1"), {}},
        {QStringLiteral("neg"), QStringLiteral("negative"), {}, QStringLiteral("2"), {}}});
}

void DialogsTest::schemaEditorReturnsTheEditedSchema()
{
    LabelSchemaEditor editor(twoLabels(), false);
    auto *table = editor.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    table->item(0, 0)->setText(QStringLiteral("positive"));
    table->item(1, 2)->setText(QStringLiteral("bad, negative sentiment"));
    table->item(1, 4)->setText(QStringLiteral("#ff0000"));
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const LabelSchema schema = editor.schema();
    QCOMPARE(schema.at(0).name, QStringLiteral("positive"));
    QCOMPARE(schema.at(1).aliases,
             (QStringList{QStringLiteral("bad"), QStringLiteral("negative sentiment")}));
    QCOMPARE(schema.at(1).color, QStringLiteral("#ff0000"));
    QCOMPARE(schema.at(1).hotkey, QStringLiteral("2"));
}

void DialogsTest::schemaEditorRefusesInvalidSchemas()
{
    LabelSchemaEditor editor(twoLabels(), false);
    auto *table = editor.findChild<QTableWidget *>();
    table->item(1, 0)->setText(QStringLiteral("pos")); // duplicate name
    editor.accept();
    QVERIFY(editor.result() != int(QDialog::Accepted));
    bool shown = false;
    for (QLabel *label : editor.findChildren<QLabel *>())
        shown = shown || (!label->isHidden() && label->text().contains(QStringLiteral("pos")));
    QVERIFY(shown);

    table->item(1, 0)->setText(QStringLiteral("neg"));
    table->item(1, 4)->setText(QStringLiteral("not a colour"));
    editor.accept();
    QVERIFY(editor.result() != int(QDialog::Accepted));
    table->item(1, 4)->setText(QString());
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

void DialogsTest::schemaEditorKeepsUsedLabels()
{
    LabelSchemaEditor editor(twoLabels(), true);
    auto *table = editor.findChild<QTableWidget *>();
    QToolButton *remove = nullptr;
    for (QToolButton *button : editor.findChildren<QToolButton *>())
        if (button->text().contains(QStringLiteral("Remove")))
            remove = button;
    QVERIFY(remove);
    table->setCurrentCell(0, 0);
    QVERIFY(!remove->isEnabled());
}

void DialogsTest::settingsRoundTripWithoutAKey()
{
    AppSettings settings;
    settings.endpoint = QStringLiteral("http://127.0.0.1:8080/v1");
    settings.model = QStringLiteral("local-model");
    settings.keySource = AppSettings::KeySource::Keychain;
    settings.keychainService = QStringLiteral("candist-test");
    settings.teacherConcurrency = 3;
    settings.defaultEpochs = 7;
    settings.wordVectors = QStringLiteral("none");
    SettingsDialog dialog(settings);
    const AppSettings edited = dialog.settings();
    QCOMPARE(edited.endpoint, settings.endpoint);
    QCOMPARE(edited.keySource, AppSettings::KeySource::Keychain);
    edited.save();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.model, QStringLiteral("local-model"));
    QCOMPARE(loaded.teacherConcurrency, 3);
    QCOMPARE(loaded.defaultEpochs, 7);
    QCOMPARE(loaded.wordVectors, QStringLiteral("none"));
    QCOMPARE(loaded.keychainService, QStringLiteral("candist-test"));
    // Nothing resembling a key is persisted: only where it comes from.
    QSettings raw;
    for (const QString &key : raw.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("apiKey"), Qt::CaseInsensitive) ||
                     key.endsWith(QStringLiteral("Source")),
                 qPrintable(key));
}

void DialogsTest::keychainKeyIsNeverShownOrSaved()
{
    // Without a D-Bus session there is no keychain: the store fails with a message that never
    // repeats the key, the field is emptied, and nothing lands in QSettings.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString secret = QStringLiteral("sk-test-0123456789abcdef");
    {
        SettingsDialog dialog(AppSettings::load());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *field = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                field = edit;
        QVERIFY(field);
        QPushButton *store = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("Keychain")))
                store = button;
        QVERIFY(store);
        QVERIFY(!store->isEnabled());
        QTest::keyClicks(field, secret);
        QVERIFY(store->isEnabled());
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(field->text().isEmpty());
        bool reported = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QVERIFY(!label->text().contains(secret));
            reported =
                reported || label->text().contains(QStringLiteral("cannot store the API key"));
        }
        QVERIFY(reported);
        dialog.settings().save();
    }
    QSettings raw;
    for (const QString &key : raw.allKeys())
        QVERIFY(!raw.value(key).toString().contains(secret));
    if (!bus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}

void DialogsTest::recentProjectsAreMostRecentFirstAndBounded()
{
    for (int i = 0; i < AppSettings::kMaxRecentProjects + 3; ++i)
        AppSettings::addRecentProject(m_scratch.path(QStringLiteral("p%1.candist").arg(i)));
    AppSettings::addRecentProject(m_scratch.path(QStringLiteral("p5.candist")));
    const QStringList recent = AppSettings::recentProjects();
    QCOMPARE(recent.size(), AppSettings::kMaxRecentProjects);
    QVERIFY(recent.first().endsWith(QStringLiteral("p5.candist")));
    QCOMPARE(recent.count(recent.first()), 1);
    AppSettings::removeRecentProject(m_scratch.path(QStringLiteral("p5.candist")));
    QVERIFY(!AppSettings::recentProjects().first().endsWith(QStringLiteral("p5.candist")));
}

void DialogsTest::windowLayoutIsRestored()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("detailDock"))->hide();
        window.resize(1200, 700);
        window.close();
    }
    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(!restored.findChild<QDockWidget *>(QStringLiteral("detailDock"))->isVisible());
    QCOMPARE(restored.size(), QSize(1200, 700));
}

void DialogsTest::distillationDialogSetsHowThePoolIsLabelled()
{
    DistillationOptions given;
    given.finalLabel = FinalLabelPolicy::WithinCandidates;
    given.crossFitFolds = 3;
    DistillationDialog dialog(given, false, QString());
    auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("finalLabel"));
    auto *folds = dialog.findChild<QSpinBox *>(QStringLiteral("crossFit"));
    QVERIFY(policy && folds);
    QCOMPARE(dialog.options().finalLabel, FinalLabelPolicy::WithinCandidates);
    QCOMPARE(dialog.options().crossFitFolds, 3);
    policy->setCurrentIndex(policy->findData(int(FinalLabelPolicy::AllLabels)));
    folds->setValue(0);
    QCOMPARE(dialog.options().finalLabel, FinalLabelPolicy::AllLabels);
    QCOMPARE(dialog.options().crossFitFolds, 0);
    QCOMPARE(folds->text(), folds->specialValueText());
    folds->setValue(1); // one fold would label every sample with a student that saw it
    QVERIFY_THROWS_EXCEPTION(Error, dialog.options());
}

void DialogsTest::distillationDialogLetsThePoolChoose()
{
    DistillationDialog dialog(DistillationOptions(), false, QString());
    auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("finalLabel"));
    auto *selection = dialog.findChild<QCheckBox *>(QStringLiteral("selection"));
    QVERIFY(policy && selection);
    // The defaults: the posterior labels and the held-out selection.
    QCOMPARE(FinalLabelPolicy(policy->currentData().toInt()), FinalLabelPolicy::Posterior);
    QVERIFY(selection->isChecked() && selection->isEnabled());
    selection->setChecked(false);
    QCOMPARE(dialog.options().selection, ConfigurationSelection::None);
    // Only candist chooses; the baselines train as given.
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    QVERIFY(method);
    method->setCurrentIndex(method->findData(int(DistillationMethod::Single)));
    QVERIFY(!selection->isEnabled());
}

void DialogsTest::wordVectorsAreChosenInSettingsAndTheDistilDialog()
{
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("mine.cdv"));
    DistillationDialog dialog(DistillationOptions(), false, file);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("wordVectorsKind"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("wordVectorsPath"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("wordVectorsStatus"));
    QVERIFY(kind && path && status);
    QCOMPARE(path->text(), file);
    QCOMPARE(dialog.wordVectorsChoice(), file);
    QCOMPARE(dialog.options().bag.wordVectors.path, file);
    QVERIFY2(status->text().contains(QStringLiteral("No such file")), qPrintable(status->text()));

    kind->setCurrentIndex(1); // None
    QCOMPARE(dialog.wordVectorsChoice(), QStringLiteral("none"));
    QCOMPARE(dialog.options().bag.wordVectors.path, QString());

    // Installed: the test's data folder has none, so the status says how to install them and the
    // run trains without (CTest's CANDIST_WORD_VECTORS=none would hide the default otherwise).
    const QByteArray saved = qgetenv("CANDIST_WORD_VECTORS");
    qunsetenv("CANDIST_WORD_VECTORS");
    kind->setCurrentIndex(0);
    QCOMPARE(dialog.wordVectorsChoice(), QString());
    QVERIFY2(status->text().contains(QStringLiteral("scripts/install_word_vectors")),
             qPrintable(status->text()));
    QCOMPARE(dialog.options().bag.wordVectors.path, QString());
    qputenv("CANDIST_WORD_VECTORS", saved);
}

QTEST_MAIN(DialogsTest)
#include "test_dialogs.moc"
