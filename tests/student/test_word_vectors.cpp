// The student's pretrained word vectors: the converter's file format read back, damaged files
// refused precisely, the GloVe-style lookups and feature block, the choice of vectors, and the
// rule that a run is resumed and applied with the vectors it trained with. Every vectors file is
// a tiny one the test writes through scripts/convert_word_vectors.py; nothing is downloaded.

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "model/error.h"
#include "store/project_store.h"
#include "student/distillation_engine.h"
#include "student/distiller.h"
#include "student/word_vector_choice.h"
#include "student/word_vector_features.h"
#include "student/word_vector_file.h"
#include "synthetic_task.h"
#include "test_files.h"

using namespace candist;

namespace {

constexpr int kDimension = 4;

struct Entry
{
    QString word;
    std::vector<double> vector;
};

// Words in frequency order (the converter keeps that order as the matrix rows).
std::vector<Entry> smallVocabulary()
{
    return {{QStringLiteral("the"), {0.1, 0.2, 0.3, 0.4}},
            {QStringLiteral(","), {-0.5, 0.5, -0.5, 0.5}},
            {QStringLiteral("do"), {1, 0, 0, 0}},
            {QStringLiteral("n't"), {0, 1, 0, 0}},
            {QStringLiteral("world"), {0, 0, 1, 0}},
            {QStringLiteral("'s"), {0, 0, 0, 1}},
            {QStringLiteral("café"), {2, -1, 0.5, 3}}};
}

// The synthetic task's words (synthetic_task.cpp): keyword k of class c is "c<c>w<k>", filler
// "f<n>". Each class's keywords point along that class's axis, the filler is small noise, so the
// vectors tell a student the class of a keyword it never saw in training.
std::vector<Entry> syntheticVocabulary()
{
    std::vector<Entry> entries;
    for (int f = 0; f < 40; ++f) // the filler is the most frequent, as function words are
        entries.push_back({QStringLiteral("f%1").arg(f),
                           {0.01 * (f % 5), -0.01 * (f % 3), 0.01 * (f % 7), 0.02}});
    for (int c = 0; c < 4; ++c)
        for (int k = 0; k < 12; ++k) {
            std::vector<double> vector(kDimension, 0.05 * ((k % 3) - 1));
            vector[size_t(c)] = 1.0 + 0.1 * k;
            entries.push_back({QStringLiteral("c%1w%2").arg(c).arg(k), vector});
        }
    return entries;
}

// Writes `entries` in wink-embeddings' JSON and converts it with the project's own script.
QString writeVectors(const test::Scratch &scratch, const QString &name,
                     const std::vector<Entry> &entries, const QString &vectorsName)
{
    QJsonArray words;
    QJsonObject vectors;
    for (size_t i = 0; i < entries.size(); ++i) {
        QJsonArray values;
        double squares = 0;
        for (const double value : entries[i].vector) {
            values.append(value);
            squares += value * value;
        }
        values.append(std::sqrt(squares));
        values.append(double(i));
        words.append(entries[i].word);
        vectors.insert(entries[i].word, values);
    }
    const QJsonObject document{{QStringLiteral("precision"), 8},
                               {QStringLiteral("l2NormIndex"), kDimension},
                               {QStringLiteral("wordIndex"), kDimension + 1},
                               {QStringLiteral("size"), int(entries.size())},
                               {QStringLiteral("dimensions"), kDimension},
                               {QStringLiteral("words"), words},
                               {QStringLiteral("vectors"), vectors}};
    const QString source =
        scratch.write(name + QStringLiteral(".json"), QJsonDocument(document).toJson());
    const QString output = scratch.path(name + QStringLiteral(".cdv"));
    QProcess python;
    python.start(QStringLiteral(CANDIST_SYSTEM_PYTHON),
                 {QStringLiteral(CANDIST_CONVERT_VECTORS_SCRIPT), source, output,
                  QStringLiteral("--name"), vectorsName});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qFatal("convert_word_vectors.py failed: %s", python.readAllStandardError().constData());
    return output;
}

void patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

QString openError(const QString &path)
{
    try {
        WordVectorFile::open(path);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QString copyOf(const test::Scratch &scratch, const QString &source, const QString &name)
{
    const QString target = scratch.path(name);
    QFile::copy(source, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

std::vector<float> featureRow(WordVectorFeatures &features, const QString &text, double dropout = 0)
{
    const int dataset = features.addDataset({text}, nullptr);
    std::mt19937_64 rng(3);
    const torch::Tensor row = features.features(dataset, {0}, dropout, rng).contiguous();
    return std::vector<float>(row.data_ptr<float>(), row.data_ptr<float>() + row.numel());
}

double norm(const float *values, int count)
{
    double squares = 0;
    for (int i = 0; i < count; ++i)
        squares += double(values[i]) * values[i];
    return std::sqrt(squares);
}

// A pool whose texts use keywords 0..5 of each class and a test set that uses only 6..11: the
// n-gram bag cannot know the test's keywords, the vectors can.
DistillationData unseenKeywordTask()
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> label(0, 3);
    std::uniform_int_distribution<int> keyword(0, 5);
    std::uniform_int_distribution<int> filler(0, 39);
    const auto text = [&](int gold, int keywordOffset) {
        QStringList words;
        for (int k = 0; k < 3; ++k)
            words << QStringLiteral("c%1w%2").arg(gold).arg(keyword(rng) + keywordOffset);
        for (int k = 0; k < 3; ++k)
            words << QStringLiteral("f%1").arg(filler(rng));
        return words.join(QLatin1Char(' '));
    };
    DistillationData data;
    data.numClasses = 4;
    for (int i = 0; i < 400; ++i) {
        const int gold = label(rng);
        data.texts << text(gold, 0);
        data.gold.push_back(gold);
        data.candidates.push_back({gold});
    }
    for (int i = 0; i < 200; ++i) {
        const int gold = label(rng);
        data.testTexts << text(gold, 6);
        data.testGold.push_back(gold);
    }
    return data;
}

double testAccuracy(const DistillationData &data, const QString &vectors)
{
    DistillationOptions options;
    options.method = DistillationMethod::Vanilla;
    options.epochs = 10;
    options.threads = 1;
    options.bag.wordVectors.path = vectors;
    DistillationEngine engine(options);
    return *engine.train(data).epochs.back().testAccuracy;
}

} // namespace

class TestWordVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatTheConverterWrote()
    {
        test::Scratch scratch;
        const std::vector<Entry> entries = smallVocabulary();
        const QString path =
            writeVectors(scratch, QStringLiteral("small"), entries, QStringLiteral("tiny-test"));
        const auto file = WordVectorFile::open(path);
        QCOMPARE(file->name(), QStringLiteral("tiny-test"));
        QCOMPARE(file->dimension(), kDimension);
        QCOMPARE(file->size(), std::int64_t(entries.size()));
        QCOMPARE(file->checksum().size(), 16);
        for (size_t i = 0; i < entries.size(); ++i) {
            const std::int64_t row = file->find(entries[i].word.toStdString());
            QCOMPARE(row, std::int64_t(i)); // rows keep the source's frequency order
            for (int d = 0; d < kDimension; ++d)
                QCOMPARE(file->row(row)[d], float(entries[i].vector[size_t(d)]));
        }
        QCOMPARE(file->find("unknown"), std::int64_t(-1));
        QCOMPARE(file->find(""), std::int64_t(-1));
        QCOMPARE(file->find("th"), std::int64_t(-1));
        // One mapping per file in a process.
        QCOMPARE(WordVectorFile::open(path).get(), file.get());
    }

    void looksUpTokensTheWayGloveSplitThem()
    {
        test::Scratch scratch;
        const auto file = WordVectorFile::open(writeVectors(
            scratch, QStringLiteral("small"), smallVocabulary(), QStringLiteral("tiny-test")));
        const auto rows = [&](const char *token) {
            return wordVectorRows(*file, QString::fromUtf8(token));
        };
        QCOMPARE(rows("the"), (std::vector<std::int64_t>{0}));
        QCOMPARE(rows("don't"), (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(rows("don\u2019t"), (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(rows("world's"), (std::vector<std::int64_t>{4, 5}));
        QCOMPARE(rows("café"), (std::vector<std::int64_t>{6}));
        QCOMPARE(rows("zebra"), std::vector<std::int64_t>{});
        QCOMPARE(rows("zebra's"), (std::vector<std::int64_t>{5}));
    }

    void refusesDamagedFilesPrecisely_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("magic") << qint64(0) << QByteArray("GLOVE") << "not a CanDist word-vector";
        QTest::newRow("version") << qint64(6) << QByteArray("02") << "format version 02";
        QTest::newRow("dimension") << qint64(8) << QByteArray(4, '\0') << "dimension 0 is out of";
        QTest::newRow("name") << qint64(64) << QByteArray("other")
                              << "checksum mismatch in the "
                                 "header";
        QTest::newRow("word") << qint64(128 + 4 * 15 + 2) << QByteArray("X")
                              << "checksum mismatch in the header";
    }

    void refusesDamagedFilesPrecisely()
    {
        QFETCH(qint64, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        test::Scratch scratch;
        const QString path = copyOf(scratch,
                                    writeVectors(scratch, QStringLiteral("small"),
                                                 smallVocabulary(), QStringLiteral("tiny-test")),
                                    QStringLiteral("damaged.cdv"));
        patch(path, offset, bytes);
        const QString message = openError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void refusesTruncatedAndMissingFiles()
    {
        test::Scratch scratch;
        const QString source = writeVectors(scratch, QStringLiteral("small"), smallVocabulary(),
                                            QStringLiteral("tiny-test"));
        const QString truncated = copyOf(scratch, source, QStringLiteral("truncated.cdv"));
        QFile file(truncated);
        QVERIFY(file.resize(file.size() - 10));
        QString message = openError(truncated);
        QVERIFY2(message.contains(QStringLiteral("the file is truncated")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("7 words of dimension 4")), qPrintable(message));

        QVERIFY(file.resize(40));
        message = openError(truncated);
        QVERIFY2(message.contains(QStringLiteral("shorter than the 128-byte header")),
                 qPrintable(message));

        message = openError(scratch.path(QStringLiteral("missing.cdv")));
        QVERIFY2(message.contains(QStringLiteral("missing.cdv: cannot open the word vectors")),
                 qPrintable(message));
    }

    void verifiesEachBlockOfRowsWhenFirstRead()
    {
        test::Scratch scratch;
        const QString path = copyOf(scratch,
                                    writeVectors(scratch, QStringLiteral("small"),
                                                 smallVocabulary(), QStringLiteral("tiny-test")),
                                    QStringLiteral("damaged.cdv"));
        patch(path, QFileInfo(path).size() - 2, QByteArray("\x7f"));
        const auto file = WordVectorFile::open(path); // the index is intact
        QCOMPARE(file->row(0)[0], 0.1f);              // and so are the other rows
        try {
            file->row(6);
            QFAIL("a damaged row block was read");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("checksum mismatch in row 6")),
                     qPrintable(error.message()));
        }
    }

    void featuresAreTheWeightedMeanOfUnitLength()
    {
        test::Scratch scratch;
        const std::vector<Entry> entries = smallVocabulary();
        WordVectorFeatures features(
            WordVectorFile::open(writeVectors(scratch, QStringLiteral("small"), entries,
                                              QStringLiteral("tiny-test"))),
            2.0);
        QCOMPARE(features.width(), kDimension);

        const std::vector<float> row = featureRow(features, QStringLiteral("The world, zebra"));
        QCOMPARE(int(row.size()), kDimension);
        QVERIFY(std::abs(norm(row.data(), kDimension) - 2.0) < 1e-5);
        // SIF weights a / (a + p), p from Zipf's law on the rank (7 words): "the", "," and
        // "world" weigh 0.00252, 0.00502 and 0.01245; "zebra" is unknown.
        const double harmonic = std::log(7.0) + 0.5772156649;
        const auto weight = [&](int rank) {
            const double p = 1.0 / ((rank + 1) * harmonic);
            return 1e-3 / (1e-3 + p);
        };
        std::vector<double> expected(kDimension, 0.0);
        for (const int rank : {0, 1, 4})
            for (int d = 0; d < kDimension; ++d)
                expected[size_t(d)] += weight(rank) * entries[size_t(rank)].vector[size_t(d)];
        double expectedNorm = 0;
        for (const double value : expected)
            expectedNorm += value * value;
        expectedNorm = std::sqrt(expectedNorm);
        for (int d = 0; d < kDimension; ++d)
            QVERIFY2(std::abs(row[size_t(d)] - 2.0 * expected[size_t(d)] / expectedNorm) < 1e-5,
                     qPrintable(QString::number(row[size_t(d)])));
        // "world" dominates the mean (a plain mean would give this dimension 1.1).
        QVERIFY2(row[2] > 1.7, qPrintable(QString::number(row[2])));

        const std::vector<float> unknown = featureRow(features, QStringLiteral("zebra quagga"));
        QCOMPARE(unknown, std::vector<float>(size_t(kDimension), 0.0f));

        // Dropout never leaves a text with known words empty.
        const std::vector<float> dropped = featureRow(features, QStringLiteral("world do"), 0.999);
        QVERIFY(norm(dropped.data(), kDimension) > 1.9);
    }

    void choosesTheVectorsFromTheOptionTheEnvironmentOrTheInstallation()
    {
        test::Scratch scratch;
        const QString file = writeVectors(scratch, QStringLiteral("small"), smallVocabulary(),
                                          QStringLiteral("tiny-test"));
        const QByteArray savedChoice = qgetenv("CANDIST_WORD_VECTORS");
        const QByteArray savedData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", scratch.path(QStringLiteral("data")).toUtf8());

        qputenv("CANDIST_WORD_VECTORS", "none");
        QCOMPARE(resolveWordVectors({}).path, QString());
        QCOMPARE(resolveWordVectors(file).path, file); // the option beats the environment
        qputenv("CANDIST_WORD_VECTORS", file.toUtf8());
        QCOMPARE(resolveWordVectors({}).path, file);
        QCOMPARE(resolveWordVectors(QStringLiteral("none")).path, QString());

        qunsetenv("CANDIST_WORD_VECTORS");
        const WordVectorChoice missing = resolveWordVectors({});
        QCOMPARE(missing.path, QString());
        QVERIFY2(missing.notice.contains(QStringLiteral("not installed")),
                 qPrintable(missing.notice));
        QVERIFY(missing.notice.contains(scratch.path(QStringLiteral("data"))));
        QVERIFY(QDir().mkpath(scratch.path(QStringLiteral("data/candist/vectors"))));
        QVERIFY(QFile::copy(
            file, scratch.path(QStringLiteral("data/candist/vectors/glove-6b-100d.cdv"))));
        const WordVectorChoice installed = resolveWordVectors({});
        QCOMPARE(installed.path,
                 scratch.path(QStringLiteral("data/candist/vectors/glove-6b-100d.cdv")));
        QCOMPARE(installed.notice, QString());

        qputenv("CANDIST_WORD_VECTORS", savedChoice);
        qputenv("XDG_DATA_HOME", savedData);
    }

    void vectorsCarryMeaningToWordsTheStudentNeverSaw()
    {
        test::Scratch scratch;
        const QString vectors = writeVectors(scratch, QStringLiteral("synthetic"),
                                             syntheticVocabulary(), QStringLiteral("synthetic"));
        const DistillationData data = unseenKeywordTask();
        const double without = testAccuracy(data, {});
        const double with = testAccuracy(data, vectors);
        QVERIFY2(without < 0.5, qPrintable(QString::number(without)));
        QVERIFY2(with > 0.9, qPrintable(QString::number(with)));
    }

    void aRunRecordsItsVectorsAndIsAppliedOnlyWithThem()
    {
        test::Scratch scratch;
        const QString vectors = writeVectors(scratch, QStringLiteral("synthetic"),
                                             syntheticVocabulary(), QStringLiteral("synthetic"));
        std::vector<Entry> otherEntries = syntheticVocabulary();
        otherEntries.front().vector[0] += 1;
        const QString other =
            writeVectors(scratch, QStringLiteral("other"), otherEntries, QStringLiteral("other"));
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 300);
        // An empty CANDIST_WORD_VECTORS: no explicit choice in the environment.
        const QStringList noChoice{QStringLiteral("CANDIST_WORD_VECTORS=")};
        const QStringList distill{QStringLiteral("distill"),   path,
                                  QStringLiteral("--epochs"),  QStringLiteral("3"),
                                  QStringLiteral("--threads"), QStringLiteral("1"),
                                  QStringLiteral("--method"),  QStringLiteral("vanilla"),
                                  QStringLiteral("--json")};
        const test::ProcessResult trained = test::runCli(
            distill + QStringList{QStringLiteral("--word-vectors"), vectors}, 120000, noChoice);
        QVERIFY2(trained.exitCode == 0, trained.standardError.constData());
        QCOMPARE(QJsonDocument::fromJson(trained.standardOutput)
                     .object()
                     .value(QStringLiteral("word_vectors"))
                     .toString(),
                 QStringLiteral("synthetic"));
        {
            ProjectStore store(path);
            const QJsonObject recorded = store.runs()
                                             .back()
                                             .parameters.value(QStringLiteral("bag"))
                                             .toObject()
                                             .value(QStringLiteral("word_vectors"))
                                             .toObject();
            QCOMPARE(recorded.value(QStringLiteral("name")).toString(),
                     QStringLiteral("synthetic"));
            QCOMPARE(recorded.value(QStringLiteral("checksum")).toString(),
                     WordVectorFile::open(vectors)->checksum());
        }
        const auto statsVectors = [&] {
            const test::ProcessResult stats =
                test::runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
            return QJsonDocument::fromJson(stats.standardOutput)
                .object()
                .value(QStringLiteral("student"))
                .toObject()
                .value(QStringLiteral("word_vectors"));
        };
        QCOMPARE(statsVectors(), QJsonValue(QStringLiteral("synthetic")));
        const QByteArray statsText = test::runCli({QStringLiteral("stats"), path}).standardOutput;
        QVERIFY2(statsText.contains("student word vectors:      synthetic"), statsText.constData());

        const QString csv = scratch.write(QStringLiteral("test.csv"),
                                          "label,text\nalpha,c0w1 c0w2 f3\nbeta,c1w4 c1w9 f1\n");
        const QStringList evaluate{QStringLiteral("evaluate"),      path,
                                   QStringLiteral("--input"),       csv,
                                   QStringLiteral("--gold-column"), QStringLiteral("label")};
        QCOMPARE(test::runCli(evaluate, 120000, noChoice).exitCode, 0); // the recorded file
        QCOMPARE(test::runCli(evaluate + QStringList{QStringLiteral("--word-vectors"), vectors})
                     .exitCode,
                 0);
        for (const QString &choice : {other, QStringLiteral("none")}) {
            const test::ProcessResult refused =
                test::runCli(evaluate + QStringList{QStringLiteral("--word-vectors"), choice});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(
                refused.standardError.contains("run 1 was trained with word vectors \"synthetic\""),
                refused.standardError.constData());
        }
        QVERIFY(QFile::rename(vectors, vectors + QStringLiteral(".moved")));
        const test::ProcessResult moved = test::runCli(evaluate, 120000, noChoice);
        QCOMPARE(moved.exitCode, 1);
        QVERIFY2(moved.standardError.contains("which are no longer at"),
                 moved.standardError.constData());

        // Trained without vectors: recorded as null, and the notice appears once when the default
        // vectors are not installed.
        const test::ProcessResult plain =
            test::runCli(distill, 120000,
                         noChoice + QStringList{QStringLiteral("XDG_DATA_HOME=") +
                                                scratch.path(QStringLiteral("empty"))});
        QVERIFY2(plain.exitCode == 0, plain.standardError.constData());
        QCOMPARE(plain.standardError.count("not installed"), 1);
        QVERIFY(QJsonDocument::fromJson(plain.standardOutput)
                    .object()
                    .value(QStringLiteral("word_vectors"))
                    .isNull());
        QVERIFY(statsVectors().isNull());
    }

    void aRunResumesOnlyWithItsVectors()
    {
        test::Scratch scratch;
        const QString vectors = writeVectors(scratch, QStringLiteral("synthetic"),
                                             syntheticVocabulary(), QStringLiteral("synthetic"));
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 300);
        ProjectStore store(path);
        DistillationOptions options;
        options.method = DistillationMethod::Vanilla;
        options.epochs = 5;
        options.threads = 1;
        options.checkpointIntervalSeconds = 0;
        options.bag.wordVectors.path = vectors;
        CancellationFlag cancel;
        const DistillationSummary cancelled = Distiller::run(
            store, options, {},
            [&](const EpochMetrics &m) {
                if (m.epoch == 2)
                    cancel.cancel();
            },
            {}, &cancel);
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        try {
            Distiller::resume(store, {}, {}, {}, {}, {}, nullptr, QStringLiteral("none"));
            QFAIL("resumed with other vectors");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("cannot be resumed or applied with "
                                                             "no word vectors")),
                     qPrintable(error.message()));
        }
        const DistillationSummary resumed =
            Distiller::resume(store, {}, {}, {}, {}, {}, nullptr, vectors);
        QCOMPARE(resumed.status, QStringLiteral("finished"));
        QCOMPARE(resumed.wordVectors, QStringLiteral("synthetic"));
    }
};

QTEST_GUILESS_MAIN(TestWordVectors)
#include "test_word_vectors.moc"
