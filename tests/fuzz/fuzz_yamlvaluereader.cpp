// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: YAML bytes through YamlValueReader, the only place that talks to yaml-cpp. Any
// input must become a Value tree and Diagnostics: no exception, crash, hang or runaway memory.
#include "fuzzsupport.h"

#include "yaml/yamlvaluereader.h"

#include <cstdlib>

using namespace Topologist;

namespace {

/// Every diagnostic names the file and says what is wrong, whatever the input.
void checkDiagnostics(const Diagnostics &diagnostics, const QString &fileName)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code.isEmpty() || d.message.isEmpty() || d.location.file != fileName)
            std::abort();
    }
}

/// Visits the whole tree, as the TOSCA reader does, and counts its values.
qsizetype walk(const Value &value)
{
    qsizetype count = 1;
    for (const Value &item : value.items())
        count += walk(item);
    for (const Value::Entry &entry : value.entries())
        count += walk(entry.value);
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString fileName = QStringLiteral("fuzz.yaml");
    Diagnostics diagnostics;
    YamlValueReader reader;
    const Value root = reader.read(Fuzz::bytesOf(data, size), fileName, &diagnostics);
    checkDiagnostics(diagnostics, fileName);
    // The reader's own limit holds for what it hands out.
    if (walk(root) > YamlValueReader::MaxValueNodes + 1)
        std::abort();
    return 0;
}
