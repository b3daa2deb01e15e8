// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushfixture.h"

#include "catalog/topologyloader.h"
#include "csar/csarexporter.h"

#include <QEventLoop>
#include <QMetaEnum>
#include <QTimer>

#include <sstream>

namespace Topologist::Test {

const TypeCatalog &PushTest::catalog()
{
    static TypeCatalog *instance = [] {
        auto *catalog = new TypeCatalog;
        catalog->addBundledLibrary();
        return catalog;
    }();
    return *instance;
}

LoadedTopology PushTest::loadExample(const QString &name)
{
    return load(QStringLiteral(":/examples/%1/%1.yml").arg(name));
}

LoadedTopology PushTest::load(const QString &path)
{
    LoadedTopology loaded = TopologyLoader(catalog()).loadFile(path);
    EXPECT_TRUE(loaded.readable) << path.toStdString();
    return loaded;
}

Alien4CloudPush::Result PushTest::push(const LoadedTopology &topology,
                                       const Alien4CloudPush::Options &options,
                                       Alien4CloudPush *pusher)
{
    Alien4CloudPush own(m_profile);
    Alien4CloudPush *push = pusher ? pusher : &own;
    m_stepLabels.clear();
    const QMetaObject::Connection steps
        = QObject::connect(push, &Alien4CloudPush::stepAdded, push, [this, push](int index) {
              m_stepLabels.append(push->steps().at(index).label);
          });
    QEventLoop loop;
    QObject::connect(push, &Alien4CloudPush::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(60 * 1000);
    push->start(CsarExporter::Source::fromLoaded(topology), m_password, options);
    if (push->isRunning())
        loop.exec();
    QObject::disconnect(steps);
    if (push->isRunning()) {
        ADD_FAILURE() << "the push never finished";
        push->cancel();
    }
    return push->result();
}

std::string describe(const Alien4CloudPush::Result &result)
{
    std::ostringstream out;
    out << QMetaEnum::fromType<Alien4CloudPush::Outcome>().valueToKey(int(result.outcome)) << ": "
        << result.message.toStdString();
    for (const Problem &problem : result.problems)
        out << "\n  " << problem.toString().toStdString();
    return out.str();
}

} // namespace Topologist::Test
