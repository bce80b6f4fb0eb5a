"""A made-up story in four versions for alignment tests and the second perturbation study.

en, id and ja are translations of one another (same claims, same order); id slips a scale
word (190 juta = 190 million for 1.9 million). fr is an article of its own: other order,
other sentences, fewer claims. Paragraphs are long enough to be read as article text, not
site furniture.
"""

from __future__ import annotations

from collections.abc import Mapping

from reconcile.api import document_from_text
from reconcile.model import Source, Story

EN = """\
Acme Robotics was founded in Boston in 2015 by Maria Lopez and two partners.

In 2015 Acme pledged $1 billion to its new research lab in Boston.

The lab hired 40 engineers in its first year, most of them from Stanford.

In 2016 the chief scientist, Viktor Halden, earned more than $1.9 million, which kept \
him from joining Globex.

In 2017 Lopez asked the board for a raise of $100,000-$200,000 for every researcher.

The same year a funding round led by Initech targeted $1 billion.

In 2019 Globex invested $1 billion in Acme and took a 20% stake.
"""

ID = """\
Acme Robotics didirikan di Boston pada tahun 2015 oleh Maria Lopez dan dua mitranya.

Pada tahun 2015 Acme menjanjikan 1 miliar dolar untuk laboratorium riset barunya di Boston.

Laboratorium itu merekrut 40 insinyur pada tahun pertamanya, kebanyakan dari Stanford.

Pada tahun 2016 kepala ilmuwan, Viktor Halden, memperoleh lebih dari 190 juta dolar, \
sehingga ia tidak bergabung dengan Globex.

Pada tahun 2017 Lopez meminta dewan untuk menaikkan gaji sebesar $100.000-$200.000 bagi \
setiap peneliti.

Pada tahun yang sama, putaran pendanaan yang dipimpin Initech menargetkan 1 miliar dolar.

Pada tahun 2019 Globex menginvestasikan 1 miliar dolar di Acme dan mengambil 20% saham.
"""

JA = """\
Acme Roboticsは2015年にボストンでMaria Lopezと2人のパートナーによって設立された。

2015年、Acmeはボストンの新しい研究所に10億ドルを約束した。

研究所は最初の年に40人のエンジニアを採用し、その多くはStanford出身だった。

2016年、チーフサイエンティストのViktor Haldenは190万ドル以上を稼ぎ、Globexへの移籍を思いとどまった。

2017年、Lopezは研究者1人につき10万〜20万ドルの昇給を取締役会に求めた。

同じ年、Initechが主導した資金調達ラウンドは10億ドルを目標とした。

2019年、GlobexはAcmeに10億ドルを投資し、20%の株式を取得した。
"""

# Every paragraph dates itself, so reordering them changes no claim's context year.
FR_PARAGRAPHS = (
    "Globex a pris le contrôle d'une partie d'Acme Robotics : en 2019, le groupe a investi "
    "1 milliard de dollars pour 20 % du capital.",
    "Fondée à Boston, la société avait déjà reçu la promesse de 1 milliard de dollars en "
    "2015, selon ses statuts.",
    "En 2017, un tour de table mené par Initech visait 1 milliard de dollars. Personne ne "
    "sait combien a été levé.",
    "Selon un ancien employé, Viktor Halden touchait plus de 1,9 million de dollars en 2016.",
    "En 2020, la direction de l'entreprise comptait 12 personnes, dont quatre anciens "
    "chercheurs de Stanford.",
)
FR = "\n\n".join(FR_PARAGRAPHS) + "\n"

LANGS = {"en": "en", "id": "id", "ja": "ja", "fr": "fr"}


def make_story(texts: Mapping[str, str], story_id: str = "acme") -> Story:
    sources = []
    for sid, text in texts.items():
        lang = LANGS.get(sid, sid.split("-")[0])  # "fr-daily": a second French version
        doc = document_from_text(text, lang, source_id=sid)
        sources.append(Source(sid, f"{sid}.txt", lang, doc))
    return Story(story_id, story_id, tuple(sources))


def four_versions(fr: str = FR) -> dict[str, str]:
    return {"en": EN, "fr": fr, "id": ID, "ja": JA}
