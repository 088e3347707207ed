"""Docketly's inbound voice qualifier: a LiveKit agent that writes every finished call to S3."""

AGENT_NAME = "docketly-qualifier"
AGENT_VERSION = "1.0.0"
