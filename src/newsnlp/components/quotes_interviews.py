"""Dialogue dashes and printed interviews: ``— Não vamos desistir — disse o
ministro``, ``R. -- …``, ``TOM GORMAN -- …``, ``A.H.: …``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from .entity_rules import LINK_IMPERATIVES, is_capitals_word
from .name_spans import is_first_name
from .quote_context import (
    CLAUSE_ENDS,
    DASHES,
    MIN_UNCUED_WORDS,
    PAIRS,
    QuoteContext,
    QuoteRecord,
    looks_infinitive,
    split_at_inner_cues,
    strip_range,
    word_count,
)
from .role_phrases import name_mention_at
from .speaker_lexicon import NAME_PARTICLES, Mention


def _opens_paragraph(ctx: QuoteContext, i: int) -> bool:
    """Whether token ``i`` is the first of a paragraph (or of the text)."""
    return not i or "\n" in ctx.text[i - 1] or ctx.whitespace[i - 1].endswith("\n")


def _paragraph_end(ctx: QuoteContext, i: int) -> int:
    """Exclusive end of the paragraph token ``i`` is in (the next line break)."""
    while i < len(ctx.doc) and "\n" not in ctx.text[i]:
        i += 1
    return i


def dialogue_quotes(ctx: QuoteContext) -> Iterator[QuoteRecord]:
    """Paragraphs opened by a dialogue dash: ``— Não vamos desistir — disse o ministro.``

    Without a cue of its own, a lone dashed paragraph between narration is by whom
    the narration just introduced ("Rizzo relatou tudo.\n\n- A gente estava …"); in
    a run of them (an exchange) nobody is named.
    """
    doc = ctx.doc
    turns = [
        i
        for i, text in enumerate(ctx.text)
        if text in DASHES
        and i + 1 < len(doc)
        and _opens_paragraph(ctx, i)
        and (ctx.whitespace[i] or not doc[i + 1].is_alpha)
    ]
    ends = [_paragraph_end(ctx, i + 1) for i in turns]
    listed = [_list_item(ctx, i, end) for i, end in zip(turns, ends, strict=True)]
    announced = False  # the run of dashed lines follows "os critérios abaixo:"
    author: tuple[int, Mention] | None = None  # … or "Sebastian Rodriguez, coordenador:"
    for n, (i, end) in enumerate(zip(turns, ends, strict=True)):
        pieces, cue = split_at_inner_cues(ctx, i + 1, end)
        follows_a_turn = n > 0 and _next_paragraph(ctx, ends[n - 1]) == i
        if not (announced and follows_a_turn):
            announced, author = _announced_list(ctx, i), _list_author(ctx, i)
            announced = announced or author is not None
        if cue is None and author is not None:
            colon, listed_by = author
            for a, b in pieces:  # the points a named person made, listed: reported, no marks
                yield QuoteRecord(a, b, "indirect", colon, colon + 1, listed_by, "mention", a)
            continue
        if cue is None and (announced or listed[n] or (follows_a_turn and listed[n - 1])):
            continue  # "- a;\n- b." : the list's last item ends with a full stop
        exchange = follows_a_turn or (
            n + 1 < len(turns) and _next_paragraph(ctx, end) == turns[n + 1]
        )
        for a, b in pieces:
            if cue is not None:
                cue_start, cue_end, mention, rule = cue
                yield QuoteRecord(a, b, "direct", cue_start, cue_end, mention, rule, cue_start)
            else:
                rule = "none" if exchange else "previous"
                yield QuoteRecord(a, b, "direct", None, None, None, rule, a)


#: The most tokens of a dialogue line run into a paragraph, up to the dash of its cue.
MAX_RUN_IN_LINE = 150


def run_in_dialogue_quotes(ctx: QuoteContext) -> Iterator[QuoteRecord]:
    """Dialogue lines run into a paragraph whose breaks were lost, each after a
    sentence's end and closed by the dash of its cue: "… no país. – O custo com a
    evasão é maior. – explicou nesta segunda …"."""
    doc = ctx.doc
    for i, text in enumerate(ctx.text):
        if (
            text not in DASHES
            or i + 1 >= len(doc)
            or _opens_paragraph(ctx, i)
            or ctx.text[i - 1] not in LINE_ENDS
            or not ctx.whitespace[i]
            or not ctx.text[i + 1][:1].isupper()
        ):
            continue
        for j in range(i + 2, min(len(doc), i + MAX_RUN_IN_LINE)):
            if "\n" in ctx.text[j] or "\n" in ctx.whitespace[j]:
                break
            if ctx.text[j] not in DASHES:
                continue
            verb = ctx.skip_adverbs(j + 1, len(doc))
            if verb < len(doc) and ctx.is_verb(verb) and not looks_infinitive(doc[verb]):
                mention, rule = ctx.speaker_of(verb, ctx.clause_end(verb))
                start, end = strip_range(doc, i + 1, j)
                if word_count(doc, start, end) >= MIN_UNCUED_WORDS:
                    yield QuoteRecord(start, end, "direct", verb, verb + 1, mention, rule, verb)
            break  # the next dash closes the line, a cue's or not


def _next_paragraph(ctx: QuoteContext, i: int) -> int:
    """The first token at or after ``i`` that is not a line break."""
    while i < len(ctx.doc) and not ctx.text[i].strip():
        i += 1
    return i


#: What a line of speech ends with; a dashed line without it is a heading or a list item.
LINE_ENDS = frozenset({".", "!", "?", "...", "…", "»", '"', "”"})


def _announced_list(ctx: QuoteContext, dash: int) -> bool:
    """A dashed line after a colon that announces a list, no one speaking: "de acordo
    com os critérios abaixo:\n- Pessoas que tiveram dengue …"; not "Ele disse:\n- Não."."""
    k = _colon_before(ctx, dash)
    if k is None:
        return False
    floor = ctx.clause_start(k)
    if any(ctx.is_verb(j) for j in range(floor, k)):
        return False
    if any(ctx.lower[j] in LIST_ANNOUNCERS for j in range(floor, k)):
        return True
    # a heading of its own paragraph: "Pesquisa Nacional do Aborto (2016, acesse aqui):"
    heading = _paragraph_start(ctx, k)
    return (
        not any(
            ctx.is_verb(j) or ctx.text[j] in CLAUSE_ENDS or ctx.lower[j] in DIALOGUE_NOUNS
            for j in range(heading, k)
        )
        and word_count(ctx.doc, heading, k) >= MIN_HEADING_WORDS
    )


