// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Topologist {

/// A4C's RestResponse, {"data": ..., "error": null | {"code", "message"}}, read from a body.
/// It exists because A4C's HTTP status is no success flag: uploads answer 200 with an error and
/// application creation 201 with one, so every answer is read through this.
class Alien4CloudEnvelope
{
public:
    enum class Shape {
        Envelope,
        /// Empty, or not JSON at all, or cut short.
        NotJson,
        /// JSON, but not an object with "data" and "error" (or "error" of another shape).
        NotEnvelope,
    };

    static Alien4CloudEnvelope parse(const QByteArray &body);

    Shape shape() const { return m_shape; }
    bool isEnvelope() const { return m_shape == Shape::Envelope; }
    QJsonValue data() const { return m_data; }
    bool hasError() const { return m_hasError; }
    /// error.code, or -1 when there is no error or it has no code.
    int errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    /// For NotJson/NotEnvelope: what is wrong, for the user-facing message.
    QString problem() const { return m_problem; }

private:
    Shape m_shape = Shape::NotJson;
    QJsonValue m_data;
    bool m_hasError = false;
    int m_errorCode = -1;
    QString m_errorMessage;
    QString m_problem;
};

} // namespace Topologist
