"""The build's precompiled regex opcodes give exactly the patterns `re.compile` gives, never a stale one."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import postcall.extraction  # noqa: F401  (every module that defines patterns)
from postcall.extraction import precompiled
from postcall.extraction.text import deferred_patterns
from scripts import precompile_patterns

HERE = Path(__file__).parent


def _caller_texts() -> list[str]:
    texts = []
    for round_dir in ("blind16", "blind17"):
        with (HERE / round_dir / "utterances.jsonl").open() as f:
            texts += [json.loads(line)["text"] for line in f]
    return texts


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], precompiled.Opcodes]:
    directory = tmp_path_factory.mktemp("build")
    precompiled.write(deferred_patterns(), directory)
    return precompiled.read(directory)


def test_every_extractor_pattern_built_from_opcodes_matches_like_re_compile(
    table: dict[tuple[str, int], precompiled.Opcodes],
) -> None:
    # Given the opcodes of every extractor pattern, as the build writes them
    texts = _caller_texts()
    patterns = deferred_patterns()
    assert len(patterns) > 250 and len(table) == len(set(patterns))
    for text, flags in patterns:
        # When a pattern is built from them
        built = precompiled.build(text, flags, table)
        reference = re.compile(text, flags)
        # Then it is the pattern re.compile gives, and finds the same spans in real caller turns
        assert built is not None
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == (
            reference.pattern,
            reference.flags,
            reference.groups,
            dict(reference.groupindex),
        )
        for caller_text in texts:
            assert [m.span() for m in built.finditer(caller_text)] == [
                m.span() for m in reference.finditer(caller_text)
            ], (text[:60], caller_text)


def test_a_pattern_changed_since_the_build_is_compiled_from_source(
    table: dict[tuple[str, int], precompiled.Opcodes],
) -> None:
    # Given a table built from the patterns as they were
    text, flags = deferred_patterns()[0]
    # When a pattern's text or flags differ from every entry
    # Then the table has nothing for it (the caller falls back to re.compile)
    assert precompiled.build(text + "|changed", flags, table) is None
    assert precompiled.build(text, flags ^ re.VERBOSE, table) is None


@pytest.mark.parametrize("content", [None, b"", b"not marshal data", b"\xe9\x00\x00\x00\x00"])
def test_a_missing_or_damaged_file_means_no_precompiled_patterns(
    tmp_path: Path, content: bytes | None
) -> None:
    # Given no file, or a damaged one, where the build writes it
    if content is not None:
        (tmp_path / precompiled.FILE_NAME).write_bytes(content)
    # When it is read, Then it yields nothing to build from (and raises nothing)
    assert precompiled.read(tmp_path) == {}


def test_the_build_step_writes_the_table_beside_the_built_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a built copy of the postcall package
    built = tmp_path / "python" / "postcall" / "extraction"
    built.mkdir(parents=True)
    (built / "precompiled.py").write_text(Path(precompiled.__file__).read_text())
    # When the build step runs on it
    assert precompile_patterns.main([str(tmp_path / "python")]) == 0
    # Then every pattern has an entry for this interpreter, and the step says how many it wrote
    assert len(precompiled.read(built)) == len(set(deferred_patterns()))
    assert f"precompiled {len(deferred_patterns())} patterns" in capsys.readouterr().out


def test_the_build_step_refuses_a_directory_without_the_package(tmp_path: Path) -> None:
    # Given a directory that holds no built postcall package, When the step runs, Then it fails clearly
    assert precompile_patterns.main([str(tmp_path)]) == 2


def test_every_pattern_has_the_same_text_in_every_process() -> None:
    # Given two interpreters with different string hash seeds (a set's order differs between them)
    script = (
        "import json, postcall.extraction\n"
        "from postcall.extraction.text import deferred_patterns\n"
        "print(json.dumps(deferred_patterns()))"
    )

    def patterns_with_seed(seed: str) -> list[list[object]]:
        done = subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        return list(json.loads(done.stdout))

    # When each lists the extractor's patterns, Then the texts are identical: the build's opcodes are found
    # by a pattern's exact text, so one built from a set's order would miss in every Lambda process
    assert patterns_with_seed("1") == patterns_with_seed("2")
