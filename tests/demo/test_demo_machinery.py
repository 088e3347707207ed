"""The demo machinery on its own: template reading, wiring, duplicates, retries (no real functions)."""

from pathlib import Path
from textwrap import dedent

import pytest

from scripts.demo.calls import DemoInput
from scripts.demo.report import build_reports, summary_json
from scripts.demo.runner import DemoOptions, DemoRun, run_demo
from scripts.demo.template import Template, TemplateError, load_yaml

FIXTURE_STACK = Path(__file__).parent / "fixture_stack"


def write_template(tmp_path: Path, text: str) -> Template:
    path = tmp_path / "template.yaml"
    path.write_text(dedent(text))
    return Template.from_file(path, parameter_overrides={"Stage": "prod"})


def replay(tmp_path: Path, session_ids: list[str], *, duplicates: int = 1, **overrides: str) -> DemoRun:
    inputs = [DemoInput(sid, f"sessions/{sid}.json", b"{}", "test") for sid in session_ids]
    options = DemoOptions(root=FIXTURE_STACK, data_dir=tmp_path, duplicates=duplicates,
                          parameter_overrides=overrides, log_path=tmp_path / "functions.log")
    return run_demo(options, inputs)


def test_short_tags_parameters_and_conditions_resolve_like_cloudformation(tmp_path: Path) -> None:
    # Given a template using short tags, a parameter override, a condition and pseudo parameters
    template = write_template(tmp_path, """
        Parameters:
          Stage: {Type: String, Default: dev}
          Email: {Type: String, Default: ""}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          HasEmail: !Not [!Equals [!Ref Email, ""]]
        Resources:
          Queue: {Type: AWS::SQS::Queue}
        Outputs:
          Name: {Value: !Sub "postcall-${Stage}-${AWS::AccountId}-${AWS::Region}"}
          Size: {Value: !If [IsProd, 1024, 512]}
          Joined: {Value: !Join ["-", [a, !Select [1, [x, y, z]]]]}
          Literal: {Value: !Sub "${!NotAVariable}"}
          Dropped: {Value: {Keep: 1, Gone: !If [HasEmail, !Ref Email, !Ref "AWS::NoValue"]}}
          Arn: {Value: !GetAtt Queue.Arn}
    """)
    template.attributes["Queue"] = {"Arn": "arn:aws:sqs:us-east-1:123456789012:q"}

    # When its outputs are resolved
    outputs = {name: template.resolve(spec["Value"]) for name, spec in template.body["Outputs"].items()}

    # Then they match what CloudFormation would deploy
    assert outputs == {
        "Name": "postcall-prod-123456789012-us-east-1",
        "Size": 1024,
        "Joined": "a-y",
        "Literal": "${NotAVariable}",
        "Dropped": {"Keep": 1},
        "Arn": "arn:aws:sqs:us-east-1:123456789012:q",
    }


def test_function_environment_is_globals_overlaid_with_the_function_own(tmp_path: Path) -> None:
    # Given Globals and a function that both set variables
    template = write_template(tmp_path, """
        Parameters:
          Stage: {Type: String, Default: dev}
        Globals:
          Function:
            Environment:
              Variables: {STAGE: !Ref Stage, LOG_LEVEL: INFO, DRY: true}
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Environment:
                Variables: {LOG_LEVEL: DEBUG}
    """)

    # When the function's environment is read, Then the function wins and every value is a string
    assert template.function_environment("Fn") == {"STAGE": "prod", "LOG_LEVEL": "DEBUG", "DRY": "true"}


def test_a_reference_to_an_unknown_name_is_an_error(tmp_path: Path) -> None:
    template = write_template(tmp_path, "Resources: {}\n")
    with pytest.raises(TemplateError):
        template.resolve({"Ref": "Nowhere"})


def test_every_duplicate_delivery_is_reported_once_per_effect_it_had(tmp_path: Path) -> None:
    # Given a function with no idempotency, and every notification delivered three times
    run = replay(tmp_path, ["hot-1", "cold-1"], duplicates=3)

    # When the end state is read back
    summary = summary_json(run, build_reports(run))

    # Then the three lead writes and the three alerts all show: the demo does not hide duplicates
    assert summary["leads"]["hot"] == ["hot-1"] * 3
    assert summary["leads"]["cold"] == ["cold-1"] * 3
    assert summary["alerts"] == ["hot-1"] * 3
    assert summary["errors"] == []


def test_a_failing_function_is_retried_then_its_event_lands_in_the_on_failure_queue(tmp_path: Path) -> None:
    # Given a session the function always fails on, next to a good one
    run = replay(tmp_path, ["boom-1", "hot-2"])

    summary = summary_json(run, build_reports(run))

    # Then it is tried 1 + MaximumRetryAttempts times, reported once, and kept in the on-failure queue
    attempts = [d.attempt for d in run.deliveries if d.call_id == "boom-1"]
    assert attempts == [1, 2]
    assert len(summary["errors"]) == 1 and "boom-1" in summary["errors"][0]
    assert run.dead_letters == {"postcall-demo-FailureQueue-demo": 1}
    # and the good session is processed as usual
    assert summary["leads"]["hot"] == ["hot-2"] and summary["alerts"] == ["hot-2"]


def test_functions_run_with_the_template_environment_and_parameter_overrides(tmp_path: Path) -> None:
    run = replay(tmp_path, ["cold-2"], Stage="staging")
    (lead,) = build_reports(run)[0].leads
    assert lead["stage"] == "staging"


def test_loader_keeps_the_long_form_of_short_tags(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("A: !GetAtt X.Arn\nB: !Ref Y\nC: !Sub 'z'\n")
    assert load_yaml(tmp_path / "t.yaml") == {
        "A": {"Fn::GetAtt": ["X", "Arn"]}, "B": {"Ref": "Y"}, "C": {"Fn::Sub": "z"},
    }
