// Every text the main window shows goes through the translation system. The test translates
// every message the sources declare into a pseudo-language ("⟦" + source + "⟧"), installs it,
// opens the window on a generated project, shows each view, dock and menu, and walks every
// visible text: one without the marker was never looked up in a translation.
//
// qcustomplot.h needs Qt's signals/slots keywords, which the test support turns off; this file
// includes it first, before any Qt header sees QT_NO_KEYWORDS.
#undef QT_NO_KEYWORDS
#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>
#include <qcustomplot.h>

#include "agreement_view.h"
#include "demo_project.h"
#include "detail_panel.h"
#include "main_window.h"
#include "project_document.h"
#include "review_view.h"
#include "sample_table_model.h"
#include "screenshot_runner.h"
#include "settings_dialog.h"
#include "store/project_store.h"
#include "test_files.h"
#include "translation_loader.h"
#include "ts_file.h"

using namespace candist;

namespace {

const QString kOpen = QStringLiteral("⟦");
const QString kClose = QStringLiteral("⟧");

// Collects the texts of a widget tree that carry no marker and are not data.
class TextAudit
{
public:
    // Texts made of nothing but these are data, not interface: label names and hotkeys (the
    // user's schema), sample texts and IDs (the user's data), the project's file name, the
    // interface languages' own names (endonyms, untranslated on purpose so that anyone finds
    // theirs) and the product name inside a translated title.
    void addData(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_data << text;
    }
    void sortData()
    {
        std::sort(m_data.begin(), m_data.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    void check(const QObject *owner, const QString &what, const QString &text)
    {
        if (text.contains(kOpen)) {
            ++m_translated;
            return;
        }
        if (!containsInterfaceWords(text))
            return;
        m_violations << QStringLiteral("%1 \"%2\" %3: \"%4\"")
                            .arg(QString::fromLatin1(owner->metaObject()->className()),
                                 owner->objectName(), what, text);
    }

    void checkWidgetTree(QWidget *root);
    void checkAction(const QAction *action);
    void checkPlot(QCustomPlot *plot);
    void checkModelHeaders(const QAbstractItemView *view);

    QStringList violations() const { return m_violations; }
    // How many texts carried the marker: proves the walk saw the interface at all.
    int translated() const { return m_translated; }

private:
    bool containsInterfaceWords(QString text) const
    {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;"));
        text.remove(tags);
        // QProgressBar's format placeholders (%p, %v, %m) are not words.
        static const QRegularExpression progressFormat(QStringLiteral("%[pvm]"));
        text.remove(progressFormat);
        for (const QString &data : m_data)
            text.replace(data, QStringLiteral(" "));
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    }

    QStringList m_data;
    QStringList m_violations;
    int m_translated = 0;
};

// Qt's own helper widgets (dock float/close buttons, spin box editors, toolbar extension) are
// named qt_* or _q_*: Qt translates them (qtbase_*.qm), not our catalogue; their texts are
// values or empty.
// The same holds for QTabBar's scroll arrows and QDialogButtonBox's standard buttons (OK,
// Cancel): their texts are Qt's, and i18n_real_translations checks that they translate.
bool isQtInternal(const QObject *object)
{
    const QString name = object->objectName();
    if (name.startsWith(QLatin1String("qt_")) || name.startsWith(QLatin1String("_q_")))
        return true;
    if (qobject_cast<const QTabBar *>(object->parent()) &&
        (name == QLatin1String("ScrollLeftButton") || name == QLatin1String("ScrollRightButton")))
        return true;
    const auto *box = qobject_cast<const QDialogButtonBox *>(object->parent());
    const auto *button = qobject_cast<const QAbstractButton *>(object);
    return box && button &&
           box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

void TextAudit::checkAction(const QAction *action)
{
    if (action->isSeparator() || isQtInternal(action))
        return;
    check(action, QStringLiteral("text"), action->text());
    check(action, QStringLiteral("iconText"), action->iconText());
    check(action, QStringLiteral("toolTip"), action->toolTip());
    check(action, QStringLiteral("statusTip"), action->statusTip());
    check(action, QStringLiteral("whatsThis"), action->whatsThis());
    if (action->menu())
        check(action->menu(), QStringLiteral("title"), action->menu()->title());
}

void TextAudit::checkPlot(QCustomPlot *plot)
{
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes())
            check(plot, QStringLiteral("axis label"), axis->label());
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            check(plot, QStringLiteral("plot title"), title->text());
    }
    for (int i = 0; i < plot->plottableCount(); ++i)
        check(plot, QStringLiteral("plottable name"), plot->plottable(i)->name());
}

void TextAudit::checkModelHeaders(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
        for (int column = 0; column < model->columnCount(); ++column)
            check(view, QStringLiteral("header %1").arg(column),
                  model->headerData(column, Qt::Horizontal, role).toString());
        // Vertical headers are row numbers; checked anyway so that words there get noticed.
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row)
            check(view, QStringLiteral("row header %1").arg(row),
                  model->headerData(row, Qt::Vertical, role).toString());
    }
}

