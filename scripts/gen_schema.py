"""Write docs/raw-session.schema.json from the pydantic models (`make schema`)."""

import json
import sys
from pathlib import Path

from postcall.session import raw_session_json_schema

OUT = Path(__file__).resolve().parent.parent / "docs" / "raw-session.schema.json"


def render() -> str:
    return json.dumps(raw_session_json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        stale = OUT.read_text() != render()
        sys.exit("docs/raw-session.schema.json is stale: run `make schema`" if stale else 0)
    OUT.write_text(render())
    print(f"wrote {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")
