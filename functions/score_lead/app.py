"""ScoreLeadFunction: S3 ObjectCreated on sessions/*.json -> lead record under leads/, alert for hot leads."""

from pathlib import PurePosixPath
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

from postcall.adapters.s3 import s3_object_refs
from postcall.services.score_lead import build_score_lead_service
from postcall.settings import ScoreLeadSettings

logger = Logger()
# Trace only the clients this function uses; patch_all also loads and hooks sqlite3, http.client...
tracer = Tracer(patch_modules=["botocore"])
metrics = Metrics()

settings = ScoreLeadSettings.from_env()  # validated once per cold start
service = build_score_lead_service(settings, metrics=metrics, logger=logger)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    service.start_invocation(context)
    results = []
    for ref in s3_object_refs(event):
        logger.set_correlation_id(PurePosixPath(ref.key).stem)  # sessions/.../<session_id>.json
        results.append(service.score(ref))
    return {"results": results}
