// SPDX-License-Identifier: GPL-3.0-or-later
// yaml-cpp's event parse of a file with a handler that does nothing, as a process of its own:
// what bench_reader pairs `topologist-cli validate` with (both pay a process start).
//   yaml_event_parse FILE   prints the number of values
#include "nullyamlhandler.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <fstream>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: yaml_event_parse FILE\n");
        return 2;
    }
    std::ifstream stream(argv[1], std::ios::binary);
    if (!stream) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    try {
        YAML::Parser parser(stream);
        Topologist::Test::NullYamlHandler handler;
        while (parser.HandleNextDocument(handler)) {
        }
        std::printf("%ld\n", handler.events);
    } catch (const YAML::Exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
