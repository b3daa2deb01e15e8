// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Topologist {

class TypeRegistry;
class TypeCatalog;

/// The one door through which widgets get icons: the application's own set (resources/icons,
/// drawn for Topologist, so the app looks the same with or without a desktop icon theme) and
/// the TOSCA type icons that archives ship (`tags: icon:`).
class Icons
{
public:
    static QIcon application();
    static QIcon newFile();
    static QIcon open();
    static QIcon save();
    static QIcon saveAs();
    static QIcon revert();
    static QIcon undo();
    static QIcon redo();
    static QIcon cut();
    static QIcon copy();
    static QIcon paste();
    static QIcon remove();
    static QIcon add();
    static QIcon duplicate();
    static QIcon rename();
    static QIcon selectAll();
    static QIcon zoomIn();
    static QIcon zoomOut();
    static QIcon zoomFit();
    static QIcon zoomOriginal();
    static QIcon autoLayout();
    static QIcon validate();
    static QIcon error();
    static QIcon warning();
    static QIcon info();
    static QIcon quickFix();
    static QIcon exportCsar();
    static QIcon push();
    static QIcon exportImage();
    static QIcon settings();
    static QIcon about();
    static QIcon nodeGeneric();

    /// The icon a node type (or its nearest ancestor) declares, from the archive that ships it;
    /// a generic node icon when there is none. Cached per type.
    static QIcon
    forNodeType(const TypeCatalog &catalog, const TypeRegistry &types, const QString &nodeType);

private:
    static QIcon named(const QString &name);
};

} // namespace Topologist
