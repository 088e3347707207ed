"""Docketly's voice qualifier: `python agent/agent.py dev|start|console`.

Checks the settings before starting (fail fast), drains sessions spooled by an earlier run,
then hands over to LiveKit's CLI.
"""

import logging
import os
import sys

from livekit.agents import cli

from docketly_agent.app import build_exporter
from docketly_agent.config import AgentSettings, ConfigError
from docketly_agent.export import SpoolDrainer
from docketly_agent.worker import create_server

server = create_server()

if __name__ == "__main__":
    try:
        settings = AgentSettings.from_env(os.environ)
    except ConfigError as exc:
        sys.exit(f"docketly agent: {exc}")
    if sys.argv[1:2] and sys.argv[1] in {"dev", "start", "console", "connect"}:
        # One drainer per server: uploads what earlier runs spooled, then retries periodically.
        SpoolDrainer(build_exporter(settings), settings.spool_retry_seconds).start()
    logging.getLogger("docketly").setLevel(logging.INFO)
    cli.run_app(server)
