// Issue 15, finding 8: the filter and sort boxes of the Samples tab fit their longest item in
// every shipped language (Spanish is the longest), at their size hint and as laid out in a bar
// of the default window's width.
#include <QApplication>
#include <QComboBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QtTest>

#include "filter_bar.h"
#include "translation_loader.h"

using namespace candist;

namespace {

// The width the box gives its text when it is `width` wide: its edit field, as the style lays
// it out (frame, arrow and icon space excluded).
int textWidth(const QComboBox *box, int width)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.rect = QRect(0, 0, width, box->sizeHint().height());
    option.editable = box->isEditable();
    option.frame = box->hasFrame();
    return box->style()
        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box)
        .width();
}

} // namespace

class FilterCombosTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    }
    void cleanupTestCase()
    {
        TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void combosFitTheirLongestItem_data()
    {
        QTest::addColumn<QString>("language");
        for (const TranslationLoader::Language &language : TranslationLoader::languages())
            if (!language.code.isEmpty())
                QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void combosFitTheirLongestItem()
    {
        QFETCH(QString, language);
        TranslationLoader::install(*QCoreApplication::instance(), language);
        FilterBar bar;
        bar.setSchema(LabelSchema({{QStringLiteral("DESC"), {}, {}, {}, {}},
                                   {QStringLiteral("ENTY"), {}, {}, {}, {}},
                                   {QStringLiteral("LOC"), {}, {}, {}, {}}}));
        // The default window's width with the detail dock closed; beside the open dock the
        // Spanish bar is narrower than its size hint and every box gives up a few pixels.
        bar.resize(1440, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const QList<QComboBox *> boxes = bar.findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 3); // status, final label, sort
        for (const QComboBox *box : boxes) {
            int widest = 0;
            QString longest;
            for (int i = 0; i < box->count(); ++i) {
                const int advance = box->fontMetrics().horizontalAdvance(box->itemText(i));
                if (advance > widest) {
                    widest = advance;
                    longest = box->itemText(i);
                }
            }
            QVERIFY2(textWidth(box, box->sizeHint().width()) >= widest,
                     qPrintable(QStringLiteral("%1: size hint leaves %2 px for \"%3\" (%4 px)")
                                    .arg(box->accessibleName())
                                    .arg(textWidth(box, box->sizeHint().width()))
                                    .arg(longest)
                                    .arg(widest)));
            QVERIFY2(textWidth(box, box->width()) >= widest,
                     qPrintable(QStringLiteral("%1: laid out %2 px wide, \"%3\" needs %4 px")
                                    .arg(box->accessibleName())
                                    .arg(box->width())
                                    .arg(longest)
                                    .arg(widest)));
        }
    }
};

QTEST_MAIN(FilterCombosTest)
#include "test_filter_combos.moc"
