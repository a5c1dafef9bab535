#include "student/distillation_options.h"

#include <QJsonValue>

#include "model/error.h"
#include "student/student_text.h"

namespace candist {

namespace {

template<typename Enum>
struct EnumName
{
    Enum value;
    const char *name;
};

const EnumName<DistillationMethod> kMethods[] = {{DistillationMethod::CanDist, "candist"},
                                                 {DistillationMethod::Single, "single"},
                                                 {DistillationMethod::Vanilla, "vanilla"},
                                                 {DistillationMethod::Gold, "gold"}};
const EnumName<StudentKind> kStudents[] = {{StudentKind::HashedBag, "hashed_bag"},
                                           {StudentKind::TorchScript, "torchscript"}};
const EnumName<InitialTarget> kTargets[] = {{InitialTarget::Uniform, "uniform"},
                                            {InitialTarget::Ranked, "ranked"},
                                            {InitialTarget::Auto, "auto"}};
const EnumName<ConfigurationSelection> kSelections[] = {
    {ConfigurationSelection::HeldOut, "held_out"}, {ConfigurationSelection::None, "none"}};
const EnumName<FinalStudentTarget> kFinalStudentTargets[] = {
    {FinalStudentTarget::Auto, "auto"},
    {FinalStudentTarget::Posterior, "posterior"},
    {FinalStudentTarget::Labels, "labels"}};
const EnumName<FinalLabelPolicy> kPolicies[] = {{FinalLabelPolicy::AllLabels, "all_labels"},
                                                {FinalLabelPolicy::WithinCandidates, "candidates"},
                                                {FinalLabelPolicy::ConfidentOverrule, "confident"},
                                                {FinalLabelPolicy::Posterior, "posterior"}};
const EnumName<RenormalisationMode> kRenorm[] = {{RenormalisationMode::Stored, "stored"},
                                                 {RenormalisationMode::Online, "online"}};
const EnumName<WarmupEnd> kWarmups[] = {{WarmupEnd::Measured, "measured"},
                                        {WarmupEnd::Fixed, "fixed"}};

template<typename Enum, size_t N>
QString nameOf(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QLatin1String(entry.name);
    return {};
}

template<typename Enum, size_t N>
Enum valueOf(const EnumName<Enum> (&table)[N], const QString &name, const char *key)
{
    QStringList known;
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
        known << QLatin1String(entry.name);
    }
    throw Error(
        StudentText::tr("distillation option \"%1\": unknown value \"%2\" (expected one of %3)")
            .arg(QLatin1String(key), name, known.join(QStringLiteral(", "))));
}

// Reads optional members, keeping defaults for missing keys and naming the key on type errors.
class Reader
{
public:
    explicit Reader(const QJsonObject &json, QString prefix = {})
        : m_json(json), m_prefix(std::move(prefix))
    {}

    void read(const char *key, bool &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isBool())
            fail(key, "true or false");
        target = value.toBool();
    }
    void read(const char *key, int &target) const
    {
        double number = target;
        readNumber(key, number);
        if (number != double(int(number)))
            fail(key, "an integer");
        target = int(number);
    }
    void read(const char *key, quint64 &target) const
    {
        double number = double(target);
        readNumber(key, number);
        if (number < 0 || number != double(quint64(number)))
            fail(key, "a non-negative integer");
        target = quint64(number);
    }
    void read(const char *key, double &target) const { readNumber(key, target); }
    void read(const char *key, QString &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isString())
            fail(key, "a string");
        target = value.toString();
    }
    template<typename Enum, size_t N>
    void read(const char *key, Enum &target, const EnumName<Enum> (&table)[N]) const
    {
        QString name = nameOf(table, target);
        read(key, name);
        target = valueOf(table, name, key);
    }
    QJsonObject object(const char *key) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            fail(key, "an object");
        return value.toObject();
    }

private:
    void readNumber(const char *key, double &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isDouble())
            fail(key, "a number");
        target = value.toDouble();
    }
    [[noreturn]] void fail(const char *key, const char *expected) const
    {
        throw Error(StudentText::tr("distillation option \"%1%2\": expected %3")
                        .arg(m_prefix, QLatin1String(key), QLatin1String(expected)));
    }

    QJsonObject m_json;
    QString m_prefix;
};

