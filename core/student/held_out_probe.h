#pragma once
// Internal to core/student (torch-free): held-out texts a training run predicts at chosen epochs,
// so that the stopping epoch and the configuration can be chosen by how well a student that never
// saw the texts explains their teacher labels (configuration_selection.h).

#include <functional>
#include <vector>

#include <QStringList>

namespace candist {

struct HeldOutProbe
{
    QStringList texts;
    std::vector<int> epochs; // 1-based, ascending
    // n x C row-major probabilities of `texts` after `epoch`.
    std::function<void(int epoch, std::vector<float> probabilities)> onEpoch;
};

} // namespace candist
