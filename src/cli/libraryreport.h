// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace Topologist {

class TypeCatalog;
struct TypeLibrary;

/// What `topologist-cli library` prints: for each type library, the archives found in it with
/// their versions and where they are, then the library's problems as `file:line:col:` lines.
class LibraryReport
{
public:
    static void write(const TypeCatalog &catalog, QTextStream &out);
    /// One line for a library with problems, for the commands that only use the library.
    static QString summary(const TypeLibrary &library);
};

} // namespace Topologist
