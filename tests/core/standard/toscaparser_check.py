#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs OpenStack's tosca-parser on TOSCA files and CSARs, one result line per file.

Usage: toscaparser_check.py PEERS_DIR FILE...

Debian's python3-tosca-parser 2.6.0 lacks three YAML definition files (upstream's, kept in
PEERS_DIR, see shared/tools/install-tosca-parser). Rather than writing into /usr, this copies
the installed package into a temporary folder, adds the files there and imports that copy.

Prints "OK<TAB>FILE" or "FAIL<TAB>FILE<TAB>ERROR" (the error on one line). Exits 0 when every
file was parsed (accepted or not), 3 when tosca-parser is not installed or cannot be set up.
"""
import importlib.util
import logging
import os
import shutil
import sys
import tempfile

DATA_FILES = {
    "TOSCA_definition_1_0.yaml": "elements",
    "TOSCA_nfv_definition_1_0_0.yaml": os.path.join("extensions", "nfv"),
    "TOSCA_mec_definition_1_0_0.yaml": os.path.join("extensions", "mec"),
}


def private_copy(peers, folder):
    spec = importlib.util.find_spec("toscaparser")
    if spec is None or not spec.submodule_search_locations:
        sys.stderr.write("tosca-parser is not installed (apt-get install python3-tosca-parser)\n")
        sys.exit(3)
    installed = list(spec.submodule_search_locations)[0]
    copy = os.path.join(folder, "toscaparser")
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("__pycache__", "tests"))
    for name, where in DATA_FILES.items():
        target = os.path.join(copy, where, name)
        if not os.path.exists(target):
            shutil.copyfile(os.path.join(peers, name), target)
    sys.path.insert(0, folder)


def one_line(error):
    # A ValidationError lists each error on a line with one tab, its traceback with two.
    lines = [line.strip() for line in str(error).splitlines()
             if line.startswith("\t") and not line.startswith("\t\t")]
    text = " ".join((" | ".join(lines) if lines else str(error)).split())
    return "%s: %s" % (type(error).__name__, text) if text else type(error).__name__


def main():
    if len(sys.argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="toscaparser-") as folder:
        private_copy(sys.argv[1], folder)
        sys.dont_write_bytecode = True
        try:
            from toscaparser.tosca_template import ToscaTemplate
        except Exception as error:  # the copy is unusable: say why, not which file
            sys.stderr.write("cannot import tosca-parser: %s\n" % one_line(error))
            return 3
        for path in sys.argv[2:]:
            try:
                ToscaTemplate(path)
                print("OK\t%s" % path)
            except Exception as error:
                print("FAIL\t%s\t%s" % (path, one_line(error)))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
