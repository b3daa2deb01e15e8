// SPDX-License-Identifier: GPL-3.0-or-later
#include "csartestfiles.h"

#include <QFile>

namespace Topologist::Test {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Diagnostic *findCode(const Diagnostics &diagnostics, const QString &code)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

std::string dump(const Diagnostics &diagnostics)
{
    std::string text;
    for (const Diagnostic &d : diagnostics)
        text += "\n  " + d.toString().toStdString();
    return text.empty() ? std::string("\n  (no diagnostics)") : text;
}

} // namespace Topologist::Test
