#pragma once

#include <memory>

#include "model/label_schema.h"
#include "teacher/api_key.h"
#include "teacher/teacher_questions.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_work_list.h"

namespace candist {

class DemonstrationPicker;
class ProjectLock;
class ProjectStore;

// What a run, a dry run and a request plan share, set up and checked once: the settings, the
// mode, the label schema, the demonstrations, the questions and the work list. Throws Error for
// a wrong configuration (settings, no labels, a few-shot pool that is missing or names unknown
// labels) before anything is sent.
class TeachSession
{
public:
    // `generatePerLabel` > 0: the few-shot pool generation (TeachMode::GeneratePool).
    TeachSession(ProjectStore &store, const TeacherSettings &settings,
                 const TeacherRunOptions &options, int generatePerLabel = 0);
    ~TeachSession();
    TeachSession(const TeachSession &) = delete;
    TeachSession &operator=(const TeachSession &) = delete;

    ProjectStore &store() const { return m_store; }
    const TeacherSettings &settings() const { return m_settings; }
    const TeacherRunOptions &options() const { return m_options; }
    TeachMode mode() const { return m_mode; }
    const LabelSchema &schema() const { return m_schema; }
    // Null unless Annotate asks for demonstrations.
    DemonstrationPicker *demonstrations() const { return m_demos.get(); }
    // Demonstrations are picked by /embeddings vectors (the pool's and each sample's).
    bool useEmbeddings() const { return m_demos && !m_settings.embeddingModel.isEmpty(); }
    const TeacherQuestions &questions() const { return m_questions; }
    TeacherWorkList &work() { return m_work; }

    // A summary naming the strategy and the work's size, nothing done yet.
    TeacherRunSummary emptySummary() const;

private:
    ProjectStore &m_store;
    TeacherSettings m_settings;
    TeacherRunOptions m_options;
    TeachMode m_mode;
    LabelSchema m_schema;
    std::unique_ptr<DemonstrationPicker> m_demos;
    TeacherQuestions m_questions;
    TeacherWorkList m_work;
};

// What a live run holds before it sends anything.
// The project's teach lock: two runs on one project would pay for every sample twice. Throws
// Error naming the process that holds it.
void lockProjectForTeaching(ProjectStore &store, ProjectLock &lock);
// The API key (environment or keychain). Throws Error, without showing the key, when it holds
// a character that would corrupt the HTTP request.
ApiKeyLookup requestApiKey(const TeacherSettings &settings, const TeacherRunOptions &options);

} // namespace candist
