// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Topologist::Test {

/// Runs @p start, which begins a background load in @p window (a MainWindow: templated so that
/// this GUI-free support library need not link the GUI) and says whether it did, then runs the
/// event loop until the load has finished. True when the loaded document is now the window's;
/// false when no load began, or the file was unreadable or the load cancelled (or took longer
/// than a minute).
template<typename Window, typename Start>
bool loadAndWait(Window &window, Start &&start)
{
    bool finished = false;
    bool opened = false;
    QEventLoop loop;
    const QMetaObject::Connection connection
        = QObject::connect(&window, &Window::openFinished, &loop, [&](const QString &, bool ok) {
              finished = true;
              opened = ok;
              loop.quit();
          });
    if (start()) {
        QTimer::singleShot(60 * 1000, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
    }
    QObject::disconnect(connection);
    return finished && opened;
}

/// Opens @p path in @p window and waits until the background open has finished: true when the
/// document of @p path is now the window's; false when the user kept the current one, or the
/// file was unreadable or the open cancelled.
template<typename Window>
bool openAndWait(Window &window, const QString &path)
{
    return loadAndWait(window, [&] { return window.openFile(path); });
}

} // namespace Topologist::Test
