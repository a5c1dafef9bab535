#pragma once
// Internal to core/student (includes torch): what the training loop needs from a student model,
// so that the Distribution Refinery is written once for the hashed-bag and TorchScript students.

#include <cstdint>
#include <memory>
#include <random>
#include <sstream>
#include <torch/torch.h>

#include <QString>
#include <QStringList>

#include "student/distillation_options.h"

namespace candist {

class WorkerPool;

class StudentBackend
{
public:
    virtual ~StudentBackend() = default;

    // Tokenises `texts` once up front and returns a dataset id for represent(). The first dataset
    // of a fresh backend fits its vocabulary (the training pool). `workers` (may be null) may
    // share the work out; the result does not depend on it.
    virtual int addDataset(const QStringList &texts, WorkerPool *workers) = 0;
    // Pooled text representations [B, H] of dataset rows; `augment` gives the second view
    // (token dropout drawn from `rng`).
    virtual torch::Tensor represent(int dataset, const std::vector<std::int64_t> &rows,
                                    bool augment, std::mt19937_64 &rng) = 0;
    virtual torch::Tensor classify(const torch::Tensor &representation) = 0;

    virtual void setTraining(bool training) = 0;
    // Creates the optimiser; `totalSteps` drives the learning-rate schedule.
    virtual void beginTraining(std::int64_t totalSteps) = 0;
    virtual void zeroGrad() = 0;
    virtual void step() = 0;
    // Continues a schedule from a checkpoint written by save(): the optimiser state and the
    // number of steps already taken. Call after beginTraining().
    virtual void restoreTraining(const QString &directory, std::int64_t stepsDone) = 0;

    // Whether represent()/classify() may run concurrently from several threads against the same
    // (unchanged) parameters; the parallel paths below are used only then.
    virtual bool supportsConcurrentBatches() const { return false; }
    // The trainable parameters, in the order applyRound() expects their gradients.
    virtual std::vector<torch::Tensor> parameters() const { return {}; }
    // The optimiser steps of one round of batches whose gradients were all taken from the same
    // parameters, in batch order (one learning-rate step each). Only for backends that support
    // concurrent batches; `workers` may share the work out (the result does not depend on it).
    virtual void applyRound(std::vector<std::vector<torch::Tensor>> &gradients,
                            WorkerPool &workers);

    // Model and optimiser (torch::save), written atomically into `directory`.
    virtual void save(const QString &directory) const = 0;
    virtual torch::Device device() const = 0;
};

// A fresh backend for training, or (checkpointDirectory non-empty) one restored from a checkpoint
// written by save().
std::unique_ptr<StudentBackend> makeStudentBackend(const DistillationOptions &options,
                                                   int numClasses,
                                                   const QString &checkpointDirectory = {});

// Softmax probabilities [n, C] of a whole dataset in eval mode without gradients (on the CPU).
// With `workers` (and a backend that supports concurrent batches) the fixed chunks run on the
// pool; the chunks do not depend on the thread count, so neither do the probabilities.
torch::Tensor predictDataset(StudentBackend &backend, int dataset, std::int64_t count,
                             int batchSize, WorkerPool *workers = nullptr);

// Serialisation helpers: torch archives go through memory and QSaveFile so that a crash never
// leaves half a checkpoint; a failure throws Error naming the file.
void writeFileAtomically(const QString &path, const std::string &bytes);
std::string readWholeFile(const QString &path);

// torch::save of a module, tensor or optimiser into `path`, atomically.
template<typename Value>
void saveArchive(const Value &value, const QString &path)
{
    std::ostringstream stream;
    torch::save(value, stream);
    writeFileAtomically(path, stream.str());
}

} // namespace candist
