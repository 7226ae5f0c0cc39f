"""Speakers normalised across an archive, co-mentions and the timeline, on hand-built results."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.archive import affiliation, statement_date
from newsnlp.resources import DataError
from newsnlp.schema import (
    Article,
    Entity,
    Mention,
    Organization,
    Quote,
    Speaker,
    TimeExpression,
)
from newsnlp.speaker_names import (
    NameWords,
    PersonName,
    SpeakerMention,
    clean_name,
    cluster_speakers,
    compatible,
    parse_name,
    role_key,
    title_in_name,
)

ORG_NAMES = {
    "CSTO": "Organização do Tratado de Segurança Coletiva",
    "UN": "Organização das Nações Unidas",
    "MMA": "Ministério do Meio Ambiente",
    "PT": "Partido dos Trabalhadores",
    "WHO": "Organização Mundial da Saúde",
}
#: Text of every article built by :func:`article`, by id.
TEXTS: dict[str, str] = {}


def article(
    id: str,
    date: str,
    text: str,
    quotes: list[tuple[str, str | None, str | None]],
    orgs: dict[str, list[str]] | None = None,
    dates: list[tuple[str, str]] | None = None,
    people: list[str] | None = None,
) -> Article:
    """An Article with offsets found in ``text``.  quotes: (quote text, speaker name,
    the speaker mention as written after the quote, or None); orgs: id -> mentions."""
    TEXTS[id] = text

    def find(fragment: str, after: int = 0) -> tuple[int, int]:
        start = text.index(fragment, after)
        return start, start + len(fragment)

    built_quotes = []
    for quote_text, name, mention in quotes:
        start, end = find(quote_text)
        speaker = None
        if name is not None:
            where = find(mention, end) if mention else (None, None)
            speaker = Speaker(name, *where)
        built_quotes.append(Quote(quote_text, start, end, "direct", speaker, "disse"))
    organizations = []
    for org_id, mentions in (orgs or {}).items():
        found, after = [], 0
        for written in mentions:
            start, end = find(written, after)
            found.append(Mention(written, start, end))
            after = end
        organizations.append(Organization(org_id, ORG_NAMES[org_id], [], found))
    return Article(
        id=id,
        date=date,
        entities=[Entity(name, "PER", *find(name)) for name in people or []],
        organizations=organizations,
        quotes=built_quotes,
        dates=[TimeExpression(t, *find(t), "DATE", value) for t, value in dates or []],
    )


def archive() -> list[Article]:
    """Two people called Zas-like names four ways, two Silvas, two Costas, a pronoun."""
    return [
        article(
            "csto-1",
            "2022-02-16",
            "O secretário-geral da CSTO, Stanislav Zas, falou ontem na ONU. "
            '"A cooperação deve crescer", disse ontem Stanislav Zas. '
            '"Estamos prontos", acrescentou Zas.',
            [
                ("A cooperação deve crescer", "Stanislav Zas", "Stanislav Zas"),
                ("Estamos prontos", "Zas", "Zas"),
            ],
            orgs={"CSTO": ["CSTO"], "UN": ["ONU"]},
            dates=[("ontem", "2022-02-15")],
            people=["Stanislav Zas"],
        ),
        article(
            "csto-2",
            "2022-03-01",
            'A CSTO reuniu-se em Moscovo. "O terrorismo não tem fronteiras", disse S. Zas.',
            [("O terrorismo não tem fronteiras", "S. Zas", "S. Zas")],
            orgs={"CSTO": ["CSTO"]},
        ),
        article(
            "csto-3",
            "2022-04-10",
            'Segundo a OTSC, "a situação está sob controlo", afirmou Stanislav Zass.',
            [("a situação está sob controlo", "Stanislav Zass", "Stanislav Zass")],
            orgs={"CSTO": ["OTSC"]},
        ),
        article(
            "br-1",
            "2023-06-05",
            'A ministra do Meio Ambiente, Marina Silva, disse: "O desmatamento caiu". '
            'O presidente Luiz Inácio Lula da Silva, do PT, afirmou: "Vamos crescer".',
            [
                ("O desmatamento caiu", "Marina Silva", None),
                ("Vamos crescer", "Luiz Inácio Lula da Silva", None),
            ],
            orgs={"MMA": ["Meio Ambiente"], "PT": ["PT"]},
            people=["Marina Silva", "Luiz Inácio Lula da Silva"],
        ),
        article(
            "br-2",
            "2023-06-20",
            'No Ministério do Meio Ambiente, "a Amazónia precisa de fiscalização", disse Silva.',
            [("a Amazónia precisa de fiscalização", "Silva", "Silva")],
            orgs={"MMA": ["Ministério do Meio Ambiente"]},
        ),
        article(
            "br-3",
            "2023-07-02",
            'Na convenção do PT, "o partido está unido", disse Silva. "Obrigado", disse Lula.',
            [
                ("o partido está unido", "Silva", "Silva"),
                ("Obrigado", "Lula", "Lula"),
            ],
            orgs={"PT": ["PT"]},
        ),
        article(
            "br-4",
            "2023-07-03",
            '"Ninguém sabe", disse Silva. "Veremos", disse ele.',
            [("Ninguém sabe", "Silva", "Silva"), ("Veremos", "ele", "ele")],
        ),
        article(
            "pt-1",
            "2024-01-10",
            '"O orçamento é responsável", disse o primeiro-ministro António Costa. '
            '"Não concordo", respondeu o deputado Ricardo Costa.',
            [
                ("O orçamento é responsável", "o primeiro-ministro António Costa", None),
                ("Não concordo", "Ricardo Costa", None),
            ],
        ),
    ]


def speaker_of(table, article_id: str, quote: int) -> tuple[int, str]:
    row = table[(table.article_id == article_id) & (table.quote == quote)].iloc[0]
    return row.speaker_id, row.speaker


def test_one_person_named_four_ways_is_one_speaker():
    table = newsnlp.speakers(archive())
    zas = {
        speaker_of(table, a, q)
        for a, q in [("csto-1", 0), ("csto-1", 1), ("csto-2", 0), ("csto-3", 0)]
    }
    assert len(zas) == 1
    assert zas.pop()[1] == "Stanislav Zas"  # the most frequent full spelling


def test_people_sharing_a_surname_are_kept_apart_and_the_organisation_breaks_ties():
    table = newsnlp.speakers(archive())
    marina = speaker_of(table, "br-1", 0)
    lula = speaker_of(table, "br-1", 1)
    assert marina != lula
    assert marina[1] == "Marina Silva" and lula[1] == "Luiz Inácio Lula da Silva"
    assert speaker_of(table, "br-2", 0) == marina  # "Silva" at the Ministério do Meio Ambiente
    assert speaker_of(table, "br-3", 0) == lula  # "Silva" at the PT convention
    assert speaker_of(table, "br-3", 1) == lula  # "Lula", a given name used alone
    undecided = speaker_of(table, "br-4", 0)  # "Silva" with nothing to go on: not guessed
    assert undecided not in (marina, lula) and undecided[1] == "Silva"
    antonio, ricardo = speaker_of(table, "pt-1", 0), speaker_of(table, "pt-1", 1)
    assert antonio != ricardo and antonio[1] == "António Costa"


def test_the_role_in_the_text_breaks_a_tie_the_organisations_cannot():
    minister = article(
        "br-5",
        "2023-07-10",
        '"Vamos zerar o desmatamento", afirmou Silva, ministra do Meio Ambiente.',
        [("Vamos zerar o desmatamento", "Silva", "Silva")],
    )
    results = [*archive(), minister]
    with_roles = newsnlp.speakers(results, texts=TEXTS)
    marina = speaker_of(with_roles, "br-1", 0)
    assert with_roles.loc[with_roles.article_id == "br-1", "role"].tolist() == [
        "ministra",
        "presidente",
    ]
    assert speaker_of(with_roles, "br-5", 0) == marina
    assert speaker_of(newsnlp.speakers(results), "br-5", 0)[1] == "Silva"  # no text, no role


def test_organisations_quoted_as_sources_are_not_people():
    sources = [
        article(
            "who-1",
            "2024-02-21",
            '"Os casos aumentaram", disse a OMS. "Não há vacinas", afirmou o Hospital de '
            'Santa Maria. "Vamos investigar", disse Saúde.',
            [
                ("Os casos aumentaram", "OMS", "OMS"),
                ("Não há vacinas", "Hospital de Santa Maria", "Hospital de Santa Maria"),
                ("Vamos investigar", "Saúde", "Saúde"),
            ],
            orgs={"WHO": ["OMS"]},
        ),
        article(
            "who-2",
            "2024-02-22",
            '"Estamos atentos", disse Maia. "Vendemos", disse o grupo Bordon.',
            [("Estamos atentos", "Maia", "Maia"), ("Vendemos", "o grupo Bordon", "grupo Bordon")],
        ),
    ]
    table = newsnlp.speakers(sources)
    rows = table.set_index(["article_id", "quote"])
    assert rows.loc[("who-1", 0), "speaker"] == "WHO"
    assert rows.loc[("who-1", 1), "speaker"] == "Hospital de Santa Maria"
    assert rows.loc[("who-1", 0) : ("who-1", 1), "speaker_id"].isna().all()
    assert rows.loc[("who-2", 0), "speaker"] == "Maia"  # not "Santa Maria"
    assert rows.loc[("who-1", 2), "speaker"] == "Saúde"
    assert rows.loc[("who-2", 1), "speaker"] == "o grupo Bordon"


def test_a_pronoun_is_not_a_speaker_identity():
    table = newsnlp.speakers(archive())
    row = table[(table.article_id == "br-4") & (table.quote == 1)].iloc[0]
    assert row["name"] == "ele" and row["speaker"] == "ele"
    assert table.loc[table.name == "ele", "speaker_id"].isna().all()


def test_quotes_per_speaker_counts_quotes_articles_and_names():
    per_speaker = newsnlp.quotes_per_speaker(archive())
    top = per_speaker.iloc[0]
    assert top["speaker"] == "Stanislav Zas"
    assert (top["quotes"], top["articles"]) == (4, 3)
    assert top["names"] == ["S. Zas", "Stanislav Zas", "Stanislav Zass", "Zas"]
    assert top["organizations"][0] == "CSTO"
    assert (top["first"], top["last"]) == ("2022-02-16", "2022-04-10")
    lula = per_speaker[per_speaker.speaker == "Luiz Inácio Lula da Silva"].iloc[0]
    assert lula["quotes"] == 3 and lula["articles"] == 2
    assert list(per_speaker["quotes"]) == sorted(per_speaker["quotes"], reverse=True)


def test_org_comentions_counts_articles_mentioning_both():
    matrix = newsnlp.org_comentions(archive())
    assert matrix.loc["CSTO", "CSTO"] == 3
    assert matrix.loc["CSTO", "UN"] == matrix.loc["UN", "CSTO"] == 1
    assert matrix.loc["MMA", "PT"] == 1 and matrix.loc["CSTO", "PT"] == 0
    assert list(matrix.index) == list(matrix.columns) == ["CSTO", "MMA", "PT", "UN"]
    assert list(newsnlp.org_comentions(archive(), min_articles=2).index) == ["CSTO", "MMA", "PT"]


def test_timeline_dates_a_statement_by_its_attribution_else_by_publication():
    statements = newsnlp.timeline(archive())
    assert len(statements) == sum(len(a.quotes) for a in archive())
    first = statements.iloc[0]
    assert str(first["date"].date()) == "2022-02-15" and first["date_source"] == "text"
    assert first["speaker"] == "Stanislav Zas"
    published = statements[statements.article_id == "csto-2"].iloc[0]
    assert published["date_source"] == "published" and str(published["date"].date()) == "2022-03-01"
    assert statements["date"].is_monotonic_increasing


def test_a_date_inside_the_quotation_does_not_date_the_statement():
    text = '"A declaração de ontem foi importante", disse Zas.'
    start, end = 1, text.index('"', 1)
    quote = Quote(text[start:end], start, end, "direct", Speaker("Zas", 46, 49), "disse")
    when = TimeExpression(
        "ontem", text.index("ontem"), text.index("ontem") + 5, "DATE", "2022-02-15"
    )
    assert statement_date(Article("x", "2022-02-16", quotes=[quote], dates=[when]), quote) == (
        "2022-02-16",
        "published",
    )


def test_affiliation_is_the_nearest_organisation():
    br1 = archive()[3]
    assert affiliation(br1, br1.quotes[0]) == "MMA"
    assert affiliation(br1, br1.quotes[1]) == "PT"


def test_empty_archives_give_empty_frames_with_columns():
    assert list(newsnlp.speakers([]).columns)[:3] == ["article_id", "date", "quote"]
    assert newsnlp.quotes_per_speaker([]).empty and newsnlp.timeline([]).empty
    assert newsnlp.org_comentions([]).empty


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        ("Stanislav Zas", PersonName(("stanislav",), "zas")),
        ("S. Zas", PersonName(("s",), "zas")),
        ("o primeiro-ministro António Costa", PersonName(("antonio",), "costa")),
        ("Ursula von der Leyen", PersonName(("ursula",), "leyen")),
        ("Sr. Zas", PersonName((), "zas")),
        ("Montoro Filho", PersonName((), "montoro")),
        ("ele", None),
        ("o porta-voz", None),
    ],
)
def test_parse_name(name, parsed):
    assert parse_name(name) == parsed


def test_clean_name_drops_articles_and_titles_and_keeps_the_title_as_role():
    assert clean_name("a ministra Marina Silva") == "Marina Silva"
    assert clean_name("Dr. Tedros Adhanom") == "Tedros Adhanom"
    assert clean_name("von der Leyen") == "von der Leyen"
    assert clean_name("o porta-voz") == ""
    assert title_in_name("o primeiro-ministro António Costa") == "primeiro-ministro"
    assert title_in_name("Marina Silva") is None
    assert role_key("Ministra") == role_key("ministro")
    assert role_key("secretária-geral") == role_key("Secretário-Geral")


def test_compatible_names():
    zas, zass = parse_name("Stanislav Zas"), parse_name("Stanislav Zass")
    assert zas and zass and compatible(zas, zass)
    assert compatible(zas, parse_name("S. Zas"))  # type: ignore[arg-type]
    assert not compatible(zas, parse_name("Sergei Zas"))  # type: ignore[arg-type]
    assert not compatible(parse_name("Marina Silva"), parse_name("Lula da Silva"))  # type: ignore[arg-type]
    assert not compatible(parse_name("Maia"), parse_name("Joana Maria"))  # type: ignore[arg-type]
    assert not compatible(parse_name("S. Zass"), zas)
    assert compatible(parse_name("Lula"), parse_name("Luiz Inácio Lula da Silva"))  # type: ignore[arg-type]


def test_a_short_name_is_expanded_within_its_own_article_first():
    mentions = [
        SpeakerMention("a", "Sergei Zas", "X"),
        SpeakerMention("b", "Stanislav Zas", "CSTO"),
        SpeakerMention("b", "Zas", None, ("Stanislav Zas", "Vladimir Zainetdinov")),
    ]
    clusters = cluster_speakers(mentions)
    assert clusters.people[2] == clusters.people[1] != clusters.people[0]


def test_a_first_name_alone_is_matched_only_within_its_article():
    mentions = [
        SpeakerMention("a", "Steve Smith", None),
        SpeakerMention("b", "Steve", None),
        SpeakerMention("c", "Steve", None, ("Steve Smith",)),
        SpeakerMention("d", "Vitória Bruno da Costa", None),
        SpeakerMention("e", "Bruno", None),  # a first name, not her middle name
    ]
    people = cluster_speakers(mentions).people
    assert people[2] == people[0] != people[1]
    assert people[4] != people[3]


def test_a_short_name_with_another_role_is_not_attached():
    mentions = [
        SpeakerMention("a", "Noélia Soares", None, role="chefe"),
        SpeakerMention("b", "Soares", None, role="presidente"),
        SpeakerMention("c", "Stanislav Zas", None, role="secretário-geral"),
        SpeakerMention("d", "Zas", None, role="secretária-geral"),
        SpeakerMention("e", "Zas", None),
    ]
    people = cluster_speakers(mentions).people
    assert people[1] != people[0]
    assert people[2] == people[3] == people[4]


def test_user_titles_extend_the_name_words():
    words = NameWords(frozenset(), frozenset()).extended(titles=["Mestre"])
    assert parse_name("Mestre Marcos", words) == PersonName((), "marcos")
    assert parse_name("Mestre Marcos") == PersonName(("mestre",), "marcos")


def test_malformed_name_words_are_reported():
    with pytest.raises(DataError, match="titles"):
        NameWords.from_data({"titles": "sr", "particles": []}, "person_names.json")


@pytest.fixture()
def pyplot():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_plots_draw_the_archive_tables(pyplot):
    results = archive()
    bars = newsnlp.plot_top_speakers(newsnlp.quotes_per_speaker(results), n=3)
    assert [label.get_text() for label in bars.get_yticklabels()][-1] == "Stanislav Zas"
    assert len(bars.patches) == 3
    heat = newsnlp.plot_org_comentions(newsnlp.org_comentions(results))
    assert [label.get_text() for label in heat.get_xticklabels()] == ["CSTO", "MMA", "PT", "UN"]
    line = newsnlp.plot_timeline(newsnlp.timeline(results))
    points = sum(len(collection.get_offsets()) for collection in line.collections)
    assert points == sum(len(a.quotes) for a in results)


def test_plots_of_an_empty_archive_do_not_fail(pyplot):
    newsnlp.plot_top_speakers(newsnlp.quotes_per_speaker([]))
    newsnlp.plot_org_comentions(newsnlp.org_comentions([]))
    newsnlp.plot_timeline(newsnlp.timeline([]))
