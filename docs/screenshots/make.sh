#!/usr/bin/env bash
# Remakes the README's pictures of the walkthrough from a real run: the release binary in a
# tmux terminal, keys sent as a user would press them, the screen captured with its colours
# and drawn as SVG by rich (pip install rich), at 80×24, the size many terminals open at.
# Not part of CI; run it after changing screens.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=$(benches/release-binary.sh)
out=docs/screenshots
session=unlink-guide-screenshot

capture() { # name, title
    tmux capture-pane -t "$session" -p -e > "$out/$1.ansi"
    python3 - "$out/$1.ansi" "$out/$1.svg" "$2" <<'PY'
import sys
from rich.console import Console
from rich.text import Text
ansi = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
console = Console(record=True, width=80, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w"))
console.print(Text.from_ansi(ansi))
console.save_svg(sys.argv[2], title=sys.argv[3])
PY
    rm "$out/$1.ansi"
}

tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 80 -y 24 "env -u NO_COLOR LANG=en_US.UTF-8 TERM=xterm-256color $binary; sleep 30"
sleep 1
capture menu "unlink-guide"
tmux send-keys -t "$session" 2   # AliExpress payment settings, on the website (1 is Help me choose)
sleep 0.5
for _ in 1 2 3; do tmux send-keys -t "$session" Enter; sleep 0.4; done
capture step "unlink-guide: a step"
tmux kill-session -t "$session"

tmux new-session -d -s "$session" -x 80 -y 24 "env -u NO_COLOR LANG=ru_RU.UTF-8 TERM=xterm-256color $binary walk direct-link; sleep 30"
sleep 1
# Step 3, which deletes the card: its instruction, then the caution.
for _ in 1 2; do tmux send-keys -t "$session" Enter; sleep 0.4; done
capture step-ru "unlink-guide: шаг"
tmux kill-session -t "$session"
echo "wrote $out/menu.svg $out/step.svg $out/step-ru.svg"
