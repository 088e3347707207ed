"""How ops commands hand an event to a function: a small port, the boto3 adapter, stack lookup."""

import json
from dataclasses import dataclass
from typing import Any, Protocol

from botocore.config import Config

# A synchronous ScoreLead run can take its whole 90 s timeout; the SDK must wait at least that long.
INVOKE_READ_TIMEOUT_S = 900


@dataclass(frozen=True)
class InvokeOutcome:
    ok: bool
    detail: str = ""  # the function's error type and message on failure (PII-free by design)


class Invoker(Protocol):
    def invoke(self, event: dict[str, Any]) -> InvokeOutcome: ...


class LambdaInvoker:
    """Invoke one function. Synchronous by default, so a still-failing event is seen at once and stays put;
    `asynchronous` hands it to Lambda's queue (retries, then the OnFailure DLQ again)."""

    def __init__(self, client: Any, function: str, *, asynchronous: bool = False) -> None:
        self._lambda = client
        self._function = function
        self._asynchronous = asynchronous

    def invoke(self, event: dict[str, Any]) -> InvokeOutcome:
        response = self._lambda.invoke(
            FunctionName=self._function,
            InvocationType="Event" if self._asynchronous else "RequestResponse",
            Payload=json.dumps(event).encode(),
        )
        if self._asynchronous:
            return InvokeOutcome(ok=int(response["StatusCode"]) == 202)
        payload = response["Payload"].read()
        if "FunctionError" not in response:
            return InvokeOutcome(ok=True)
        try:
            error = json.loads(payload)
            detail = f"{error.get('errorType', 'Error')}: {str(error.get('errorMessage', ''))[:300]}"
        except ValueError:
            detail = response["FunctionError"]
        return InvokeOutcome(ok=False, detail=detail)


def lambda_client(session: Any) -> Any:
    config = Config(read_timeout=INVOKE_READ_TIMEOUT_S, retries={"mode": "standard"})
    return session.client("lambda", config=config)


def stack_outputs(cloudformation: Any, stack_name: str) -> dict[str, str]:
    """The stack's Outputs (SessionsBucketName, ScoreLeadFunctionArn, ScoreLeadDLQUrl, ...)."""
    stacks = cloudformation.describe_stacks(StackName=stack_name)["Stacks"]
    return {output["OutputKey"]: output["OutputValue"] for output in stacks[0].get("Outputs", [])}


# `--function` names on the command line -> the stack outputs that locate them.
FUNCTIONS: dict[str, tuple[str, str]] = {
    "score-lead": ("ScoreLeadFunctionArn", "ScoreLeadDLQUrl"),
    "salesforce-lead": ("SalesforceLeadFunctionArn", "SalesforceLeadDLQUrl"),
}
