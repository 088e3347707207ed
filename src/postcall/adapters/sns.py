"""SNS: publish one alert message with attributes that subscription filter policies can match."""

from collections.abc import Mapping
from typing import Any


def _attribute(value: str | int | float) -> dict[str, str]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return {"DataType": "String", "StringValue": str(value)}
    return {"DataType": "Number", "StringValue": str(value)}


class SnsAlertPublisher:
    """AlertPublisher on one SNS topic. Errors propagate: the caller's retry and DLQ handle them."""

    def __init__(self, client: Any, topic_arn: str) -> None:
        self._sns = client
        self._topic_arn = topic_arn

    def publish(self, subject: str, body: str, attributes: Mapping[str, str | int | float]) -> str:
        response = self._sns.publish(
            TopicArn=self._topic_arn,
            Subject=subject,
            Message=body,
            MessageAttributes={name: _attribute(value) for name, value in attributes.items()},
        )
        return str(response["MessageId"])


def build_alert_publisher(topic_arn: str, client: Any | None = None) -> SnsAlertPublisher:
    if client is None:
        import boto3

        client = boto3.client("sns")
    return SnsAlertPublisher(client, topic_arn)
