"""Regenerate ``src/jpo_model/data/code_lists.json`` from the installed CLDR and tzdata.

Run by ``nox -s codes``; review the diff before committing it: a code that disappears makes
documents that use it invalid in the next jpo_model release.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from jpo_model import _cldr

TARGET = Path(__file__).resolve().parent.parent / "src" / "jpo_model" / "data" / "code_lists.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    lists = _cldr.code_lists_from_installed_data()
    lists["sources"]["generated"] = dt.datetime.now(dt.UTC).date().isoformat()
    text = json.dumps(lists, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} from {lists['sources']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
