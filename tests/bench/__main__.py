"""``make bench``: run every benchmark module of this package in turn.

A benchmark module defines ``main() -> bool``: it prints its figures and returns whether they are
within the target. Exit status 1 when any benchmark misses its target or fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    ok = True
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        print(f"== bench {info.name}", flush=True)
        try:
            module = importlib.import_module(f"{__package__}.{info.name}")
            passed = bool(module.main())
        except Exception:
            traceback.print_exc()
            passed = False
        print(f"== bench {info.name}: {'ok' if passed else 'MISSED TARGET'}", flush=True)
        ok = ok and passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
