// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <string>

namespace Topologist {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlReader", text);
}

/// Finds the first byte that is not valid UTF-8 and reports its line and column, so a user with
/// a Latin-1 file learns where the offending character is.
bool findInvalidUtf8(const QByteArray &bytes, int *line, int *column)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int currentLine = 1;
    int currentColumn = 1;
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        int length = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            length = 1;
            codePoint = c;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            *line = currentLine;
            *column = currentColumn;
            return true;
        }
        if (i + length > size) {
            *line = currentLine;
            *column = currentColumn;
            return true;
        }
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80) {
                *line = currentLine;
                *column = currentColumn;
                return true;
            }
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800)
                              || (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF || (c == 0 && length == 1)) {
            *line = currentLine;
            *column = currentColumn;
            return true;
        }
        if (c == '\n') {
            ++currentLine;
            currentColumn = 1;
        } else {
            ++currentColumn;
        }
        i += length;
    }
    return false;
}

class Converter
{
public:
    Converter(const QString &fileName, Diagnostics *diagnostics)
        : m_fileName(fileName)
        , m_diagnostics(diagnostics)
    {}

    bool exhausted() const { return m_exhausted; }

    Value convert(const YAML::Node &node, int depth)
    {
        if (m_exhausted)
            return Value();
        if (++m_count > YamlValueReader::MaxValueNodes || depth > 2000) {
            m_exhausted = true;
            m_diagnostics->append(Diagnostic::error(
                QStringLiteral("TOPO-YAML-005"),
                location(node.Mark()),
                tr("the document expands to too many values (more than %1); aliases that "
                   "repeat each other exponentially are not accepted")
                    .arg(YamlValueReader::MaxValueNodes)));
            return Value();
        }
        Value result;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            result = Value();
            break;
        case YAML::NodeType::Scalar:
            // yaml-cpp tags plain scalars "?" and quoted ones "!"; explicit tags such as !!str
            // also mean "this is a string", so everything but "?" counts as quoted.
            result = Value::scalar(QString::fromStdString(node.Scalar()), node.Tag() != "?");
            break;
        case YAML::NodeType::Sequence: {
            std::vector<Value> items;
            items.reserve(node.size());
            for (const YAML::Node &child : node)
                items.push_back(convert(child, depth + 1));
            result = Value::list(std::move(items));
            break;
        }
        case YAML::NodeType::Map: {
            std::vector<Value::Entry> entries;
            entries.reserve(node.size());
            QSet<QString> seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const SourceLocation keyLocation = location(it->first.Mark());
                QString key;
                if (it->first.IsScalar()) {
                    key = QString::fromStdString(it->first.Scalar());
                } else {
                    m_diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-YAML-006"),
                                                            keyLocation,
                                                            tr("a mapping key must be a plain "
                                                               "value, not a list or a mapping")));
                    continue;
                }
                if (seen.contains(key)) {
                    m_diagnostics->append(Diagnostic::error(
                        QStringLiteral("TOPO-YAML-002"),
                        keyLocation,
                        tr("duplicated key '%1': YAML keeps only one of them, so one definition "
                           "would be silently lost")
                            .arg(key)));
                    continue;
                }
                seen.insert(key);
                Value value = convert(it->second, depth + 1);
                entries.push_back({key, std::move(value), keyLocation});
            }
            result = Value::map(std::move(entries));
            if (result.entries().size() == 1) {
                const Value::Entry &only = result.entries().front();
                // token, join and concat take a list; `token: abc` is a Credential field, not a
                // call.
                const bool takesList = only.key == QLatin1String("token")
                                       || only.key == QLatin1String("join")
                                       || only.key == QLatin1String("concat");
                if (Value::isFunctionName(only.key) && (!takesList || only.value.isList())) {
                    std::vector<Value> arguments;
                    if (only.value.isList())
                        arguments = only.value.items();
                    else
                        arguments.push_back(only.value);
                    result = Value::function(only.key, std::move(arguments));
                }
            }
            break;
        }
        }
        result.setLocation(location(node.Mark()));
        return result;
    }

    SourceLocation location(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return {m_fileName, 0, 0};
        return {m_fileName, mark.line + 1, mark.column + 1};
    }

private:
    QString m_fileName;
    Diagnostics *m_diagnostics;
    int m_count = 0;
    bool m_exhausted = false;
};

} // namespace

Value YamlValueReader::readFile(const QString &filePath, Diagnostics *diagnostics, const QString &displayPath)
{
    const QString name = displayPath.isEmpty() ? filePath : displayPath;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-FILE-001"),
                                              {name, 0, 0},
                                              tr("cannot open the file: %1").arg(file.errorString())));
        return Value();
    }
    if (file.size() > MaxFileBytes) {
        // Line 1, column 1 like every other diagnostic about content, so that tools which
        // expect file:line:column (editors, CI annotations) pick it up.
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-FILE-002"),
            {name, 1, 1},
            tr("the file is %1 MB; TOSCA definitions larger than %2 MB are not read")
                .arg(file.size() / (1024 * 1024))
                .arg(MaxFileBytes / (1024 * 1024))));
        return Value();
    }
    return read(file.readAll(), name, diagnostics);
}

Value YamlValueReader::read(const QByteArray &input, const QString &fileName, Diagnostics *diagnostics)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-YAML-007"),
                                              {fileName, 1, 1},
                                              tr("the file is empty")));
        return Value();
    }
    int line = 0;
    int column = 0;
    if (findInvalidUtf8(bytes, &line, &column)) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-003"),
            {fileName, line, column},
            tr("the file is not valid UTF-8 text (first bad byte here); save it as UTF-8")));
        return Value();
    }

    try {
        const YAML::Node root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
        Converter converter(fileName, diagnostics);
        Value value = converter.convert(root, 0);
        return converter.exhausted() ? Value() : value;
    } catch (const YAML::DeepRecursion &e) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("TOPO-YAML-004"),
            {fileName, e.mark.line + 1, e.mark.column + 1},
            tr("the YAML is nested deeper than %1 levels; this is not a TOSCA file").arg(e.depth())));
    } catch (const YAML::Exception &e) {
        const SourceLocation where = e.mark.is_null()
                                         ? SourceLocation{fileName, 0, 0}
                                         : SourceLocation{fileName, e.mark.line + 1, e.mark.column + 1};
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-YAML-001"),
                                              where,
                                              tr("YAML syntax error: %1")
                                                  .arg(QString::fromStdString(e.msg))));
    } catch (const std::exception &e) {
        diagnostics->append(Diagnostic::error(QStringLiteral("TOPO-YAML-001"),
                                              {fileName, 0, 0},
                                              tr("the YAML could not be read: %1")
                                                  .arg(QString::fromLocal8Bit(e.what()))));
    }
    return Value();
}

} // namespace Topologist
