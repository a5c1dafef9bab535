// qcustomplot.h declares its signals with Qt's keywords, which the tests turn off
// (candist_test_support): this file inspects the plots, so it turns them back on first.
#undef QT_NO_KEYWORDS

// Colour schemes (issue 15): Light / Dark / System, label colours that keep a 4.5:1 contrast
// against the background in both, and plots that follow the palette.
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <qcustomplot.h>

#include "app_settings.h"
#include "color_scheme.h"
#include "demo_project.h"
#include "distillation_view.h"
#include "label_colors.h"
#include "project_document.h"
#include "settings_dialog.h"
#include "test_files.h"

using namespace candist;

class ColorSchemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
        m_system = QApplication::palette();
    }
    void cleanup() { applyColorScheme(ColorScheme::System); }

    void contrastRatioIsWcags()
    {
        QVERIFY(qAbs(contrastRatio(Qt::black, Qt::white) - 21.0) < 0.01);
        QVERIFY(qAbs(contrastRatio(Qt::white, Qt::white) - 1.0) < 0.001);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(contrastRatio(QColor(0x767676), Qt::white) - 4.54) < 0.01);
    }

    void labelColoursReadOnLightAndDark()
    {
        // The default palette entries and two schema colours that fail on one side each.
        const LabelSchema schema({{QStringLiteral("yellow"), {}, {}, {}, QStringLiteral("#ffff00")},
                                  {QStringLiteral("navy"), {}, {}, {}, QStringLiteral("#000080")}});
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                const QColor background = palette.color(role);
                for (int i = 0; i < 12; ++i) {
                    const QColor color = labelColorOn(schema, i, background);
                    QVERIFY2(contrastRatio(color, background) >= kMinimumContrast,
                             qPrintable(QStringLiteral("label %1: %2 on %3 is %4:1")
                                            .arg(i)
                                            .arg(color.name(), background.name())
                                            .arg(contrastRatio(color, background))));
                    // The hue stays: a label keeps its identity.
                    const QColor own = labelColor(schema, i);
                    if (own.hslSaturation() > 30)
                        QVERIFY(qAbs(color.hslHue() - own.hslHue()) <= 3);
                }
            }
        }
        // Text on a chip filled with the label colour.
        for (int i = 0; i < 12; ++i) {
            const QColor fill = labelColor(schema, i);
            QVERIFY2(contrastRatio(textColorOn(fill), fill) >= kMinimumContrast,
                     qPrintable(fill.name()));
        }
    }

    void schemesSwitchThePaletteAndSystemComesBack()
    {
        applyColorScheme(ColorScheme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 darkPalette().color(QPalette::Base));
        applyColorScheme(ColorScheme::Light);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        applyColorScheme(ColorScheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_system.color(QPalette::Text));
    }

    void settingsOfferTheSchemeAndKeepIt()
    {
        AppSettings settings;
        settings.colorScheme = ColorScheme::Dark;
        SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("colorSchemeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(ColorScheme(combo->currentData().toInt()), ColorScheme::Dark);
        combo->setCurrentIndex(combo->findData(int(ColorScheme::Light)));
        QCOMPARE(dialog.settings().colorScheme, ColorScheme::Light);
        dialog.settings().save();
        QCOMPARE(AppSettings::load().colorScheme, ColorScheme::Light);
        QCOMPARE(setting::uiColorScheme.get(), QStringLiteral("light"));
        setting::uiColorScheme.remove();
        QCOMPARE(AppSettings::load().colorScheme, ColorScheme::System);
    }

    void plotsFollowThePalette()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("dark.candist"));
        demo::writeDemoProject(path, demo::DemoProjectOptions{200});
        ProjectDocument document;
        DistillationView view(&document);
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &DistillationView::loaded);
        document.open(path);
        QVERIFY(loaded.wait(20000));
        applyColorScheme(ColorScheme::Dark);
        QTRY_COMPARE(view.palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        const QColor base = darkPalette().color(QPalette::Base);
        QCPAxisRect *rect = view.metricPlots().first();
        QTRY_COMPARE(rect->axis(QCPAxis::atLeft)->tickLabelColor(),
                     darkPalette().color(QPalette::Text));
        QCOMPARE(view.runLegend()->brush().color(), base);
        for (const QCPGraph *graph : rect->graphs())
            QVERIFY(contrastRatio(graph->pen().color(), base) >= kMinimumContrast);
        applyColorScheme(ColorScheme::Light);
        QTRY_COMPARE(view.metricPlots().first()->axis(QCPAxis::atLeft)->tickLabelColor(),
                     lightPalette().color(QPalette::Text));
    }

private:
    QPalette m_system;
};

QTEST_MAIN(ColorSchemeTest)
#include "test_color_scheme.moc"
