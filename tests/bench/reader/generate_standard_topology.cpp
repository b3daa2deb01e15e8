// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the standard TOSCA topology bench_reader measures, so that other tools (topologist-cli,
// OpenStack's tosca-parser) can be run on the same file:
//   generate_standard_topology 20000 shops-20000.yml
#include "standardtoscagenerator.h"
#include "testhelpers.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const int nodes = argc == 3 ? std::atoi(argv[1]) : 0;
    if (nodes <= 0) {
        std::fprintf(stderr, "usage: generate_standard_topology NODES FILE\n");
        return 2;
    }
    if (!Topologist::Test::writeFile(QString::fromLocal8Bit(argv[2]),
                                     Topologist::Test::StandardToscaGenerator(nodes).yaml())) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 2;
    }
    return 0;
}
