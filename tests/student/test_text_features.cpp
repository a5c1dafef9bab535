#include <QtTest>

#include "model/error.h"
#include "student/text_hashing.h"
#include "student/wordpiece_tokenizer.h"
#include "student/worker_pool.h"

using namespace candist;

class TestTextFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizesWordsAndPunctuation()
    {
        QCOMPARE(tokenizeWords(QStringLiteral("What's the GDP of Côte d'Ivoire?"), true),
                 (QStringList{QStringLiteral("what's"), QStringLiteral("the"),
                              QStringLiteral("gdp"), QStringLiteral("of"), QStringLiteral("côte"),
                              QStringLiteral("d'ivoire"), QStringLiteral("?")}));
        QCOMPARE(tokenizeWords(QStringLiteral("  Hi,  there'  "), false),
                 (QStringList{QStringLiteral("Hi"), QStringLiteral(","), QStringLiteral("there"),
                              QStringLiteral("'")}));
    }

    void hashesUnigramsBigramsAndCharNgrams()
    {
        HashingOptions options;
        options.hashBits = 20;
        const auto features = hashedFeatures(QStringLiteral("new york city"), options);
        QCOMPARE(features.size(), size_t(5)); // 3 unigrams + 2 bigrams
        for (const auto key : features)
            QVERIFY(key < (1u << 20));
        // Order-sensitive bigrams: "york new" shares the unigrams but not the bigram.
        const auto swapped = hashedFeatures(QStringLiteral("york new"), options);
        const auto straight = hashedFeatures(QStringLiteral("new york"), options);
        QCOMPARE(swapped.size(), size_t(3));
        QCOMPARE(straight[0], swapped[1]); // "new" unigram
        QCOMPARE(straight[1], swapped[0]); // "york" unigram
        QVERIFY(straight[2] != swapped[2]);
        // Case-insensitive by default.
        QCOMPARE(hashedFeatures(QStringLiteral("New York"), options), straight);

        options.wordBigrams = false;
        options.charNgramMin = 3;
        options.charNgramMax = 3;
        // "<ab>" gives "<ab" and "ab>": one unigram + two trigrams.
        QCOMPARE(hashedFeatures(QStringLiteral("ab"), options).size(), size_t(3));
    }

    void vocabularyFitsAndDropsUnknownKeys()
    {
        HashingOptions options;
        FeatureVocabulary vocabulary;
        const FeatureBags bags = FeatureVocabulary::fit(
            {QStringLiteral("a b"), QStringLiteral(""), QStringLiteral("b a b")}, options,
            vocabulary);
        QCOMPARE(bags.count(), std::int64_t(3));
        QCOMPARE(bags.offsets, (std::vector<std::int64_t>{0, 3, 3, 8}));
        // a, b, "a b", "b a": four distinct keys.
        QCOMPARE(vocabulary.size(), std::int64_t(4));
        QCOMPARE(bags.indices[0], bags.indices[4]); // "a" in both texts
        const FeatureBags encoded = vocabulary.encode({QStringLiteral("a zzz")}, options);
        QCOMPARE(encoded.indices, (std::vector<std::int64_t>{bags.indices[0]}));
        QCOMPARE(vocabulary.rowOf(12345), std::int64_t(-1));
    }

    // Hashing in parallel chunks joins them in order: the same vocabulary and bags as one thread.
    void parallelHashingMatchesSequential()
    {
        QStringList texts;
        for (int i = 0; i < 2000; ++i)
            texts << QStringLiteral("text %1 shares words with text %2, and %3 more")
                         .arg(i)
                         .arg(i * 7 % 300)
                         .arg(i % 13);
        HashingOptions options;
        options.charNgramMin = 3;
        options.charNgramMax = 4;
        FeatureVocabulary sequential;
        const FeatureBags one = FeatureVocabulary::fit(texts, options, sequential);
        WorkerPool workers(3);
        FeatureVocabulary parallel;
        const FeatureBags many = FeatureVocabulary::fit(texts, options, parallel, &workers);
        QCOMPARE(parallel.keys(), sequential.keys());
        QCOMPARE(many.offsets, one.offsets);
        QCOMPARE(many.indices, one.indices);
        QCOMPARE(one.count(), 2000);

        const QStringList unseen{QStringLiteral("text 5 and unknownword"), QString()};
        const FeatureBags a = sequential.encode(texts + unseen, options);
        const FeatureBags b = sequential.encode(texts + unseen, options, &workers);
        QCOMPARE(b.offsets, a.offsets);
        QCOMPARE(b.indices, a.indices);
        QVERIFY(a.offsets[2001] > a.offsets[2000]);  // the known words of the unseen text
        QVERIFY(a.offsets[2002] == a.offsets[2001]); // the empty text: an empty bag
    }

    void wordPieceSplitsGreedily()
    {
        const QStringList vocab{
            QStringLiteral("[PAD]"),  QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
            QStringLiteral("[SEP]"),  QStringLiteral("un"),    QStringLiteral("##aff"),
            QStringLiteral("##able"), QStringLiteral("play"),  QStringLiteral("##ing"),
            QStringLiteral("!"),      QStringLiteral("cafe")};
        const WordPieceTokenizer tokenizer(vocab, true, QStringLiteral("test vocab"));
        QCOMPARE(
            tokenizer.tokenize(QStringLiteral("Unaffable PLAYING! xyz Café")),
            (QStringList{QStringLiteral("un"), QStringLiteral("##aff"), QStringLiteral("##able"),
                         QStringLiteral("play"), QStringLiteral("##ing"), QStringLiteral("!"),
                         QStringLiteral("[UNK]"), QStringLiteral("cafe")}));
        QCOMPARE(tokenizer.encode(QStringLiteral("playing"), 16),
                 (std::vector<std::int64_t>{2, 7, 8, 3}));
        // Truncation keeps [CLS] ... [SEP] within maxLength.
        QCOMPARE(tokenizer.encode(QStringLiteral("unaffable playing"), 4),
                 (std::vector<std::int64_t>{2, 4, 5, 3}));
    }

    void wordPieceRejectsVocabWithoutSpecialTokens()
    {
        try {
            WordPieceTokenizer({QStringLiteral("[PAD]"), QStringLiteral("a")}, true,
                               QStringLiteral("broken.txt"));
            QFAIL("expected an Error");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("broken.txt")));
            QVERIFY(error.message().contains(QStringLiteral("[UNK]")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFeatures)
#include "test_text_features.moc"
