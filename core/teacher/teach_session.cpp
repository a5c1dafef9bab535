#include "teacher/teach_session.h"

#include <QFileInfo>

#include "model/error.h"
#include "store/project_files.h"
#include "store/project_lock.h"
#include "store/project_store.h"
#include "teacher/demonstration_picker.h"
#include "teacher/few_shot_pool.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

TeacherSettings validated(const TeacherSettings &settings)
{
    settings.validate();
    return settings;
}

TeachMode modeOf(const TeacherSettings &settings, int generatePerLabel)
{
    if (generatePerLabel > 0)
        return TeachMode::GeneratePool;
    return settings.strategy == TeacherStrategy::Select ? TeachMode::Select : TeachMode::Annotate;
}

LabelSchema labelsToAnnotateWith(ProjectStore &store)
{
    LabelSchema schema = store.labelSchema();
    if (schema.isEmpty())
        throw Error(
            Teacher::tr("%1: the project has no labels to annotate with").arg(store.path()));
    return schema;
}

} // namespace

TeachSession::TeachSession(ProjectStore &store, const TeacherSettings &settings,
                           const TeacherRunOptions &options, int generatePerLabel)
    : m_store(store)
    , m_settings(validated(settings))
    , m_options(options)
    , m_mode(modeOf(settings, generatePerLabel))
    , m_schema(labelsToAnnotateWith(store))
    // Demonstrations only where a sample is annotated: select re-asks with the teacher's own
    // candidates, pool generation writes the pool.
    , m_demos(m_mode == TeachMode::Annotate && m_settings.shots > 0
                  ? std::make_unique<DemonstrationPicker>(
                        m_settings.shots,
                        options.fewShotPool ? *options.fewShotPool : FewShotPool::load(store),
                        m_schema.size())
                  : nullptr)
    , m_questions(m_schema, options.templates ? *options.templates : PromptTemplates::load(store),
                  m_settings, m_mode, generatePerLabel, m_demos.get())
    , m_work(store, m_mode, m_settings.limit, m_schema.size())
{}

TeachSession::~TeachSession() = default;

TeacherRunSummary TeachSession::emptySummary() const
{
    TeacherRunSummary summary;
    summary.strategy = m_mode == TeachMode::GeneratePool ? QStringLiteral("generate-pool")
                                                         : teacherStrategyName(m_settings.strategy);
    summary.total = m_work.total();
    return summary;
}

void lockProjectForTeaching(ProjectStore &store, ProjectLock &lock)
{
    // The project's real path: two names (links) of one project share one lock.
    ProjectLock::Holder holder;
    const QString canonical = QFileInfo(store.path()).canonicalFilePath();
    if (!lock.tryLock(canonical.isEmpty() ? store.path() : canonical,
                      QLatin1String(kTeachLockSuffix), &holder)) {
        throw Error(Teacher::tr("%1: the project is being annotated by process %2 on %3; wait "
                                "for that run to end or stop it (a stopped run resumes where it "
                                "was, paid answers are cached)")
                        .arg(store.path(),
                             holder.pid > 0 ? QString::number(holder.pid) : QStringLiteral("?"),
                             holder.host.isEmpty() ? Teacher::tr("this host") : holder.host),
                    Error::Kind::Busy);
    }
}

ApiKeyLookup requestApiKey(const TeacherSettings &settings, const TeacherRunOptions &options)
{
    ApiKeyLookup key = resolveApiKey(settings.apiKeyEnv, settings.endpoint, options.useKeychain);
    // A line break in the key would end the Authorization header and start one of the key's
    // choosing; refused before any request, and without showing the key.
    for (const QChar c : key.key) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
            throw Error(Teacher::tr("the API key from the %1 contains a line break or another "
                                    "control character (U+%2), which would corrupt the HTTP "
                                    "request; nothing was sent. Store the key without it.")
                            .arg(key.source)
                            .arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
        }
    }
    return key;
}

} // namespace candist
