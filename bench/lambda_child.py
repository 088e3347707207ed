"""One Lambda execution environment, for the benchmark: run in a fresh `python3.13 -I -S` process.

sys.path is laid out like Lambda's (the artifact as /var/task, the layer as /opt/python, then the
runtime's boto3); the handler module is imported, then handles the given events in order. Timings go
to the result file as JSON (stdout belongs to the function's own logs).

argv: <spec.json>. spec: path (list), handler ("module.function"), events (list of event files),
result (file), count_network (bool: time spent waiting on HTTP is measured so warm cost can exclude it).
"""

import time

STARTED_NS = time.monotonic_ns()

import json  # noqa: E402  (after the clock: the import cost belongs to the cold start)
import os  # noqa: E402
import sys  # noqa: E402
import uuid  # noqa: E402
from typing import Any  # noqa: E402


class Context:
    """The fields Powertools reads from a LambdaContext."""

    def __init__(self, timeout_ms: int) -> None:
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "bench")
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{self.function_name}"
        self.memory_limit_in_mb = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"))
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{self.function_name}"
        self.log_stream_name = "bench"
        self._deadline_ns = time.monotonic_ns() + timeout_ms * 1_000_000

    def get_remaining_time_in_millis(self) -> int:
        return max(0, (self._deadline_ns - time.monotonic_ns()) // 1_000_000)


class NetworkClock:
    """Wall time spent blocked in TCP/TLS socket calls (connect, handshake, send, receive): the stubbed
    network and the stub servers' own work, which warm cost excludes. UDP (the X-Ray emitter) is not
    counted: in Lambda that send is part of the function's cost too."""

    def __init__(self) -> None:
        self.ns = 0
        self._depth = 0

    def wrap(self, owner: Any, name: str) -> None:
        original = getattr(owner, name)
        clock = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            if clock._depth:  # nested (TLS over its socket): the outer call is already timed
                return original(*args, **kwargs)
            clock._depth += 1
            started = time.monotonic_ns()
            try:
                return original(*args, **kwargs)
            finally:
                clock.ns += time.monotonic_ns() - started
                clock._depth -= 1

        setattr(owner, name, timed)

    def install(self) -> None:
        import socket
        import ssl

        for name in ("connect", "connect_ex", "recv", "recv_into", "send", "sendall"):
            self.wrap(socket.socket, name)
        for name in ("do_handshake", "recv", "recv_into", "read", "send", "sendall", "write"):
            self.wrap(ssl.SSLSocket, name)


class CpuBreakdown:
    """CPU time spent inside named callables ("module:Class.method"), outermost call only, per label."""

    def __init__(self, targets: dict[str, str]) -> None:
        self.ns = dict.fromkeys(targets, 0)
        self._active = False
        for label, target in targets.items():
            module_name, _, path = target.partition(":")
            owner: Any = __import__(module_name, fromlist=["_"])
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            self._wrap(owner, name, label)

    def _wrap(self, owner: Any, name: str, label: str) -> None:
        breakdown = self
        if isinstance(owner, type):  # a method: keep its descriptor (X-Ray may have wrapped it already)
            descriptor = owner.__dict__[name]

            def call(*args: Any, **kwargs: Any) -> Any:
                return descriptor.__get__(args[0], owner)(*args[1:], **kwargs)
        else:
            call = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if breakdown._active:
                return call(*args, **kwargs)
            breakdown._active = True
            started = time.process_time_ns()
            try:
                return call(*args, **kwargs)
            finally:
                breakdown.ns[label] += time.process_time_ns() - started
                breakdown._active = False

        setattr(owner, name, timed)

    def snapshot(self) -> dict[str, int]:
        return dict(self.ns)


def main() -> None:
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    sys.path[0:1] = spec["path"]  # drop this script's directory; the artifact comes first, as in Lambda
    module_name, function_name = spec["handler"].rsplit(".", 1)
    events = []
    for path in spec["events"]:
        with open(path) as f:
            events.append(json.load(f))

    import importlib

    imported_ns = time.monotonic_ns()
    module = importlib.import_module(module_name)
    handler = getattr(module, function_name)
    init_done_ns = time.monotonic_ns()

    clock = NetworkClock()
    if spec.get("count_network"):
        clock.install()
    breakdown = CpuBreakdown(spec.get("breakdown") or {})
    runs = []
    profiler = None
    if spec.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
    for number, event in enumerate(events):
        if profiler and number == spec.get("profile_from", 1):  # 1: warm events only; 0: from the cold one
            profiler.enable()
        context = Context(timeout_ms=90_000)
        network_before = clock.ns
        parts_before = breakdown.snapshot()
        cpu_started = time.process_time_ns()
        started = time.monotonic_ns()
        result = handler(event, context)
        ended = time.monotonic_ns()
        cpu_ms = (time.process_time_ns() - cpu_started) / 1e6
        parts = {label: (ns - parts_before[label]) / 1e6 for label, ns in breakdown.snapshot().items()}
        runs.append(
            {
                "ms": (ended - started) / 1e6,
                "network_ms": (clock.ns - network_before) / 1e6,
                "cpu_ms": cpu_ms,
                "cpu_parts_ms": parts,
                "ended_ns": ended,
                "result": result,
            }
        )
    if profiler:
        import pstats

        profiler.disable()
        with open(spec["profile"], "w") as f:
            stats = pstats.Stats(profiler, stream=f)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(40)
    report = {
        "started_ns": STARTED_NS,
        "interpreter_ms": (imported_ns - STARTED_NS) / 1e6,
        "import_ms": (init_done_ns - imported_ns) / 1e6,
        "runs": runs,
        "modules": sorted(name for name in sys.modules if "." not in name),
    }
    with open(spec["result"], "w") as f:
        json.dump(report, f, default=str)


if __name__ == "__main__":
    main()
