"""The DeepL provider over the real client against the fake server: parameters sent, errors as codes."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from tests.mt.conftest import deepl_provider
from tests.mt.fake_deepl import OTHER_KEY, TEST_KEY, FakeDeepL

from translator_app.domain.errors import ErrorCode
from translator_app.mt.base import MtError, MtOptions, MtRequest
from translator_app.mt.deepl_provider import (
    DeepLProvider,
    DeepLSettings,
    client_takes,
    model_type,
    server_identity,
)
from translator_app.mt.keys import ApiKey, KeyResolver


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def provider(fake_deepl: FakeDeepL, sleeps: list[float]) -> Iterator[DeepLProvider]:
    deepl = DeepLProvider(
        KeyResolver.fixed(ApiKey(TEST_KEY)),
        DeepLSettings(server_url=fake_deepl.url, max_retries=3, backoff_seconds=0.25),
        sleep=sleeps.append,
    )
    yield deepl
    deepl.close()


def request(*texts: str, **extra: str) -> MtRequest:
    return MtRequest(list(texts), "fr", "en", **extra)


def test_one_request_per_batch_with_the_parameters_the_app_needs(
    provider: DeepLProvider, fake_deepl: FakeDeepL
) -> None:
    results = provider.translate(
        request("Bonjour <g1>AT&T</g1>.", "Deux", context="Titre\n\nAvant.", glossary_id="")
    )
    assert [r.text for r in results] == ["[EN-GB] Bonjour <g1>AT&T</g1>.", "[EN-GB] Deux"]
    assert [r.billed_characters for r in results] == [len("Bonjour AT&T."), 4]
    (call,) = fake_deepl.requests
    assert call.path == "/v2/translate"
    sent = call.body
    assert sent["text"] == ["Bonjour <g1>AT&amp;T</g1>.", "Deux"]
    assert sent["source_lang"] == "FR" and sent["target_lang"] == "EN-GB"
    assert sent["split_sentences"] == "0"
    assert sent["tag_handling"] == "xml"
    assert sent["preserve_formatting"] is True
    assert sent["context"] == "Titre\n\nAvant."
    assert "formality" not in sent and "glossary_id" not in sent
    assert call.headers["Authorization"] == f"DeepL-Auth-Key {TEST_KEY}"


def test_formality_is_asked_once_and_sent_only_where_the_target_has_it(
    provider: DeepLProvider, fake_deepl: FakeDeepL
) -> None:
    assert provider.supports_formality("de") is True
    assert provider.supports_formality("en-GB") is False
    assert provider.supports_formality("es") is True
    assert len(fake_deepl.calls("/v2/languages")) == 1
    provider.translate(MtRequest(["Bonjour"], "fr", "de", formality="more"))
    assert fake_deepl.translate_calls[-1].body["formality"] == "more"


@pytest.mark.parametrize(
    ("status", "code"), [(403, ErrorCode.MT_BAD_KEY), (456, ErrorCode.MT_QUOTA_EXCEEDED)]
)
def test_key_and_quota_refusals_are_not_retried(
    provider: DeepLProvider, fake_deepl: FakeDeepL, sleeps: list[float], status: int, code: ErrorCode
) -> None:
    fake_deepl.fail("/v2/translate", status)
    with pytest.raises(MtError) as caught:
        provider.translate(request("Bonjour"))
    assert caught.value.code is code
    assert len(fake_deepl.translate_calls) == 1 and sleeps == []


def test_a_wrong_key_is_a_403_from_the_server(fake_deepl: FakeDeepL) -> None:
    wrong = DeepLProvider(KeyResolver.fixed(ApiKey("not-the-key")), DeepLSettings(server_url=fake_deepl.url))
    with pytest.raises(MtError) as caught:
        wrong.usage()
    assert caught.value.code is ErrorCode.MT_BAD_KEY
    assert "not-the-key" not in str(caught.value)


def test_too_many_requests_is_retried_with_backoff_then_succeeds(
    provider: DeepLProvider, fake_deepl: FakeDeepL, sleeps: list[float]
) -> None:
    fake_deepl.fail("/v2/translate", 429, 429)
    assert provider.translate(request("Bonjour"))[0].text == "[EN-GB] Bonjour"
    assert len(fake_deepl.translate_calls) == 3
    assert sleeps == [0.25, 0.5]


@pytest.mark.parametrize(
    ("status", "code"), [(500, ErrorCode.MT_SERVER_ERROR), (429, ErrorCode.MT_TOO_MANY_REQUESTS)]
)
def test_persistent_server_trouble_is_reported_after_the_retries(
    provider: DeepLProvider, fake_deepl: FakeDeepL, sleeps: list[float], status: int, code: ErrorCode
) -> None:
    fake_deepl.fail("/v2/translate", *[status] * 10)
    with pytest.raises(MtError) as caught:
        provider.translate(request("Bonjour"))
    assert caught.value.code is code
    assert caught.value.details["attempts"] == 4
    assert sleeps == [0.25, 0.5, 1.0]


def test_a_dropped_connection_is_unavailable_at_once(
    provider: DeepLProvider, fake_deepl: FakeDeepL, sleeps: list[float]
) -> None:
    fake_deepl.fail("/v2/translate", "drop")
    with pytest.raises(MtError) as caught:
        provider.translate(request("Bonjour"))
    assert caught.value.code is ErrorCode.MT_UNAVAILABLE
    assert sleeps == []
    assert provider.translate(request("Bonjour"))[0].text == "[EN-GB] Bonjour"


def test_no_server_at_all_is_unavailable(fake_deepl: FakeDeepL) -> None:
    url = fake_deepl.url
    fake_deepl.stop()
    deepl = DeepLProvider(KeyResolver.fixed(ApiKey(TEST_KEY)), DeepLSettings(server_url=url))
    with pytest.raises(MtError) as caught:
        deepl.usage()
    assert caught.value.code is ErrorCode.MT_UNAVAILABLE


def test_no_key_is_a_code_and_no_request(fake_deepl: FakeDeepL) -> None:
    deepl = DeepLProvider(KeyResolver.fixed(None), DeepLSettings(server_url=fake_deepl.url))
    with pytest.raises(MtError) as caught:
        deepl.translate(request("Bonjour"))
    assert caught.value.code is ErrorCode.MT_NO_KEY
    assert fake_deepl.requests == []


def test_usage_and_glossary_round_trip(provider: DeepLProvider, fake_deepl: FakeDeepL) -> None:
    fake_deepl.character_count = 1200
    usage = provider.usage()
    assert (usage.count, usage.limit, usage.remaining) == (1200, 1_000_000, 998_800)
    assert provider.supports_glossary("fr", "en-GB") and not provider.supports_glossary("fr", "et")
    glossary_id = provider.create_glossary("g", "fr", "en", {"OIM": "IOM"})
    assert fake_deepl.glossaries[glossary_id].entries == {"OIM": "IOM"}
    provider.delete_glossary(glossary_id)
    provider.delete_glossary(glossary_id)  # already gone: not an error
    assert fake_deepl.glossaries == {}


def test_the_key_never_reaches_a_log_or_a_message(
    provider: DeepLProvider, fake_deepl: FakeDeepL, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    provider.translate(request("Bonjour"))
    for status in (403, 456, 500, 500, 500, 500, 400):
        fake_deepl.fail("/v2/translate", status)
    messages = []
    for _ in range(4):
        with pytest.raises(MtError) as caught:
            provider.translate(request("Bonjour"))
        messages += [str(caught.value), repr(caught.value.details)]
    assert TEST_KEY not in caplog.text
    assert all(TEST_KEY not in message for message in messages)
    assert TEST_KEY not in repr(ApiKey(TEST_KEY)) and TEST_KEY not in str(ApiKey(TEST_KEY))


@pytest.mark.parametrize("status", [400, 404])
def test_a_glossary_the_account_does_not_have_is_its_own_code(
    provider: DeepLProvider, fake_deepl: FakeDeepL, status: int
) -> None:
    fake_deepl.glossary_not_found_status = status
    glossary_id = provider.create_glossary("g", "fr", "en", {"OIM": "IOM"})
    assert provider.glossary_exists(glossary_id)
    del fake_deepl.glossaries[glossary_id]  # deleted at DeepL, by hand or by another tool
    assert not provider.glossary_exists(glossary_id)
    with pytest.raises(MtError) as caught:
        provider.translate(request("L'OIM", glossary_id=glossary_id))
    assert caught.value.code is ErrorCode.MT_GLOSSARY_NOT_FOUND
    assert caught.value.details["status"] == status


def test_two_keys_are_two_accounts_with_their_own_glossaries(fake_deepl: FakeDeepL) -> None:
    fake_deepl.add_account(OTHER_KEY)
    mine, colleague = deepl_provider(fake_deepl), deepl_provider(fake_deepl, OTHER_KEY)
    mine_account, colleague_account = mine.account(), colleague.account()
    assert mine_account is not None and colleague_account is not None
    assert mine_account.fingerprint != colleague_account.fingerprint
    assert mine_account == deepl_provider(fake_deepl).account()  # the same key, the same account
    assert TEST_KEY not in repr(mine_account) and OTHER_KEY not in repr(colleague_account)
    assert mine_account.server == colleague_account.server == fake_deepl.url
    glossary_id = mine.create_glossary("g", "fr", "en", {"OIM": "IOM"})
    assert not colleague.glossary_exists(glossary_id)
    assert DeepLProvider(KeyResolver.fixed(None)).account() is None
    for provider in (mine, colleague):
        provider.close()


def test_the_server_is_remembered_without_credentials() -> None:
    key = ApiKey("k:fx")
    with_password = "https://ana:secret@proxy.example:8443/deepl/"
    assert server_identity(with_password, key) == "https://proxy.example:8443/deepl"
    assert server_identity(None, key) == "https://api-free.deepl.com"
    assert server_identity(None, ApiKey("k")) == "https://api.deepl.com"


def test_the_model_and_no_context_options_reach_the_request(fake_deepl: FakeDeepL) -> None:
    assert client_takes("model_type"), "the pinned deepl client chooses models"
    provider = deepl_provider(fake_deepl, options=MtOptions(model="latency", send_context=False))
    assert provider.model == "latency"
    provider.translate(request("Bonjour", context="Titre confidentiel"))
    sent = fake_deepl.translate_calls[-1].body
    assert sent["model_type"] == "latency_optimized" and "context" not in sent
    provider.configure(MtOptions(model="quality"))
    provider.translate(request("Bonjour", context="Titre"))
    sent = fake_deepl.translate_calls[-1].body
    assert sent["model_type"] == model_type("quality") and sent["context"] == "Titre"
    assert model_type("quality") in ("prefer_quality_optimized", "quality_optimized")
    provider.configure(MtOptions())
    provider.translate(request("Bonjour"))
    assert "model_type" not in fake_deepl.translate_calls[-1].body
    provider.close()
