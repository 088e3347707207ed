# One Makefile for people and CI. Every target sets up what it needs itself.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Lambda's runtime is python3.13: the venvs and `sam build` use the same interpreter.
PYTHON313 ?= $(firstword $(wildcard /root/.pyenv/versions/3.13*/bin/python3.13) $(shell command -v python3.13 2>/dev/null))
VENV := .venv
PY := $(VENV)/bin/python
DEV_STAMP := $(VENV)/.installed-dev
# SAM CLI pins its own boto3/click/cfn-lint: it lives in its own venv, never in .venv.
SAM_CLI_VERSION := 1.170.0
SAM_VENV := .venv-sam
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam
SAM_STAMP := $(SAM_VENV)/.installed-$(SAM_CLI_VERSION)
CONFIG_ENV ?= default

.PHONY: help venv test lint schema demo sam build deploy predict eval bench bench-extraction bench-agent \
	security redrive replay

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(DEV_STAMP): requirements/dev.txt requirements/constraints.txt pyproject.toml
	@test -n "$(PYTHON313)" || { echo "python3.13 not found: install it or set PYTHON313=/path/to/python3.13" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON313) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt 2>&1 | grep -v '^WARNING: Location' || true
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e . 2>&1 | grep -v '^WARNING: Location' || true
	$(PY) -c "import postcall, boto3, moto, openai, simple_salesforce, aws_lambda_powertools, livekit.agents"
	@touch $@

venv: $(DEV_STAMP) ## create .venv with the pinned dev dependencies

$(SAM_STAMP):
	@test -n "$(PYTHON313)" || { echo "python3.13 not found: install it or set PYTHON313=/path/to/python3.13" >&2; exit 1; }
	@test -x $(SAM_VENV)/bin/python || $(PYTHON313) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install --quiet --disable-pip-version-check aws-sam-cli==$(SAM_CLI_VERSION) 2>&1 | grep -v '^WARNING: Location' || true
	$(SAM) --version
	@touch $@

sam: $(SAM_STAMP) ## install the SAM CLI in its own venv (.venv-sam)

test: venv ## run every test (unit, functions on moto, agent, eval, demo) and template checks
	$(PY) scripts/gen_schema.py --check
	$(VENV)/bin/cfn-lint template.yaml
	$(PY) -m pytest -q

lint: venv $(SAM_STAMP) ## ruff, mypy, cfn-lint, sam validate --lint
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy src functions agent scripts tests
	$(VENV)/bin/cfn-lint template.yaml
	$(SAM) validate --lint

# `sam build` without a container needs the runtime's exact python first on PATH.
# Then the extractor's regex opcodes (a cold start skips Python's regex compiler; .venv is python3.13 too)
# and bytecode: SAM ships none and /var/task is read-only, so every cold start would compile from
# source. unchecked-hash .pyc files are used as they are, whatever the file times in the zip.
build: venv $(SAM_STAMP) ## sam build (functions + PostcallLayer into .aws-sam/), with precompiled patterns and bytecode
	PATH=$(dir $(PYTHON313)):$$PATH $(SAM) build
	$(PY) scripts/precompile_patterns.py .aws-sam/build/PostcallLayer/python
	$(PYTHON313) -m compileall -q -j 0 --invalidation-mode unchecked-hash .aws-sam/build

deploy: build ## sam deploy (CONFIG_ENV=default|dev|prod; first time: .venv-sam/bin/sam deploy --guided)
	$(SAM) deploy --config-env $(CONFIG_ENV)

# make demo DATA=<dir of raw session *.json and/or calls.jsonl> DUPLICATES=<deliveries per S3 event>
DATA ?=
DUPLICATES ?= 1
demo: venv ## replay calls through the whole pipeline on an embedded AWS (moto): no account, no Docker
	$(PY) -m scripts.demo $(if $(DATA),--data "$(DATA)") --duplicates $(DUPLICATES)

schema: venv ## regenerate docs/raw-session.schema.json from the models
	$(PY) scripts/gen_schema.py

# make predict DATA=<dir with utterances.jsonl/calls.jsonl> OUT=<file> [SCORER=rules|llm]
SCORER ?= rules
EVAL_DIR ?= ../shared/eval
EVAL_OUT ?= $(or $(TMPDIR),/tmp)/postcall-eval-predictions.jsonl
predict: venv ## one prediction line per id of DATA (score.py form) into OUT (stdout if unset)
	@test -n "$(DATA)" || { echo "usage: make predict DATA=<dir> OUT=<file> [SCORER=rules|llm]" >&2; exit 2; }
	$(PY) scripts/predict.py "$(DATA)" --scorer $(SCORER) $(if $(OUT),--out "$(OUT)")

eval: venv ## predict on ../shared/eval (EVAL_DIR=...) and print score.py's figures
	$(PY) scripts/predict.py "$(EVAL_DIR)" --scorer $(SCORER) --out "$(EVAL_OUT)"
	$(PY) "$(EVAL_DIR)/score.py" "$(EVAL_DIR)" "$(EVAL_OUT)"