#: Nouns that announce a dialogue, not a list: "a seguinte conversa entre dois adeptos:".
DIALOGUE_NOUNS = frozenset({"conversa", "conversas", "diálogo", "diálogos", "entrevista"})


def _colon_before(ctx: QuoteContext, dash: int) -> int | None:
    """The colon closing the paragraph before a dashed line, if it ends so."""
    k = dash - 1
    while k >= 0 and not ctx.text[k].strip():
        k -= 1
    return k if k >= 0 and ctx.text[k] in COLONS else None


def _paragraph_start(ctx: QuoteContext, i: int) -> int:
    """The first token of the paragraph token ``i`` is in."""
    while i > 0 and not _opens_paragraph(ctx, i):
        i -= 1
    return i


def _list_author(ctx: QuoteContext, dash: int) -> tuple[int, Mention] | None:
    """The colon and the person of a paragraph that only names someone before a dashed
    list ("Sebastian Rodriguez, Coordenador dos Programas da ONG:"): the list is theirs."""
    k = _colon_before(ctx, dash)
    if k is None:
        return None
    floor = _paragraph_start(ctx, k)
    named = name_mention_at(ctx.doc, floor, k, ctx.nouns)
    if named is None or named.kind != "name" or ctx.text[named.end] not in (",", ":"):
        return None
    if any(ctx.is_verb(j) or ctx.text[j] in CLAUSE_ENDS for j in range(floor, k)):
        return None  # "Ele disse:\n- Não." is a dialogue
    return k, named


#: The fewest words of a heading that announces a list ("Lula:" labels a turn).
MIN_HEADING_WORDS = 3


#: Words that announce a list before its colon ("os critérios abaixo:", "a seguir:");
#: not "seguinte" ("a seguinte conversa:" opens a dialogue).
LIST_ANNOUNCERS = frozenset({"abaixo", "seguir", "confira", "veja"})


def _list_item(ctx: QuoteContext, dash: int, end: int) -> bool:
    """A dashed line of a list, not a turn of dialogue.

    "no qual se procurou:\n- discutir …;\n- identificar …": the item ends with
    ";" or "," or without a sentence's final mark.
    """
    last = end - 1
    while last > dash and ctx.doc[last].is_space:
        last -= 1
    return ctx.text[last] in (";", ",") or ctx.text[last] not in LINE_ENDS


#: Labels of an interview's turns: answers ("R. --") and questions ("P. --").
ANSWER_LABELS = frozenset({"r", "resposta"})


QUESTION_LABELS = frozenset({"p", "pergunta"})


#: Papers that label their own questions in run-in interviews ("Folha -- O sr. acredita …?").
OUTLET_LABELS = frozenset(
    {"folha", "público", "dn", "expresso", "jn", "visão", "veja", "lusa", "sol", "observador"}
    | {"estadão", "estado", "g1", "uol", "época", "istoé", "exame", "valor", "globo"}
    | {"bbc", "dw", "cnn", "afp", "efe", "reuters", "cbn", "band", "sbt", "globonews"}
)


#: What closes an interview turn's label besides a dash: "A.H.:", "Almeida Henriques (A.H.):".
COLONS = frozenset({":", "):"})


#: What closes a transcript's note before the next turn: "[inaudível] Joesley: …", "(...) AÉCIO: …".
STAGE_DIRECTION_ENDS = frozenset({"]", ")"})


#: The most tokens a turn's label takes ("Narana Coissoró, líder parlamentar do CDS --").
MAX_LABEL_TOKENS = 10


#: A labelled turn: (label start, separator, content start, content end).
Turn = tuple[int, int, int, int]


