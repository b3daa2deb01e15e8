// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Topologist {

/// The most recently opened files, kept in QSettings and shown in File > Open Recent.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files() const;
    void add(const QString &path);
    void clear();
    /// Fills `menu` with the files (missing ones are dropped), plus "Clear".
    void populate(QMenu *menu);

signals:
    void openRequested(const QString &path);
};

} // namespace Topologist
