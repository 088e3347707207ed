"""`make demo` on the real template and functions (the CI path): sample sessions in, alerts and Leads out."""

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import responses

from scripts.demo.__main__ import main
from scripts.demo.calls import load_inputs
from scripts.demo.report import build_reports, summary_json
from scripts.demo.runner import DemoOptions, run_demo
from tests.fixtures.salesforce.fake_org import FakeSalesforceOrg

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "events" / "sessions"


def session_ids() -> dict[str, str]:
    """The sample sessions by the tier their file name promises."""
    return {path.stem: json.loads(path.read_text())["session_id"] for path in SAMPLES.glob("*.json")}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The sample hot, warm and cold sessions plus one malformed file (a session cut off mid-way)."""
    data = tmp_path / "data"
    shutil.copytree(SAMPLES, data)
    (data / "truncated.json").write_bytes((SAMPLES / "hot.json").read_bytes()[:150])
    return data


def replay(data: Path, tmp_path: Path, *, duplicates: int = 1) -> dict:
    options = DemoOptions(root=ROOT, data_dir=data, duplicates=duplicates, user_env={},
                          log_path=tmp_path / "functions.log")
    run = run_demo(options, load_inputs(data))
    return summary_json(run, build_reports(run))


def test_malformed_file_is_quarantined_and_the_good_calls_are_scored(data_dir: Path, tmp_path: Path) -> None:
    # Given the three sample calls and a truncated session file, no OpenAI key, no Salesforce credentials
    ids = session_ids()

    # When the demo replays them through the pipeline
    summary = replay(data_dir, tmp_path)

    # Then the malformed file ends in quarantine and the others are scored, alerted and synced
    assert summary["sessions"] == 4
    assert [Path(key).name for key in summary["quarantined"]] == ["truncated.json"]
    assert all(key.startswith("quarantine/sessions/") for key in summary["quarantined"])
    assert summary["leads"] == {"hot": [ids["hot"]], "warm": [ids["warm"]], "cold": [ids["cold"]]}
    assert summary["alerts"] == [ids["hot"]]
    assert summary["crm"] == {"created": [], "updated": [], "dry_run": [ids["hot"], ids["warm"]],
                              "skipped": [ids["cold"]]}
    assert summary["errors"] == []


def test_every_notification_three_times_still_gives_one_alert_and_one_lead_each(
    data_dir: Path, tmp_path: Path
) -> None:
    # Given every S3 notification delivered three times
    ids = session_ids()
    summary = replay(data_dir, tmp_path, duplicates=3)

    # Then each call has exactly one lead record, each hot call one alert, each qualifying call one CRM entry
    assert sorted(summary["leads"]["hot"] + summary["leads"]["warm"] + summary["leads"]["cold"]) == sorted(
        ids.values())
    assert summary["alerts"] == summary["leads"]["hot"] == [ids["hot"]]
    crm_entries = summary["crm"]["created"] + summary["crm"]["updated"] + summary["crm"]["dry_run"]
    assert sorted(crm_entries) == sorted([ids["hot"], ids["warm"]])
    assert {Path(key).name for key in summary["quarantined"]} == {"truncated.json"}
    assert summary["errors"] == []


def test_the_last_stdout_line_is_the_json_summary_and_exit_is_0_despite_quarantine(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given no OpenAI key in the shell
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)

    # When `make demo DATA=<dir>` runs
    exit_code = main(["--data", str(data_dir), "--log", str(tmp_path / "functions.log")])

    # Then it says how it scored, prints the rep's alert, and ends with one JSON object
    out = capsys.readouterr().out
    summary = json.loads(out.splitlines()[-1])
    assert exit_code == 0
    assert set(summary) == {"sessions", "leads", "alerts", "crm", "quarantined", "errors"}
    assert "method rules (no OpenAI key configured)" in out
    assert "Subject: " in out and "salesforce dry run" in out


def test_labelled_calls_become_raw_sessions_named_by_call_id_without_their_labels(tmp_path: Path) -> None:
    # Given a calls.jsonl in the form of LABELS.md
    call = {
        "id": "c-9001", "duration_seconds": 60.0,
        "transcript": [{"role": "assistant", "text": "Hi, how can I help?"},
                       {"role": "user", "text": "We are 40 people, need it this week. Book a demo."}],
        "tool_calls": [{"tool": "book_sales_meeting", "success": True,
                        "arguments": {"customer_name": "Dana Ruiz", "customer_email": "dana@acme.io"}}],
        "label": {"tier": "hot"}, "why": "labelled for the test",
    }
    (tmp_path / "calls.jsonl").write_text(json.dumps(call) + "\n")

    # When the demo turns it into an upload
    (item,) = load_inputs(tmp_path)

    # Then it is a raw session keyed by the call id, tools mapped, and the label is not in it
    session = json.loads(item.body)
    assert item.call_id == session["session_id"] == "c-9001"
    assert item.key.startswith("sessions/year=") and item.key.endswith("/c-9001.json")
    assert session["tool_calls"][0]["name"] == "book_sales_meeting"
    assert session["tool_calls"][0]["success"] is True
    assert session["ended_at"] > session["started_at"]
    assert "label" not in item.body.decode() and "labelled for the test" not in item.body.decode()


class OpenAiCompatibleStub:
    """A local OpenAI-compatible server (as Ollama or vLLM would be) answering one fixed verdict."""

    def __init__(self, verdict: dict) -> None:
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                stub.requests.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                body = json.dumps({
                    "id": "chatcmpl-demo", "object": "chat.completion", "created": 0, "model": "local-model",
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": json.dumps(verdict)}}],
                    "usage": {"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


HOT_VERDICT = {
    "fit": True, "intent": True, "disqualifier": None, "team_size": 40, "monthly_volume": 300,
    "urgency": True,
    "integrations": ["google_drive", "salesforce"], "industry": "real_estate",
    "contact": {"first_name": "Dana", "last_name": "Ruiz", "email": "dana@harborpointrealty.com",
                "company": "Harbor Point Realty", "phone": None},
    "summary": "Operations lead at a 40-agent brokerage; needs e-signature live before month end.",
    "next_step": "Run the booked demo tomorrow morning.",
    "reasons": [{"fact": "team_size", "claim": "40 agents", "quote": "We're a team of about 40 agents"},
                {"fact": "urgency", "claim": "contract ends this month",
                 "quote": "Our e-signature contract runs out at the end of the month"}],
}


def test_with_an_openai_compatible_server_the_lead_is_scored_by_the_llm_once(tmp_path: Path) -> None:
    # Given OPENAI_BASE_URL pointing at a local OpenAI-compatible server, and the hot sample delivered 3 times
    stub = OpenAiCompatibleStub(HOT_VERDICT)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SAMPLES / "hot.json", data)
    options = DemoOptions(root=ROOT, data_dir=data, duplicates=3, log_path=tmp_path / "functions.log",
                          user_env={"OPENAI_BASE_URL": stub.base_url, "OPENAI_MODEL": "local-model"})
    try:
        run = run_demo(options, load_inputs(data))
    finally:
        stub.server.shutdown()
    (call,) = build_reports(run)

    # Then the LLM was asked once, the lead is marked llm, and the demo says where the LLM was
    assert len(stub.requests) == 1 and stub.requests[0]["model"] == "local-model"
    (lead,) = call.leads
    assert (lead["method"], lead["tier"]) == ("llm", "hot")
    assert stub.base_url in run.llm_mode
    assert len(call.alerts) == 1


def test_with_salesforce_credentials_each_qualifying_call_creates_one_lead(
    data_dir: Path, tmp_path: Path
) -> None:
    # Given Salesforce credentials in SALESFORCE_SECRET_JSON, an org emulated over HTTP, every event 3 times
    ids = session_ids()
    secret = {"consumer_key": "3MVG9-demo", "consumer_secret": "demo-consumer-secret", "domain": "acme.my"}
    options = DemoOptions(root=ROOT, data_dir=data_dir, duplicates=3, log_path=tmp_path / "functions.log",
                          user_env={"SALESFORCE_SECRET_JSON": json.dumps(secret)})
    org = FakeSalesforceOrg()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        org.register(rsps)
        run = run_demo(options, load_inputs(data_dir))
    summary = summary_json(run, build_reports(run))

    # Then the hot and warm calls each became exactly one Lead, nothing was a dry run, and the org agrees
    assert summary["crm"]["created"] == [ids["hot"], ids["warm"]]
    assert summary["crm"]["updated"] == summary["crm"]["dry_run"] == []
    assert summary["crm"]["skipped"] == [ids["cold"]]
    assert len(org.creates()) == 2
    assert run.crm_mode.startswith("Salesforce")