def interview_quotes(
    ctx: QuoteContext, turns: Sequence[Turn], conversation: bool
) -> Iterator[QuoteRecord]:
    """Turns of a printed interview, one a paragraph: "R. -- …", "TOM GORMAN -- …".

    An answer labelled "R." is the interviewee's: the person the last named turn
    labelled (else the last speaker); a turn labelled with a name is that
    person's; questions ("P. --", or a turn that ends in "?") are the
    interviewer's and left out.  A text is an interview with two labelled turns,
    one of them a question, or with an answer labelled "R." (an excerpt).
    ``conversation``: the turns' ``is_conversation``, whose voices' questions are said
    too ("Aécio — …? Joesley — …"), not an interviewer's.
    """
    doc = ctx.doc
    words_of = [_label_key(ctx.lower[label:dash]) for label, dash, _, _ in turns]
    questions = [_question_turn(ctx, turn) for turn in turns]
    keys = Counter(words_of)
    labels = set(keys)
    questioned = sum(label > 0 and ctx.text[label - 1] == "?" for label, _, _, _ in turns)
    colon_keys = Counter(
        words
        for words, (_, dash, _, _) in zip(words_of, turns, strict=True)
        if ctx.text[dash] in COLONS
    )
    recorded = _voices_take_turns(colon_keys)  # "Joesley Batista : … Michel Temer : …"
    # "DW Brasil: …? Roberto Colin: Ela tem … Como o senhor avalia …? Abre …": one
    # labelled answer after a question, the rest of the interview run into it
    continued = (
        len(turns) == 1
        and questioned == 1
        and _label_name(ctx, turns[0][0], turns[0][1]) is not None
        and len(_answers_in_turn(ctx, turns[0][2], turns[0][3], addressed=True)) >= MIN_EXCHANGES
    )
    asked = continued or (
        len(turns) >= 2 and (any(questions) or questioned >= MIN_EXCHANGES or recorded)
    )
    if not asked and not labels & ANSWER_LABELS:
        return  # one "Name -- Title" line is a heading; "Hélder -- O central …" a rubric
    run_in = any(not _opens_paragraph(ctx, label) for label, _, _, _ in turns)
    # run-in turns need "P.", "R.", the paper asking or two voices taking turns ("BBC
    # Brasil - …? João Viola - …"): "Alverca -- Sem …" is a rubric
    exchanged = (
        _voices_take_turns(keys)
        or questioned >= MIN_EXCHANGES  # "…? Beto Brant: …. …? Pitanga: …"
        or continued
    )
    if run_in and not exchanged and not labels & (ANSWER_LABELS | QUESTION_LABELS | OUTLET_LABELS):
        return
    interviewee: Mention | None = None
    aliases: dict[str, Mention] = {}  # "Almeida Henriques (A.H.):" then "A.H.:"
    names = [_label_name(ctx, label, dash) for label, dash, _, _ in turns]
    # a hearing's transcript: three people or roles or more, whose questioners ("Juiz -",
    # "MPF:") speak too; with one interviewee, one asks for the paper ("DRV: …?")
    hearing = (conversation or recorded) and _voices(ctx, turns, names) >= MIN_HEARING_VOICES
    once = len(turns) <= 2  # labels recurring take the turns; an answer may ask
    for (label, dash, start, stop), words, question, named in zip(
        turns, words_of, questions, names, strict=True
    ):
        if words in OUTLET_LABELS or (question and not conversation and named is None):
            continue  # the paper's turns are its own questions, "?" or not; a judge's are his
        if interviewee is not None and words == _initials(ctx, interviewee):
            aliases[words] = interviewee  # "Wilker Barreto: …" then "WB: …"
        if words in ANSWER_LABELS or words in aliases:
            speaker = aliases.get(words, interviewee)
            rule = "mention" if speaker is not None else "previous"
            for a, b in _answers_in_turn(ctx, start, stop) if once else [(start, stop)]:
                yield QuoteRecord(a, b, "direct", dash, dash + 1, speaker, rule, a)
            continue
        speaker = named
        if speaker is None and hearing:
            speaker = _label_voice(ctx, label, dash, keys[words])  # a transcript's "MPF:"
        if speaker is not None and (asked or word_count(doc, start, stop) >= MIN_UNCUED_WORDS):
            interviewee = speaker
            if speaker.end + 1 < dash and ctx.text[speaker.end] == "(":
                aliases[_label_key(ctx.lower[speaker.end + 1 : dash])] = speaker
            for a, b in _answers_in_turn(ctx, start, stop) if once else [(start, stop)]:
                yield QuoteRecord(a, b, "direct", dash, dash + 1, speaker, "mention", a)


def is_conversation(ctx: QuoteContext, turns: Sequence[Turn]) -> bool:
    """Whether two voices of the turns state things ("Aécio — …? Joesley — …"), as in
    a recorded conversation, not only one interviewee answering the paper."""
    stating = {
        _label_key(ctx.lower[turn[0] : turn[1]]) for turn in turns if not _question_turn(ctx, turn)
    }
    return len(stating - ANSWER_LABELS - QUESTION_LABELS - OUTLET_LABELS) >= 2


def _answers_in_turn(
    ctx: QuoteContext, start: int, stop: int, addressed: bool = False
) -> list[tuple[int, int]]:
    """The answers in an answer's turn into which the rest of the interview ran, the
    paper labelling only its first exchange ("Estado - …? Rodrigo Janot - Achei
    inacreditável. … Qual retorno sugere que Renan conseguiria? Não sei. …"): the
    runs of statements between at least MIN_EXCHANGES questions (one of them put to
    someone, if ``addressed``); else the turn whole."""
    sentences = _sentences(ctx, start, stop)
    asked = _questions(ctx, sentences)
    put = any(q and _addressed(ctx, a, b) for (a, b), q in zip(sentences, asked, strict=True))
    if sum(asked) < MIN_EXCHANGES or (addressed and not put):
        return [(start, stop)]
    answers: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(sentences):
        if asked[n]:
            continue
        if n and not asked[n - 1] and answers:
            answers[-1] = (answers[-1][0], b)
        else:
            answers.append((a, b))
    trimmed = [strip_range(ctx.doc, a, b) for a, b in answers]
    return [(a, b) for a, b in trimmed if b > a]


#: The most words an interviewer's question paragraph takes.
MAX_QUESTION_WORDS = 60
#: Question-and-answer pairs that make an unlabelled interview (one is a rhetorical question).
MIN_EXCHANGES = 2


def _voices_take_turns(labels: Counter[str]) -> bool:
    """Whether two labels (by their key or last word) each open MIN_EXCHANGES turns."""
    return sum(count >= MIN_EXCHANGES for count in labels.values()) >= 2


def answer_quotes(ctx: QuoteContext, turns: Sequence[Turn]) -> Iterator[QuoteRecord]:
    """Answers of an interview printed without labels: a paragraph that asks ("Qual a
    expectativa para Tóquio?"), then the interviewee's answer up to the next question.

    The text must ask at least twice, each time answered, mostly in the first person,
    unless the paper labelled a question of its own ("Folha - …?" opening the
    interview, the rest unlabelled); the last answer is one paragraph.  The
    interviewee is the last speaker.  A paragraph into which an interview ran its
    questions and answers counts as one paragraph to each (see _run_in_exchanges).
    """
    labels = [turn[0] for turn in turns]
    paragraphs = [
        unit
        for a, b in _paragraphs(ctx)
        # an interview labelling its turns is interview_quotes's
        for unit in ([(a, b)] if any(a <= k < b for k in labels) else _run_in_exchanges(ctx, a, b))
    ]
    asks = [_asks(ctx, a, b) for a, b in paragraphs]
    answers: list[tuple[int, int, int]] = []  # question's start, answer's start and end
    for n in range(len(paragraphs) - 1):
        if not asks[n] or asks[n + 1]:
            continue
        following = next((m for m in range(n + 1, len(paragraphs)) if asks[m]), None)
        last = n + 1 if following is None else following - 1
        answer = strip_range(ctx.doc, paragraphs[n + 1][0], paragraphs[last][1])
        answers.append((paragraphs[n][0], *answer))
    answers = [a for a in answers if not _list_marker(ctx, a[1])]  # an FAQ's steps
    spoken = [a for a in answers if _in_first_person(ctx, a[1], a[2])]
    interviewed = any(
        _label_key(ctx.lower[turn[0] : turn[1]]) in OUTLET_LABELS | QUESTION_LABELS
        and _question_turn(ctx, turn)
        for turn in turns
    )
    put = sum(
        asks[n] and _addressed(ctx, *paragraphs[n]) for n in range(len(paragraphs))
    )  # "O senhor colocaria …?": questions to someone, not an FAQ's nor a quiz's
    exchanged = put >= MIN_ADDRESSED_QUESTIONS and 2 * len(answers) >= sum(asks)
    if (interviewed or exchanged) and len(answers) >= MIN_EXCHANGES:
        spoken = answers  # "Folha - …?" asked first: the answers after it are the interviewee's
    if len(spoken) < MIN_EXCHANGES or 2 * len(spoken) < len(answers):
        return  # a quiz, an FAQ or a list of questions: no one answers in the first person
    for asked, start, end in answers:
        if word_count(ctx.doc, start, end) >= MIN_UNCUED_WORDS:
            # resolved where its question starts: whom the question quotes never answers
            yield QuoteRecord(start, end, "direct", None, None, None, "answer", asked)


