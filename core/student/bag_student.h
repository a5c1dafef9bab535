#pragma once
// Internal to core/student (includes torch): the default student, fastText's architecture —
// hashed word uni/bi-grams (optionally char n-grams) averaged in a sparse EmbeddingBag, a linear
// head (optionally one hidden layer), SGD with sparse gradients and a linearly decaying rate. With
// pretrained word vectors, their frozen block sits beside the bag before the head.

#include <optional>

#include "student/student_backend.h"
#include "student/text_hashing.h"
#include "student/word_vector_features.h"

namespace candist {

struct BagClassifierImpl : torch::nn::Module
{
    // `frozenWidth`: the width of a fixed feature block (word vectors) beside the bag, 0 for none.
    BagClassifierImpl(std::int64_t rows, int dimension, int frozenWidth, int hidden,
                      int numClasses);
    // `frozen` is [B, frozenWidth], or undefined without a frozen block.
    torch::Tensor pool(const torch::Tensor &indices, const torch::Tensor &offsets,
                       const torch::Tensor &frozen);
    torch::Tensor head(const torch::Tensor &representation);

    torch::nn::EmbeddingBag embedding{nullptr};
    torch::nn::Linear hiddenLayer{nullptr};
    torch::nn::Linear output{nullptr};
};
TORCH_MODULE(BagClassifier);

class BagStudent : public StudentBackend
{
public:
    BagStudent(const DistillationOptions &options, int numClasses,
               const QString &checkpointDirectory);

    int addDataset(const QStringList &texts, WorkerPool *workers) override;
    torch::Tensor represent(int dataset, const std::vector<std::int64_t> &rows, bool augment,
                            std::mt19937_64 &rng) override;
    torch::Tensor classify(const torch::Tensor &representation) override;
    void setTraining(bool training) override { m_model->train(training); }
    void beginTraining(std::int64_t totalSteps) override;
    void zeroGrad() override { m_optimizer->zero_grad(); }
    void step() override;
    void restoreTraining(const QString &directory, std::int64_t stepsDone) override;
    bool supportsConcurrentBatches() const override { return true; }
    std::vector<torch::Tensor> parameters() const override { return m_model->parameters(); }
    void applyRound(std::vector<std::vector<torch::Tensor>> &gradients,
                    WorkerPool &workers) override;
    void save(const QString &directory) const override;
    torch::Device device() const override { return torch::kCPU; }

private:
    void buildModel();

    DistillationOptions m_options;
    int m_numClasses;
    HashingOptions m_hashing;
    std::optional<FeatureVocabulary> m_vocabulary;
    std::optional<WordVectorFeatures> m_wordVectors;
    std::vector<FeatureBags> m_datasets;
    BagClassifier m_model{nullptr};
    std::unique_ptr<torch::optim::SGD> m_optimizer;
    double rateAt(std::int64_t step) const;

    std::int64_t m_totalSteps = 1;
    std::int64_t m_step = 0;
};

} // namespace candist
