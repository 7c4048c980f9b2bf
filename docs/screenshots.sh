#!/usr/bin/env bash
# Remake docs/screenshot-{light,dark,fr,es}.png (1600×1000, under Xvfb) on the seed release: the two themes in
# English, then the light theme with the interface in French and in Spanish; then docs/dialogs/*.png, each
# dialog (and the release list) in light and dark, English and French, on a 1280×800 screen.
# usage: docs/screenshots.sh [SEED.txt]   (from the project folder; needs ../shared/tools/screenshot.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-$(ls ../shared/seeds/*.txt | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:///$work/seed.db"
export TRANSLATOR_APP_CONFIG_DIR="$work/config"
app() { .venv/bin/translator-app --db "$db" --user claire "$@" >/dev/null; }

release=$(.venv/bin/translator-app --db "$db" --user claire import --from fr --to en \
  --title "Protocole d'accord OIM–KOICA" "$seed")
# A few segments in every state, so the statuses show (ids of the seed release's press-release part).
app edit 32 --confirm --target "Building resilience in fragile and conflict-affected countries: Memorandum of Understanding between IOM and KOICA"
app edit 33 --confirm --target "Geneva/Seoul, 11 March – The International Organization for Migration (IOM) and the Korea International Cooperation Agency (KOICA) have signed a Memorandum of Understanding on the Fragile and Conflict-Affected States Support Programme."
app edit 34 --confirm --target "This collaboration is a crucial initiative bringing together eight international organizations, including IOM, under KOICA's programme to strengthen the capacity of fragile states to reduce and manage societal, political, economic and environmental risks."
app edit 35 --confirm --target "The initiative is aligned with the Republic of Korea's Strategy for implementing the humanitarian-development-peace nexus."
app edit 36 --target "With the help of KOICA's Fragile and Conflict-Affected States Support Programme, IOM has assisted more than half a milion people in Haiti, Solomon Islands, Colombia, Zimbabwe and Yemen."
app edit 37 --confirm --target "In the new, reinforced phase, IOM will call its programme on conflict and fragile settings “Empowering Livelihoods and Economic Vitality in Fragile and Conflict Settings (ELEVATE)”."
for id in 32 33 35; do app --role reviewer approve "$id"; done
# A revision imported beside the original (the release list tells them apart), and a small glossary.
app import --from fr --to en --title "Protocole d'accord OIM–KOICA (version révisée du 19 septembre)" "$seed"
printf 'source,target,note\nOIM,IOM,\nKOICA,KOICA,Korea International Cooperation Agency\nÉtats fragiles,fragile states,\n' \
  >"$work/terms.csv"
app glossary import "$work/terms.csv" --from fr --to en
app --role reviewer reject 37 --comment "Translate the sentence around the programme name more closely." \
  --category accuracy --severity minor
# The office's earlier release in the memory (a sentence between the same neighbours, one word for word, two
# close ones, its contact block), then pre-translation from 75%: drafts marked 101% (same neighbours), 100% and
# fuzzy in the Match column.
.venv/bin/translator-app --db "$db" segments "$release" --json >"$work/segments.json"
.venv/bin/python - "$work/segments.json" "$work/earlier.tmx" <<'PY'
import json, sys
from translator_app.domain.matching import TmUnit
from translator_app.formats.tmx import write_tmx
source = {s["position"]: s["source"] for s in json.load(open(sys.argv[1], encoding="utf-8"))}
units = [
    TmUnit("fr", "en", source[37],
           "The ELEVATE programme is aligned with IOM's commitment to advancing humanitarian, development "
           "and peacebuilding initiatives and with the Global Compact for Migration.",
           source[36], source[38], True),
    TmUnit("fr", "en", source[38],
           "At the signing ceremony, Chang Won Sam, President of KOICA, said: “Today we are writing a new "
           "chapter in our history of partnership and cooperation.", approved=True),
    TmUnit("fr", "en", source[39].replace("un monde meilleur", "un avenir meilleur"),
           "The memorandum of understanding signed today will draw on the expertise of KOICA and IOM and "
           "create synergies to build a better future."),
    TmUnit("fr", "en", source[42].replace("Depuis des décennies", "Depuis vingt ans"),
           "For twenty years, IOM has partnered with KOICA to help the world's most vulnerable people in "
           "extremely difficult places."),
    TmUnit("fr", "en", source[48], "For more information, please contact:", source[46], source[49], True),
    TmUnit("fr", "en", source[49], "Jieun Lee, email: jilee@iom.int, +82 70 4820 2648", approved=True),
]
write_tmx(sys.argv[2], units, "fr")
PY
app tm import "$work/earlier.tmx"
app translate "$release" --no-mt --min-fuzzy 75

for shot in light:light:en dark:dark:en fr:light:fr es:light:es; do
  IFS=: read -r name theme language <<<"$shot"
  mkdir -p "$TRANSLATOR_APP_CONFIG_DIR"
  printf '{"role": "translator", "theme": "%s", "font_size": 0, "language": "%s"}\n' "$theme" "$language" \
    >"$TRANSLATOR_APP_CONFIG_DIR/settings.json"
  SCREEN_GEOMETRY=1600x1000x24 ../shared/tools/screenshot.sh "docs/screenshot-$name.png" 8 \
    .venv/bin/python docs/show_window.py "$db" "$release"
done

mkdir -p docs/dialogs
display=":$((500 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
for shot in light:en dark:en light:fr dark:fr; do
  IFS=: read -r theme language <<<"$shot"
  printf '{"role": "translator", "theme": "%s", "font_size": 0, "language": "%s"}\n' "$theme" "$language" \
    >"$TRANSLATOR_APP_CONFIG_DIR/settings.json"
  env -u QT_QPA_PLATFORM DISPLAY="$display" .venv/bin/python docs/show_dialogs.py "$db" "$release" docs/dialogs \
    "$theme-$language"
done
