"""SalesforceLeadFunction: S3 ObjectCreated on leads/*.json -> one Salesforce Lead per call (or a dry run)."""

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

from postcall.adapters.s3 import s3_object_refs
from postcall.services.crm_sync import CrmSyncSettings, build_crm_sync_service, session_id_of

logger = Logger()
# Trace only the clients this function uses; patch_all also loads and hooks sqlite3, http.client...
tracer = Tracer(patch_modules=["botocore", "requests"])
metrics = Metrics()

settings = CrmSyncSettings.from_env()  # validated once per cold start
service = build_crm_sync_service(settings, metrics=metrics)


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    service.start_invocation(context)
    results = []
    for ref in s3_object_refs(event):
        logger.set_correlation_id(session_id_of(ref.key))
        results.append(service.sync(ref))
    return {"results": results}
