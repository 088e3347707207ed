#!/usr/bin/env bash
# LiveKit Cloud (`lk agent deploy`) builds from one directory; the agent also needs src/postcall.
# This assembles build/agent-cloud with the same layout as the repository root, so the one
# Dockerfile serves both `docker build -f agent/Dockerfile .` and `lk agent deploy`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/build/agent-cloud"
keep=""
[[ -f "$out/livekit.toml" ]] && keep="$(cat "$out/livekit.toml")"
rm -rf "$out"
mkdir -p "$out/requirements" "$out/src"
cp "$root/pyproject.toml" "$out/"
cp "$root/requirements/constraints.txt" "$out/requirements/"
cp -R "$root/src/postcall" "$out/src/"
cp -R "$root/agent" "$out/agent"
find "$out" -name '__pycache__' -type d -prune -exec rm -rf {} +
find "$out/agent" -name '.env' -o -name '.env.local' | xargs rm -f
cp "$root/agent/Dockerfile" "$out/"
cp "$root/agent/Dockerfile.dockerignore" "$out/.dockerignore"
# livekit.toml (written by `lk agent create`) names the Cloud agent: keep it across restages.
if [[ -f "$root/agent/livekit.toml" ]]; then cp "$root/agent/livekit.toml" "$out/";
elif [[ -n "$keep" ]]; then printf '%s\n' "$keep" > "$out/livekit.toml"; fi
echo "staged $out"
