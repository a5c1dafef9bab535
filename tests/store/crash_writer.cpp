// Child process of test_crash_safety: writes to a project as fast as it can and reports each
// commit on stdout ("committed N") until the parent kills it with SIGKILL.
#include <cstdio>

#include <QCoreApplication>

#include "store/project_store.h"

using namespace candist;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QString tag = QString::fromLocal8Bit(argv[3]);
    ProjectStore store(path);
    const qint64 samples = store.sampleCount();
    for (int n = 1; n <= 200000; ++n) {
        if (mode == QLatin1String("human")) {
            store.recordHumanDecision({SampleRow(1 + n % samples), HumanAction::Label, n % 3, {}});
        } else {
            // A batch of 500 samples in one transaction: it must land whole or not at all.
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < 500; ++i) {
                inserter.insert(
                    QStringLiteral("%1-%2-%3").arg(tag).arg(n).arg(i),
                    QStringLiteral("crash test text %1 with some padding to make pages").arg(i), {},
                    i % 3);
            }
            transaction.commit();
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
