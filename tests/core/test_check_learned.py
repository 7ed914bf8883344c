"""The learned second reading of consent by conduct (round 28, ``check/learned.py``)."""

import json

from tests.check_eval import HELD_OUT_PARTS, OPEN_PARTS, cases
from tests.conduct_training import CORPUS, corpus_files
from tests.conduct_training import main as train
from wagtail_seloste.notice.check.claims import rules_conduct
from wagtail_seloste.notice.check.learned import MODELS, learned_conduct
from wagtail_seloste.notice.check.lemmas import clauses, tokens

from .notice_text import codes
from .test_check_round14 import SV_COVERED

_STAMP_CARD = "När du tar ett stämpelkort godkänner du samtidigt sms-utskicken."


def _sv(line):
    return codes(SV_COVERED + "\nMarknadsföring\n" + line + "\n")


def test_the_learned_reading_finds_consent_by_conduct_the_rules_pass_by():
    # GDPR Art 4(11), 7(2): taking a stamp card is no statement of agreeing to the texts
    assert not rules_conduct(tokens(_STAMP_CARD, "sv"), clauses(_STAMP_CARD, "sv"), "sv")
    assert "consent-by-conduct" in _sv(_STAMP_CARD)


def test_the_learned_reading_leaves_a_denied_equation_alone():
    sentence = "Att boka en tid räknas inte som samtycke till marknadsföring."
    assert learned_conduct(tokens(sentence, "sv"), "sv") == ""


def test_the_learned_reading_leaves_a_ticked_consent_alone():
    sentence = "Om du kryssar i rutan samtycker du till nyhetsbrevet."
    assert learned_conduct(tokens(sentence, "sv"), "sv") == ""


def test_the_learned_reading_reads_only_sentences_that_speak_of_agreeing():
    sentence = "När du tar ett stämpelkort får du var tionde kaffe gratis."
    assert learned_conduct(tokens(sentence, "sv"), "sv") == ""


def test_the_models_are_trained_on_every_open_part_and_on_no_held_out_part():
    for path in MODELS.values():
        trained_on = json.loads(path.read_text(encoding="utf-8"))["trained_on"]
        assert trained_on == list(OPEN_PARTS)
        assert not set(trained_on) & set(HELD_OUT_PARTS)


def test_the_conduct_reading_is_trained_on_its_sentence_corpus_too():
    data = json.loads(MODELS["conduct"].read_text(encoding="utf-8"))
    assert data["corpus"] == ["conduct_fi.jsonl", "conduct_sv.jsonl"]
    assert [path.name for path in corpus_files("conduct")] == data["corpus"]


def _corpus_lines():
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield path.name, json.loads(line)


def test_every_corpus_line_has_a_label_of_its_reading_and_its_file_s_language():
    labels = {"conduct": {"conduct", "not"}, "vague": {"vague", "firm"}}
    for name, row in _corpus_lines():
        reading, language = name.removesuffix(".jsonl").split("_")
        assert row["label"] in labels[reading], (name, row["text"])
        assert row["language"] == language, (name, row["text"])


def test_no_sentence_trained_on_is_taken_from_a_held_out_notice():
    # the training corpus is open data: a held-out notice's sentence in it would be learned
    # (the vague corpus is a test set only: no reading learns from it)
    held_out = "\n".join(text for part in HELD_OUT_PARTS for _name, text, _meta in cases(part))
    trained = {path.name for path in corpus_files("conduct")}
    assert not [
        row["text"] for name, row in _corpus_lines() if name in trained and row["text"] in held_out
    ]


def test_make_train_reproduces_the_committed_models(tmp_path):
    # a changed open part, feature or training step needs `make train` and a new commit
    train(tmp_path)
    for path in MODELS.values():
        assert json.loads((tmp_path / path.name).read_text(encoding="utf-8")) == json.loads(
            path.read_text(encoding="utf-8")
        )


def test_an_agreement_offered_as_a_choice_is_left_to_the_rules():
    # "voit" (you may): a choice offered, no act taken as agreeing
    sentence = "Kun varaat ajan, voit samalla antaa suostumuksen uutiskirjeen lähettämiseen."
    assert learned_conduct(tokens(sentence, "fi"), "fi") == ""


def test_agreeing_with_no_act_of_the_person_is_left_to_the_rules():
    sentence = "Hyväksyt, että voimme lähettää sinulle tarjouksia sähköpostilla."
    assert learned_conduct(tokens(sentence, "fi"), "fi") == ""
