"""Fit alignment's evidence weights on linked and unlinked claim pairs; write them.

Training data (claims as the extractor finds them, with the context alignment builds):

* the development set ../shared/devdata (FLORES devtest and TICO-19: human translations,
  paragraph breaks at the same places in every language). Two claims of two languages of
  one document are *linked* when they stand in the same paragraph, their values agree
  (reconcile.compare.relation, units converted) and each is the only one of its paragraph
  with that value; *unlinked* when they stand in different paragraphs. Same-paragraph pairs
  that are neither are left out (they may be one fact stated differently). In the documents
  of tests/gold/devdata only claims matching a hand-annotated claim are used.
* the bundled story (tests/gold/openai-musk): extracted claims matching a gold claim take
  its `fact`; two claims of two versions are linked when their facts are the same.

Features are the weights of AlignConfig that enter an affinity linearly: the feature of a
weight is the pair's affinity under a config where that weight is 1 and every other fitted
weight 0 (so the affinity is exactly the fitted linear score). A logistic regression (L2)
is fitted; documents, not pairs, are split: a held-out 20% of the documents (by a hash of
the id), and 5-fold grouped cross-validation on the rest. The hand-set weights are scored on
the same held-out pairs for comparison.

The weights written are the coefficients scaled so that the decision boundary (p = 0.5,
the intercept) falls on the config's merge_min: an average affinity of merge_min then means
"as likely linked as not". Bars and bonuses that are not pair evidence (merge_min,
adopt_min, parallel_bonus, neighbor_bonus, strong_link, ...) keep their values.

    /work/main/.venv/bin/pip install scikit-learn   # benchmark environment only
    PYTHONPATH=src python benchmarks/fit_weights.py [--write] [--keep name,name]

Without --write it prints the data, scores and weights only. --keep leaves the named
weights at their current values (for a learned weight that breaks the bundled story).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from devgoldscore import DevClaim, load_dev_gold  # noqa: E402
from goldscore import load_gold, same_claim  # noqa: E402
from reconcile.align import default_config, entity_weights, evidence  # noqa: E402
from reconcile.api import document_from_text  # noqa: E402
from reconcile.compare import relation  # noqa: E402
from reconcile.diff import _document_nodes  # noqa: E402
from reconcile.entities import AliasTable, capitalized_words, load_aliases  # noqa: E402
from reconcile.model import AlignConfig, Node  # noqa: E402

WEIGHTS_FILE = ROOT / "src" / "reconcile" / "data" / "align_weights.toml"
# The weights that enter an affinity linearly (AlignConfig field names).
FITTED = (
    "concept_match", "concept_mismatch", "entity_weight", "position_weight",
    "date_year_near", "date_years_apart", "year_same", "year_off_one", "year_far",
    "day_match", "month_match", "year_match", "year_shifted",
    "quantity_range_agree", "quantity_agree", "quantity_soft",
    "range_equal", "value_equal", "value_overlap", "mantissa_match",
    "money_count", "quantity_dimension", "same_currency", "other_currency",
)


def _devdata() -> Path:
    for base in (ROOT.parent / "shared" / "devdata", ROOT.parents[1] / "shared" / "devdata"):
        if base.is_dir():
            return base
    raise SystemExit("fit_weights.py: ../shared/devdata is needed (see its README)")


@dataclass(frozen=True)
class Pair:
    doc: str
    linked: bool
    features: tuple[float, ...]
    current: float


def _unit_configs() -> list[AlignConfig]:
    zero = replace(default_config(), **{name: 0.0 for name in FITTED})
    return [replace(zero, **{name: 1.0}) for name in FITTED]


UNITS = _unit_configs()


def _features(x: Node, y: Node, weights: dict[str, float]) -> tuple[float, ...] | None:
    if evidence(x, y, weights, default_config()) is None:
        return None
    out = []
    for cfg in UNITS:
        found = evidence(x, y, weights, cfg)
        out.append(0.0 if found is None else found.total)
    return tuple(out)


def _nodes(texts: dict[str, str], aliases: AliasTable) -> dict[str, tuple[Node, ...]]:
    capitalized = frozenset[str]().union(*(capitalized_words(t) for t in texts.values()))
    out = {}
    for lang, text in sorted(texts.items()):
        doc = document_from_text(text, lang, source_id=lang)
        out[lang] = _document_nodes(doc, aliases, capitalized)[1]
    return out


def _paragraph_of(text: str, start: int) -> int:
    return len(re.findall(r"\n\s*\n", text[:start]))


def _pairs(doc: str, nodes: dict[str, tuple[Node, ...]],
           label: Callable[[Node, Node], bool | None]) -> Iterator[Pair]:
    every = [n for ns in nodes.values() for n in ns]
    weights = entity_weights(every)
    langs = sorted(nodes)
    current = default_config()
    for i, la in enumerate(langs):
        for lb in langs[i + 1:]:
            for x in nodes[la]:
                for y in nodes[lb]:
                    linked = label(x, y)
                    if linked is None:
                        continue
                    features = _features(x, y, weights)
                    if features is None:
                        continue
                    found = evidence(x, y, weights, current)
                    assert found is not None
                    yield Pair(doc, linked, features, found.total)


def devdata_pairs(aliases: AliasTable) -> Iterator[Pair]:
    gold = load_dev_gold()
    annotated: dict[tuple[str, str, str], list[DevClaim]] = {}
    for g in gold:
        annotated.setdefault(g.key, []).append(g)
    for folder in sorted(_devdata().glob("*/*/")):
        texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
        if len(texts) < 2:
            continue
        set_name, doc = folder.parent.name, folder.name
        nodes = _nodes(texts, aliases)
        if any((set_name, doc, lang) in annotated for lang in texts):
            nodes = {lang: tuple(n for n in ns if any(
                g.start < n.claim.end and n.claim.start < g.end and g.kind == n.claim.kind
                for g in annotated.get((set_name, doc, lang), ())))
                for lang, ns in nodes.items()}
        para = {(n.source, n.index): _paragraph_of(texts[n.source], n.claim.start)
                for ns in nodes.values() for n in ns}
        values: Counter[tuple[str, int, object]] = Counter()
        for ns in nodes.values():
            for n in ns:
                values[(n.source, para[(n.source, n.index)], _value(n))] += 1

        def label(x: Node, y: Node, para: dict[tuple[str, int], int] = para,
                  values: Counter[tuple[str, int, object]] = values) -> bool | None:
            px, py = para[(x.source, x.index)], para[(y.source, y.index)]
            if px != py:
                return False
            if values[(x.source, px, _value(x))] == 1 and \
                    values[(y.source, py, _value(y))] == 1 and \
                    relation(x.claim, y.claim) == "agree":
                return True
            return None

        yield from _pairs(f"{set_name}/{doc}", nodes, label)


def _value(n: Node) -> object:
    c = n.claim
    return (c.kind, c.low, c.high, c.date)


def story_pairs(aliases: AliasTable) -> Iterator[Pair]:
    folder = ROOT / "corpus" / "openai-musk"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    nodes = _nodes(texts, aliases)
    gold = load_gold("openai-musk")
    fact: dict[tuple[str, int], str] = {}
    for ns in nodes.values():
        for n in ns:
            found = [g for g in gold if same_claim(replace(n.claim, source=n.source), g)]
            if found and found[0].fact:
                fact[(n.source, n.index)] = found[0].fact
    kept = {lang: tuple(n for n in ns if (n.source, n.index) in fact)
            for lang, ns in nodes.items()}

    def label(x: Node, y: Node) -> bool:
        return fact[(x.source, x.index)] == fact[(y.source, y.index)]

    yield from _pairs("openai-musk", kept, label)


def _held_out(doc: str) -> bool:
    return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % 5 == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite align_weights.toml")
    parser.add_argument("--keep", default="", help="weights to leave at their current values")
    parser.add_argument("--json", action="store_true", help="figures as JSON on stdout")
    args = parser.parse_args(argv)
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
        from sklearn.model_selection import GroupKFold
    except ImportError:
        raise SystemExit("fit_weights.py needs scikit-learn: pip install scikit-learn") from None
    aliases = load_aliases()
    pairs = [*devdata_pairs(aliases), *story_pairs(aliases)]
    docs = sorted({p.doc for p in pairs})
    train = [p for p in pairs if not _held_out(p.doc)]
    test = [p for p in pairs if _held_out(p.doc)]
    X = np.array([p.features for p in train])
    y = np.array([p.linked for p in train])
    groups = np.array([p.doc for p in train])

    def model() -> LogisticRegression:
        return LogisticRegression(C=1.0, max_iter=2000)

    folds = []
    for fit_at, score_at in GroupKFold(n_splits=5).split(X, y, groups):
        m = model().fit(X[fit_at], y[fit_at])
        prob = m.predict_proba(X[score_at])[:, 1]
        folds.append((roc_auc_score(y[score_at], prob),
                      average_precision_score(y[score_at], prob)))
    final = model().fit(X, y)
    Xt = np.array([p.features for p in test])
    yt = np.array([p.linked for p in test])
    prob = final.predict_proba(Xt)[:, 1]
    hand = np.array([p.current for p in test])
    figures = {
        "documents": len(docs), "pairs": len(pairs),
        "linked": sum(p.linked for p in pairs),
        "train": {"documents": len({p.doc for p in train}), "pairs": len(train),
                  "linked": int(y.sum())},
        "held_out": {"documents": len({p.doc for p in test}), "pairs": len(test),
                     "linked": int(yt.sum())},
        "cv_auc": [round(a, 4) for a, _ in folds],
        "cv_average_precision": [round(b, 4) for _, b in folds],
        "held_out_auc": round(float(roc_auc_score(yt, prob)), 4),
        "held_out_average_precision": round(float(average_precision_score(yt, prob)), 4),
        "held_out_log_loss": round(float(log_loss(yt, prob)), 4),
        "hand_set_held_out_auc": round(float(roc_auc_score(yt, hand)), 4),
        "hand_set_held_out_average_precision":
            round(float(average_precision_score(yt, hand)), 4),
    }
    cfg = default_config()
    intercept = float(final.intercept_[0])
    coefs = dict(zip(FITTED, (float(c) for c in final.coef_[0]), strict=True))
    scale = cfg.merge_min / -intercept if intercept < 0 else 1.0
    keep = {k for k in args.keep.split(",") if k}
    learned = {name: round(coefs[name] * scale, 3) for name in FITTED if name not in keep}
    figures["intercept"] = round(intercept, 4)
    figures["scale"] = round(scale, 4)
    figures["weights"] = {n: {"hand_set": getattr(cfg, n), "learned": learned.get(n)}
                          for n in FITTED}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            if key != "weights":
                print(f"{key}: {value}")
        print(f"{'weight':<22} {'hand-set':>9} {'learned':>9}")
        for name in FITTED:
            print(f"{name:<22} {getattr(cfg, name):>9.3f} "
                  f"{learned.get(name, getattr(cfg, name)):>9.3f}")
    if args.write:
        write(learned, figures)
    return 0


def write(learned: dict[str, float], figures: dict[str, object]) -> None:
    """Rewrite the values of the learned weights in the data file, keeping the reasons and
    the order, and record where they came from."""
    text = WEIGHTS_FILE.read_text(encoding="utf-8")
    for name, value in learned.items():
        text, count = re.subn(rf"(?m)^({name} = {{ value = )[^,]+,", rf"\g<1>{value},", text)
        assert count == 1, name
    text = re.sub(r"(?ms)^\[fit\].*\Z", "", text).rstrip("\n") + "\n"
    text += (
        "\n[fit]\n# Written by benchmarks/fit_weights.py (see benchmarks/README.md).\n"
        f"fitted = {json.dumps(sorted(learned))}\n"
        f"documents = {figures['documents']}\npairs = {figures['pairs']}\n"
        f"held_out_auc = {figures['held_out_auc']}\n"
        f"hand_set_held_out_auc = {figures['hand_set_held_out_auc']}\n"
    )
    tomllib.loads(text)
    WEIGHTS_FILE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
