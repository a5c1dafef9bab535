// The annotators' flags and comments (issue 15): sample_note_query's reads and writes, and the
// sample table's filters and sort by them (sample_page_query), without widgets.
#include <QtTest>

#include "model/error.h"
#include "model/sample_note.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "store/queries/sample_page_query.h"
#include "test_files.h"

using namespace candist;

namespace {

// Six samples s1..s6 (rows 1..6); s1..s3 have a student result with confidence 0.9, 0.5, 0.7.
struct Fixture
{
    test::Scratch scratch;
    ProjectStore store{scratch.path(QStringLiteral("p.candist")),
                       ProjectStore::OpenMode::CreateIfMissing};

    Fixture()
    {
        store.setLabelSchema(LabelSchema(
            {{QStringLiteral("a"), {}, {}, {}, {}}, {QStringLiteral("b"), {}, {}, {}, {}}}));
        ProjectStore::Transaction transaction(store);
        ProjectStore::SampleInserter inserter(store);
        for (int i = 1; i <= 6; ++i)
            inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("text %1").arg(i), {},
                            std::nullopt);
        transaction.commit();
        const qint64 run = store.beginRun(QStringLiteral("candist"), {});
        QVector<StudentResult> results;
        const float confidences[] = {0.9f, 0.5f, 0.7f};
        for (int i = 0; i < 3; ++i) {
            StudentResult result;
            result.row = i + 1;
            result.probabilities = {confidences[i], 1.f - confidences[i]};
            result.predicted = 0;
            result.confidence = confidences[i];
            results << result;
        }
        store.saveStudentResults(run, results);
    }
};

SampleNote noteOf(SampleRow row, quint32 flags, const QString &comment = {})
{
    SampleNote note;
    note.row = row;
    note.flags = flags;
    note.comment = comment;
    return note;
}

QVector<SampleRow> ordered(ProjectStore &store, const SampleFilter &filter, SampleSort sort = {})
{
    const RowOrder order = sample_page_query::orderedRows(store, filter, sort);
    return order.mid(0, order.size());
}

} // namespace

class SampleNotesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A note is saved at once, read back with its time, and an emptied note leaves no row.
    void savesReadsAndDeletesNotes()
    {
        Fixture f;
        QVERIFY(sample_note_query::note(f.store, 2).isEmpty());
        QVERIFY(!sample_note_query::note(f.store, 2).updatedAt.isValid());

        // A leading U+FEFF, a newline and CJK text survive unchanged.
        const QString comment = QStringLiteral("\uFEFFtruncated?\nsiehe 2. Absatz — 标签");
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        sample_note_query::save(f.store,
                                {noteOf(2, SampleNote::Discuss | SampleNote::SchemaGap, comment)});
        {
            // Another connection sees it: the write committed at once.
            ProjectStore other(f.store.path());
            const SampleNote read = sample_note_query::note(other, 2);
            QCOMPARE(read.row, SampleRow(2));
            QCOMPARE(read.flags, quint32(SampleNote::Discuss | SampleNote::SchemaGap));
            QCOMPARE(read.comment, comment);
            QVERIFY(read.updatedAt >= before);
            QVERIFY(read.updatedAt <= QDateTime::currentDateTime().addSecs(1));
        }

        // A note with a time keeps it (what undo relies on).
        SampleNote restored = noteOf(2, SampleNote::BadText, QStringLiteral("old"));
        restored.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123);
        sample_note_query::save(f.store, {restored});
        QCOMPARE(sample_note_query::note(f.store, 2).updatedAt, restored.updatedAt);
        QCOMPARE(sample_note_query::note(f.store, 2).flags, quint32(SampleNote::BadText));

        // A comment alone is a note; without flags and comment the row goes.
        sample_note_query::save(f.store, {noteOf(3, 0, QStringLiteral("only a comment"))});
        QCOMPARE(sample_note_query::note(f.store, 3).comment, QStringLiteral("only a comment"));
        sample_note_query::save(f.store, {noteOf(2, 0), noteOf(3, 0)});
        QVERIFY(sample_note_query::note(f.store, 2).isEmpty());
        QVERIFY(!sample_note_query::note(f.store, 3).updatedAt.isValid());
        const sample_note_query::Counts counts = sample_note_query::counts(f.store);
        QCOMPARE(counts.flagged + counts.commented, qint64(0));
    }

    // Unknown flags and samples are refused, and a refused batch writes nothing at all.
    void refusesUnknownFlagsAndSamplesAllOrNone()
    {
        Fixture f;
        QVERIFY_THROWS_EXCEPTION(Error, sample_note_query::save(f.store, {noteOf(1, 1u << 3)}));
        try {
            sample_note_query::save(f.store, {noteOf(1, SampleNote::Discuss), noteOf(99, 1)});
            QFAIL("a note for a sample that does not exist was saved");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("sample 99")),
                     qPrintable(error.message()));
        }
        QVERIFY(sample_note_query::note(f.store, 1).isEmpty());
    }

    // A flag over a selection is a toggle: on for all unless all have it, then off for all;
    // the plan's restore side keeps every note exactly as it was.
    void plansAFlagAsAToggleOverTheSelection()
    {
        Fixture f;
        SampleNote second =
            noteOf(2, SampleNote::Discuss | SampleNote::BadText, QStringLiteral("keep me"));
        second.updatedAt = QDateTime::fromMSecsSinceEpoch(1'600'000'000'000);
        sample_note_query::save(f.store, {second});

        sample_note_query::FlagPlan plan =
            sample_note_query::planFlag(f.store, {3, 2, 1, 42}, SampleNote::Discuss);
        QVERIFY(plan.set);
        QCOMPARE(plan.apply.size(), 2); // 2 has it already, 42 is no sample
        QCOMPARE(plan.apply.at(0).row, SampleRow(3));
        QCOMPARE(plan.apply.at(1).row, SampleRow(1));
        QVERIFY(plan.restore.at(0).isEmpty());
        QVERIFY(plan.apply.at(0).updatedAt.isValid()); // one time for all: redo writes it again
        QCOMPARE(plan.apply.at(1).updatedAt, plan.apply.at(0).updatedAt);
        sample_note_query::save(f.store, plan.apply);
        QCOMPARE(sample_note_query::counts(f.store).discuss, qint64(3));

        plan = sample_note_query::planFlag(f.store, {1, 2, 3}, SampleNote::Discuss);
        QVERIFY(!plan.set);
        QCOMPARE(plan.apply.size(), 3);
        QCOMPARE(plan.restore.at(1).updatedAt, second.updatedAt);
        sample_note_query::save(f.store, plan.apply);
        const SampleNote after = sample_note_query::note(f.store, 2);
        QCOMPARE(after.flags, quint32(SampleNote::BadText));
        QCOMPARE(after.comment, QStringLiteral("keep me"));
        QVERIFY(sample_note_query::note(f.store, 1).isEmpty()); // emptied: no row

        sample_note_query::save(f.store, plan.restore);
        QCOMPARE(sample_note_query::note(f.store, 2).updatedAt, second.updatedAt);
        QCOMPARE(sample_note_query::note(f.store, 2).flags, second.flags);
        QCOMPARE(sample_note_query::counts(f.store).discuss, qint64(3));
    }

    void countsFlagsAndComments()
    {
        Fixture f;
        sample_note_query::save(f.store, {noteOf(1, SampleNote::Discuss),
                                          noteOf(2, SampleNote::Discuss | SampleNote::BadText),
                                          noteOf(3, SampleNote::SchemaGap, QStringLiteral("x")),
                                          noteOf(4, 0, QStringLiteral("y"))});
        const sample_note_query::Counts counts = sample_note_query::counts(f.store);
        QCOMPARE(counts.flagged, qint64(3));
        QCOMPARE(counts.discuss, qint64(2));
        QCOMPARE(counts.badText, qint64(1));
        QCOMPARE(counts.schemaGap, qint64(1));
        QCOMPARE(counts.commented, qint64(2));
    }

    // The sample table filters by any flag, by each flag and by a comment, and sorts by flags.
    void tableFiltersAndSortsByNotes()
    {
        Fixture f;
        sample_note_query::save(
            f.store, {noteOf(1, SampleNote::BadText), noteOf(2, SampleNote::Discuss),
                      noteOf(3, SampleNote::Discuss | SampleNote::SchemaGap, QStringLiteral("c")),
                      noteOf(5, 0, QStringLiteral("comment only"))});
        SampleFilter any;
        any.anyNoteFlag = true;
        QCOMPARE(ordered(f.store, any), (QVector<SampleRow>{1, 2, 3}));
        QCOMPARE(ordered(f.store, any, SampleSort{SampleSort::Key::Row, Qt::DescendingOrder}),
                 (QVector<SampleRow>{3, 2, 1}));
        SampleFilter discuss;
        discuss.noteFlags = SampleNote::Discuss;
        QCOMPARE(ordered(f.store, discuss), (QVector<SampleRow>{2, 3}));
        discuss.noteFlags |= SampleNote::SchemaGap; // every checked flag must hold
        QCOMPARE(ordered(f.store, discuss), (QVector<SampleRow>{3}));
        SampleFilter commented;
        commented.hasComment = true;
        QCOMPARE(ordered(f.store, commented), (QVector<SampleRow>{3, 5}));
        QVERIFY(!commented.isEmpty());
        QVERIFY(!(commented == SampleFilter()));
        // Combined with another table's order: by confidence, 0.5 (s2) before 0.7 (s3).
        SampleFilter discussOnly;
        discussOnly.noteFlags = SampleNote::Discuss;
        QCOMPARE(ordered(f.store, discussOnly,
                         SampleSort{SampleSort::Key::Confidence, Qt::AscendingOrder}),
                 (QVector<SampleRow>{2, 3}));
        // Samples without the sorted value (no student result: 5) come last in both directions.
        QCOMPARE(ordered(f.store, commented,
                         SampleSort{SampleSort::Key::Confidence, Qt::DescendingOrder}),
                 (QVector<SampleRow>{3, 5}));
        QCOMPARE(ordered(f.store, commented,
                         SampleSort{SampleSort::Key::Confidence, Qt::AscendingOrder}),
                 (QVector<SampleRow>{3, 5}));
        QCOMPARE(
            ordered(f.store, any, SampleSort{SampleSort::Key::Confidence, Qt::DescendingOrder}),
            (QVector<SampleRow>{1, 3, 2}));
        QCOMPARE(ordered(f.store, any, SampleSort{SampleSort::Key::SetSize, Qt::AscendingOrder}),
                 (QVector<SampleRow>{1, 2, 3})); // no teacher results: row order
        SampleFilter text;
        text.text = QStringLiteral("text 3");
        text.hasComment = true;
        QCOMPARE(ordered(f.store, text, SampleSort{SampleSort::Key::Id, Qt::AscendingOrder}),
                 (QVector<SampleRow>{3}));

        // By flags: 0 (a comment only) < discuss 1 < bad text 2 < discuss+schema gap 5, then the
        // samples without a note in row order, in both directions.
        const SampleSort up{SampleSort::Key::NoteFlags, Qt::AscendingOrder};
        const SampleSort down{SampleSort::Key::NoteFlags, Qt::DescendingOrder};
        QCOMPARE(ordered(f.store, SampleFilter(), up), (QVector<SampleRow>{5, 2, 1, 3, 4, 6}));
        QCOMPARE(ordered(f.store, SampleFilter(), down), (QVector<SampleRow>{3, 1, 2, 5, 4, 6}));
        QCOMPARE(ordered(f.store, any, down), (QVector<SampleRow>{3, 1, 2}));
        SampleFilter withStudent;
        withStudent.maxSetSize = 0; // every sample (no teacher results): a filter, not a range
        QCOMPARE(ordered(f.store, withStudent, up), (QVector<SampleRow>{5, 2, 1, 3, 4, 6}));

        // Page rows carry the note.
        const QVector<SampleRowData> rows = sample_page_query::fetchRows(f.store, {3, 4});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).noteFlags, quint32(SampleNote::Discuss | SampleNote::SchemaGap));
        QCOMPARE(rows.at(0).comment, QStringLiteral("c"));
        QCOMPARE(rows.at(1).noteFlags, quint32(0));
        QVERIFY(rows.at(1).comment.isEmpty());
    }

    // Cheap on a million rows: a note filter reads the notes, not the samples, and the sort by
    // flags is a scan of the flags index.
    void noteOrdersReadTheNotesOnly()
    {
        Fixture f;
        SampleFilter any;
        any.anyNoteFlag = true;
        const QStringList rowPlan = sample_page_query::queryPlan(f.store, any, SampleSort());
        const QString rowText = rowPlan.join(QStringLiteral(" | "));
        QVERIFY2(rowPlan.size() == 1 && rowPlan.first().startsWith(QLatin1String("SCAN n")) &&
                     !rowText.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(rowText));
        SampleFilter commented;
        commented.hasComment = true;
        const QString commentText =
            sample_page_query::queryPlan(f.store, commented,
                                         SampleSort{SampleSort::Key::Row, Qt::DescendingOrder})
                .join(QStringLiteral(" | "));
        QVERIFY2(commentText.startsWith(QLatin1String("SCAN n")) &&
                     !commentText.contains(QLatin1String("SCAN s")) &&
                     !commentText.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(commentText));
        // With another table's order: the notes are read, not that table's million index rows.
        const QString byConfidence =
            sample_page_query::queryPlan(
                f.store, any, SampleSort{SampleSort::Key::Confidence, Qt::AscendingOrder})
                .join(QStringLiteral(" | "));
        QVERIFY2(byConfidence.startsWith(QLatin1String("SCAN n")) &&
                     !byConfidence.contains(QLatin1String("SCAN st")) &&
                     !byConfidence.contains(QLatin1String("SCAN s ")),
                 qPrintable(byConfidence));
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QStringList plan = sample_page_query::queryPlan(
                f.store, SampleFilter(), SampleSort{SampleSort::Key::NoteFlags, order});
            const QString text = plan.join(QStringLiteral(" | "));
            QVERIFY2(plan.size() == 1 &&
                         plan.first() ==
                             QLatin1String("SCAN n USING COVERING INDEX sample_notes_by_flags"),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(SampleNotesTest)
#include "test_sample_notes.moc"