void require(bool condition, const QString &what)
{
    if (!condition)
        throw Error(StudentText::tr("invalid distillation option: %1").arg(what));
}

} // namespace

QString initialTargetName(InitialTarget target)
{
    return nameOf(kTargets, target);
}

QString finalLabelPolicyName(FinalLabelPolicy policy)
{
    return nameOf(kPolicies, policy);
}

QString methodName(DistillationMethod method)
{
    return nameOf(kMethods, method);
}

DistillationMethod methodFromName(const QString &name)
{
    return valueOf(kMethods, name, "method");
}

QJsonObject DistillationOptions::toJson() const
{
    const RefineryOptions &r = refinery;
    QJsonObject refineryJson{
        {QStringLiteral("renormalise"), r.renormalise},
        {QStringLiteral("renormalisation"), nameOf(kRenorm, r.renormalisation)},
        {QStringLiteral("out_filter"), r.outFilter},
        {QStringLiteral("sharpen"), r.sharpen},
        {QStringLiteral("classwise"), r.classwise},
        {QStringLiteral("high_confidence"), r.highConfidence},
        {QStringLiteral("auxiliary"), r.auxiliary},
        {QStringLiteral("small_loss_fraction"), r.smallLossFraction},
        {QStringLiteral("confidence_threshold"), r.confidenceThreshold},
        {QStringLiteral("sharpen_gamma"), r.sharpenGamma},
        {QStringLiteral("consistency_temperature"), r.consistencyTemperature},
        {QStringLiteral("eta_ramp_epochs"), r.etaRampEpochs},
        {QStringLiteral("mixup_alpha"), r.mixupAlpha},
        {QStringLiteral("token_dropout"), r.tokenDropout},
        {QStringLiteral("warmup_end"), nameOf(kWarmups, r.warmupEnd)},
        {QStringLiteral("warmup_epochs"), r.warmupEpochs},
        {QStringLiteral("min_warmup_epochs"), r.minWarmupEpochs},
        {QStringLiteral("max_warmup_epochs"), r.maxWarmupEpochs},
        {QStringLiteral("warmup_plateau"), r.warmupPlateau},
        {QStringLiteral("warmup_min_inside"), r.warmupMinInside},
        {QStringLiteral("initial_target"), nameOf(kTargets, r.initialTarget)},
        {QStringLiteral("rank_decay"), r.rankDecay},
    };
    QJsonObject bagJson{
        {QStringLiteral("dimension"), bag.dimension},
        {QStringLiteral("hidden"), bag.hidden},
        {QStringLiteral("word_bigrams"), bag.wordBigrams},
        {QStringLiteral("char_ngram_min"), bag.charNgramMin},
        {QStringLiteral("char_ngram_max"), bag.charNgramMax},
        {QStringLiteral("hash_bits"), bag.hashBits},
        {QStringLiteral("learning_rate"), bag.learningRate},
        {QStringLiteral("word_vectors"),
         bag.wordVectors.isNone()
             ? QJsonValue(QJsonValue::Null)
             : QJsonObject{{QStringLiteral("path"), bag.wordVectors.path},
                           {QStringLiteral("name"), bag.wordVectors.name},
                           {QStringLiteral("checksum"), bag.wordVectors.checksum}}},
        {QStringLiteral("word_vector_scale"), bag.wordVectorScale},
    };
    QJsonObject scriptJson{
        {QStringLiteral("encoder_path"), script.encoderPath},
        {QStringLiteral("vocab_path"), script.vocabPath},
        {QStringLiteral("max_length"), script.maxLength},
        {QStringLiteral("lowercase"), script.lowercase},
        {QStringLiteral("learning_rate"), script.learningRate},
        {QStringLiteral("weight_decay"), script.weightDecay},
        {QStringLiteral("device"), script.device},
    };
    return QJsonObject{
        {QStringLiteral("method"), methodName(method)},
        {QStringLiteral("student"), nameOf(kStudents, student)},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("parallel_batches"), parallelBatches},
        {QStringLiteral("checkpoint_interval_seconds"), checkpointIntervalSeconds},
        {QStringLiteral("final_label"), nameOf(kPolicies, finalLabel)},
        {QStringLiteral("cross_fit_folds"), crossFitFolds},
        {QStringLiteral("selection"), nameOf(kSelections, selection)},
        {QStringLiteral("final_student_target"), nameOf(kFinalStudentTargets, finalStudentTarget)},
        {QStringLiteral("refinery"), refineryJson},
        {QStringLiteral("bag"), bagJson},
        {QStringLiteral("torchscript"), scriptJson},
    };
}

