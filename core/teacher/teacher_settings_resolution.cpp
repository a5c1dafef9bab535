#include "teacher/teacher_settings_resolution.h"

#include "model/project_meta_keys.h"
#include "store/project_store.h"

namespace candist {

namespace {
template<typename T>
void applyIfSet(const std::optional<T> &value, T &target)
{
    if (value)
        target = *value;
}
} // namespace

void TeacherSettingsOverrides::applyTo(TeacherSettings &settings) const
{
    applyIfSet(endpoint, settings.endpoint);
    applyIfSet(model, settings.model);
    applyIfSet(strategy, settings.strategy);
    applyIfSet(temperature, settings.temperature);
    applyIfSet(maxTokens, settings.maxTokens);
    applyIfSet(concurrency, settings.concurrency);
    applyIfSet(timeoutSeconds, settings.timeoutSeconds);
    applyIfSet(jsonResponseFormat, settings.jsonResponseFormat);
    applyIfSet(shots, settings.shots);
    applyIfSet(samples, settings.samples);
    applyIfSet(scTop, settings.scTop);
    applyIfSet(useN, settings.useN);
    applyIfSet(apiKeyEnv, settings.apiKeyEnv);
    applyIfSet(embeddingModel, settings.embeddingModel);
    applyIfSet(inputPricePerMillion, settings.inputPricePerMillion);
    applyIfSet(outputPricePerMillion, settings.outputPricePerMillion);
    applyIfSet(limit, settings.limit);
}

bool hasStoredTeacherSettings(const ProjectStore &store)
{
    return !store.metaValue(meta::kTeacherSettings).isEmpty();
}

TeacherSettings resolveTeacherSettings(const ProjectStore &store,
                                       const TeacherSettingsOverrides &overrides,
                                       const TeacherSettingsOverrides &newProjectDefaults)
{
    TeacherSettings settings;
    if (hasStoredTeacherSettings(store))
        settings = TeacherSettings::load(store);
    else
        newProjectDefaults.applyTo(settings);
    settings.limit = 0; // per run
    overrides.applyTo(settings);
    return settings;
}

void saveTeacherSettings(ProjectStore &store, const TeacherSettings &settings)
{
    TeacherSettings stored = settings;
    stored.limit = 0;
    stored.save(store);
}

} // namespace candist
