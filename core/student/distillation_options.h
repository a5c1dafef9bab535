#pragma once

#include <QJsonObject>
#include <QString>

namespace candist {

enum class DistillationMethod
{
    CanDist, // the full Distribution Refinery over candidate sets
    Single,  // cross-entropy on the teacher's first candidate
    Vanilla, // cross-entropy on the uniform target over the candidate set
    Gold,    // supervised on gold labels: an upper reference, only when gold exists
};

enum class StudentKind
{
    HashedBag,   // hashed word/char n-grams into a sparse EmbeddingBag (fastText family)
    TorchScript, // a pretrained TorchScript encoder with its WordPiece vocab.txt
};

// How Q_i starts: the paper's uniform target over S_i, or weighted by the teacher's candidate
// order (and its self-consistency votes when present); Auto lets the held-out selection choose
// (ranked when no selection runs).
enum class InitialTarget
{
    Uniform,
    Ranked,
    Auto,
};

// How candist chooses what the pool decides: HeldOut trains two-fold cross-fitted students for
// each candidate configuration, keeps the initial target and stopping epoch under which students
// that never saw a sample best explain its teacher annotation (held-out likelihood, no gold), and
// labels the pool from those out-of-fold predictions; None trains the options as given.
enum class ConfigurationSelection
{
    HeldOut,
    None,
};

// What the final student of a held-out selection learns (it serves the test set, `evaluate` and
// new texts; the pool's labels come from the selection): the pool's posteriors as soft targets,
// or one-hot targets on the pool's final labels. Auto: the labels where the posterior is mostly
// the teacher's reliability prior (a strong teacher, whose set it splits by a fixed rank decay,
// or a student trusted on fewer than half the samples), the posteriors otherwise
// (docs/student.md).
enum class FinalStudentTarget
{
    Auto,
    Posterior,
    Labels,
};

// Which label a sample leaves with: the student's argmax over all C labels (the paper); its
// argmax within the candidate set, weighted by the teacher's rank prior; within the candidates
// unless the student overrules the teacher with high confidence (max P > tau, the D_hc rule); or
// the posterior of the student's (calibrated) probabilities and the teacher's reliability by
// rank, both estimated from the pool without gold (teacher_reliability.h).
enum class FinalLabelPolicy
{
    AllLabels,
    WithinCandidates,
    ConfidentOverrule,
    Posterior,
};

// Stored: Q_i is a stored state refreshed after each step (PRODEN-like). Online: the target is
// rebuilt from the current forward pass.
enum class RenormalisationMode
{
    Stored,
    Online,
};

enum class WarmupEnd
{
    Measured, // ends once the share of samples predicted inside their candidates stops rising
    Fixed,    // ends after `warmupEpochs`
};

// Distribution Refinery switches (Ren., Out., Sha., Cla., Hig., aux) and hyper-parameters; see
// docs/student.md and the method reference §2.
struct RefineryOptions
{
    bool renormalise = true;
    RenormalisationMode renormalisation = RenormalisationMode::Stored;
    bool outFilter = true;
    bool sharpen = true;
    bool classwise = true;
    bool highConfidence = true;
    bool auxiliary = true; // consistency on a second view and mixup, weighted by the eta ramp

    double smallLossFraction = 0.5;    // delta
    double confidenceThreshold = 0.95; // tau; 1.0 switches high-confidence targets off
    double sharpenGamma = 0.85;
    double consistencyTemperature = 0.85;
    int etaRampEpochs = 10;
    double mixupAlpha = 4.0;
    double tokenDropout = 0.2; // the augmented view: each token/feature dropped with this rate

    WarmupEnd warmupEnd = WarmupEnd::Measured;
    int warmupEpochs = 4;     // Fixed
    int minWarmupEpochs = 2;  // Measured
    int maxWarmupEpochs = 15; // Measured
    double warmupPlateau = 0.005;
    double warmupMinInside = 0.9; // Measured: the share must reach this before the filter starts