DistillationOptions DistillationOptions::fromJson(const QJsonObject &json)
{
    DistillationOptions o;
    const Reader top(json);
    top.read("method", o.method, kMethods);
    top.read("student", o.student, kStudents);
    top.read("epochs", o.epochs);
    top.read("batch_size", o.batchSize);
    top.read("seed", o.seed);
    top.read("threads", o.threads);
    top.read("parallel_batches", o.parallelBatches);
    top.read("checkpoint_interval_seconds", o.checkpointIntervalSeconds);
    top.read("final_label", o.finalLabel, kPolicies);
    top.read("cross_fit_folds", o.crossFitFolds);
    top.read("selection", o.selection, kSelections);
    top.read("final_student_target", o.finalStudentTarget, kFinalStudentTargets);

    RefineryOptions &r = o.refinery;
    const Reader ref(top.object("refinery"), QStringLiteral("refinery."));
    ref.read("renormalise", r.renormalise);
    ref.read("renormalisation", r.renormalisation, kRenorm);
    ref.read("out_filter", r.outFilter);
    ref.read("sharpen", r.sharpen);
    ref.read("classwise", r.classwise);
    ref.read("high_confidence", r.highConfidence);
    ref.read("auxiliary", r.auxiliary);
    ref.read("small_loss_fraction", r.smallLossFraction);
    ref.read("confidence_threshold", r.confidenceThreshold);
    ref.read("sharpen_gamma", r.sharpenGamma);
    ref.read("consistency_temperature", r.consistencyTemperature);
    ref.read("eta_ramp_epochs", r.etaRampEpochs);
    ref.read("mixup_alpha", r.mixupAlpha);
    ref.read("token_dropout", r.tokenDropout);
    ref.read("warmup_end", r.warmupEnd, kWarmups);
    ref.read("warmup_epochs", r.warmupEpochs);
    ref.read("min_warmup_epochs", r.minWarmupEpochs);
    ref.read("max_warmup_epochs", r.maxWarmupEpochs);
    ref.read("warmup_plateau", r.warmupPlateau);
    ref.read("warmup_min_inside", r.warmupMinInside);
    ref.read("initial_target", r.initialTarget, kTargets);
    ref.read("rank_decay", r.rankDecay);

    const Reader bag(top.object("bag"), QStringLiteral("bag."));
    bag.read("dimension", o.bag.dimension);
    bag.read("hidden", o.bag.hidden);
    bag.read("word_bigrams", o.bag.wordBigrams);
    bag.read("char_ngram_min", o.bag.charNgramMin);
    bag.read("char_ngram_max", o.bag.charNgramMax);
    bag.read("hash_bits", o.bag.hashBits);
    bag.read("learning_rate", o.bag.learningRate);
    bag.read("word_vector_scale", o.bag.wordVectorScale);
    // null: trained without vectors; anything else must be the identity object.
    if (const QJsonValue vectors = top.object("bag").value(QStringLiteral("word_vectors"));
        !vectors.isNull() && !vectors.isUndefined()) {
        const Reader identity(bag.object("word_vectors"), QStringLiteral("bag.word_vectors."));
        identity.read("path", o.bag.wordVectors.path);
        identity.read("name", o.bag.wordVectors.name);
        identity.read("checksum", o.bag.wordVectors.checksum);
    }

    const Reader script(top.object("torchscript"), QStringLiteral("torchscript."));
    script.read("encoder_path", o.script.encoderPath);
    script.read("vocab_path", o.script.vocabPath);
    script.read("max_length", o.script.maxLength);
    script.read("lowercase", o.script.lowercase);
    script.read("learning_rate", o.script.learningRate);
    script.read("weight_decay", o.script.weightDecay);
    script.read("device", o.script.device);
    o.validate();
    return o;
}

