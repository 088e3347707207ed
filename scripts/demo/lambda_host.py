"""Run a function's handler in this process the way Lambda runs it: same file, same environment."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from types import ModuleType
from typing import Any, TextIO

from scripts.demo.wiring import FunctionSpec


class DemoLambdaContext:
    """The LambdaContext fields Powertools reads, with a real countdown to the function's timeout."""

    def __init__(self, spec: FunctionSpec) -> None:
        self.function_name = spec.name
        self.function_version = "$LATEST"
        self.invoked_function_arn = spec.arn
        self.memory_limit_in_mb = spec.memory_mb
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{spec.name}"
        self.log_stream_name = f"demo/[$LATEST]{uuid.uuid4().hex}"
        self.identity = None
        self.client_context = None
        self._deadline = time.monotonic() + spec.timeout_seconds

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@contextlib.contextmanager
def swapped_environ(env: Mapping[str, str]) -> Iterator[None]:
    """os.environ is exactly env inside the block (both functions share this process)."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


# What Powertools' Logger hangs on a stdlib logger once configured; it never reconfigures one that has them.
_POWERTOOLS_LOGGER_ATTRIBUTES = (
    "init", "powertools_handler", "powertools_buffer_config", "powertools_buffer_cache",
)


@contextlib.contextmanager
def fresh_loggers(names: Iterable[str]) -> Iterator[None]:
    """The functions' loggers start unconfigured (a cold start) and are put back as they were afterwards.

    Loggers are process-wide: without this, a function's Logger would keep writing wherever an earlier
    run (or a test in the same process) first pointed it.
    """
    manager = logging.Logger.manager
    before = set(manager.loggerDict)
    saved: dict[str, tuple[list[logging.Handler], int, dict[str, object]]] = {}
    for name in names:
        existing = logging.getLogger(name)
        attributes = {a: getattr(existing, a) for a in _POWERTOOLS_LOGGER_ATTRIBUTES if hasattr(existing, a)}
        saved[name] = (list(existing.handlers), existing.level, attributes)
        _reset(existing)
    try:
        yield
    finally:
        for name in set(manager.loggerDict) - before:
            if isinstance(created := manager.loggerDict[name], logging.Logger):
                _reset(created)
        for name, (handlers, level, attributes) in saved.items():
            restored = logging.getLogger(name)
            _reset(restored)
            restored.handlers = handlers
            restored.setLevel(level)
            for attribute, value in attributes.items():
                setattr(restored, attribute, value)


def _reset(target: logging.Logger) -> None:
    target.handlers = []
    target.setLevel(logging.NOTSET)
    for attribute in _POWERTOOLS_LOGGER_ATTRIBUTES:
        if hasattr(target, attribute):
            delattr(target, attribute)


class FunctionHost:
    """One function: cold start (module import) on the first call, warm calls after, output to a log."""

    def __init__(self, spec: FunctionSpec, env: Mapping[str, str], log: TextIO) -> None:
        self.spec = spec
        self.env = dict(env)
        self._log = log
        self._handler: Any = None

    @contextlib.contextmanager
    def _sandbox(self) -> Iterator[None]:
        # Powertools Logger and Metrics write to stdout: keep them out of the demo's report.
        with swapped_environ(self.env), contextlib.redirect_stdout(self._log), \
                contextlib.redirect_stderr(self._log):
            yield

    def invoke(self, event: Mapping[str, Any]) -> Any:
        with self._sandbox():
            if self._handler is None:
                self._handler = _load_handler(self.spec)
            return self._handler(dict(event), DemoLambdaContext(self.spec))


def _load_handler(spec: FunctionSpec) -> Any:
    """Import <CodeUri>/<module>.py under a private name, its sibling modules from CodeUri as Lambda does."""
    module_path, _, attribute = spec.handler.rpartition(".")
    path = spec.code_dir / (module_path.replace(".", "/") + ".py")
    if not path.is_file():
        raise FileNotFoundError(f"{spec.logical_id}: handler file {path} not found")
    name = f"_demo_function_{spec.logical_id}"
    before = set(sys.modules)
    sys.path.insert(0, str(spec.code_dir))
    try:
        module_spec = importlib.util.spec_from_file_location(name, path)
        assert module_spec is not None and module_spec.loader is not None
        module: ModuleType = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        try:
            module_spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]  # a failed cold start is retried from scratch, as Lambda does
            raise
    finally:
        sys.path.remove(str(spec.code_dir))
        # Two functions may both have e.g. a `settings.py`: forget this one's so the next imports its own.
        for loaded in set(sys.modules) - before:
            origin = getattr(sys.modules[loaded], "__file__", None) or ""
            if origin.startswith(str(spec.code_dir)) and loaded != name:
                del sys.modules[loaded]
    return getattr(module, attribute)
