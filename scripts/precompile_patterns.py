#!/usr/bin/env python3
"""Build step: store the opcodes of the extractor's regular expressions in a built layer.

usage: precompile_patterns.py BUILT_PACKAGE_DIR      (e.g. .aws-sam/build/PostcallLayer/python)

Run by `make build` (and the benchmark's build) after `sam build`, with the runtime's interpreter
(python3.13): a Lambda cold start then builds each pattern from its opcodes instead of running Python's
regex compiler (see postcall/extraction/precompiled.py). The patterns are those of this checkout's
`postcall`, which `sam build` has just copied; the file is written next to the built copy's
precompiled.py, and an entry only ever serves a pattern with exactly its text and flags.
"""

import argparse
import sys
import time
from pathlib import Path

import postcall.extraction  # noqa: F401  (imports every module that defines patterns)
from postcall.extraction import precompiled
from postcall.extraction.text import deferred_patterns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package_dir", type=Path, help="the directory holding the built postcall package")
    args = parser.parse_args(argv)
    target = args.package_dir / "postcall" / "extraction"
    if not (target / "precompiled.py").is_file():
        print(
            f"precompile_patterns: no postcall/extraction/precompiled.py under {args.package_dir}",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    patterns = deferred_patterns()
    path = precompiled.write(patterns, target)
    took = (time.perf_counter() - started) * 1000
    print(
        f"precompiled {len(patterns)} patterns into {path} ({path.stat().st_size // 1024} KiB, {took:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
