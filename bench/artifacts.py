"""Build the artifacts the Lambda benchmark runs: `sam build` for this machine's architecture, plus
bytecode (the same post-build step `make build` runs), and the naive single-artifact build to compare.

The template ships arm64; its compiled wheels (pydantic-core, jiter, cryptography, lxml) cannot load
on an x86_64 host, so on other hosts `sam build` runs on a copy of the template whose only change is
the architecture (and absolute code paths). Everything else, requirements included, is the template's.
"""

import functools
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Final

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
BENCH_DIR: Final = REPO_ROOT / ".bench"
SAM_CLI: Final = REPO_ROOT / ".venv-sam" / "bin" / "sam"
FUNCTIONS: Final = ("ScoreLeadFunction", "SalesforceLeadFunction")
LAYER: Final = "PostcallLayer"
CODE_DIRS: Final = {
    "ScoreLeadFunction": "functions/score_lead",
    "SalesforceLeadFunction": "functions/salesforce_lead",
}
# What a naive project ships in its one artifact: boto3 listed like any dependency, every extra.
NAIVE_EXTRA_REQUIREMENTS: Final = ("boto3==1.44.5",)
RUNTIME_REQUIREMENTS: Final = ("boto3==1.44.5",)  # what Lambda's python3.13 runtime provides


def lambda_arch() -> str:
    return "arm64" if os.uname().machine in ("aarch64", "arm64") else "x86_64"


def host_template_text(arch: str) -> str:
    """template.yaml for `arch`, code paths made absolute; nothing else changes."""
    text = (REPO_ROOT / "template.yaml").read_text()
    text = re.sub(r"(Architectures:\s*\[)\s*arm64\s*\]", rf"\g<1>{arch}]", text)
    text = re.sub(r"(BuildArchitecture:\s*)arm64", rf"\g<1>{arch}", text)
    return re.sub(
        r"((?:CodeUri|ContentUri):\s*)(\S+)", lambda m: f"{m[1]}{(REPO_ROOT / m[2]).resolve()}/", text
    )


def host_template() -> Path:
    """The template for this host's architecture, written under .bench/."""
    arch = lambda_arch()
    target = BENCH_DIR / f"template.{arch}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(host_template_text(arch))
    return target


@functools.cache
def python313() -> str:
    """The real interpreter, as the Makefile finds it (a pyenv shim fails `sam build`'s binary check)."""
    candidates = [
        os.environ.get("PYTHON313", ""),
        *sorted(map(str, Path.home().glob(".pyenv/versions/3.13*/bin/python3.13"))),
        shutil.which("python3.13") or "",
    ]
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True
        )
        if probe.returncode == 0 and probe.stdout.strip():
            return probe.stdout.strip()
    sys.exit("python3.13 not found: set PYTHON313=/path/to/python3.13")


def compile_bytecode(*dirs: Path) -> None:
    """The post-build step: unchecked-hash .pyc, valid in Lambda's read-only /var/task and /opt."""
    subprocess.run(
        [
            python313(),
            "-m",
            "compileall",
            "-q",
            "-j",
            "0",
            "--invalidation-mode",
            "unchecked-hash",
            *map(str, dirs),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def precompile_patterns(package_dir: Path) -> None:
    """The other post-build step: the extractor's regex opcodes beside the built layer's code."""
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "precompile_patterns.py"), str(package_dir)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def sam_build() -> Path:
    """`sam build` into .bench/sam/build for this host's architecture, then bytecode; returns that dir."""
    build_dir = BENCH_DIR / "sam" / "build"
    env = {
        **os.environ,
        "SAM_CLI_TELEMETRY": "0",
        "PATH": f"{Path(python313()).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    workdir = BENCH_DIR / "sam"  # SAM keeps dependency caches in <cwd>/.aws-sam/deps: not `make build`'s
    workdir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            str(SAM_CLI),
            "build",
            "--template-file",
            str(host_template()),
            "--build-dir",
            str(build_dir),
            "--cache-dir",
            str(BENCH_DIR / "sam" / "cache"),
            "--cached",
            "--parallel",
        ],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"sam build for the benchmark failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    precompile_patterns(build_dir / LAYER / "python")
    compile_bytecode(*(build_dir / name for name in (*FUNCTIONS, LAYER)))
    return build_dir


def _pip_target(target: Path, requirements: list[str], *, compile_pyc: bool) -> None:
    if target.exists():
        shutil.rmtree(target)
    args = [
        python313(),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--target",
        str(target),
    ]
    if not compile_pyc:
        args.append("--no-compile")
    subprocess.run([*args, *requirements], check=True)


def _requirement_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line and line != "postcall"]


