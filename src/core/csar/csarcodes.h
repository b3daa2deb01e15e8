// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

/// Stable Diagnostic codes of the CSAR layer. Tools and tests match on these, never on message
/// text; never renumber one, only add.
namespace Topologist::CsarCode {

// Reading an archive (CsarReader).
constexpr QLatin1String Unreadable("TOPO-CSAR-001");
constexpr QLatin1String NotAZip("TOPO-CSAR-002");
constexpr QLatin1String Damaged("TOPO-CSAR-003");
constexpr QLatin1String ArchiveTooLarge("TOPO-CSAR-004");
constexpr QLatin1String TooManyEntries("TOPO-CSAR-005");
constexpr QLatin1String UnsafeName("TOPO-CSAR-006");
constexpr QLatin1String LinkOrSpecialFile("TOPO-CSAR-007");
constexpr QLatin1String DuplicateName("TOPO-CSAR-008");
constexpr QLatin1String EntryTooLarge("TOPO-CSAR-009");
constexpr QLatin1String TotalTooLarge("TOPO-CSAR-010");
constexpr QLatin1String RatioTooHigh("TOPO-CSAR-011");
constexpr QLatin1String Encrypted("TOPO-CSAR-012");
constexpr QLatin1String UnsupportedMethod("TOPO-CSAR-013");
constexpr QLatin1String SizeMismatch("TOPO-CSAR-014");
constexpr QLatin1String Destination("TOPO-CSAR-015");
constexpr QLatin1String EntryNotFound("TOPO-CSAR-016");

// What is inside (ToscaMetadata, CsarLayout).
constexpr QLatin1String MetadataLine("TOPO-CSAR-020");
constexpr QLatin1String MissingEntryDefinitions("TOPO-CSAR-021");
constexpr QLatin1String EntryDefinitionsNotFound("TOPO-CSAR-022");
constexpr QLatin1String NoRootDefinitions("TOPO-CSAR-023");
constexpr QLatin1String SeveralRootDefinitions("TOPO-CSAR-024");
constexpr QLatin1String WrappedInFolder("TOPO-CSAR-025");
constexpr QLatin1String MetadataWrongCase("TOPO-CSAR-026");

// Writing an archive (CsarWriter).
constexpr QLatin1String WriterBadPath("TOPO-CSAR-030");
constexpr QLatin1String WriterMissingSource("TOPO-CSAR-031");
constexpr QLatin1String WriterFailed("TOPO-CSAR-032");
constexpr QLatin1String WriterDuplicatePath("TOPO-CSAR-033");

// Exporting a topology or a type archive (CsarExporter).
constexpr QLatin1String ExportNoName("TOPO-CSAR-040");
constexpr QLatin1String ExportBadVersion("TOPO-CSAR-041");
constexpr QLatin1String ExportMissingFile("TOPO-CSAR-042");
constexpr QLatin1String ExportValidationErrors("TOPO-CSAR-043");
constexpr QLatin1String ExportForced("TOPO-CSAR-044");
constexpr QLatin1String ExportOntoInput("TOPO-CSAR-045");
constexpr QLatin1String ExportOutsideFolder("TOPO-CSAR-046");

} // namespace Topologist::CsarCode
