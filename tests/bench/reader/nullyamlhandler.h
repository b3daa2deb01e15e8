// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <string>

namespace Topologist::Test {

/// A yaml-cpp event handler that only counts values: the cost of yaml-cpp's parse alone.
class NullYamlHandler : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void
    OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark &,
                         const std::string &,
                         YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &,
                    const std::string &,
                    YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnMapEnd() override {}

    long events = 0;
};

} // namespace Topologist::Test
