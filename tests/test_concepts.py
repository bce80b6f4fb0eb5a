"""The cross-language concept lexicon: what a number counts or measures, in every language."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from reconcile.concepts import (
    concept_class,
    concept_ids,
    concept_near,
    concepts_of,
    counter_hints,
    documented_gaps,
    is_generic,
    lexicon,
)

LANGS = ("en", "fr", "id", "ja", "zh")


def _near(marked: str, lang: str) -> str | None:
    """concept_near on a sentence whose number is marked [[like this]]."""
    start = marked.index("[[")
    end = marked.index("]]") - 2
    sentence = marked.replace("[[", "").replace("]]", "")
    return concept_near(sentence, start, end, lang)


# (marked sentence, expected concept) per language. The same facts recur across languages
# (deaths, homes, votes, revenue, a distance that is not a death toll) so that the tables
# show one concept id meeting itself in five languages.
CASES: dict[str, list[tuple[str, str | None]]] = {
    "en": [
        ("[[2,140]] people died in the earthquake.", "dead"),
        ("The quake killed [[2,140]] people.", "dead"),
        ("At least [[2,140]] dead, officials said.", "dead"),
        ("The death toll rose to [[2,140]].", "dead"),
        ("[[2,140]] people were killed and hundreds hurt.", "dead"),
        ("Of the passengers, [[2,140]] were killed.", "dead"),
        ("[[12]] dead in the capital", "dead"),
        ("The epicentre was [[12]] km from the coast.", "distance"),
        ("[[1,200]] homes destroyed", "homes"),
        ("[[300]] houses were flooded", "homes"),
        ("[[400]] people were injured", "injured"),
        ("Some [[35]] people are still missing.", "missing"),
        ("Authorities evacuated [[10,000]] residents.", "residents"),
        ("[[10,000]] people were evacuated from the coast.", "evacuated"),
        # A verb of money after a generic count refines nothing: "spent the night".
        ("[[300]] people spent the night in a school gym.", "people"),
        ("She won [[5.2 million]] votes.", "votes"),
        ("Turnout was [[65%]].", "turnout"),
        ("The company reported [[$5 billion]] in revenue.", "revenue"),
        ("Revenue of [[$5 billion]] was reported.", "revenue"),
        ("a net loss of [[$300 million]]", "loss"),
        ("A magnitude [[6.5]] earthquake struck.", "magnitude"),
        ("at a depth of [[10]] km", "depth"),
        ("The fault lies [[10]] km deep.", "depth"),
        ("[[2,000]] Syrian refugees crossed the border.", "refugees"),
        ("Police arrested [[45]] protesters.", "protesters"),
        ("Police arrested [[45]] people.", "arrested"),
        ("[[3,000]] troops were deployed.", "soldiers"),
        ("Temperatures reached [[45]] degrees.", "temperature"),
        ("The firm cut [[5,000]] jobs.", "jobs"),
        ("[[12]] people in the capital", "people"),
        ("He is [[12]] years old.", None),
        ("It happened [[3]] times.", None),
        ("the [[2020]] election results", "elections"),
        ("[[1,000]] tonnes of rice", "weight"),
        ("seized [[12]] tonnes of cocaine", "weight"),
    ],
    "fr": [
        ("Le séisme a fait [[2 140]] morts.", "dead"),
        ("[[2 140]] personnes ont été tuées.", "dead"),
        ("sur un total de [[330 000]] ont été infectées", "cases"),
        ("Le séisme a tué [[2 140]] personnes.", "dead"),
        ("Le bilan s'élève à [[2 140]] morts.", "dead"),
        ("L'épicentre se trouvait à [[12]] km de la côte.", "distance"),
        ("[[1 200]] maisons détruites", "homes"),
        ("[[1 200]] logements ont été endommagés", "homes"),
        ("[[400]] blessés", "injured"),
        ("[[35]] personnes sont toujours portées disparues.", "missing"),
        ("[[3 millions]] de personnes ont été évacuées", "evacuated"),
        ("Elle a obtenu [[5,2 millions]] de voix.", "votes"),
        ("Le taux de participation a atteint [[65 %]].", "turnout"),
        ("un chiffre d'affaires de [[5 milliards d'euros]]", "revenue"),
        ("[[5 milliards d'euros]] de chiffre d'affaires", "revenue"),
        ("une perte nette de [[300 millions d'euros]]", "loss"),
        ("un séisme de magnitude [[6,5]]", "magnitude"),
        ("à [[10]] km de profondeur", "depth"),
        ("[[2 000]] réfugiés syriens", "refugees"),
        ("[[3 000]] soldats ont été déployés", "soldiers"),
        ("une ville de [[12 000]] habitants", "residents"),
        ("[[12]] personnes dans la capitale", "people"),
        ("contribuer à hauteur de [[675 millions de dollars]] au fonds", "funding"),
        ("contribuer à hauteur de [[675 millions de dollars]].", None),
        ("Il a [[12]] ans.", None),
    ],
    "id": [
        ("Sebanyak [[2.140]] orang tewas dalam gempa itu.", "dead"),
        ("Gempa itu menewaskan [[2.140]] orang.", "dead"),
        ("Jumlah korban jiwa mencapai [[2.140]] orang.", "dead"),
        ("[[2.140]] orang meninggal dunia", "dead"),
        ("Pusat gempa berada [[12]] km dari pantai.", "distance"),
        ("[[1.200]] rumah rusak berat", "homes"),
        ("[[400]] orang luka-luka", "injured"),
        ("[[35]] orang yang dinyatakan hilang", "missing"),
        ("[[10.000]] warga dievakuasi", "residents"),
        ("[[10.000]] orang dievakuasi", "evacuated"),
        ("Ia meraih [[5,2 juta]] suara.", "votes"),
        ("pendapatan sebesar [[Rp 5 triliun]]", "revenue"),
        ("kerugian bersih [[Rp 300 miliar]]", "loss"),
        ("gempa bermagnitudo [[6,5]]", "magnitude"),
        ("pada kedalaman [[10]] km", "depth"),
        ("[[2.000]] pengungsi Suriah", "refugees"),
        ("[[3.000]] tentara dikerahkan", "soldiers"),
        ("[[12]] orang di ibu kota", "people"),
        ("kota itu berpenduduk [[40.000]] jiwa", "population"),
        ("selama [[12]] tahun", None),
        ("ada [[lima]] saat kritis sepanjang hari", None),
    ],
    "ja": [
        # After が only a predicate names what is counted (no count of schools).
        ("[[300人]]が学校の体育館で夜を過ごした。", "people"),
        ("[[100人]]が死亡した。", "dead"),
        ("死者は[[2146人]]に上った。", "dead"),
        ("[[2146人]]が死亡した。", "dead"),
        ("[[2146人]]死亡", "dead"),
        ("地震で[[2146人]]の死者が出た。", "dead"),
        ("震源は海岸から[[12]]キロメートルの地点。", "distance"),
        ("住宅[[1200戸]]が全壊した。", "homes"),
        ("[[1200戸]]が全壊", "homes"),
        ("[[400人]]が負傷した", "injured"),
        ("行方不明者は[[35人]]", "missing"),
        ("[[1万人]]以上が避難した", "evacuated"),
        ("[[520万]]票を獲得した", "votes"),
        ("投票率は[[65%]]だった", "turnout"),
        ("売上高は[[50億円]]", "revenue"),
        ("最終赤字は[[300億円]]", "loss"),
        ("マグニチュード[[6.5]]の地震", "magnitude"),
        ("震源の深さは[[10]]キロメートル", "depth"),
        ("[[3000人]]の兵士", "soldiers"),
        ("[[2010]]年に", None),
        ("武器は[[5人]]目の男に向けられた", None),
        ("都市の[[5万人]]が隔離された", "quarantined"),
        ("[[12]]歳の少年", None),
    ],
    "zh": [
        ("地震造成[[2146人]]死亡。", "dead"),
        ("死者[[2146人]]", "dead"),
        ("死亡人数达[[2146人]]。", "dead"),
        ("地震已致[[2146]]人遇难。", "dead"),
        ("震中距离海岸[[12]]公里。", "distance"),
        ("[[1200]]户房屋倒塌", "homes"),
        ("[[1200]]户", "homes"),
        ("死亡2146人，受伤[[1000人]]", "injured"),
        ("另有[[35人]]失踪", "missing"),
        ("[[1万]]多人紧急撤离", "evacuated"),
        ("获得[[520万]]张选票", "votes"),
        ("投票率为[[65%]]", "turnout"),
        ("营收[[50亿元]]", "revenue"),
        ("捐赠[[1000]]人民币", "donations"),
        ("净亏损[[3亿元]]", "loss"),
        ("[[6.5]]级地震", "magnitude"),
        ("震级[[6.5]]", "magnitude"),
        ("震源深度[[10]]公里", "depth"),
        ("[[3000]]名士兵", "soldiers"),
        ("人口数量不足[[4万]]", "population"),
        ("一台设备可进行[[4,128]]次检测", "tests"),
        ("全球至少有[[118381例]]。", "cases"),
        ("购买了[[350万]]个检测盒", "kits"),
        ("[[2010]]年", None),
        ("对北部城市的[[5万]]多人进行隔离", "people"),
        ("[[38.7%]]的家庭有用肥皂洗手的习惯", "homes"),
        ("他今年[[12]]岁", None),
    ],
}


@pytest.mark.parametrize(
    ("lang", "marked", "want"),
    [(lang, marked, want) for lang, rows in CASES.items() for marked, want in rows],
)
def test_concept_near(lang: str, marked: str, want: str | None) -> None:
    assert _near(marked, lang) == want


def test_one_fact_in_five_languages() -> None:
    """The same death toll reads as the same concept whatever the language."""
    marked = {
        "en": "[[2,140]] people died",
        "fr": "[[2 140]] morts",
        "id": "[[2.140]] orang tewas",
        "ja": "死者[[2146人]]",
        "zh": "[[2146人]]死亡",
    }
    assert {lang: _near(text, lang) for lang, text in marked.items()} == dict.fromkeys(
        marked, "dead"
    )


def test_a_distance_is_not_a_death_toll() -> None:
    assert _near("[[12]] dead in the capital", "en") == "dead"
    assert _near("[[12]] km from the coast", "en") not in {"dead", "injured", "people"}


def test_catalogue_ids_are_snake_case_and_classed() -> None:
    ids = concept_ids()
    assert len(ids) >= 250
    assert all(cid.isascii() and cid == cid.lower() and " " not in cid for cid in ids)
    assert all(concept_class(cid) for cid in ids)
    assert concept_class("dead") == "casualty"
    assert concept_class("magnitude") == "measure"
    assert is_generic("people") and not is_generic("dead")


@pytest.mark.parametrize("lang", LANGS)
def test_every_concept_has_words(lang: str) -> None:
    """Every concept is named in every language, or its gap is documented in the catalogue."""
    named = set(concepts_of(lang).values())
    missing = set(concept_ids()) - named - documented_gaps(lang)
    assert not missing


@pytest.mark.parametrize("lang", LANGS)
def test_no_surface_names_two_concepts(lang: str) -> None:
    """Within one language a phrase names one concept, across nouns and predicates."""
    ref = resources.files("reconcile.lang").joinpath("data", "concepts", f"{lang}.toml")
    data = tomllib.loads(ref.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    clashes = []
    for role in ("nouns", "predicates"):
        for concept, words in data[role].items():
            assert concept in concept_ids(), concept
            for word in words:
                key = word.casefold()
                if seen.setdefault(key, concept) != concept:
                    clashes.append((word, seen[key], concept))
    assert not clashes
    # The compiled lexicon agrees (it raises on a clash too).
    assert len(lexicon(lang).entries) > 300


@pytest.mark.parametrize("lang", ("ja", "zh"))
def test_counters_are_hints_for_known_concepts(lang: str) -> None:
    hints = counter_hints(lang)
    assert hints["人"] == "people"
    assert set(hints.values()) <= set(concept_ids())


def test_unknown_language_knows_nothing() -> None:
    assert concepts_of("xx") == {}
    assert concept_near("12 dead", 0, 2, "xx") is None
