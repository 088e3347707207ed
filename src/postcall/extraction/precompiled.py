"""The extractor's patterns compiled at build time, so a Lambda cold start skips Python's regex compiler.

`re.compile` parses a pattern and generates its opcodes in pure Python: about 0.7 ms per extractor pattern
on a small CPU, ~150 ms for the patterns a hot call needs. `_sre.compile` turns those opcodes into the same
pattern object in microseconds. `make build` stores the opcodes of every deferred pattern beside this module
(`scripts/precompile_patterns.py`), like the bytecode it adds. A pattern whose text and flags have an entry
in the file written for this interpreter (its cache tag and regex engine version name the file) is built
from it; anything else, or no file at all (tests, the agent, a plain `sam build`), goes through
`re.compile`. An entry is looked up by the full pattern text, so a file older than the code can only miss.
"""

import marshal
import re
import sys
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

try:  # CPython's regex internals; another interpreter simply has no precompiled patterns
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

FILE_NAME: Final = (
    f"patterns.{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}.bin"
)
# (flags, opcodes, groups, group index, index group): the arguments `re.compile` passes to `_sre.compile`,
# the opcodes as the bytes of an array of unsigned ints (a quarter of the load time of a list of ints)
type Opcodes = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE_TYPE: Final = "I"

_table: dict[tuple[str, int], Opcodes] | None = None


def read(directory: Path) -> dict[tuple[str, int], Opcodes]:
    """The table written by `write` into `directory` for this interpreter; empty when there is none."""
    if _sre is None:  # pragma: no cover
        return {}
    try:
        loaded: Any = marshal.loads((directory / FILE_NAME).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def build(pattern: str, flags: int, table: dict[tuple[str, int], Opcodes]) -> re.Pattern[str] | None:
    """The pattern built from `table`'s opcodes; None when the table has none for its text and flags."""
    entry = table.get((pattern, int(flags)))
    if entry is None:
        return None
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(
        pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
    )


def from_build(pattern: str, flags: int) -> re.Pattern[str] | None:
    """`build` from the file beside this module (read once, on the first pattern compiled)."""
    global _table
    if _table is None:
        _table = read(Path(__file__).parent)
    return build(pattern, flags, _table)


def opcodes(pattern: str, flags: int) -> Opcodes:
    """What `re.compile` computes before handing over to `_sre.compile` (`re._compiler.compile`)."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = array(_CODE_TYPE, code)
    if packed.itemsize != _sre.CODESIZE:  # pragma: no cover  (the file name carries CODESIZE)
        raise RuntimeError(
            f"regex opcodes are {_sre.CODESIZE} bytes, array {_CODE_TYPE!r} items {packed.itemsize}"
        )
    return (
        int(flags | tree.state.flags),
        packed.tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def write(patterns: Iterable[tuple[str, int]], directory: Path) -> Path:
    """Store the opcodes of `patterns` ((text, flags) pairs) for this interpreter; returns the file."""
    table = {(pattern, int(flags)): opcodes(pattern, flags) for pattern, flags in patterns}
    path = directory / FILE_NAME
    path.write_bytes(marshal.dumps(table))
    return path