bench-extraction: venv ## time signal extraction per utterance and per 30-turn call (target < 1 ms/utterance)
	$(PY) bench/extraction_bench.py

bench-agent: venv ## voice agent: export of a 30-turn session to local S3 (median < 100 ms), per-utterance hook (p99 < 1 ms)
	PYTHONPATH=agent $(PY) bench/agent_bench.py

# Builds (sam build + bytecode), then extraction, agent and Lambda benchmarks: one summary, PASS/FAIL
# per target, last stdout line one JSON object; non-zero exit on a missed target. See docs/performance.md.
bench: venv build ## run every benchmark (cold starts vs a naive build, sizes, warm cost, extraction, agent, LLM)
	PYTHON313=$(PYTHON313) $(PY) bench/run_all.py

# Scanners pin their own dependencies (checkov pins boto3 and would drag openai down): one venv each.
CHECKOV_VERSION := 3.3.30
CHECKOV_VENV := .venv-checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed-$(CHECKOV_VERSION)
DETECT_SECRETS_VERSION := 1.5.0
SECRETS_VENV := .venv-secrets
SECRETS_STAMP := $(SECRETS_VENV)/.installed-$(DETECT_SECRETS_VERSION)

$(CHECKOV_STAMP):
	@test -n "$(PYTHON313)" || { echo "python3.13 not found: install it or set PYTHON313=/path/to/python3.13" >&2; exit 1; }
	@test -x $(CHECKOV_VENV)/bin/python || $(PYTHON313) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check checkov==$(CHECKOV_VERSION) 2>&1 | grep -v '^WARNING: Location' || true
	@touch $@

$(SECRETS_STAMP):
	@test -n "$(PYTHON313)" || { echo "python3.13 not found: install it or set PYTHON313=/path/to/python3.13" >&2; exit 1; }
	@test -x $(SECRETS_VENV)/bin/python || $(PYTHON313) -m venv $(SECRETS_VENV)
	$(SECRETS_VENV)/bin/pip install --quiet --disable-pip-version-check detect-secrets==$(DETECT_SECRETS_VERSION) 2>&1 | grep -v '^WARNING: Location' || true
	@touch $@

security: venv $(CHECKOV_STAMP) $(SECRETS_STAMP) ## checkov (0 failed checks), cfn-lint, detect-secrets over every file git sees
	$(VENV)/bin/cfn-lint template.yaml
	$(CHECKOV_VENV)/bin/checkov -f template.yaml --framework cloudformation --skip-download --compact --quiet
	$(CHECKOV_VENV)/bin/checkov -f agent/Dockerfile --framework dockerfile --skip-download --compact --quiet
	@# New findings fail; reviewed false positives live in .secrets.baseline (see docs/reliability.md).
	@# The hook runs on a copy: it rewrites a baseline whose line numbers moved (exit 3), never ours.
	@baseline=$$(mktemp); cp .secrets.baseline "$$baseline"; \
	  mapfile -d '' files < <(git ls-files -z --cached --others --exclude-standard \
	    | while IFS= read -r -d '' f; do [ -f "$$f" ] && [ "$$f" != .secrets.baseline ] && printf '%s\0' "$$f"; done); \
	  $(SECRETS_VENV)/bin/detect-secrets-hook --baseline "$$baseline" "$${files[@]}"; status=$$?; rm -f "$$baseline"; \
	  if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then echo "detect-secrets: new finding(s) above" >&2; exit 1; fi; \
	  echo "detect-secrets: $${#files[@]} files, no new finding"
	@echo "security: template and repository clean"

# make redrive FUNCTION=score-lead|salesforce-lead [STACK=postcall-dev] [MAX=n] [DRY_RUN=1]
STACK ?= postcall-dev
redrive: venv ## after a fix: hand each DLQ message back to its function (deleted only once it succeeds)
	@test -n "$(FUNCTION)" || { echo "usage: make redrive FUNCTION=score-lead|salesforce-lead [STACK=...] [MAX=n] [DRY_RUN=1]" >&2; exit 2; }
	$(PY) -m scripts.ops.redrive --stack "$(STACK)" --function "$(FUNCTION)" $(if $(MAX),--max $(MAX)) $(if $(DRY_RUN),--dry-run)

# make replay FROM=YYYY-MM-DD [TO=YYYY-MM-DD] | PREFIX=sessions/... [MISSING_ONLY=1] [DRY_RUN=1] [STACK=postcall-dev]
replay: venv ## re-score sessions by date range or prefix through ScoreLeadFunction, idempotently
	@test -n "$(FROM)$(PREFIX)" || { echo "usage: make replay FROM=YYYY-MM-DD [TO=YYYY-MM-DD] | PREFIX=sessions/... [MISSING_ONLY=1] [DRY_RUN=1]" >&2; exit 2; }
	$(PY) -m scripts.ops.replay --stack "$(STACK)" $(if $(FROM),--from $(FROM)) $(if $(TO),--to $(TO)) \
	  $(if $(PREFIX),--prefix "$(PREFIX)") $(if $(MISSING_ONLY),--missing-only) $(if $(DRY_RUN),--dry-run)
