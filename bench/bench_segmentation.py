"""Score the sentence splitter on the pySBD golden rules and on French press-release sentences; time it.

Run: ``.venv/bin/python bench/bench_segmentation.py``. The golden rules are read from the shared folder beside
the repository (never copied into it); when it is absent only the project's own corpus is scored.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

try:
    from translator_app.domain.segmentation import split_sentences
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.domain.segmentation import split_sentences

GOLDEN = Path(__file__).resolve().parents[1].parent / "shared/bench/golden_rules.json"
TIMED_SECONDS = 2.0

# Fictional press-release sentences: (text, expected sentences). Each case names one difficulty.
FRENCH_CASES: list[tuple[str, list[str]]] = [
    (
        "Lyon/Dakar, 4 avril – La Fondation Héliade ouvre un centre solaire. Il alimentera trois écoles.",
        [
            "Lyon/Dakar, 4 avril – La Fondation Héliade ouvre un centre solaire.",
            "Il alimentera trois écoles.",
        ],
    ),
    (
        "M. Karim Benali, directeur des programmes, a ouvert la séance.",
        ["M. Karim Benali, directeur des programmes, a ouvert la séance."],
    ),
    (
        "Mme Odile Favre et M. Paul Girard ont signé l'accord. La cérémonie a duré une heure.",
        ["Mme Odile Favre et M. Paul Girard ont signé l'accord.", "La cérémonie a duré une heure."],
    ),
    (
        "Le Dr Alves a présenté les résultats. Ils sont encourageants.",
        ["Le Dr Alves a présenté les résultats.", "Ils sont encourageants."],
    ),
    (
        "Le budget atteint 23 millions de dollars. Il couvre trois ans.",
        ["Le budget atteint 23 millions de dollars.", "Il couvre trois ans."],
    ),
    (
        "La hausse est de 3.5 % cette année, soit 1 000,5 tonnes de plus.",
        ["La hausse est de 3.5 % cette année, soit 1 000,5 tonnes de plus."],
    ),
    (
        "Les partenaires (ONG, collectivités, etc.) se réuniront en mai.",
        ["Les partenaires (ONG, collectivités, etc.) se réuniront en mai."],
    ),
    (
        "Les dons couvrent le matériel, les salaires, etc. Le reste vient des États.",
        ["Les dons couvrent le matériel, les salaires, etc.", "Le reste vient des États."],
    ),
    (
        "Certaines régions, p. ex. le Sahel, sont plus exposées.",
        ["Certaines régions, p. ex. le Sahel, sont plus exposées."],
    ),
    (
        "Voir le rapport annuel, p. 42. Les chiffres y sont détaillés.",
        ["Voir le rapport annuel, p. 42.", "Les chiffres y sont détaillés."],
    ),
    (
        "Tél. : +41 22 717 9111. Courriel : presse@heliade.org",
        ["Tél. : +41 22 717 9111.", "Courriel : presse@heliade.org"],
    ),
    (
        "Pour en savoir plus, écrivez à presse@heliade.org. Nous répondrons sous 24 heures.",
        ["Pour en savoir plus, écrivez à presse@heliade.org.", "Nous répondrons sous 24 heures."],
    ),
    (
        "Le rapport est en ligne sur https://www.heliade.org/rapports/2024.html. Il est gratuit.",
        ["Le rapport est en ligne sur https://www.heliade.org/rapports/2024.html.", "Il est gratuit."],
    ),
    (
        "Contact : Lina Oh, +82 70 4820 2648, lina.oh@heliade.org",
        ["Contact : Lina Oh, +82 70 4820 2648, lina.oh@heliade.org"],
    ),
    (
        "La directrice a déclaré : « Nous sommes prêts. L'hiver sera dur. » Les travaux commencent lundi.",
        [
            "La directrice a déclaré : « Nous sommes prêts. L'hiver sera dur. »",
            "Les travaux commencent lundi.",
        ],
    ),
    (
        "« Ce centre change tout. Les enfants étudieront le soir », a expliqué Awa Sarr.",
        ["« Ce centre change tout. Les enfants étudieront le soir », a expliqué Awa Sarr."],
    ),
    (
        "Le programme s'appelle « Lumière pour tous ». Il démarre en juin.",
        ["Le programme s'appelle « Lumière pour tous ».", "Il démarre en juin."],
    ),
    (
        "Faut-il attendre ? non, répond l'équipe, il faut agir maintenant.",
        ["Faut-il attendre ? non, répond l'équipe, il faut agir maintenant."],
    ),
    (
        "Faut-il attendre ? Non. L'équipe veut agir maintenant.",
        ["Faut-il attendre ?", "Non.", "L'équipe veut agir maintenant."],
    ),
    (
        "Quelle surprise ! Les villageois ont fêté l'arrivée du courant.",
        ["Quelle surprise !", "Les villageois ont fêté l'arrivée du courant."],
    ),
    (
        "Le projet avance… Les premiers panneaux sont posés.",
        ["Le projet avance…", "Les premiers panneaux sont posés."],
    ),
    (
        "Il y a eu des retards... mais le chantier reprend.",
        ["Il y a eu des retards... mais le chantier reprend."],
    ),
    (
        "Le roman de J. R. R. Tolkien a été traduit en wolof.",
        ["Le roman de J. R. R. Tolkien a été traduit en wolof."],
    ),
    ("La délégation des É.-U. est arrivée hier.", ["La délégation des É.-U. est arrivée hier."]),
    (
        "La séance est prévue à 10 h. Elle sera retransmise en direct.",
        ["La séance est prévue à 10 h.", "Elle sera retransmise en direct."],
    ),
    (
        "Le siège est situé au 12, av. Jean-Jaurès, à Lyon.",
        ["Le siège est situé au 12, av. Jean-Jaurès, à Lyon."],
    ),
    (
        "Les ouvrages de Rivage Ltd. sont disponibles. Les autres suivront.",
        ["Les ouvrages de Rivage Ltd. sont disponibles.", "Les autres suivront."],
    ),
    (
        "Le chantier (voir l'annexe 2.) sera achevé en 2025.",
        ["Le chantier (voir l'annexe 2.) sera achevé en 2025."],
    ),
    (
        "En 2023, 1 200 familles ont été raccordées. En 2024, elles seront 3 000.",
        ["En 2023, 1 200 familles ont été raccordées.", "En 2024, elles seront 3 000."],
    ),
    (
        "Le plan compte trois volets. 1. Former les techniciens. 2. Équiper les écoles.",
        ["Le plan compte trois volets.", "1. Former les techniciens.", "2. Équiper les écoles."],
    ),
    (
        "Elle a rencontré le ministre à St. Louis. Puis elle est rentrée.",
        ["Elle a rencontré le ministre à St. Louis.", "Puis elle est rentrée."],
    ),
    (
        "Le texte mentionne « LL.AA.RR. » et le décret n° 12. Il entre en vigueur demain.",
        ["Le texte mentionne « LL.AA.RR. » et le décret n° 12.", "Il entre en vigueur demain."],
    ),
    (
        "Après la signature, 40 écoles seront équipées d'ici à 2026.",
        ["Après la signature, 40 écoles seront équipées d'ici à 2026."],
    ),
]


def score(cases: list[tuple[str, list[str]]], lang: str, verbose: bool) -> int:
    """How many cases split exactly as expected; prints the misses when ``verbose``."""
    passed = 0
    for text, expected in cases:
        got = [piece.strip() for piece in split_sentences(text, lang)]
        if got == expected:
            passed += 1
        elif verbose:
            print(f"  miss [{lang}] {text!r}\n    got      {got}\n    expected {expected}")
    return passed


def throughput(texts: list[str], lang: str) -> tuple[float, int]:
    """Sentences per second over ``texts`` repeated for about ``TIMED_SECONDS``, and the sentences counted."""
    count = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < TIMED_SECONDS:
        for text in texts:
            count += len(split_sentences(text, lang))
        elapsed = time.perf_counter() - started
    return count / elapsed, count


def main() -> int:
    verbose = "-q" not in sys.argv[1:]
    rows: list[tuple[str, str]] = []
    timed: list[tuple[str, str]] = [(text, "fr") for text, _ in FRENCH_CASES]
    if GOLDEN.is_file():
        golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
        for lang in ("en", "fr"):
            cases = [(case["text"], case["sentences"]) for case in golden[lang]]
            rows.append((f"golden rules ({lang})", f"{score(cases, lang, verbose)}/{len(cases)}"))
            timed += [(text, lang) for text, _ in cases]
    else:
        rows.append(("golden rules", f"skipped: {GOLDEN} not found"))
    rows.append(("own French corpus", f"{score(FRENCH_CASES, 'fr', verbose)}/{len(FRENCH_CASES)}"))
    for lang in ("en", "fr"):
        texts = [text for text, text_lang in timed if text_lang == lang]
        if texts:
            rate, count = throughput(texts, lang)
            rows.append((f"speed ({lang})", f"{rate:,.0f} sentences/s ({count:,} sentences)"))
    width = max(len(name) for name, _ in rows)
    print(f"{'benchmark'.ljust(width)}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
