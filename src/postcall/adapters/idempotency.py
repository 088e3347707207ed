"""DynamoDB idempotency (Powertools): each effect runs once per key until its record expires."""

from collections.abc import Callable, Mapping
from typing import Any

from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.typing import LambdaContext


class DynamoDbOnce:
    """Once on the idempotency table. `scope` names the effect, so one key can guard several effects.

    A failed action deletes its in-progress record (the retry runs it again); a completed one returns
    the stored result; a concurrent duplicate raises IdempotencyAlreadyInProgressError, which Lambda
    retries later. Registering the Lambda context lets a retry after a timeout proceed.
    """

    def __init__(self, table_name: str, *, scope: str, ttl_seconds: int, client: Any | None = None) -> None:
        persistence = DynamoDBPersistenceLayer(table_name=table_name, boto3_client=client)
        self._config = IdempotencyConfig(expires_after_seconds=ttl_seconds)

        @idempotent_function(
            data_keyword_argument="key", persistence_store=persistence, config=self._config, key_prefix=scope
        )
        def run_once(*, key: dict[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
            return action()

        self._run_once = run_once

    def register_lambda_context(self, context: LambdaContext) -> None:
        self._config.register_lambda_context(context)

    def run(self, key: Mapping[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._run_once(key=dict(key), action=action)
        return result
