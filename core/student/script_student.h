#pragma once
// Internal to core/student (includes torch): a pretrained TorchScript encoder, its WordPiece
// vocab.txt and a linear classification head, fine-tuned with AdamW on the CPU or CUDA.
//
// The encoder contract: forward(input_ids: Long[B, L], attention_mask: Long[B, L]) -> Float[B, H],
// the pooled text representation (e.g. the [CLS] state). docs/student.md shows how to export one.

#include <optional>
#include <torch/script.h>

#include "student/student_backend.h"
#include "student/wordpiece_tokenizer.h"

namespace candist {

class ScriptStudent : public StudentBackend
{
public:
    ScriptStudent(const DistillationOptions &options, int numClasses,
                  const QString &checkpointDirectory);

    int addDataset(const QStringList &texts, WorkerPool *workers) override;
    torch::Tensor represent(int dataset, const std::vector<std::int64_t> &rows, bool augment,
                            std::mt19937_64 &rng) override;
    torch::Tensor classify(const torch::Tensor &representation) override;
    void setTraining(bool training) override;
    void beginTraining(std::int64_t totalSteps) override;
    void zeroGrad() override { m_optimizer->zero_grad(); }
    void step() override { m_optimizer->step(); }
    void restoreTraining(const QString &directory, std::int64_t stepsDone) override;
    void save(const QString &directory) const override;
    torch::Device device() const override { return m_device; }

private:
    DistillationOptions m_options;
    torch::Device m_device = torch::kCPU;
    std::optional<WordPieceTokenizer> m_tokenizer;
    QString m_vocabPath;
    torch::jit::script::Module m_encoder;
    torch::nn::Linear m_head{nullptr};
    std::unique_ptr<torch::optim::AdamW> m_optimizer;
    std::vector<std::vector<std::vector<std::int64_t>>> m_datasets;
};

} // namespace candist