def asked_answers(ctx: QuoteContext, turns: Sequence[Turn]) -> Iterator[QuoteRecord]:
    """Answers run in after questions that only the paper labels, its paragraph breaks
    lost: "BBC Mundo - Quão profundo é esse problema? A forma como … BBC Mundo - …?".

    One label opens every turn, and most turns (at least MIN_EXCHANGES) ask first;
    what follows a question up to the next label is the interviewee's.
    """
    if len({_label_key(ctx.lower[t[0] : t[1]]) for t in turns}) != 1:
        return
    answers = []
    for label, _dash, start, stop in turns:
        asked = next((k for k in range(start, stop) if ctx.text[k] == "?"), None)
        if asked is None or word_count(ctx.doc, start, asked) > MAX_QUESTION_WORDS:
            continue  # "Mas Trump diz que …..." asks without a question mark
        answer = strip_range(ctx.doc, asked + 1, stop)
        if answer[1] > answer[0] and ctx.text[answer[0]][:1].isupper():
            answers.append((label, *answer))
    if len(answers) < MIN_EXCHANGES or 2 * len(answers) < len(turns):
        return
    for label, start, end in answers:
        if word_count(ctx.doc, start, end) >= MIN_UNCUED_WORDS:
            yield QuoteRecord(start, end, "direct", None, None, None, "answer", label)


#: Marks that open a list's item: "1. É bem simples …", "• Inspire-se: …".
ITEM_MARKS = frozenset({"•", "*", "·"})


def _list_marker(ctx: QuoteContext, i: int) -> bool:
    """Whether token ``i`` opens a list's item ("1.", "2)", "•"), not an answer."""
    if ctx.text[i] in ITEM_MARKS:
        return True
    numbered = ctx.text[i].rstrip(".)")
    return numbered.isdigit() and (
        ctx.text[i] != numbered or (i + 1 < len(ctx.doc) and ctx.text[i + 1] in (".", ")"))
    )


#: Pronouns and possessives of the first person, in an interviewee's answer.
I_WORDS = frozenset({"eu", "me", "mim", "comigo", "meu", "minha", "meus", "minhas"})
FIRST_PERSON_WORDS = I_WORDS | {"nós", "nosso", "nossa", "nossos", "nossas", "conosco", "connosco"}


#: Verb endings of "nós" ("temos", "sofremos", "imaginávamos").
WE_ENDINGS = ("amos", "emos", "imos")
#: Accented letters of adjectives in -imos/-amos ("últimos", "próximos"), not of verbs.
ADJECTIVE_ACCENTS = frozenset("óíúâ")


#: Verbs of "eu" that no other person shares: "Não sou clandestino", "Tenho mais relações".
I_FORMS = frozenset(
    {"sou", "estou", "tenho", "fui", "fiz", "vou", "posso", "quero", "sei", "acho", "creio"}
    | {"acredito", "penso", "confesso", "lembro", "espero"}
)
#: The preterite of "eu" ("pensei", "matei", "comecei"), in words at least this long.
MIN_I_PRETERITE = 5