def runtime_dir() -> Path:
    """Stand-in for Lambda's /var/runtime: boto3 and its dependencies, with bytecode as the runtime has."""
    target = BENCH_DIR / "runtime"
    stamp = target / ".bench-stamp"
    wanted = "\n".join(RUNTIME_REQUIREMENTS)
    if not (stamp.is_file() and stamp.read_text() == wanted):
        _pip_target(target, list(RUNTIME_REQUIREMENTS), compile_pyc=True)
        stamp.write_text(wanted)
    return target


def naive_build() -> Path:
    """One artifact with every dependency of both functions (and boto3), no bytecode; per function a
    copy of its handler module wrapped by an eager-import preamble. Returns .bench/naive."""
    root = BENCH_DIR / "naive"
    requirements = sorted(
        {
            *_requirement_lines(REPO_ROOT / "src" / "requirements.txt"),
            *(
                line
                for code in CODE_DIRS.values()
                for line in _requirement_lines(REPO_ROOT / code / "requirements.txt")
            ),
            *NAIVE_EXTRA_REQUIREMENTS,
        }
    )
    deps = root / "deps"
    stamp = root / ".bench-stamp"
    if not (stamp.is_file() and stamp.read_text() == "\n".join(requirements) and deps.is_dir()):
        _pip_target(deps, requirements, compile_pyc=False)
        stamp.write_text("\n".join(requirements))
    # The code is copied fresh every run (it changes); any stray bytecode is removed.
    code = root / "code"
    if code.exists():
        shutil.rmtree(code)
    shutil.copytree(
        REPO_ROOT / "src" / "postcall",
        code / "postcall",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    for function, code_dir in CODE_DIRS.items():
        shutil.copy2(REPO_ROOT / code_dir / "app.py", code / f"{function}_handler.py")
        (code / f"{function}_naive.py").write_text(
            NAIVE_PREAMBLE + f"from {function}_handler import lambda_handler\n"
        )
    for pycache in root.rglob("__pycache__"):
        shutil.rmtree(pycache)
    return root


# Eager imports, as a handler module written without regard to cold starts does it: everything at the top.
NAIVE_PREAMBLE: Final = '''"""Naive build: every dependency imported at module load, whatever the event."""
import boto3
import openai
import simple_salesforce
import aws_xray_sdk.core
from aws_lambda_powertools.utilities import idempotency, parameters
import postcall.adapters.idempotency
import postcall.adapters.openai_llm
import postcall.adapters.s3
import postcall.adapters.salesforce
import postcall.adapters.sns
import postcall.services.crm_sync
import postcall.services.score_lead

'''


def sources_without_bytecode(root: Path) -> int:
    """How many .py files under `root` lack an unchecked-hash .pyc (what Lambda would compile at each
    cold start). PEP 552 header: flags word after the magic; 0b01 hash-based, 0b10 check source."""
    missing = 0
    for source in root.rglob("*.py"):
        compiled = source.parent / "__pycache__" / f"{source.stem}.cpython-313.pyc"
        try:
            with compiled.open("rb") as f:
                flags = int.from_bytes(f.read(8)[4:8], "little")
        except OSError:
            missing += 1
            continue
        if flags != 0b01:
            missing += 1
    return missing


def tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def zipped_size(path: Path, *, prefix: str = "") -> int:
    """Size of the deployment zip (deflate, as `sam deploy` packages it)."""
    target = BENCH_DIR / "zips" / f"{path.name}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            archive.write(file, prefix + str(file.relative_to(path)))
    return target.stat().st_size