void DistillationOptions::validate() const
{
    const RefineryOptions &r = refinery;
    require(epochs >= 1 && epochs <= 10000, QStringLiteral("epochs must be in 1..10000"));
    require(batchSize >= 0 && batchSize <= 65536,
            QStringLiteral("batch size must be in 0..65536 (0: automatic)"));
    require(threads >= 0 && threads <= 1024, QStringLiteral("threads must be in 0..1024"));
    require(parallelBatches >= 0 && parallelBatches <= 256,
            QStringLiteral("parallel batches must be in 0..256 (0: automatic)"));
    require(checkpointIntervalSeconds >= 0,
            QStringLiteral("checkpoint interval must be >= 0 seconds"));
    require(crossFitFolds == 0 || (crossFitFolds >= 2 && crossFitFolds <= 20),
            QStringLiteral("cross-fit folds must be 0 (off) or in 2..20"));
    require(r.smallLossFraction > 0 && r.smallLossFraction <= 1,
            QStringLiteral("small-loss fraction delta must be in (0, 1]"));
    require(r.confidenceThreshold > 0 && r.confidenceThreshold <= 1,
            QStringLiteral("confidence threshold tau must be in (0, 1]"));
    require(r.sharpenGamma > 0 && r.sharpenGamma <= 1,
            QStringLiteral("sharpening gamma must be in (0, 1]"));
    require(r.consistencyTemperature > 0,
            QStringLiteral("consistency temperature must be positive"));
    require(r.etaRampEpochs >= 0, QStringLiteral("eta ramp epochs must be >= 0"));
    require(r.mixupAlpha > 0, QStringLiteral("mixup alpha must be positive"));
    require(r.tokenDropout >= 0 && r.tokenDropout < 1,
            QStringLiteral("token dropout must be in [0, 1)"));
    require(r.warmupEpochs >= 0, QStringLiteral("warm-up epochs must be >= 0"));
    require(r.minWarmupEpochs >= 0 && r.maxWarmupEpochs >= r.minWarmupEpochs,
            QStringLiteral("warm-up bounds need 0 <= min <= max"));
    require(r.warmupPlateau >= 0, QStringLiteral("warm-up plateau must be >= 0"));
    require(r.warmupMinInside >= 0 && r.warmupMinInside <= 1,
            QStringLiteral("warm-up minimum inside share must be in [0, 1]"));
    require(r.rankDecay > 0 && r.rankDecay <= 1, QStringLiteral("rank decay must be in (0, 1]"));
    require(bag.dimension >= 1 && bag.dimension <= 4096,
            QStringLiteral("embedding dimension must be in 1..4096"));
    require(bag.hidden >= 0 && bag.hidden <= 8192,
            QStringLiteral("hidden width must be in 0..8192"));
    require(bag.hashBits >= 10 && bag.hashBits <= 40,
            QStringLiteral("hash bits must be in 10..40"));
    require(bag.charNgramMin >= 0 && bag.charNgramMax >= bag.charNgramMin,
            QStringLiteral("char n-gram bounds need 0 <= min <= max"));
    require(bag.charNgramMin > 0 || bag.charNgramMax == 0,
            QStringLiteral("char n-grams need a minimum length >= 1"));
    require(bag.learningRate > 0, QStringLiteral("learning rate must be positive"));
    require(bag.wordVectorScale > 0 && bag.wordVectorScale <= 100,
            QStringLiteral("word-vector scale must be in (0, 100]"));
    require(script.maxLength >= 4 && script.maxLength <= 4096,
            QStringLiteral("max length must be in 4..4096"));
    require(script.learningRate > 0, QStringLiteral("TorchScript learning rate must be positive"));
    require(script.device == QLatin1String("cpu") || script.device == QLatin1String("cuda"),
            QStringLiteral("device must be \"cpu\" or \"cuda\""));
    if (student == StudentKind::TorchScript)
        require(!script.encoderPath.isEmpty() && !script.vocabPath.isEmpty(),
                QStringLiteral("the TorchScript student needs an encoder file and a vocab.txt"));
}

} // namespace candist
