"""What the cache keys on (formality sent, model) and a cancel during a pending request, against the fake."""

from __future__ import annotations

import threading
import time

from tests.mt.conftest import MtWorld

from translator_app.domain.models import Role, SegmentStatus
from translator_app.mt.base import MtOptions
from translator_app.services.actor import Actor

ANA = Actor("ana", Role.TRANSLATOR)
SOURCES = ["Merci de votre visite.", "Vous êtes les bienvenus."]


def cached_rows(world: MtWorld) -> int:
    with world.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT COUNT(*) FROM mt_cache").scalar_one())


def test_a_formality_the_target_lacks_is_neither_sent_nor_keyed(mt_world: MtWorld) -> None:
    plain, _ = mt_world.add_release(SOURCES, target_lang="en")
    assert mt_world.pretranslate().run(plain, ANA).from_mt == 2
    formal, _ = mt_world.add_release(SOURCES, target_lang="en")
    mt_world.account().set_formality(formal, "more")
    report = mt_world.pretranslate().run(formal, ANA)
    assert (report.from_cache, report.from_mt, report.billed_characters) == (2, 0, 0)
    assert report.formality.not_applicable and report.formality.target == "EN-GB"
    with mt_world.engine.connect() as connection:
        kept = connection.exec_driver_sql("SELECT DISTINCT formality FROM mt_cache").fetchall()
    assert [row[0] for row in kept] == [""]

    german, _ = mt_world.add_release(SOURCES, target_lang="de")
    mt_world.account().set_formality(german, "more")
    report = mt_world.pretranslate().run(german, ANA)
    assert report.from_mt == 2 and not report.formality.not_applicable
    assert mt_world.fake.translate_calls[-1].body["formality"] == "more"
    assert len(mt_world.fake.calls("/v2/languages")) == 1  # DeepL's language list, asked once


def test_the_model_is_part_of_the_key_and_context_can_stay_home(mt_world: MtWorld) -> None:
    first, _ = mt_world.add_release(SOURCES, title="Confidentiel : rachat de la filiale")
    mt_world.pretranslate().run(first, ANA)
    mt_world.provider.configure(MtOptions(model="latency", send_context=False))
    second, _ = mt_world.add_release(SOURCES, title="Confidentiel : rachat de la filiale")
    report = mt_world.pretranslate().run(second, ANA)
    assert report.from_mt == 2  # another model, another answer: not served from the default's
    sent = mt_world.fake.translate_calls[-1].body
    assert sent["model_type"] == "latency_optimized" and "context" not in sent
    third, _ = mt_world.add_release(SOURCES)
    assert mt_world.pretranslate().run(third, ANA).from_cache == 2


def test_cancel_during_a_pending_request_keeps_the_batches_done_and_caches_the_late_answer(
    mt_world: MtWorld,
) -> None:
    sources = [f"Phrase {i} du communiqué annulé." for i in range(120)]
    release_id, _ = mt_world.add_release(sources)
    stop = threading.Event()

    def second_batch_is_slow(done: int, total: int) -> None:
        if done == 50:
            mt_world.fake.delay("/v2/translate", 1.0)
            threading.Timer(0.2, stop.set).start()

    started = time.monotonic()
    report = mt_world.pretranslate().run(
        release_id, ANA, progress=second_batch_is_slow, cancelled=stop.is_set
    )
    assert time.monotonic() - started < 5
    assert report.cancelled and report.failure is None and report.from_mt == 50
    statuses = [s.status for s in mt_world.workspace.releases.segments(release_id)]
    assert statuses.count(SegmentStatus.DRAFT) == 50 and statuses.count(SegmentStatus.NEW) == 70

    deadline = time.monotonic() + 10
    while cached_rows(mt_world) < 100 and time.monotonic() < deadline:
        time.sleep(0.05)  # the late answer arrives, billed, and is stored on the request's thread
    billed = mt_world.fake.character_count
    assert billed == sum(len(s) for s in sources[:100])
    again = mt_world.pretranslate().run(release_id, ANA)
    assert (again.from_cache, again.from_mt) == (100, 20)  # the cancelled batch was paid for: not sent again
    assert mt_world.fake.character_count - billed == sum(len(s) for s in sources[100:])
