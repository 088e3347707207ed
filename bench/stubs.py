"""Local stand-ins for the outside HTTP APIs, so the functions run their real adapters offline:
an OpenAI-compatible chat-completions server and a Salesforce REST server (HTTPS: simple-salesforce
always speaks https). Both count what they were asked, so the bench can check one LLM call per session.
"""

import json
import math
import ssl
import subprocess
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    route: Callable[[str, str, bytes], tuple[int, Any]]

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, payload = self.route(self.command, self.path, body)
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the bench prints its own table
        return


class StubServer:
    """A threaded HTTP(S) server on 127.0.0.1, an ephemeral port, answering through `route`."""

    def __init__(
        self, route: Callable[[str, str, bytes], tuple[int, Any]], *, tls: ssl.SSLContext | None = None
    ) -> None:
        handler = type("Handler", (_Handler,), {"route": staticmethod(route)})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "StubServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def estimated_tokens(text: str) -> int:
    """About four characters a token, the same estimate the scorer uses for its budgets."""
    return math.ceil(len(text) / 4)


class ChatCompletions:
    """POST /v1/chat/completions: answers every request with one structured verdict and records the
    prompt size of each request (messages plus the response_format schema, as the model receives them)."""

    def __init__(self, verdict: dict[str, Any], model: str) -> None:
        self._verdict = json.dumps(verdict)
        self._model = model
        self.requests: list[dict[str, int]] = []
        self._lock = threading.Lock()

    def __call__(self, method: str, path: str, body: bytes) -> tuple[int, Any]:
        if method != "POST" or not path.endswith("/chat/completions"):
            return 404, {"error": {"message": f"no route {method} {path}", "type": "invalid_request_error"}}
        request = json.loads(body)
        messages = "".join(str(m.get("content") or "") for m in request.get("messages", []))
        schema = json.dumps(request.get("response_format") or {})
        prompt_tokens = estimated_tokens(messages + schema)
        completion_tokens = estimated_tokens(self._verdict)
        with self._lock:
            self.requests.append(
                {
                    "message_tokens": estimated_tokens(messages),
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                }
            )
        return 200, {
            "id": f"chatcmpl-bench-{len(self.requests)}",
            "object": "chat.completion",
            "created": 1_790_000_000,
            "model": self._model,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "logprobs": None,
                    "message": {"role": "assistant", "content": self._verdict, "refusal": None},
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


class SalesforceRest:
    """The REST calls the Lead sink makes: SOQL query (no open Lead), Lead create and update."""

    def __init__(self) -> None:
        self.created = 0
        self._lock = threading.Lock()

    def __call__(self, method: str, path: str, body: bytes) -> tuple[int, Any]:
        if method == "GET" and "/query" in path:
            return 200, {"totalSize": 0, "done": True, "records": []}
        if method == "POST" and path.rstrip("/").endswith("/sobjects/Lead"):
            with self._lock:
                self.created += 1
                number = self.created
            return 201, {"id": f"00Q5e00000Bench{number:03d}", "success": True, "errors": []}
        if method == "PATCH" and "/sobjects/Lead/" in path:
            return 204, None
        return 404, [{"errorCode": "NOT_FOUND", "message": f"no route {method} {path}"}]


def self_signed_tls(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A certificate for 127.0.0.1 (openssl); clients trust it through REQUESTS_CA_BUNDLE."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "stub-cert.pem", directory / "stub-key.pem"
    if not (cert.is_file() and key.is_file()):
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "30",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context, cert