void TextAudit::checkWidgetTree(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (isQtInternal(widget))
            continue;
        if (widget->isWindow() || qobject_cast<QDockWidget *>(widget) ||
            qobject_cast<QToolBar *>(widget))
            check(widget, QStringLiteral("window title"), widget->windowTitle());
        check(widget, QStringLiteral("toolTip"), widget->toolTip());
        check(widget, QStringLiteral("statusTip"), widget->statusTip());
        check(widget, QStringLiteral("whatsThis"), widget->whatsThis());
        check(widget, QStringLiteral("accessibleName"), widget->accessibleName());
        check(widget, QStringLiteral("accessibleDescription"), widget->accessibleDescription());
        for (const QAction *action : widget->actions())
            checkAction(action);
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(label, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(button, QStringLiteral("text"), button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(group, QStringLiteral("title"), group->title());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            check(menu, QStringLiteral("title"), menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            check(combo, QStringLiteral("placeholder"), combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                check(combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
                check(combo, QStringLiteral("item %1 toolTip").arg(i),
                      combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(tabs, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                check(tabs, QStringLiteral("tab %1 toolTip").arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            check(spin, QStringLiteral("specialValueText"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            check(spin, QStringLiteral("prefix"), spin->prefix());
            check(spin, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
            check(spin, QStringLiteral("prefix"), spin->prefix());
            check(spin, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *bar = qobject_cast<QProgressBar *>(widget))
            check(bar, QStringLiteral("format"), bar->format());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkModelHeaders(view);
        if (auto *plot = qobject_cast<QCustomPlot *>(widget))
            checkPlot(plot);
    }
}

} // namespace

class PseudoTranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pseudoTranslationIsLoaded();
    void mainWindowShowsOnlyTranslatedTexts();
    void settingsDialogShowsOnlyTranslatedTexts();
    void auditCatchesAnUntranslatedText();

private:
    TextAudit dataAudit() const;

    test::Scratch m_scratch;
    QString m_project;
    int m_messages = 0;
};

void PseudoTranslationTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests-i18n"));
    const QString tsPath = m_scratch.path(QStringLiteral("candist_pseudo.ts"));
    test::extractMessages(tsPath);
    test::TsFile pseudo = test::readTsFile(tsPath);
    pseudo.language = QStringLiteral("en"); // two plural forms, both marked
    for (test::TsMessage &message : pseudo.messages) {
        const QString marked = kOpen + message.source + kClose;
        message.type.clear();
        message.translations = message.numerus ? QStringList{marked, marked} : QStringList{marked};
    }
    m_messages = int(pseudo.messages.size());
    QVERIFY2(m_messages > 100, "lupdate found almost no messages");
    test::writeTsFile(tsPath, pseudo);
    const QString qmPath = m_scratch.path(QStringLiteral("candist_pseudo.qm"));
    test::compileTranslation(tsPath, qmPath);
    QVERIFY(TranslationLoader::installFile(*QCoreApplication::instance(), qmPath));

    m_project = m_scratch.path(QStringLiteral("pseudo.candist"));
    demo::writeDemoProject(m_project, demo::DemoProjectOptions{120});
}

TextAudit PseudoTranslationTest::dataAudit() const
{
    TextAudit audit;
    const ProjectStore store(m_project);
    const LabelSchema schema = store.labelSchema();
    for (const Label &label : schema.labels()) {
        audit.addData(label.name);
        audit.addData(label.hotkey);
    }
    store.forEachSample([&audit](const Sample &sample) {
        audit.addData(sample.text);
        audit.addData(sample.id);
    });
    audit.addData(QFileInfo(m_project).fileName());
    for (const TranslationLoader::Language &language : TranslationLoader::languages()) {
        if (!language.code.isEmpty())
            audit.addData(language.nativeName);
    }
    audit.sortData();
    return audit;
}

void PseudoTranslationTest::pseudoTranslationIsLoaded()
{
    QCOMPARE(MainWindow::tr("&File"), kOpen + QStringLiteral("&File") + kClose);
    // Core messages the GUI shows are in the catalogue under their runtime contexts.
    QCOMPARE(QCoreApplication::translate("Teacher", "the model name is empty"),
             kOpen + QStringLiteral("the model name is empty") + kClose);
    QCOMPARE(QCoreApplication::translate("ReviewRanker", "the student is unsure"),
             kOpen + QStringLiteral("the student is unsure") + kClose);
}

void PseudoTranslationTest::mainWindowShowsOnlyTranslatedTexts()
{
    MainWindow window(MainWindow::Options{false, false});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TextAudit empty = dataAudit();
    empty.checkWidgetTree(&window); // the window before a project is open
    const QStringList beforeOpen = empty.violations();

    QSignalSpy ready(window.sampleModel(), &SampleTableModel::orderReady);
    window.openProject(m_project);
    QVERIFY(ready.wait(20000));
    SampleTableModel *model = window.sampleModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowData(0) != nullptr, 20000);
    window.sampleTable()->setCurrentIndex(model->index(0, SampleTableModel::IdColumn));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPanel()->detail().has_value(), 20000);

    TextAudit audit = dataAudit();
    // Every view the window has (the screenshot names list them all), every dock, every menu.
    for (const QString &name :
         {QStringLiteral("table"), QStringLiteral("detail"), QStringLiteral("curves"),
          QStringLiteral("review"), QStringLiteral("agreement")}) {
        const std::optional<MainWindow::View> view = viewFromName(name);
        QVERIFY2(view, qPrintable(name));
        QSignalSpy agreementLoaded(window.agreementView(), &AgreementView::loaded);
        window.showView(*view);
        // The review and the agreement report fill in from the database thread: walk them
        // once they show a sample and a report, not their loading placeholders.
        if (*view == MainWindow::View::Review)
            QTRY_VERIFY_WITH_TIMEOUT(window.reviewView()->shownRow() >= 0, 20000);
        if (*view == MainWindow::View::Agreement)
            QTRY_VERIFY_WITH_TIMEOUT(agreementLoaded.count() > 0, 20000);
        QCoreApplication::processEvents();
        audit.checkWidgetTree(&window);
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus)
        Q_EMIT menu->aboutToShow(); // menus filled on demand (Open Recent) fill now
    QCoreApplication::processEvents();
    audit.checkWidgetTree(&window);
    for (QAction *action : window.menuBar()->actions())
        audit.checkAction(action);
    for (QMenu *menu : menus) {
        for (QAction *action : menu->actions())
            audit.checkAction(action);
    }
    QVERIFY(!menus.isEmpty());
    QVERIFY2(audit.translated() > 200, qPrintable(QString::number(audit.translated())));

    QStringList violations = beforeOpen + audit.violations();
    violations.removeDuplicates();
    QVERIFY2(violations.isEmpty(),
             qPrintable(QStringLiteral("%1 texts shown without going through tr():\n%2")
                            .arg(violations.size())
                            .arg(violations.join(u'\n'))));
}

void PseudoTranslationTest::settingsDialogShowsOnlyTranslatedTexts()
{
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    TextAudit audit = dataAudit();
    audit.checkWidgetTree(&dialog);
    QVERIFY2(audit.translated() > 20, qPrintable(QString::number(audit.translated())));
    QVERIFY2(audit.violations().isEmpty(), qPrintable(audit.violations().join(u'\n')));
}

// The audit must be able to fail: a label with a plain string is reported, data is not.
void PseudoTranslationTest::auditCatchesAnUntranslatedText()
{
    QWidget root;
    auto *plain = new QLabel(QStringLiteral("Not translated"), &root);
    plain->setObjectName(QStringLiteral("plain"));
    new QLabel(MainWindow::tr("&File"), &root);
    new QLabel(QStringLiteral("42 · 3.5 %"), &root);
    auto *combo = new QComboBox(&root);
    TextAudit audit = dataAudit();
    const ProjectStore store(m_project);
    combo->addItem(store.labelSchema().at(0).name);
    audit.checkWidgetTree(&root);
    QCOMPARE(audit.violations().size(), 1);
    QVERIFY(audit.violations().first().contains(QStringLiteral("Not translated")));
}

QTEST_MAIN(PseudoTranslationTest)
#include "test_pseudo_translation.moc"