def _in_first_person(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether the words speak in the first person ("nós imaginávamos", "temos dito",
    "não matei ninguém")."""
    return any(_first_person(ctx.text[k], ctx.lower[k]) for k in range(start, end))


def _first_person(text: str, word: str) -> bool:
    """A word of "eu" or of "nós" (``text`` as written, ``word`` in lower case)."""
    return word in FIRST_PERSON_WORDS or _first_person_singular(text, word) or _we_form(word)


def _lower_word(text: str) -> bool:
    """Letters only, all in lower case: "matei", not "Andrei" nor "lei,"."""
    return text.isalpha() and text.islower()


def _first_person_singular(text: str, word: str) -> bool:
    """A word of "eu": "eu", "meu", "tenho", "matei" (not "nós", which a question may
    share with the interviewee: "O que nós podemos fazer?")."""
    return (
        word in I_WORDS
        or word in I_FORMS
        or (len(text) >= MIN_I_PRETERITE and text.endswith("ei") and _lower_word(text))
    )


def _we_form(word: str) -> bool:
    """A verb form of "nós": "temos", "sofremos", "imaginávamos" (not "últimos", "mesmos")."""
    stem = word[:-5] if word.endswith(("ávamos", "íamos")) else word
    return (
        word.endswith(WE_ENDINGS)
        and len(word) > 5
        and word != "mesmos"
        and not ADJECTIVE_ACCENTS.intersection(stem)
    )


def _paragraphs(ctx: QuoteContext) -> list[tuple[int, int]]:
    """Token ranges of the text's paragraphs with words in them."""
    found = []
    i = _next_paragraph(ctx, 0)
    while i < len(ctx.doc):
        end = _paragraph_end(ctx, i)
        if any(ctx.doc[k].is_alpha for k in range(i, end)):
            found.append((i, end))
        i = _next_paragraph(ctx, end)
    return found


#: Questions run into one paragraph that make it an interview whose breaks were lost,
#: and how many of them at the least are put to someone ("Você foi presidente …?").
MIN_RUN_IN_QUESTIONS = 4
MIN_ADDRESSED_QUESTIONS = 2
#: Questions, each answered, enough to make an interview when none or one is put to
#: anyone by "você" or "o senhor" ("Foi um recado para a sociedade? Sim. …"): more than
#: a columnist's run of rhetorical ones.
MIN_UNADDRESSED_EXCHANGES = 8
#: The most tokens of the middle one of those questions: an interviewer asks short ones.
MAX_RUN_IN_QUESTION_TOKENS = 20


#: Words by which a question addresses the interviewee.
ADDRESS_WORDS = frozenset({"você", "vocês", "senhor", "senhora", "sr.", "sra.", "te"})
#: Verbs by which a question, its subject left out, asks the interviewee's view:
#: "Acha isso bom ou mau?", "Como analisa esse cenário?", "Diria que o pior passou?".
ADDRESSING_VERBS = frozenset(
    {"acha", "acredita", "diria", "avalia", "analisa", "considera", "pretende", "teme"}
    | {"concorda", "imagina", "pensa", "defenderia", "apoiaria", "votaria", "faria"}
)
#: How many words into a question such a verb comes ("E como analisa …").
ADDRESSING_VERB_WINDOW = 3


#: What ends a sentence of an interview run into one paragraph.
SENTENCE_ENDS = frozenset({".", "!", "?", "...", "…"})


def _run_in_exchanges(ctx: QuoteContext, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph into which an interview ran its questions and answers, split at its
    questions: each run of questions, and what stands between them ("… o Corinthians?
    Não que eu seja o melhor, … sabem bem disso. O que o fez voltar? …"); any other
    paragraph whole.

    The paragraph asks at least MIN_RUN_IN_QUESTIONS questions outside quotation marks,
    MIN_ADDRESSED_QUESTIONS of them put to someone ("você", "o senhor", "Acha …?"), or
    MIN_UNADDRESSED_EXCHANGES in all, each answered; most of them short.
    """
    sentences = _sentences(ctx, start, end)
    asked = _questions(ctx, sentences)
    addressed = sum(
        question and _addressed(ctx, a, b)
        for (a, b), question in zip(sentences, asked, strict=True)
    )
    lengths = sorted(b - a for (a, b), question in zip(sentences, asked, strict=True) if question)
    exchanges = sum(q and (n == 0 or not asked[n - 1]) for n, q in enumerate(asked))
    if (
        sum(asked) < MIN_RUN_IN_QUESTIONS
        or (addressed < MIN_ADDRESSED_QUESTIONS and exchanges < MIN_UNADDRESSED_EXCHANGES)
        or lengths[len(lengths) // 2] > MAX_RUN_IN_QUESTION_TOKENS
    ):
        return [(start, end)]  # a commentator's long questions ("Que efeitos … burguesia?")
    units = []
    for n, (a, _b) in enumerate(sentences):
        if n == 0 or asked[n] != asked[n - 1]:
            units.append(a)
    return [(a, units[m + 1] if m + 1 < len(units) else end) for m, a in enumerate(units)]


def _sentences(ctx: QuoteContext, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``[start, end)``, split at ends outside quotation marks."""
    sentences = []
    first = start
    for k in range(start, end):
        if ctx.text[k] in SENTENCE_ENDS and not ctx.marked[k]:
            sentences.append((first, k + 1))
            first = k + 1
    if first < end:
        sentences.append((first, end))
    return sentences


def _questions(ctx: QuoteContext, sentences: Sequence[tuple[int, int]]) -> list[bool]:
    """Which of the sentences an interviewer asks: those ending in "?" outside quotation
    marks, not an interviewee's aside (see _aside)."""
    asked: list[bool] = []
    for a, b in sentences:
        question = ctx.text[b - 1] == "?" and not ctx.marked[b - 1]
        asked.append(question and not _aside(ctx, a, b, bool(asked) and not asked[-1]))
    return asked


def _addressed(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether a question is put to someone: "você", "o senhor", or a verb of opinion
    opening it with no subject ("Acredita que o Congresso vota …?")."""
    if not ADDRESS_WORDS.isdisjoint(ctx.lower[start:end]):
        return True
    opening = ctx.lower[start : min(end, start + ADDRESSING_VERB_WINDOW)]
    return not ADDRESSING_VERBS.isdisjoint(opening)


#: Quotation marks, opening and closing, straight single ones included.
QUOTE_CHARACTERS = frozenset(PAIRS) | frozenset(PAIRS.values())
#: The most words of a question an interviewee asks in passing: "Quem sabe?".
MAX_ASIDE_QUESTION_WORDS = 3


def _aside(ctx: QuoteContext, start: int, end: int, after_statement: bool) -> bool:
    """A question the interviewee asks inside an answer: in the first person ("Por que
    não tenho direito a ficar aqui?"), or short and after a statement ("… não teria o
    decreto. Quem sabe?"), not put to anyone ("Você matou alguém?")."""
    if any(ctx.text[k] in QUOTE_CHARACTERS for k in range(start, end)):
        return False  # "+ Tuma diz: 'Não tenho …' Porque você acha …?": a quote's words
    if any(_first_person_singular(ctx.text[k], ctx.lower[k]) for k in range(start, end)):
        return True
    return (
        after_statement
        and word_count(ctx.doc, start, end) <= MAX_ASIDE_QUESTION_WORDS
        and ADDRESS_WORDS.isdisjoint(ctx.lower[start:end])
    )


def _last_sentence(ctx: QuoteContext, start: int, end: int) -> int:
    """Where the last sentence of ``[start, end)`` starts."""
    k = end - 1
    while k > start and not (ctx.text[k - 1] in SENTENCE_ENDS and not ctx.marked[k - 1]):
        k -= 1
    return k


def _asks(ctx: QuoteContext, start: int, end: int) -> bool:
    """A paragraph that is an interviewer's question: it ends in "?", or puts a short
    statement to "o senhor" ("A de Sergio Moro contra o Lula o senhor critica."); no quote."""
    a, b = strip_range(ctx.doc, start, end)
    if b <= a or ctx.text[a] in DASHES or ctx.text[a] in PAIRS:
        return False
    words = word_count(ctx.doc, a, b)
    last = _last_sentence(ctx, a, b)
    if (
        ctx.text[b - 1] == "?"
        and _aside(ctx, last, b, last > a and ctx.text[last - 1] != "?")
        and ADDRESS_WORDS.isdisjoint(ctx.lower[a:b])  # not "O senhor aparece … Foi uma surpresa?"
    ):
        return False
    return (ctx.text[b - 1] == "?" and words <= MAX_QUESTION_WORDS) or (
        words <= MAX_PROMPT_WORDS and _addresses(ctx, a, b) and not _in_first_person(ctx, a, b)
    )


#: The most words of a statement an interviewer puts to the interviewee for an answer.
MAX_PROMPT_WORDS = 25


def _addresses(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether the words speak to someone as "o senhor" or "a senhora"."""
    return any(
        ctx.lower[k] in ("senhor", "senhora") and ctx.lower[k - 1] in ("o", "a")
        for k in range(start + 1, end)
    )


def _question_turn(ctx: QuoteContext, turn: Turn) -> bool:
    """An interviewer's turn: labelled "P." or "Pergunta", or ending in "?"."""
    label, dash, _, stop = turn
    return _label_key(ctx.lower[label:dash]) in QUESTION_LABELS or ctx.text[stop - 1] == "?"


def _initials(ctx: QuoteContext, name: Mention) -> str:
    """A name's initials as a label's key: "Wilker Barreto" → "wb"."""
    words = ctx.lower[name.start : name.end]
    return "".join(word[0] for word in words if word not in NAME_PARTICLES)


def _label_key(words: Sequence[str]) -> str:
    """A turn's label without spaces, dots and brackets: "A. H.", "A.H" and "(A.H.)" agree."""
    return "".join(words).replace(".", "").strip("()")


def labelled_turns(ctx: QuoteContext) -> Iterator[Turn]:
    """Turns opened by a short label and a dash or colon: (label start, separator,
    content span).

    A turn opens a paragraph, or a sentence or a colon's words when the press runs an
    interview into one paragraph ("… acompanhamento? R. -- Façam o favor …", "a
    conversa, segundo o documento: AÉCIO: Esses …"); there only a dash
    separates, and the answer starts with a capital.  A colon follows only a
    short label ("A.H.:", "P:", "Almeida Henriques (A.H.):"), not a sentence ("O
    ministro explicou:").  A turn runs to the next one, over paragraphs; the last
    one ends with its paragraph.
    """
    doc = ctx.doc
    labels: list[tuple[int, int]] = []
    unasked: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if ctx.text[i].isspace() or ctx.text[i] in DASHES or ctx.text[i] in STAGE_DIRECTION_ENDS:
            continue  # a dialogue dash opens the turn (see dialogue_quotes), a bracket none
        in_paragraph = not _opens_paragraph(ctx, i)
        if (
            in_paragraph
            and ctx.text[i - 1] not in CLAUSE_ENDS
            and ctx.text[i - 1] not in COLONS
            and ctx.text[i - 1] not in STAGE_DIRECTION_ENDS
        ):
            continue
        window = range(i + 1, min(len(doc), i + MAX_LABEL_TOKENS))
        dash = next((k for k in window if ctx.text[k] in DASHES or ctx.text[k] in COLONS), None)
        if dash is None or any(ctx.text[k] in CLAUSE_ENDS for k in range(i, dash)):
            continue
        if in_paragraph and (
            dash + 1 >= len(doc)
            or not (doc[dash + 1].text[:1].isupper() or ctx.text[dash + 1] in NOTE_OPENERS)
        ):
            continue  # any dash or colon: interview_quotes says what makes them turns
        if ctx.text[dash] in COLONS and not (
            _short_label(ctx, i, dash) or (in_paragraph and _label_name(ctx, i, dash))
        ):
            continue
        if in_paragraph and ctx.text[dash] in COLONS and ctx.text[i - 1] != "?":
            unasked.append((i, dash))  # a turn only in an interview run in after questions
            continue
        labels.append((i, dash))
    recurring = _recurring_labels(ctx, labels, unasked)
    labels = sorted(labels + recurring)
    spoken = Counter(ctx.text[dash - 1] for _, dash in labels if ctx.text[dash] in COLONS)
    voices = set(spoken)
    for n, (label, dash) in enumerate(labels):
        stop = labels[n + 1][0] if n + 1 < len(labels) else _paragraph_end(ctx, dash + 1)
        if n + 1 < len(labels) and not _opens_paragraph(ctx, stop):
            following = labels[n + 1][1]
            if not recurring or ctx.lower[following - 1] == ctx.lower[dash - 1]:
                # a conversation's voices ask each other ("…? Saud: …"); no one asks himself
                stop = _before_asked(ctx, dash + 1, stop)
            stop = _before_note(ctx, dash + 1, stop)
        if not _opens_paragraph(ctx, label) and ctx.text[dash] in COLONS:
            narrated = _before_narration(ctx, dash + 1, stop, voices)
            answered = ctx.text[label - 1] == "?" and spoken[ctx.text[dash - 1]] == 1
            if not (answered and _still_asked(ctx, narrated, stop)):
                stop = narrated  # an interviewee's one labelled answer, asked on, is no narration
        start, stop = strip_range(doc, dash + 1, stop)
        if start > dash + 1 and ctx.text[start - 1] in NOTE_OPENERS:
            start -= 1  # "[Inaudível] desce mais um.": the note is part of the turn
        if stop > start and not _only_note(ctx, start, stop):
            yield label, dash, start, stop


def _only_note(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A turn that is only the transcript's note: "Michel Temer: [inaudível]"."""
    if ctx.text[start] not in NOTE_OPENERS:
        return False
    closing = "]" if ctx.text[start] == "[" else ")"
    return next((k for k in range(start, stop) if ctx.text[k] == closing), None) == stop - 1


#: What opens a transcript's note instead of a capital: "Michel Temer: [inaudível]".
NOTE_OPENERS = frozenset({"[", "("})


#: Pronouns of a speaker talking about someone ("ele disse que tinha", "Me fala."),
#: not the paper's narration ("O dono da JBS afirmou que …").
SPOKEN_PRONOUNS = frozenset(
    {"ele", "ela", "eles", "elas", "você", "cê", "gente", "me", "te", "lhe", "vocês"}
)


def _before_narration(ctx: QuoteContext, start: int, stop: int, voices: set[str]) -> int:
    """Where a run-in transcript's turn ends when the paper's narration resumes before
    the next turn, its paragraph breaks lost: "Joesley: … estou indo. O dono da JBS
    afirmou que …" ends after "indo.".

    Narration is a sentence after the turn's first, not in the first person, where a
    speech verb with a named or described subject reports a que-clause ("O Banco
    Central, em nota, disse que"), that names a voice of the transcript ("Em meio ao
    diálogo com Joesley") or opens by turning to the reader ("Confira …"); or a
    heading in capitals.
    """
    heading = next(
        (
            k
            for k in range(start + 1, stop)
            if all(is_capitals_word(word) for word in ctx.text[k : k + MIN_HEADING_CAPITALS])
        ),
        stop,
    )  # "Todo mês VEJA OS PRINCIPAIS PONTOS DO ACORDO A delação …"
    stop = heading
    sentence = next((k + 1 for k in range(start, stop) if ctx.text[k] in CLAUSE_ENDS), stop)
    while sentence < stop:
        end = next((k + 1 for k in range(sentence, stop) if ctx.text[k] in CLAUSE_ENDS), stop)
        if not _in_first_person(ctx, sentence, end):
            for k in range(sentence, end):
                if ctx.marked[k] or ctx.text[k] in PAIRS:
                    break  # a quote in the turn: its words may say anything
                if ctx.lower[k] in SPOKEN_PRONOUNS:
                    break  # "E ele foi firme …, cobrou": the speaker tells of someone
                if k == sentence and ctx.lower[k] in READER_IMPERATIVES:
                    return sentence  # "Confira os principais pontos.": the paper to its reader
                named = ctx.text[k] in voices and (k > sentence or ctx.text[k + 1 : k + 2] != [","])
                if named or _narrated_cue(ctx, k, sentence):  # not "Ricardo, nós …"
                    return sentence
        sentence = end
    return stop


def _still_asked(ctx: QuoteContext, start: int, stop: int) -> bool:
    """Whether the words from ``start`` put at least MIN_EXCHANGES questions, each
    answered: an interview run on into one paragraph after one labelled answer ("…?
    Moshe Zimmermann: Fiquei aliviado. … Gabriel havia afirmado que … Como você vê essa
    comparação? Sempre que …"), not the paper's narration resuming."""
    if start >= stop:
        return False
    sentences = _sentences(ctx, start, stop)
    asked = _questions(ctx, sentences)
    answered = sum(q and n + 1 < len(asked) and not asked[n + 1] for n, q in enumerate(asked))
    return answered >= MIN_EXCHANGES


#: Imperatives by which the paper turns to its reader ("Confira os principais pontos.").
READER_IMPERATIVES = LINK_IMPERATIVES | {"veja", "entenda"}


#: Words in capitals in a row that make a heading ending a transcript's turn.
MIN_HEADING_CAPITALS = 3


#: The most tokens between a narrated speech verb and its "que" ("disse ao presidente que").
MAX_TO_QUE = 4


def _narrated_cue(ctx: QuoteContext, k: int, sentence: int) -> bool:
    """A speech verb the paper narrates: finite, reporting a que-clause, its subject a
    name or a description before it in the sentence ("os procuradores da República
    dizem que", "O dono da JBS também disse ao presidente que")."""
    if not ctx.is_verb(k) or looks_infinitive(ctx.doc[k]) or ctx.lower[k].endswith("ndo"):
        return False
    reports = "que" in ctx.lower[k + 1 : k + 2 + MAX_TO_QUE]
    mention, _ = ctx.speaker_before(k, sentence)
    return reports and mention is not None and mention.kind in ("name", "role", "org", "other")


def _before_note(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where a turn ends before the transcript's note that closes it: "Do projeto.
    (...) JOESLEY: …" ends after "projeto."."""
    closing = ctx.text[stop - 1]
    if closing not in STAGE_DIRECTION_ENDS:
        return stop
    opening = "[" if closing == "]" else "("
    note = next((k for k in range(stop - 2, start - 1, -1) if ctx.text[k] == opening), None)
    return note if note is not None and note > start else stop


def _recurring_labels(
    ctx: QuoteContext, asked: Sequence[tuple[int, int]], unasked: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Colon labels run in after a statement, in an interview whose paragraph breaks
    were lost: "… desespero. Braga: Eu acho …".

    When at least MIN_EXCHANGES colon labels follow a question ("…? Koide: …"), a label
    whose last word labels another turn too ("Sérgio Koide:" beside "Koide:", "G1:"
    twice), or a word of whose name labels one after a question ("Carlos Madson Reis:"
    beside "…? Madson:"); when two voices each label MIN_EXCHANGES turns (a recorded
    conversation: "Joesley Batista : … Michel Temer : …"), any name."""
    after_question = [(i, colon) for i, colon in asked if ctx.text[colon] in COLONS]
    last_words = Counter(ctx.lower[colon - 1] for _, colon in [*after_question, *unasked])
    conversing = _voices_take_turns(last_words)
    if len(after_question) < MIN_EXCHANGES and not conversing:
        return []
    asked_words = {ctx.lower[colon - 1] for _, colon in after_question}
    return [  # "Carlos Madson Reis: …" before the questions, "Madson: …" after them
        (i, colon)
        for i, colon in unasked
        if conversing
        or asked_words.intersection(ctx.lower[i:colon])
        or last_words[ctx.lower[colon - 1]] >= 2
    ]


def _before_asked(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where a run-in turn ends when the next is asked without a label of its own:
    "Pitanga: O filme … além. Você esperava …? Beto Brant: …" ends before "Você"."""
    if ctx.text[stop - 1] != "?":
        return stop
    asked = next((k for k in range(stop - 2, start - 1, -1) if ctx.text[k] in CLAUSE_ENDS), None)
    return asked + 1 if asked is not None else stop


#: Topics in capitals that make an interview printed as headed sections
#: ("FUNAI – A Funai hoje trabalha …", "PROJETO ORION — É um laboratório …").
MIN_HEADED_SECTIONS = 3


def headed_quotes(ctx: QuoteContext, turns: Sequence[Turn]) -> Iterator[QuoteRecord]:
    """An interview printed as sections headed by their topic in capitals, one a
    paragraph ("RIO GRANDE DO SUL — Penso que …"): each section is the interviewee's.

    At least MIN_HEADED_SECTIONS differently headed sections, most in the first
    person and without quotation marks (a press release's sections quote people
    in them); a label opening on a first name names a speaker ("TOM GORMAN --",
    see interview_quotes).
    """
    sections = [
        (label, dash, start, stop)
        for label, dash, start, stop in turns
        if _opens_paragraph(ctx, label)
        and ctx.text[dash] in DASHES
        and all(ctx.text[k].isupper() or not ctx.text[k].isalpha() for k in range(label, dash))
        and not is_first_name(ctx.text[label].title())  # "TOM GORMAN --" names a speaker
    ]
    topics = {_label_key(ctx.lower[label:dash]) for label, dash, _, _ in sections}
    spoken = sum(  # a transcript: no marks; a release's sections quote people in them
        _in_first_person(ctx, start, stop)
        and not any(ctx.text[k] in PAIRS for k in range(start, stop))
        for _label, _dash, start, stop in sections
    )
    if len(topics) < MIN_HEADED_SECTIONS or 2 * spoken < len(sections):
        return
    for _label, _dash, start, stop in sections:
        yield QuoteRecord(start, stop, "direct", None, None, None, "answer", start)


def _short_label(ctx: QuoteContext, i: int, colon: int) -> bool:
    """A label in capitals or initials ("DRV", "A.H.", "P"), or a name with its initials."""
    tokens = [t for t in ctx.text[i:colon] if t != ")"]
    if len(tokens) > 5 or not tokens:
        return False
    if all(t.isupper() or t == "(" for t in tokens):
        return True  # "DRV", "A.H.", "P", "TOM GORMAN"
    return "(" in tokens and tokens[-1].isupper()  # "Almeida Henriques (A.H.)"


def _label_name(ctx: QuoteContext, i: int, dash: int) -> Mention | None:
    """The person a turn's label names: "TOM GORMAN", "Narana Coissoró, líder do CDS"."""
    doc = ctx.doc
    while i + 1 < dash and doc[i].text.isupper() and ctx.nouns.head(doc[i].text):
        i += 1  # "PROMOTOR LIVIANU": the person, not the title
    capitals = i
    while capitals < dash and is_capitals_word(doc[capitals].text):  # "ANNE-MARIE"
        capitals += 1
    if capitals == dash and dash - i >= 2:
        return Mention(i, dash, "name")  # a name in capitals, as interviews print them
    if capitals == dash == i + 1 and doc[i].text.title() in ctx.text:
        return Mention(i, dash, "name")  # "JOESLEY:", of the "Joesley Batista" named before
    if capitals == dash == i + 1 and (initialled := _initialled_person(ctx, i)) is not None:
        return initialled  # "LU:", the "Luís Urbano" named before
    named = name_mention_at(doc, i, dash, ctx.nouns)
    if named is None or named.kind != "name":
        return None
    if named.end == dash or ctx.text[named.end] in (",", "("):
        return named
    return None


#: The voices of a hearing's transcript: a judge or a prosecutor, a witness, a lawyer.
MIN_HEARING_VOICES = 3


def _voices(ctx: QuoteContext, turns: Sequence[Turn], names: Sequence[Mention | None]) -> int:
    """How many people and roles the turns' labels name (``names``: each label's
    ``_label_name``; "A.H." and "Almeida Henriques" are one)."""
    voices = set()
    for (label, dash, _start, _stop), named in zip(turns, names, strict=True):
        if named is None:
            role = name_mention_at(ctx.doc, label, dash, ctx.nouns)
            named = role if role is not None and role.kind == "role" else None
        if named is not None:
            voices.add(" ".join(ctx.lower[named.start : named.end]))
    return len(voices)


def _label_voice(ctx: QuoteContext, label: int, dash: int, turns: int) -> Mention | None:
    """A role or a body that a label names whole: "Juiz", "Advogado de defesa"; a body
    only when the text names it outside its ``turns`` labels too ("o MPF denunciou",
    then "MPF: …"), not an interviewer's initials ("FL: …?") nor an outlet ("BBC Brasil")."""
    voice = name_mention_at(ctx.doc, label, dash, ctx.nouns)
    if voice is None or voice.kind not in ("org", "role") or voice.end != dash:
        return None
    if voice.kind == "org" and (
        ctx.lower.count(ctx.lower[label]) <= turns
        or any(word in OUTLET_LABELS for word in ctx.lower[label:dash])  # "BBC Brasil -"
    ):
        return None
    return voice


#: The most letters of a label that stands for a person's initials ("LU", "FHC").
MAX_INITIALS = 4


def _initialled_person(ctx: QuoteContext, label: int) -> Mention | None:
    """The person named before a label in capitals that is their initials: "LU:" after
    "Luís Urbano conversou com o Blog" (the latest such person; "DRV:" is the paper)."""
    letters = ctx.text[label]
    if not 2 <= len(letters) <= MAX_INITIALS:
        return None
    found = None
    for ent in ctx.doc.ents:
        if ent.start >= label:
            break
        words = [t.text for t in ent if t.lower_ not in NAME_PARTICLES]
        if (
            ent.label_ == "PER"
            and len(words) >= 2
            and is_first_name(words[0])  # not the "Diário Regional de Viseu" a model took
            and "".join(w[0] for w in words) == letters
        ):
            found = Mention(ent.start, ent.end, "name")
    return found
