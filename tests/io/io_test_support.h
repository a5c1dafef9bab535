#pragma once

#include <functional>

#include <QString>

#include "model/error.h"

namespace candist::test {

// The message of the candist::Error that `action` throws; empty when it throws none.
inline QString errorMessage(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace candist::test
