"""Every state the desk stores has a Dutch and an English label, and the values stay the
strings already in the database."""

from __future__ import annotations

from enum import StrEnum

import pytest

from bindesk.domain import labels
from bindesk.domain.states import AuditAction, DeliveryState, MemberStatus, ModemState

ENUMS = (DeliveryState, MemberStatus, AuditAction, ModemState)


@pytest.mark.parametrize("kind", ENUMS, ids=lambda k: k.__name__)
def test_every_member_has_a_label_in_both_languages(kind: type[StrEnum]) -> None:
    table = labels.TABLES[kind]
    assert set(table) == set(kind), "a member without a label (or a label without a member)"
    for member in kind:
        for language in labels.LANGUAGES:
            text = labels.label(member, language)
            assert text.strip() and text == text.strip(), (member, language)
    dutch = [labels.label(m, "nl") for m in kind]
    english = [labels.label(m, "en") for m in kind]
    assert len(set(dutch)) == len(dutch), "two members read the same in Dutch"
    assert len(set(english)) == len(english), "two members read the same in English"


def test_every_enum_has_a_table() -> None:
    assert set(labels.TABLES) == set(ENUMS)


def test_values_are_the_stored_strings() -> None:
    """Rows written before the types existed (and literals elsewhere) still compare equal."""
    assert [s.value for s in DeliveryState] == [
        "queued", "sending", "sent", "delivered", "failed", "uncertain", "cancelled"
    ]  # fmt: skip
    assert [s.value for s in MemberStatus] == ["active", "paused", "left"]
    assert DeliveryState.QUEUED == "queued" and f"{ModemState.NEEDS_OPERATOR}" == "needs_operator"
    assert {"delivered": 1}.get(DeliveryState.DELIVERED) == 1


def test_labels_of_stored_strings() -> None:
    assert labels.label_of(DeliveryState, "uncertain") == "onzeker"
    assert labels.label_of(DeliveryState, "uncertain", "en") == "uncertain"
    assert labels.label_of(MemberStatus, "left") == "uitgeschreven"
    assert labels.label(AuditAction.ERASE, "en") == "erased (GDPR)"
    assert labels.label(ModemState.READY, "fr") == "klaar"  # a language we do not ship: Dutch
    # a value written by a newer desk is shown as it is, not refused
    assert labels.label_of(AuditAction, "something_new") == "something_new"
