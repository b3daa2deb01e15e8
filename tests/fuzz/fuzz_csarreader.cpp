// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: arbitrary bytes opened as a CSAR, the two ways Topologist reads one: in memory
// (CsarReader checks the zip's directory, CsarLayout reads TOSCA.meta and finds the entry
// definitions) and unpacked to disk (UnpackedCsar, what opening a .csar or adding one to the
// catalog does).
//
// Everything happens inside a private folder: the process's TMPDIR points there before the
// first run, so the unpacking folders are made in it, and after every run the folder must hold
// nothing but the input again. A refused archive or a closed one that leaves a file behind, or
// writes outside its folder (zip slip), is a failure of the target.
#include "fuzzsupport.h"

#include "csar/csarlayout.h"
#include "csar/csarreader.h"
#include "csar/unpackedcsar.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Topologist;

namespace {

/// The folder every run works in, made once under the real temporary folder and removed, with
/// everything in it, when the process ends.
const QString &sandbox()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/topologist-fuzz-XXXXXX"));
    static const QString path = [] {
        if (!folder.isValid())
            std::abort();
        const QString canonical = QDir(folder.path()).canonicalPath();
        qputenv("TMPDIR", QFile::encodeName(canonical));
        return canonical;
    }();
    return path;
}

/// Everything in the sandbox, at any depth.
QStringList contents()
{
    QStringList found;
    QDirIterator it(sandbox(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

bool hasError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code.isEmpty() || d.message.isEmpty())
            std::abort();
    }
    return hasErrors(diagnostics);
}

void readInMemory(const QString &archive)
{
    CsarReader reader(archive);
    const CsarLayout layout = CsarLayout::locate(reader);
    // A refused archive always says why.
    if (!layout.isValid() && !hasError(layout.diagnostics()) && !hasError(reader.diagnostics()))
        std::abort();
    if (layout.isValid() && !reader.readEntry(layout.entryDefinitions())
        && !hasError(reader.diagnostics()))
        std::abort();
}

void unpack(const QString &archive)
{
    Diagnostics diagnostics;
    std::shared_ptr<const UnpackedCsar> unpacked = UnpackedCsar::unpack(archive, &diagnostics);
    if (!unpacked && !hasError(diagnostics))
        std::abort();
    if (unpacked && !QFileInfo(unpacked->entryDefinitionsFile()).isFile())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString archive = sandbox() + QStringLiteral("/input.csar");
    {
        QFile file(archive);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(Fuzz::bytesOf(data, size)) != static_cast<qint64>(size))
            std::abort();
    }
    readInMemory(archive);
    unpack(archive);
    // Nothing left behind but the input itself.
    if (contents() != QStringList{archive})
        std::abort();
    return 0;
}
