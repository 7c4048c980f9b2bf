#!/usr/bin/env bash
# Remake docs/{replace-preview,suggestions-chips,history-chips}-{light,dark}-{en,fr}.png under Xvfb: Replace all's
# preview on the seed release, and the suggestions and the history of a Markdown page whose tags show as chips.
# usage: docs/review_tools_screenshots.sh [SEED.txt]   (from the project folder; needs ../shared/tools/screenshot.sh)
# LOOKS="light:en dark:fr" and SCENES="replace history" make only some of them.
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-$(ls ../shared/seeds/*.txt | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:///$work/seed.db"
export TRANSLATOR_APP_CONFIG_DIR="$work/config"
cli() { .venv/bin/translator-app --db "$db" --user claire "$@"; }
app() { cli "$@" >/dev/null; }
id_of() { cli segments "$1" --json | jq -r --arg s "$2" '[.[] | select(.source | startswith($s))][0].id'; }

seed_release=$(cli import --from fr --to en --title "Protocole d'accord OIM–KOICA" "$seed")
app edit "$(id_of "$seed_release" "Genève/Séoul")" --confirm --target "Geneva/Seoul, 11 March – The International Organization for Migration (IOM) and the Korea International Cooperation Agency (KOICA) have signed a Memorandum of Understanding on the Fragile and Conflict-Affected States Support Programme."
app edit "$(id_of "$seed_release" "Avec l’aide")" --target "With the help of KOICA's Fragile and Conflict-Affected States Support Programme, IOM has assisted more than half a million people in Haiti, Solomon Islands, Colombia, Zimbabwe and Yemen."
app edit "$(id_of "$seed_release" "Cette collaboration")" --confirm --target "This collaboration is a crucial initiative bringing together eight international organizations, including IOM, under KOICA's programme to strengthen the capacity of fragile states."
app edit "$(id_of "$seed_release" "Renforcer la résilience")" --confirm --target "BUILDING RESILIENCE: THE KOICA PROGRAMME FOR FRAGILE AND CONFLICT-AFFECTED STATES"

cat >"$work/protocole.md" <<'MD'
# Renforcer la résilience dans les pays fragiles

L’OIM et la **KOICA** ont signé un protocole d’accord sur le *Programme de soutien aux pays fragiles et en conflit*.

L’OIM et la **KOICA** ont signé un accord sur le *Programme de soutien aux pays fragiles*.

Le texte est publié selon le `officiel` et [sur le site de l’OIM](https://www.iom.int).
MD
md_release=$(cli import --from fr --to en "$work/protocole.md")
printf 'source,target,note\nProgramme de soutien aux pays fragiles,Fragile States Support Programme,KOICA’s name for it\n' \
  >"$work/glossary.csv"
app glossary import --from fr --to en "$work/glossary.csv"
first=$(id_of "$md_release" "L’OIM et la <g1>KOICA</g1> ont signé un protocole")
app edit "$first" --target "IOM and <g1>KOICA</g1> signed an agreement on the <g2>Support Programme for Fragile States</g2>."
app edit "$first" --confirm --target "IOM and <g1>KOICA</g1> signed a Memorandum of Understanding on the <g2>Fragile and Conflict-Affected States Support Programme</g2>."

for look in ${LOOKS:-light:en dark:en light:fr dark:fr}; do
  IFS=: read -r theme language <<<"$look"
  mkdir -p "$TRANSLATOR_APP_CONFIG_DIR"
  printf '{"role": "translator", "theme": "%s", "font_size": 0, "language": "%s"}\n' "$theme" "$language" \
    >"$TRANSLATOR_APP_CONFIG_DIR/settings.json"
  for scene in replace:"$seed_release":0 suggestions:"$md_release":2 history:"$md_release":1; do
    IFS=: read -r name release row <<<"$scene"
    [[ " ${SCENES:-replace suggestions history} " == *" $name "* ]] || continue
    case $name in
      replace) out=replace-preview crop=1600x640+0+100 ;;
      suggestions) out=suggestions-chips crop=1600x620+0+60 ;;
      history) out=history-chips crop=1600x620+0+60 ;;
    esac
    shot="docs/$out-$theme-$language.png"
    SCREEN_GEOMETRY=1600x1000x24 ../shared/tools/screenshot.sh "$shot" 9 \
      .venv/bin/python docs/show_scene.py "$db" "$release" "$name" "$row" >/dev/null
    [ -n "${NO_CROP:-}" ] || convert "$shot" -crop "$crop" +repage "$shot"
  done
done