    InitialTarget initialTarget = InitialTarget::Auto;
    double rankDecay = 0.25; // candidate r (0-based) weighs rankDecay^r (times votes + 0.5)
};

// The pretrained word vectors a hashed student uses (word_vector_file.h); an empty path: none.
// A run records the name and checksum, so that resuming or predicting with other vectors is
// refused (word_vector_choice.h).
struct WordVectorsIdentity
{
    QString path;
    QString name;
    QString checksum;

    bool isNone() const { return path.isEmpty(); }
    bool operator==(const WordVectorsIdentity &other) const
    {
        return checksum == other.checksum && name == other.name;
    }
};

struct BagStudentOptions
{
    int dimension = 64;
    int hidden = 0; // 0: linear head; >0: one ReLU hidden layer of this width
    bool wordBigrams = true;
    int charNgramMin = 0; // 0 switches char n-grams off
    int charNgramMax = 0;
    int hashBits = 24;
    double learningRate = 8.0; // SGD on the batch-mean loss, decayed linearly to zero (fastText)
    WordVectorsIdentity wordVectors;
    // The frozen word-vector block (the SIF-weighted mean, l2-normalised) is multiplied by this
    // before the head, which sets its learning rate against the n-gram bag's (docs/student.md).
    double wordVectorScale = 2.0;
};

struct ScriptStudentOptions
{
    QString encoderPath; // TorchScript module: forward(input_ids, attention_mask) -> [B, H]
    QString vocabPath;   // WordPiece vocab.txt, one token per line
    int maxLength = 128;
    bool lowercase = true;
    double learningRate = 3e-5; // AdamW
    double weightDecay = 0.01;
    QString device = QStringLiteral("cpu"); // "cpu" or "cuda" (when the LibTorch build has it)
};

// Everything a distillation run needs; stored as the run's parameters (toJson) so that a run can
// be reproduced and its checkpoint rebuilt by `evaluate`.
struct DistillationOptions
{
    DistillationMethod method = DistillationMethod::CanDist;
    StudentKind student = StudentKind::HashedBag;
    int epochs = 30;
    int batchSize = 0; // 0: automatic, clamp(n / 300, 4, 16)
    quint64 seed = 1;
    int threads = 0; // 0: all cores; speed only, never the result (docs/student.md)
    // Hashed student: consecutive batches trained from the same parameters as one round, their
    // steps applied in batch order (round-synchronous parallel SGD). 0: automatic from the pool
    // size; 1: plain sequential SGD. Part of the result (unlike `threads`).
    int parallelBatches = 0;
    // Epoch-boundary checkpoints for resuming an interrupted run: at most one per this many
    // seconds (plus one at the end of the warm-up and one when cancelled); 0: every epoch.
    double checkpointIntervalSeconds = 30;
    FinalLabelPolicy finalLabel = FinalLabelPolicy::Posterior;
    // candist only; the baselines train as given.
    ConfigurationSelection selection = ConfigurationSelection::HeldOut;
    FinalStudentTarget finalStudentTarget = FinalStudentTarget::Auto;
    // 0: the final labels come from the trained student's own (in-sample) probabilities. K >= 2:
    // from K students each trained without one fold of the pool (K times the training; see
    // docs/student.md for when that pays).
    int crossFitFolds = 0;
    RefineryOptions refinery;
    BagStudentOptions bag;
    ScriptStudentOptions script;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types or out-of-range values throw Error.
    static DistillationOptions fromJson(const QJsonObject &json);
    // Throws Error naming the first invalid value.
    void validate() const;
};

QString methodName(DistillationMethod method);
// The names the options JSON uses ("uniform", "posterior", ...).
QString initialTargetName(InitialTarget target);
QString finalLabelPolicyName(FinalLabelPolicy policy);
// Throws Error for an unknown name.
DistillationMethod methodFromName(const QString &name);

} // namespace candist
