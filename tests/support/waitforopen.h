// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Topologist::Test {

/// Opens @p path in @p window (a MainWindow: templated so that this GUI-free support library
/// need not link the GUI) and runs the event loop until the background open has finished.
/// True when the document of @p path is now the window's; false when the user kept the current
/// one, or the file was unreadable or the open cancelled (or took longer than a minute).
template<typename Window>
bool openAndWait(Window &window, const QString &path)
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
    if (window.openFile(path)) {
        QTimer::singleShot(60 * 1000, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
    }
    QObject::disconnect(connection);
    return finished && opened;
}

} // namespace Topologist::Test
