#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made seed CSARs of the csarreader fuzz target into corpus/csarreader/.

Each seed is a small zip that takes one road through CsarReader, CsarLayout and UnpackedCsar:
the layouts Alien4Cloud accepts, the ones it refuses, and the hostile ones the reader refuses.
Run it again after changing it; the output is deterministic (fixed timestamps)."""
import io
import os
import warnings
import zipfile

# The duplicate entry is the point of one seed.
warnings.filterwarnings("ignore", "Duplicate name")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "csarreader")

TOPOLOGY = b"""tosca_definitions_version: alien_dsl_1_4_0
metadata: { template_name: seed, template_version: 1.0.0-SNAPSHOT, template_author: fuzz }
imports: [ tosca-normative-types:1.0.0-ALIEN14 ]
topology_template:
  node_templates:
    Machine: { type: tosca.nodes.Compute }
"""
META = b"""TOSCA-Meta-File-Version: 1.0
CSAR-Version: 1.1
Created-By: fuzz
Entry-Definitions: definitions/seed.yml
"""
DATE = (2020, 1, 1, 0, 0, 0)


def zip_of(entries, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            if name.endswith("/"):
                info.external_attr = 0o40755 << 16
            else:
                info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


SEEDS = {
    "meta-deflated.csar": zip_of([("TOSCA-Metadata/TOSCA.meta", META),
                                  ("definitions/", b""),
                                  ("definitions/seed.yml", TOPOLOGY),
                                  ("scripts/start.sh", b"#!/bin/sh\necho start\n")]),
    "root-yaml-stored.csar": zip_of([("seed.yml", TOPOLOGY)], zipfile.ZIP_STORED),
    "wrapped-in-folder.zip": zip_of([("seed-main/", b""), ("seed-main/seed.yml", TOPOLOGY)]),
    "two-root-yamls.csar": zip_of([("a.yml", TOPOLOGY), ("b.yaml", TOPOLOGY)]),
    "meta-missing-entry.csar": zip_of([("TOSCA-Metadata/TOSCA.meta",
                                        b"TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: nope.yml\n"
                                        b"Name: x\nbroken line\n")]),
    "zip-slip.csar": zip_of([("seed.yml", TOPOLOGY), ("../escape.yml", b"x: 1\n"),
                             ("/abs/path.yml", b"y: 2\n"), ("a\\b\\..\\..\\..\\c.txt", b"z")]),
    "duplicates-and-depth.csar": zip_of([("seed.yml", TOPOLOGY), ("seed.yml", TOPOLOGY),
                                         ("SEED.yml", TOPOLOGY),
                                         ("/".join(["d"] * 40) + "/deep.txt", b"deep")]),
    "empty.zip": zip_of([]),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
