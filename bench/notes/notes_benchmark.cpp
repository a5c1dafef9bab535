// bench/notes: the annotators' flags and comments (issue 15) on a 1,000,000-sample project. Saves
// notes on 1 % of the samples, then times what the window asks of the store: the table order for
// each note filter (any flag, one flag, a comment; alone and with the confidence sort), the sort
// by flags in both directions, the unfiltered confidence sort as the peer, and a flag toggled
// over a selection of 100,000 samples (plan and write, as Annotate › Flag … does).
//
// usage: candist-bench-notes [PROJECT] [SAMPLES]   (PROJECT is generated when missing; its notes
// are replaced)
#include <algorithm>
#include <functional>
#include <random>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "demo_project.h"
#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "store/queries/sample_page_query.h"

namespace {

using namespace candist;

// The faster of two runs (the second on a warm cache, as in the window), and the result's size.
std::pair<double, qint64> bestOfTwo(const std::function<qint64()> &work)
{
    double best = 1e9;
    qint64 size = 0;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        size = work();
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    return {best, size};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QTemporaryDir scratch;
    const QString path =
        args.size() > 1 ? args.at(1) : scratch.filePath(QStringLiteral("bench-notes.candist"));
    const qint64 samples = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    try {
        demo::ensureDemoProject(path, samples, out);
        ProjectStore store(path);
        const QLocale c = QLocale::c();

        // 1 % of the samples get a note: a random flag set, every third one a comment.
        std::mt19937 random(11);
        std::uniform_int_distribution<SampleRow> row(1, store.lastSampleRow());
        QVector<SampleNote> notes;
        for (qint64 i = 0; i < samples / 100; ++i) {
            SampleNote note;
            note.row = row(random);
            note.flags = 1 + random() % SampleNote::kAllFlags;
            if (i % 3 == 0)
                note.comment = QStringLiteral("comment %1").arg(i);
            notes << note;
        }
        {
            // A rerun on the same project starts from no notes again.
            QVector<SampleRow> every;
            for (SampleRow r = 1; r <= store.lastSampleRow(); ++r)
                every << r;
            QVector<SampleNote> none;
            for (SampleNote note : sample_note_query::notes(store, every)) {
                if (note.isEmpty())
                    continue;
                note.flags = 0;
                note.comment.clear();
                none << note;
            }
            sample_note_query::save(store, none);
        }
        QElapsedTimer timer;
        timer.start();
        sample_note_query::save(store, notes);
        out << "save_" << notes.size()
            << "_notes_seconds=" << c.toString(timer.nsecsElapsed() / 1e9, 'f', 3) << Qt::endl;

        using Key = SampleSort::Key;
        const auto order = [&](const char *name, const SampleFilter &filter, SampleSort sort) {
            const auto [seconds, size] = bestOfTwo(
                [&] { return sample_page_query::orderedRows(store, filter, sort).size(); });
            out << name << "_seconds=" << c.toString(seconds, 'f', 3) << " rows=" << size
                << Qt::endl;
            return seconds;
        };
        SampleFilter any;
        any.anyNoteFlag = true;
        SampleFilter discuss;
        discuss.noteFlags = SampleNote::Discuss;
        SampleFilter commented;
        commented.hasComment = true;
        const SampleSort byRow;
        const SampleSort byConfidence{Key::Confidence, Qt::AscendingOrder};
        double slowest = 0;
        slowest = std::max(slowest, order("filter_any_flag", any, byRow));
        slowest = std::max(slowest, order("filter_discuss", discuss, byRow));
        slowest = std::max(slowest, order("filter_comment", commented, byRow));
        slowest = std::max(slowest, order("filter_any_flag_by_confidence", any, byConfidence));
        slowest = std::max(
            slowest, order("filter_any_flag_by_id", any, SampleSort{Key::Id, Qt::AscendingOrder}));
        slowest = std::max(slowest, order("filter_any_flag_by_final_label", any,
                                          SampleSort{Key::FinalLabel, Qt::AscendingOrder}));
        SampleFilter unreviewed;
        unreviewed.status = SampleFilter::Status::Unreviewed;
        order("peer_filter_unreviewed_by_confidence", unreviewed, byConfidence);
        const double flagsUp = order("sort_by_flags_ascending", SampleFilter(),
                                     SampleSort{Key::NoteFlags, Qt::AscendingOrder});
        const double flagsDown = order("sort_by_flags_descending", SampleFilter(),
                                       SampleSort{Key::NoteFlags, Qt::DescendingOrder});
        const double peer = order("sort_by_confidence", SampleFilter(), byConfidence);

        // A flag over a selection of 100,000 samples: the plan, then the write.
        QVector<SampleRow> selection;
        for (SampleRow r = 1; r <= std::min<qint64>(100000, store.lastSampleRow()); ++r)
            selection << r;
        timer.restart();
        const sample_note_query::FlagPlan plan =
            sample_note_query::planFlag(store, selection, SampleNote::SchemaGap);
        const double planned = timer.nsecsElapsed() / 1e9;
        timer.restart();
        sample_note_query::save(store, plan.apply);
        const double written = timer.nsecsElapsed() / 1e9;
        sample_note_query::save(store, plan.restore);
        out << "flag_selection_" << selection.size()
            << "_plan_seconds=" << c.toString(planned, 'f', 3)
            << " write_seconds=" << c.toString(written, 'f', 3) << Qt::endl;

        out << "RESULT notes_slowest_filter_seconds=" << c.toString(slowest, 'f', 3) << Qt::endl;
        out << "RESULT notes_sort_over_confidence_sort="
            << c.toString(std::max(flagsUp, flagsDown) / peer, 'f', 2) << Qt::endl;
    } catch (const Error &error) {
        out << "error: " << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}
